"""GUI test set-up: isolated QSettings, no leftover sessions, and a small Arabic-English
corpus written for these tests (five sentence pairs, one English sentence holding a
character outside the BMP)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from aligner.corpus import Corpus
from aligner.model import BeadSpan, Document, Segment
from ui import i18n

ARABIC = re.compile("[\u0600-\u06ff]")
# a left-to-right isolate (file names, quoted detail) inside an Arabic message
ISOLATE = re.compile("\u2066[^\u2066\u2069]*\u2069")

AR = [
    "وصل الوفد إلى القاهرة صباح الاثنين.",
    "وعقد الوزير اجتماعًا مع نظيره المصري.",
    "ناقش الطرفان التعاون الاقتصادي.",
    "وأعلن المتحدث أن المحادثات كانت مثمرة.",
    "ومن المقرر أن يعود الوفد يوم الخميس.",
]
EN = [
    "The delegation arrived in Cairo on Monday morning.",
    "The minister held a meeting with his Egyptian counterpart.",
    "The two sides discussed economic cooperation 😀 and trade.",
    "The spokesman announced that the talks had been fruitful.",
    "The delegation is scheduled to return on Thursday.",
]
SCORES = [0.9, 0.8, 0.3, 0.6, 0.95]


def make_document(lang: str, sentences: list[str], title: str) -> tuple[Document, list[Segment]]:
    text = " ".join(sentences)
    segments, start = [], 0
    for sentence in sentences:
        segments.append(Segment(None, 0, 0, 0, start, start + len(sentence), sentence))
        start += len(sentence) + 1
    return Document(None, lang, title, text, source_name=f"{title}.txt"), segments


def build_corpus(path: Path, ar: list[str] = AR, en: list[str] = EN,
                 scores: list[float] = SCORES) -> Path:
    """A corpus with one ar-en bitext aligned 1-1 (bead i = sentence i on both sides)."""
    with Corpus.create(path) as corpus:
        src_doc, src_segs = make_document("ar", ar, "briefing-ar")
        tgt_doc, tgt_segs = make_document("en", en, "briefing-en")
        src_id = corpus.add_document(src_doc, src_segs)
        tgt_id = corpus.add_document(tgt_doc, tgt_segs)
        bitext_id = corpus.add_bitext(src_id, tgt_id, "briefing")
        corpus.replace_beads(bitext_id, [BeadSpan(i, i + 1, i, i + 1, s) for i, s in enumerate(scores)])
    return path


@pytest.fixture(autouse=True)
def isolated_settings(isolated_home, qapp):
    """Every test gets its own QSettings file (in its own HOME's config folder: Qt reads
    XDG_CONFIG_HOME only once per process, so it is set here explicitly) and no sessions
    of earlier tests."""
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("DragomanTests")
    QCoreApplication.setApplicationName("DragomanTests")
    folder = isolated_home / ".config"
    folder.mkdir(exist_ok=True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder
    from ui.session import forget_sessions

    forget_sessions()


@pytest.fixture
def arabic(qapp):
    """The Arabic interface for one test, English again after it."""
    i18n.install(qapp, "ar")
    yield qapp
    i18n.install(qapp, "en")


@pytest.fixture
def corpus_path(tmp_path: Path) -> Path:
    return build_corpus(tmp_path / "briefing.dragoman")


class MessageLog:
    """Collects what ui.messages would have shown; answers questions with `answer`."""

    def __init__(self) -> None:
        self.errors: list[tuple[str, str]] = []
        self.infos: list[tuple[str, str]] = []
        self.questions: list[tuple[str, str]] = []
        self.answer = False
        self.choices: list[tuple[str, list[str]]] = []
        self.choice: int | None = None  # what choose() answers (None: Cancel)


@pytest.fixture
def shown(monkeypatch) -> MessageLog:
    """ui.messages is the boundary to modal dialogs: record instead of blocking."""
    from ui import messages

    log = MessageLog()
    monkeypatch.setattr(messages, "error", lambda parent, title, text: log.errors.append((title, text)))
    monkeypatch.setattr(messages, "info", lambda parent, title, text: log.infos.append((title, text)))

    def question(parent, title, text):
        log.questions.append((title, text))
        return log.answer

    monkeypatch.setattr(messages, "question", question)

    def choose(parent, title, text, options):
        log.choices.append((text, options))
        return log.choice

    monkeypatch.setattr(messages, "choose", choose)
    return log


def open_window(qtbot, path: Path):
    """The main window open on a corpus, shown and active (shortcuts need that), at bead 1."""
    from ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1200, 700)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    assert win.open_corpus(path)
    win.view.setFocus()
    win.go_to_position(0)
    return win


@pytest.fixture
def window(qtbot, shown, corpus_path):
    """The main window open on the test corpus."""
    return open_window(qtbot, corpus_path)
