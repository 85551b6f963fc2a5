"""A term asked about with words that belong to another intent ("what does the markup buy", "TTL in the caching
context", "what does X have to do with Y pricing", "when the deck says 'hyperscaler'", "why say 'input token costs'")
gets its glossary entry; a point to work out ("at what utilization does reserved capacity win?") is the calculation,
which asks for what it lacks. A state or local agency is not a FedRAMP buyer. Our own sentences."""

from __future__ import annotations

import pytest

from bot import router
from bot.parse import Intent, parse
from bot.parse.traits import workload


def _glossary_title(text: str) -> str:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "glossary", reply.text
    return reply.text


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # what the markup buys, asked about "it" after the markup is named
        ("bedrock markup - what does it actually buy them?", "Hyperscaler markup"),
        ("the azure premium; so what does that get the customer", "Hyperscaler markup"),
        ("hyperscaler uplift: what does it really cover?", "Hyperscaler markup"),
        # a term with the field it belongs to
        ("TTL in the prompt caching context?", "TTL (cache lifetime)"),
        ("hit rate, in caching terms?", "Cache hit rate"),
        ("PAR in the context of provisioning", "Peak-to-average ratio"),
        # what a term has to do with something else
        ("what has FedRAMP got to do with Bedrock pricing?", "FedRAMP"),
        ("what does data residency have to do with the azure price", "Data residency"),
        ("how does TTL relate to the write cost?", "TTL (cache lifetime)"),
        # who a name in the deck means
        ("sorry, who are the hyperscalers exactly?", "Hyperscaler (cloud provider)"),
        ("the deck keeps saying 'hyperscaler' - who does that mean?", "Hyperscaler (cloud provider)"),
        ("what's a hyperscaler?", "Hyperscaler (cloud provider)"),
        # the wording the field guide asks for, explained
        ("why do we have to say 'output token costs' rather than 'token costs'?", "Input and output tokens"),
        ("why 'input token costs' and not just 'token costs'?", "Input and output tokens"),
        ("why does marketing want us to write \"input token costs\" instead of \"token costs\"",
         "Input and output tokens"),
    ],
)
def test_a_term_asked_among_other_intents_words_gets_its_entry(text: str, title: str) -> None:
    assert f"*{title}" in _glossary_title(text)


def test_the_hyperscaler_entry_names_the_clouds_and_what_they_add() -> None:
    reply = _glossary_title("who do we mean by hyperscaler?")
    for name in ("Azure", "Bedrock", "Vertex", "residency", "SLAs"):
        assert name in reply


def test_the_fedramp_entry_says_what_it_does_to_the_price() -> None:
    assert "markup" in _glossary_title("what does FedRAMP have to do with Azure OpenAI pricing?")


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # near misses: the markup figure, a caching sum, a structure choice, a figure asked about the hyperscaler
        ("bedrock markup - what does it come to at 20% list and 10% EA?", Intent.MARKUP),
        ("TTL is 5 minutes, 4k prefix, $3 in, $0.30 cached, 10k calls a day: net saving?", Intent.CACHING),
        ("hyperscaler list is 25% above direct, EA 15%: effective markup?", Intent.MARKUP),
    ],
)
def test_a_figure_or_a_choice_beside_those_words_is_not_a_definition(text: str, intent: Intent) -> None:
    assert parse(text).intent is intent


def test_a_structure_set_against_another_unquoted_is_not_a_wording_question() -> None:
    assert parse("why per-token instead of provisioned for a pilot?").intent is not Intent.GLOSSARY


@pytest.mark.parametrize(
    "text",
    [
        "RFP asks: explain at what level of sustained utilization reserved capacity becomes cheaper than on-demand. "
        "No discount stated yet. Answer with the break-even number?",
        "the tender wants us to explain at what utilization provisioned beats pay-as-you-go; we don't know the "
        "discount",
        "procurement: at what utilization does the reserved option win over on-demand? give them the break-even number",
    ],
)
def test_a_break_even_point_asked_without_a_discount_asks_for_it(text: str) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "break_even", reply.text
    assert "discount" in {m["field"] for m in reply.data.get("missing") or []}
    assert "1 − the discount" in reply.text


def test_explaining_break_even_itself_is_still_the_entry() -> None:
    assert "*Break-even utilization" in _glossary_title("explain break-even utilization")


@pytest.mark.parametrize(
    ("text", "fedramp"),
    [
        ("RFP from a state agency, steady production load. which structure?", False),
        ("state government buyer, on Azure already. structure?", False),
        ("county government records office, production. structure?", False),
        ("federal agency, steady production load. which structure?", True),
        ("a government agency that needs FedRAMP High. structure?", True),
    ],
)
def test_only_a_federal_buyer_needs_fedramp(text: str, fedramp: bool) -> None:
    ask = parse(text)
    assert ("fedramp" in workload(ask.fields, ask.text).compliance_needs) is fedramp


@pytest.mark.parametrize(
    ("text", "writes"),
    [
        # 10,000 × 80% = 8,000 hits; 10,000 − 8,000 = 2,000 writes
        ("what's a cache hit rate, and is it guaranteed? e.g. if 80% of 10,000 calls hit, how many cache writes?",
         "*2,000*"),
        # 20,000 × 75% = 15,000 hits; 20,000 − 15,000 = 5,000 writes
        ("glossary check: hit rate - is it contractual? e.g. 3 in 4 calls hit out of 20,000 calls, how many writes?",
         "*5,000*"),
        # 8,000 × 95% = 7,600 hits; 8,000 − 7,600 = 400 writes
        ("what does cache hit rate mean and can we guarantee it? say 95% hit over 8,000 calls: how many cache writes?",
         "*400*"),
    ],
)
def test_a_hit_rate_entry_with_a_count_example_splits_hits_and_writes(text: str, writes: str) -> None:
    reply = _glossary_title(text)
    assert "*Cache hit rate" in reply
    assert writes in reply and "cache writes = the misses" in reply


def test_a_priced_caching_ask_with_a_hit_rate_shows_no_bare_split() -> None:
    reply = router.answer("4k prefix, $3 in, $0.30 cached, 90% hit rate, 10k calls a day. net saving a day?",
                          rate_cards={})
    assert reply.intent == "caching"
    assert "cache writes = the misses" not in reply.text
