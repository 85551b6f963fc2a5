"""`pricebot chart breakeven|caching|commitment ... --out FILE.png`: the charts from the terminal."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from decimal import MAX_EMAX, MIN_EMIN, Context, Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the bounds are imported when a chart is built: `pricebot --help` stays light
    from pricing.validation import Bound

_SCALES = {"": Decimal(1), "k": Decimal(1_000), "m": Decimal(1_000_000), "b": Decimal(1_000_000_000)}
_NUMBER = re.compile(
    r"^\s*\$?\s*(?P<num>(?:[0-9][0-9,_]*(?:\.[0-9]+)?|\.[0-9]+)(?:e[-+]?[0-9]{1,9})?)\s*(?P<scale>[kmb]?)\s*$", re.I
)
# Exact for any number an option can hold (1e-31, 1e999999999): the range check sees the value typed.
_EXACT = Context(prec=100, Emax=MAX_EMAX, Emin=MIN_EMIN)


class OptionError(Exception):
    """A command-line value that cannot be used: names the option, the value and what is allowed."""

    def __init__(self, option: str, value: str, problem: str) -> None:
        super().__init__(f"{option} {value!r}: {problem}")


def _number(option: str, raw: str, *, scales: bool = True) -> Decimal:
    match = _NUMBER.match(raw)
    if match is None or (match["scale"] and not scales):
        raise OptionError(option, raw, "is not a number")
    try:
        value = Decimal(match["num"].replace(",", "").replace("_", ""))
    except InvalidOperation:
        raise OptionError(option, raw, "is not a number") from None
    return _EXACT.multiply(value, _SCALES[match["scale"].lower()])


def _checked(option: str, raw: str, value: Decimal, bound: Bound, what: str) -> Decimal:
    if not bound.contains(value):
        raise OptionError(option, raw, _out_of_range(bound, what))
    return value


def _out_of_range(bound: Bound, what: str) -> str:
    return f"is out of range: allowed {_allowed(bound)}" + (f" ({what})" if what else "")


def _allowed(bound: Bound) -> str:
    return bound.allowed()


def percent(option: str, bound: Bound, what: str) -> Callable[[str], Decimal]:
    """A percentage as people type it: ``40`` or ``40%`` (never a fraction) -> Decimal("0.4")."""

    def parse(raw: str) -> Decimal:
        text = raw.strip().removesuffix("%").strip()
        if text.startswith("-"):
            raise OptionError(option, raw, _out_of_range(bound, what))
        return _checked(option, raw, _EXACT.scaleb(_number(option, text, scales=False), -2), bound, what)

    return parse


def amount(option: str, bound: Bound, what: str) -> Callable[[str], Decimal]:
    """A number with optional ``$``, thousands separators and k/M/B: ``10k``, ``$5``, ``4,000``."""

    def parse(raw: str) -> Decimal:
        if raw.strip().startswith("-"):
            raise OptionError(option, raw, _out_of_range(bound, what))
        return _checked(option, raw, _number(option, raw), bound, what)

    return parse


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("chart", help="draw a break-even, prompt-caching or commitment chart as a PNG")
    sub = p.add_subparsers(dest="chart_kind", metavar="CHART", required=True)

    be = sub.add_parser("breakeven", help="provisioned throughput vs on-demand across utilization")
    be.add_argument("--discount", required=True, help="provisioned discount vs on-demand, percent (40 or 40%%)")
    be.add_argument("--utilization", action="append", default=[],
                    help="the customer's sustained utilization, percent (repeat to mark several)")
    be.add_argument("--monthly-bill", help="provisioned bill in USD per 730-hour month, to chart in dollars")
    be.add_argument("--out", required=True, type=Path, help="PNG file to write")
    be.set_defaults(handler=breakeven)

    ca = sub.add_parser("caching", help="daily prefix cost with and without prompt caching vs calls per day")
    ca.add_argument("--prefix", required=True, help="cached prefix length in tokens (4000 or 4k)")
    ca.add_argument("--input-rate", required=True, help="input rate, USD per million tokens")
    ca.add_argument("--cache-read-rate", required=True, help="cache read (hit) rate, USD per million tokens")
    ca.add_argument("--cache-write-rate", help="cache write rate, USD per million tokens "
                    "(default: from the provider table, else 1.25× input for 5-minute writes)")
    ca.add_argument("--calls-per-day", required=True, help="calls a day sharing the prefix (10000 or 10k)")
    ca.add_argument("--hit-ratio", help="share of calls that read the cache, percent (default: every call "
                    "that does not write)")
    ca.add_argument("--writes-per-day", help="cache writes a day (default: derived from the TTL)")
    ca.add_argument("--ttl", choices=("5m", "1h"), default="5m", help="cache lifetime tier (default 5m)")
    ca.add_argument("--ttl-minutes", help="cache lifetime in minutes, overriding the tier's")
    ca.add_argument("--active-hours", help="hours a day the traffic is spread over (default 24)")
    ca.add_argument("--min-prefix", help="minimum cacheable prefix in tokens (default: provider table)")
    ca.add_argument("--provider", help="provider, for its minimum prefix and cache behaviour (e.g. anthropic)")
    ca.add_argument("--model", help="model, for its minimum cacheable prefix (e.g. claude-sonnet-4.5)")
    ca.add_argument("--max-calls", help="right end of the calls-per-day axis (default: a round number "
                    "above twice the asked volume and the payback point)")
    ca.add_argument("--out", required=True, type=Path, help="PNG file to write")
    ca.set_defaults(handler=caching)

    co = sub.add_parser("commitment", help="load duration curve with the cost-minimising commitment")
    src = co.add_mutually_exclusive_group(required=True)
    src.add_argument("--profile", type=Path, help="CSV of hourly loads: one number per line, or a `load` column")
    src.add_argument("--synthetic", action="store_true", help="use a synthetic diurnal profile (see --days)")
    co.add_argument("--days", type=int, default=7, help="days of synthetic profile (default 7)")
    co.add_argument("--seed", type=int, default=7, help="seed of the synthetic profile's noise (default 7)")
    co.add_argument("--discount", required=True, help="provisioned discount vs on-demand, percent (40 or 40%%)")
    co.add_argument("--price-per-unit-hour", help="on-demand USD per load unit-hour, to chart costs in dollars")
    co.add_argument("--unit", default="units", help="name of the load unit on the chart (default: units)")
    co.add_argument("--out", required=True, type=Path, help="PNG file to write")
    co.set_defaults(handler=commitment)


def _run(command: str, build: Callable[[], bytes], out: Path) -> int:
    from pricing import PricingError

    try:
        png = build()
    except (OptionError, PricingError) as error:
        print(f"pricebot chart {command}: {error}", file=sys.stderr)
        return 2
    try:
        out.write_bytes(png)
    except OSError as error:
        print(f"pricebot chart {command}: --out {str(out)!r}: cannot write: {error.strerror}", file=sys.stderr)
        return 2
    print(f"Wrote {out} ({len(png):,} bytes).")
    return 0


def _optional(raw: str | None, parse: Callable[[str], Decimal]) -> Decimal | None:
    return None if raw is None else parse(raw)


def breakeven(args: argparse.Namespace) -> int:
    def build() -> bytes:
        from bot.charts import break_even_chart, render
        from pricing.validation import DISCOUNT, UNIT_PRICE, UTILIZATION

        discount = percent("--discount", DISCOUNT, "")(args.discount)
        marks = [percent("--utilization", UTILIZATION, "")(u) for u in args.utilization]
        bill = _optional(args.monthly_bill, amount("--monthly-bill", UNIT_PRICE, "USD a month"))
        return render(break_even_chart(discount, marks, monthly_bill=bill))

    return _run("breakeven", build, args.out)


def caching(args: argparse.Namespace) -> int:
    def build() -> bytes:
        from bot.charts import caching_chart, render
        from pricing import CachingRequest, Rates
        from pricing.validation import ACTIVE_HOURS, CALLS, RATE, SHARE, TOKENS, TOKENS_PER_CALL, TTL_MINUTES

        rate = "USD per million tokens"
        write = _optional(args.cache_write_rate, amount("--cache-write-rate", RATE, rate))
        rates = Rates(
            input=amount("--input-rate", RATE, rate)(args.input_rate),
            output=Decimal(0),  # not used by the caching chart
            cache_read=amount("--cache-read-rate", RATE, rate)(args.cache_read_rate),
            cache_write=write if args.ttl == "5m" else None,
            cache_write_1h=write if args.ttl == "1h" else None,
            source="rates given on the command line",
        )
        optional: dict[str, object] = {
            "hit_ratio": _optional(args.hit_ratio, percent("--hit-ratio", SHARE, "")),
            "writes_per_day": _optional(args.writes_per_day, amount("--writes-per-day", CALLS, "writes a day")),
            "ttl_minutes": _optional(args.ttl_minutes, amount("--ttl-minutes", TTL_MINUTES, "minutes")),
            "active_hours_per_day": _optional(args.active_hours, amount("--active-hours", ACTIVE_HOURS, "hours")),
            "min_prefix_tokens": _optional(args.min_prefix, amount("--min-prefix", TOKENS, "tokens")),
            "provider": args.provider,
            "model": args.model,
        }
        request = CachingRequest(
            rates=rates,
            prefix_tokens=amount("--prefix", TOKENS_PER_CALL, "tokens")(args.prefix),
            calls_per_day=amount("--calls-per-day", CALLS, "calls a day")(args.calls_per_day),
            ttl=args.ttl,
            **{k: v for k, v in optional.items() if v is not None},
        )
        calls_max = _optional(args.max_calls, amount("--max-calls", CALLS, "calls a day"))
        if calls_max is not None and calls_max <= 0:
            raise OptionError("--max-calls", args.max_calls, "must be more than 0")
        return render(caching_chart(request, calls_max=calls_max))

    return _run("caching", build, args.out)


def commitment(args: argparse.Namespace) -> int:
    def build() -> bytes:
        from bot.charts import commitment_chart, read_profile, render, synthetic_profile
        from pricing.validation import DISCOUNT, UNIT_PRICE

        discount = percent("--discount", DISCOUNT, "")(args.discount)
        price = _optional(args.price_per_unit_hour, amount("--price-per-unit-hour", UNIT_PRICE, "USD"))
        if args.profile is not None:
            try:
                loads = read_profile(args.profile)
            except OSError as error:
                raise OptionError("--profile", str(args.profile), f"cannot read: {error.strerror}") from None
        else:
            if not 1 <= args.days <= 4_166:
                raise OptionError("--days", str(args.days), "is out of range: allowed 1 to 4,166 days")
            loads = synthetic_profile(args.days, seed=args.seed)
        unit = args.unit.strip() or "units"
        return render(commitment_chart(loads, discount, price_per_unit_hour=price, unit=unit))

    return _run("commitment", build, args.out)
