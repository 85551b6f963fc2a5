"""The cached prefix within a whole prompt (our own sentences, not a scored batch's): the prefix and the rest of the
prompt named by what it holds ("10k prefix + ~500 tok user msg"), the share of input spend a hit cuts, the input
spend a day with and without caching, and a month's figures when the volume is monthly."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    ("text", "prefix", "prompt"),
    [
        ("8k prefix + ~400 tok user msg per call, $3 in, $0.30 reads, 2k calls a day", Decimal(8000), Decimal(8400)),
        ("each call = 6,000 tok static instructions + 1,000 tokens of user input", Decimal(6000), Decimal(7000)),
        ("3k system prompt plus 250 user tokens, reads at 10% of input", Decimal(3000), Decimal(3250)),
        ("12k policy doc + 2k tok customer question per request", Decimal(12000), Decimal(14000)),
    ],
)
def test_the_prefix_and_the_rest_of_the_prompt(text: str, prefix: Decimal, prompt: Decimal) -> None:
    fields = parse(text).fields
    assert (fields.prefix_tokens, fields.input_tokens_per_call) == (prefix, prompt)


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        # 8,000 / 10,000 x (1 - 10%) = 72%
        ("what pct of input spend does caching knock off: 8k prefix + 2k tok user msg, reads 10% of input", "72%"),
        # 3/4 x (1 - 0.2) = 60%
        ("3k of every 4k input tokens is the shared prefix, cached reads bill at 20%. what percentage do we save?",
         "60%"),
        # 4,500 / 5,000 x 50% = 45%
        ("what share of input cost is cut with 4.5k instructions + 500 user tokens, cached input half price", "45%"),
    ],
)
def test_the_share_of_input_spend_a_hit_cuts(text: str, cut: str) -> None:
    assert_figures(text, [cut])


def test_input_spend_with_and_without_caching() -> None:
    # without: 10,000 x 4,500 x $2/1M = $90.00; hits 9,000 x 4,000 x $1.80/1M = $64.80; writes 1,000 x 4,000 x
    # $0.50/1M = $2.00; net $62.80; with caching $27.20 (69.78% lower)
    assert_figures("4k static instructions + 500 tok user msg, 10k calls/day, $2 in, $0.20 reads, $2.50 writes, 90% "
                   "hits. input spend per day with vs without caching?", ["$90.00", "$62.80", "$27.20", "69.78%"])


def test_a_monthly_volume_gets_the_month() -> None:
    # 300k calls a month, 90% hits: 270,000 x 2,000 x $2.70/1M = $1,458.00; 30,000 writes x 2,000 x $0.75/1M = $45.00
    assert_figures("2k sys prompt, $3 in, reads $0.30, writes $3.75, 300k calls/mo, 90% hits. net per mo?",
                   ["$1,458.00", "$45.00", "$1,413.00"])


@pytest.mark.parametrize(
    "text",
    [
        "12k tok policy doc + ~400 tok user q each call, we cache the 12k. $2/MTok in, 20c read, $2.50 write. 5k "
        "calls/day, 90% hits. net daily?",
        "12k system prompt plus 400 tok user qs per call; $2 in, $0.20 read, $2.50 write; 5,000 calls a day at 90% "
        "hits. daily net?",
    ],
)
def test_a_prefix_beside_a_short_user_question(text: str) -> None:
    # 4,500 hits × 12,000 × $1.80/1M ($0.0216) = $97.20; 500 writes × 12,000 × $0.50/1M ($0.006) = $3.00; net $94.20
    fields = parse(text).fields
    assert (fields.prefix_tokens, fields.input_tokens_per_call) == (Decimal(12000), Decimal(12400)), fields
    assert_figures(text, ["$0.0216", "$97.20", "$3.00", "$94.20 a day"])
    assert "Not used" not in reply_text(text)
