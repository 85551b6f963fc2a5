"""`pricebot rates`: the workspace rate cards answers use ahead of the bundled catalog."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the store and the engine load when a card is read or written: `pricebot --help` stays light
    from bot.store import Store

_OPTIONAL = (("cache_read", "--cache-read"), ("cache_write", "--cache-write"), ("cache_write_1h", "--cache-write-1h"))


class RateError(Exception):
    """A rate given on the command line is not usable; the message names the option, the value and the range."""

    def __init__(self, option: str, value: str, problem: str) -> None:
        from pricing.validation import RATE

        super().__init__(
            f"{option} {value!r} {problem}: allowed {RATE.allowed()} (USD per million tokens, e.g. {option} 2.50)"
        )


def parse_rate(option: str, value: str) -> Decimal:
    from pricing.validation import RATE

    try:
        number = Decimal(value.strip().removeprefix("$").replace(",", ""))
    except InvalidOperation:
        raise RateError(option, value, "is not a number") from None
    if not number.is_finite() or not RATE.contains(number):
        raise RateError(option, value, "is out of range")
    return number


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("rates", help="set or list workspace rate cards (USD per million tokens)")
    sub = p.add_subparsers(dest="rates_command", metavar="ACTION", required=True)

    s = sub.add_parser("set", help="add or replace a rate card")
    s.add_argument("name", help="the model the card prices, optionally with its provider: gpt-4o, azure/gpt-4o")
    s.add_argument("--input", required=True, help="input rate, USD per million tokens")
    s.add_argument("--output", required=True, help="output rate, USD per million tokens")
    for _, option in _OPTIONAL:
        s.add_argument(option, help=f"{option.removeprefix('--').replace('-', ' ')} rate, USD per million tokens")
    s.set_defaults(handler=_cleanly(set_card))

    ls = sub.add_parser("list", help="list the rate cards")
    ls.set_defaults(handler=_cleanly(list_cards))

    rm = sub.add_parser("delete", help="delete a rate card")
    rm.add_argument("name")
    rm.set_defaults(handler=_cleanly(delete_card))


def _store() -> Store:
    from bot.settings import SettingError, load_settings
    from bot.store import STORE_ERRORS, safe_location
    from bot.store_open import open_store

    settings = load_settings()
    try:
        return open_store(settings.pricebot_db)
    except STORE_ERRORS as error:
        raise SettingError("PRICEBOT_DB", f"({safe_location(settings.pricebot_db)}) cannot be used: {error}") from None


def _cleanly(handler: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """A setting or database problem is a one-line message and exit code 2, never a traceback."""

    def run(args: argparse.Namespace) -> int:
        from bot.settings import SettingError

        try:
            return handler(args)
        except SettingError as error:
            print(f"pricebot rates: {error}", file=sys.stderr)
            return 2

    return run


def set_card(args: argparse.Namespace) -> int:
    name = args.name.strip()
    if not name:
        print("pricebot rates set: NAME is empty: give the card a name, e.g. `pricebot rates set gpt-4o ...`",
              file=sys.stderr)
        return 2
    try:
        values = {"input": parse_rate("--input", args.input), "output": parse_rate("--output", args.output)}
        for field, option in _OPTIONAL:
            raw = getattr(args, field)
            if raw is not None:
                values[field] = parse_rate(option, raw)
    except RateError as error:
        print(f"pricebot rates set: {error}", file=sys.stderr)
        return 2
    from pricing.rates import Rates

    _store().set_rate_card(name, Rates(**values, source=f"workspace rate card {name}"))
    print(f"Saved rate card {name}.")
    return 0


def list_cards(args: argparse.Namespace) -> int:
    cards = _store().rate_cards()
    if not cards:
        print("No workspace rate cards: answers use the bundled catalog. Add one with `pricebot rates set`.")
        return 0
    header = ("name", "input", "output", "cache read", "cache write", "cache write 1h")
    rows = [header] + [
        (name, *("-" if v is None else f"${v}" for v in (r.input, r.output, r.cache_read, r.cache_write,
                                                         r.cache_write_1h)))
        for name, r in cards.items()
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    print("USD per million tokens")
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    return 0


def delete_card(args: argparse.Namespace) -> int:
    if _store().delete_rate_card(args.name):
        print(f"Deleted rate card {args.name}.")
        return 0
    print(f"pricebot rates delete: no rate card named {args.name!r}", file=sys.stderr)
    return 1
