"""Reading text files as users actually have them, and telling what is in them.

Translators bring UTF-8 (with or without BOM), UTF-16 from Word, and old Windows or ISO
Arabic codepages. `read_text` decodes them, says which encoding it found, and refuses
binary, empty, oversized or undecodable files with an `InputError` naming the file.
`detect_language` and `split_bilingual` tell Arabic from English from French, so that a
file holding an article and its translation can become two documents.

Why our own codepage guess instead of charset-normalizer: for short Arabic files the
libraries often confuse cp1256, ISO-8859-6 and cp1252 (all decode most bytes), while a
simple score - how plausible is the decoded text as words of one script - separates them
well (see `_implausibility`). The text is kept verbatim except that newlines become "\\n"
and a leading BOM is dropped.
"""
from __future__ import annotations

import codecs
import hashlib
import re
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from aligner.errors import InputError
from aligner.messages import Problem
from aligner.text.fold import (
    ARABIC_LETTER_RE,
    FUNCTION_WORDS,
    LATIN_LETTER_RE,
    is_arabic_char,
    is_latin_letter,
)

#: Limits of a text file, checked before any work (documented in the README). Importing
#: takes about 25 times the file's size in memory (segments, offsets, boilerplate checks)
#: and about 0.7 s a MB: a 16 MB text (five times War and Peace) is a whole library for
#: one alignment view, and bigger files froze the desktop (200 MB: 2 minutes, 5.7 GB).
MAX_BYTES = 16 * 1024 * 1024
#: Lexicons, glossaries, gazetteers and bead files are read whole and split into Python
#: strings (about ten times their size in memory): 64 MB is some forty times the largest
#: FreeDict dictionary, and a 2 GB file took 4 GB before it was found not to be one.
MAX_WHOLE_BYTES = 64 * 1024 * 1024
#: A line is a paragraph; one of a million characters is a whole book without line breaks
#: (or not text at all), and its sentence split would be the slow path above.
MAX_LINE_CHARS = 1_000_000

#: Codepages tried, in order of preference when two explain the bytes equally well.
#: cp1252 comes before iso8859-1: it is the superset that Windows files really use.
CANDIDATE_ENCODINGS = ("cp1256", "iso8859-6", "cp1252", "iso8859-1", "iso8859-2")

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
         (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


@dataclass(frozen=True)
class DecodedText:
    """A decoded file: text (newlines normalised), encoding found, sha256 of the raw bytes,
    and warnings the user must see before the text is used (bytes replaced, and where)."""

    text: str
    encoding: str
    checksum: str
    path: str
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Block:
    """A run of paragraphs of one language inside a bilingual file (half-open offsets)."""

    lang: str
    start: int
    end: int


# --- scripts ---------------------------------------------------------------------------

def _script(ch: str) -> str:
    if is_arabic_char(ch):
        return "arabic"
    if is_latin_letter(ch):
        return "latin"
    return unicodedata.name(ch, "?").split(" ")[0].lower()


# --- reading ---------------------------------------------------------------------------

def regular_file_size(path: Path) -> int:
    """The size of `path` if it is a regular file; InputError naming what it is otherwise.

    A FIFO blocks the reader forever and /dev/zero never ends: only regular files are read.
    """
    try:
        st = path.stat()
    except FileNotFoundError:
        raise InputError(path, Problem("file.not_found")) from None
    except PermissionError:
        raise InputError(path, Problem("file.permission")) from None
    except OSError as exc:
        raise InputError(path, Problem("file.unreadable", reason=exc.strerror or str(exc))) from None
    if stat.S_ISREG(st.st_mode):
        return st.st_size
    kind = ("folder" if stat.S_ISDIR(st.st_mode) else
            "fifo" if stat.S_ISFIFO(st.st_mode) else
            "device" if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode) else
            "socket" if stat.S_ISSOCK(st.st_mode) else "special")
    raise InputError(path, Problem(f"file.{kind}"))


