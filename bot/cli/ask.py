"""`pricebot ask TEXT`: one deal question, answered exactly as the bot would post it in Slack."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pricing.rates import Rates

EXIT_ANSWERED, EXIT_NOT_UNDERSTOOD = 0, 2  # 2 also when a number is refused (the reply names the field)


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
        from bot.store import Store

        location = Settings().pricebot_db
        if isinstance(location, Path) and not location.exists():
            return {}
        return dict(Store(location).rate_cards())
    except Exception as exc:  # a broken store must not stop a quote; say so on stderr
        print(f"pricebot: workspace rate cards unavailable ({exc}); using rates in the question and the catalog",
              file=sys.stderr)
        return {}


def run(args: argparse.Namespace) -> int:
    from bot import router

    text = " ".join(args.text)
    if not args.text or text == "-":
        text = sys.stdin.read()
    reply = router.answer(text, rate_cards=workspace_rate_cards())
    if args.json:
        payload = {"intent": reply.intent, "understood": reply.understood, "summary": reply.summary, **reply.data}
        print(json.dumps(payload, indent=2, ensure_ascii=False))
    elif args.mrkdwn:
        print(reply.text)
    else:
        from bot.console import to_terminal, wants_color

        print(to_terminal(reply.text, color=wants_color(sys.stdout)))
    result = reply.data.get("result")
    refused = isinstance(result, dict) and "error" in result  # a number out of range, named in the reply
    return EXIT_ANSWERED if reply.understood and not refused else EXIT_NOT_UNDERSTOOD
