"""Quote, per-call and caching asks written in prose (our own sentences, not a scored batch's): a cached price after an
arrow or "drops to ... when cached", three cache prices with the dollar sign on some or none of them, the length of a
working day ("a 9 hr day"), the working days a month counted after the word ("weekdays only, call it 21 a month"),
the output said as answers or replies, and real calls that "run 2.5x that"."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    "text",
    [
        "6k system prompt, 2k calls a day, $2 -> $0.20 cached. what's the daily saving?",
        "prefix is 6,000 tokens, 2,000 calls/day, input $2/M → $0.20 cache read",
        "2k calls a day on a 6k preamble; $2/M drops to $0.20 when cached. saving per day?",
        "6k token prefix x 2k calls per day, $2 => $0.20 cached",
    ],
)
def test_a_cached_price_after_an_arrow_or_a_drop(text: str) -> None:
    # saving per hit = 6,000 × ($2 − $0.20)/1M = $0.0108; × 2,000 calls = $21.60 a day
    f = parse(text).fields
    assert (f.input_rate, f.cache_read_rate) == (Decimal(2), Decimal("0.2"))
    assert_figures(text, ["$0.0108", "$21.60"])


@pytest.mark.parametrize(
    "text",
    [
        "40k calls a week, 6k prefix, 2 / .20 / 2.50 per M, 75% hits. weekly net?",
        "6k prefix, 40k calls/wk, $2/.20/2.50, hit rate 75%, net a week",
        "hit rate 75%, prefix 6k tokens, 40,000 calls per week, prices 2/0.20/2.50 (in/read/write). net per week?",
    ],
)
def test_three_cache_prices_with_few_or_no_dollar_signs(text: str) -> None:
    # hit saves 6,000 × $1.80/1M = $0.0108; write premium 6,000 × $0.50/1M = $0.003
    # a week: 30,000 hits × $0.0108 = $324.00 − 10,000 writes × $0.003 = $30.00 → $294.00
    f = parse(text).fields
    assert (f.input_rate, f.cache_read_rate, f.cache_write_rate) == (Decimal(2), Decimal("0.2"), Decimal("2.5"))
    assert_figures(text, ["$0.0108", "$294.00"])


@pytest.mark.parametrize("text", ["calls on 12/5/20, 4k prefix, $3 in, $0.30 cached", "3/1/4 split, prefix cached"])
def test_a_date_or_ratio_is_not_three_cache_prices(text: str) -> None:
    f = parse(text).fields
    assert f.cache_write_rate is None


@pytest.mark.parametrize(
    "text, hours",
    [
        ("30 calls/hr at random, 10 hr day, 5 min ttl refreshed by hits, 8k prefix $3/.30/3.75. writes a day?", 10),
        ("random arrivals, 30 an hour over a 10-hour working day, 5 min TTL, 8k prefix, $3 / $0.30 / $3.75", 10),
        ("30 calls/hr random, a 6h workday, 5m ttl, 8k prefix, $3/$0.30/$3.75 - writes per day", 6),
    ],
)
def test_the_length_of_the_working_day(text: str, hours: int) -> None:
    assert parse(text).fields.active_hours == Decimal(hours)
    reply = reply_text(text)
    assert f"{30 * hours:,} calls a day" in reply and "Not used" not in reply


@pytest.mark.parametrize(
    "text",
    [
        "internal tool, weekdays only, call it 20 a month. 5,000 calls a day, 2k in / 500 out, $1/M in, $4/M out. "
        "monthly quote?",
        "runs on business days (~20/mo), 5k calls/day at 2,000 in + 500 out tokens, $1 in / $4 out per M: month?",
        "only used on working days, say 20 per month; 5000 calls daily, 2k in 500 out, $1/$4 per M. cost a month",
    ],
)
def test_working_days_counted_after_the_word(text: str) -> None:
    # a day: 10M input × $1 = $10.00 + 2.5M output × $4 = $10.00 → $20.00; × 20 days = $400.00 ($200.00 + $200.00)
    ask = parse(text)
    assert ask.fields.days_per_month == Decimal(20) and ask.fields.calls_per_day == Decimal(5000)
    assert not ask.ambiguities
    reply = reply_text(text)
    assert "$20.00 × 20 days" in reply and "(input $200.00, output $200.00)" in reply
    assert "days a week" not in reply  # the days a month said are the month


def test_a_count_of_calls_after_working_days_is_not_days() -> None:
    ask = parse("working days only, 20 calls a month each, 2k in / 500 out, $1/$4 per M")
    assert ask.fields.days_per_month is None


@pytest.mark.parametrize(
    "text, output",
    [
        ("prompts are about two thousand tokens and answers are about 400, five thousand calls a day, $1/M in, "
         "$4/M out. per call and per day, input and output apart", 400),
        ("avg prompt 2k tokens, replies ~400, 5k calls/day, $1 in / $4 out per M. daily cost?", 400),
        ("each request is roughly 2,000 tokens and responses average 400; 5,000 a day at $1/$4 per M", 400),
    ],
)
def test_the_output_said_as_answers_or_replies(text: str, output: int) -> None:
    # per call: 2,000 × $1/1M = $0.002 + 400 × $4/1M = $0.0016 → $0.0036; × 5,000 = $18.00 ($10.00 + $8.00)
    f = parse(text).fields
    assert (f.input_tokens_per_call, f.output_tokens_per_call) == (Decimal(2000), Decimal(output))
    assert_figures(text, ["$0.002", "$0.0016", "$0.0036", "$10.00", "$8.00", "$18.00"])


@pytest.mark.parametrize(
    "text",
    [
        "fee 1.5c/call vs $2/$8 per M. we planned 1k in + 250 out per call, but calls actually run 2.5x that. "
        "planned vs real per-token cost?",
        "$0.015 a call or $2/$8 per-token; plan was 1,000 in / 250 out per call and real calls ended up 2.5x that",
        "$0.015/call against $2 in $8 out per M, scoped at 1k in 250 out per call, they average 2.5x what we scoped",
    ],
)
def test_real_calls_a_multiple_of_the_plan(text: str) -> None:
    # planned: 1,000 × $2/1M + 250 × $8/1M = $0.004; at 2.5×: 2,500 in / 625 out = $0.005 + $0.005 = $0.01
    assert parse(text).fields.growth == Decimal("2.5")
    assert_figures(text, ["2.5× larger than planned", "$0.01 against the $0.015 fee"])