def read_whole(path: Path, limit: int = MAX_WHOLE_BYTES) -> bytes:
    """The bytes of a regular file that is read whole (a lexicon, a glossary, a gazetteer,
    a bead file); InputError naming the file when it is not one, or is over `limit`."""
    size = regular_file_size(path)
    if size > limit:
        raise InputError(path, Problem("file.too_large_whole", size=f"{size / 2**20:.1f}",
                                       limit=f"{limit / 2**20:.0f}"))
    try:
        with open(path, "rb") as stream:  # never more than the limit, even if it grew
            raw = stream.read(limit + 1)
    except PermissionError:
        raise InputError(path, Problem("file.permission")) from None
    except OSError as exc:
        raise InputError(path, Problem("file.unreadable", reason=exc.strerror or str(exc))) from None
    if len(raw) > limit:
        raise InputError(path, Problem("file.grew_too_large", limit=f"{limit / 2**20:.0f}"))
    return raw


def read_text(path: str | Path, encoding: str | None = None, *,
              max_bytes: int = MAX_BYTES) -> DecodedText:
    """Read and decode a text file; `encoding` overrides detection.

    Raises InputError (naming the file) for a missing, unreadable, non-regular, empty, too
    large, binary, undecodable or mixed-encoding file, or one with an endless line.
    """
    path = Path(path)
    size = regular_file_size(path)
    if size > max_bytes:
        raise InputError(path, Problem("file.too_large", size=f"{size / 2**20:.1f}",
                                       limit=f"{max_bytes / 2**20:.0f}"))
    try:
        with open(path, "rb") as stream:  # never more than the limit, even if it grew
            raw = stream.read(max_bytes + 1)
    except PermissionError:
        raise InputError(path, Problem("file.permission")) from None
    except OSError as exc:
        raise InputError(path, Problem("file.unreadable", reason=exc.strerror or str(exc))) from None
    if len(raw) > max_bytes:
        raise InputError(path, Problem("file.grew_too_large", limit=f"{max_bytes / 2**20:.0f}"))
    warnings: list[str] = []
    text, enc = decode_bytes(raw, encoding, path=path, warnings=warnings)
    _check_line_lengths(text, path)
    return DecodedText(text=text, encoding=enc, checksum=hashlib.sha256(raw).hexdigest(),
                       path=str(path), warnings=tuple(warnings))


def _check_line_lengths(text: str, path: Path) -> None:
    if len(text) <= MAX_LINE_CHARS:
        return
    start = 0
    number = 1
    while True:
        end = text.find("\n", start)
        stop = len(text) if end < 0 else end
        if stop - start > MAX_LINE_CHARS:
            raise InputError(path, Problem("file.long_line", limit=f"{MAX_LINE_CHARS:,}"),
                             line=number)
        if end < 0:
            return
        start = end + 1
        number += 1


def decode_bytes(raw: bytes, encoding: str | None = None, *,
                 path: str | Path | None = None,
                 warnings: list[str] | None = None) -> tuple[str, str]:
    """Decode raw bytes -> (text, encoding name). Same checks and errors as read_text;
    what the user must be told (bytes replaced, on which lines) goes to `warnings`."""
    if not raw:
        raise InputError(path, Problem("file.empty"))
    notes: list[str] = [] if warnings is None else warnings
    if encoding:
        text, enc = _decode_as(raw, encoding, path, notes)
    else:
        text, enc = _detect_and_decode(raw, path, notes)
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(path, Problem("file.blank"))
    if _control_share(_sample(text)) > 0.01:
        raise InputError(path, Problem("file.binary", encoding=enc))
    return text, enc


