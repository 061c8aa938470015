"""The core's keyed refusal messages (aligner/messages.py) in the interface language.

The English text of each message lives in the core; the table below only marks the same
texts for lupdate (a test checks they are the same, key by key), and the lookup goes by
the core's text, so a message the table lacks still shows, in English.
"""
from __future__ import annotations

import re
from pathlib import PurePath

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTextBoundaryFinder

from aligner.errors import DragomanError
from aligner.messages import CATALOGUE, Problem

from .i18n import RTL_LANGS, current, translated, ui_paragraph

CONTEXT = "CoreMessages"
MARKED: dict[str, object] = {
    "file.not_found": QT_TRANSLATE_NOOP("CoreMessages", "file not found"),
    "file.permission": QT_TRANSLATE_NOOP("CoreMessages", "permission denied"),
    "file.unreadable": QT_TRANSLATE_NOOP("CoreMessages", "cannot read file ({reason})"),
    "file.folder": QT_TRANSLATE_NOOP(
        "CoreMessages", "is a folder, not a text file; give a regular file"),
    "file.fifo": QT_TRANSLATE_NOOP(
        "CoreMessages", "is a named pipe (FIFO), not a text file; give a regular file"),
    "file.device": QT_TRANSLATE_NOOP(
        "CoreMessages", "is a device, not a text file; give a regular file"),
    "file.socket": QT_TRANSLATE_NOOP(
        "CoreMessages", "is a socket, not a text file; give a regular file"),
    "file.special": QT_TRANSLATE_NOOP("CoreMessages", "is not a regular file; give a regular file"),
    "file.too_large": QT_TRANSLATE_NOOP(
        "CoreMessages", "file is too large ({size} MB; the limit is {limit} MB for a text)"),
    "file.grew_too_large": QT_TRANSLATE_NOOP("CoreMessages", "file is too large (over {limit} MB)"),
    "file.too_large_whole": QT_TRANSLATE_NOOP(
        "CoreMessages", "file is too large ({size} MB; the limit is {limit} MB for a "
        "lexicon, glossary, gazetteer or bead file)"),
    "file.long_line": QT_TRANSLATE_NOOP(
        "CoreMessages", "line is longer than {limit} characters (a paragraph that long is not "
        "text; break it into lines)"),
    "file.empty": QT_TRANSLATE_NOOP("CoreMessages", "file is empty"),
    "file.blank": QT_TRANSLATE_NOOP("CoreMessages", "file holds no text (only white space)"),
    "file.binary": QT_TRANSLATE_NOOP(
        "CoreMessages", "looks like a binary file, not text (decoded as {encoding})"),
    "file.nul_bytes": QT_TRANSLATE_NOOP(
        "CoreMessages", "looks like a binary file, not text (it contains NUL bytes)"),
    "corpus.missing": QT_TRANSLATE_NOOP("CoreMessages", "no such corpus file"),
    "corpus.folder": QT_TRANSLATE_NOOP("CoreMessages", "is a folder, not a corpus file"),
    "corpus.not_regular": QT_TRANSLATE_NOOP(
        "CoreMessages", "is a named pipe, device or socket, not a corpus file; give a "
        "regular file"),
    "corpus.unreadable": QT_TRANSLATE_NOOP("CoreMessages", "cannot read the file: {reason}"),
    "corpus.empty": QT_TRANSLATE_NOOP("CoreMessages", "is an empty file, not a Dragoman corpus"),
    "corpus.not_sqlite": QT_TRANSLATE_NOOP(
        "CoreMessages", "is not a Dragoman corpus (not a SQLite database file)"),
    "corpus.short_header": QT_TRANSLATE_NOOP(
        "CoreMessages", "is truncated (shorter than a database header)"),
    "corpus.other_sqlite": QT_TRANSLATE_NOOP(
        "CoreMessages", "is a SQLite database but not a Dragoman corpus"),
    "corpus.truncated": QT_TRANSLATE_NOOP(
        "CoreMessages", "is truncated or damaged ({size} bytes, {expected} expected)"),
    "corpus.newer": QT_TRANSLATE_NOOP(
        "CoreMessages", "was written by a newer Dragoman (corpus format {version}; this version"
        " reads up to format {supported}); update Dragoman to open it"),
    "corpus.no_version": QT_TRANSLATE_NOOP(
        "CoreMessages", "is not a Dragoman corpus (no schema version)"),
    "corpus.tables_missing": QT_TRANSLATE_NOOP(
        "CoreMessages", "is damaged: tables missing: {tables}"),
    "corpus.older_read_only": QT_TRANSLATE_NOOP(
        "CoreMessages", "uses the older corpus format {version}; open it once for writing to "
        "upgrade it"),
    "doing.save": QT_TRANSLATE_NOOP("CoreMessages", "cannot save"),
    "doing.read": QT_TRANSLATE_NOOP("CoreMessages", "cannot read"),
    "doing.open": QT_TRANSLATE_NOOP("CoreMessages", "cannot open the file"),
    "doing.open_write": QT_TRANSLATE_NOOP("CoreMessages", "cannot open for writing"),
    "write.fs": QT_TRANSLATE_NOOP("CoreMessages", "it is on a read-only file system ({folder})"),
    "write.file": QT_TRANSLATE_NOOP(
        "CoreMessages", "the file is read-only (its permissions do not allow writing)"),
    "write.folder": QT_TRANSLATE_NOOP(
        "CoreMessages", "its folder {folder} is read-only (Dragoman writes companion files "
        "beside it)"),
    "corpus.full": QT_TRANSLATE_NOOP(
        "CoreMessages", "{doing}: the disk holding it is full ({free} KB free); nothing of "
        "this change was saved (free some space and try again)"),
    "corpus.full_unknown": QT_TRANSLATE_NOOP(
        "CoreMessages", "{doing}: the disk holding it is full; nothing of this change was "
        "saved (free some space and try again)"),
    "corpus.not_writable": QT_TRANSLATE_NOOP(
        "CoreMessages", "{doing}: {cause}; open it read-only, or copy it somewhere you can "
        "write"),
    "corpus.sqlite_read_only": QT_TRANSLATE_NOOP(
        "CoreMessages", "SQLite reports it read-only ({error})"),
    "corpus.cannot_open": QT_TRANSLATE_NOOP(
        "CoreMessages", "{doing}: cannot open the file ({error})"),
    "corpus.cannot_open_because": QT_TRANSLATE_NOOP(
        "CoreMessages", "{doing}: cannot open the file ({error}); {cause}"),
    "corpus.busy": QT_TRANSLATE_NOOP(
        "CoreMessages", "{doing}: another process keeps the file busy ({error})"),
    "corpus.io_error": QT_TRANSLATE_NOOP(
        "CoreMessages", "{doing}: the system reported an input/output error ({error})"),
    "corpus.damaged": QT_TRANSLATE_NOOP(
        "CoreMessages", "is damaged or not a Dragoman corpus ({error})"),
    "corpus.sqlite_error": QT_TRANSLATE_NOOP("CoreMessages", "{doing}: {error}"),
    "corpus.locked": QT_TRANSLATE_NOOP(
        "CoreMessages", "is open for writing in another Dragoman window or process; close "
        "it there, or open this corpus read-only"),
    "corpus.locked_by": QT_TRANSLATE_NOOP(
        "CoreMessages", "is open for writing in another Dragoman window or process (pid "
        "{pid}); close it there, or open this corpus read-only"),
    "corpus.locked_by_host": QT_TRANSLATE_NOOP(
        "CoreMessages", "is open for writing in another Dragoman window or process (pid "
        "{pid} on {host}); close it there, or open this corpus read-only"),
    "corpus.lock_unstable": QT_TRANSLATE_NOOP(
        "CoreMessages", "could not take the writer lock (lock file keeps changing)"),
    "corpus.lock_create_full": QT_TRANSLATE_NOOP(
        "CoreMessages", "cannot create the lock file {lock}: the disk holding it is full; "
        "free some space and try again"),
    "corpus.lock_write_full": QT_TRANSLATE_NOOP(
        "CoreMessages", "cannot write the lock file {lock}: the disk holding it is full; "
        "free some space and try again"),
    "corpus.lock_create_failed": QT_TRANSLATE_NOOP(
        "CoreMessages", "cannot create the lock file {lock}: {reason}"),
    "corpus.lock_write_failed": QT_TRANSLATE_NOOP(
        "CoreMessages", "cannot write the lock file {lock}: {reason}"),
    "corpus.open_write_refused": QT_TRANSLATE_NOOP(
        "CoreMessages", "cannot be opened for writing: {cause}; open it read-only"),
    "corpus.create_refused": QT_TRANSLATE_NOOP("CoreMessages", "cannot create: {cause}"),
    "corpus.read_only": QT_TRANSLATE_NOOP(
        "CoreMessages", "is open read-only; changes are not allowed"),
    "corpus.journal_here": QT_TRANSLATE_NOOP(
        "CoreMessages", "cannot be read here: {cause}, and its journal {journal} holds "
        "changes SQLite must index beside it; open it once where it can be "
        "written"),
    "edit.no_bead": QT_TRANSLATE_NOOP(
        "CoreMessages", "there is no bead {bead} (the bitext has {count} beads)"),
    "edit.merge_last": QT_TRANSLATE_NOOP(
        "CoreMessages", "cannot merge bead {bead} with the next one: the bitext has {count}"
        " beads"),
    "edit.shift_no_src": QT_TRANSLATE_NOOP(
        "CoreMessages", "bead {bead} has no source sentence to move"),
    "edit.shift_no_tgt": QT_TRANSLATE_NOOP(
        "CoreMessages", "bead {bead} has no target sentence to move"),
    "edit.shift_last": QT_TRANSLATE_NOOP(
        "CoreMessages", "bead {bead} is the last bead: there is no next bead to move the "
        "sentence into"),
    "edit.shift_first": QT_TRANSLATE_NOOP(
        "CoreMessages", "bead 1 is the first bead: there is no previous bead to move the "
        "sentence into"),
    "edit.insert_unaligned": QT_TRANSLATE_NOOP(
        "CoreMessages", "the bitext is not aligned yet: align it before inserting beads"),
    "edit.insert_outside": QT_TRANSLATE_NOOP(
        "CoreMessages", "cannot insert a bead at {bead}: the bitext has {count} beads"),
    "edit.split_cannot_keep": QT_TRANSLATE_NOOP(
        "CoreMessages", "bead {bead} is {kind}: it cannot keep {src}-{tgt} sentences"),
    "edit.split_empty_part": QT_TRANSLATE_NOOP(
        "CoreMessages", "splitting bead {bead} after {src}-{tgt} sentences would leave one "
        "part empty"),
    "edit.delete_not_empty": QT_TRANSLATE_NOOP(
        "CoreMessages", "bead {bead} is not empty ({kind}); only empty beads can be deleted"),
    "edit.none_selected": QT_TRANSLATE_NOOP("CoreMessages", "no beads selected"),
    "edit.positions_outside": QT_TRANSLATE_NOOP(
        "CoreMessages", "bead positions {first}-{last} are outside the bitext ({count} "
        "beads)"),
    "edit.split_sentence": QT_TRANSLATE_NOOP(
        "CoreMessages", "cannot split sentence {sentence} at {offset}: both parts must "
        "contain text"),
    "edit.merge_refused": QT_TRANSLATE_NOOP("CoreMessages", "cannot merge: {problem}"),
    "edit.merge_last_sentence": QT_TRANSLATE_NOOP(
        "CoreMessages", "sentence {sentence} is the last of its document"),
    "edit.merge_beads_apart": QT_TRANSLATE_NOOP(
        "CoreMessages", "sentences {first} and {second} are in different beads of bitext "
        "'{name}'; merge or shift the beads first"),
    "edit.sentence_empty": QT_TRANSLATE_NOOP(
        "CoreMessages", "sentence {sentence} cannot be left empty; merge it with the next "
        "one, or mark it excluded"),
    "import.cannot_read": QT_TRANSLATE_NOOP("CoreMessages", "cannot read: {reason}"),
    "import.not_utf8": QT_TRANSLATE_NOOP("CoreMessages", "not UTF-8 text"),
    "import.doctype_entities": QT_TRANSLATE_NOOP(
        "CoreMessages", "the DOCTYPE declares entities; refused for safety (entity "
        "expansion and external entities are not supported)"),
    "import.doctype_entities_short": QT_TRANSLATE_NOOP(
        "CoreMessages", "the DOCTYPE declares entities; refused for safety"),
    "import.wrong_root": QT_TRANSLATE_NOOP(
        "CoreMessages", "not a {kind} file (root element <{root}>)"),
    "import.malformed_xml": QT_TRANSLATE_NOOP("CoreMessages", "malformed XML: {error}"),
    "import.xml_too_long": QT_TRANSLATE_NOOP(
        "CoreMessages", "malformed XML: a text or name is too long (libxml2's safety limit "
        "is 10 MB per node); refused rather than read without limits"),
    "import.tmx_no_header": QT_TRANSLATE_NOOP(
        "CoreMessages", "not a TMX file (no <header> before the first <tu>)"),
    "import.tuv_no_lang": QT_TRANSLATE_NOOP("CoreMessages", "<tuv> without xml:lang"),
    "import.tuv_no_seg": QT_TRANSLATE_NOOP("CoreMessages", "<tuv> without <seg>"),
    "import.bad_json": QT_TRANSLATE_NOOP(
        "CoreMessages", "not valid JSON: {error} (column {column})"),
    "import.long_number": QT_TRANSLATE_NOOP(
        "CoreMessages", "not a record: a number with thousands of digits"),
    "import.too_deep": QT_TRANSLATE_NOOP(
        "CoreMessages", "not a record: arrays or objects nested too deeply"),
    "import.unknown_label": QT_TRANSLATE_NOOP(
        "CoreMessages", "unknown label {label} (this corpus has {labels})"),
    "import.no_names": QT_TRANSLATE_NOOP("CoreMessages", "no labelled names in the gazetteer"),
    "import.no_names_skipped": QT_TRANSLATE_NOOP(
        "CoreMessages", "no labelled names in the gazetteer ({skipped} entries without a "
        "label or a term)"),
    "entity.outside": QT_TRANSLATE_NOOP(
        "CoreMessages", "entity offsets {start}-{end} are outside sentence {sentence} (length "
        "{length})"),
    "entity.link_same_lang": QT_TRANSLATE_NOOP(
        "CoreMessages", "entities {a} and {b} are both in {lang}: a link joins two languages"),
    "entity.two_counterparts": QT_TRANSLATE_NOOP(
        "CoreMessages", "entity {entity} would have two counterparts in {lang}"),
    "entity.label_in_use": QT_TRANSLATE_NOOP(
        "CoreMessages", "label {label} is used by {count} entities; relabel or delete them first"),
    "entity.no_label": QT_TRANSLATE_NOOP("CoreMessages", "there is no label {label}"),
    "entity.missing": QT_TRANSLATE_NOOP("CoreMessages", "there is no entity {entity}"),
    "entity.gone": QT_TRANSLATE_NOOP("CoreMessages", "some of these entities no longer exist"),
    "register.needs_arabic": QT_TRANSLATE_NOOP(
        "CoreMessages", "a register entry needs an Arabic form"),
    "register.form_incomplete": QT_TRANSLATE_NOOP(
        "CoreMessages", "entry {entry}: a form has no text or no language"),
    "register.form_twice": QT_TRANSLATE_NOOP(
        "CoreMessages", "entry {entry}: '{form}' ({lang}) is listed twice"),
    "register.two_chosen": QT_TRANSLATE_NOOP(
        "CoreMessages", "entry {entry}: two chosen spellings in {lang}"),
    "register.not_stored": QT_TRANSLATE_NOOP(
        "CoreMessages", "cannot update an entry that was never stored"),
    "register.only_stored": QT_TRANSLATE_NOOP(
        "CoreMessages", "only a stored entry can be changed"),
    "names.fix_stale": QT_TRANSLATE_NOOP(
        "CoreMessages", "'{text}' is no longer where the check found it (bead {bead}): run the "
        "check again"),
    "names.fixes_overlap": QT_TRANSLATE_NOOP(
        "CoreMessages", "two fixes overlap in sentence {sentence}: {error}"),
    "jsonl.surrogate": QT_TRANSLATE_NOOP(
        "CoreMessages", "holds a lone surrogate (\\u{code}), which is not a character; fix the "
        "text"),
    "jsonl.not_object": QT_TRANSLATE_NOOP("CoreMessages", "a line must hold a JSON object"),
    "jsonl.translation_not_object": QT_TRANSLATE_NOOP(
        "CoreMessages", "\"translation\" must be an object of language: text"),
    "jsonl.lang_not_string": QT_TRANSLATE_NOOP(
        "CoreMessages", "\"{field}\" must be a language code (a string)"),
    "jsonl.two_langs": QT_TRANSLATE_NOOP(
        "CoreMessages", "needs texts in two languages (found {found})"),
    "jsonl.two_langs_wanted": QT_TRANSLATE_NOOP(
        "CoreMessages", "needs texts in two languages (found {found}, wanted {src} and {tgt})"),
    "jsonl.text_not_string": QT_TRANSLATE_NOOP("CoreMessages", "the {lang} text is not a string"),
    "jsonl.bad_tag": QT_TRANSLATE_NOOP("CoreMessages", "{tag} is not a valid language tag"),
    "jsonl.field_not_string": QT_TRANSLATE_NOOP("CoreMessages", "\"{field}\" must be a string"),
    "jsonl.bad_bead": QT_TRANSLATE_NOOP(
        "CoreMessages", "\"bead\" must be a whole number from 0 to 2**63-1"),
    "jsonl.bad_score": QT_TRANSLATE_NOOP("CoreMessages", "\"score\" must be a finite number"),
    "jsonl.bad_status": QT_TRANSLATE_NOOP(
        "CoreMessages", "\"status\" must be \"auto\" or \"confirmed\", not {status}"),
    "jsonl.entities_not_list": QT_TRANSLATE_NOOP("CoreMessages", "\"entities\" must be a list"),
    "jsonl.entity_side": QT_TRANSLATE_NOOP(
        "CoreMessages", "entity {entity}: side must be {src} or {tgt}"),
    "jsonl.entity_span": QT_TRANSLATE_NOOP(
        "CoreMessages", "entity {entity}: start/end outside the {side} text ({length} characters)"),
    "jsonl.entity_label": QT_TRANSLATE_NOOP(
        "CoreMessages", "entity {entity}: label must be a non-empty string"),
    "jsonl.entity_counterpart": QT_TRANSLATE_NOOP(
        "CoreMessages", "entity {entity}: counterpart must index this line's entities"),
    "import.no_file": QT_TRANSLATE_NOOP("CoreMessages", "no such file"),
    "import.not_utf8_at": QT_TRANSLATE_NOOP(
        "CoreMessages", "not UTF-8 text ({reason} at byte {start})"),
    "import.not_utf8_reason": QT_TRANSLATE_NOOP("CoreMessages", "not UTF-8 text ({reason})"),
    "tmx.entity_reference": QT_TRANSLATE_NOOP(
        "CoreMessages", "entity reference {name} cannot be resolved (external DTDs are not "
        "loaded)"),
    "tmx.score_not_number": QT_TRANSLATE_NOOP(
        "CoreMessages", "x-dragoman-score {value} is not a number"),
    "tmx.score_not_finite": QT_TRANSLATE_NOOP(
        "CoreMessages", "x-dragoman-score {value} is not a finite number"),
    "tmx.unknown_status": QT_TRANSLATE_NOOP("CoreMessages", "unknown x-dragoman-status {status}"),
    "tmx.entities_not_json": QT_TRANSLATE_NOOP(
        "CoreMessages", "x-dragoman-entities is not JSON: {error}"),
    "tmx.entities_not_list": QT_TRANSLATE_NOOP("CoreMessages", "x-dragoman-entities is not a list"),
    "tmx.bad_entity": QT_TRANSLATE_NOOP(
        "CoreMessages", "bad entity in x-dragoman-entities: {entity}"),
    "tag.invalid": QT_TRANSLATE_NOOP("CoreMessages", "{tag} is not a valid language tag; {hint}"),
    "tag.invalid_field": QT_TRANSLATE_NOOP("CoreMessages", "{tag} is not a valid {field}; {hint}"),
    "tag.hint": QT_TRANSLATE_NOOP("CoreMessages", "give a BCP 47 tag such as ar, en, fr or en-GB"),
    "tag.hint_hyphen": QT_TRANSLATE_NOOP(
        "CoreMessages", "write {tag} (a hyphen, not an underscore)"),
    "jsonl.endless_line": QT_TRANSLATE_NOOP(
        "CoreMessages", "a line is longer than {limit} characters; not JSON Lines"),
    "import.label_refused": QT_TRANSLATE_NOOP(
        "CoreMessages", "entity label {label} cannot join the corpus's labels: {problem}"),
    "export.tmx_bad_tag": QT_TRANSLATE_NOOP(
        "CoreMessages", "cannot write TMX: {tag} is not a valid BCP 47 language tag"),
    "export.jsonl_same_lang": QT_TRANSLATE_NOOP(
        "CoreMessages", "cannot write JSONL: both sides are {lang}; the translation object needs "
        "two languages"),
    "tsv.cannot_read": QT_TRANSLATE_NOOP("CoreMessages", "cannot read it ({reason})"),
    "tsv.bad_header": QT_TRANSLATE_NOOP(
        "CoreMessages", "the header must start with ar, kind, label"),
    "tsv.bad_lang_column": QT_TRANSLATE_NOOP("CoreMessages", "bad language column in the header"),
    "tsv.columns": QT_TRANSLATE_NOOP("CoreMessages", "{count} columns, the header has {header}"),
    "tsv.no_arabic": QT_TRANSLATE_NOOP("CoreMessages", "no Arabic form"),
    "tsv.unknown_kind": QT_TRANSLATE_NOOP(
        "CoreMessages", "unknown kind '{kind}' (name, exonym or translation)"),
    "tsv.bad_variant": QT_TRANSLATE_NOOP(
        "CoreMessages", "variant '{item}' is not lang:status:text"),
    "tsv.unknown_status": QT_TRANSLATE_NOOP("CoreMessages", "unknown status '{status}'"),
    "tsv.chosen_in_variants": QT_TRANSLATE_NOOP(
        "CoreMessages", "a chosen spelling belongs in its language's column, not in variants"),
    "tsv.form_twice": QT_TRANSLATE_NOOP("CoreMessages", "'{form}' ({lang}) is listed twice"),
    "label.bad_name": QT_TRANSLATE_NOOP(
        "CoreMessages", "label name {name}: use letters, digits, - or _ (at most 24, starting "
        "with a letter)"),
    "label.twice": QT_TRANSLATE_NOOP("CoreMessages", "label {name} appears twice"),
    "label.bad_colour": QT_TRANSLATE_NOOP(
        "CoreMessages", "label {name}: colour {colour} is not #rrggbb"),
    "label.bad_key": QT_TRANSLATE_NOOP("CoreMessages", "label {name}: key {number} is not 1-9"),
    "label.key_used": QT_TRANSLATE_NOOP(
        "CoreMessages", "label {name}: key {number} is already used"),
    "label.no_colour": QT_TRANSLATE_NOOP(
        "CoreMessages", "no colour left for a new label ({count} in use): give it a colour "
        "yourself"),
    "corpus.change_refused": QT_TRANSLATE_NOOP("CoreMessages", "change refused: {error}"),
    "corpus.text_not_stored": QT_TRANSLATE_NOOP("CoreMessages", "text cannot be stored: {reason}"),
    "side.source": QT_TRANSLATE_NOOP("CoreMessages", "source"),
    "side.target": QT_TRANSLATE_NOOP("CoreMessages", "target"),
    "bead.range_outside": QT_TRANSLATE_NOOP(
        "CoreMessages", "bead range {first}-{last} is outside the bitext ({count} beads)"),
    "bead.in_bitext": QT_TRANSLATE_NOOP("CoreMessages", "bitext '{name}': {problem}"),
    "bead.overlap": QT_TRANSLATE_NOOP(
        "CoreMessages", "{side} sentences {start}-{end} of the new bead {bead} overlap another "
        "bead or leave the range {low}-{high}"),
    "bead.uncovered": QT_TRANSLATE_NOOP(
        "CoreMessages", "{side} sentence {sentence} would not be in any bead"),
    "bead.missing": QT_TRANSLATE_NOOP("CoreMessages", "bitext {bitext} has no bead {bead}"),
    "bitext.same_document": QT_TRANSLATE_NOOP(
        "CoreMessages", "a bitext needs two different documents"),
    "bitext.exists": QT_TRANSLATE_NOOP(
        "CoreMessages", "documents {src} and {tgt} are already a bitext"),
    "sentence.not_in_bead": QT_TRANSLATE_NOOP(
        "CoreMessages", "sentence {sentence} is not in any bead of bitext '{name}'; re-align "
        "that part after including it"),
    "sentence.split_in_entity": QT_TRANSLATE_NOOP(
        "CoreMessages", "cannot split inside the entity '{text}' ({label})"),
    "read.unknown_encoding": QT_TRANSLATE_NOOP("CoreMessages", "unknown encoding {encoding}"),
    "read.not_text_encoding": QT_TRANSLATE_NOOP(
        "CoreMessages", "{encoding} is not a text encoding"),
    "read.bom_mismatch": QT_TRANSLATE_NOOP(
        "CoreMessages", "starts with a {name} byte-order mark but is not valid {name} (offset "
        "{offset})"),
    "read.mixed": QT_TRANSLATE_NOOP(
        "CoreMessages", "mixes encodings: {order} ({guess}?) starting at line {line}; convert it "
        "to one encoding, or give --encoding to read it all as one (bad bytes "
        "are then replaced and reported)"),
    "read.utf8_first": QT_TRANSLATE_NOOP("CoreMessages", "UTF-8 and then another encoding"),
    "read.utf8_last": QT_TRANSLATE_NOOP("CoreMessages", "another encoding and then UTF-8"),
    "read.replaced_one": QT_TRANSLATE_NOOP(
        "CoreMessages", "{count} byte invalid in {encoding} replaced by � on {lines}"),
    "read.replaced": QT_TRANSLATE_NOOP(
        "CoreMessages", "{count} bytes invalid in {encoding} replaced by � on {lines}"),
    "read.utf8_replaced_one": QT_TRANSLATE_NOOP(
        "CoreMessages", "not valid UTF-8: {count} byte replaced by � on {lines}"),
    "read.utf8_replaced": QT_TRANSLATE_NOOP(
        "CoreMessages", "not valid UTF-8: {count} bytes replaced by � on {lines}"),
    "read.line": QT_TRANSLATE_NOOP("CoreMessages", "line {lines}"),
    "read.lines": QT_TRANSLATE_NOOP("CoreMessages", "lines {lines}"),
    "read.lines_more": QT_TRANSLATE_NOOP("CoreMessages", "lines {lines} and {more} more"),
    "script.arabic": QT_TRANSLATE_NOOP("CoreMessages", "Arabic"),
    "script.latin": QT_TRANSLATE_NOOP("CoreMessages", "Latin"),
    "import.script_doubt": QT_TRANSLATE_NOOP(
        "CoreMessages", "given as {lang} ({script} script), but the text is written in {found} "
        "script; is the language code right?"),
    "import.script_swapped": QT_TRANSLATE_NOOP(
        "CoreMessages", "given as {lang}, but the text is written in {found} script; are the "
        "files or the language codes swapped?"),
    "import.no_language": QT_TRANSLATE_NOOP(
        "CoreMessages", "cannot tell the language (the text has no letters); give it explicitly "
        "(--lang)"),
    "import.nothing": QT_TRANSLATE_NOOP("CoreMessages", "no file to import"),
    "import.titles_count": QT_TRANSLATE_NOOP(
        "CoreMessages", "{titles} titles given for {files} files"),
    "import.langs_count": QT_TRANSLATE_NOOP(
        "CoreMessages", "{langs} language codes given for {files} files"),
    "import.no_sentence": QT_TRANSLATE_NOOP("CoreMessages", "no sentence found in the file"),
    "import.same_file": QT_TRANSLATE_NOOP(
        "CoreMessages", "is the same file as the source {source}; give the text and its "
        "translation"),
    "import.same_content": QT_TRANSLATE_NOOP(
        "CoreMessages", "has the same content as the source {source}; give the text and its "
        "translation"),
    "import.bilingual_found": QT_TRANSLATE_NOOP(
        "CoreMessages", "a bilingual file must hold two languages; found {found}"),
    "import.bilingual_none": QT_TRANSLATE_NOOP(
        "CoreMessages", "a bilingual file must hold two languages; found none"),
    "import.bilingual_codes": QT_TRANSLATE_NOOP(
        "CoreMessages", "a bilingual file needs two different language codes (e.g. ar,en)"),
    "import.bilingual_mismatch": QT_TRANSLATE_NOOP(
        "CoreMessages", "languages given ({given}) do not match the scripts found ({found})"),
    "import.same_language": QT_TRANSLATE_NOOP(
        "CoreMessages", "both files are {lang} (given or detected): a bitext pairs a text with "
        "its translation; give --lang if a language was detected wrongly"),
    "import.mixed_kinds": QT_TRANSLATE_NOOP(
        "CoreMessages", "import TMX/JSONL/TSV files separately from text files"),
    "import.units_not_bilingual": QT_TRANSLATE_NOOP(
        "CoreMessages", "a TMX/JSONL/TSV file holds aligned units, not one text after its "
        "translation: import it without 'bilingual'"),
    "import.tsv_languages": QT_TRANSLATE_NOOP(
        "CoreMessages", "a TSV file does not say its languages; give the source and target "
        "language"),
    "import.unknown_format": QT_TRANSLATE_NOOP(
        "CoreMessages", "unknown exchange format (expected .tmx, .jsonl or .tsv)"),
    "import.too_big": QT_TRANSLATE_NOOP(
        "CoreMessages", "is {size} GB; imports above {limit} GB are refused (split the file)"),
    "import.no_pair": QT_TRANSLATE_NOOP(
        "CoreMessages", "no unit has both languages {src} and {tgt} (languages found: {found})"),
    "import.no_pair_none": QT_TRANSLATE_NOOP(
        "CoreMessages", "no unit has both languages {src} and {tgt} (languages found: none)"),
    "import.no_units": QT_TRANSLATE_NOOP("CoreMessages", "holds no aligned units"),
    "import.file_note": QT_TRANSLATE_NOOP("CoreMessages", "{file}: {note}"),
    "import.imported": QT_TRANSLATE_NOOP("CoreMessages", "{file}: imported ({summary})"),
    "import.summary": QT_TRANSLATE_NOOP("CoreMessages", "{units} units into bitext {ids}"),
    "import.summary_many": QT_TRANSLATE_NOOP("CoreMessages", "{units} units into bitexts {ids}"),
    "import.summary_skipped_one": QT_TRANSLATE_NOOP(
        "CoreMessages", "{summary}; {skipped} unit skipped (no tuv in {src} or in {tgt})"),
    "import.summary_skipped": QT_TRANSLATE_NOOP(
        "CoreMessages", "{summary}; {skipped} units skipped (no tuv in {src} or in {tgt})"),
    "progress.aligning": QT_TRANSLATE_NOOP("CoreMessages", "aligning"),
    "progress.first_pass": QT_TRANSLATE_NOOP("CoreMessages", "aligning: first pass"),
    "progress.scores": QT_TRANSLATE_NOOP("CoreMessages", "aligning: scores"),
    "progress.aligned": QT_TRANSLATE_NOOP("CoreMessages", "aligned"),
    "progress.realigning": QT_TRANSLATE_NOOP("CoreMessages", "re-aligning"),
    "progress.realigned": QT_TRANSLATE_NOOP("CoreMessages", "re-aligned"),
    "progress.find": QT_TRANSLATE_NOOP("CoreMessages", "preparing find"),
    "progress.reading_file": QT_TRANSLATE_NOOP("CoreMessages", "reading {name}"),
    "progress.prepared": QT_TRANSLATE_NOOP("CoreMessages", "prepared"),
    "progress.storing_document": QT_TRANSLATE_NOOP("CoreMessages", "storing {title}"),
    "progress.writing": QT_TRANSLATE_NOOP("CoreMessages", "writing {format}"),
    "progress.writing_moses": QT_TRANSLATE_NOOP("CoreMessages", "writing Moses files"),
    "progress.exporting": QT_TRANSLATE_NOOP("CoreMessages", "exporting"),
    "progress.exported": QT_TRANSLATE_NOOP("CoreMessages", "exported"),
    "progress.reading": QT_TRANSLATE_NOOP("CoreMessages", "reading"),
    "progress.storing": QT_TRANSLATE_NOOP("CoreMessages", "storing"),
    "progress.storing_entities": QT_TRANSLATE_NOOP("CoreMessages", "storing entities"),
    "progress.imported": QT_TRANSLATE_NOOP("CoreMessages", "imported {count} units"),
    "corpus.no_folder": QT_TRANSLATE_NOOP("CoreMessages", "cannot create: folder {folder} does not exist"),
    "corpus.exists": QT_TRANSLATE_NOOP("CoreMessages", "already exists; open it, or choose another name"),
    "corpus.create_failed": QT_TRANSLATE_NOOP("CoreMessages", "cannot create the file: {error}"),
    "export.folder": QT_TRANSLATE_NOOP("CoreMessages", "{target}: is a folder; give a file name to write"),
    "export.is_corpus": QT_TRANSLATE_NOOP(
        "CoreMessages", "{path} is {what}; writing it would destroy the corpus. Give another "
        "output name"),
    "export.the_corpus": QT_TRANSLATE_NOOP("CoreMessages", "the corpus itself"),
    "export.companion": QT_TRANSLATE_NOOP("CoreMessages", "the corpus's {suffix} file"),
    "export.shared": QT_TRANSLATE_NOOP(
        "CoreMessages", "{path}: two outputs of this export would share this file; give "
        "another output name"),
    "gazetteer.bad_line": QT_TRANSLATE_NOOP("CoreMessages", "expected 'name<TAB>LABEL'"),
    "gazetteer.no_names": QT_TRANSLATE_NOOP("CoreMessages", "no names in the gazetteer"),
    "tbx.unknown_status": QT_TRANSLATE_NOOP("CoreMessages", "unknown administrativeStatus {value}"),
    "tbx.unknown_kind": QT_TRANSLATE_NOOP("CoreMessages", "unknown kind {kind}"),
    "tbx.bad_lang": QT_TRANSLATE_NOOP("CoreMessages", "{element} has no valid xml:lang ({lang})"),
    "export.same_lang": QT_TRANSLATE_NOOP(
        "CoreMessages", "cannot write {fmt}: bitext {names} has the same language on both "
        "sides; {hint} (or export it as tsv)"),
    "export.others_hint": QT_TRANSLATE_NOOP("CoreMessages", "export the others with {option}"),
    "export.nothing_else": QT_TRANSLATE_NOOP("CoreMessages", "nothing else to export"),
    "export.several_pairs": QT_TRANSLATE_NOOP(
        "CoreMessages", "cannot write {fmt} to one stream: the bitexts have several language "
        "pairs ({pairs}); choose one pair with {option}"),
    "tsv.two_columns": QT_TRANSLATE_NOOP(
        "CoreMessages", "expected 2 tab-separated columns, found {count}"),
    "glossary.bad_csv": QT_TRANSLATE_NOOP("CoreMessages", "not a CSV glossary ({error})"),
    "glossary.binary": QT_TRANSLATE_NOOP("CoreMessages", "binary file, not a UTF-8 glossary"),
    "glossary.not_utf8": QT_TRANSLATE_NOOP("CoreMessages", "not UTF-8 text (byte {start})"),
    "glossary.omegat_line": QT_TRANSLATE_NOOP(
        "CoreMessages", "expected source<TAB>target[<TAB>comment]"),
    "glossary.empty": QT_TRANSLATE_NOOP("CoreMessages", "empty glossary"),
    "glossary.no_arabic_column": QT_TRANSLATE_NOOP(
        "CoreMessages", "the header names no Arabic column (ar)"),
    "glossary.bad_column": QT_TRANSLATE_NOOP(
        "CoreMessages", "column {column} is not a language code"),
    "glossary.no_arabic": QT_TRANSLATE_NOOP("CoreMessages", "no Arabic term"),
    "glossary.unknown_type": QT_TRANSLATE_NOOP(
        "CoreMessages", "unknown glossary type: use .tbx, .csv, .tsv or name a format"),
    "glossary.unknown_format": QT_TRANSLATE_NOOP("CoreMessages", "unknown glossary format {fmt}"),
    "spans.bad_json": QT_TRANSLATE_NOOP("CoreMessages", "not valid JSON: {error}"),
    "spans.bad_record": QT_TRANSLATE_NOOP("CoreMessages", "expected {record}"),
    "spans.bad_span": QT_TRANSLATE_NOOP(
        "CoreMessages", "bad span {span} for a text of {length} characters"),
    "conll.bad_line": QT_TRANSLATE_NOOP("CoreMessages", "expected token<TAB>tag"),
    "conll.bad_tag": QT_TRANSLATE_NOOP("CoreMessages", "tag {tag} is not O, B-LABEL or I-LABEL"),
    "pair.fewer_lines": QT_TRANSLATE_NOOP("CoreMessages", "has fewer lines than its pair"),
    "pair.fewer_lines_at": QT_TRANSLATE_NOOP(
        "CoreMessages", "has fewer lines than its pair (ends before line {number})"),
    "pair.fewer_sentences": QT_TRANSLATE_NOOP("CoreMessages", "has fewer sentences than its pair"),
    "moses.same_lang": QT_TRANSLATE_NOOP(
        "CoreMessages", "cannot write Moses files: both sides are {lang}"),
    "moses.mixed_pairs": QT_TRANSLATE_NOOP(
        "CoreMessages", "cannot write Moses files: a unit is {unit} but the files are {pair}; "
        "export each language pair separately"),
}


