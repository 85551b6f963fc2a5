"""`pricebot chat`: an interactive console on the same router the Slack app uses.

Type a question as you would in Slack; ``/quote``, ``/glossary`` and ``/fieldcheck`` work as the slash
commands do, ``help`` shows examples, ``quit`` (or Ctrl-D) leaves. The console keeps the last request between
turns, as a Slack thread does: "and at 60%?" is read against it (:mod:`bot.followup`); ``new`` starts over.
Line editing and history come from readline when the platform has it; history is kept beside the pricebot
database.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.parse import Ask
    from bot.reply import Reply
    from pricing.rates import Rates

BANNER = (
    "pricebot console: ask inference pricing questions in plain words.\n"
    "Commands: /quote TEXT, /glossary TERM, /fieldcheck TEXT, help, quit (or Ctrl-D).\n"
    "Follow-ups (\"and at 60%?\", \"make it 20k calls a day\") change the last question; new starts over."
)
PROMPT = "pricebot> "
QUIT = {"quit", "exit", "/quit", "/exit", ":q", "bye"}
HELP = {"help", "/help", "?", "/?"}
NEW = {"new", "/new", "reset", "/reset"}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("chat", help="interactive console on the same router as Slack (no Slack needed)")
    p.add_argument("--no-color", action="store_true", help="plain text even on a terminal")
    p.set_defaults(handler=run)


class Conversation:
    """The console's side of a conversation: the last request, which a follow-up line is read against."""

    def __init__(self, rate_cards: dict[str, Rates] | None = None) -> None:
        self.rate_cards = rate_cards
        self.last: Ask | None = None

    def respond(self, line: str) -> Reply | None:
        """The reply to one line (None means quit); ``new`` forgets the last request."""
        from bot import router

        if line.strip().lower() in NEW:
            from bot.phrases import phrases
            from bot.reply import Reply

            self.last = None
            started_over = str(phrases()["started_over"])
            return Reply(intent="help", text=started_over, summary=started_over)
        reply = respond(line, self.rate_cards, previous=self.last)
        if reply is not None:
            self.last = router.context_of(reply) or self.last
        return reply


def respond(line: str, rate_cards: dict[str, Rates] | None = None, previous: Ask | None = None) -> Reply | None:
    """The reply to one console line; None means quit. ``previous`` is the last request (for a follow-up)."""
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
    return router.answer(text, rate_cards=rate_cards, previous=previous)


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
    conversation = Conversation(workspace_rate_cards())
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
            reply = conversation.respond(line)
            if reply is None:
                return 0
            print(to_terminal(reply.text, color=color))
            print()
    finally:
        _save_history(history)
