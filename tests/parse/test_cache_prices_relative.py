"""Cache prices said relative to the input rate (our own sentences, not a scored batch's): a write premium ("writes
25% over input", "a 30% write premium"), a read discount ("reads 90% off", "cached tokens are 75% cheaper"), a share
after a billing verb ("reads bill at 10%"), a fraction of the input just given ("cached input is half of that") and
the provider's standard ratios ("std anthropic ratios"). A premium or a discount is never read as the price itself."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "write"),
    [
        ("input $2/M, cache reads $0.20, writes 25% over input, 5k prefix, 3k calls a day", Decimal("2.5")),
        ("$4 in, reads $0.40, cache writes carry a 25% premium, 6k prefix, 8k calls/day", Decimal(5)),
        ("cache write 50% premium, $2 input, $0.20 reads, 3k prefix, 1k calls daily", Decimal(3)),
        ("$2 input and a 25% write premium, reads at $0.20, 3k prefix, 1k calls a day", Decimal("2.5")),
        ("$3 input, writes cost 25% more than input, reads $0.30, 2k prefix, 500 calls a day", Decimal("3.75")),
        ("writes are 30% above the input rate of $2/M, reads $0.25, 4k prefix, 2k calls/day", Decimal("2.6")),
    ],
)
def test_a_write_premium_is_over_the_input_rate(text: str, write: Decimal) -> None:
    fields = parse(text).fields
    assert fields.cache_write_rate == write
    assert fields.discount is None and fields.markup is None


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("$3/M input, reads 90% off, writes $3.75, 4k prefix, 2k calls a day", Decimal("0.3")),
        ("cache hits are 75% cheaper than input at $2/M, 8k prefix, 5k calls/day", Decimal("0.5")),
        ("$5 input, 90% discount on cached input, 10k prefix, 1k calls a day", Decimal("0.5")),
        ("input $1/M, cached tokens 50% off, 3k prefix, 10k calls/day", Decimal("0.5")),
        ("$3 in, reads bill at 10%, 4k prefix, 1k calls a day", Decimal("0.3")),
        ("$2 in, cached input is a quarter of that, 4k prefix, 1k calls a day", Decimal("0.5")),
        ("input at $4, cached input half of that, 6k prefix, 2k calls a day", Decimal(2)),
    ],
)
def test_a_read_discount_is_off_the_input_rate(text: str, read: Decimal) -> None:
    fields = parse(text).fields
    assert fields.cache_read_rate == read
    assert fields.discount is None and fields.hit_ratio is None


@pytest.mark.parametrize(
    "text",
    [
        "$3 in std anthropic ratios, 3k prefix, 1,440 calls a day",
        "3k prefix at $3 input with the standard anthropic cache multipliers, 1,440 calls a day",
        "usual anthropic ratios on $3/M input; 3k token prefix; 1,440 calls/day",
    ],
)
def test_the_standard_anthropic_ratios(text: str) -> None:
    fields = parse(text).fields
    assert (fields.cache_read_rate, fields.cache_write_rate) == (Decimal("0.3"), Decimal("3.75"))


def test_a_premium_answered_with_figures() -> None:
    # saving/hit 6,000 x ($2.00 - $0.20)/1M = $0.0108; premium 6,000 x $0.50/1M = $0.003;
    # 90% of 2,000 = 1,800 hits x $0.0108 = $19.44 - 200 writes x $0.003 = $0.60 -> $18.84 a day
    assert_figures("$2/M in, reads 90% off, writes 25% over input, 6k prefix, 2,000 calls a day, 90% hit rate",
                   ["$0.0108", "$0.003", "$18.84"])


@pytest.mark.parametrize(
    ("text", "read", "write"),
    [
        ("4k prefix $3 in, reads .30, writes 3.75, 10k calls/day, 60% hit rate", Decimal("0.3"), Decimal("3.75")),
        ("$2 input; cache reads 0.20 and writes 2.50; 6k prefix; 3k calls a day", Decimal("0.2"), Decimal("2.5")),
    ],
)
def test_cache_prices_without_a_dollar_sign(text: str, read: Decimal, write: Decimal) -> None:
    fields = parse(text).fields
    assert (fields.cache_read_rate, fields.cache_write_rate) == (read, write)
