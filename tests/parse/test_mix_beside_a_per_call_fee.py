"""An input:output mix said beside a per-call fee is the mix the crossover is asked at: the ask stays a per-call
comparison (with the volume's daily difference) instead of becoming a quote of the per-token bill."""

import pytest

from bot.router import answer

BASE = ("the partner platform charge $0.04 for each agent call. underneath model is per token $2/M input and $10/M "
        "output. our calls are 9.000 input and 3.000 output. what is more cheap, and we do 5k calls per day so how "
        "much is difference per day?")


@pytest.mark.parametrize("mix", [" also where do they break even (same 3:1 mix)", " crossover at a 3:1 in:out mix?",
                                 " and at what call size are they equal, keeping 75% input?"])
def test_the_mix_said_with_a_fee_keeps_the_per_call_comparison(mix: str) -> None:
    reply = answer(BASE + mix)
    assert reply.intent == "per_call"
    # per-token a call: 9,000 × $2/1M + 3,000 × $10/1M = $0.018 + $0.03 = $0.048, $0.008 above the $0.04 fee;
    # × 5,000 calls = $40.00 a day; at 3:1 the blended rate is (3 × $2 + $10) ÷ 4 = $4/1M: $0.04 ÷ $4/1M = 10,000
    assert "$0.048" in reply.text
    assert "$40.00" in reply.text
    assert "10,000 tokens" in reply.text


def test_a_mix_with_rates_and_no_fee_is_still_the_blended_rate_quote() -> None:
    reply = answer("what's the blended rate at a 3:1 in:out mix for $2/M in and $10/M out?")
    assert reply.intent == "quote"
    assert "$4.00" in reply.text
