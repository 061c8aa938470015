"""`dragoman gui [CORPUS] [--screenshot OUT.png]`: open the alignment editor.

Qt is imported only inside the function, so the rest of the CLI (and the core) never
loads it."""
from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("gui", help="open the alignment editor (the default command)")
    parser.add_argument("corpus", nargs="?", help="corpus file to open (default: the last one)")
    parser.add_argument("--screenshot", metavar="OUT.png",
                        help="render the window to a PNG and exit (opens the corpus read-only)")
    parser.add_argument("--bitext", type=int, help="bitext id to show")
    parser.add_argument("--position", type=int, help="bead position (0-based) to select")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import os

    if args.screenshot and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a screenshot needs no display
    from ui.app import run as run_gui  # lazy: Qt only when the GUI is wanted

    return run_gui(args.corpus, screenshot_path=args.screenshot, bitext=args.bitext,
                   position=args.position)
