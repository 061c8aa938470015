"""Bilingual word lists for the aligner's lexical score: dictd (FreeDict) and TSV loaders.

Why: sentence pairs that share translated content words are likely aligned, and a free
dictionary is often installed (Debian's dict-freedict-* packages). We keep only content
words (stop words say nothing about alignment), store everything under
`aligner.text.fold.match_key` so lookups ignore case, accents and Arabic spelling
variants, and look Arabic words up without their proclitics (وبالعراق -> العراق).
Parsed dictionaries are cached per process: the aligner may ask for one per bitext.
"""
from __future__ import annotations

import contextlib
import gzip
import hashlib
import json
import os
import re
import tempfile
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from aligner.errors import InputError
from aligner.messages import Problem
from aligner.text import fold as _fold
from aligner.text import tokenize as _tokenize
from aligner.text.fold import FR_ELISION_RE, FUNCTION_WORDS, match_key
from aligner.text.textio import MAX_WHOLE_BYTES, read_whole, regular_file_size
from aligner.text.tokenize import light_stems, stem_candidates

# ---------------------------------------------------------------------------------------
# Stop words: the function words of aligner.text.fold, which carry no alignment signal

STOP_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(match_key(w) for w in words) for lang, words in FUNCTION_WORDS.items()
}


def is_stop_word(word: str, lang: str) -> bool:
    """Is `word` a function word of `lang` (ar, en, fr)?"""
    return match_key(word) in STOP_WORDS.get(lang[:2].lower(), frozenset())


def _content(phrase_key: str, stops: frozenset[str]) -> bool:
    """Does a phrase (already a match key) hold at least one content word?"""
    if " " not in phrase_key:
        return phrase_key not in stops
    return any(w not in stops for w in phrase_key.split())


def _key(text: str) -> str:
    """match_key with inner white space collapsed (phrases from dictionaries)."""
    k = match_key(text)
    return " ".join(k.split()) if (" " in k or k != k.strip() or "\t" in k) else k


# ---------------------------------------------------------------------------------------
# The lexicon


