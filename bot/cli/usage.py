"""`pricebot usage FILE`: a customer's usage export repriced at list, with a provisioned-throughput recommendation.

Reads the generic CSV, OpenAI organisation usage and Anthropic usage report exports (JSON or CSV, optionally
gzipped; ``-`` reads stdin). Bad input is one message naming the row and column, exit code 2.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from bot.cli.chart import OptionError, percent

if TYPE_CHECKING:
    from pricing.rates import Rates

EXIT_OK, EXIT_BAD_INPUT = 0, 2
RATE_COLUMNS = ("input", "output", "cache_read", "cache_write", "cache_write_1h")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "usage",
        help="reprice a usage export (generic CSV, OpenAI or Anthropic usage API; .gz accepted) and recommend "
        "a provisioned commitment",
    )
    p.add_argument("file", help="the export; '-' reads stdin")
    p.add_argument("--discount", type=str, help="provisioned discount versus on-demand, e.g. 40 or 40%%; "
                   "without it: the break-even discount and the figures at 30%% and 50%%")
    p.add_argument("--rates", metavar="CARD", help="CSV rate card: name,input,output[,cache_read,cache_write,"
                   "cache_write_1h] in USD per million tokens; name is a model or provider/model. Used before the "
                   "workspace rate cards and the bundled catalog")
    p.add_argument("--json", action="store_true", help="print every figure as JSON")
    p.add_argument("--chart", metavar="OUT.png", help="write the load duration chart with the commitment line")
    p.set_defaults(handler=run)


def read_rate_card(path: str) -> dict[str, Rates]:
    """Rate cards from a CSV file; a bad cell raises OptionError naming the row and column."""
    from bot.cli.rates import RateError, parse_rate
    from pricing.rates import Rates

    try:
        with open(path, newline="", encoding="utf-8-sig") as fh:
            rows = list(csv.reader(fh))
    except (OSError, UnicodeDecodeError) as exc:
        raise OptionError("--rates", path, f"cannot be read ({exc})") from None
    if not rows:
        raise OptionError("--rates", path, "is empty: give a header name,input,output and one row per model")
    header = [cell.strip().lower() for cell in rows[0]]
    missing = [name for name in ("name", "input", "output") if name not in header]
    if missing:
        raise OptionError("--rates", path, f"row 1 lacks {', '.join(missing)}: the header is name,input,output"
                          "[,cache_read,cache_write,cache_write_1h]")
    cards: dict[str, Rates] = {}
    for n, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        cells = dict(zip(header, row, strict=False))
        values: dict[str, Decimal] = {}
        for column in RATE_COLUMNS:
            raw = (cells.get(column) or "").strip()
            if raw:
                try:
                    values[column] = parse_rate(column, raw)
                except RateError as exc:
                    raise OptionError("--rates", path, f"row {n}, column {exc}") from None
            elif column in ("input", "output"):
                raise OptionError("--rates", path, f"row {n}, column {column}: empty; every card needs input and "
                                  "output rates")
        name = (cells.get("name") or "").strip()
        if not name:
            raise OptionError("--rates", path, f"row {n}, column name: empty")
        cards[name] = Rates(**values, source=f"rate card {Path(path).name}: {name}")
    return cards


def run(args: argparse.Namespace) -> int:
    from bot.cli.ask import workspace_rate_cards
    from bot.format import unescape_mrkdwn
    from bot.router import usage_reply
    from bot.usage.analyse import analyse
    from bot.usage.chart import usage_chart
    from bot.usage.read import UsageFileError, read_path, read_usage
    from pricing.validation import DISCOUNT

    try:
        discount = None if args.discount is None else percent("--discount", DISCOUNT, "versus on-demand")(
            args.discount)
        cards = workspace_rate_cards() | (read_rate_card(args.rates) if args.rates else {})
        data = read_usage(sys.stdin.buffer, "stdin") if args.file == "-" else read_path(args.file)
        usage = analyse(data, discount=discount, rate_cards=cards)
    except (OptionError, UsageFileError) as error:
        print(f"pricebot usage: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.chart:
        from bot.charts import render

        try:
            Path(args.chart).write_bytes(render(usage_chart(usage)))
        except OSError as exc:
            print(f"pricebot usage: --chart {args.chart}: cannot be written ({exc.strerror})", file=sys.stderr)
            return EXIT_BAD_INPUT
    if args.json:
        print(json.dumps(usage.to_json(), indent=2, ensure_ascii=False))
    else:
        print(unescape_mrkdwn(usage_reply(usage).text))
    return EXIT_OK
