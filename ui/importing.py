"""Import from the window: read the files in a worker, ask before storing what reading had
to change or guess (bytes replaced, a language the script contradicts), then store and
align; the core's remarks afterwards in one message."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from . import messages
from .core_messages import line_text
from .dialogs.import_dialog import ImportRequest
from .i18n import translate
from .jobs import tasks as jobs
from .jobs.workers import Task


def start_import(window: Any, request: ImportRequest) -> Task | None:
    """Start importing `request` into the window's corpus; the task, or None when there is
    nothing to do. When the texts need the user's agreement, the task that stores them
    after the question is `window.import_task` (tests wait for it)."""
    if window.session is None:
        return None
    if not request.paths:
        messages.error(window, translate("Importing", "Import"),
                       translate("Importing", "Choose what to import."))
        return None

    def after(result: object) -> None:
        if isinstance(result, jobs.ImportPending):
            if _agreed(window, result.warnings):
                window.import_task = jobs.import_texts(window, request, then=stored,
                                                       plan=result.plan)
            else:
                window.statusBar().showMessage(
                    translate("Importing", "Import cancelled: nothing was stored."), 10000)
            return
        stored(result)
        # the core's remarks on unit files (units skipped, what was imported)
        notes = list(getattr(result, "notes", []) or [])
        if notes:
            messages.info(window, translate("Importing", "Import"),
                          "\n".join(line_text(note) for note in notes))

    def stored(result: object) -> None:
        new = list(getattr(result, "bitext_ids", []) or [])
        if new:
            window.open_bitext(new[0])

    window.import_task = jobs.import_texts(window, request, then=after)
    return window.import_task


def _agreed(parent: QWidget, warnings: list[str]) -> bool:
    shown = [line_text(w) for w in warnings[:20]] + ([translate(
        "Importing", "… and {count} more").format(count=len(warnings) - 20)]
        if len(warnings) > 20 else [])
    return messages.question(
        parent, translate("Importing", "Import"),
        "\n".join(shown) + "\n\n" + translate(
            "Importing", "Store these texts as read (replaced bytes are kept as �)? "
            "Nothing has been stored yet."))
