"""Figures said in words reach the reply: a peak-to-average ratio said as a multiple of the average ("twice the
average", "two and a half times", "PAR like 8x"), and rates said as "N dollars a million" (our own sentences, not a
scored batch's)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    ("text", "ratio"),
    [
        ("their busiest hour is roughly twice the average; 35% off provisioned", Decimal(2)),
        ("peaks run at double the mean, PTUs at 30% off", Decimal(2)),
        ("peak is three and a half times the baseline, 40% discount offered", Decimal("3.5")),
        ("peak to avg about one and a half x, 25% off provisioned", Decimal("1.5")),
        ("peak-to-average is just 1.4 and provisioned is 20% off", Decimal("1.4")),
        ("PAR maybe 6x, 50% off reserved capacity", Decimal(6)),
    ],
)
def test_a_peak_to_average_ratio_said_in_words_is_read(text: str, ratio: Decimal) -> None:
    assert parse(text).fields.peak_to_average == ratio


def test_twice_as_large_is_still_growth_not_a_ratio() -> None:
    fields = parse("vendor charges $0.02 a call, calls are 2k in / 200 out at $3/$15, what if calls get twice as "
                   "large").fields
    assert fields.peak_to_average is None


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # sized for a peak three times the average: utilization 1/3; cost (1 - 25%) x 3 = 2.25x
        ("peak runs about triple the average, 25% off provisioned and they'd size for peak. utilisation and cost vs "
         "on-demand?", ["33.33%", "2.25× on-demand"]),
        # 1.5 x (1 - 30%) = 1.05x
        ("peak to avg is one and a half x, 30% off, sized for the peak: where do they land?",
         ["66.67%", "1.05× on-demand"]),
    ],
)
def test_sized_for_a_peak_said_in_words(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("four dollars a million in and twelve out, one million input tokens a day and two hundred thousand output",
         {"input_rate": Decimal(4), "output_rate": Decimal(12), "input_tokens_per_day": Decimal(1_000_000)}),
        ("a dollar a million for input, eight dollars a million for output, 3k in / 500 out per call",
         {"input_rate": Decimal(1), "output_rate": Decimal(8)}),
        ("seventy cents a million for input and two dollars eighty a million for output, 2k in / 400 out per call",
         {"input_rate": Decimal("0.7"), "output_rate": Decimal("2.8")}),
        ("2k token prefix, three dollars a million for input, thirty cents a million for cache reads, 5k calls a day",
         {"input_rate": Decimal(3), "cache_read_rate": Decimal("0.3"), "prefix_tokens": Decimal(2000)}),
    ],
)
def test_dollars_a_million_said_in_words_are_rates(text: str, fields: dict[str, Decimal]) -> None:
    got = parse(text).fields
    for name, value in fields.items():
        assert getattr(got, name) == value, name


def test_a_rate_said_in_words_is_priced() -> None:
    # 1M x $4 = $4.00 input; 200k x $12 = $2.40 output, a day
    assert_figures("four dollars a million in and twelve out, one million input tokens a day and two hundred "
                   "thousand output. daily cost?", ["$4.00", "$2.40", "$6.40"])


@pytest.mark.parametrize(
    "text",
    [
        "$2 per million input, cached at 20p, sorry, 20 cents, per million. 4,000-token prefix, 50k calls a day, all "
        "hits. saving per day?",
        "input $2/M and 20p — sorry, 20 cents, long day — cache read; 4k prefix, 50k calls/day. daily saving if all "
        "hit?",
        "4k prefix, $2/M in, reads $0.25, I mean $0.20, 50k calls a day, all hits. daily saving?",
        # near miss: "sorry" with no figure after it takes nothing back
        "4k prefix, 50k calls a day at $2 in / $0.20 cached, sorry if obvious. daily saving if all hit?",
    ],
)
def test_a_figure_taken_back_is_replaced_by_the_one_said_after(text: str) -> None:
    # 4,000 × ($2 − $0.20)/1M = $0.0072 a hit × 50,000 = $360.00 a day
    fields = parse(text).fields
    assert (fields.input_rate, fields.cache_read_rate) == (Decimal(2), Decimal("0.2")), fields
    reply = reply_text(text)
    assert "$0.0072" in reply and "$360.00 a day" in reply, reply
