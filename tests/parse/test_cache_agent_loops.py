"""Agent loops and sessions that resend one context (our own sentences, not a scored batch's): the calls a day are
the steps of every run, and when the first step of each run writes the cache and the rest hit, the writes a day are
the runs a day."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "calls", "writes"),
    [
        ("agent: 20 steps per run, each step resends ~10k ctx. 500 runs/day. $3 in, reads $0.30, writes $3.75. "
         "first step writes, rest hit", Decimal(10_000), Decimal(500)),
        ("12 turns per session with an 8k system prompt, 1,000 sessions a day; the first turn of each session writes "
         "the cache, the other turns hit. $2 in / $0.20 read / $2.50 write", Decimal(12_000), Decimal(1000)),
        ("3k tickets/day at about 5 calls per ticket, one cache write per ticket, 6k prefix, $1 in, $0.10 cached",
         Decimal(15_000), Decimal(3000)),
    ],
)
def test_one_write_per_run(text: str, calls: Decimal, writes: Decimal) -> None:
    fields = parse(text).fields
    assert (fields.calls_per_day, fields.writes_per_day) == (calls, writes)


def test_steps_without_a_write_per_run_leave_the_writes_to_the_cache_model() -> None:
    fields = parse("agent: 20 steps per run, 10k context, 500 runs/day, $3 in, reads $0.30").fields
    assert fields.calls_per_day == Decimal(10_000) and fields.writes_per_day is None


def test_an_agent_loop_answered() -> None:
    # hit saves 10,000 x $2.70/1M = $0.027; 9,500 hits = $256.50; 500 writes x 10,000 x $0.75/1M ($0.0075) = $3.75
    assert_figures("agent: 20 steps per run, each step resends ~10k ctx. 500 runs/day. $3 in, reads $0.30, writes "
                   "$3.75. first step writes, rest hit. savings?", ["$0.027", "$256.50", "$3.75", "$252.75"])
