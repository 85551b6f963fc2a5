"""How often a cache writes, in the words reps use (our own sentences, not a scored batch's): one write in so
many calls (every miss writes, so the rest are hits), a cache rewritten on a schedule, and three prices in a row
for input, cache read and cache write."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from pricing.caching import writes_every
from pricing.errors import InvalidInputError
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "hit_ratio"),
    [
        ("8k prefix, $3 in / $0.30 read / $3.75 write, 20k calls a day, 1 write per 40 calls", Decimal("0.975")),
        ("about 1 miss in every 20 requests; 2k prefix at $1 in / $0.10 read, 5k requests a day", Decimal("0.95")),
        ("4k system prompt, 3 writes per 1,000 calls, 10k calls/day, $5 in / $0.50 read", Decimal("0.997")),
    ],
)
def test_one_write_in_so_many_calls_is_a_hit_rate(text: str, hit_ratio: Decimal) -> None:
    assert parse(text).fields.hit_ratio == hit_ratio


def test_more_writes_than_calls_is_left_alone() -> None:
    assert parse("2k prefix, 5 writes per 2 calls, $3 in / $0.30 read, 1k calls a day").fields.hit_ratio is None


@pytest.mark.parametrize(
    ("text", "writes"),
    [
        ("cache rewritten every 10 min round the clock, 8k prefix, 50k calls/day, $3 in / $0.30 read / $3.75 write",
         Decimal(144)),
        ("prefix re-cached every hour over a 12-hour day, 6k prefix, 9k calls a day, $2 in / $0.20 read",
         Decimal(12)),
    ],
)
def test_a_cache_rewritten_on_a_schedule_writes_once_each_interval(text: str, writes: Decimal) -> None:
    assert parse(text).fields.writes_per_day == writes


def test_writes_on_a_schedule() -> None:
    assert writes_every(Decimal(5)) == 288
    assert writes_every(Decimal(30), Decimal(8)) == 16
    with pytest.raises(InvalidInputError):
        writes_every(Decimal(0))
    with pytest.raises(InvalidInputError):
        writes_every(Decimal(5), Decimal(25))


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("5k prefix, $2.50/$0.25/$3.125, 10k calls a day, 90% hits",
         (Decimal("2.5"), Decimal("0.25"), Decimal("3.125"))),
        ("cache a 3k prompt: $1/$0.10/$1.25 per MTok, 4k calls/day", (Decimal(1), Decimal("0.1"), Decimal("1.25"))),
    ],
)
def test_three_prices_in_a_row_are_input_read_and_write(text: str, fields: tuple[Decimal, ...]) -> None:
    got = parse(text).fields
    assert (got.input_rate, got.cache_read_rate, got.cache_write_rate) == fields


def test_three_prices_out_of_that_order_are_not_read_as_cache_prices() -> None:
    got = parse("caching question: $3/$15/$0.30, 2k prefix, 1k calls a day").fields
    assert got.cache_write_rate != Decimal("0.3") and got.cache_read_rate != Decimal(15)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 20,000 calls, 1 write in 40: 19,500 hits x 8,000 x $2.70/1M = $421.20; 500 writes x 8,000 x $0.75/1M = $3
        ("8k prefix, $3 in / $0.30 read / $3.75 write, 20k calls a day, 1 write per 40 calls. net a day?",
         ["$421.20", "$3.00", "$418.20"]),
        # 144 writes: 49,856 hits x 8,000 x $2.70/1M = $1,076.89; 144 x 8,000 x $0.75/1M = $0.864
        ("cache rewritten every 10 min round the clock, 8k prefix, 50k calls/day, $3 in / $0.30 read / $3.75 write",
         ["$1,076.89", "$0.864"]),
        # 5k prefix, 90% of 10k hit: 9,000 x 5,000 x $2.25/1M = $101.25; 1,000 x 5,000 x $0.625/1M = $3.125
        ("5k prefix, $2.50/$0.25/$3.125, 10k calls a day, 90% hits. net per day?", ["$101.25", "*$98.13 a day*"]),
    ],
)
def test_the_net_of_writes_said_in_words(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


@pytest.mark.parametrize(
    "text",
    [
        "1M requests a month at a 92% hit rate; 4k-token prefix; $2.50/M in, $0.25/M cached; cache writes charged at "
        "plain input. monthly saving?",
        "4k prefix, input $2.50/M, cached $0.25/M, writes billed at standard input, a mil calls a month, 92% hits. "
        "monthly?",
        "a mil requests a month, 92% hit rate, 4k prefix, $2.50 in / $0.25 cached per M, writes are priced at normal "
        "input (no premium). what do we save a month?",
    ],
)
def test_writes_billed_at_the_input_price_cost_no_premium(text: str) -> None:
    # 1,000,000 calls × 92% = 920,000 hits × 4,000 × ($2.50 − $0.25)/1M ($0.009) = $8,280.00; the 80,000 misses write
    # at the input price, so they cost nothing on top
    assert parse(text).fields.cache_write_rate == Decimal("2.5")
    assert_figures(text, ["$0.009", "1,000,000 calls", "$8,280.00"])


def test_writes_at_a_premium_are_not_billed_at_the_input_price() -> None:
    # near miss: a write at 1.25x input adds 4,000 × $0.625/1M = $0.0025 on each of 80,000 misses ($200):
    # $8,280.00 − $200.00 = $8,080.00
    text = ("a mil calls a month, 92% hit rate, 4k prefix, input $2.50/M, cached $0.25/M, writes billed at 1.25x "
            "input. monthly saving?")
    assert parse(text).fields.cache_write_rate != Decimal("2.5")
    assert_figures(text, ["$0.0025", "$8,080.00"])
