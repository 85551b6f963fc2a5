"""Classes from batch 85's unexamined misses, in sentences of our own: a call grown "half as large again" or "1.5
times as large" (1.5x, never the default 2x); what a term "means for the cost model" asked beside its one figure;
a price sheet whose unit column says "per call"; a document kept "in the cache" is the prefix; a volume fixed by
contract that lands late in the month is a scheduled peak, not a swing; how much provisioned capacity to buy for
the peaks, with the load given in tokens a minute."""

from __future__ import annotations

from decimal import Decimal

from bot import router
from bot.parse import parse
from bot.parse.models import Intent
from tests.support.replies import assert_figures

CALL = "calls are 1,500 tokens in / 300 out at $2/$10 per 1M against a flat 0.6 cents a call"


def test_a_call_half_as_large_again_is_one_and_a_half_times_the_plan() -> None:
    for grown in ("we expect them to run half as large again next quarter", "real ones are half again as big",
                  "the live calls are 1.5 times as large"):
        text = f"{CALL}; {grown}. what does a call cost then?"
        assert parse(text).fields.growth == 1.5, grown
        assert_figures(text, ["$0.009"])  # 2,250 × $2 + 450 × $10, per 1M


def test_times_in_a_growth_is_not_a_time() -> None:
    # "times" in the growth's own words names no duration; a bill that grew still is no call's growth
    assert parse(f"{CALL}. calls are 3 times as long as the pilot's.").fields.growth == 3
    assert parse(f"{CALL}. the bill came in 2x bigger last month.").fields.growth is None


def test_what_a_term_means_for_the_cost_model_beside_its_setting() -> None:
    reply = router.answer("their config sets a 1h TTL on the cache. what does the TTL actually mean for the cost "
                          "model?", rate_cards={})
    assert reply.intent == "glossary"
    assert "TTL (cache lifetime)" in reply.text


def test_a_price_sheets_unit_column_saying_per_call() -> None:
    text = ("option,unit,price_usd\nagent_fee,per call,0.02\nllm_input,per MTok,4.00\nllm_output,per MTok,16.00\n"
            "input is three quarters of each call's tokens. where does per-token match the fee?")
    fields = parse(text).fields
    assert fields.per_call_fee == Decimal("0.02") and fields.input_rate == 4 and fields.output_rate == 16
    assert_figures(text, ["2,857"])  # $0.02 × 1M ÷ (0.75 × $4 + 0.25 × $16 = $7)


def test_a_document_kept_in_the_cache_is_the_prefix() -> None:
    for kept in ("holds a 25,000-token policy manual in the cache",
                 "loads the 25k-token product catalogue into the cache"):
        text = f"the assistant {kept}; input $2/M, cached reads $0.20/M, 2,000 calls a day. saving per day?"
        assert parse(text).fields.prefix_tokens == 25_000, kept
        assert_figures(text, ["$90.00"])  # 2,000 × 25,000 × $1.80/1M


def test_a_contracted_volume_landing_late_in_the_month_is_a_fixed_run_of_transactions() -> None:
    text = ("receipt tagging, one call per receipt\nprompt_size: bounded, about 400 tokens\n"
            "volume: fixed 500k receipts a month by contract, lumpy (most arrive in the last week of the month)\n"
            "finance: wants a per-receipt cost line for the budget\nwhich structure should we lead with?")
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "scenario"
    assert "*Per-call: recommended.*" in reply.text


def test_a_scheduled_month_end_rush_does_not_hide_a_real_swing() -> None:
    text = ("receipt tagging, one call per receipt, prompts bounded at 400 tokens; volume is unpredictable week to "
            "week and most arrive in the last week of the month. which structure?")
    assert "*Per-call: recommended.*" not in router.answer(text, rate_cards={}).text


def test_how_much_capacity_to_buy_for_the_peaks_asks_the_ratio() -> None:
    ask = parse("their agent averages 250k tokens a minute, busy on Mondays. how much provisioned capacity should "
                "they buy so the peaks never overflow to on-demand?")
    assert ask.intent is Intent.BREAK_EVEN
    reply = router.answer(ask.text, rate_cards={})
    assert "peak-to-average" in reply.text and "250,000 tokens/min" in reply.text