class Lexicon:
    """Translations from `src_lang` words to `tgt_lang` words, with weights in (0, 1].

    Words are stored as match keys (lower case, no diacritics, Arabic letter variants
    folded); `translations` returns target match keys, ready to compare with
    `match_key(token)` of the other side.
    """

    def __init__(self, src_lang: str, tgt_lang: str):
        self.src_lang = src_lang[:2].lower()
        self.tgt_lang = tgt_lang[:2].lower()
        self._entries: dict[str, dict[str, float]] = {}
        self._src_stops = STOP_WORDS.get(self.src_lang, frozenset())
        self._tgt_stops = STOP_WORDS.get(self.tgt_lang, frozenset())

    def __len__(self) -> int:
        """Number of source words (or phrases) with at least one translation."""
        return len(self._entries)

    def __contains__(self, word: str) -> bool:
        return bool(self.translations(word))

    def __repr__(self) -> str:
        return f"Lexicon({self.src_lang}->{self.tgt_lang}, {len(self)} entries)"

    def add(self, src_word: str, tgt_word: str, weight: float = 1.0) -> bool:
        """Add a translation; returns False when it was dropped (empty or a stop word)."""
        src = _key(src_word)
        tgt = _key(tgt_word)
        if not src or not tgt:
            return False
        if not _content(src, self._src_stops) or not _content(tgt, self._tgt_stops):
            return False
        per = self._entries.setdefault(src, {})
        if weight > per.get(tgt, 0.0):
            per[tgt] = float(weight)
        return True

    def items(self) -> Iterator[tuple[str, dict[str, float]]]:
        """(source key, {target key: weight}) pairs."""
        return iter(self._entries.items())

    def _lookup_keys(self, word: str) -> list[str]:
        """The keys to try for `word`: itself, then without clitics / elision / plural."""
        key = _key(word)
        keys = [key]
        if self.src_lang == "ar":
            for stem in stem_candidates(word):
                k = match_key(stem)
                keys.append(k)
                # Dictionaries list nouns with or without the article: try both.
                keys.append(k[2:] if k.startswith("ال") and len(k) >= 4 else "ال" + k)
        else:
            if self.src_lang == "fr":
                m = FR_ELISION_RE.match(word.strip())
                if m:  # l’armée -> armée
                    key = _key(word.strip()[m.end() :])
                    keys.append(key)
            if len(key) > 3 and key[-1] in "sx":
                keys.append(key[:-1])  # a plural the dictionary lists in the singular
        return list(dict.fromkeys(k for k in keys if k))

    def weighted(self, word: str) -> dict[str, float]:
        """{target key: weight} for `word`: the union over its lookup forms.

        The exact form comes first; other forms (without proclitics, with or without the
        article, singular) add their translations at 0.9 of their weight.
        """
        if not self._src_stops.isdisjoint((_key(word),)):
            return {}
        out: dict[str, float] = {}
        for n, key in enumerate(self._lookup_keys(word)):
            hit = self._entries.get(key)
            if not hit:
                continue
            factor = 1.0 if n == 0 else 0.9
            for tgt, w in hit.items():
                if w * factor > out.get(tgt, 0.0):
                    out[tgt] = w * factor
        if not out and self.src_lang == "ar":
            # not listed as written: the first light stem the dictionary knows (أعلنت ->
            # أعلن, قواتها -> قوات), a little less sure than a listed form
            for stem in light_stems(word):
                k = match_key(stem)
                hit = self._entries.get(k) or self._entries.get("ال" + k)
                if hit:
                    return {tgt: w * 0.8 for tgt, w in hit.items()}
        return out

    def translations(self, word: str) -> set[str]:
        """Target match keys translating `word` (empty if unknown or a stop word)."""
        return set(self.weighted(word))

    def translation_words(self, word: str) -> set[str]:
        """Content words of the translations (multi-word translations split, stop words out)."""
        stops = STOP_WORDS.get(self.tgt_lang, frozenset())
        return {w for t in self.translations(word) for w in t.split() if w not in stops}

    def merge(self, other: "Lexicon") -> "Lexicon":
        """Add all of `other`'s entries to this lexicon (keeping the higher weight)."""
        if (other.src_lang, other.tgt_lang) != (self.src_lang, self.tgt_lang):
            raise ValueError(
                f"cannot merge {other.src_lang}->{other.tgt_lang} into "
                f"{self.src_lang}->{self.tgt_lang}"
            )
        for src, per in other._entries.items():
            mine = self._entries.setdefault(src, {})
            for tgt, w in per.items():
                if w > mine.get(tgt, 0.0):
                    mine[tgt] = w
        return self

    def reverse(self) -> "Lexicon":
        """A new lexicon from `tgt_lang` to `src_lang` with the same pairs."""
        rev = Lexicon(self.tgt_lang, self.src_lang)
        for src, per in self._entries.items():
            for tgt, w in per.items():
                slot = rev._entries.setdefault(tgt, {})
                if w > slot.get(src, 0.0):
                    slot[src] = w
        return rev

    def copy(self) -> "Lexicon":
        new = Lexicon(self.src_lang, self.tgt_lang)
        new._entries = {k: dict(v) for k, v in self._entries.items()}
        return new

    @staticmethod
    def installed(src_lang: str, tgt_lang: str) -> "Lexicon | None":
        """The FreeDict dictionaries installed for this pair (dictd format), or None.

        Looks for freedict-SRC-TGT and freedict-TGT-SRC (reversed) in `dictd_dirs()`
        (/usr/share/dictd unless $DRAGOMAN_DICTD_DIR says otherwise), merging both when
        both are there. The result is cached
        per process; callers get their own copy only if they ask (`copy()`), so do not
        add to it.
        """
        return _installed(src_lang[:2].lower(), tgt_lang[:2].lower())


