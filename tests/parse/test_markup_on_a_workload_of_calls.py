"""A hyperscaler markup on a workload said as calls (our own sentences, not a scored batch's): a call's tokens at the
direct rates, the same call on the hyperscaler at the effective markup, and each side's bill over the calls' period."""

from __future__ import annotations

from tests.support.replies import reply_text


def test_a_call_and_the_month_of_calls_direct_and_hosted() -> None:
    # direct call 1,000 × $3/1M + 200 × $15/1M = $0.003 + $0.003 = $0.006; effective 1.25 × 0.88 − 1 = 10%;
    # hosted $0.0066; 500k calls a month: $1,500 + $1,500 = $3,000 direct, $3,300 hosted
    reply = reply_text("direct is $3/M in, $15/M out, calls are 1,000 in / 200 out, 500k calls a month. bedrock "
                       "lists 25% over direct and their EA takes 12% off. per call and monthly on bedrock?")
    assert "*$0.006* direct" in reply and "*$0.0066* on the hyperscaler" in reply
    assert "*$3,000.00* direct" in reply and "*$3,300.00* on the hyperscaler" in reply
