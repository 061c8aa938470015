"""Application start-up: the QApplication, its names (for QSettings), style sheet, and
the two ways to run: interactive, or render one screenshot and exit."""
from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from . import settings

RESOURCES = Path(__file__).resolve().parent / "resources"


def ensure_app() -> QApplication:
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName("Dragoman")
        QCoreApplication.setApplicationName("Dragoman")
        app = QApplication(sys.argv[:1])
    style = RESOURCES / "style.qss"
    if style.exists() and not app.styleSheet():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app


def screenshot(window, out: str | Path, *, size: tuple[int, int] = (1400, 800),
               position: int | None = None) -> Path:
    """Render the window to a PNG after layout and lazy row heights have settled, scrolled
    to bead `position` (0-based) when given."""
    app = QApplication.instance()
    window.resize(*size)
    window.show()
    for _ in range(5):
        app.processEvents()
    deadline = time.monotonic() + 120  # the names pane reads in the background: show it read
    while window.names_pane.scanning and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    window.view.fit_visible_rows()
    app.processEvents()
    if position is not None:  # after the layout settled, or the scroll is lost
        window.go_to_position(position)
        for _ in range(3):
            app.processEvents()
            window.view.fit_visible_rows()
            window.go_to_position(position)
        app.processEvents()
    return _save_png(window.grab(), Path(out))


def _save_png(pixmap, out: Path) -> Path:
    """Write the PNG beside `out` and rename it into place, as exports do: a failed write
    (a folder, a full disk) leaves whatever file had that name as it was."""
    import os

    from aligner.errors import InputError
    from aligner.formats.common import finish, temp_beside

    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = temp_beside(out)
    except OSError as exc:
        raise InputError(out, f"cannot write the PNG ({exc.strerror or exc})") from None
    os.close(fd)
    try:
        if not pixmap.save(tmp, "PNG"):
            raise InputError(out, "cannot write the PNG")
        finish(tmp, out)
    except OSError as exc:
        raise InputError(out, f"cannot write the PNG ({exc.strerror or exc})") from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return out


def run(corpus: str | Path | None = None, *, screenshot_path: str | Path | None = None,
        bitext: int | None = None, position: int | None = None,
        ui_lang: str | None = None) -> int:
    """Open the main window (on `corpus`, else the last corpus, else a welcome page)."""
    from aligner.corpus import CorpusError
    from aligner.errors import DragomanError

    from .main_window import MainWindow

    from . import i18n

    app = ensure_app()
    i18n.install(app, i18n.choose(ui_lang))
    window = MainWindow()
    if screenshot_path is not None:
        if corpus is None:
            raise CorpusError("<none>", "--screenshot needs a corpus file")
        if not Path(corpus).exists():
            raise CorpusError(corpus, "no such file")
        from . import messages

        # read-only: a screenshot never takes the writer lock nor changes anything; no
        # modal dialog either, nobody could click it
        with messages.collected() as problems:
            if not window.open_corpus(corpus, read_only=True):
                if problems:  # each message already names the file
                    raise DragomanError("; ".join(p.split("\n\n")[0] for p in problems))
                raise CorpusError(corpus, "cannot open")
            if bitext is not None:
                window.open_bitext(bitext)
            screenshot(window, screenshot_path, position=position)
            window.close()
        return 0
    if corpus is not None:
        window.open_corpus(corpus)
    else:
        recent = [p for p in settings.recent_corpora() if Path(p).exists()]
        if recent:
            window.open_corpus(recent[0])
    window.show()
    QTimer.singleShot(0, window.view.fit_visible_rows)
    return app.exec()
