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
    from pricing.rates import Rates

EXIT_ANSWERED, EXIT_NOT_UNDERSTOOD = 0, 2


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "ask", help="answer a deal question in plain words; print the reply as plain text (--mrkdwn: as Slack gets it)"
    )
    p.add_argument("text", nargs="*", help="the question; read from stdin when absent or '-'")
    p.add_argument("--json", action="store_true", help="print the parsed request and the result as JSON")
    p.add_argument("--mrkdwn", action="store_true", help="print the reply's Slack mrkdwn instead of plain text")
    p.set_defaults(handler=run)


def workspace_rate_cards() -> dict[str, Rates]:
    """The workspace rate cards from the local store (empty when there is no store yet or it can't be read)."""
    try:
        from bot.settings import Settings

        location = Settings().pricebot_db
        if isinstance(location, Path) and not location.exists():
            return {}
        from bot.store import Store

        return dict(Store(location).rate_cards())
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
    if args.json:
        payload = {"intent": reply.intent, "understood": reply.understood, "summary": reply.summary, **reply.data}
        print(json.dumps(payload, indent=2, ensure_ascii=False))
    elif args.mrkdwn:
        print(reply.text)
    else:
        from bot.console import to_terminal, wants_color

        print(to_terminal(reply.text, color=wants_color(sys.stdout)))
    return EXIT_ANSWERED if reply.understood else EXIT_NOT_UNDERSTOOD
