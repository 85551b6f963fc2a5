"""A meaning asked in the looser words reps use ("what's TTL mean", "what PAR means in the PT context", "what is it
precisely?", "what's the idea?", "glossary pls: X", "the difference between list markup and ...") is answered with
the entry first and the figures of the same message after it; a cost asked by its name ("what's the write
premium?") is still a figure."""

from __future__ import annotations

import pytest

from bot import router
from bot.parse import Intent, parse


@pytest.mark.parametrize(
    ("text", "title", "worked", "figure"),
    [
        # "what's X mean" is "what does X mean"
        ("what's PTU mean? 2 of them at $5 an hour, what's a month?", "PTU (Provisioned Throughput Unit)",
         Intent.BREAK_EVEN, "$7,300.00"),
        # "what X means": a name that is also a figure asks its meaning when "means" follows it
        ("my buyer asked what break-even utilization means in the PTU context. they get 30% off, what is it?",
         "Break-even utilization", Intent.BREAK_EVEN, "70%"),
        # a pronoun question with "precisely" after a figure-free clause naming the entry
        ('the CFO keeps saying "effective markup" - what is it precisely? list 30% over direct, EA 10%',
         "Effective markup", Intent.MARKUP, "17%"),
        ('everyone compares provisioned to okta concurrent licensing - what\'s the idea? they offered 25% off, '
         "what utilization breaks even?", "Okta analogy: concurrent session licensing", Intent.BREAK_EVEN, "75%"),
        # "glossary pls:" names the entry after its colon
        ("glossary pls: per-call pricing. $0.02 a call vs a blended $4/M, what call size is even?",
         "Per-call pricing", Intent.PER_CALL, "5,000 tokens"),
        # "list markup" is the hyperscaler markup's own name
        ("what's the difference between list markup and what they pay? 25% list, 12% EA discount",
         "Hyperscaler markup", Intent.MARKUP, "10%"),
        # a cost others name, asked about: its meaning, then its figure
        ("what's this write premium the AEs keep mentioning? 2k prefix, $4/M input, writes $5/M", "Cache write",
         Intent.CACHING, "$0.002"),
    ],
)
def test_the_entry_then_the_figures(text: str, title: str, worked: Intent, figure: str) -> None:
    ask = parse(text)
    assert (ask.intent, ask.worked) == (Intent.GLOSSARY, worked)
    reply = router.answer(text, rate_cards={})
    assert reply.text.startswith(f"*{title}*"), reply.text[:200]
    assert figure in reply.text, reply.text


@pytest.mark.parametrize(
    "text",
    [
        "two numbers please: what's the saving per hit, and what's the write premium? 3k prefix, $6/M in, $0.60/M "
        "cached, $7.50/M cache write",
        "what's the cache write premium? 4k prefix at $3/M input, writes $3.75/M",
    ],
)
def test_a_cost_asked_by_its_name_is_a_figure(text: str) -> None:
    assert parse(text).intent is Intent.CACHING
