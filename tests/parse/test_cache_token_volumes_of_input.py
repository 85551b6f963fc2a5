"""Cached tokens said as part of an input volume (our own sentences, not a scored batch's): "900M input tokens a month
at $3/M; 600M of those are cache hits at $0.30/M" is the saving (cached × (input − read)), the input bill before and
after, and the share of the input bill it cuts, in the period the volume was said in; and the cut on the effective
input rate when a share of each prompt is cached and hits bill at a share of the input rate."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import router
from bot.parse import parse


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 600M × ($3 − $0.30)/1M = $1,620; before 900M × $3 = $2,700; after 300M × $3 + 600M × $0.30 = $900 + $180
        ("We push 900M input tokens a month at $3/M; 600M of those are cache hits billed at $0.30/M. Savings and "
         "the input bill before and after?", ["$1,620.00", "$2,700.00", "$1,080.00", "60%"]),
        # 1.5B × $2.25 = $3,375; before 2B × $2.50 = $5,000; after 0.5B × $2.50 + 1.5B × $0.25 = $1,250 + $375
        ("input: 2B tokens/month @ $2.50/M, of which 1.5B are read from the cache at $0.25/M. what does caching "
         "take off the input bill?", ["$3,375.00", "$5,000.00", "$1,625.00", "67.5%"]),
        # a day's: 30M × $0.90 = $27; before 40M × $1 = $40; after 10M × $1 + 30M × $0.10 = $13
        ("40M input tokens a day at $1/M input, 30M of them are cached at $0.10/M cache read. daily saving?",
         ["$27.00", "$40.00", "$13.00", "67.5%"]),
    ],
)
def test_cached_tokens_of_an_input_volume_cut_the_input_bill(text: str, figures: list[str]) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "caching", reply.text
    for figure in figures:
        assert figure in reply.text, (figure, reply.text)


def test_cached_tokens_of_an_input_volume_are_no_prefix() -> None:
    fields = parse("900M input tokens a month at $3/M; 600M of those are cache hits at $0.30/M").fields
    assert fields.prefix_tokens is None
    assert fields.cached_tokens_per_day is not None and fields.cached_of_input


@pytest.mark.parametrize(
    "text",
    [
        # more cached than sent: never a bill from it
        "100M input tokens a month at $3/M; 150M of those are cache hits at $0.30/M. input bill before and after?",
        # a prompt's share, per call: the prefix, as before
        "6k-token prompt, of which 4k are cached; $3 in / $0.30 read, 10k calls a day",
    ],
)
def test_no_input_bill_without_a_volume_holding_the_cached_tokens(text: str) -> None:
    reply = router.answer(text, rate_cards={})
    assert "Input bill before caching" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        # 0.9 × (1 − 0.1) = 81%
        ("if ~90% of each prompt is the cached prefix and hits bill at 10% of the input rate, what's the cut in "
         "effective input cost?", "81%"),
        # 0.75 × (1 − 0.25) = 56.25%
        ("75% of every prompt is a cached prefix; cache hits are billed at 25% of input. how much does the effective "
         "input cost drop?", "56.25%"),
    ],
)
def test_a_cached_share_of_each_prompt_cuts_the_effective_input_cost(text: str, cut: str) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "caching", reply.text
    assert cut in reply.text, reply.text


def test_the_cut_is_read_from_shares_only() -> None:
    fields = parse("90% of each prompt is the cached prefix and hits bill at 10% of the input rate").fields
    assert (fields.prefix_share, fields.cache_read_share) == (Decimal("0.9"), Decimal("0.1"))
