"""Forms seen in pasted context: a fraction with its count before a discount word ("two-fifths off" is 40%, never
"two 20%"), tables pasted with their columns set apart by spaces (a header over a line of figures, or `key    value`
lines), an effective markup a rep checks ("... is a 15% effective markup?") kept out of the markup itself, and a
peak-to-average ratio said as "six times our average" or "so 1.5 to 1" after the peak."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from bot.parse.forms import read_columns
from bot.parse.models import Intent
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(("text", "discount"), [
    ("Google came back with three-fifths off on-demand for a reserved block. Break-even utilisation?", "0.6"),
    ("the PTU offer is two fifths off list for a year - where's break-even?", "0.4"),
    ("They offered a quarter off for the reservation. Break-even?", "0.25"),
])
def test_a_fraction_with_its_count_before_the_discount_word_is_the_whole_share(text: str, discount: str) -> None:
    assert parse(text).fields.discount == Decimal(discount)


def test_a_fraction_with_its_count_gives_the_right_break_even() -> None:
    # 1 - 3/5 = 40%; at 80%: 0.4 / 0.8 = 0.5 -> 50% of on-demand
    assert_figures("three-fifths off on-demand for PTUs and they'd sit at about 80% utilisation. cost vs on-demand and "
                   "break-even?", ["40%", "50%"])


@pytest.mark.parametrize(("text", "figures"), [
    # 120,000 calls/week x 2,000 in = 240M x $0.50 = $120; x 500 out = 60M x $2 = $120; $240 a week
    ("Their sizing sheet:\n```\nworkload      calls/week   input tok/call   output tok/call\n"
     "support bot   120,000      2,000            500\n```\n$0.50/M in, $2/M out. Weekly cost?",
     ["$120.00", "$240.00"]),
    # 2B x $0.10 = $200; 500M x $0.40 = $200; $400
    ("Usage export for March:\n```\ninput tokens     2,000,000,000\noutput tokens      500,000,000\n```\n"
     "$0.10/M in, $0.40/M out. What's the bill?", ["$200.00", "$400.00"]),
])
def test_a_table_pasted_with_space_aligned_columns_is_priced(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_two_key_value_lines_are_each_their_own_figure_not_a_header_and_its_row() -> None:
    fields = parse("Rates  $3/$15\nCalls/day  2000\n1k in / 200 out per call. daily?").fields
    assert (fields.calls_per_day, fields.input_rate, fields.output_rate) == (Decimal(2000), Decimal(3), Decimal(15))


def test_lines_that_are_not_a_table_keep_their_spacing_reading() -> None:
    text = "Hi team.  Quick one:  they run 2M in a day."
    assert read_columns(text) == text


@pytest.mark.parametrize("text", [
    "procurement claims a 30% list markup less a 20% EA discount is a 10% effective markup - true?",
    "someone said 30% markup and a 20% EA nets out to a 10% net premium. right?",
])
def test_an_effective_markup_being_checked_is_not_the_list_markup(text: str) -> None:
    ask = parse(text)
    assert ask.intent is Intent.MARKUP
    assert (ask.fields.markup, ask.fields.ea_discount) == (Decimal("0.3"), Decimal("0.2"))
    assert not ask.ambiguities
    # 1.30 x 0.80 - 1 = 4%
    assert_figures(text, ["4%"])


@pytest.mark.parametrize(("text", "par"), [
    ("Traffic is seasonal: the January sales run about four times our average. 35% off if sized for peak. Worth it?",
     "4"),
    ("Peak is a bit over the mean - call it 1.5 to 1. 30% off provisioned sized for peak - utilisation and cost vs "
     "on-demand?", "1.5"),
])
def test_a_peak_to_average_ratio_said_in_words_is_read(text: str, par: str) -> None:
    assert parse(text).fields.peak_to_average == Decimal(par)


def test_a_peak_said_as_n_to_1_sizes_the_reservation() -> None:
    # sized for peak: 1 / 1.5 = 66.7% utilization; (1 - 30%) x 1.5 = 1.05 -> 5% above on-demand
    text = "Peak is a bit over the mean - call it 1.5 to 1. 30% off provisioned sized for peak - utilisation and cost?"
    assert_figures(text, ["66.67%", "70%", "5% above on-demand"])
    assert "Not used" not in reply_text(text)