def _decode_as(raw: bytes, encoding: str, path, notes: list[str]) -> tuple[str, str]:
    """Decode with the user's encoding. The user insisted: bytes it cannot decode are
    replaced (U+FFFD) and reported with their line numbers, not refused."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        raise InputError(path, Problem("read.unknown_encoding", encoding=repr(encoding))) from None
    if name == "utf-8" and raw.startswith(codecs.BOM_UTF8):
        name = "utf-8-sig"  # the user said UTF-8; the BOM is not part of the text
    name, raw = _byte_order(name, raw)
    try:
        return raw.decode(name), name
    except LookupError:  # base64, rot13, zlib...: codecs, but not text encodings
        raise InputError(path, Problem("read.not_text_encoding", encoding=repr(encoding))) from None
    except UnicodeDecodeError:
        pass
    text = raw.decode(name, errors="replace")
    bad, lines = _bad_bytes(raw, name)
    notes.append(Problem("read.replaced" if bad > 1 else "read.replaced_one", count=bad,
                         encoding=name, lines=_line_list(lines)))
    return text, f"{name} ({bad} invalid byte{'s' if bad > 1 else ''} replaced)"


def _byte_order(name: str, raw: bytes) -> tuple[str, bytes]:
    """UTF-16/32 named without a byte order: take it from the BOM (dropped), else little
    endian as Python's decoder does. Counting bad bytes restarts the decoder after each,
    and the plain codec then wants a BOM again (a UnicodeError, not a decode error)."""
    if name not in ("utf-16", "utf-32"):
        return name, raw
    size = 2 if name == "utf-16" else 4
    be = codecs.BOM_UTF16_BE if size == 2 else codecs.BOM_UTF32_BE
    le = codecs.BOM_UTF16_LE if size == 2 else codecs.BOM_UTF32_LE
    if raw.startswith(le):  # before BE: UTF-32-LE's BOM begins with UTF-16-LE's
        return f"{name}-le", raw[len(le):]
    if raw.startswith(be):
        return f"{name}-be", raw[len(be):]
    return f"{name}-le", raw


def _bad_bytes(raw: bytes, name: str) -> tuple[int, list[int]]:
    """Count of undecodable bytes and the (1-based) lines holding them."""
    bad = 0
    lines: list[int] = []
    decoder = codecs.getincrementaldecoder(name)("strict")
    pos = 0
    line = 1
    while pos < len(raw):
        try:
            decoder.decode(raw[pos:], final=True)
            break
        except UnicodeDecodeError as exc:
            start, end = pos + exc.start, pos + max(exc.end, exc.start + 1)
            line += raw.count(b"\n", pos, start)
            bad += end - start
            if not lines or lines[-1] != line:
                lines.append(line)
            line += raw.count(b"\n", start, end)
            pos = end
            decoder.reset()
    return bad, lines


def _line_list(lines: list[int], most: int = 10) -> Problem:
    shown = ", ".join(str(n) for n in lines[:most])
    if len(lines) > most:
        return Problem("read.lines_more", lines=shown, more=len(lines) - most)
    return Problem("read.lines" if len(lines) > 1 else "read.line", lines=shown)


def _detect_and_decode(raw: bytes, path, notes: list[str]) -> tuple[str, str]:
    for bom, name in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(name), name
            except UnicodeDecodeError as exc:
                if name == "utf-8-sig":
                    return _utf8_with_bad_bytes(raw[len(bom):], path, notes)
                raise InputError(path, Problem("read.bom_mismatch", name=name,
                                               offset=exc.start)) from None
    utf16 = _guess_bomless_utf16(raw)
    if utf16:
        try:
            return raw.decode(utf16), utf16
        except UnicodeDecodeError:
            pass
    if b"\x00" in raw:
        raise InputError(path, Problem("file.nul_bytes"))
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _utf8_with_bad_bytes(raw, path, notes)


def _utf8_with_bad_bytes(raw: bytes, path, notes: list[str]) -> tuple[str, str]:
    """Bytes that are not all UTF-8: damaged UTF-8, a codepage, or a mix of the two.

    Each line is judged alone: UTF-8 (valid, with non-ASCII characters), damaged UTF-8 (a
    few bad bytes among many valid characters: a character cut by a scraper or an editor)
    or codepage (mostly bytes that are not UTF-8; a codepage's Arabic or accented letters
    almost never form valid UTF-8 sequences). UTF-8 lines beside codepage lines mean two
    encodings in one file: refused, naming the line where the second one starts (reading
    it all as either one would turn half the text into mojibake). Damaged UTF-8 is read
    with the bad bytes replaced, and the lines are reported.
    """
    utf8_lines: list[int] = []
    damaged: list[int] = []
    codepage: list[int] = []
    for number, line in enumerate(raw.split(b"\n"), 1):
        if line.isascii():
            continue
        decoded = line.decode("utf-8", errors="replace")
        bad = decoded.count("\ufffd") - line.count("\ufffd".encode())
        valid = sum(1 for c in decoded if ord(c) > 0x7F and c != "\ufffd")
        if bad <= 0:
            if valid >= 1:
                utf8_lines.append(number)
        elif valid >= 3 * bad:
            damaged.append(number)
        else:
            codepage.append(number)
    if codepage and (utf8_lines or damaged):
        first_kind = min(utf8_lines + damaged) < codepage[0]
        second = codepage[0] if first_kind else min(utf8_lines + damaged)
        cp_bytes = b"\n".join(raw.split(b"\n")[n - 1] for n in codepage[:200])
        guess = _best_codepage(cp_bytes)[1]
        order = Problem("read.utf8_first" if first_kind else "read.utf8_last")
        raise InputError(path, Problem("read.mixed", order=order, guess=guess, line=second),
                         line=second)
    if codepage:
        return _best_codepage(raw)
    text = raw.decode("utf-8", errors="replace")
    bad, lines = _bad_bytes(raw, "utf-8")
    notes.append(Problem("read.utf8_replaced" if bad > 1 else "read.utf8_replaced_one",
                         count=bad, lines=_line_list(lines)))
    return text, f"utf-8 ({bad} invalid byte{'s' if bad > 1 else ''} replaced)"


def _best_codepage(raw: bytes) -> tuple[str, str]:
    """The candidate codepage whose decoding looks most like real text."""
    best: tuple[float, int, str, str] | None = None
    for rank, name in enumerate(CANDIDATE_ENCODINGS):
        try:
            text = raw.decode(name)
        except UnicodeDecodeError:
            continue
        score = _implausibility(_sample(text), name)
        if best is None or (score, rank) < best[:2]:
            best = (score, rank, text, name)
    assert best is not None  # cp1256 defines all 256 bytes
    return best[2], best[3]


def _guess_bomless_utf16(raw: bytes) -> str | None:
    """UTF-16 without BOM shows NUL bytes on one parity only (spaces, digits, Latin)."""
    if len(raw) < 4 or len(raw) % 2:
        return None
    even = raw[0::2].count(0)
    odd = raw[1::2].count(0)
    half = len(raw) // 2
    # Arabic text has NULs only at spaces, digits and Latin punctuation: a few percent
    if odd > max(2, 0.05 * half) and even <= 0.01 * half:
        return "utf-16-le"
    if even > max(2, 0.05 * half) and odd <= 0.01 * half:
        return "utf-16-be"
    return None


def _sample(text: str, size: int = 50_000) -> str:
    """Head, middle and tail of a long text: the scoring below is per character in
    Python, and three slices are enough to tell a codepage or a binary file."""
    if len(text) <= 3 * size:
        return text
    mid = len(text) // 2
    return "\n".join((text[:size], text[mid:mid + size], text[-size:]))


def _control_share(text: str) -> float:
    bad = sum(1 for ch in text if unicodedata.category(ch) in ("Cc", "Cn", "Co")
              and ch not in "\n\t\f\v")
    return bad / max(1, len(text))


def _implausibility(text: str, encoding: str) -> float:
    """How unlike real text a decoding looks; lower is better.

    Wrong codepages show as: control or unassigned characters (C1 controls from ISO
    decodings of Windows bytes), words mixing Arabic and Latin letters (ISO-8859-6 read as
    cp1256 puts à, ç, è inside Arabic words), symbols between letters (Polish ł read as
    cp1252 gives "³"), and Latin "words" made mostly of accented capitals and lowercase in
    a jumble (Arabic cp1256 read as cp1252: "ÇáÝÑíÞ").
    """
    penalty = 0.0
    for ch in text:
        if unicodedata.category(ch) in ("Cc", "Cn", "Co") and ch not in "\n\t\r\f\v":
            penalty += 10
    for word in re.findall(r"\S+", text):
        letters = [c for c in word if c.isalpha()]
        if not letters:
            continue
        scripts = {_script(c) for c in letters}
        if len(scripts) > 1:
            penalty += 3
        for i, c in enumerate(word):
            if c.isalnum() or c in "'’-.·/":
                continue
            before = i > 0 and word[i - 1].isalpha()
            after = i + 1 < len(word) and word[i + 1].isalpha()
            if before and after:
                penalty += 2  # "za¿ó³æ": punctuation or symbol inside a word
            elif (before or after) and unicodedata.category(c) in ("No", "So", "Sm", "Sc"):
                penalty += 2  # "¾lu", "Pøíli¹": a symbol glued to letters
        latin = [c for c in letters if is_latin_letter(c)]
        if len(latin) >= 3:
            non_ascii = sum(1 for c in latin if ord(c) > 0x7F)
            inner_caps = sum(1 for a, b in zip(word, word[1:]) if a.islower() and b.isupper())
            if non_ascii / len(latin) > 0.6 or inner_caps >= 2:
                penalty += 1
    # A Windows/ISO Arabic codepage that yields no Arabic at all is a less likely story
    # than a Latin one giving the very same text.
    if encoding in ("cp1256", "iso8859-6") and not any(is_arabic_char(c) for c in text):
        penalty += 0.5
    return penalty


# --- languages -------------------------------------------------------------------------

# Language cues: the function words only one of the two languages has ("on", "as", "a"
# are both English and French, so they say nothing).
_EN_WORDS = FUNCTION_WORDS["en"] - FUNCTION_WORDS["fr"]
_FR_WORDS = FUNCTION_WORDS["fr"] - FUNCTION_WORDS["en"]
_FR_ACCENTS = set("éèêëàâçîïôûùœÉÈÊÀÇ")


def script_counts(text: str) -> tuple[int, int]:
    """(Arabic letters, Latin letters) in a text (counted by regex: runs on whole books)."""
    return ARABIC_LETTER_RE.subn("", text)[1], LATIN_LETTER_RE.subn("", text)[1]


def detect_language(text: str) -> str:
    """'ar', 'fr' or 'en' by script, then French vs English by function words and accents.

    Returns '' when the text has no letters at all (the caller must ask the user). Any
    other Latin-script language comes out as 'en' or 'fr': we only claim these three.
    """
    ar, la = script_counts(text)
    if ar == 0 and la == 0:
        return ""
    if ar >= la:
        return "ar"
    words = re.findall(r"[^\W\d_]+", text.lower())
    en = sum(1 for w in words if w in _EN_WORDS)
    fr = sum(1 for w in words if w in _FR_WORDS)
    # an elided article/pronoun (l', d', qu', s') is a strong French cue
    fr += len(re.findall(r"\b(?:l|d|qu|s|n|j|c)['’]\w", text.lower()))
    accents = sum(1 for ch in text if ch in _FR_ACCENTS)
    fr_score = fr + accents / 5
    return "fr" if fr_score > en else "en"


# --- bilingual files -------------------------------------------------------------------

#: A URL slug: words joined by hyphens with no spaces, e.g. a title's Arabic slug that a
#: web scraper glued to the English title. Three pieces or more (see find_slugs for where).
_SLUG_RE = re.compile(r"[^\W_]+(?:-[^\W_]+){2,}")


def find_slugs(text: str) -> list[tuple[int, int]]:
    """Spans of URL slugs in a text: a hyphen-joined token that ends its line and is
    written in the other script than the rest of the line ("...opens.محطة-ري-جديدة"), or a
    line that is nothing but such a token of four pieces or more. A hyphenated word inside
    a sentence ("c'est-à-dire", "l'arc-en-ciel", "mother-in-law") is never one: it has the
    sentence's script and rarely ends the line."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        if line.count("-") >= 2:  # cheap filter: most lines of a book have no slug
            spans.extend((pos + s, pos + e) for s, e in _line_slugs(line))
        pos += len(line) + 1
    return spans


