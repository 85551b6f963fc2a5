"""Blind batches 14 and 15's classes, in wordings written for these tests (not the batches'): a claim the author
corrects or answers no to right after it ("... is NOT how their endpoint bills", "... ? I'm thinking no") is not their
claim; several claims joined by a conjunction each make their own, also when the second only echoes the first ("and
PTUs do too", "and so is caching", "committed use on Vertex does too"); reps' shorthand adverbs ("def", "defo")."""

from __future__ import annotations

import pytest

import glossary

CORRECTED_OR_ANSWERED_NO = [
    # the phrase as the subject of a correction right after it
    ("Quick fix to the notes: the model charges per request is not how their OCR endpoint bills, it's per page.", []),
    ("'caching saves money' is a myth for 300-token prompts, skip that slide.", []),
    ("FYI provisioned is cheaper is flat out wrong for a workload this spiky.", []),
    ("token costs isn't how their invoice reads, it's input and output lines", []),
    # the author's own question, answered no or doubted right after
    ("Would PTUs be cheaper for a batch job that runs two hours a night? probably not, utilization is tiny.", []),
    ("Does caching save them money when every prompt is unique? I doubt it.", []),
    ("Can we say reserved capacity is cheaper across the board? feels like a stretch", []),
    ("is committed capacity cheaper for a pilot this small? I'm thinking no, they'd sit at 15% utilization", []),
    # still claims: no correction, a yes, a correction of something else, a doubt about something else
    ("Provisioned is cheaper for them, is that how you'd pitch it?", ["provisioned-is-cheaper"]),
    ("Would PTUs be cheaper for Acme? yes, easily.", ["provisioned-is-cheaper"]),
    ("The model charges per request, which is how their old vendor worked too.", ["charges-per-request"]),
    ("Caching saves money on the agent loop. Their deck is wrong about the latency though.", ["caching-saves-money"]),
    ("Is reserved capacity cheaper for Globex? Of course, lead with it.", ["provisioned-is-cheaper"]),
]

JOINED_CLAIMS = [
    # each subject of a conjunction makes its own claim, also when it only echoes the first one's predicate
    ("Caching saves them money, and reserved capacity does too.", ["caching-saves-money", "provisioned-is-cheaper"]),
    ("PTUs come out cheaper for Acme and so does prompt caching.", ["caching-saves-money", "provisioned-is-cheaper"]),
    ("context caching cuts their bill, and PTUs do as well", ["caching-saves-money", "provisioned-is-cheaper"]),
    ("Bedrock PT is cheaper, and committed use on Vertex is too.", ["committed-use", "provisioned-is-cheaper"]),
    ("committed use on Vertex would lock in their per-token rate for the year", ["committed-use"]),
    ("provisioned is defo cheaper for them and caching saves money too", ["caching-saves-money",
                                                                         "provisioned-is-cheaper"]),
    ("PTUs are def the cheaper option for Northwind.", ["provisioned-is-cheaper"]),
    # quiet: the echo denied, conditioned or about something else; GCP's term explained, not used
    ("Caching doesn't save money on unique prompts, and PTUs don't either at 20% utilization.", []),
    ("Haiku is cheaper, and PTUs are too once utilization stays above 70%.", []),
    ("PTUs cut the bill at 80% sustained utilization, and the caterer does too.", []),
    ("Committed use discounts are the norm on Vertex; we call ours provisioned throughput.", []),
]


@pytest.mark.parametrize(("text", "rules"), CORRECTED_OR_ANSWERED_NO + JOINED_CLAIMS)
def test_corrections_answers_and_joined_claims(text: str, rules: list[str]) -> None:
    assert sorted({flag.rule for flag in glossary.lint(text)}) == sorted(rules)


def test_an_echoed_claim_points_at_the_words_that_echo_it() -> None:
    text = "Caching saves them money, and reserved capacity does too."
    (echoed,) = [flag for flag in glossary.lint(text) if flag.rule == "provisioned-is-cheaper"]
    assert text[echoed.start : echoed.end] == echoed.matched
    assert echoed.matched.endswith("reserved capacity does too")
