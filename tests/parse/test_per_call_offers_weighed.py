"""A per-call offer weighed against the call's tokens and rates with no fee said ("moving the flow to the vendor's
per-call SKU, 6k in / 1.2k out on $0.80/$4: thoughts?") is the per-call comparison, which works out the per-token
side and asks for the fee, not the choice among all four structures."""

from __future__ import annotations

import pytest

from bot import router
from bot.parse import Intent, parse
from tests.support.replies import reply_text


@pytest.mark.parametrize(
    "text",
    [
        "Prospect wants to know if switching their OCR flow to the vendor's per-call plan is smart. 200k calls a "
        "month, 3k in / 400 out at $1/$5 per M. thoughts?",
        "should the summarizer move to the partner's per-request pricing? 4k in / 800 out per call, $0.50/$2 per M, "
        "50k calls/day. thoughts?",
        "thinking about the per-call SKU for the tagging job instead of per-token: 1,200 in / 100 out, $0.25/$1.25, "
        "1M calls a month. thoughts?",
        "their vendor offers a per-call option for the extraction step; calls are 5k in / 1k out on $2/$8. "
        "makes sense? thoughts?",
    ],
)
def test_a_per_call_offer_without_its_fee_asks_for_the_fee(text: str) -> None:
    answer = router.understand(text, rate_cards={})
    assert answer.ask.intent is Intent.PER_CALL
    assert "per_call_fee" in {m.key for m in answer.missing}


def test_the_per_token_side_is_worked_out_beside_the_ask() -> None:
    # 3,000 × $1/1M + 400 × $5/1M = $0.003 + $0.002 = $0.005 a call; 200,000 calls = $1,000.00 a month
    reply = reply_text("Prospect wants to know if switching their OCR flow to the vendor's per-call plan is smart. "
                       "200k calls a month, 3k in / 400 out at $1/$5 per M. thoughts?")
    assert "$0.005" in reply and "$1,000.00" in reply, reply


def test_a_commitment_question_stays_the_advice() -> None:
    # a provisioned commitment weighed, not a per-call offer
    text = "steady production chatbot, 4k in / 500 out at $3/$15, PAR 1.3, 30% off provisioned. thoughts?"
    assert parse(text).intent is not Intent.PER_CALL
