"""The command line: a stable contract for users' scripts (docs/cli.md).

Every error is one clear line on stderr and exit status 2; never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from ipsfidelity import __version__
from ipsfidelity.commands import COMMANDS
from ipsfidelity.commands.common import EXIT_ERROR, EXIT_OK
from ipsfidelity.errors import UserError
from ipsfidelity.i18n import LANGUAGES, set_language, tr

log = logging.getLogger("ipsfidelity.cli")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # argparse's own usage errors, in our form
        self.print_usage(sys.stderr)
        raise UserError(tr("cli.usage", detail=message))


# argparse's own texts, which it looks up through its module-level gettext `_`.
_ARGPARSE_DA = {
    "usage: ": "brug: ",
    "positional arguments": "argumenter",
    "options": "tilvalg",
    "show this help message and exit": "vis denne hjælp og afslut",
    "show program's version number and exit": "vis programmets version og afslut",
    "the following arguments are required: %s": "disse argumenter mangler: %s",
    "unrecognized arguments: %s": "ukendte argumenter: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ugyldigt valg: %(value)r (vælg mellem %(choices)s)"
    ),
    "expected one argument": "forventer ét argument",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "ambiguous option: %(option)s could match %(matches)s": (
        "tvetydigt tilvalg: %(option)s kan betyde %(matches)s"
    ),
    "%(prog)s: error: %(message)s\n": "%(prog)s: fejl: %(message)s\n",
}


def _translate_argparse(lang: str) -> None:
    table = _ARGPARSE_DA if lang == "da" else {}
    argparse._ = lambda text: table.get(text, text)  # type: ignore[attr-defined]


def _lang_from_argv(argv: Sequence[str]) -> str:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return os.environ.get("IPSFIDELITY_LANG", "da")


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS lets the options stand before or after the command without clobbering.
    common.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help=tr("cli.help.db"))
    common.add_argument(
        "--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help=tr("cli.help.lang")
    )

    parser = _Parser(prog="ipsfidelity", description=tr("cli.description"), parents=[common])
    parser.add_argument("--version", action="version", version=f"ipsfidelity {__version__}")
    parser.add_argument("--smoke", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar=tr("cli.command"), parser_class=_Parser)

    def add_command(
        name: str, help_text: str, handler: Callable[[argparse.Namespace], int]
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text, parents=[common])
        p.set_defaults(handler=handler)
        return p

    for module_name in COMMANDS:
        importlib.import_module(f"ipsfidelity.commands.{module_name}").register(add_command)
    return parser


def run_gui(args: argparse.Namespace) -> int:
    # Without a screen Qt aborts the process with its own English text; say it plainly.
    screenless = not any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and screenless and not os.environ.get("QT_QPA_PLATFORM"):
        raise UserError(tr("cli.no_display"))
    from ipsfidelity.ui.app import run

    return run(db=getattr(args, "db", None), smoke=args.smoke)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = _lang_from_argv(argv)
    set_language(lang if lang in LANGUAGES else "da")
    _translate_argparse(lang if lang in LANGUAGES else "da")
    try:
        args = build_parser().parse_args(argv)
        if getattr(args, "lang", None):
            set_language(args.lang)
        handler = getattr(args, "handler", None)
        return handler(args) if handler else run_gui(args)
    except UserError as exc:
        print(f"ipsfidelity: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(tr("cli.interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:
        from ipsfidelity.logs import log_dir, setup_logging
        from ipsfidelity.privacy import mask_cpr

        path = setup_logging()
        log.exception("unexpected error in command line")
        what, detail = type(exc).__name__, mask_cpr(" ".join(str(exc).split()))[:200]
        if path is None:  # the log folder cannot be written: claim no details anywhere
            line = tr("cli.unexpected_no_log", what=what, detail=detail, folder=log_dir())
        else:
            line = tr("cli.unexpected", what=what, detail=detail, log=path)
        print(line, file=sys.stderr)
        return EXIT_ERROR
