"""The EA discount that brings a list markup back to direct, asked in more words ("fully cancel a 25% markup", "makes
it a wash vs direct"): 1 − 1 ÷ (1 + markup) (our own sentences)."""

from __future__ import annotations

import pytest

from tests.support.replies import reply_text


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # 1 − 1 ÷ 1.25 = 20%
        ("which EA discount would completely cancel a 25% list markup on Bedrock?", "*20%*"),
        # 1 − 1 ÷ 1.5 = 33.33%
        ("azure list is 50% over direct; what EA disc makes it a wash?", "*33.33%*"),
        # 1 − 1 ÷ 1.1 = 9.09%
        ("Vertex marks up 10%. What enterprise discount do they need to break even vs direct?", "*9.09%*"),
        # 1 − 1 ÷ 1.2 = 16.67%
        ("20% markup on the hyperscaler — what EA cancels the uplift?", "*16.67%*"),
    ],
)
def test_the_ea_that_cancels_the_markup(text: str, figure: str) -> None:
    reply = reply_text(text)
    assert "EA discount that cancels the markup" in reply and figure in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        # an EA discount given: the effective markup, not the EA solved for
        "25% list markup on Azure with a 10% EA, is it a wash?",
        # cancelling something else
        "20% hyperscaler markup, no EA yet; if they cancel the contract what happens?",
    ],
)
def test_no_ea_is_solved_for_when_none_is_asked(text: str) -> None:
    assert "EA discount that cancels the markup" not in reply_text(text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # 1.3 × 0.85 = 1.105; $0.02 × 1.105 = $0.0221
        ("$0.02/call direct, hyperscaler +30% list, EA 15%. effective markup + per call", "*$0.0221* a call"),
        # 1.2 × 0.9 = 1.08; $0.004 × 1.08 = $0.00432
        ("direct fee is $0.004 per request; Azure list is 20% over direct with a 10% EA. per request on Azure?",
         "*$0.00432* a call"),
    ],
)
def test_a_per_call_fee_is_shown_on_the_hyperscaler(text: str, figure: str) -> None:
    assert figure in reply_text(text)
