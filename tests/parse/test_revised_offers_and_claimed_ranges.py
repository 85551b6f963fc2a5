"""A revised offer, a general range beside the customer's own figure, and an EA named without its figure (our own
sentences, not a scored batch's)."""

from __future__ import annotations

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    "text",
    [
        "we had 30% off, then AWS countered with 45%. break-even now, and where are we at 70% utilisation?",
        "old deal was 30% off; the revised offer is 45%. break-even, and what happens at 70% util?",
    ],
)
def test_a_revised_offer_is_worked_beside_the_first(text: str) -> None:
    # 45%: break-even 55%; at 70%: (1 − 45%) ÷ 70% = 0.7857× on-demand
    assert_figures(text, ["1 − 45% = *55%*", "0.7857×"])


def test_a_range_said_as_a_claim_leaves_the_customers_own_markup() -> None:
    # (1 + 30%) × (1 − 10%) − 1 = 17%; $4/M × 1.17 = $4.68/M
    text = ("people say vertex is 15-40% over direct - this customer sees a 30% list markup with a 10% EA. direct "
            "input is $4/M. effective markup and input rate?")
    assert str(parse(text).fields.markup) == "0.3"
    assert_figures(text, ["*17%*", "*$4.68/1M*"])


def test_an_ea_named_without_its_figure_is_asked_for() -> None:
    reply = reply_text("list on Bedrock is 22% over direct and they claim their EDP makes it a wash. what are they "
                       "actually paying?")
    assert "the buyer's EA discount" in reply and "That assumes no EA discount" in reply


def test_a_result_claimed_after_an_equals_sign_is_checked() -> None:
    # (1 + 25%) × (1 − 8%) − 1 = 15%, not 17%
    reply = reply_text('someone wrote "25% list markup less their 8% EDP = 17% over direct" - right?')
    assert "(1 + 25%) × (1 − 8%) − 1 = *15%*" in reply and "not 17%" in reply


def test_the_ea_that_makes_the_markup_vanish() -> None:
    # 1 − 1 ÷ 1.25 = 20%
    assert_figures("Bedrock lists 25% over direct; what EA would they need for the markup to disappear?", ["*20%*"])


def test_a_quarter_of_spend_restated_per_month() -> None:
    # $9,000 a quarter direct → $3,000 a month; effective (1.2 × 0.9) − 1 = 8% → $3,240, $240 more
    assert_figures("direct comes to $9,000 per quarter; azure is 20% over list with a 10% EA. what's the gap per "
                   "month?", ["$3,000.00 direct", "*$3,240.00* a month", "*$240.00* a month more"])
