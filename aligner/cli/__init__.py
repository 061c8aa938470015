"""The `dragoman` command line. Each sub-command lives in its own module with a
`register(subparsers)` function that adds its parser and sets `func(args) -> int`.

`dragoman` alone opens the GUI. User errors (`UserError`, corpus and input errors) are
printed to stderr without a traceback and give exit status 2.
"""
from __future__ import annotations

import argparse
import importlib
import signal
import sys
import threading
from typing import NoReturn, Sequence

from aligner.errors import DragomanError

# module names under aligner.cli, one per command, in the order of the help
COMMANDS = ["gui_cmd", "import_cmd", "segment_cmd", "info_cmd", "align_cmd",
            "evaluate_cmd", "export_cmd", "names_cmd", "romanize_cmd", "entities_cmd"]


class _Parser(argparse.ArgumentParser):
    """A usage error is one line, as every other error (argparse prints the whole usage
    block first); the sub-commands' parsers are made of this class too."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    from aligner import __version__

    parser = _Parser(
        prog="dragoman",
        description="Dragoman: align, annotate and export Arabic-English-French parallel corpora.")
    parser.add_argument("--version", action="version", version=f"dragoman {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"aligner.cli.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    if not argv:
        argv = ["gui"]
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    if args.command != "gui" and threading.current_thread() is threading.main_thread():
        # SIGTERM unwinds like an error, so temporary files (an export's .part) are removed
        signal.signal(signal.SIGTERM, _terminated)
    try:
        return int(args.func(args) or 0)
    except DragomanError as exc:
        print(f"dragoman: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("dragoman: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def _terminated(signum, frame) -> None:
    raise SystemExit(128 + signum)


if __name__ == "__main__":  # python -m aligner.cli
    sys.exit(main())
