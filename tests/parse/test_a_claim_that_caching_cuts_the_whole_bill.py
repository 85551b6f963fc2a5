"""A claim that caching cuts the whole bill by a share ("will cut our bill by 90%", "knocks 40% off their monthly
bill") gets a yes or a no against the bill worked out with output included: the day's bill where calls a day are
given, else a call's."""

from __future__ import annotations

from bot import router

WORKLOAD = ("prompts are 10k tokens with an 8k shared prefix, 500 out, 20k calls a day, $3/$15, cache read $0.30, "
            "writes $3.75, hit rate 95%.")


def reply(text: str) -> str:
    return router.answer(text, rate_cards={}).text


def test_a_cut_of_the_bill_beyond_what_caching_can_do_is_answered_no() -> None:
    text = reply("their CTO says caching will cut their bill by 90%. " + WORKLOAD + " does that hold?")
    # a day: 20,000 × $0.0375 = $750 uncached; net saving 19,000 × $0.0216 − 1,000 × $0.006 = $404.40 → 53.92%
    assert text.splitlines()[1].startswith("*No:*")
    assert "*53.92%* off the day's whole bill" in text and "not the 90% claimed" in text


def test_a_cut_of_the_bill_within_reach_is_answered_yes() -> None:
    text = reply("will caching knock 50% off their monthly bill? " + WORKLOAD)
    assert text.splitlines()[1].startswith("*Yes:*")
    assert "at least the 50% claimed" in text


def test_with_no_volume_the_claim_is_checked_against_a_call_that_hits() -> None:
    text = reply("vendor claims prompt caching slashes the bill by 80%. 10k-token prompts, 8k of it a shared prefix, "
                 "500 tokens out, $3/$15, cached reads $0.30. true?")
    # a call: $0.0375 uncached, $0.0159 with the prefix hitting → 57.6% less
    assert "*No:* a call whose prefix hits costs *57.6%* less" in text


def test_a_cut_of_input_costs_is_still_checked_against_the_input() -> None:
    text = reply("caching cuts input costs by 90%, right? 10k-token prompts, 8k of it a shared prefix, $3/M input, "
                 "cached reads $0.30/M.")
    assert "the 90% claimed" not in text  # the input claim has its own line
    assert "not 90%" in text
