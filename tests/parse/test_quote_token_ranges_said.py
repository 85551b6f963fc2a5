"""Quote asks over a range of tokens (our own sentences, not a scored batch's): "between 50 and 80M input tokens a
month", "output could land anywhere from 20 to 30M", "50-80M input tokens a month" price both ends of the range;
"with a quarter of that in output" gives the output side from the input side; a side's tokens said with a few words
between the side and its count ("input's pretty fixed at 100M a month") are tokens, never calls."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import Intent, parse
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # low: 30M × $2/1M = $60 + 6M × $8/1M = $48 → $108.00; high: 45M × $2 = $90 + 9M × $8 = $72 → $162.00
        ("they reckon somewhere between 30 and 45 million input tokens a month, with about a fifth of that in output. "
         "$2 in / $8 out - bracket it for me?", ["$108.00", "$162.00"]),
        # input fixed: 200M × $1/1M = $200.00; output 40M × $4 = $160 → $360.00, 60M × $4 = $240 → $440.00
        ("Input is basically fixed at 200M a month, output anywhere from 40 to 60M. $1/M in, $4/M out. range?",
         ["$200.00", "$360.00", "$440.00"]),
        # low: 20M × $0.50 = $10 + 4M × $1.50 = $6 → $16.00; high: 30M × $0.50 = $15 + 5M × $1.50 = $7.50 → $22.50
        ("20-30M input tokens a week and 4-5M output tokens a week on $0.50/$1.50 per M. weekly range?",
         ["$16.00", "$22.50"]),
    ],
)
def test_both_ends_of_a_range_of_tokens_are_priced(text: str, figures: list[str]) -> None:
    ask = parse(text)
    assert ask.intent is Intent.QUOTE
    assert ask.fields.tokens_range_high is not None
    assert_figures(text, figures)


def test_the_top_of_the_range_is_named_beside_the_low_end() -> None:
    reply = reply_text("between 2 and 3M input tokens a day plus 500k output tokens a day, $3/$15 - daily range?")
    # low 2M × $3 + 0.5M × $15 = $13.50; high 3M × $3 + 0.5M × $15 = $16.50
    assert "$13.50 to $16.50 a day" in reply


@pytest.mark.parametrize(
    ("text", "output_tokens"),
    [
        ("40M input tokens a week and a quarter of that in output, $1/$4 weekly?", Decimal(10_000_000)),
        ("2k input tokens per call and 10% of that as output, 5k calls a day at $3/$15", Decimal(200)),
    ],
)
def test_the_output_side_said_as_a_share_of_the_input_is_priced(text: str, output_tokens: Decimal) -> None:
    fields = parse(text).fields
    said = fields.output_tokens_per_day if fields.output_tokens_per_day is not None else fields.output_tokens_per_call
    period_days = Decimal(7) if "week" in text else Decimal(1)
    assert said is not None and abs(said * period_days - output_tokens) < 1
    assert not parse(text).ambiguities  # the share is not asked about as a discount or a utilization


def test_a_sides_count_said_with_words_between_is_tokens_not_calls() -> None:
    fields = parse("input's pretty steady at 60M a month and output is about 12M a month, $2/$8").fields
    assert fields.calls_per_day is None
    assert_figures("input's pretty steady at 60M a month and output is about 12M a month, $2/$8",
                   ["$120.00", "$96.00", "$216.00"])  # 60M × $2/1M, 12M × $8/1M


def test_a_range_of_prompt_sizes_in_a_quote_of_calls_is_still_asked_about() -> None:
    # one call's tokens at two sizes is not a volume range to price at each end
    ask = parse("prompts between 1k and 3k tokens, 200 out, 10k calls a day, $3/$15")
    assert ask.fields.input_tokens_per_call is None
    assert any(a.field == "input_tokens_per_call" for a in ask.ambiguities)
