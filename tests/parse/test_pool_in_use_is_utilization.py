"""A pool of capacity counted in items and the items in use (our own sentences, not a scored batch's): "bought 40
seats, 30 in use on average" is a utilization of 75%, worked beside the Okta analogy when that is what was asked."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import reply_text


@pytest.mark.parametrize(
    ("text", "utilization"),
    [
        ("they reserved 12 PTUs and average about 9 in use. 35% off list. does it pay?", Decimal("0.75")),
        ("customer bought 10 model units but only uses 4, discount 30%, worth keeping?", Decimal("0.4")),
        ("45 of their 60 instances are busy on average; the commit is 25% below on-demand. break-even?",
         Decimal("0.75")),
        ("we pay for 200 seats, averaging 150 used, and the provisioned deal is 40% off", Decimal("0.75")),
    ],
)
def test_items_in_use_of_a_pool_are_its_utilization(text: str, utilization: Decimal) -> None:
    ask = parse(text)
    assert ask.intent.value == "break_even" and ask.fields.utilization == [utilization]


def test_the_reply_shows_the_division_and_the_cost_against_on_demand() -> None:
    # 9 ÷ 12 = 75%; (1 − 35%) ÷ 75% = 0.8667× on-demand
    reply = reply_text("they reserved 12 PTUs and average about 9 in use. 35% off list. does it pay?")
    assert "9 ptus ÷ 12 ptus = *75%*" in reply.lower() and "0.8667×" in reply


@pytest.mark.parametrize(
    ("text", "utilization"),
    [
        # the Okta analogy asked about, with a pool's use beside it: the entry and the utilization
        ("is concurrent session licensing a fair way to explain PT? say they buy 1,000 sessions and average 640 "
         "in use", "64%"),
        ("what's the okta analogy got to do with provisioned throughput? if 80 of the 100 licences are used "
         "on average, what's the utilisation", "80%"),
    ],
)
def test_the_analogy_asked_with_a_pool_gets_the_entry_and_the_figure(text: str, utilization: str) -> None:
    reply = reply_text(text)
    assert "Okta analogy" in reply and f"= *{utilization}*" in reply


@pytest.mark.parametrize(
    "text",
    [
        # more in use than bought: no utilization is made up
        "they bought 5 units and average 8 busy, 30% off",
        # a count that is no pool: calls, not items of capacity
        "they bought 5 units; calls average 300 a minute; 30% off",
    ],
)
def test_counts_that_are_no_share_of_a_pool_give_no_utilization(text: str) -> None:
    assert not parse(text).fields.utilization


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("they use 3.6M of a 6M tokens-per-hour reservation; 30% off. pays?", "3,600,000 tokens/hour ÷ 6,000,000 "
         "tokens/hour = *60%*"),
        ("averaging 45k of their 60k TPM commit at 20% off", "45,000 TPM ÷ 60,000 TPM = *75%*"),
    ],
)
def test_a_load_used_out_of_the_capacity_reserved(text: str, shown: str) -> None:
    assert shown in reply_text(text)


def test_units_whose_bill_is_asked() -> None:
    # 3 × $2 × 730 = $4,380.00
    assert "3 × $2.00 × 730 h = *$4,380.00*" in reply_text("what is a PTU and what would 3 cost at $2/hr for a "
                                                         "730-hour month?")
