"""Asks typed on a phone and keyed deal terms: "n" and "r" for "and" and "are", "wld" for "would", rates closed by
their side after "per mil", dollars said short before an hourly price, percentages said in words, an EA that
"takes N off", and "markup 35 pct ea discount 22 pct" (each keyword right before its own figure). Our own sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import reply_text


@pytest.mark.parametrize(
    "text",
    [
        "rates r two per mil in ten per mil out for 30 million in n 5 million out a week whats weekly",
        "2 per mil in 10 per mil out, 30M in and 5M out weekly. week cost?",
        "at 2 n 10 per mil, 30M in n 5M out every week what does the week cost",
    ],
)
def test_rates_closed_by_their_side_after_per_mil(text: str) -> None:
    fields = parse(text).fields
    assert (fields.input_rate, fields.output_rate) == (Decimal(2), Decimal(10))
    assert "$110.00" in reply_text(text)  # 30 × $2 + 5 × $10 a week


def test_a_count_glued_to_n_is_not_read_as_a_letter() -> None:
    fields = parse("each call 900 tok in n 300 out at 1 n 4 per mil, 10k calls a day. daily?").fields
    assert (fields.input_rate, fields.output_rate) == (Decimal(1), Decimal(4))


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("four reserved units at twelve seventy-five an hr each all month vs 40k a month on demand, saving?", "12.75"),
        ("two units at nineteen fifty per hour, on-demand wld be 30k a month. commit or not?", "19.50"),
        ("3 units @ six forty an hour running 24/7, on demand cld be 15k/mo", "6.40"),
    ],
)
def test_dollars_said_short_before_an_hourly_price(text: str, price: str) -> None:
    fields = parse(text).fields
    assert fields.unit_hour_price == Decimal(price)
    assert fields.on_demand_spend is not None  # "wld be 30k a month on demand": dollars, not calls


def test_on_demand_said_with_wld_is_the_spend_not_calls() -> None:
    text = "pricing 5 units at twenty one an hr. on demand for those tokens wld be 80k a month. commit cost vs od?"
    reply = reply_text(text)
    assert parse(text).fields.on_demand_spend == Decimal(80000)
    assert "calls" not in reply.split("*Assumptions")[0].lower()


@pytest.mark.parametrize(
    ("text", "markup", "ea"),
    [
        ("bedrock list markup 25 pct ea discount fifteen pct whats effective", "0.25", "0.15"),
        ("markup 30 percent ea 10 percent, real markup?", "0.3", "0.1"),
        ("list 20% over direct n their ea takes 8 off. effective markup?", "0.2", "0.08"),
        ("vertex runs 18 pct higher, their edp knocks off 6, true markup?", "0.18", "0.06"),
        ("azure is twenty five pct over direct and their ea gets ten off whats the effective", "0.25", "0.1"),
    ],
)
def test_markup_and_ea_each_keep_their_own_figure(text: str, markup: str, ea: str) -> None:
    fields = parse(text).fields
    assert (fields.markup, fields.ea_discount) == (Decimal(markup), Decimal(ea))


@pytest.mark.parametrize(
    ("text", "discount", "utilization"),
    [
        ("util 80% discount 30% break even?", "0.3", "0.8"),
        ("discount 25% utilization 70%: cost vs od?", "0.25", "0.7"),
        ("35% provisioned discount, 80% utilization", "0.35", "0.8"),
    ],
)
def test_keywords_before_and_after_figures_still_read(text: str, discount: str, utilization: str) -> None:
    fields = parse(text).fields
    assert fields.discount == Decimal(discount)
    assert fields.utilization == [Decimal(utilization)]


def test_a_target_said_in_percent_words_is_the_saving_wanted() -> None:
    text = "at eighty pct util what discount gets them to land fifteen percent under on demand"
    assert "32%" in reply_text(text)  # 1 − 0.8 × 0.85
