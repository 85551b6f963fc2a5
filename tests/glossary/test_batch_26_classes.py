"""Blind batch 26's classes, in wordings written for these tests (not the batch's): a title the author has given or is
putting in place, with "I" dropped at the start ('Retitled the one-pager "..."', "Putting '...' as the header"); a
block quote the line after names as the author's own draft ("draft ^ ok?", "my opener for the ... email"); caching
beside a colon or an equals sign with big savings ("Prompt caching = big $ savings", a heading over "- big savings on
..."). Each class sits beside near misses that share its words."""

from __future__ import annotations

import pytest

import glossary

TITLE_WITHOUT_I = [
    ('Renamed the pricing page "Token Costs, Explained" — ok?', ["token-costs"]),
    ("Retitled slide 3 'Committed Use at a Glance'", ["committed-use"]),
    ("Going with 'Committed Use Tiers' as the header unless someone shouts", ["committed-use"]),
    # quiet: someone else's title, or the guide's wording
    ('They renamed the deck "AI API Pricing 101"', []),
    ('Legal retitled the appendix "Committed Use Terms"', []),
    ('Putting "Input and output token costs" in the table header', []),
    ('their AE is putting "AI API pricing" on every slide', []),
]

QUOTE_NAMED_AS_OWN_DRAFT = [
    ("> caching saves money for every workload\nmy opener for the Brightline email — thoughts?",
     ["caching-saves-money"]),
    ("> PTUs are cheaper for your traffic.\ndraft ^ ok?", ["provisioned-is-cheaper"]),
    ("> the model charges per request, simple as that\nmy closing paragraph, too blunt?", ["charges-per-request"]),
    ("> caching saves them money on every call\nrough draft, be brutal", ["caching-saves-money"]),
    # quiet: someone else's draft, or a reply to the author's
    ("> caching saves them money on every call\nfirst draft from their legal team, thoughts?", []),
    ("> PTUs are cheaper for your traffic.\ntheir draft ^ — how do we answer?", []),
    ("> the model charges per request\nGlobex's reply to my email. How do I answer?", []),
]

CACHING_EQUALS_BIG_SAVINGS = [
    ("Prompt caching = huge savings on the support bot", ["caching-saves-money"]),
    ("Caching:\n- massive $$ savings on the agent loop", ["caching-saves-money"]),
    ("Caching:\n- big savings on the policy preamble\n- savings depend on prefix length and call volume",
     ["caching-saves-money"]),
    # quiet: the guide's qualifier on the claim itself
    ("Prompt caching:\n- savings depend on prefix length and call volume", []),
    ("Caching: big savings on the 6k preamble at 30k calls/day", []),
]


@pytest.mark.parametrize(("text", "rules"), TITLE_WITHOUT_I + QUOTE_NAMED_AS_OWN_DRAFT + CACHING_EQUALS_BIG_SAVINGS)
def test_batch_26_classes_in_new_wordings(text: str, rules: list[str]) -> None:
    assert sorted({flag.rule for flag in glossary.lint(text)}) == sorted(rules)
