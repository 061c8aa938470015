"""Keyed messages for the refusals the core raises on bad input (a file that is not text,
a corpus from a newer Dragoman...).

Why: the CLI prints them in English, but the GUI shows them in the interface language.
The core never imports Qt, so it names each message by a key with its arguments; the
English text is here, once, and the GUI's table (ui/core_messages.py) gives each key its
translatable text. A Problem is a str (the English text) so that every error built from
it still reads as before.
"""
from __future__ import annotations

from typing import Any

CATALOGUE: dict[str, str] = {
    # reading a text file (aligner/text/textio.py)
    "file.not_found": "file not found",
    "file.permission": "permission denied",
    "file.unreadable": "cannot read file ({reason})",
    "file.folder": "is a folder, not a text file; give a regular file",
    "file.fifo": "is a named pipe (FIFO), not a text file; give a regular file",
    "file.device": "is a device, not a text file; give a regular file",
    "file.socket": "is a socket, not a text file; give a regular file",
    "file.special": "is not a regular file; give a regular file",
    "file.too_large": "file is too large ({size} MB; the limit is {limit} MB for a text)",
    "file.grew_too_large": "file is too large (over {limit} MB)",
    "file.too_large_whole": "file is too large ({size} MB; the limit is {limit} MB for a "
                            "lexicon, glossary, gazetteer or bead file)",
    "file.long_line": "line is longer than {limit} characters (a paragraph that long is not "
                      "text; break it into lines)",
    "file.empty": "file is empty",
    "file.blank": "file holds no text (only white space)",
    "file.binary": "looks like a binary file, not text (decoded as {encoding})",
    "file.nul_bytes": "looks like a binary file, not text (it contains NUL bytes)",
    # opening a corpus file (aligner/corpus/file.py)
    "corpus.missing": "no such corpus file",
    "corpus.folder": "is a folder, not a corpus file",
    "corpus.not_regular": "is a named pipe, device or socket, not a corpus file; give a "
                          "regular file",
    "corpus.unreadable": "cannot read the file: {reason}",
    "corpus.empty": "is an empty file, not a Dragoman corpus",
    "corpus.not_sqlite": "is not a Dragoman corpus (not a SQLite database file)",
    "corpus.short_header": "is truncated (shorter than a database header)",
    "corpus.other_sqlite": "is a SQLite database but not a Dragoman corpus",
    "corpus.truncated": "is truncated or damaged ({size} bytes, {expected} expected)",
    "corpus.newer": "was written by a newer Dragoman (corpus format {version}; this version "
                    "reads up to format {supported}); update Dragoman to open it",
    "corpus.no_version": "is not a Dragoman corpus (no schema version)",
    "corpus.tables_missing": "is damaged: tables missing: {tables}",
    "corpus.older_read_only": "uses the older corpus format {version}; open it once for "
                              "writing to upgrade it",
    # why a corpus cannot be written or read (aligner/corpus/errors.py, lock.py, file.py);
    # a {doing} or {cause} is itself one of these keys
    "doing.save": "cannot save",
    "doing.read": "cannot read",
    "doing.open": "cannot open the file",
    "doing.open_write": "cannot open for writing",
    "write.fs": "it is on a read-only file system ({folder})",
    "write.file": "the file is read-only (its permissions do not allow writing)",
    "write.folder": "its folder {folder} is read-only (Dragoman writes companion files beside it)",
    "corpus.full": "{doing}: the disk holding it is full ({free} KB free); nothing of this "
                   "change was saved (free some space and try again)",
    "corpus.full_unknown": "{doing}: the disk holding it is full; nothing of this change was "
                           "saved (free some space and try again)",
    "corpus.not_writable": "{doing}: {cause}; open it read-only, or copy it somewhere you can "
                           "write",
    "corpus.sqlite_read_only": "SQLite reports it read-only ({error})",
    "corpus.cannot_open": "{doing}: cannot open the file ({error})",
    "corpus.cannot_open_because": "{doing}: cannot open the file ({error}); {cause}",
    "corpus.busy": "{doing}: another process keeps the file busy ({error})",
    "corpus.io_error": "{doing}: the system reported an input/output error ({error})",
    "corpus.damaged": "is damaged or not a Dragoman corpus ({error})",
    "corpus.sqlite_error": "{doing}: {error}",
    "corpus.locked": "is open for writing in another Dragoman window or process; close it "
                     "there, or open this corpus read-only",
    "corpus.locked_by": "is open for writing in another Dragoman window or process (pid {pid}); "
                        "close it there, or open this corpus read-only",
    "corpus.locked_by_host": "is open for writing in another Dragoman window or process (pid "
                             "{pid} on {host}); close it there, or open this corpus read-only",
    "corpus.lock_unstable": "could not take the writer lock (lock file keeps changing)",
    "corpus.lock_create_full": "cannot create the lock file {lock}: the disk holding it is "
                               "full; free some space and try again",
    "corpus.lock_write_full": "cannot write the lock file {lock}: the disk holding it is full; "
                              "free some space and try again",
    "corpus.lock_create_failed": "cannot create the lock file {lock}: {reason}",
    "corpus.lock_write_failed": "cannot write the lock file {lock}: {reason}",
    "corpus.open_write_refused": "cannot be opened for writing: {cause}; open it read-only",
    "corpus.create_refused": "cannot create: {cause}",
    "corpus.read_only": "is open read-only; changes are not allowed",
    "corpus.journal_here": "cannot be read here: {cause}, and its journal {journal} holds "
                           "changes SQLite must index beside it; open it once where it can be "
                           "written",
    # refusals of edits in the editor (aligner/edits.py, aligner/corpus/documents.py)
    "edit.no_bead": "there is no bead {bead} (the bitext has {count} beads)",
    "edit.merge_last": "cannot merge bead {bead} with the next one: the bitext has {count} beads",
    "edit.shift_no_src": "bead {bead} has no source sentence to move",
    "edit.shift_no_tgt": "bead {bead} has no target sentence to move",
    "edit.shift_last": "bead {bead} is the last bead: there is no next bead to move the "
                       "sentence into",
    "edit.shift_first": "bead 1 is the first bead: there is no previous bead to move the "
                        "sentence into",
    "edit.insert_unaligned": "the bitext is not aligned yet: align it before inserting beads",
    "edit.insert_outside": "cannot insert a bead at {bead}: the bitext has {count} beads",
    "edit.split_cannot_keep": "bead {bead} is {kind}: it cannot keep {src}-{tgt} sentences",
    "edit.split_empty_part": "splitting bead {bead} after {src}-{tgt} sentences would leave "
                             "one part empty",
    "edit.delete_not_empty": "bead {bead} is not empty ({kind}); only empty beads can be "
                             "deleted",
    "edit.none_selected": "no beads selected",
    "edit.positions_outside": "bead positions {first}-{last} are outside the bitext ({count} "
                              "beads)",
    "edit.split_sentence": "cannot split sentence {sentence} at {offset}: both parts must "
                           "contain text",
    "edit.merge_refused": "cannot merge: {problem}",
    "edit.merge_last_sentence": "sentence {sentence} is the last of its document",
    "edit.merge_beads_apart": "sentences {first} and {second} are in different beads of "
                              "bitext '{name}'; merge or shift the beads first",
    "edit.sentence_empty": "sentence {sentence} cannot be left empty; merge it with the next "
                           "one, or mark it excluded",
    # import format errors (aligner/formats/tmx.py, jsonl.py, aligner/entities/gazetteer.py);
    # the file and line are put before them by InputError
    "import.cannot_read": "cannot read: {reason}",
    "import.not_utf8": "not UTF-8 text",
    "import.doctype_entities": "the DOCTYPE declares entities; refused for safety (entity "
                               "expansion and external entities are not supported)",
    "import.doctype_entities_short": "the DOCTYPE declares entities; refused for safety",
    "import.wrong_root": "not a {kind} file (root element <{root}>)",
    "import.malformed_xml": "malformed XML: {error}",
    "import.xml_too_long": "malformed XML: a text or name is too long (libxml2's safety limit "
                           "is 10 MB per node); refused rather than read without limits",
    "import.tmx_no_header": "not a TMX file (no <header> before the first <tu>)",
    "import.tuv_no_lang": "<tuv> without xml:lang",
    "import.tuv_no_seg": "<tuv> without <seg>",
    "import.bad_json": "not valid JSON: {error} (column {column})",
    "import.too_deep": "not a record: arrays or objects nested too deeply",
    "import.long_number": "not a record: a number with thousands of digits",
    "import.unknown_label": "unknown label {label} (this corpus has {labels})",
    "import.no_names": "no labelled names in the gazetteer",
    "import.no_names_skipped": "no labelled names in the gazetteer ({skipped} entries without "
                               "a label or a term)",
    # entity and name edits (aligner/corpus/annotations.py, entities.py, register.py,
    # aligner/names/edits.py); the corpus file is put before the corpus refusals
    "entity.outside": "entity offsets {start}-{end} are outside sentence {sentence} (length "
                      "{length})",
    "entity.link_same_lang": "entities {a} and {b} are both in {lang}: a link joins two languages",
    "entity.two_counterparts": "entity {entity} would have two counterparts in {lang}",
    "entity.label_in_use": "label {label} is used by {count} entities; relabel or delete them "
                           "first",
    "entity.no_label": "there is no label {label}",
    "entity.missing": "there is no entity {entity}",
    "entity.gone": "some of these entities no longer exist",
    "register.needs_arabic": "a register entry needs an Arabic form",
    "register.form_incomplete": "entry {entry}: a form has no text or no language",
    "register.form_twice": "entry {entry}: '{form}' ({lang}) is listed twice",
    "register.two_chosen": "entry {entry}: two chosen spellings in {lang}",
    "register.not_stored": "cannot update an entry that was never stored",
    "register.only_stored": "only a stored entry can be changed",
    "names.fix_stale": "'{text}' is no longer where the check found it (bead {bead}): run the "
                       "check again",
    "names.fixes_overlap": "two fixes overlap in sentence {sentence}: {error}",
    # JSONL field checks (aligner/formats/jsonl.py); the file and line are put before them
    "jsonl.surrogate": "holds a lone surrogate (\\u{code}), which is not a character; fix the "
                       "text",
    "jsonl.not_object": "a line must hold a JSON object",
    "jsonl.translation_not_object": "\"translation\" must be an object of language: text",
    "jsonl.lang_not_string": "\"{field}\" must be a language code (a string)",
    "jsonl.two_langs": "needs texts in two languages (found {found})",
    "jsonl.two_langs_wanted": "needs texts in two languages (found {found}, wanted {src} and "
                              "{tgt})",
    "jsonl.text_not_string": "the {lang} text is not a string",
    "jsonl.bad_tag": "{tag} is not a valid language tag",
    "jsonl.field_not_string": "\"{field}\" must be a string",
    "jsonl.bad_bead": "\"bead\" must be a whole number from 0 to 2**63-1",
    "jsonl.bad_score": "\"score\" must be a finite number",
    "jsonl.bad_status": "\"status\" must be \"auto\" or \"confirmed\", not {status}",
    "jsonl.entities_not_list": "\"entities\" must be a list",
    "jsonl.entity_side": "entity {entity}: side must be {src} or {tgt}",
    "jsonl.entity_span": "entity {entity}: start/end outside the {side} text ({length} "
                         "characters)",
    "jsonl.entity_label": "entity {entity}: label must be a non-empty string",
    "jsonl.entity_counterpart": "entity {entity}: counterpart must index this line's entities",
    # TMX reading and language tags (aligner/formats/tmx.py, langtag.py); the file and line
    # are put before them. The x-dragoman-* property names stay as written in the file.
    "import.no_file": "no such file",
    "import.not_utf8_at": "not UTF-8 text ({reason} at byte {start})",
    "import.not_utf8_reason": "not UTF-8 text ({reason})",
    "tmx.entity_reference": "entity reference {name} cannot be resolved (external DTDs are "
                            "not loaded)",
    "tmx.score_not_number": "x-dragoman-score {value} is not a number",
    "tmx.score_not_finite": "x-dragoman-score {value} is not a finite number",
    "tmx.unknown_status": "unknown x-dragoman-status {status}",
    "tmx.entities_not_json": "x-dragoman-entities is not JSON: {error}",
    "tmx.entities_not_list": "x-dragoman-entities is not a list",
    "tmx.bad_entity": "bad entity in x-dragoman-entities: {entity}",
    "tag.invalid": "{tag} is not a valid language tag; {hint}",
    "tag.invalid_field": "{tag} is not a valid {field}; {hint}",
    "tag.hint": "give a BCP 47 tag such as ar, en, fr or en-GB",
    "tag.hint_hyphen": "write {tag} (a hyphen, not an underscore)",
    "jsonl.endless_line": "a line is longer than {limit} characters; not JSON Lines",
    "import.label_refused": "entity label {label} cannot join the corpus's labels: {problem}",
    # export refusals (aligner/formats/tmx.py, jsonl.py): a unit the format cannot carry
    "export.tmx_bad_tag": "cannot write TMX: {tag} is not a valid BCP 47 language tag",
    "export.jsonl_same_lang": "cannot write JSONL: both sides are {lang}; the translation "
                              "object needs two languages",
    # the register as TSV (aligner/names/register_tsv.py); the file and line are put before
    "tsv.cannot_read": "cannot read it ({reason})",
    "tsv.bad_header": "the header must start with ar, kind, label",
    "tsv.bad_lang_column": "bad language column in the header",
    "tsv.columns": "{count} columns, the header has {header}",
    "tsv.no_arabic": "no Arabic form",
    "tsv.unknown_kind": "unknown kind '{kind}' (name, exonym or translation)",
    "tsv.bad_variant": "variant '{item}' is not lang:status:text",
    "tsv.unknown_status": "unknown status '{status}'",
    "tsv.chosen_in_variants": "a chosen spelling belongs in its language's column, not in "
                              "variants",
    "tsv.form_twice": "'{form}' ({lang}) is listed twice",
    # the label set's rules (aligner/entities/labels.py)
    "label.bad_name": "label name {name}: use letters, digits, - or _ (at most 24, starting "
                      "with a letter)",
    "label.twice": "label {name} appears twice",
    "label.bad_colour": "label {name}: colour {colour} is not #rrggbb",
    "label.bad_key": "label {name}: key {number} is not 1-9",
    "label.key_used": "label {name}: key {number} is already used",
    "label.no_colour": "no colour left for a new label ({count} in use): give it a colour "
                       "yourself",
    # the corpus's own rules for sentences and beads (aligner/corpus/file.py, beads.py,
    # documents.py); met by an edit, or by an undo once the file changed elsewhere
    "corpus.change_refused": "change refused: {error}",
    "corpus.text_not_stored": "text cannot be stored: {reason}",
    "side.source": "source",
    "side.target": "target",
    "bead.range_outside": "bead range {first}-{last} is outside the bitext ({count} beads)",
    "bead.in_bitext": "bitext '{name}': {problem}",
    "bead.overlap": "{side} sentences {start}-{end} of the new bead {bead} overlap another "
                    "bead or leave the range {low}-{high}",
    "bead.uncovered": "{side} sentence {sentence} would not be in any bead",
    "bead.missing": "bitext {bitext} has no bead {bead}",
    "bitext.same_document": "a bitext needs two different documents",
    "bitext.exists": "documents {src} and {tgt} are already a bitext",
    "sentence.not_in_bead": "sentence {sentence} is not in any bead of bitext '{name}'; "
                            "re-align that part after including it",
    "sentence.split_in_entity": "cannot split inside the entity '{text}' ({label})",
    # reading a text to import (aligner/text/textio.py, importer.py, imports.py, exchange.py):
    # refusals, and the warnings the user agrees to before anything is stored
    "read.unknown_encoding": "unknown encoding {encoding}",
    "read.not_text_encoding": "{encoding} is not a text encoding",
    "read.bom_mismatch": "starts with a {name} byte-order mark but is not valid {name} "
                         "(offset {offset})",
    "read.mixed": "mixes encodings: {order} ({guess}?) starting at line {line}; convert it to "
                  "one encoding, or give --encoding to read it all as one (bad bytes are then "
                  "replaced and reported)",
    "read.utf8_first": "UTF-8 and then another encoding",
    "read.utf8_last": "another encoding and then UTF-8",
    "read.replaced_one": "{count} byte invalid in {encoding} replaced by \ufffd on {lines}",
    "read.replaced": "{count} bytes invalid in {encoding} replaced by \ufffd on {lines}",
    "read.utf8_replaced_one": "not valid UTF-8: {count} byte replaced by \ufffd on {lines}",
    "read.utf8_replaced": "not valid UTF-8: {count} bytes replaced by \ufffd on {lines}",
    "read.line": "line {lines}",
    "read.lines": "lines {lines}",
    "read.lines_more": "lines {lines} and {more} more",
    "script.arabic": "Arabic",
    "script.latin": "Latin",
    "import.script_doubt": "given as {lang} ({script} script), but the text is written in "
                           "{found} script; is the language code right?",
    "import.script_swapped": "given as {lang}, but the text is written in {found} script; are "
                             "the files or the language codes swapped?",
    "import.no_language": "cannot tell the language (the text has no letters); give it "
                          "explicitly (--lang)",
    "import.nothing": "no file to import",
    "import.titles_count": "{titles} titles given for {files} files",
    "import.langs_count": "{langs} language codes given for {files} files",
    "import.no_sentence": "no sentence found in the file",
    "import.same_file": "is the same file as the source {source}; give the text and its "
                        "translation",
    "import.same_content": "has the same content as the source {source}; give the text and "
                           "its translation",
    "import.bilingual_found": "a bilingual file must hold two languages; found {found}",
    "import.bilingual_none": "a bilingual file must hold two languages; found none",
    "import.bilingual_codes": "a bilingual file needs two different language codes (e.g. ar,en)",
    "import.bilingual_mismatch": "languages given ({given}) do not match the scripts found "
                                 "({found})",
    "import.same_language": "both files are {lang} (given or detected): a bitext pairs a text "
                            "with its translation; give --lang if a language was detected "
                            "wrongly",
    "import.mixed_kinds": "import TMX/JSONL/TSV files separately from text files",
    "import.units_not_bilingual": "a TMX/JSONL/TSV file holds aligned units, not one text after "
                                  "its translation: import it without 'bilingual'",
    "import.tsv_languages": "a TSV file does not say its languages; give the source and target "
                            "language",
    "import.unknown_format": "unknown exchange format (expected .tmx, .jsonl or .tsv)",
    "import.too_big": "is {size} GB; imports above {limit} GB are refused (split the file)",
    "import.no_pair": "no unit has both languages {src} and {tgt} (languages found: {found})",
    "import.no_pair_none": "no unit has both languages {src} and {tgt} (languages found: none)",
    "import.no_units": "holds no aligned units",
    "import.file_note": "{file}: {note}",
    "import.imported": "{file}: imported ({summary})",
    "import.summary": "{units} units into bitext {ids}",
    "import.summary_many": "{units} units into bitexts {ids}",
    "import.summary_skipped_one": "{summary}; {skipped} unit skipped (no tuv in {src} or in "
                                  "{tgt})",
    "import.summary_skipped": "{summary}; {skipped} units skipped (no tuv in {src} or in {tgt})",
    # what a long job is doing, under its progress bar (aligner/align, formats, importer,
    # exchange, review, find_index)
    "progress.aligning": "aligning",
    "progress.first_pass": "aligning: first pass",
    "progress.scores": "aligning: scores",
    "progress.aligned": "aligned",
    "progress.realigning": "re-aligning",
    "progress.realigned": "re-aligned",
    "progress.find": "preparing find",
    "progress.reading_file": "reading {name}",
    "progress.prepared": "prepared",
    "progress.storing_document": "storing {title}",
    "progress.writing": "writing {format}",
    "progress.writing_moses": "writing Moses files",
    "progress.exporting": "exporting",
    "progress.exported": "exported",
    "progress.reading": "reading",
    "progress.storing": "storing",
    "progress.storing_entities": "storing entities",
    "progress.imported": "imported {count} units",
    # creating a corpus (aligner/corpus/file.py), writing an export (export_plan.py,
    # formats/common.py), reading a gazetteer or a TBX glossary (entities/gazetteer.py,
    # formats/tbx.py)
    "corpus.no_folder": "cannot create: folder {folder} does not exist",
    "corpus.exists": "already exists; open it, or choose another name",
    "corpus.create_failed": "cannot create the file: {error}",
    "export.folder": "{target}: is a folder; give a file name to write",
    "export.is_corpus": "{path} is {what}; writing it would destroy the corpus. Give another "
                        "output name",
    "export.the_corpus": "the corpus itself",
    "export.companion": "the corpus's {suffix} file",
    "export.shared": "{path}: two outputs of this export would share this file; give another "
                     "output name",
    "glossary.bad_csv": "not a CSV glossary ({error})",
    "gazetteer.bad_line": "expected 'name<TAB>LABEL'",
    "gazetteer.no_names": "no names in the gazetteer",
    "tbx.unknown_status": "unknown administrativeStatus {value}",
    "tbx.unknown_kind": "unknown kind {kind}",
    "tbx.bad_lang": "{element} has no valid xml:lang ({lang})",
    # exporting bitexts a format cannot hold together (aligner/export_plan.py)
    "export.same_lang": "cannot write {fmt}: bitext {names} has the same language on both "
                        "sides; {hint} (or export it as tsv)",
    "export.others_hint": "export the others with {option}",
    "export.nothing_else": "nothing else to export",
    "export.several_pairs": "cannot write {fmt} to one stream: the bitexts have several "
                            "language pairs ({pairs}); choose one pair with {option}",
    "tsv.two_columns": "expected 2 tab-separated columns, found {count}",
    # glossaries, span/CoNLL/Moses files (aligner/formats/); {record}, {span}, {tag}, {kind}
    # and {column} are the file's own text, quoted
    "glossary.binary": "binary file, not a UTF-8 glossary",
    "glossary.not_utf8": "not UTF-8 text (byte {start})",
    "glossary.omegat_line": "expected source<TAB>target[<TAB>comment]",
    "glossary.empty": "empty glossary",
    "glossary.no_arabic_column": "the header names no Arabic column (ar)",
    "glossary.bad_column": "column {column} is not a language code",
    "glossary.no_arabic": "no Arabic term",
    "glossary.unknown_type": "unknown glossary type: use .tbx, .csv, .tsv or name a format",
    "glossary.unknown_format": "unknown glossary format {fmt}",
    "spans.bad_json": "not valid JSON: {error}",
    "spans.bad_record": "expected {record}",
    "spans.bad_span": "bad span {span} for a text of {length} characters",
    "conll.bad_line": "expected token<TAB>tag",
    "conll.bad_tag": "tag {tag} is not O, B-LABEL or I-LABEL",
    "pair.fewer_lines": "has fewer lines than its pair",
    "pair.fewer_lines_at": "has fewer lines than its pair (ends before line {number})",
    "pair.fewer_sentences": "has fewer sentences than its pair",
    "moses.same_lang": "cannot write Moses files: both sides are {lang}",
    "moses.mixed_pairs": "cannot write Moses files: a unit is {unit} but the files are {pair}; "
                         "export each language pair separately",
}


class Problem(str):
    """One catalogue message with its arguments; as a str, its English text."""

    key: str
    args: dict[str, Any]

    def __new__(cls, key: str, **args: Any) -> "Problem":
        self = super().__new__(cls, CATALOGUE[key].format(**args))
        self.key = key
        self.args = args
        return self
