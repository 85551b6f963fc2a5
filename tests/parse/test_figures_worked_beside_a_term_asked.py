"""A term asked about in a first sentence, with the deal's numbers after it: the entry, and beside it the figure those
numbers give (the effective markup, the break-even utilization, a cache write's premium, the utilization a
peak-to-average ratio leaves). Numbers that give no figure ("the cache has a 5 minute TTL") stay context: the entry
alone, asking for nothing. A figure asked for ("what's the markup?") is still the computation."""

import pytest

from bot.router import answer


@pytest.mark.parametrize(("ask", "title", "figures"), [
    # (1 + 0.40) x (1 - 0.15) - 1 = 1.19 - 1 = 19%
    ('What does "hyperscaler markup" mean? Bedrock lists this model 40% above direct and their EA takes 15% off.',
     "Hyperscaler markup", ["*19%*"]),
    # 1 - 0.30 = 70%
    ("how would you explain break-even utilization to a finance lead? say the PT offer is 30% off.",
     "Break-even utilization", ["*70%*"]),
    # write premium = 3,000 x ($2.50 - $2.00) / 1M = $0.0015
    ("What is meant by TTL? Say a 3,000-token prefix, $2/M input, cache writes at $2.50/M, a 5 minute lifetime.",
     "TTL (cache lifetime)", ["*$0.0015*"]),
    # sized for a peak 3 times the average: 1 / 3 = 33.33% utilization, break-even only past a 66.67% discount
    ("what does peak-to-average ratio mean? their peak is 3x the average", "Peak-to-average ratio", ["*66.67%*"]),
    # (1 + 0.25) x (1 - 0.20) - 1 = 1.00 - 1 = 0%
    ("can you define hyperscaler markup for me? vertex is 25% over direct, EA 20% off", "Hyperscaler markup",
     ["*0%*"]),
])
def test_the_entry_comes_with_the_figure_its_numbers_give(ask: str, title: str, figures: list[str]) -> None:
    reply = answer(ask)
    assert reply.intent == "glossary"
    assert reply.text.startswith(f"*{title}")
    for figure in figures:
        assert figure in reply.text


@pytest.mark.parametrize("ask", [
    "what does TTL mean? their engineer said the cache has a 5 minute TTL",
    "Define prompt caching. Our system prompt is 6k tokens.",
])
def test_numbers_that_give_no_figure_stay_context(ask: str) -> None:
    reply = answer(ask)
    assert reply.intent == "glossary"
    assert "tell me" not in reply.text


@pytest.mark.parametrize(("ask", "intent"), [
    ("what's the markup? list is 25% over direct, EA 10%", "markup"),
    ("what's the break-even? their PT offer is 30% off", "break_even"),
    ("provisioned at 35% off, they'd run at 70%. what's break-even and the cost vs on-demand?", "break_even"),
])
def test_a_figure_asked_for_is_still_the_computation(ask: str, intent: str) -> None:
    assert answer(ask).intent == intent
