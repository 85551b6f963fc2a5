"""The `pricebot` command line.

Each module in this package that defines ``register(subparsers)`` adds one subcommand; ``main``
discovers them, so a new command is a new module and nothing else changes.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import os
import pkgutil
import sys
from collections.abc import Callable, Sequence
from typing import Protocol


class _CommandModule(Protocol):
    def register(self, subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None: ...


Handler = Callable[[argparse.Namespace], int]


def command_modules() -> list[str]:
    """Names of the modules that provide subcommands, sorted."""
    return sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_"))


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser with every command, or with the command ``only`` alone (its module is the one imported)."""
    parser = argparse.ArgumentParser(
        prog="pricebot",
        description="Deal arithmetic, field-language coaching and a pricing glossary, in Slack or here.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in [only] if only is not None else command_modules():
        module: _CommandModule = importlib.import_module(f"{__name__}.{name}")
        module.register(subparsers)
    return parser


def command_named(argv: Sequence[str]) -> str | None:
    """The command a command line runs when its first word names one (``pricebot ask ...``), else None."""
    first = argv[0] if argv else ""
    if not first.isidentifier() or first.startswith("_"):
        return None
    return first if importlib.util.find_spec(f"{__name__}.{first}") is not None else None  # no directory listing


def main(argv: Sequence[str] | None = None) -> int:
    # Only the command being run is registered: importing and building every command's parser was a fifth of
    # `pricebot --help`'s time and is of no use to `pricebot ask`. A line naming no command gets them all.
    words = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(command_named(words))
    args = parser.parse_args(words)
    handler: Handler | None = getattr(args, "handler", None)
    if getattr(args, "command", None) != "serve":  # a long-running server keeps pydantic's plugins
        from bot.cli._plugins import skip_plugin_scan

        skip_plugin_scan()
    try:
        if handler is None:
            from bot.cli._default import run_default

            code = run_default(parser)
        else:
            code = handler(args)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        # The reader went away (`pricebot ask ... | head`): stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
