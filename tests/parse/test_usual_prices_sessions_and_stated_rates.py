"""Forms the first round of blind asks in Round 40 showed read wrong or not at all, in our own sentences: the EA
discount said again as "at 12%"; parity with direct as the target; "so many of these a quarter"; what a call
"returns", named; "four in five of those calls" and a "warm" cache; a cache price "instead of the usual" one; a
session that writes once and then makes more calls that hit; a rate stated as landing so far under on-demand."""

from __future__ import annotations

from decimal import Decimal

from bot.parse import parse
from tests.support.replies import reply_text


def test_the_ea_discount_said_again_is_no_second_markup() -> None:
    # (1 + 30%) × (1 − 15%) − 1 = 10.5%; nothing is worked out at a "15% list markup"
    reply = reply_text("The Vertex price sits 30% above the direct list. Their Google EA discount stands at 15% off. "
                       "What does the effective markup come to at 15%?")
    assert "10.5%" in reply
    assert "At a 15% list markup" not in reply


def test_parity_with_direct_is_the_markup_cancelled() -> None:
    # 1 − 1 ÷ 1.4 = 28.57%
    for said in ("what EA discount would make Azure land at direct-API parity?",
                 "what EA discount gets them to price parity?",
                 "how big must the EA be to reach direct parity?"):
        assert "28.57%" in reply_text(f"Azure runs 40% above the direct list. {said}"), said


def test_so_many_of_these_a_quarter_are_calls_over_the_quarter() -> None:
    ask = parse("Each call is 800 tokens in, 50 out, at $1/M in and $3/M out; a flat 0.3 cents per call otherwise. "
                "They'd send about 3M of these a quarter. cost each way per quarter?")
    assert ask.fields.volume_period == "quarter"
    assert ask.fields.calls_per_day is not None and round(ask.fields.calls_per_day * Decimal("91.25")) == 3_000_000


def test_what_a_call_returns_named_before_its_size() -> None:
    ask = parse("Each call sends about 900 tokens and the model returns a short verdict of maybe 15 tokens. $1/M in, "
                "$4/M out, cost per call?")
    assert (ask.fields.input_tokens_per_call, ask.fields.output_tokens_per_call) == (Decimal(900), Decimal(15))


def test_so_many_in_so_many_of_those_calls_and_a_warm_cache() -> None:
    for said in ("three in four of those calls hit the cache", "three in four calls land on a warm cache"):
        ask = parse(f"5,000-token prefix, $2/M input, cached reads $0.20/M, 20,000 calls a day; {said}. daily saving?")
        assert ask.fields.hit_ratio == Decimal("0.75"), said


def test_a_cache_price_instead_of_the_usual_one() -> None:
    ask = parse("cached input bills at $0.50/MTok instead of the usual $2.00. 3,000-token prefix, 10,000 calls a day, "
                "90% hit. daily saving?")
    assert (ask.fields.input_rate, ask.fields.cache_read_rate) == (Decimal(2), Decimal("0.5"))
    # a share said beside both prices: each price keeps its own side
    ask = parse("cached input is billed at a quarter price, $0.50/MTok rather than the normal $2.00. 3,000-token "
                "prefix, 10,000 calls a day, 90% hit. daily saving?")
    assert (ask.fields.input_rate, ask.fields.cache_read_rate) == (Decimal(2), Decimal("0.5"))
    ask = parse("cache writes cost $2.50 rather than the standard input price of $2, reads $0.20. 3,000-token prefix, "
                "10,000 calls a day, 90% hit. net?")
    assert (ask.fields.input_rate, ask.fields.cache_write_rate) == (Decimal(2), Decimal("2.5"))


def test_a_session_that_writes_once_then_makes_more_calls_that_hit() -> None:
    # 600 runs × (1 + 9) calls = 6,000 calls a day, 600 of them writes
    ask = parse("8k-token prefix, input $3/M, reads $0.30, writes $3.75. Each run writes the cache once at the start, "
                "then makes nine more calls within the TTL, which all hit. 600 runs a day. daily net?")
    assert (ask.fields.calls_per_day, ask.fields.writes_per_day) == (Decimal(6000), Decimal(600))


def test_a_rate_stated_under_on_demand_is_the_discount() -> None:
    for said in ("the reserved rate comes in 30% under what they pay on-demand",
                 "their price sits 30% below what they pay on demand"):
        ask = parse(f"{said}. break-even utilization?")
        assert ask.fields.discount == Decimal("0.3"), said
    # a result wanted stays the target, not the discount
    ask = parse("at 40% off, they want provisioned to land 15% under on-demand. what utilization?")
    assert (ask.fields.discount, ask.fields.target_saving) == (Decimal("0.4"), Decimal("0.15"))


def test_a_price_ending_a_sentence_is_no_fee_per_unit_of_work() -> None:
    # "$0.30. Each session ...": the full stop ends the price; the sessions are no fee's units, so they are multiplied
    ask = parse("5k prefix, input $3/M, cached reads $0.30. Each session makes 6 calls. 1,000 sessions a day. saving?")
    assert ask.fields.calls_per_day == Decimal(6000)
