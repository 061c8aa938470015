"""Opening a corpus file for the window: every way it can fail becomes one message that
names the file and what to do, never an exception (a locked or unwritable corpus offers read-only)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from aligner.corpus import (CorpusError, CorpusLockedError, CorpusVersionError, NotACorpusError,
                            NotWritableError)
from aligner.errors import DragomanError

from . import messages
from .core_messages import error_text, placed
from .i18n import translate
from .session import CorpusSession, session_for



def open_session(parent: QWidget | None, path: Path, *, read_only: bool = False
                 ) -> CorpusSession | None:
    """The path's session, opened (read-only when asked, or when the user accepts that for
    a corpus another Dragoman is editing); None after telling the user why not."""
    if not path.exists():
        messages.error(parent, translate("Opening", "Cannot open corpus"),
                       placed(translate("Opening", "{path}: no such file."), path))
        return None
    session = session_for(path)
    try:
        session.open(read_only=read_only)
    except CorpusLockedError as exc:
        if read_only or not messages.question(
                parent, translate("Opening", "Corpus in use"), error_text(exc) + "\n\n" + translate(
                    "Opening", "Another Dragoman is editing this corpus. Open it read-only?")):
            return None
        return open_session(parent, path, read_only=True)
    except NotWritableError as exc:
        # a read-only file, folder or medium (a CD, a share mounted read-only): reading works
        if read_only or not messages.question(
                parent, translate("Opening", "Corpus cannot be written"), error_text(exc) + "\n\n" +
                translate("Opening", "Open it read-only? You can read, find and export, "
                          "but not edit.")):
            return None
        return open_session(parent, path, read_only=True)
    except CorpusVersionError as exc:
        messages.error(parent, translate("Opening", "Corpus from a newer Dragoman"),
                       error_text(exc) + "\n\n" + translate(
                           "Opening", "This corpus was written by a newer version of Dragoman; "
                           "update Dragoman to open it. The file was not changed."))
        return None
    except NotACorpusError as exc:
        messages.error(parent, translate("Opening", "Not a Dragoman corpus"), error_text(exc))
        return None
    except (CorpusError, DragomanError) as exc:
        messages.error(parent, translate("Opening", "Cannot open corpus"), error_text(exc))
        return None
    except Exception as exc:  # noqa: BLE001 - e.g. sqlite3 errors from a damaged file
        messages.error(parent, translate("Opening", "Cannot open corpus"), placed(translate(
            "Opening", "{path}: cannot be opened ({error})"), path,
            error=f"{type(exc).__name__}: {exc}"))  # the error's own text stays English
        return None
    return session
