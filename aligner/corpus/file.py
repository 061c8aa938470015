"""The corpus file: checks before SQLite touches it, the writer lock, the connection,
migrations and transactions. `CorpusFile` is the base every concern of `Corpus` builds on.

File guards (see `CorpusFile.open`):
- PRAGMA application_id marks our files; user_version is the schema version, upgraded by
  `aligner.schema.MIGRATIONS` in one transaction. A file from a newer Dragoman is refused
  before anything touches it.
- The writer lock (aligner.corpus.lock) lets one process write while others read.
- Journal mode WAL, synchronous=NORMAL: a killed process loses nothing committed; a power
  cut may lose the last commits but never corrupts the file. Foreign keys are on.

Every public mutating method runs in its own transaction (or joins the one opened with
`transaction()`), so a crash leaves the file as it was before or after a change.
"""
from __future__ import annotations

import os
import sqlite3
import stat
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from aligner.corpus.errors import (
    CorpusChangeError,
    CorpusError,
    CorpusVersionError,
    NotACorpusError,
    NotWritableError,
    ReadOnlyError,
    from_sqlite,
    folder_writable,
    write_problem,
)
from aligner.corpus.lock import WriterLock
from aligner.messages import Problem
from aligner.schema import MIGRATIONS, REQUIRED_TABLES

T = TypeVar("T")

if TYPE_CHECKING:  # annotations only: no runtime dependency on typing_extensions
    from typing_extensions import Self

SCHEMA_VERSION = len(MIGRATIONS)
APPLICATION_ID = 0x4452474D  # "DRGM", in PRAGMA application_id
SUFFIX = ".dragoman"

_SQLITE_MAGIC = b"SQLite format 3\x00"


def now_iso() -> str:
    """UTC time stamp as stored in the file (ISO 8601, seconds, 'Z')."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


# --- checks done before SQLite touches a file ----------------------------------------------

def _refuse_special(path: Path) -> None:
    """A pipe, device or socket is never a corpus: reading a FIFO blocks for ever, and
    creating a corpus renames a new file over it (as root, /dev/zero was replaced)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return  # missing or unreadable: the callers say which
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        raise CorpusError(path, Problem("corpus.not_regular"))


def _precheck(path: Path) -> None:
    """Refuse non-corpus and newer-version files by reading bytes only (nothing written)."""
    if not path.exists():
        raise CorpusError(path, Problem("corpus.missing"))
    if path.is_dir():
        raise CorpusError(path, Problem("corpus.folder"))
    try:
        with open(path, "rb") as fh:
            header = fh.read(100)
        size = path.stat().st_size
    except OSError as exc:
        raise CorpusError(path, Problem("corpus.unreadable",
                                           reason=exc.strerror or str(exc))) from None
    if not header:
        raise NotACorpusError(path, Problem("corpus.empty"))
    if not header.startswith(_SQLITE_MAGIC):
        raise NotACorpusError(path, Problem("corpus.not_sqlite"))
    if len(header) < 100:
        raise NotACorpusError(path, Problem("corpus.short_header"))
    app_id = int.from_bytes(header[68:72], "big")
    if app_id != APPLICATION_ID:
        raise NotACorpusError(path, Problem("corpus.other_sqlite"))
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
        raise NotACorpusError(path, Problem("corpus.truncated", size=size,
                                            expected=page_size * pages))
    if not has_wal:
        version = int.from_bytes(header[60:64], "big")
        _check_version(path, version)


def _check_version(path: Path, version: int) -> None:
    if version > SCHEMA_VERSION:
        raise CorpusVersionError(path, Problem("corpus.newer", version=version,
                                               supported=SCHEMA_VERSION))


def _uri(path: Path, mode: str) -> str:
    return f"{path.resolve().as_uri()}?mode={mode}"


def _read_mode(path: Path) -> str:
    """URI mode for reading: 'ro', or 'ro&immutable=1' when SQLite could not create its
    WAL index (`-shm`) beside the file (a read-only folder or file system). Immutable is
    safe there: nothing can write the corpus in such a place (no writer could create its
    lock or journal either), and a journal left with changes is refused, not ignored."""
    shm = path.with_name(path.name + "-shm")
    wal = path.with_name(path.name + "-wal")
    if shm.exists() or folder_writable(path):
        return "ro"
    if wal.exists() and wal.stat().st_size > 0:
        raise CorpusError(path, Problem("corpus.journal_here", cause=write_problem(path),
                                        journal=wal.name))
    return "ro&immutable=1"


