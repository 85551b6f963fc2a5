"""A question about a term, however it is phrased, gets the glossary entry; a figure to work out does not."""

from __future__ import annotations

import pytest

from bot import router
from bot.parse import Intent, parse


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("okta pls", "Okta analogy"),
        ("the Okta comparison for a CISO?", "Okta analogy"),
        ("buyer runs identity for a bank, how do I pitch PTUs to them", "Okta analogy"),
        ("they license SSO seats today. how is provisioned different?", "Okta analogy"),
        ("is provisioned throughput like concurrent licensing?", "Okta analogy"),
        ("quick one, what's a TTL and why should I care", "TTL"),
        ("explain cache hits in plain English for a CFO", "Cache hit"),
        ("sorry, new here: what's an EA discount?", "EA discount"),
        ("remind me what data residency covers", "Data residency"),
    ],
)
def test_a_term_question_gets_the_entry(text: str, title: str) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "glossary"
    assert f"*{title}" in reply.text


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("what's the break-even on a 35% provisioned discount?", Intent.BREAK_EVEN),
        ("what's the markup on bedrock vs direct", Intent.MARKUP),
        ("PTUs at 30% off, 80% utilized: worth it vs on-demand?", Intent.BREAK_EVEN),
    ],
)
def test_a_figure_to_work_out_is_not_a_definition(text: str, intent: Intent) -> None:
    assert parse(text).intent is intent


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a meaning asked first, with the figures after it only context
        ("what's meant by data residency? the buyer's DPO mentioned it twice on the call", "Data residency"),
        ("what does PTU stand for? they want 12 of them and I nodded", "PTU"),
        ("what is meant by a cache write? the engineer said ours cost $6.25/M", "Cache write"),
        # a definition asked for in a length or for an audience: the number sets the length
        ("wat's an EA discount in one line", "EA discount"),
        ("peak-to-average ratio in 3 sentences for a non-technical CFO", "Peak-to-average ratio"),
        ("provisioned throughput defn pls, 2 lines max", "Provisioned throughput"),
        # a meaning checked ("X = Y, right?") or a promise asked about
        ("PTU = provisioned throughput unit, right?", "PTU"),
        ("legal wants the cache hit rate guaranteed in the MSA. can we?", "Cache hit rate"),
        ("hit rate: can we commit to a number for procurement?", "Cache hit rate"),
        ("is the cache hit rate contractual?", "Cache hit rate"),
    ],
)
def test_a_meaning_asked_with_context_gets_the_entry(text: str, title: str) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "glossary", reply.text
    assert f"*{title}" in reply.text


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # a figure asked first, its inputs after it
        ("what's the break-even on PTUs? they'd get 35% off", Intent.BREAK_EVEN),
        ("what does caching save us? 4k prefix, $3 in, 30c reads, 10k calls a day", Intent.CACHING),
    ],
)
def test_a_figure_asked_with_a_term_is_not_a_definition(text: str, intent: Intent) -> None:
    assert parse(text).intent is intent


def test_a_meaning_asked_then_a_figure_asked_gets_both() -> None:
    # the entry first, then the figure worked out (tests/parse/test_meaning_beside_figures.py has the class)
    ask = parse("what does TTL mean here? 5 min TTL, 4k prefix, $3 in / 30c reads, 10k calls/day - net per day?")
    assert (ask.intent, ask.worked, ask.fields.term) == (Intent.GLOSSARY, Intent.CACHING, "ttl")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("what's a PTU", "PTU (Provisioned Throughput Unit)"),
        ("PTU?", "PTU (Provisioned Throughput Unit)"),
        ("ptus?", "PTU (Provisioned Throughput Unit)"),
        ("what does EA mean", "EA discount"),
        ("what are Provisioned Throughput Units (PTUs)?", "PTU (Provisioned Throughput Unit)"),
        ("Enterprise Agreement (EA)?", "EA discount"),
        ("what does PAR (peak-to-average ratio) mean?", "Peak-to-average ratio"),
    ],
)
def test_a_short_form_or_a_name_with_its_short_form_gets_the_entry(text: str, title: str) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "glossary"
    assert reply.text.startswith(f"*{title}*")


@pytest.mark.parametrize(
    ("term", "title"),
    [
        ("Provisioned Throughput Units (PTUs)", "PTU (Provisioned Throughput Unit)"),
        ("Enterprise Agreement (EA)", "EA discount"),
        ("PAR (peak-to-average ratio)", "Peak-to-average ratio"),
    ],
)
def test_a_name_with_its_other_form_in_brackets_looks_up_the_entry(term: str, title: str) -> None:
    import glossary

    assert glossary.lookup(term).title == title


def test_an_unknown_name_in_brackets_is_still_unknown() -> None:
    import glossary

    with pytest.raises(glossary.GlossaryError):
        glossary.lookup("widgets (gadgets)")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Procurement wants 95% cache hits guaranteed in the contract. Before I answer, what should we say about cache "
         "hit rate as a term? I don't want to promise something the provider controls.", "Cache hit rate"),
        ("Confused by the partner's wording. What exactly counts as per-call pricing, as opposed to per-token? They "
         "quote \"per request\" for an OCR endpoint (50k pages/day) and I want to get the write-up right.",
         "Per-call pricing"),
        ("Legal keeps asking about 'committed use' in the 3-year MSA. What should we say about committed use as a "
         "term?", "Provisioned throughput"),
        ("Procurement wants 95% cache hits guaranteed. How should we describe the cache hit rate to them? I don't want "
         "to overpromise.", "Cache hit rate"),
    ],
)
def test_a_term_asked_about_by_name_beside_context_figures_gets_the_entry(text: str, title: str) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "glossary"
    assert reply.text.startswith(f"*{title}")


def test_a_term_asked_about_beside_a_figure_to_work_out_keeps_the_figure() -> None:
    # the bill is asked for too: 40,000 × 730 ÷ 24 × $0.002 = $2,433.33 a month
    reply = router.answer("Vendor quotes $0.002 per request for OCR. What exactly counts as per-call pricing here, and "
                          "what's the monthly bill at 40k requests a day?", rate_cards={})
    assert reply.intent == "per_call"
    assert "$2,433.33" in reply.text


def test_what_to_tell_them_about_the_pricing_structure_is_the_structure_question() -> None:
    reply = router.answer("hackathon team building a prototype, no clue about volume yet. what do we tell them about "
                          "pricing structure?", rate_cards={})
    assert reply.intent == "scenario"