def _line_slugs(text: str) -> list[tuple[int, int]]:
    stripped = text.rstrip()
    matches = list(_SLUG_RE.finditer(stripped))
    m = matches[-1] if matches else None
    if m is None or m.end() != len(stripped):
        return []  # only a token that ends the line
    s, e = m.start(), m.end()
    # "estuaryعبارة-جديدة-...": the first piece may start with the title's last word
    last = next((_script(c) for c in reversed(stripped) if c.isalpha()), "")
    while s < e and stripped[s].isalpha() and _script(stripped[s]) != last:
        s += 1
    piece_scripts = {_script(c) for c in stripped[s:e] if c.isalpha()}
    if len(piece_scripts) != 1:
        return []
    before = text[:s]
    if not before.strip():
        return [(s, e)] if stripped[s:e].count("-") >= 3 else []
    if not before[-1:].isspace() and before[-1:].isalpha() and \
            _script(before[-1]) in piece_scripts:
        return []  # glued to a letter of its own script: part of a longer word
    ar, la = script_counts(before)
    before_script = "arabic" if ar > la else "latin" if la > ar else ""
    if before_script and before_script not in piece_scripts:
        return [(s, e)]
    return []


def _line_script(line: str) -> str | None:
    """'ar' or 'latin' for a line by majority of letters (slugs ignored); None if no letters."""
    for s, e in reversed(find_slugs(line)):
        line = line[:s] + line[e:]
    ar, la = script_counts(line)
    if ar == la == 0:
        return None
    return "ar" if ar >= la else "latin"


