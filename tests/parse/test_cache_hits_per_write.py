"""Hits counted per cache write (our own sentences, not a scored batch's): a stated number of hits each write serves
before it expires is a hit rate (3 hits a write: 3 of every 4 calls hit), and "how many hits per write to break
even?" is answered from the cache prices' multiples alone (write premium ÷ saving per hit)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from pricing.caching_figures import hit_break_even
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    ("text", "hit_ratio"),
    [
        ("8k prefix, $3 in / $0.30 read / $3.75 write, 2k calls a day, each write only gets ~3 hits before the "
         "ttl runs out", Decimal("0.75")),
        ("5k prefix at $2 in, $0.20 reads, 1k calls/day; every cache write is followed by about 9 hits",
         Decimal("0.9")),
        ("roughly 4 hits per write on a 6k prefix, $1 input, $0.10 cached, 3k calls a day", Decimal("0.8")),
        ("a write typically serves 1 more call before expiry; 2k prefix, $3/$0.30, 500 calls a day", Decimal("0.5")),
    ],
)
def test_hits_each_write_serves_are_a_hit_rate(text: str, hit_ratio: Decimal) -> None:
    assert parse(text).fields.hit_ratio == hit_ratio


def test_a_question_about_hits_per_write_is_not_a_hit_rate() -> None:
    assert parse("2k prefix, $3 in, reads $0.30, writes $3.75: how many hits per write to break even?").fields \
        .hit_ratio is None


def test_hits_per_write_answered_with_the_day() -> None:
    # 1,200 calls, 3 hits a write: 900 hits x 10,000 x $2.70/1M ($0.027) = $24.30 - 300 writes x $0.0075 = $2.25
    assert_figures("10k prefix, $3 in, reads $0.30, writes $3.75, 1,200 calls a day, each write gets ~3 hits",
                   ["$24.30", "$2.25", "$22.05"])


def test_hits_per_write_is_premium_over_saving() -> None:
    result = hit_break_even(Decimal("0.1"), Decimal("1.25"))
    assert result is not None
    assert result.hits_per_write.quantize(Decimal("0.0001")) == Decimal("0.2778")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("writes are 1.25x the input price and cache reads 0.1x; how many hits does one write need to break even?",
         "0.2778"),
        ("if a cache write costs 2x input and a read 10% of input, how many reads pay back a write?", "1.1111"),
        ("break-even hits per write with writes at 125% and reads at 50% of input?", "0.5"),
        ("cache writes 25% over input, reads 90% off. hits needed to pay back each write?", "0.2778"),
    ],
)
def test_hits_to_pay_back_a_write_from_the_multiples(text: str, figure: str) -> None:
    assert_figures(text, [figure])
    assert "tell me the size of the repeated prefix" in reply_text(text)  # the dollars still need a prefix


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # hit saves 10,000 x $2.70/1M = $0.027; premium 10,000 x $0.75/1M = $0.0075; 4 x 0.027 - 0.0075 = $0.1005
        ("10k prefix, $3 in, reads $0.30, writes $3.75: net for one write + 4 hits?", "$0.1005"),
        # 1h write at 2x: premium 5,000 x $5/1M = $0.025; hit saves 5,000 x $4.50/1M = $0.0225; 19 x - = $0.4025
        ("1-hour cache, writes 2x input, reads 10%, 5k prefix at $5/M input. a write followed by 19 reads nets what?",
         "$0.4025"),
    ],
)
def test_one_write_then_so_many_hits(text: str, figure: str) -> None:
    assert_figures(text, [figure])
