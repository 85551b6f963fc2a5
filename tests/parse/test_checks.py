"""A rep's own figure asked to be confirmed ("does 25% off really break even at 75%?", "so they'd save $2k, right?"):
the reply says yes or no first, then shows the arithmetic (our own sentences)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import router
from bot.parse import parse


def _first_line(text: str) -> str:
    return router.answer(text, rate_cards={}).text.splitlines()[1]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("is it true that 30% off breaks even at 70% utilisation?", "*Yes:* at a 30% discount, break-even utilization "
         "is 1 − 30% = 70%, as you said."),
        ("PTUs at 45% off really break even at 50%, right?", "*No:* at a 45% discount, break-even utilization is "
         "1 − 45% = 55%, not 50%."),
        ("sanity check: with a 20% discount they break even at 80% util?", "*Yes:* at a 20% discount, break-even "
         "utilization is 1 − 20% = 80%, as you said."),
        ("correct me if I'm wrong, but 35% off breaks even at 60%", "*No:* at a 35% discount, break-even "
         "utilization is 1 − 35% = 65%, not 60%."),
    ],
)
def test_a_break_even_claim_is_confirmed_or_corrected(text: str, verdict: str) -> None:
    assert _first_line(text) == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # $30,000 × (1 − 40%) ÷ 75% = $24,000: saves $6,000
        ("$30k a month on-demand, 40% off, 75% utilised. So they'd save about $6k a month, correct?",
         "*Yes:* the saving works out at $6,000.00 a month (worked below)."),
        # $12,000 × (1 − 25%) ÷ 90% = $10,000: saves $2,000, not $3,000
        ("On-demand is $12,000/month; 25% off reserved at 90% util would save them $3,000 a month, right?",
         "*No:* the saving works out at $2,000.00 a month, not $3,000.00 (worked below)."),
        # $10,000 × (1 − 20%) ÷ 70% = $11,428.57: costs $1,428.57 more
        ("$10k/mo on-demand, 20% off, 70% util - that saves $1,000 a month, yeah?",
         "*No:* it costs $1,428.57 more than on-demand a month, not $1,000.00 (worked below)."),
    ],
)
def test_a_saving_claim_is_confirmed_or_corrected(text: str, verdict: str) -> None:
    assert parse(text).fields.claimed_saving is not None
    assert _first_line(text) == verdict


@pytest.mark.parametrize(
    ("text", "holds"),
    [
        ("at 30% off and 85% utilization provisioned comes out cheaper, right?", True),
        ("40% off, they'd sit at 55%. that pays off, am I right?", False),
    ],
)
def test_a_cheaper_claim_is_confirmed_or_corrected(text: str, holds: bool) -> None:
    line = _first_line(text)
    assert line.startswith("*Yes:*" if holds else "*No:*"), line
    assert "× on-demand" in line


def test_no_check_without_a_question_to_confirm() -> None:
    assert not _first_line("40% discount on PTUs at 80% utilization").startswith(("*Yes", "*No"))


def test_a_saving_per_hit_is_not_a_claimed_saving() -> None:
    assert parse("4k prefix, $3 in, $0.30 read, saves $0.0108 per hit, right?").fields.claimed_saving is None
    assert parse("so caching saves $0.02 a call, correct?").fields.claimed_saving is None


def test_the_claimed_saving_is_not_read_as_a_spend() -> None:
    fields = parse("$30k a month on-demand, 40% off, 75% utilised. they'd save $6k a month, right?").fields
    assert fields.on_demand_spend == Decimal(30000) and fields.claimed_saving == Decimal(6000)
