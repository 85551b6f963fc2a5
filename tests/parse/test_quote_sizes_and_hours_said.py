"""Quote inputs as customers' emails put them: what a call "gets back" is its output, "half a k" is 500, a side named
before a bracketed count ("brief in (~300 tokens)") is that count's side, one model named in full and then by its
short name is one model, memos and drafts are counted like calls, and an hourly volume's hour is split into input and
output."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from bot.parse.models import Intent
from tests.support.replies import assert_figures


@pytest.mark.parametrize("text", [
    "Each triage request sends about 3,000 tokens and gets back about 250. 10,000 requests a day at $1/$4. Daily?",
    "Every call sends ~3k tokens and receives back ~250 tokens; 10k requests a day on $1 in / $4 out. daily cost?",
])
def test_what_a_call_gets_back_is_its_output(text: str) -> None:
    fields = parse(text).fields
    assert (fields.input_tokens_per_call, fields.output_tokens_per_call) == (Decimal(3000), Decimal(250))
    # 30M x $1 = $30; 2.5M x $4 = $10; $40 a day
    assert_figures(text, ["$30.00", "$10.00", "$40.00"])


def test_half_a_k_is_five_hundred() -> None:
    fields = parse("two k tokens in and half a k out per call, 1,000 calls a day, $1/$4").fields
    assert fields.output_tokens_per_call == Decimal(500)


@pytest.mark.parametrize(("text", "sizes"), [
    ("product descriptions: short spec in (~200 tokens), long copy out (~1,200 tokens). 8k calls a day, $1 in / $4 "
     "out.", (200, 1200)),
    ("question in (400 tokens) and answer out (100 tokens), 8k calls a day at $1/$4", (400, 100)),
])
def test_a_side_named_before_a_bracketed_count_is_its_side(text: str, sizes: tuple[int, int]) -> None:
    ask = parse(text)
    assert (ask.fields.input_tokens_per_call, ask.fields.output_tokens_per_call) == (Decimal(sizes[0]),
                                                                                     Decimal(sizes[1]))
    assert not ask.ambiguities


def test_one_model_named_twice_is_one_model_and_memos_are_counted_like_calls() -> None:
    text = ("They want Claude Sonnet for board memos: ~200 memos a day, 8,000 tokens in, ~1,000 out. Sonnet at $3 "
            "input / $15 output per million. Daily cost and per memo?")
    ask = parse(text)
    assert ask.intent is Intent.QUOTE
    assert ask.fields.calls_per_day == Decimal(200)
    # per memo 8,000 x $3/M = $0.024 + 1,000 x $15/M = $0.015 -> $0.039; x 200 = $7.80 a day
    assert_figures(text, ["$0.039", "$7.80"])


def test_an_hourly_volume_is_priced_per_hour_on_each_side() -> None:
    # 20M x $0.15 = $3.00 an hour in, 5M x $0.60 = $3.00 out; $6.00 an hour; x 730 = $4,380
    assert_figures("Steady state is 20 million input tokens an hour and 5 million output tokens an hour at "
                   "$0.15/$0.60. Per hour and per month?", ["$6.00", "input $3.00, output $3.00", "$4,380.00"])