# Arguments that are not ours to translate: a library's own words (SQLite's, libxml2's,
# json's, the system's reason), a file's name, a CLI option and the bitexts or language
# pairs an export lists (ids, names, tags); in Arabic they are kept left to right.
DETAIL = frozenset({"error", "reason", "file", "option", "names", "pairs"})


def problem_text(problem: str) -> str:
    """A keyed problem in the interface language; any other text as it is. An argument that
    is itself a keyed problem (a {doing}, a {cause}) is translated too, and a folder or a
    library's detail is kept left to right in an Arabic sentence."""
    if not isinstance(problem, Problem):
        return problem
    args = {name: problem_text(value) if isinstance(value, Problem)
            else detail(str(value)) if isinstance(value, PurePath) or name in DETAIL
            else value
            for name, value in problem.args.items()}
    return translated(CONTEXT, CATALOGUE[problem.key]).format(**args)


def line_text(problem: str) -> str:
    """A keyed problem on a line of its own (an import's warning or note): translated, and
    in Arabic a right-to-left paragraph whatever its first word is."""
    return ui_paragraph(problem_text(problem))


def detail(text: str) -> str:
    """A file name or a library's own words (a regex error, SQLite's message) as they are,
    kept left to right inside an Arabic sentence."""
    return isolated(text) if current() in RTL_LANGS else text


