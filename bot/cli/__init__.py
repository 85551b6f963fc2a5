"""The `pricebot` command line.

Each module in this package that defines ``register(subparsers)`` adds one subcommand; ``main``
discovers them, so a new command is a new module and nothing else changes.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import importlib.util
import os
import sys
from collections.abc import Callable, Sequence
from typing import Protocol


class _CommandModule(Protocol):
    def register(self, subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None: ...


Handler = Callable[[argparse.Namespace], int]


def command_modules() -> list[str]:
    """Names of the modules that provide subcommands, sorted."""
    import pkgutil  # a command line that names its command needs no listing (`command_named`)

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


#: The cyclic garbage collector's first threshold while a terminal command runs (Python's default is 700).
COLLECT_AFTER = 100_000


def run() -> int:
    """The `pricebot` program (the console script and ``python -m bot``): :func:`main`, in a process that ends
    when the command does, with the garbage collector set for that.

    Starting up builds about 50,000 objects that live as long as the process (classes, validators, compiled
    patterns and templates). At Python's default threshold the collector ran about 70 times during a `pricebot
    ask`, each time walking the objects built so far again, and once more over all of them as the interpreter shut
    down: together about a fifth of the command's CPU. A terminal command has the collector run after every
    ``COLLECT_AFTER`` new objects instead (mypy does the same; cycles are still collected), and when the command is
    done its objects are frozen (``gc.freeze``), so shutting down does not walk them once more. Nothing is lost by
    that: the answer is printed and flushed, stores are committed and files closed by then, and the process's
    memory goes back to the system as it exits. `pricebot serve` and bare `pricebot` (which serves when Slack is
    configured) keep Python's collector as it is.

    Every command, `pricebot serve` too (but not bare `pricebot`), keeps the code of the source text that ``typing``
    and ``dataclasses`` compile as it starts (:mod:`bot.cli._compiled`); those that load the glossary also read the
    regular expressions every module compiles back from its kept patterns. A command that only prints ends without
    tearing the interpreter down (:func:`exit_at_once`)."""
    command = command_named(sys.argv[1:])
    terminal = command is not None and command != "serve"
    if command is not None:
        from bot.cli import _compiled

        _compiled.keep_compiled_source()
        if command in KEEP_PATTERNS and not {"-h", "--help"} & set(sys.argv[2:]):
            # before pydantic loads with the glossary (main does it for every other terminal command)
            from bot.cli import _plugins

            if terminal:
                _plugins.skip_plugin_scan()
            else:  # serve: pydantic's plugins are used, when any is installed
                _plugins.skip_plugin_scan_when_none_declared()
            _compiled.keep_compiled_patterns()
    if terminal:
        gc.set_threshold(COLLECT_AFTER, *gc.get_threshold()[1:])
    code = main()
    if terminal:
        gc.freeze()
        if command in EXIT_AT_ONCE:
            exit_at_once(code)
    return code


#: Commands that load the glossary (and so its kept regular expressions) to answer: every pattern they compile is
#: read back from the kept ones (:func:`bot.cli._compiled.keep_compiled_patterns`).
KEEP_PATTERNS = frozenset({"ask", "chat", "glossary", "lint", "serve"})

#: Commands that only read and print: once their answer is out, the process ends without tearing the interpreter
#: down (:func:`exit_at_once`).
EXIT_AT_ONCE = frozenset({"ask", "glossary", "lint"})


def exit_at_once(code: int) -> None:
    """End the process now with ``code``, after what a normal exit does that anyone could notice: the output is
    flushed and the ``atexit`` handlers run (the kept patterns and code are written). What is skipped is the
    interpreter's teardown: freeing every module and the ~50,000 objects a command built, about 4% of a `pricebot
    ask`'s CPU, of no use to a process that is ending (mypy ends the same way). Returns, leaving the normal exit to
    happen, when the output cannot be flushed (the normal exit then reports it as before) or a thread other than
    a daemon one is still running (the normal exit waits for it)."""
    import atexit
    import threading

    if any(not thread.daemon for thread in threading.enumerate() if thread is not threading.main_thread()):
        return
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return
    atexit._run_exitfuncs()  # the handlers a normal exit runs, in the same order
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        pass
    os._exit(code)


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
