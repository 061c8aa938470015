"""The corpus file: one SQLite database holding documents, segments, bitexts, beads,
entities and the name glossary.

Why SQLite: one file the user can copy, atomic transactions (a crash leaves the file as it
was before or after a change, never between), and fast indexed reads of 100k beads.

Every public mutating method runs in its own transaction (or joins the one opened with
`transaction()`), so a crash leaves the file as it was before or after a change.

File guards (see `Corpus.open`):
- PRAGMA application_id marks our files; user_version is the schema version, upgraded by
  `aligner.schema.MIGRATIONS` in one transaction. A file from a newer Dragoman is refused
  before anything touches it.
- The writer lock is an OS lock (fcntl.flock / msvcrt.locking) on a sidecar file
  `<corpus>.lock`. Why a sidecar and not SQLite's own EXCLUSIVE locking mode: an exclusive
  SQLite lock also shuts out readers (with WAL it even keeps the WAL index in private
  memory), whereas the sidecar lets a second process open the corpus read-only while the
  writer works, and the OS drops the lock when the writing process dies, so a crash never
  leaves a stale lock. The lock file holds the writer's pid for the error message.
- Journal mode WAL, synchronous=NORMAL: a killed process loses nothing committed; a power
  cut may lose the last commits but never corrupts the file. Foreign keys are on.

Bead invariants (checked by `check_bitext`): beads are numbered 0..n-1; on each side their
ranges are increasing and do not overlap; a segment not covered by any bead must be
excluded (or the bitext has no beads yet). Bead-changing methods check this for the range
they change and refuse (CorpusChangeError) anything that would break it.
"""
from __future__ import annotations

import json
import os
import socket
import sqlite3
import threading
import uuid
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from aligner.errors import DragomanError
from aligner.model import Bead, BeadSpan, BeadStatus, Bitext, Document, Entity, NameEntry, Segment
from aligner.schema import MIGRATIONS, REQUIRED_TABLES

SCHEMA_VERSION = len(MIGRATIONS)
APPLICATION_ID = 0x4452474D  # "DRGM", in PRAGMA application_id
SUFFIX = ".dragoman"

_SQLITE_MAGIC = b"SQLite format 3\x00"
_STATUS = {s.value: s for s in BeadStatus}
_BATCH = 5000  # rows per chunk when streaming