def error_text(exc: BaseException) -> str:
    """What the GUI shows for a core error: the file as it is, a keyed problem translated;
    any other error as the core wrote it."""
    if not isinstance(exc, DragomanError) or not isinstance(getattr(exc, "problem", None),
                                                            Problem):
        return str(exc)
    if current() in RTL_LANGS:
        return ui_paragraph(exc.worded(problem_text, isolated))
    return exc.worded(problem_text)


def placed(text: str, path: object, **args: object) -> str:
    """A translated '{path}: ...' message filled in, the path and the other arguments kept
    left to right (and the paragraph right to left) in an Arabic interface, as error_text
    does for core errors."""
    if current() in RTL_LANGS:
        return ui_paragraph(text.format(path=isolated(str(path)),
                                        **{k: isolated(str(v)) for k, v in args.items()}))
    return text.format(path=path, **args)


def isolated(name: str) -> str:
    """A file name kept left to right inside an Arabic sentence (a Unicode isolate), so the
    sentence, not the name, sets the paragraph's direction."""
    return f"\u2066{name}\u2069"


# an isolated run (no isolate nested in it); a run up to SHORT_RUN characters (an option with
# its values, language pairs, a bitext's name) fits one line of a narrow message box
_RUN = re.compile("\u2066([^\u2066\u2069]*)\u2069")
SHORT_RUN = 40


def unbroken(text: str) -> str:
    """`text` for a box that wraps: each short isolated run kept on one line. Broken inside,
    a run reads wrong in a right-to-left paragraph ('--' left at the end of one line,
    'bitext' on the next), so its spaces become no-break spaces and a word joiner closes
    every other place Qt's line breaker would cut it. Longer runs (a path) may still wrap."""
    return _RUN.sub(lambda run: isolated(_whole(run.group(1)))
                    if len(run.group(1)) <= SHORT_RUN else run.group(0), text)


def _whole(run: str) -> str:
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, run)
    cuts = set()
    cut = finder.toNextBoundary()
    while 0 < cut < len(run):
        cuts.add(cut)
        cut = finder.toNextBoundary()
    return "".join(("\u2060" if i in cuts and run[i - 1] != " " else "")
                   + ("\u00a0" if ch == " " else ch) for i, ch in enumerate(run))
