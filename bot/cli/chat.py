"""`pricebot chat`: an interactive console on the same router the Slack app uses.

Type a question as you would in Slack; ``/quote``, ``/glossary`` and ``/fieldcheck`` work as the slash
commands do, ``help`` shows examples, ``quit`` (or Ctrl-D) leaves. Line editing and history come from
readline when the platform has it; history is kept beside the pricebot database.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.reply import Reply
    from pricing.rates import Rates

BANNER = (
    "pricebot console: ask inference pricing questions in plain words.\n"
    "Commands: /quote TEXT, /glossary TERM, /fieldcheck TEXT, help, quit (or Ctrl-D)."
)
PROMPT = "pricebot> "
QUIT = {"quit", "exit", "/quit", "/exit", ":q", "bye"}
HELP = {"help", "/help", "?", "/?"}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("chat", help="interactive console on the same router as Slack (no Slack needed)")
    p.add_argument("--no-color", action="store_true", help="plain text even on a terminal")
    p.set_defaults(handler=run)


def respond(line: str, rate_cards: dict[str, Rates] | None = None) -> Reply | None:
    """The reply to one console line; None means quit."""
    from bot import router

    text = line.strip()
    command, _, rest = text.partition(" ")
    command = command.lower()
    if command in QUIT and not rest:
        return None
    if command in HELP and not rest:
        return router.help_reply()
    if command == "/glossary":
        return router.glossary_reply(rest) if rest.strip() else router.help_reply()
    if command == "/fieldcheck":
        return router.fieldcheck_reply(rest) if rest.strip() else router.help_reply()
    if command == "/quote":
        text = rest
    return router.answer(text, rate_cards=rate_cards)


def _history_file() -> Path | None:
    try:
        from bot.settings import Settings, default_db_path

        db = Settings().pricebot_db
        return (db if isinstance(db, Path) else default_db_path()).with_name("chat_history")
    except Exception:
        return None


def _enable_readline() -> Path | None:
    try:
        import readline
    except ImportError:  # pragma: no cover - e.g. Windows without pyreadline
        return None
    history = _history_file()
    if history is not None and history.exists():
        with contextlib.suppress(OSError):
            readline.read_history_file(history)
    readline.set_history_length(1000)
    return history


def _save_history(history: Path | None) -> None:
    if history is None:
        return
    with contextlib.suppress(ImportError, OSError):
        import readline

        history.parent.mkdir(parents=True, exist_ok=True)
        readline.write_history_file(history)


def run(args: argparse.Namespace) -> int:
    from bot.cli._data import data_ok
    from bot.cli.ask import workspace_rate_cards
    from bot.console import to_terminal, wants_color

    if not data_ok("chat"):
        return 2
    color = wants_color(sys.stdout) and not args.no_color
    history = _enable_readline() if sys.stdin.isatty() else None
    print(BANNER)
    cards = workspace_rate_cards()
    try:
        while True:
            try:
                line = input(PROMPT)
            except KeyboardInterrupt:
                print()
                continue
            except EOFError:
                print()
                return 0
            if not line.strip():
                continue
            reply = respond(line, cards)
            if reply is None:
                return 0
            print(to_terminal(reply.text, color=color))
            print()
    finally:
        _save_history(history)
