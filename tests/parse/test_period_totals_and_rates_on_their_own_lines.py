"""Period totals asked beside rates laid out one per line (our own sentences, not a scored batch's): a side word on the
next line ("Input and output per week?") labels no rate on the line before; "for a 730-hour month" is the month's
length, not the hours the traffic runs; a span said in weeks ("the annual at 52 weeks", "over 13 weeks") is that many
weeks of the daily cost."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import reply_text


@pytest.mark.parametrize(
    "text",
    [
        "140M input tokens a week, 28M output tokens a week\ninput 40c per million, output $2 per million\n"
        "Input and output per week, and the total?",
        "weekly volume: 70M in, 14M out\ninput $0.40/M, output $2/M\ninput and output costs per week please",
        "input $0.40 per million\noutput $2 per million\ninput and output for 140M in and 28M out a week?",
        "- output: $2 per million\n- input: 40 cents per million\n- 140M input and 28M output weekly\n"
        "Input and output per week?",
    ],
)
def test_a_side_word_on_the_next_line_labels_no_rate(text: str) -> None:
    ask = parse(text)
    assert (ask.fields.input_rate, ask.fields.output_rate) == (Decimal("0.4"), Decimal(2))
    assert not ask.ambiguities


def test_a_730_hour_month_is_no_active_hours() -> None:
    # 140M × $0.40/M = $56.00 and 28M × $2/M = $56.00 a week; $16.00 a day × 730 ÷ 24 = $486.67 a month
    text = ("140M input tokens a week, 28M output tokens a week\ninput 40c per million, output $2 per million\n"
            "Input and output per week, total per week, and what that is for a 730-hour month.")
    assert parse(text).fields.active_hours is None
    reply = reply_text(text)
    for figure in ("$56.00", "$112.00", "$486.67"):
        assert figure in reply, (figure, reply)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # $10.00 a day; 52 weeks = 364 days: $3,640.00
        ("70M in, 14M out a week at $0.50/M in and $2.50/M out. weekly, and the annual at 52 weeks?", "$3,640.00"),
        # 13 weeks = 91 days: $910.00
        ("10M in and 2M out a day, $0.50/$2.50 per M. what does it cost over 13 weeks?", "$910.00"),
        # a 50-week year = 350 days: $3,500.00
        ("10M in and 2M out a day at $0.50/M and $2.50/M; finance wants a 50-week year total", "$3,500.00"),
    ],
)
def test_a_span_in_weeks_is_that_many_weeks_of_the_daily_cost(text: str, figure: str) -> None:
    assert figure in reply_text(text)


@pytest.mark.parametrize(
    ("text", "on_demand", "provisioned"),
    [
        ("if they stay on-demand, current usage prices out at $30,000/month; the provisioned commitment for it is a "
         "flat $24,000/month. monthly saving?", 30000, 24000),
        ("on-demand for their tokens last month came to $52,000. The reservation would be $45,000 a month. "
         "cheaper?", 52000, 45000),
        ("On-demand, today's traffic works out at $9,000 a month; provisioned is $10,500 a month. which wins?",
         9000, 10500),
        ("PT commitment: $60,000/month. On-demand for the same traffic this month was $75,000. savings?",
         75000, 60000),
    ],
)
def test_an_on_demand_spend_said_around_its_period_is_read(text: str, on_demand: int, provisioned: int) -> None:
    fields = parse(text).fields
    assert (fields.on_demand_spend, fields.provisioned_spend) == (Decimal(on_demand), Decimal(provisioned))


def test_the_reply_gives_break_even_traffic_and_the_saving_per_quarter() -> None:
    # $24,000 ÷ $30,000 = 80%; quarter: $90,000 − $72,000 = $18,000 less
    reply = reply_text("if they stay on-demand, current usage prices out at $30,000/month; the provisioned commitment "
                       "for it is a flat $24,000/month. saving per month and per quarter, and how far can traffic "
                       "fall?")
    for figure in ("$6,000.00 a month less", "*80%*", "*$18,000.00 a quarter less*"):
        assert figure in reply, (figure, reply)


def test_a_commitment_dearer_than_on_demand_says_how_far_traffic_must_grow() -> None:
    reply = reply_text("On-demand, today's traffic works out at $9,000 a month; provisioned is $10,500 a month. "
                       "which wins?")
    assert "$1,500.00 a month more" in reply and "grow" in reply, reply
