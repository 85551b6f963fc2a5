"""Things run "through per quarter" with a word describing them ("2.5M scanned documents") are that period's count,
and tokens "apiece" are each one's size: a per-token quote, not a per-call fee to ask for."""

from __future__ import annotations

from bot import router


def test_scanned_documents_through_per_quarter_with_tokens_apiece() -> None:
    answer = router.answer("They'll run about 400k scanned invoices through per quarter, averaging 5,000 input tokens "
                           "and 500 output tokens apiece. $0.20 per million in, $0.80 per million out. Quarterly "
                           "number?", rate_cards={})
    # an invoice: 5,000 × $0.20/1M + 500 × $0.80/1M = $0.0014; 400,000 a quarter: $560
    assert answer.intent == "quote"
    assert "*$560.00*" in answer.text
    assert "fee per call" not in answer.text


def test_a_fee_apiece_is_still_a_per_call_fee() -> None:
    answer = router.answer("vendor bills $0.004 apiece; per token it'd be $1/M in, $4/M out at 2,000 in / 300 out. "
                           "which is cheaper?", rate_cards={})
    # per token: 2,000 × $1/1M + 300 × $4/1M = $0.0032, under the $0.004 fee
    assert answer.intent == "per_call"
    assert "*$0.0032*" in answer.text