class CorpusFile:
    """An open corpus file: connection, lock, transactions and the small helpers every
    concern uses. Callers hold a `Corpus` (aligner.corpus.corpus), never this alone.

    One object is meant to be used by one thread at a time (the GUI thread, or a worker
    while the GUI waits); a worker that must read in parallel opens its own read-only
    Corpus.
    """

    path: Path
    read_only: bool

    def __init__(self, path: Path, conn: sqlite3.Connection, read_only: bool,
                 lock: WriterLock | None):
        """Private: use create() or open()."""
        self.path = path
        self.read_only = read_only
        self._conn = conn
        self._lock = lock
        self._depth = 0  # transaction nesting level
        self._reading = False  # inside snapshot()
        # caches derived from rows (e.g. bead order keys), dropped when a change rolls back
        self._derived: dict = {}
        self._mutex = threading.RLock()

    # --- life cycle -------------------------------------------------------------------
    @classmethod
    def create(cls, path: str | Path) -> Self:
        """Create a new corpus file (error if the path exists and is not empty)."""
        path = Path(path)
        if path.is_dir():
            raise CorpusError(path, Problem("corpus.folder"))
        _refuse_special(path)
        if not path.parent.is_dir():
            raise CorpusError(path, Problem("corpus.no_folder", folder=path.parent))
        problem = write_problem(path)
        if problem:
            raise NotWritableError(path, Problem("corpus.create_refused", cause=problem))
        lock = WriterLock(path)
        lock.acquire(path)
        try:
            if path.exists() and path.stat().st_size > 0:
                raise CorpusError(path, Problem("corpus.exists"))
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
                raise CorpusError(path, Problem("corpus.create_failed", error=exc.strerror)) from None
            except sqlite3.Error as exc:
                raise CorpusError(path, Problem("corpus.create_failed", error=exc)) from None
            finally:
                if tmp.exists():
                    tmp.unlink()
            return cls._connect(path, read_only=False, lock=lock)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False,
             create: bool = False) -> Self:
        """Open an existing corpus. Missing file -> CorpusError (unless create=True).

        read_only=False takes an exclusive writer lock held for the life of the object;
        if another process holds it -> CorpusLockedError (the caller may retry read-only).
        Newer schema -> CorpusVersionError; not a corpus -> NotACorpusError. The file is
        never modified by a failed open. Opening an older format for writing upgrades it.
        """
        path = Path(path)
        _refuse_special(path)
        if create and not read_only and (not path.exists() or path.stat().st_size == 0):
            return cls.create(path)
        _precheck(path)
        if read_only:
            return cls._connect(path, read_only=True, lock=None)
        problem = write_problem(path)
        if problem:
            raise NotWritableError(path, Problem("corpus.open_write_refused", cause=problem))
        lock = WriterLock(path)
        lock.acquire(path)
        try:
            return cls._connect(path, read_only=False, lock=lock)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _connect(cls, path: Path, *, read_only: bool, lock: WriterLock | None) -> Self:
        # Validate through a read-only connection first: closing a read-write connection
        # checkpoints a pending WAL into the file, which a refused file must never see.
        conn = cls._sqlite(path, _read_mode(path))
        try:
            version = cls._validate(path, conn, read_only)
        except BaseException:
            conn.close()
            raise
        if read_only:
            if _read_mode(path) != "ro" or write_problem(path):
                return cls(path, conn, True, None)
            # A read-only SQLite connection never removes the -wal/-shm files it made, so
            # `dragoman info` left them beside the corpus. A read-write connection that
            # refuses every write (query_only) reads the same and, when it is the last one
            # to close, lets SQLite remove them, under SQLite's own locks.
            conn.close()
            conn = cls._sqlite(path, "rw")
            conn.execute("PRAGMA query_only = 1")
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
            raise from_sqlite(path, exc, "open_write") from None
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
            raise from_sqlite(path, exc, "open") from None

    @staticmethod
    def _validate(path: Path, conn: sqlite3.Connection, read_only: bool) -> int:
        """The file's schema version, or the error that says why it cannot be opened."""
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            if app_id != APPLICATION_ID:
                raise NotACorpusError(path, Problem("corpus.other_sqlite"))
            _check_version(path, version)
            if version < 1:
                raise NotACorpusError(path, Problem("corpus.no_version"))
            tables = {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            missing = REQUIRED_TABLES[version] - tables
            if missing:
                raise NotACorpusError(path, Problem("corpus.tables_missing",
                                                        tables=", ".join(sorted(missing))))
            if version < SCHEMA_VERSION and read_only:
                raise CorpusVersionError(path, Problem("corpus.older_read_only",
                                                       version=version))
            # touch the data so a damaged file fails here, not at the first read
            conn.execute("SELECT count(*) FROM bitexts").fetchone()
            return version
        except sqlite3.DatabaseError as exc:
            raise from_sqlite(path, exc, "open") from None

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

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __del__(self) -> None:  # a forgotten corpus still frees its lock
        try:
            self.close()
        except Exception:  # noqa: BLE001, S110 - a finalizer must never raise
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
            if self._reading:
                raise CorpusError(self.path, "a change was attempted inside a read snapshot")
            depth = self._depth
            try:
                conn.execute("BEGIN IMMEDIATE" if depth == 0 else f"SAVEPOINT sp{depth}")
            except sqlite3.DatabaseError as exc:
                raise from_sqlite(self.path, exc, "save") from None
            self._depth += 1
            try:
                yield
            except BaseException:
                self._depth -= 1
                self._derived.clear()
                # SQLite may already have rolled back by itself (disk full, I/O error)
                if conn.in_transaction:
                    if depth == 0:
                        conn.execute("ROLLBACK")
                    else:
                        conn.execute(f"ROLLBACK TO sp{depth}")
                        conn.execute(f"RELEASE sp{depth}")
                raise
            self._depth -= 1
            try:
                if depth == 0:  # every committed change counts, for fingerprint()
                    conn.execute("INSERT INTO meta(key, value) VALUES ('edits', 1) ON CONFLICT"
                                 "(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1")
                conn.execute("COMMIT" if depth == 0 else f"RELEASE sp{depth}")
            except sqlite3.DatabaseError as exc:  # e.g. the disk filled up at the commit
                self._derived.clear()
                if conn.in_transaction and depth == 0:
                    conn.execute("ROLLBACK")
                raise from_sqlite(self.path, exc, "save") from None

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Read inside one read transaction: every query in the block sees the same
        committed state, whatever other processes commit meanwhile (in WAL mode a reader
        never blocks the writer, nor the writer it). Every reader that makes more than one
        query (export, info, check, a GUI worker) reads inside one.

        Joins a transaction or snapshot already open on this connection; changes inside a
        snapshot are refused (CorpusError).
        """
        with self._mutex:
            conn = self._db()
            if conn.in_transaction or self._reading:
                yield
                return
            try:
                conn.execute("BEGIN")
                # the snapshot is taken at the first read, not at BEGIN: read now
                conn.execute("SELECT count(*) FROM meta").fetchone()
            except sqlite3.DatabaseError as exc:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise CorpusError(self.path, f"cannot read: {exc}") from None
            self._reading = True
            try:
                yield
            finally:
                self._reading = False
                if conn.in_transaction:
                    conn.execute("ROLLBACK")  # nothing was written: just end the read

    # --- helpers -------------------------------------------------------------------------
    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            raise CorpusError(self.path, "the corpus is closed")
        return self._conn

    def _writable(self) -> None:
        if self.read_only:
            raise ReadOnlyError(self.path, Problem("corpus.read_only"))
        self._db()

    def _q(self, sql: str, args: Sequence = ()) -> list[tuple]:
        with self._mutex:
            try:
                return self._db().execute(sql, args).fetchall()
            except sqlite3.DatabaseError as exc:
                raise from_sqlite(self.path, exc, "read") from None

    def _q_in(self, sql: str, ids: Iterable[int]) -> list[tuple]:
        """Rows of `sql` whose `{ids}` stands for the placeholders of an IN list, asked in
        chunks of 500 ids to stay under SQLite's variable limit (rows in chunk order)."""
        ids = list(ids)
        out: list[tuple] = []
        for k in range(0, len(ids), 500):
            part = ids[k:k + 500]
            out += self._q(sql.format(ids=",".join("?" * len(part))), part)
        return out

    def _q_each(self, sql: str, args: Sequence, make: Callable[[int, tuple], T]) -> list[T]:
        """`make(k, row)` for each row, as the cursor yields them: for a million rows the
        tuples are not all held next to what is made of them (hundreds of MB at peak)."""
        with self._mutex:
            try:
                return [make(k, row) for k, row in enumerate(self._db().execute(sql, args))]
            except sqlite3.DatabaseError as exc:
                raise from_sqlite(self.path, exc, "read") from None

    def _x(self, sql: str, args: Sequence = ()) -> sqlite3.Cursor:
        """Execute inside the current transaction (callers hold one)."""
        try:
            return self._db().execute(sql, args)
        except sqlite3.IntegrityError as exc:
            raise CorpusChangeError(self.path, Problem("corpus.change_refused", error=exc)) from None
        except UnicodeEncodeError as exc:
            raise CorpusChangeError(self.path, Problem("corpus.text_not_stored",
                                                       reason=exc.reason)) from None
        except sqlite3.DatabaseError as exc:  # a full disk, a file made read-only...
            raise from_sqlite(self.path, exc, "save") from None

    def _xm(self, sql: str, rows: Iterable[Sequence]) -> None:
        try:
            self._db().executemany(sql, rows)
        except sqlite3.IntegrityError as exc:
            raise CorpusChangeError(self.path, Problem("corpus.change_refused", error=exc)) from None
        except UnicodeEncodeError as exc:
            raise CorpusChangeError(self.path, Problem("corpus.text_not_stored",
                                                       reason=exc.reason)) from None
        except sqlite3.DatabaseError as exc:  # a full disk, a file made read-only...
            raise from_sqlite(self.path, exc, "save") from None

    def _missing(self, what: str, ident: object) -> CorpusError:
        return CorpusError(self.path, f"no {what} with id {ident}")

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

    def fingerprint(self) -> str:
        """What changes whenever anything is committed to this file by Dragoman: its
        file_id, schema version and count of committed changes. Taken at close and compared
        at reopen, it tells whether another program changed the corpus meanwhile (then an
        undo history kept across the close no longer applies)."""
        with self.snapshot():
            meta = self.meta()
            return f"{self.file_id}:{self.schema_version}:{meta.get('edits', '0')}"

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


def _creator() -> str:
    from aligner import __version__

    return f"Dragoman {__version__}"