def split_bilingual(text: str) -> list[Block]:
    """Split a file holding an article and its translation into blocks of one language.

    Works on lines (one line = one paragraph in such files): consecutive lines of the same
    script form a block; lines without letters join the block they sit in; a small island
    (under 3 lines and 40 letters) of the other script inside a block is absorbed (a quoted
    name on its own line). Latin blocks get 'en' or 'fr' by `detect_language`. Blocks are
    trimmed of surrounding blank lines.
    """
    lines: list[tuple[int, int, str | None, int]] = []  # start, end, script, letters
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            ar, la = script_counts(line)
            lines.append((pos, end, _line_script(line), ar + la))
        pos = end + 1
    runs: list[list] = []  # [script, start, end, n_lines, letters]
    for start, end, script, letters in lines:
        if runs and (script is None or script == runs[-1][0]):
            runs[-1][2] = end
            runs[-1][3] += 1
            runs[-1][4] += letters
        else:
            runs.append([script, start, end, 1, letters])
    # a leading run without letters belongs to what follows
    if len(runs) > 1 and runs[0][0] is None:
        runs[1][1] = runs[0][1]
        runs.pop(0)
    changed = True
    while changed and len(runs) > 1:
        changed = False
        for i, run in enumerate(runs):
            small = run[3] < 3 and run[4] < 40
            prev_s = runs[i - 1][0] if i > 0 else None
            next_s = runs[i + 1][0] if i + 1 < len(runs) else None
            if small and (prev_s == next_s or prev_s is None or next_s is None):
                if i > 0:
                    runs[i - 1][2] = run[2]
                    runs[i - 1][3] += run[3]
                    runs[i - 1][4] += run[4]
                else:
                    runs[1][1] = run[1]
                runs.pop(i)
                # merge neighbours that are now adjacent and of one script
                if 0 < i < len(runs) and runs[i - 1][0] == runs[i][0]:
                    runs[i - 1][2] = runs[i][2]
                    runs[i - 1][3] += runs[i][3]
                    runs[i - 1][4] += runs[i][4]
                    runs.pop(i)
                changed = True
                break
    blocks = []
    for script, start, end, _, _ in runs:
        lang = "ar" if script == "ar" else (detect_language(text[start:end]) or "en")
        blocks.append(Block(lang, start, end))
    return blocks
