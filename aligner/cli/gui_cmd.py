"""`dragoman gui [CORPUS] [--screenshot OUT.png] [--bitext ID] [--position N] [--ui-lang ar|en]`:
open the alignment editor.

Qt is imported only inside the function, so the rest of the CLI (and the core) never
loads it. Positions the user sees count from 1, here as in the window.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from aligner.errors import DragomanError, InputError

UI_LANGS = ("ar", "en")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("gui", help="open the alignment editor (the default command)")
    parser.add_argument("corpus", nargs="?", help="corpus file to open (default: the last one)")
    parser.add_argument("--screenshot", metavar="OUT.png",
                        help="render the window to a PNG and exit (opens the corpus read-only)")
    parser.add_argument("--bitext", type=int, help="bitext id to show")
    parser.add_argument("--position", type=int, metavar="N",
                        help="bead to select and scroll to, counted from 1 as in the window")
    parser.add_argument("--ui-lang", choices=UI_LANGS,
                        help="interface language (default: the saved choice, else the system's)")
    parser.set_defaults(func=run)


def no_display_problem(environ: dict[str, str] | os._Environ = os.environ,
                       platform: str = sys.platform) -> str | None:
    """Why a window cannot be shown here, or None. Qt aborts the process (exit 134) when
    its platform plugin finds no display; saying so first is kinder."""
    if not platform.startswith("linux"):
        return None
    wanted = environ.get("QT_QPA_PLATFORM", "")
    if wanted and not wanted.startswith(("xcb", "wayland")):
        return None  # offscreen, vnc, eglfs...: Qt needs no display server
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    return ("no display (set DISPLAY, or use --screenshot with QT_QPA_PLATFORM=offscreen)")


def run(args: argparse.Namespace) -> int:
    if args.screenshot and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a screenshot needs no display
    problem = no_display_problem()
    if problem:
        raise DragomanError(f"dragoman gui: {problem}")
    if args.position is not None and args.position < 1:
        raise DragomanError(f"--position {args.position}: beads are counted from 1")
    if args.screenshot:  # checked before Qt starts (and prints its own notes)
        _check_screenshot(Path(args.screenshot), args.corpus)
    from ui.app import run as run_gui  # lazy: Qt only when the GUI is wanted

    return run_gui(args.corpus, screenshot_path=args.screenshot, bitext=args.bitext,
                   position=None if args.position is None else args.position - 1,
                   ui_lang=args.ui_lang)


def _check_screenshot(out: Path, corpus: str | None) -> None:
    if out.is_dir():
        raise InputError(out, "is a folder; give a file name for the PNG")
    if corpus:  # a PNG renamed over the corpus would destroy it
        from aligner.export_plan import refuse_corpus_output

        refuse_corpus_output(out, Path(corpus))