# ---------------------------------------------------------------------------------------
# Loaders


def _decode(raw: bytes, path: Path) -> str:
    if b"\x00" in raw[:8192] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(path, "binary file, not a text dictionary")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(path, "not valid UTF-8 text (save it as UTF-8)", line) from None


def load_tsv(path: str | Path, src_lang: str, tgt_lang: str) -> Lexicon:
    """Read `source<TAB>target[<TAB>weight]` lines; '#' starts a comment line.

    A line without a tab, with an empty side, or with a bad weight is an InputError naming
    the file and the line.
    """
    path = Path(path)
    text = _decode(read_whole(path), path)
    lex = Lexicon(src_lang, tgt_lang)
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 2:
            raise InputError(path, "expected 'source<TAB>target', found no tab", n)
        if len(parts) > 3:
            raise InputError(path, f"expected 2 or 3 tab-separated columns, found {len(parts)}", n)
        src, tgt = parts[0].strip(), parts[1].strip()
        if not src or not tgt:
            raise InputError(path, "empty source or target word", n)
        weight = 1.0
        if len(parts) == 3 and parts[2].strip():
            try:
                weight = float(parts[2])
            except ValueError:
                raise InputError(path, f"weight {parts[2].strip()!r} is not a number", n) from None
            if not 0.0 < weight <= 1.0:
                raise InputError(path, f"weight {weight} is not in (0, 1]", n)
        lex.add(src, tgt, weight)
    return lex


