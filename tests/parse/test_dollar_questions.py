"""Dollar questions answered in dollars: a spend and a discount give the new bill, a direct spend or direct rates
and a markup give what the hyperscaler costs."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.format import money
from tests.support.replies import reply_text


@pytest.mark.parametrize(
    ("text", "spend", "discount", "utilization", "period"),
    [
        ("they spend $20,000 a month on-demand; 30% off provisioned at 80% utilisation, new bill?", 20_000, "0.3",
         "0.8", "month"),
        ("on-demand bill is about $3k/wk, 25% discount on PTUs, 90% utilized. weekly bill?", 3_000, "0.25", "0.9",
         "week"),
        ("on-demand spend 50.000 $/month, 40% off provisioned, they'd be ~80% utilised", 50_000, "0.4", "0.8",
         "month"),
    ],
)
def test_new_bill_from_spend(text: str, spend: int, discount: str, utilization: str, period: str) -> None:
    bill = Decimal(spend) * (1 - Decimal(discount)) / Decimal(utilization)
    reply = reply_text(text)
    assert f"*{money(bill)}* a {period}" in reply
    assert f"{money(Decimal(spend) - bill)} less" in reply


def test_units_against_the_spend_they_replace() -> None:
    reply = reply_text("4 PTUs at $10/PTU-hr around the clock vs $35k/month on-demand for the same traffic. worth it?")
    assert "*$29,200.00* a month" in reply  # 4 × $10 × 730 h
    assert "$5,800.00 a month less" in reply


def test_markup_on_a_direct_spend_and_on_direct_rates() -> None:
    reply = reply_text("direct would be $10,000/mo; Bedrock list +20%, EA 10%. what would they pay on Bedrock?")
    assert "*$10,800.00* a month" in reply  # 10,000 × 1.2 × 0.9
    reply = reply_text("Azure lists 20% above direct, their EA is 10%, direct rates $2/M in and $8/M out. "
                       "effective rates?")
    assert "*$2.16/1M*" in reply and "*$8.64/1M*" in reply


def test_a_markup_the_ea_cancels_is_answered_as_a_check() -> None:
    reply = reply_text("Vertex list is +10%, their EA takes 10% off. does that cancel out?")
    assert "*1% below* the direct list price" in reply  # 1.1 × 0.9 − 1 = −1%