class CorpusError(DragomanError):
    """A corpus file problem the user must see; str() names the file and the problem."""

    def __init__(self, path: str | Path, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class NotACorpusError(CorpusError):
    """Not a SQLite file, not a Dragoman corpus, or truncated/corrupt."""


class CorpusVersionError(CorpusError):
    """Written by a newer Dragoman (schema version above SCHEMA_VERSION)."""


class CorpusLockedError(CorpusError):
    """Another Dragoman process holds the write lock on this corpus."""


class ReadOnlyError(CorpusError):
    """A change was attempted on a corpus opened read-only."""


class CorpusChangeError(CorpusError):
    """A change refused because it would break the corpus rules (nothing was changed)."""


def now_iso() -> str:
    """UTC time stamp as stored in the file (ISO 8601, seconds, 'Z')."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def map_spans(spans: Iterable[BeadSpan], src_positions: Sequence[int],
              tgt_positions: Sequence[int]) -> list[BeadSpan]:
    """Turn spans over filtered sentence lists into spans over segment positions.

    An aligner that skips excluded segments aligns lists whose i-th item is segment
    `src_positions[i]`; this maps its result back so `replace_beads` (offsets 0) can store
    it. Excluded segments between two beads stay uncovered, which the invariants allow.
    """
    def side(lo: int, hi: int, positions: Sequence[int]) -> tuple[int, int]:
        if hi > lo:
            return positions[lo], positions[hi - 1] + 1
        # empty side: place it just after the previous aligned sentence
        at = positions[lo - 1] + 1 if lo > 0 else (positions[0] if positions else 0)
        return at, at

    out = []
    for span in spans:
        s0, s1 = side(span.src_start, span.src_end, src_positions)
        t0, t1 = side(span.tgt_start, span.tgt_end, tgt_positions)
        out.append(BeadSpan(s0, s1, t0, t1, span.score))
    return out


# --- the writer lock ---------------------------------------------------------------------

class _WriterLock:
    """Exclusive, non-blocking OS lock on `<corpus>.lock`; released when the process dies."""

    def __init__(self, corpus_path: Path):
        self.path = corpus_path.with_name(corpus_path.name + ".lock")
        self.fd: int | None = None

    def acquire(self, corpus_path: Path) -> None:
        for _ in range(20):  # retry only if the lock file was replaced under us
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as exc:
                raise CorpusError(corpus_path, f"cannot create the lock file {self.path.name}: "
                                  f"{exc.strerror}") from None
            if not self._try_lock(fd):
                holder = self._holder(fd)
                os.close(fd)
                raise CorpusLockedError(
                    corpus_path, f"is open for writing in another Dragoman window or process"
                    f"{holder}; close it there, or open this corpus read-only")
            if os.name != "nt":
                # the previous holder may have unlinked the lock file between our open()
                # and flock(): then we locked an orphan inode and must try again
                try:
                    same = os.path.samestat(os.fstat(fd), os.stat(self.path))
                except FileNotFoundError:
                    same = False
                if not same:
                    os.close(fd)
                    continue
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()} {socket.gethostname()}\n".encode())
            self.fd = fd
            return
        raise CorpusLockedError(corpus_path, "could not take the writer lock (lock file keeps changing)")

    @staticmethod
    def _try_lock(fd: int) -> bool:
        if os.name == "nt":  # pragma: no cover - Windows
            import msvcrt
            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
                return True
            except OSError:
                return False
        import fcntl
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    @staticmethod
    def _holder(fd: int) -> str:
        try:
            words = os.pread(fd, 200, 0).decode(errors="replace").split()
        except (OSError, AttributeError):
            return ""
        if len(words) >= 2 and words[1] != socket.gethostname():
            return f" (pid {words[0]} on {words[1]})"
        return f" (pid {words[0]})" if words else ""

    def release(self) -> None:
        if self.fd is None:
            return
        if os.name != "nt":
            # unlink while still holding the lock, so nobody can lock the old inode after us
            try:
                os.unlink(self.path)
            except OSError:
                pass
        os.close(self.fd)
        self.fd = None


# --- checks done before SQLite touches a file ----------------------------------------------

def _precheck(path: Path) -> None:
    """Refuse non-corpus and newer-version files by reading bytes only (nothing written)."""
    if not path.exists():
        raise CorpusError(path, "no such corpus file")
    if path.is_dir():
        raise CorpusError(path, "is a folder, not a corpus file")
    try:
        with open(path, "rb") as fh:
            header = fh.read(100)
        size = path.stat().st_size
    except OSError as exc:
        raise CorpusError(path, f"cannot read the file: {exc.strerror}") from None
    if not header:
        raise NotACorpusError(path, "is an empty file, not a Dragoman corpus")
    if not header.startswith(_SQLITE_MAGIC):
        raise NotACorpusError(path, "is not a Dragoman corpus (not a SQLite database file)")
    if len(header) < 100:
        raise NotACorpusError(path, "is truncated (shorter than a database header)")
    app_id = int.from_bytes(header[68:72], "big")
    if app_id != APPLICATION_ID:
        raise NotACorpusError(path, "is a SQLite database but not a Dragoman corpus")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    header_size_valid = header[24:28] == header[92:96] and pages > 0
    wal = path.with_name(path.name + "-wal")
    has_wal = wal.exists() and wal.stat().st_size > 0
    # With a non-empty WAL, SQLite finishes an interrupted checkpoint itself: only a file
    # without one must be as long as its header says.
    if (not has_wal and header_size_valid and page_size >= 512
            and size < page_size * pages):
        raise NotACorpusError(path, f"is truncated or damaged ({size} bytes, "
                              f"{page_size * pages} expected)")
    if not has_wal:
        version = int.from_bytes(header[60:64], "big")
        _check_version(path, version)


def _check_version(path: Path, version: int) -> None:
    if version > SCHEMA_VERSION:
        raise CorpusVersionError(
            path, f"was written by a newer Dragoman (corpus format {version}; this version "
            f"reads up to format {SCHEMA_VERSION}); update Dragoman to open it")


def _uri(path: Path, mode: str) -> str:
    return f"{path.resolve().as_uri()}?mode={mode}"


# --- the corpus ------------------------------------------------------------------------

class Corpus:
    """An open corpus file. Use `Corpus.create(path)` / `Corpus.open(path)`.

    One Corpus object is meant to be used by one thread at a time (the GUI thread, or a
    worker while the GUI waits); a worker that must read in parallel opens its own
    read-only Corpus.
    """

    path: Path
    read_only: bool

    def __init__(self, path: Path, conn: sqlite3.Connection, read_only: bool,
                 lock: _WriterLock | None):
        """Private: use create() or open()."""
        self.path = path
        self.read_only = read_only
        self._conn = conn
        self._lock = lock
        self._depth = 0  # transaction nesting level
        self._mutex = threading.RLock()

    # --- life cycle -------------------------------------------------------------------
    @classmethod
    def create(cls, path: str | Path) -> "Corpus":
        """Create a new corpus file (error if the path exists and is not empty)."""
        path = Path(path)
        if path.is_dir():
            raise CorpusError(path, "is a folder, not a corpus file")
        if not path.parent.is_dir():
            raise CorpusError(path, f"cannot create: folder {path.parent} does not exist")
        lock = _WriterLock(path)
        lock.acquire(path)
        try:
            if path.exists() and path.stat().st_size > 0:
                raise CorpusError(path, "already exists; open it, or choose another name")
            # Build the file under a temporary name and rename it into place, so a crash
            # during creation never leaves a half-made corpus under the user's name.
            tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            try:
                conn = sqlite3.connect(str(tmp), isolation_level=None)
                try:
                    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                    conn.execute("BEGIN IMMEDIATE")
                    for migration in MIGRATIONS:
                        migration(conn)
                    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                    conn.executemany("INSERT INTO meta(key, value) VALUES (?, ?)",
                                     [("created_at", now_iso()), ("creator", _creator()),
                                      ("file_id", uuid.uuid4().hex)])
                    conn.execute("COMMIT")
                    conn.execute("PRAGMA journal_mode = WAL")
                finally:
                    conn.close()
                os.replace(tmp, path)
            except OSError as exc:
                raise CorpusError(path, f"cannot create the file: {exc.strerror}") from None
            except sqlite3.Error as exc:
                raise CorpusError(path, f"cannot create the file: {exc}") from None
            finally:
                if tmp.exists():
                    tmp.unlink()
            return cls._connect(path, read_only=False, lock=lock)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False, create: bool = False) -> "Corpus":
        """Open an existing corpus. Missing file -> CorpusError (unless create=True).

        read_only=False takes an exclusive writer lock held for the life of the object;
        if another process holds it -> CorpusLockedError (the caller may retry read-only).
        Newer schema -> CorpusVersionError; not a corpus -> NotACorpusError. The file is
        never modified by a failed open. Opening an older format for writing upgrades it.
        """
        path = Path(path)
        if create and not read_only and (not path.exists() or path.stat().st_size == 0):
            return cls.create(path)
        _precheck(path)
        if read_only:
            return cls._connect(path, read_only=True, lock=None)
        lock = _WriterLock(path)
        lock.acquire(path)
        try:
            return cls._connect(path, read_only=False, lock=lock)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _connect(cls, path: Path, *, read_only: bool, lock: _WriterLock | None) -> "Corpus":
        # Validate through a read-only connection first: closing a read-write connection
        # checkpoints a pending WAL into the file, which a refused file must never see.
        conn = cls._sqlite(path, "ro")
        try:
            version = cls._validate(path, conn, read_only)
        except BaseException:
            conn.close()
            raise
        if read_only:
            return cls(path, conn, True, None)
        conn.close()
        conn = cls._sqlite(path, "rw")
        try:
            if version < SCHEMA_VERSION:
                cls._migrate(conn, version)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise CorpusError(path, f"cannot open for writing: {exc}") from None
        except BaseException:
            conn.close()
            raise
        return cls(path, conn, False, lock)

    @staticmethod
    def _sqlite(path: Path, mode: str) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(_uri(path, mode), uri=True, isolation_level=None,
                                   check_same_thread=False)
            conn.execute("PRAGMA busy_timeout = 5000")
            conn.execute("PRAGMA foreign_keys = ON")
            return conn
        except sqlite3.Error as exc:
            raise CorpusError(path, f"cannot open the file: {exc}") from None

    @staticmethod
    def _validate(path: Path, conn: sqlite3.Connection, read_only: bool) -> int:
        """The file's schema version, or the error that says why it cannot be opened."""
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            if app_id != APPLICATION_ID:
                raise NotACorpusError(path, "is a SQLite database but not a Dragoman corpus")
            _check_version(path, version)
            if version < 1:
                raise NotACorpusError(path, "is not a Dragoman corpus (no schema version)")
            tables = {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            missing = REQUIRED_TABLES[version] - tables
            if missing:
                raise NotACorpusError(path, "is damaged: tables missing: "
                                      + ", ".join(sorted(missing)))
            if version < SCHEMA_VERSION and read_only:
                raise CorpusVersionError(
                    path, f"uses the older corpus format {version}; open it once for writing "
                    "to upgrade it")
            # touch the data so a damaged file fails here, not at the first read
            conn.execute("SELECT count(*) FROM bitexts").fetchone()
            return version
        except sqlite3.DatabaseError as exc:
            if "unable to open" in str(exc):
                raise CorpusError(path, f"cannot open the file: {exc}") from None
            raise NotACorpusError(path, f"is damaged or not a Dragoman corpus ({exc})") from None

    @staticmethod
    def _migrate(conn: sqlite3.Connection, version: int) -> None:
        conn.execute("BEGIN IMMEDIATE")
        try:
            for v in range(version, SCHEMA_VERSION):
                MIGRATIONS[v](conn)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('upgraded_at', ?)",
                         (now_iso(),))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def close(self) -> None:
        with self._mutex:
            if self._conn is None:
                return
            try:
                self._conn.close()
            finally:
                self._conn = None  # type: ignore[assignment]
                if self._lock is not None:
                    self._lock.release()
                    self._lock = None

    @property
    def closed(self) -> bool:
        return self._conn is None

    def __enter__(self) -> "Corpus":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __del__(self) -> None:  # a forgotten corpus still frees its lock
        try:
            self.close()
        except Exception:
            pass

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group several changes into one atomic transaction (nests: inner ones join).

        An inner block that raises is rolled back to its start (a savepoint) and the error
        propagates; if the outer block lets it through, everything is rolled back.
        """
        self._writable()
        with self._mutex:
            conn = self._db()
            depth = self._depth
            conn.execute("BEGIN IMMEDIATE" if depth == 0 else f"SAVEPOINT sp{depth}")
            self._depth += 1
            try:
                yield
            except BaseException:
                self._depth -= 1
                # SQLite may already have rolled back by itself (disk full, I/O error)
                if conn.in_transaction:
                    if depth == 0:
                        conn.execute("ROLLBACK")
                    else:
                        conn.execute(f"ROLLBACK TO sp{depth}")
                        conn.execute(f"RELEASE sp{depth}")
                raise
            self._depth -= 1
            conn.execute("COMMIT" if depth == 0 else f"RELEASE sp{depth}")

    # --- helpers -------------------------------------------------------------------------
    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            raise CorpusError(self.path, "the corpus is closed")
        return self._conn

    def _writable(self) -> None:
        if self.read_only:
            raise ReadOnlyError(self.path, "is open read-only; changes are not allowed")
        self._db()

    def _q(self, sql: str, args: Sequence = ()) -> list[tuple]:
        with self._mutex:
            try:
                return self._db().execute(sql, args).fetchall()
            except sqlite3.DatabaseError as exc:
                raise CorpusError(self.path, f"cannot read: {exc}") from None

    def _x(self, sql: str, args: Sequence = ()) -> sqlite3.Cursor:
        """Execute inside the current transaction (callers hold one)."""
        try:
            return self._db().execute(sql, args)
        except sqlite3.IntegrityError as exc:
            raise CorpusChangeError(self.path, f"change refused: {exc}") from None
        except UnicodeEncodeError as exc:
            raise CorpusChangeError(self.path, f"text cannot be stored: {exc.reason}") from None

    def _xm(self, sql: str, rows: Iterable[Sequence]) -> None:
        try:
            self._db().executemany(sql, rows)
        except sqlite3.IntegrityError as exc:
            raise CorpusChangeError(self.path, f"change refused: {exc}") from None
        except UnicodeEncodeError as exc:
            raise CorpusChangeError(self.path, f"text cannot be stored: {exc.reason}") from None

    def _missing(self, what: str, ident: object) -> CorpusError:
        return CorpusError(self.path, f"no {what} with id {ident}")

    def _shift(self, table: str, key: str, key_value: int, after: int, delta: int) -> None:
        """Add `delta` to `position` of rows with position >= after (one UPDATE: the
        position indexes are not UNIQUE for this reason)."""
        if delta:
            self._x(f"UPDATE {table} SET position = position + ? WHERE {key} = ? AND position >= ?",
                    (delta, key_value, after))

    # --- meta and settings -------------------------------------------------------------
    def meta(self) -> dict[str, str]:
        """Facts about the file: created_at, creator, upgraded_at."""
        return dict(self._q("SELECT key, value FROM meta"))

    @property
    def created_at(self) -> str:
        return self.meta().get("created_at", "")

    @property
    def file_id(self) -> str:
        """What tells this file from another one made later under the same name (a random
        id set at creation; files made before it existed fall back to created_at)."""
        meta = self.meta()
        return meta.get("file_id") or meta.get("created_at", "")

    @property
    def schema_version(self) -> int:
        return self._q("PRAGMA user_version")[0][0]

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        rows = self._q("SELECT value FROM settings WHERE key = ?", (key,))
        return rows[0][0] if rows else default

    def set_setting(self, key: str, value: str | None) -> None:
        """Store a small string (None deletes it); e.g. the GUI's last position per bitext."""
        with self.transaction():
            if value is None:
                self._x("DELETE FROM settings WHERE key = ?", (key,))
            else:
                self._x("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)",
                        (key, str(value)))

    # --- documents and segments --------------------------------------------------------
    def add_document(self, doc: Document, segments: Sequence[Segment]) -> int:
        """Store a document and its segments (their doc_id/position/id are assigned here,
        on the objects passed in too)."""
        if not doc.lang:
            raise CorpusChangeError(self.path, "a document needs a language code")
        n = len(doc.text)
        for i, seg in enumerate(segments):
            if not (0 <= seg.start <= seg.end <= n):
                raise CorpusChangeError(
                    self.path, f"segment {i} of '{doc.title}' has offsets {seg.start}-{seg.end} "
                    f"outside the text (length {n})")
        with self.transaction():
            cur = self._x(
                "INSERT INTO documents(lang, title, text, source_name, encoding, checksum, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (doc.lang, doc.title, doc.text, doc.source_name, doc.encoding, doc.checksum,
                 now_iso()))
            doc_id = cur.lastrowid
            self._xm(
                "INSERT INTO segments(doc_id, position, paragraph, start, \"end\", text, "
                "excluded, exclude_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                ((doc_id, i, s.paragraph, s.start, s.end, s.text, int(s.excluded),
                  s.exclude_reason) for i, s in enumerate(segments)))
            ids = [r[0] for r in self._x(
                "SELECT id FROM segments WHERE doc_id = ? ORDER BY position", (doc_id,))]
        doc.id = doc_id
        for i, (seg, seg_id) in enumerate(zip(segments, ids)):
            seg.id, seg.doc_id, seg.position = seg_id, doc_id, i
        return doc_id

    _DOC_COLS = "id, lang, title, text, source_name, encoding, checksum"

    def documents(self) -> list[Document]:
        return [Document(*r) for r in self._q(f"SELECT {self._DOC_COLS} FROM documents ORDER BY id")]

    def find_document(self, checksum: str, lang: str, text: str) -> int | None:
        """Id of a stored document with these bytes, language and text, if any (imports
        reuse it instead of storing the same text twice)."""
        rows = self._q("SELECT id FROM documents WHERE checksum = ? AND lang = ? AND text = ? "
                       "ORDER BY id LIMIT 1", (checksum, lang, text))
        return rows[0][0] if rows else None

    def document(self, doc_id: int) -> Document:
        rows = self._q(f"SELECT {self._DOC_COLS} FROM documents WHERE id = ?", (doc_id,))
        if not rows:
            raise self._missing("document", doc_id)
        return Document(*rows[0])

    def delete_document(self, doc_id: int) -> None:
        """Remove a document, its segments, and every bitext it takes part in."""
        with self.transaction():
            self.document(doc_id)
            self._x("DELETE FROM documents WHERE id = ?", (doc_id,))

    _SEG_COLS = 'id, doc_id, position, paragraph, start, "end", text, excluded, exclude_reason'

    @staticmethod
    def _seg(r: tuple) -> Segment:
        return Segment(r[0], r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7]), r[8])

    def segments(self, doc_id: int) -> list[Segment]:
        """All segments of a document in order (excluded ones included)."""
        return [self._seg(r) for r in self._q(
            f"SELECT {self._SEG_COLS} FROM segments WHERE doc_id = ? ORDER BY position", (doc_id,))]

    def segment(self, segment_id: int) -> Segment:
        rows = self._q(f"SELECT {self._SEG_COLS} FROM segments WHERE id = ?", (segment_id,))
        if not rows:
            raise self._missing("segment", segment_id)
        return self._seg(rows[0])

    def segment_at(self, doc_id: int, position: int) -> Segment:
        rows = self._q(f"SELECT {self._SEG_COLS} FROM segments WHERE doc_id = ? AND position = ?",
                       (doc_id, position))
        if not rows:
            raise CorpusError(self.path, f"document {doc_id} has no segment {position}")
        return self._seg(rows[0])

    def doc_segment_count(self, doc_id: int) -> int:
        return self._q("SELECT count(*) FROM segments WHERE doc_id = ?", (doc_id,))[0][0]

    def set_segment_text(self, segment_id: int, text: str) -> None:
        with self.transaction():
            self.segment(segment_id)
            self._x("UPDATE segments SET text = ? WHERE id = ?", (text, segment_id))

    def set_excluded(self, segment_id: int, excluded: bool, reason: str = "") -> None:
        """Mark a segment as boilerplate (or not). Un-excluding a segment that no bead
        covers is refused: it would leave a sentence out of an aligned bitext."""
        with self.transaction():
            seg = self.segment(segment_id)
            if not excluded and seg.excluded:
                for bitext in self.bitexts_of_document(seg.doc_id):
                    side = "src" if bitext.src_doc_id == seg.doc_id else "tgt"
                    if self.bead_count(bitext.id) and self._bead_covering(
                            bitext.id, side, seg.position) is None:
                        raise CorpusChangeError(
                            self.path, f"sentence {seg.position + 1} is not in any bead of "
                            f"bitext '{bitext.name}'; re-align that part after including it")
            self._x("UPDATE segments SET excluded = ?, exclude_reason = ? WHERE id = ?",
                    (int(excluded), reason if excluded else "", segment_id))

    def restore_segment(self, seg: Segment) -> None:
        """Write every field of an existing segment back (same id and position): undo."""
        with self.transaction():
            cur = self._x(
                'UPDATE segments SET paragraph = ?, start = ?, "end" = ?, text = ?, '
                "excluded = ?, exclude_reason = ? WHERE id = ? AND doc_id = ? AND position = ?",
                (seg.paragraph, seg.start, seg.end, seg.text, int(seg.excluded),
                 seg.exclude_reason, seg.id, seg.doc_id, seg.position))
            if cur.rowcount != 1:
                raise CorpusChangeError(self.path, f"segment {seg.id} is not at position "
                                        f"{seg.position} of document {seg.doc_id}")

    def _bitext_sides(self, doc_id: int) -> list[tuple[int, str]]:
        return [(b.id, "src" if b.src_doc_id == doc_id else "tgt")
                for b in self.bitexts_of_document(doc_id)]

    def _bead_covering(self, bitext_id: int, side: str, position: int) -> int | None:
        rows = self._q(f"SELECT position FROM beads WHERE bitext_id = ? AND {side}_start <= ? "
                       f"AND {side}_end > ?", (bitext_id, position, position))
        return rows[0][0] if rows else None

    def split_segment(self, segment_id: int, offset: int, *, new_id: int | None = None) -> int:
        """Split a segment's text at a code-point offset; returns the new (second) segment id.

        Whitespace at the cut is dropped. Later positions shift by one, and bead ranges in
        every bitext using the document are adjusted so the new segment stays in the same
        bead as the old one (bead status is kept: the pairing did not change). Entities
        after the cut move to the new segment; one across the cut refuses the split.
        `new_id` reuses an id (redo keeps ids stable).
        """
        with self.transaction():
            seg = self.segment(segment_id)
            text = seg.text
            if not 0 <= offset <= len(text):
                raise CorpusChangeError(self.path, f"offset {offset} is outside the sentence "
                                        f"(length {len(text)})")
            left, right = text[:offset].rstrip(), text[offset:]
            lead = len(right) - len(right.lstrip())
            right = right.lstrip()
            for ent in self.entities([segment_id]):
                if ent.start < offset < ent.end:
                    raise CorpusChangeError(self.path, f"cannot split inside the entity "
                                            f"'{text[ent.start:ent.end]}' ({ent.label})")
            # offsets into the document: exact when the sentence text is unedited
            doc_text = self._q("SELECT substr(text, ?, ?) FROM documents WHERE id = ?",
                               (seg.start + 1, seg.end - seg.start, seg.doc_id))[0][0]
            if doc_text == text:
                cut_left, cut_right = seg.start + len(left), seg.start + offset + lead
            else:
                cut_left = cut_right = min(seg.end, seg.start + offset)
            pos = seg.position
            self._shift("segments", "doc_id", seg.doc_id, pos + 1, 1)
            self._x('UPDATE segments SET text = ?, "end" = ? WHERE id = ?',
                    (left, cut_left, segment_id))
            cur = self._x(
                'INSERT INTO segments(id, doc_id, position, paragraph, start, "end", text, '
                "excluded, exclude_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (new_id, seg.doc_id, pos + 1, seg.paragraph, cut_right, seg.end, right,
                 int(seg.excluded), seg.exclude_reason))
            created = cur.lastrowid if new_id is None else new_id
            self._x("UPDATE entities SET segment_id = ?, start = max(start - ?, 0), "
                    "\"end\" = max(\"end\" - ?, 1) WHERE segment_id = ? AND start >= ?",
                    (created, offset + lead, offset + lead, segment_id, offset))
            self._x("UPDATE entities SET start = min(start, ?), \"end\" = min(\"end\", ?) "
                    "WHERE segment_id = ?", (len(left), len(left), segment_id))
            self._move_bead_boundaries(seg.doc_id, pos, +1)
        return created

    def merge_check(self, first_segment_id: int) -> str:
        """Why the segment cannot be merged with the next one ('' when it can)."""
        seg = self.segment(first_segment_id)
        if seg.position + 1 >= self.doc_segment_count(seg.doc_id):
            return f"sentence {seg.position + 1} is the last of its document"
        for bitext_id, side in self._bitext_sides(seg.doc_id):
            a = self._bead_covering(bitext_id, side, seg.position)
            b = self._bead_covering(bitext_id, side, seg.position + 1)
            if a != b:
                name = self.bitext(bitext_id).name
                return (f"sentences {seg.position + 1} and {seg.position + 2} are in different "
                        f"beads of bitext '{name}'; merge or shift the beads first")
        return ""

    def merge_segments(self, first_segment_id: int) -> int:
        """Merge a segment with the next one of its document; returns the removed id.

        Refused (CorpusChangeError) unless both are in the same bead in every bitext of the
        document. Texts are joined with a space; the next one's entities move along.
        """
        with self.transaction():
            problem = self.merge_check(first_segment_id)
            if problem:
                raise CorpusChangeError(self.path, problem)
            a = self.segment(first_segment_id)
            b = self.segment_at(a.doc_id, a.position + 1)
            sep = " " if a.text and b.text else ""
            shift = len(a.text) + len(sep)
            self._x('UPDATE segments SET text = ?, "end" = ?, excluded = ?, exclude_reason = ? '
                    "WHERE id = ?", (a.text + sep + b.text, max(a.end, b.end),
                                     int(a.excluded and b.excluded),
                                     a.exclude_reason if a.excluded and b.excluded else "", a.id))
            self._x('UPDATE entities SET segment_id = ?, start = start + ?, "end" = "end" + ? '
                    "WHERE segment_id = ?", (a.id, shift, shift, b.id))
            self._x("DELETE FROM segments WHERE id = ?", (b.id,))
            self._shift("segments", "doc_id", a.doc_id, a.position + 2, -1)
            self._move_bead_boundaries(a.doc_id, a.position, -1)
        return b.id

    def _move_bead_boundaries(self, doc_id: int, pos: int, delta: int) -> None:
        """The sentence at `pos` of a document was split in two (delta +1) or merged with
        the next one (delta -1): in every bitext using the document, stamp the bead that
        holds it and move each range boundary after it, so the bead keeps both halves."""
        stamp = now_iso()
        for bitext_id, side in self._bitext_sides(doc_id):
            self._x(f"UPDATE beads SET changed_at = ? WHERE bitext_id = ? AND "
                    f"{side}_start <= ? AND {side}_end > ?", (stamp, bitext_id, pos, pos))
            self._x(f"UPDATE beads SET {side}_start = {side}_start + ? * ({side}_start > ?), "
                    f"{side}_end = {side}_end + ? * ({side}_end > ?) WHERE bitext_id = ? AND "
                    f"{side}_end > ?", (delta, pos, delta, pos, bitext_id, pos))

    # --- bitexts and beads -------------------------------------------------------------
    _BITEXT_SQL = ("SELECT b.id, b.src_doc_id, b.tgt_doc_id, b.name, s.lang, t.lang FROM bitexts b "
                   "JOIN documents s ON s.id = b.src_doc_id JOIN documents t ON t.id = b.tgt_doc_id")

    def add_bitext(self, src_doc_id: int, tgt_doc_id: int, name: str = "") -> int:
        """Pair two documents (no beads yet). Name defaults to 'src-tgt' languages."""
        with self.transaction():
            src, tgt = self.document(src_doc_id), self.document(tgt_doc_id)
            if src_doc_id == tgt_doc_id:
                raise CorpusChangeError(self.path, "a bitext needs two different documents")
            if self.find_bitext(src_doc_id, tgt_doc_id) is not None:
                raise CorpusChangeError(self.path, f"documents {src_doc_id} and {tgt_doc_id} "
                                        "are already a bitext")
            name = name or f"{src.title or src.lang} ({src.lang}-{tgt.lang})"
            cur = self._x("INSERT INTO bitexts(src_doc_id, tgt_doc_id, name, created_at) "
                          "VALUES (?, ?, ?, ?)", (src_doc_id, tgt_doc_id, name, now_iso()))
            return cur.lastrowid

    def delete_bitext(self, bitext_id: int) -> None:
        with self.transaction():
            self.bitext(bitext_id)
            self._x("DELETE FROM bitexts WHERE id = ?", (bitext_id,))

    def bitexts(self) -> list[Bitext]:
        return [Bitext(*r) for r in self._q(self._BITEXT_SQL + " ORDER BY b.id")]

    def bitext(self, bitext_id: int) -> Bitext:
        rows = self._q(self._BITEXT_SQL + " WHERE b.id = ?", (bitext_id,))
        if not rows:
            raise self._missing("bitext", bitext_id)
        return Bitext(*rows[0])

    def bitexts_of_document(self, doc_id: int) -> list[Bitext]:
        return [Bitext(*r) for r in self._q(
            self._BITEXT_SQL + " WHERE b.src_doc_id = ? OR b.tgt_doc_id = ? ORDER BY b.id",
            (doc_id, doc_id))]

    def find_bitext(self, src_doc_id: int, tgt_doc_id: int) -> Bitext | None:
        rows = self._q(self._BITEXT_SQL + " WHERE b.src_doc_id = ? AND b.tgt_doc_id = ?",
                       (src_doc_id, tgt_doc_id))
        return Bitext(*rows[0]) if rows else None

    _BEAD_COLS = "id, bitext_id, position, src_start, src_end, tgt_start, tgt_end, score, status, changed_at"

    @staticmethod
    def _bead(r: tuple) -> Bead:
        return Bead(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], _STATUS[r[8]], r[9])

    def beads(self, bitext_id: int, first: int = 0, last: int | None = None) -> list[Bead]:
        """Beads [first, last) of a bitext in order (all by default; one indexed query)."""
        last = (1 << 62) if last is None else last
        rows = self._q(f"SELECT {self._BEAD_COLS} FROM beads WHERE bitext_id = ? AND position >= ? "
                       "AND position < ? ORDER BY position", (bitext_id, first, last))
        bead = self._bead
        return [bead(r) for r in rows]

    def bead(self, bitext_id: int, position: int) -> Bead:
        rows = self.beads(bitext_id, position, position + 1)
        if not rows:
            raise CorpusError(self.path, f"bitext {bitext_id} has no bead {position + 1}")
        return rows[0]

    def bead_count(self, bitext_id: int) -> int:
        return self._q("SELECT count(*) FROM beads WHERE bitext_id = ?", (bitext_id,))[0][0]

    def iter_beads(self, bitext_id: int) -> Iterator[Bead]:
        """Stream the beads in chunks (bounded memory for exports of a million units)."""
        first = 0
        while True:
            chunk = self.beads(bitext_id, first, first + _BATCH)
            yield from chunk
            if len(chunk) < _BATCH:
                return
            first += _BATCH

    def _texts(self, doc_id: int, lo: int, hi: int) -> dict[int, str]:
        return dict(self._q("SELECT position, text FROM segments WHERE doc_id = ? AND "
                            "position >= ? AND position < ? AND excluded = 0",
                            (doc_id, lo, hi)))

    def iter_bead_texts(self, bitext_id: int) -> Iterator[tuple[Bead, str, str]]:
        """Stream (bead, src_text, tgt_text): non-excluded sentence texts joined by a space."""
        bitext = self.bitext(bitext_id)
        first = 0
        while True:
            chunk = self.beads(bitext_id, first, first + _BATCH)
            if chunk:
                src = self._texts(bitext.src_doc_id, chunk[0].src_start, chunk[-1].src_end)
                tgt = self._texts(bitext.tgt_doc_id, chunk[0].tgt_start, chunk[-1].tgt_end)
                for b in chunk:
                    yield (b, " ".join(src[p] for p in range(b.src_start, b.src_end) if p in src),
                           " ".join(tgt[p] for p in range(b.tgt_start, b.tgt_end) if p in tgt))
            if len(chunk) < _BATCH:
                return
            first += _BATCH

    def bead_texts(self, bitext_id: int) -> list[tuple[str, str]]:
        """(src_text, tgt_text) per bead, in order (see iter_bead_texts)."""
        return [(s, t) for _, s, t in self.iter_bead_texts(bitext_id)]

    def _bounds(self, bitext: Bitext, first: int, last: int) -> tuple[int, int, int, int]:
        """Segment ranges the beads [first, last) may use: from the end of the bead before
        to the start of the bead after (whole documents at the ends)."""
        before = self.beads(bitext.id, first - 1, first) if first > 0 else []
        after = self.beads(bitext.id, last, last + 1)
        src_lo = before[0].src_end if before else 0
        tgt_lo = before[0].tgt_end if before else 0
        src_hi = after[0].src_start if after else self.doc_segment_count(bitext.src_doc_id)
        tgt_hi = after[0].tgt_start if after else self.doc_segment_count(bitext.tgt_doc_id)
        return src_lo, src_hi, tgt_lo, tgt_hi

    def _check_range(self, bitext: Bitext, ranges: Sequence[tuple[int, int, int, int]],
                     bounds: tuple[int, int, int, int], has_beads: bool) -> str:
        """Problem with putting beads of these ranges between `bounds` ('' if none)."""
        src_lo, src_hi, tgt_lo, tgt_hi = bounds
        for side, lo, hi, doc_id, idx in (("source", src_lo, src_hi, bitext.src_doc_id, 0),
                                          ("target", tgt_lo, tgt_hi, bitext.tgt_doc_id, 2)):
            at = lo
            covered: list[tuple[int, int]] = []
            for k, r in enumerate(ranges):
                s, e = r[idx], r[idx + 1]
                if s > e or s < at or e > hi:
                    return (f"{side} sentences {s + 1}-{e} of the new bead {k + 1} overlap "
                            f"another bead or leave the range {lo + 1}-{hi}")
                covered.append((s, e))
                at = e
            if not has_beads:
                continue
            included = [r[0] for r in self._q(
                "SELECT position FROM segments WHERE doc_id = ? AND position >= ? AND "
                "position < ? AND excluded = 0 ORDER BY position", (doc_id, lo, hi))]
            k = 0
            for p in included:
                while k < len(covered) and covered[k][1] <= p:
                    k += 1
                if k == len(covered) or covered[k][0] > p:
                    return f"{side} sentence {p + 1} would not be in any bead"
        return ""

    def _write_beads(self, bitext: Bitext, first: int, last: int,
                     rows: Sequence[tuple]) -> None:
        """Replace beads [first, last) by rows (id|None, src_start, src_end, tgt_start,
        tgt_end, score, status, changed_at), after checking the invariants."""
        count = self.bead_count(bitext.id)
        if not 0 <= first <= last <= count:
            raise CorpusChangeError(self.path, f"bead range {first + 1}-{last} is outside "
                                    f"the bitext ({count} beads)")
        current = self._q("SELECT id, src_start, src_end, tgt_start, tgt_end, score, status, "
                          "changed_at FROM beads WHERE bitext_id = ? AND position >= ? AND "
                          "position < ? ORDER BY position", (bitext.id, first, last))
        if len(current) == len(rows) and all(
                c[1:5] == tuple(r[1:5]) and r[0] in (None, c[0]) for c, r in zip(current, rows)):
            # same ranges (a status/score change): update the rows that differ, in place
            self._xm("UPDATE beads SET score = ?, status = ?, changed_at = ? WHERE id = ?",
                     ((r[5], r[6], r[7], c[0]) for c, r in zip(current, rows)
                      if tuple(c[5:8]) != tuple(r[5:8])))
            return
        bounds = self._bounds(bitext, first, last)
        has_beads = count - (last - first) + len(rows) > 0
        problem = self._check_range(bitext, [r[1:5] for r in rows], bounds, has_beads)
        if problem:
            raise CorpusChangeError(self.path, f"bitext '{bitext.name}': {problem}")
        self._x("DELETE FROM beads WHERE bitext_id = ? AND position >= ? AND position < ?",
                (bitext.id, first, last))
        self._shift("beads", "bitext_id", bitext.id, last, len(rows) - (last - first))
        self._xm("INSERT INTO beads(id, bitext_id, position, src_start, src_end, tgt_start, "
                 "tgt_end, score, status, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 ((r[0], bitext.id, first + k, *r[1:]) for k, r in enumerate(rows)))

    def replace_beads(self, bitext_id: int, spans: Iterable[BeadSpan], *,
                      first: int = 0, last: int | None = None,
                      src_offset: int = 0, tgt_offset: int = 0) -> None:
        """Replace beads [first, last) (all when last is None) with new ones, atomically.

        Span ranges index segment positions minus the offsets (all segments, excluded ones
        included; use `map_spans` for results over filtered lists). New beads get status
        AUTO and the span's score. Refused if they would overlap the beads kept around
        them or leave a non-excluded sentence out.
        """
        with self.transaction():
            bitext = self.bitext(bitext_id)
            if last is None:
                last = self.bead_count(bitext_id)
            stamp = now_iso()
            rows = [(None, s.src_start + src_offset, s.src_end + src_offset,
                     s.tgt_start + tgt_offset, s.tgt_end + tgt_offset, float(s.score),
                     BeadStatus.AUTO.value, stamp) for s in spans]
            self._write_beads(bitext, first, last, rows)

    def set_beads(self, bitext_id: int, beads: Sequence[Bead], first: int, last: int) -> None:
        """Replace beads [first, last) with exactly these (ids/status kept): used by undo.
        A bead with id None gets a new id; changed_at is kept when given."""
        with self.transaction():
            bitext = self.bitext(bitext_id)
            stamp = now_iso()
            rows = [(b.id, b.src_start, b.src_end, b.tgt_start, b.tgt_end, float(b.score),
                     BeadStatus(b.status).value, b.changed_at or stamp) for b in beads]
            self._write_beads(bitext, first, last, rows)

    def bead_statuses(self, bitext_id: int, first: int = 0,
                      last: int | None = None) -> list[tuple[int, BeadStatus, str]]:
        """(position, status, changed_at) of beads [first, last): cheap, for status edits."""
        last = (1 << 62) if last is None else last
        return [(r[0], _STATUS[r[1]], r[2]) for r in self._q(
            "SELECT position, status, changed_at FROM beads WHERE bitext_id = ? AND "
            "position >= ? AND position < ? ORDER BY position", (bitext_id, first, last))]

    def set_statuses(self, bitext_id: int,
                     items: Sequence[tuple[int, BeadStatus | str, str]]) -> None:
        """Set (position, status, changed_at) of beads; changed_at '' means now."""
        stamp = now_iso()
        with self.transaction():
            self._xm("UPDATE beads SET status = ?, changed_at = ? WHERE bitext_id = ? AND "
                     "position = ?", ((BeadStatus(st).value, when or stamp, bitext_id, pos)
                                      for pos, st, when in items))

    def set_status_range(self, bitext_id: int, first: int, last: int, status: BeadStatus,
                         changed_at: str = "") -> None:
        """Give beads [first, last) this status in one statement (only those that differ
        get the new changed_at; '' means now)."""
        status = BeadStatus(status)
        with self.transaction():
            self._x("UPDATE beads SET status = ?, changed_at = ? WHERE bitext_id = ? AND "
                    "position >= ? AND position < ? AND status <> ?",
                    (status.value, changed_at or now_iso(), bitext_id, first, last, status.value))

    def set_status(self, bead_ids: Sequence[int], status: BeadStatus) -> None:
        status = BeadStatus(status)
        with self.transaction():
            self._xm("UPDATE beads SET status = ?, changed_at = ? WHERE id = ? AND status <> ?",
                     ((status.value, now_iso(), i, status.value) for i in bead_ids))

    def check_bitext(self, bitext_id: int) -> list[str]:
        """Every broken bead invariant of a bitext, as messages (empty list: all fine)."""
        bitext = self.bitext(bitext_id)
        beads = self.beads(bitext_id)
        problems = [f"bead at index {k} has position {b.position}"
                    for k, b in enumerate(beads) if b.position != k]
        if not beads:
            return problems
        n_src = self.doc_segment_count(bitext.src_doc_id)
        n_tgt = self.doc_segment_count(bitext.tgt_doc_id)
        problem = self._check_range(
            bitext, [(b.src_start, b.src_end, b.tgt_start, b.tgt_end) for b in beads],
            (0, n_src, 0, n_tgt), True)
        return problems + ([problem] if problem else [])

    def check(self) -> list[str]:
        """Full check: SQLite integrity, foreign keys, and every bitext's bead invariants."""
        problems = [r[0] for r in self._q("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [f"foreign key broken in {r[0]} row {r[1]}"
                     for r in self._q("PRAGMA foreign_key_check")]
        problems += [f"document {r[0]}: segment positions are not 0..n-1"
                     for r in self._q("SELECT doc_id FROM segments GROUP BY doc_id HAVING "
                                      "min(position) <> 0 OR max(position) <> count(*) - 1 "
                                      "OR count(DISTINCT position) <> count(*)")]
        for bitext in self.bitexts():
            problems += [f"bitext {bitext.id}: {p}" for p in self.check_bitext(bitext.id)]
        return problems

    # --- entities and names (full workflow comes later; the schema holds them now) -------
    _ENT_COLS = 'id, segment_id, start, "end", label, counterpart_id, name_id'

    def add_entity(self, entity: Entity) -> int:
        with self.transaction():
            seg = self.segment(entity.segment_id)
            if not 0 <= entity.start < entity.end <= len(seg.text):
                raise CorpusChangeError(self.path, f"entity offsets {entity.start}-{entity.end} "
                                        f"are outside sentence {seg.id} (length {len(seg.text)})")
            cur = self._x(f"INSERT INTO entities({self._ENT_COLS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                          (entity.id, entity.segment_id, entity.start, entity.end, entity.label,
                           entity.counterpart_id, entity.name_id))
            entity.id = cur.lastrowid if entity.id is None else entity.id
            return entity.id

    def entities(self, segment_ids: Sequence[int] | None = None) -> list[Entity]:
        if segment_ids is None:
            return [Entity(*r) for r in self._q(
                f"SELECT {self._ENT_COLS} FROM entities ORDER BY segment_id, start, id")]
        out: list[Entity] = []
        ids = list(segment_ids)
        for k in range(0, len(ids), 500):  # stay under SQLite's variable limit
            part = ids[k:k + 500]
            out += [Entity(*r) for r in self._q(
                f"SELECT {self._ENT_COLS} FROM entities WHERE segment_id IN "
                f"({','.join('?' * len(part))}) ORDER BY segment_id, start, id", part)]
        return out

    def entities_of_documents(self, doc_ids: Sequence[int]) -> list[tuple[int, int, Entity]]:
        """(doc_id, segment position, entity) for every entity of these documents, in one
        query: exports use it instead of looking up each entity's segment."""
        ids = list(doc_ids)
        if not ids:
            return []
        cols = ", ".join(f"e.{c.strip()}" for c in self._ENT_COLS.split(","))
        return [(r[0], r[1], Entity(*r[2:])) for r in self._q(
            f"SELECT s.doc_id, s.position, {cols} FROM entities e "
            f"JOIN segments s ON s.id = e.segment_id WHERE s.doc_id IN "
            f"({','.join('?' * len(ids))}) ORDER BY s.doc_id, s.position, e.start, e.id", ids)]

    def set_entity_counterpart(self, entity_id: int, other_id: int | None) -> None:
        """Link two entities across a bitext, both ways (None unlinks entity_id and its
        former counterpart)."""
        with self.transaction():
            old = self._q("SELECT counterpart_id FROM entities WHERE id = ?", (entity_id,))
            if not old:
                raise self._missing("entity", entity_id)
            if old[0][0] is not None:
                self._x("UPDATE entities SET counterpart_id = NULL WHERE id = ? "
                        "AND counterpart_id = ?", (old[0][0], entity_id))
            self._x("UPDATE entities SET counterpart_id = ? WHERE id = ?", (other_id, entity_id))
            if other_id is not None:
                if not self._q("SELECT 1 FROM entities WHERE id = ?", (other_id,)):
                    raise self._missing("entity", other_id)
                self._x("UPDATE entities SET counterpart_id = ? WHERE id = ?",
                        (entity_id, other_id))

    def restore_entities(self, entities: Sequence[Entity]) -> None:
        """Put existing entities back on their segment/offsets (undo of a split/merge)."""
        with self.transaction():
            self._xm('UPDATE entities SET segment_id = ?, start = ?, "end" = ? WHERE id = ?',
                     ((e.segment_id, e.start, e.end, e.id) for e in entities))

    def delete_entity(self, entity_id: int) -> None:
        with self.transaction():
            self._x("DELETE FROM entities WHERE id = ?", (entity_id,))

    def add_name(self, name: NameEntry) -> int:
        with self.transaction():
            cur = self._x("INSERT INTO names(id, arabic, romanizations, canonical) "
                          "VALUES (?, ?, ?, ?)",
                          (name.id, name.arabic, json.dumps(list(name.romanizations),
                                                            ensure_ascii=False), name.canonical))
            name.id = cur.lastrowid if name.id is None else name.id
            return name.id

    def names(self) -> list[NameEntry]:
        return [NameEntry(r[0], r[1], json.loads(r[2]), r[3]) for r in self._q(
            "SELECT id, arabic, romanizations, canonical FROM names ORDER BY id")]

    # --- summaries ---------------------------------------------------------------------
    def info(self) -> dict:
        """Counts for `dragoman info`: documents, segments, bitexts, beads (confirmed)."""
        def count(sql: str) -> int:
            return self._q(sql)[0][0]
        return {
            "path": str(self.path),
            "format": self.schema_version,
            "created_at": self.created_at,
            "documents": count("SELECT count(*) FROM documents"),
            "segments": count("SELECT count(*) FROM segments"),
            "excluded": count("SELECT count(*) FROM segments WHERE excluded = 1"),
            "bitexts": count("SELECT count(*) FROM bitexts"),
            "beads": count("SELECT count(*) FROM beads"),
            "confirmed": count("SELECT count(*) FROM beads WHERE status = 'confirmed'"),
            "entities": count("SELECT count(*) FROM entities"),
            "names": count("SELECT count(*) FROM names"),
        }


def _creator() -> str:
    try:
        from aligner import __version__
    except ImportError:  # pragma: no cover
        __version__ = "?"
    return f"Dragoman {__version__}"
