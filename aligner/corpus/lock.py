"""The writer lock: an OS lock (fcntl.flock / msvcrt.locking) on a sidecar `<corpus>.lock`.

Why a sidecar and not SQLite's own EXCLUSIVE locking mode: an exclusive SQLite lock also
shuts out readers (with WAL it even keeps the WAL index in private memory), whereas the
sidecar lets a second process open the corpus read-only while the writer works, and the OS
drops the lock when the writing process dies, so a crash never leaves a stale lock. The
lock file holds the writer's pid for the error message.
"""
from __future__ import annotations

import errno
import os
import socket
import sys
from pathlib import Path

from aligner.corpus.errors import CorpusError, CorpusLockedError, DiskFullError
from aligner.messages import Problem


def _lock_error(corpus_path: Path, lock_path: Path, doing: str, exc: OSError) -> CorpusError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError(corpus_path, Problem(f"corpus.lock_{doing}_full",
                                                  lock=lock_path.name))
    return CorpusError(corpus_path, Problem(f"corpus.lock_{doing}_failed", lock=lock_path.name,
                                            reason=exc.strerror))


class WriterLock:
    """Exclusive, non-blocking OS lock on `<corpus>.lock`; released when the process dies."""

    def __init__(self, corpus_path: Path):
        self.path = corpus_path.with_name(corpus_path.name + ".lock")
        self.fd: int | None = None

    def acquire(self, corpus_path: Path) -> None:
        for _ in range(20):  # retry only if the lock file was replaced under us
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as exc:
                raise _lock_error(corpus_path, self.path, "create", exc) from None
            if not self._try_lock(fd):
                holder = self._holder(fd)
                os.close(fd)
                raise CorpusLockedError(corpus_path, holder)
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
            try:
                os.ftruncate(fd, 0)
                os.write(fd, f"{os.getpid()} {socket.gethostname()}\n".encode())
            except OSError as exc:  # e.g. no space left on the disk
                self._unlink()
                os.close(fd)
                raise _lock_error(corpus_path, self.path, "write", exc) from None
            self.fd = fd
            return
        raise CorpusLockedError(corpus_path, Problem("corpus.lock_unstable"))

    @staticmethod
    def _try_lock(fd: int) -> bool:
        if sys.platform == "win32":  # pragma: no cover - Windows
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
    def _holder(fd: int) -> Problem:
        """The refusal, naming the process that holds the lock when its file says."""
        try:
            words = os.pread(fd, 200, 0).decode(errors="replace").split()
        except (OSError, AttributeError):
            words = []
        if len(words) >= 2 and words[1] != socket.gethostname():
            return Problem("corpus.locked_by_host", pid=words[0], host=words[1])
        return Problem("corpus.locked_by", pid=words[0]) if words else Problem("corpus.locked")

    def release(self) -> None:
        if self.fd is None:
            return
        self._unlink()  # while still holding the lock, so nobody can lock the old inode
        os.close(self.fd)
        self.fd = None

    def _unlink(self) -> None:
        if os.name != "nt":
            try:
                os.unlink(self.path)
            except OSError:
                pass
