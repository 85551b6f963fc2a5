"""`pricebot quotes stale`: stored quotes whose catalog rates have changed since they were answered;
`pricebot quotes feedback`: the answers readers marked wrong in Slack, with their question."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import asdict
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from bot.store import Store

T = TypeVar("T")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("quotes", help="check stored quotes against the bundled price catalog")
    sub = p.add_subparsers(dest="quotes_command", metavar="ACTION", required=True)
    s = sub.add_parser("stale", help="list stored quotes whose catalog rates have since changed, old and new")
    s.add_argument("--limit", type=int, default=500, help="how many of the latest quotes to check (default 500)")
    s.add_argument("--json", action="store_true", help="print the stale quotes as JSON")
    s.set_defaults(handler=stale)
    f = sub.add_parser("feedback", help="list the answers marked wrong in Slack (the thumbs-down button), with their "
                                        "question")
    f.add_argument("--limit", type=int, default=50, help="how many, latest first (default 50)")
    f.add_argument("--json", action="store_true", help="print them as JSON")
    f.set_defaults(handler=feedback)


def _read(query: Callable[[Store], T]) -> T | None:
    """`query` run on the configured store; None (after saying why on stderr) when the settings or the store fail."""
    from bot.settings import SettingError, load_settings
    from bot.store import STORE_ERRORS
    from bot.store_open import open_store

    try:
        return query(open_store(load_settings().pricebot_db))
    except SettingError as error:
        print(f"pricebot quotes: {error}", file=sys.stderr)
    except STORE_ERRORS as error:
        print(f"pricebot quotes: the quote store could not be read ({error})", file=sys.stderr)
    return None


def feedback(args: argparse.Namespace) -> int:
    from bot.console import to_terminal, wants_color
    from bot.present import render

    wrong = _read(lambda db: db.marked_wrong(limit=max(args.limit, 1)))
    if wrong is None:
        return 2
    if args.json:
        print(json.dumps(wrong, indent=2, ensure_ascii=False))
    else:
        text = render("slack/marked_wrong", wrong=wrong, limit=len(wrong) or 1, total=len(wrong))
        print(to_terminal(text, color=wants_color(sys.stdout)))
    return 0


def stale(args: argparse.Namespace) -> int:
    from bot.console import to_terminal, wants_color
    from bot.present import render
    from bot.stale import stale_quotes
    from pricing.catalog import catalog_version

    found = _read(lambda db: stale_quotes(db, limit=max(args.limit, 1)))
    if found is None:
        return 2
    if args.json:
        rows = [{**asdict(s), "changes": {k: [str(o), str(n)] for k, (o, n) in s.changes.items()},
                 "old_per_day": None if s.old_per_day is None else str(s.old_per_day),
                 "new_per_day": None if s.new_per_day is None else str(s.new_per_day)} for s in found]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
    else:
        text = render("slack/stale_quotes", stale=found, limit=len(found) or 1, catalog_version=catalog_version())
        print(to_terminal(text, color=wants_color(sys.stdout)))
    return 0
