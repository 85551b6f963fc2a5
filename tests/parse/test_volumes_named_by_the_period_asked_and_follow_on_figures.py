"""Token counts too large for any call, said with one period named elsewhere ("monthly est: 1.2bn input, 350M o/p"),
are that period's volume; "o/p"/"i/p" are output and input; calls "in the quarter" are a quarter's; "three input
tokens for every output token" is the mix; a second list markup said of the same deal is worked at the same EA; the
discount for a target saving at a utilization is shown when asked beside a discount on the table; "$480k a year if
they went direct" is the direct spend."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures, reply_text


def test_counts_no_call_could_hold_take_the_period_named() -> None:
    # 1.2B × $2.50 = $3,000; 350M × $10 = $3,500; $6,500 a month
    assert_figures("monthly est for the Acme renewal:\n• 1.2bn input tok\n• 350M o/p tok\n• $2.50 in / $10 out per M",
                   ["$3,000.00", "$3,500.00", "$6,500.00"])


def test_a_calls_size_is_still_a_call() -> None:
    fields = parse("monthly cost for 40k calls a day at 2,000 input tok and 300 o/p tok, $3/$15?").fields
    assert (fields.input_tokens_per_call, fields.output_tokens_per_call) == (2000, 300)


def test_calls_in_the_quarter_are_the_quarters() -> None:
    # 900k calls × (2,000 × $1 + 500 × $4)/1M = 900k × $0.004 = $3,600 vs 900k × $0.005 = $4,500
    assert_figures("fee $0.005 per call vs $1/$4 per M; calls are 2,000 in / 500 out; 900k calls in the quarter. "
                   "quarter cost of each?", ["$3,600.00", "$4,500.00"])


def test_input_tokens_for_every_output_token_is_the_mix() -> None:
    fields = parse("flat 0.02 cents a call vs $0.10/$0.40 per M; calls run four input tokens for every output "
                   "token. crossover?").fields
    assert fields.input_share == Decimal("0.8") and fields.input_tokens_per_call is None


def test_a_second_markup_is_worked_at_the_same_ea() -> None:
    # (1.4 × 0.92) − 1 = 28.8%
    assert "*28.8%*" in reply_text("list markup 15%, EA 8%. effective markup? and what if the list markup is 40%?")


@pytest.mark.parametrize(("u", "d"), [("50%", "55%"), ("60%", "46%")])
def test_the_discount_for_a_target_saving_is_shown_when_asked(u: str, d: str) -> None:
    # 1 − u × (1 − 10%)
    reply = reply_text(f"we have 25% off on the table. at {u} utilization, what discount would we need for "
                       "provisioned to come in 10% under on-demand?")
    assert f"= *{d}*, deeper than the 25% on the table" in reply


def test_a_spend_if_they_went_direct_is_the_direct_spend() -> None:
    assert parse("~$480k a year if they went direct. Azure adds 15%, EA 5%. annual Azure spend?").fields.direct_spend \
        == 480_000