_B64 = {c: i for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")}


def _b64_number(s: str) -> int:
    """dictd's index numbers: base64 digits, most significant first, no padding."""
    n = 0
    for ch in s:
        n = n * 64 + _B64[ch]
    return n


def _read_dict_data(base: Path) -> bytes:
    plain = base.with_name(base.name + ".dict")
    packed = base.with_name(base.name + ".dict.dz")
    try:
        if plain.is_file():
            return read_whole(plain)
        if packed.is_file():
            # dictzip is gzip with an extra header field: the gzip module reads it whole,
            # up to the same limit (a small .dz can unpack to gigabytes)
            regular_file_size(packed)
            with gzip.open(packed, "rb") as fh:
                data = fh.read(MAX_WHOLE_BYTES + 1)
            if len(data) > MAX_WHOLE_BYTES:
                raise InputError(packed, Problem("file.grew_too_large",
                                                 limit=f"{MAX_WHOLE_BYTES / 2**20:.0f}"))
            return data
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(packed, f"damaged dictionary data: {exc}") from None
    raise InputError(plain, "missing dictionary data (.dict or .dict.dz)")


def _iter_index(index: Path) -> Iterator[tuple[int, str, int, int]]:
    text = _decode(read_whole(index), index)
    for n, line in enumerate(text.split("\n"), 1):
        if not line:
            continue
        parts = line.split("\t")
        if len(parts) < 3:
            raise InputError(index, "expected 'headword<TAB>offset<TAB>length'", n)
        try:
            offset, length = _b64_number(parts[1]), _b64_number(parts[2])
        except KeyError:
            raise InputError(index, "offset or length is not dictd base64", n) from None
        yield n, parts[0], offset, length


_NUMBERED = re.compile(r"^\s*\d+\.\s*")
_PARENS = re.compile(r"\([^)]*\)|\[[^\]]*\]|<[^>]*>|\{[^}]*\}")
_SPLIT = re.compile(r"[,;،؛]")


def _headword(line: str) -> str:
    # "headword /pronunciation/ <pos>": the pronunciation may hold spaces.
    cut = line.find(" /")
    if cut > 0:
        line = line[:cut]
    return _PARENS.sub(" ", line).strip()


def _translations(lines: Iterable[str]) -> Iterator[tuple[int, str]]:
    """(sense rank, translation) from an entry's lines after the headword."""
    rank = 0
    for line in lines:
        if not line or line.isspace():
            continue
        if line[0].isdigit():
            m = _NUMBERED.match(line)
            if m:
                rank = int(m.group().strip().rstrip("."))
                line = line[m.end() :]
        rank = rank or 1
        if "::" in line:
            line = line.replace("::", " ")
        if " - " in line:
            line = line.split(" - ")[0]  # "أديس أبابا - عاصمة أثيوبيا": the gloss is no translation
        if "(" in line or "[" in line or "<" in line or "{" in line:
            line = _PARENS.sub(" ", line)
        for piece in _SPLIT.split(line):
            piece = piece.strip(" .:!?\"'")
            if piece:
                yield rank, piece


def load_dictd(base_path: str | Path, src_lang: str, tgt_lang: str) -> Lexicon:
    """Load a dictd database: `base_path`.index plus `base_path`.dict or .dict.dz.

    The FreeDict layout: each entry starts with the headword line (with pronunciation and
    part of speech), then one translation a line, numbered when there are several; a line
    may list synonyms separated by commas. Later senses get a lower weight.
    """
    base = Path(base_path)
    for suffix in (".index", ".dict.dz", ".dict"):
        if base.name.endswith(suffix):
            base = base.with_name(base.name[: -len(suffix)])
    index = base.with_name(base.name + ".index")
    if not index.is_file():
        raise InputError(index, "missing dictionary index (.index)")
    data = _read_dict_data(base)
    lex = Lexicon(src_lang, tgt_lang)
    entries = lex._entries
    # Dictionaries repeat words a lot (the same translation under many headwords): key
    # each distinct string once. A stop word's key is "" so it is skipped like an empty one.
    src_keys: dict[str, str] = {}
    tgt_keys: dict[str, str] = {}

    def keyed(text: str, cache: dict[str, str], stops: frozenset[str]) -> str:
        k = cache.get(text)
        if k is None:
            k = _key(text)
            if not _content(k, stops):
                k = ""
            cache[text] = k
        return k

    size = len(data)
    for n, head, offset, length in _iter_index(index):
        if head.startswith("00database") or head.startswith("00-database"):
            continue  # dictd's own metadata entries
        if offset + length > size:
            raise InputError(index, f"entry {head!r} points past the end of the data", n)
        try:
            entry = data[offset : offset + length].decode("utf-8")
        except UnicodeDecodeError:
            raise InputError(index, f"entry {head!r} is not valid UTF-8", n) from None
        lines = entry.split("\n")
        src = keyed(_headword(lines[0]) or head.strip(), src_keys, lex._src_stops)
        if not src:
            continue
        for rank, tgt_text in _translations(lines[1:]):
            tgt = keyed(tgt_text, tgt_keys, lex._tgt_stops)
            if not tgt:
                continue
            weight = 1.0 / (1.0 + 0.1 * (rank - 1))
            per = entries.get(src)
            if per is None:
                per = entries[src] = {}
            if weight > per.get(tgt, 0.0):
                per[tgt] = weight
    return lex


# ---------------------------------------------------------------------------------------
# Installed dictionaries

_ISO3 = {"ar": "ara", "en": "eng", "fr": "fra", "de": "deu", "es": "spa", "it": "ita"}
_CACHE: dict[tuple[str, str, str], Lexicon] = {}


SYSTEM_DICTD_DIRS = (Path("/usr/share/dictd"), Path("/usr/local/share/dictd"))
DICTD_DIR_ENV = "DRAGOMAN_DICTD_DIR"


def dictd_dirs() -> list[Path]:
    """The folders searched for installed dictionaries, in order.

    By default the system's dictd folders. $DRAGOMAN_DICTD_DIR, when set, replaces them: one
    folder or several separated by os.pathsep, or "none" (or empty) for no dictionary at all.
    Replacing rather than adding lets a test, a benchmark or a user say exactly which
    dictionary the aligner reads.
    """
    value = os.environ.get(DICTD_DIR_ENV)
    if value is None:
        return list(SYSTEM_DICTD_DIRS)
    if value.strip().lower() in ("", "none"):
        return []
    return [Path(part) for part in value.split(os.pathsep) if part]


def _find(name: str) -> Path | None:
    for d in dictd_dirs():
        base = d / name
        if (d / (name + ".index")).is_file() and (
            (d / (name + ".dict.dz")).is_file() or (d / (name + ".dict")).is_file()
        ):
            return base
    return None


def _stamp(base: Path | None) -> list | None:
    """What identifies a dictd database's content: its files' names, sizes and times."""
    if base is None:
        return None
    out: list = [str(base)]
    for suffix in (".index", ".dict", ".dict.dz"):
        f = base.with_name(base.name + suffix)
        if f.is_file():
            st = f.stat()
            out.append([suffix, st.st_size, st.st_mtime_ns])
    return out


def _cache_dir() -> Path:
    if os.environ.get("DRAGOMAN_CACHE_DIR"):
        return Path(os.environ["DRAGOMAN_CACHE_DIR"])
    root = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(root) / "dragoman"


def _code_version() -> str:
    """Changes when the parsing or keying code changes, so old disk caches are not used."""
    h = hashlib.sha256()
    for mod in (__file__, _tokenize.__file__, _fold.__file__):
        h.update(Path(mod).read_bytes())
    return h.hexdigest()[:16]


def _disk_cache_path(src: str, tgt: str, stamps: list) -> Path:
    ident = json.dumps([src, tgt, stamps, _code_version()], ensure_ascii=True)
    digest = hashlib.sha256(ident.encode()).hexdigest()[:24]
    return _cache_dir() / f"lexicon-{src}-{tgt}-{digest}.json"


def _read_disk_cache(path: Path, src: str, tgt: str) -> Lexicon | None:
    """The parsed lexicon saved by an earlier run, or None (absent, unreadable, damaged)."""
    try:
        entries = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(entries, dict) or not all(isinstance(v, dict) for v in entries.values()):
        return None
    lex = Lexicon(src, tgt)
    lex._entries = entries
    return lex


def _write_disk_cache(path: Path, lex: Lexicon) -> None:
    """Save the parsed lexicon (parsing takes about a second; reading this, 0.1 s).

    Written to a temporary file then renamed, so a reader never sees half a file; any
    failure (read-only home, full disk) only means the next run parses again.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".lexicon-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(json.dumps(lex._entries, ensure_ascii=False, separators=(",", ":")).encode())
            os.replace(tmp, path)
            # caches of older code or dictionary versions for this pair are never read again
            for stale in path.parent.glob(path.name.rsplit("-", 1)[0] + "-*.json"):
                if stale != path:
                    with contextlib.suppress(OSError):
                        stale.unlink()
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except OSError:
        pass


def _installed(src: str, tgt: str) -> Lexicon | None:
    s3, t3 = _ISO3.get(src, src), _ISO3.get(tgt, tgt)
    forward = _find(f"freedict-{s3}-{t3}")
    backward = _find(f"freedict-{t3}-{s3}")
    if forward is None and backward is None:
        return None
    stamps = [_stamp(forward), _stamp(backward)]
    key = (src, tgt, json.dumps(stamps))
    if key in _CACHE:
        return _CACHE[key]
    mirror = _CACHE.get((tgt, src, json.dumps(stamps[::-1])))
    if mirror is not None:
        # The other direction is built from the same two files: reversing it is quicker.
        reversed_lex = _CACHE[key] = mirror.reverse()
        return reversed_lex
    disk = _disk_cache_path(src, tgt, stamps)
    lex = _read_disk_cache(disk, src, tgt)
    if lex is None:
        if forward:
            lex = load_dictd(forward, src, tgt)
        if backward:
            rev = load_dictd(backward, tgt, src).reverse()
            lex = rev if lex is None else lex.merge(rev)
        assert lex is not None
        _write_disk_cache(disk, lex)
    _CACHE[key] = lex
    return lex
