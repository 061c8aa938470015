"""Helpers every exchange format shares: safe output files, input streams, unit selection.

Writers never build their whole output in memory, and a writer that fails half-way must
not leave a half-written file where the user expects a good one: path outputs are written
to a temporary file next to the target and renamed over it only on success. Pipes,
devices and symbolic links (`-o /dev/stdout`) are the exception: they are written
through, since a rename would replace them with a regular file.

The temporary file is ".<name>.<pid>.<random>.part": removed on any error or signal the
process survives; a killed process (SIGKILL, power loss) leaves it, and the next export
to the same name removes those whose process is gone. The finished file gets the mode
the user's umask gives a new file (mkstemp's 0600 is for the temporary file only), or
the mode of the file it replaces.
"""
from __future__ import annotations

import io
import os
import signal
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterable, Iterator, TypeGuard, Union

from aligner.errors import Refusal
from aligner.messages import Problem
from aligner.model import AlignedUnit, BeadStatus

PathLike = Union[str, os.PathLike]
Output = Union[PathLike, IO[str], IO[bytes]]
# characters that split a line for Moses tools and for Python's str.splitlines: a segment
# holding one would shift every later line of a line-aligned file
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_LINE_BREAK_TABLE = {ord(c): " " for c in LINE_BREAKS}


def one_line(text: str, *, tabs: bool = False) -> str:
    """Text made safe for one line of a line-aligned file (line breaks, optionally tabs,
    become spaces)."""
    out = text.translate(_LINE_BREAK_TABLE)
    return out.replace("\t", " ") if tabs else out


def is_path(out: object) -> TypeGuard[PathLike]:
    return isinstance(out, (str, os.PathLike))


@contextmanager
def text_output(out: Output, *, encoding: str = "utf-8", newline: str = "\n") -> Iterator[IO[str]]:
    """A text stream for `out`: a path (written atomically), a binary stream or a text stream.

    Streams passed in by the caller are not closed (the caller owns them).
    """
    if is_path(out):
        target = Path(out)
        if _special(target):
            # a pipe, a device or a link (-o /dev/stdout): written through, not atomically
            with open(target, "w", encoding=encoding, newline=newline) as stream:
                yield stream
            return
        tmp = ""
        try:
            with _terminate_held():  # a SIGTERM between mkstemp and here left the file
                fd, tmp = temp_beside(target)
            with os.fdopen(fd, "w", encoding=encoding, newline=newline) as stream:
                yield stream
            finish(tmp, target)
        except BaseException:
            try:
                if tmp:
                    os.unlink(tmp)
            except FileNotFoundError:
                pass
            raise
    elif isinstance(out, io.TextIOBase):
        yield out
    else:  # a binary stream: wrap it without taking ownership
        wrapper = io.TextIOWrapper(out, encoding=encoding, newline=newline,  # type: ignore[type-var]
                                   write_through=True)
        try:
            yield wrapper
            wrapper.flush()
        finally:
            wrapper.detach()


class LanguageFiles:
    """One output file per language, opened on first use, all renamed into place on success.

    Per-language exports (Moses, CoNLL, spans) write several files at once; either all of
    them appear or none does (a failure removes the temporary files).
    """

    def __init__(self, out: PathLike, default_suffix: str = "", *, encoding: str = "utf-8"):
        self.out = out
        self.default_suffix = default_suffix
        self.encoding = encoding
        self._open: dict[str, tuple[IO[str], str, Path]] = {}

    def stream(self, lang: str) -> IO[str]:
        if lang not in self._open:
            target = lang_path(self.out, lang, self.default_suffix)
            if _special(target):  # a pipe, device or link: written through (see _special)
                self._open[lang] = (open(target, "w", encoding=self.encoding, newline="\n"),
                                    "", target)
                return self._open[lang][0]
            with _terminate_held():  # recorded before a SIGTERM can unwind
                fd, tmp = temp_beside(target)
                self._open[lang] = (os.fdopen(fd, "w", encoding=self.encoding, newline="\n"),
                                    tmp, target)
        return self._open[lang][0]

    @property
    def paths(self) -> dict[str, Path]:
        return {lang: entry[2] for lang, entry in self._open.items()}

    def __enter__(self) -> "LanguageFiles":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        for stream, _, _ in self._open.values():
            stream.close()
        for _, tmp, target in self._open.values():
            if not tmp:
                continue  # written through to a pipe or device
            if exc_type is None:
                finish(tmp, target)
            else:
                try:
                    os.unlink(tmp)
                except FileNotFoundError:
                    pass


@contextmanager
def _terminate_held() -> Iterator[None]:
    """SIGTERM and SIGINT wait until the block is over (their handlers then run with the
    temporary file's name known, so it is removed)."""
    held = {signal.SIGTERM, signal.SIGINT}
    old = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def temp_beside(target: Path) -> tuple[int, str]:
    """Open a new temporary file next to `target` (same filesystem, so the final rename is
    atomic), after removing the ones killed exports left there (see module docstring)."""
    folder = target.parent if str(target.parent) else Path(".")
    _remove_stale_parts(folder, target.name)
    return tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=".part",
                            dir=str(folder))


def _remove_stale_parts(folder: Path, name: str) -> None:
    prefix = f".{name}."
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if not (entry.name.startswith(prefix) and entry.name.endswith(".part")):
            continue
        pid = entry.name[len(prefix):].split(".", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            try:
                os.unlink(entry.path)
            except OSError:
                pass


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # exists (another user's) or cannot tell: leave its file alone
    return True


def _umask() -> int:
    try:  # Linux says it without changing it
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def finish(tmp: str, target: Path) -> None:
    """Give the temporary file its final mode and rename it over `target`."""
    try:
        mode = os.stat(target).st_mode & 0o7777
    except OSError:
        mode = 0o666 & ~_umask()
    os.chmod(tmp, mode)
    os.replace(tmp, target)


def _special(target: Path) -> bool:
    """True for an existing pipe, device or symbolic link (/dev/stdout is one), which are
    written through: renaming over them would replace the link, pipe or device with a
    regular file. A folder is refused (DragomanError)."""
    if target.is_dir():
        raise Refusal(Problem("export.folder", target=target))
    return target.is_symlink() or (target.exists() and not target.is_file())


def lang_path(out: PathLike, lang: str, default_suffix: str = "") -> Path:
    """The file for one language of a per-language export.

    `corpus.conll` -> `corpus.ar.conll`; `corpus` -> `corpus.ar` + default_suffix
    (Moses: `corpus` -> `corpus.ar`, the name Moses tools expect).
    """
    path = Path(out)
    if default_suffix and path.suffix == default_suffix:
        return path.with_name(f"{path.stem}.{lang}{default_suffix}")
    return path.with_name(f"{path.name}.{lang}{default_suffix}")


def is_empty(unit: AlignedUnit) -> bool:
    """A unit with an empty side (0-1 or 1-0 bead, or a blank text)."""
    return not unit.src_text.strip() or not unit.tgt_text.strip()


def select_units(units: Iterable[AlignedUnit], *, confirmed_only: bool = False,
                 min_score: float | None = None,
                 include_empty: bool = False) -> Iterator[AlignedUnit]:
    """The units an export keeps: the filters every format and the CLI offer."""
    for unit in units:
        if confirmed_only and unit.status != BeadStatus.CONFIRMED.value:
            continue
        if min_score is not None and (unit.score is None or unit.score < min_score):
            continue
        if not include_empty and is_empty(unit):
            continue
        yield unit
