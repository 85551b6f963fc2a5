"""A quotation is read as the author's wording when the words beside it say so (rules.yaml's own_quotes and
own_quotes_after); those words are searched for only when the text beside the quotation holds a word every such
introduction needs, so a message of thousands of quotation marks is read quickly. Skipping the search must never
change what is read: these tests check it on made-up texts dense in the introductions' words, and on messages."""

from __future__ import annotations

import random

import pytest

import glossary
from glossary import prose

WORDS = [
    "I'd", "I'll", "we", "We're", "let's", "should", "read", "say", "write", "use", "that", "term", "just", "going to",
    "tell", "Marcus", "their", "slide", "key line", "Subject", ":", " ", " ", " ", "x", "-", "'s", "back", "changing",
    "the", "header", "revert", "my", "wording", "É", "ſ", "\n", "propose", "go with", "title", "it",
]


@pytest.mark.parametrize("seed", [4, 5, 6])
def test_skipping_the_search_never_changes_whether_an_introduction_is_found(seed: int) -> None:
    rules = glossary.linter().rule_set
    rng = random.Random(seed)
    for pattern in (rules.own_quote, rules.own_quote_after):
        assert pattern is not None
        for _ in range(2000):
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 12)))
            assert prose._searched(pattern, text) == (pattern.search(text) is not None), text


MESSAGES = [
    # the author's own wording, before or after the quotation: flagged
    ('For the Fabrikam deck I\'d write "caching saves money" on slide 3.', ["caching-saves-money"]),
    ('"PTUs are cheaper" so I\'ll just use that line with their board.', ["provisioned-is-cheaper"]),
    # someone else's: quiet
    ('Their CFO keeps saying "caching saves money" on every call.', []),
    ('"PTUs are cheaper" is what their architect claims.', []),
]


@pytest.mark.parametrize(("text", "rules"), MESSAGES)
def test_a_quotation_is_the_authors_only_when_the_words_beside_it_say_so(text: str, rules: list[str]) -> None:
    assert [flag.rule for flag in glossary.lint(text)] == rules
