"""Blind batch 13's classes, in wordings written for these tests (not the batch's): reps' shorthand and misspellings
of the words a claim is made of, the dedicated option as provisioned capacity, and the claim said through what the
buyer spends or what is charged. Each claim form sits beside the hard negatives that share its words."""

from __future__ import annotations

import pytest

import glossary

SHORTHAND_AND_TYPOS = [
    # auxiliaries and prepositions as typed, misspellings of four and five letters, "CUD", "cache hit %"
    ("PTUs shud be cheaper for Orbis, their load is flat.", ["provisioned-is-cheaper"]),
    ("reserved capacity wud b cheaper for them tbh", ["provisioned-is-cheaper"]),
    ("they're paying more 4 bedrock, no way around it", ["paying-extra-for-azure"]),
    ("usge fees for AI are the line finance hates", ["ai-usage-fees"]),
    ("the tokn spend is what the CFO watches", ["token-costs"]),
    ("cahce hit rate on the support bot will be 90%", ["cache-hit-rate"]),
    ("Let's put a CUD on their Claude spend for the renewal.", ["committed-use"]),
    ("Their cache hit % will sit around 95 after launch.", ["cache-hit-rate"]),
    # quiet: the guide's condition, real words, another product's CUD, the hit rate said to depend
    ("PTUs shud be cheaper once utilization holds above 70%.", []),
    ("The tote fees for the warehouse are separate.", []),
    ("The CUD on their GKE nodes renews in June.", []),
    ("Ask their TAM whether the CUD covers Gemini on Vertex.", []),
    ("What hit rate is Lumen seeing on the cache in the pilot?", []),
    ("Their cache hit % depends on provider infrastructure and prompt structure.", []),
    ("We took the cash fees out of the quote.", []),
]

DEDICATED_AND_SPENDING = [
    # the dedicated option as the subject; a move to provisioned and then paying less; "less costly"
    ("The dedicated deployment comes out less costly for Orbis.", ["provisioned-is-cheaper"]),
    ("Honestly the dedicated option is cheaper for their claims bot.", ["provisioned-is-cheaper"]),
    ("Once they switch to PTUs they'll pay way less.", ["provisioned-is-cheaper"]),
    ("If we move them to reserved capacity they'd spend less, period.", ["provisioned-is-cheaper"]),
    # quiet: a condition, the other way round, a figure (the savings rule's), a dedicated support plan
    ("The dedicated option is cheaper at sustained utilization above 70%.", []),
    ("If we move them to reserved capacity they'd spend more at 20% utilization.", []),
    ("Expect 35% lower cost on the dedicated tier.", ["unconditional-savings"]),
    ("The dedicated support plan is cheaper than the premium one.", []),
    ("Once they switch to PTUs they'll pay less attention to rate limits.", []),
    ("If we move them to reserved capacity they'd spend less time on retries.", []),
]

CHARGED_AND_SAVED = [
    # the request as what is charged; fees for tokens and one figure per token; caching turned on then paying less;
    # caching as next to nothing; the rest of the bill brought down; a figure taken off; shelling out more for Azure
    ("The OCR endpoint bills each req a fixed fee.", ["charges-per-request"]),
    ("Finance wants to know the fees for tokens next quarter.", ["ai-usage-fees", "token-costs"]),
    ("Price per token on Sonnet is roughly $6/M, use that.", ["token-costs"]),
    ("Enable prompt caching and they'll pay way less.", ["caching-saves-money"]),
    ("context caching = peanuts per call for the FAQ bot", ["caching-saves-money"]),
    ("Caching gets the rest of the bill down after the commit.", ["caching-saves-money"]),
    ("Reserved capacity takes 25% off, that's the pitch.", ["unconditional-savings"]),
    ("Their public sector arm is forking out more for the Azure version.", ["paying-extra-for-azure"]),
    # quiet
    ("The OCR endpoint bills each call a fixed fee.", []),
    ("Price per token is $3/M input and $15/M output on Sonnet.", []),
    ("Cost per token is $2.50 input and $10 output.", []),
    ("The fees for tokens are split into input and output rates.", []),
    ("The hyperscalers all charge the same list price.", []),
    ("Enable prompt caching and they'll wait less on the first token.", []),
    ("Batching the overnight jobs would halve the bill.", []),
    ("Their MACC takes 15% off, so the effective markup is about 6%.", []),
    ("Caching gets the rest of the latency down.", []),
    ("Their public sector arm is forking out more for the Azure support plan.", []),
]


@pytest.mark.parametrize(("text", "rules"), SHORTHAND_AND_TYPOS + DEDICATED_AND_SPENDING + CHARGED_AND_SAVED)
def test_batch_13_classes_in_new_wordings(text: str, rules: list[str]) -> None:
    assert sorted({flag.rule for flag in glossary.lint(text)}) == sorted(rules)


def test_a_four_letter_misspelling_points_at_what_was_typed() -> None:
    text = "the tokn spend doubled"
    (flag,) = glossary.lint(text)
    assert flag.rule == "token-costs" and text[flag.start : flag.end] == flag.matched == "tokn spend"
