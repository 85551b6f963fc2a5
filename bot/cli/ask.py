"""`pricebot ask TEXT`: one deal question, answered exactly as the bot would post it in Slack."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Mapping
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.reply import Reply
    from pricing.rates import Rates

EXIT_ANSWERED, EXIT_ASKS, EXIT_NOT_UNDERSTOOD = 0, 1, 2
EXIT_CODES = (
    "exit codes: 0 answered with figures; 1 the reply asks for a missing or ambiguous input, or reports a value "
    "out of range; 2 usage error or no pricing question found"
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "ask", help="answer a deal question in plain words; print the reply as plain text (--mrkdwn: as Slack gets it)",
        description="Answer a deal question in plain words (plain text; --mrkdwn prints it as Slack gets it).",
        epilog=EXIT_CODES,
    )
    p.add_argument("text", nargs="*", help="the question; read from stdin when absent or '-'")
    p.add_argument("--json", action="store_true", help="print the parsed request and the result as JSON")
    p.add_argument("--mrkdwn", action="store_true", help="print the reply's Slack mrkdwn instead of plain text")
    p.add_argument("--proposal", action="store_true",
                   help="print only the customer-facing paragraph for a proposal (Slack's 'Copy for proposal')")
    p.set_defaults(handler=run)


def workspace_rate_cards() -> dict[str, Rates]:
    """The workspace rate cards from the local store (empty when there is no store yet or it can't be read)."""
    try:
        from bot.settings import Settings

        location = Settings().pricebot_db
        if isinstance(location, Path) and not location.exists():
            return {}
        from bot.store_open import open_store

        return dict(open_store(location).rate_cards())
    except Exception as exc:  # a broken store must not stop a quote; say so on stderr
        print(f"pricebot: workspace rate cards unavailable ({exc}); using rates in the question and the catalog",
              file=sys.stderr)
        return {}


class StoredRateCards(Mapping[str, "Rates"]):
    """The workspace rate cards, read from the store the first time an answer looks one up: a question that
    gives its own rates never opens the database (nor imports its driver)."""

    @cached_property
    def _cards(self) -> dict[str, Rates]:
        return workspace_rate_cards()

    def __getitem__(self, key: str) -> Rates:
        return self._cards[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._cards)

    def __len__(self) -> int:
        return len(self._cards)


def run(args: argparse.Namespace) -> int:
    from bot import router
    from bot.cli._data import data_ok

    if not data_ok("ask"):
        return 2
    text = " ".join(args.text)
    if not args.text or text == "-":
        text = sys.stdin.read()
    reply = router.answer(text, rate_cards=StoredRateCards())
    if args.proposal:
        from bot.phrases import phrases

        paragraph = reply.data.get("proposal")
        if not paragraph:
            print(phrases()["proposal"]["none"], file=sys.stderr)
            return exit_code(reply) or EXIT_ASKS
        print(paragraph)
        return exit_code(reply)
    if args.json:
        payload = {"intent": reply.intent, "understood": reply.understood, "summary": reply.summary, **reply.data}
        print(json.dumps(payload, indent=2, ensure_ascii=False))
    elif args.mrkdwn:
        print(reply.text)
    else:
        from bot.console import to_terminal, wants_color

        print(to_terminal(reply.text, color=wants_color(sys.stdout)))
    return exit_code(reply)


def exit_code(reply: Reply) -> int:
    """0 answered with figures; 1 asks for a missing or ambiguous input, or a value is out of range; 2 no
    pricing question found (or the reply could not be built)."""
    data = reply.data
    if data.get("internal_error") or (reply.intent == "help" and not reply.understood):
        return EXIT_NOT_UNDERSTOOD
    result = data.get("result")
    refused = isinstance(result, dict) and "error" in result
    if data.get("missing") or data.get("ambiguities") or refused or not reply.understood:
        return EXIT_ASKS
    return EXIT_ANSWERED
