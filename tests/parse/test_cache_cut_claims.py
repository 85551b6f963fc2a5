"""A claimed cut of the input cost checked ("caching cuts input cost 80%+, right?"): the prompt and its cached part
read in the forms reps use, the reply saying yes or no first with the cut and the input cost of a call that hits
(our own sentences)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import router
from bot.parse import parse


def _reply(text: str) -> str:
    return router.answer(text, rate_cards={}).text


@pytest.mark.parametrize(
    ("text", "prefix", "prompt"),
    [
        ("every request is 8,000 input tokens, 6,000 of which are the shared policy document", 6000, 8000),
        ("each call sends 12k input tokens, and the first 10k of those are an identical style guide", 10000, 12000),
        ("our prompts: 7k cached prefix + 1k fresh tokens per call", 7000, 8000),
        ("a 5,000 token prompt, 4,500 of which is the fixed preamble", 4500, 5000),
    ],
)
def test_the_cached_part_of_a_prompt_stated_after_it(text: str, prefix: int, prompt: int) -> None:
    fields = parse(f"caching question: {text}, $2/M input, cache reads at $0.20/M").fields
    assert (fields.prefix_tokens, fields.input_tokens_per_call) == (Decimal(prefix), Decimal(prompt))


@pytest.mark.parametrize(
    ("text", "first", "figures"),
    [
        # 6,000 ÷ 8,000 × (1 − 10%) = 67.5%; 2,000 × $2 + 6,000 × $0.20 per 1M = $0.0052
        ("Does prompt caching really cut our input costs by 90%? Every request is 8,000 input tokens, 6,000 of which "
         "are the shared policy document. $2/M input, cache reads at $0.20/M.",
         "*No:* a hit cuts 67.5% of the prompt's input cost, not 90%: the cut applies to the cached prefix, not the "
         "rest of the prompt (worked below).", ["$0.0052", "67.5%"]),
        # 10k ÷ 12k × 90% = 75%; 2,000 × $3 + 10,000 × $0.30 per 1M = $0.009
        ("the vendor says caching cuts input cost by 70% - is that right for us? each call sends 12k input tokens, "
         "and the first 10k of those are an identical style guide; hits at a tenth of the $3 rate",
         "*Yes:* a hit cuts 75% of the prompt's input cost, at least the 70% claimed (worked below).",
         ["$0.009", "75%"]),
        # 7k ÷ 8k × 90% = 78.75%; 1,000 × $1 + 7,000 × $0.10 per 1M = $0.0017
        ("so caching lowers our input spend 80%+, correct? 7k cached prefix + 1k fresh tokens per call, $1/M in, "
         "$0.10/M cached reads",
         "*No:* a hit cuts 78.75% of the prompt's input cost, not 80%: the cut applies to the cached prefix, not the "
         "rest of the prompt (worked below).", ["$0.0017", "78.75%"]),
    ],
)
def test_a_claimed_input_cut_is_answered_yes_or_no_first(text: str, first: str, figures: list[str]) -> None:
    ask = parse(text)
    assert ask.fields.claimed_cut is not None and ask.fields.hit_ratio is None  # the claim is not a hit ratio
    reply = _reply(text)
    assert reply.splitlines()[1] == first
    for figure in figures:
        assert figure in reply


def test_a_share_of_a_named_rate_gives_the_input_rate_too() -> None:
    fields = parse("4k cached system prompt, cache hits at 10% of the $5 rate, 2k calls a day").fields
    assert (fields.input_rate, fields.cache_read_rate, fields.hit_ratio) == (Decimal(5), Decimal("0.5"), None)
