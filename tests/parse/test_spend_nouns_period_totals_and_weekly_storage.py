"""A direct spend called a quote or an invoice, an on-demand spend in a clause after "where", the if-every-call-hits
saving over a period counted in days, and a cache's storage over the hours it is kept each day of a week. Our own
sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize("noun", ["quote", "invoice", "bill", "total"])
def test_a_direct_spend_named_by_what_it_is_on_paper(noun: str) -> None:
    said = (f"Annual direct {noun} is $240,000. Bedrock lists 20% over direct and the EA knocks 10% off. their cost "
            "on Bedrock?")
    fields = parse(said).fields
    assert fields.direct_spend == Decimal(240_000)
    assert_figures(said, ["8%", "$259,200.00"])  # 1.2 × 0.9 = 1.08


def test_an_on_demand_spend_said_in_a_clause_after_where() -> None:
    said = ("option 1: 3 units at $30 per unit-hour all month. option 2: stay on-demand, where the customer's "
            "analyst puts the same load at $50,000 a month. which is cheaper and by how much?")
    assert parse(said).fields.on_demand_spend == Decimal(50_000)
    assert_figures(said, ["$65,700.00", "$15,700.00"])  # 3 × $30 × 730


def test_the_every_call_hits_saving_over_a_quarter_of_stated_days() -> None:
    assert_figures("2,000-token cached prefix, $3 per million input, $0.30 cached, 10k calls a day all hitting. "
                   "saving per day and over a 90-day quarter?", ["$0.0054", "$54.00", "$4,860.00"])  # × 10k; × 90


def test_storage_over_the_hours_kept_each_day_of_a_week() -> None:
    reply = reply_text("explicit cache of 80k tokens on gemini, storage $2 per million tokens per hour, kept warm "
                       "8 hours each workday. storage per day and per 5-day week?")
    assert "*$6.40 a week*; $1.28 a day of 8 h; $0.16 an hour" in reply  # 80k × $2/M an hour; × 8; × 5
