"""Blind batch 18's classes, in wordings written for these tests (not the batch's): a claim in a link's label that
opens with "why" as a title does, a reported question answered yes whose opening "if" is no condition, a block quote
the author asks to have reviewed before sending it, a name the author proposes for their own material in quotation
marks, and hits said not to be contractual in the answer to a reported question. Each claim form sits beside the hard
negatives that share its words."""

from __future__ import annotations

import pytest

import glossary

LINK_LABEL_TITLES = [
    # a link's label is what the reader sees: one that opens with "why" and goes on as a statement is a title
    ("for the Contoso renewal: <https://wiki.example.com/bedrock-markup|why they pay more through Bedrock>",
     ["paying-extra-for-azure"]),
    ("<https://example.com/kb/42|Why customers pay a premium for Vertex> is the page I send",
     ["paying-extra-for-azure"]),
    # a proposed title in quotation marks reads the same way
    ('I\'d call the section "Why you\'re paying more through Azure"', ["paying-extra-for-azure"]),
    # quiet: a question asked after a mention, the URL alone, a label in the guide's words
    ("<@U0421> why are we paying more through Azure for this one?", []),
    ("<https://example.com/why-you-pay-more-for-azure|hyperscaler tier FAQ>", []),
    ("<https://example.com/kb/7|What the hyperscaler tier includes>", []),
]

ANSWERED_YES = [
    # the "if" that opens the question sets no condition, and "turn it on" is no call volume
    ("Dana asked if prompt caching cuts their bill, yes it does, switch it on.", ["caching-saves-money"]),
    ("Priyanka wondered if caching saves money. Yep, turn it on for the support bot.", ["caching-saves-money"]),
    ("Caching saves them money if they turn it on.", ["caching-saves-money"]),
    ("Tomasz asked if context caching lowers the bill, and yes, same as on the last deal.", ["caching-saves-money"]),
    ("Marek was asking if caching saves money — yep, on every call.", ["caching-saves-money"]),
    # quiet: unanswered, answered no, or answered with the guide's qualifier
    ("Dana asked if prompt caching cuts their bill on the agent turns.", []),
    ("Priyanka wondered if caching saves money. Not for prompts that short.", []),
    ("Dana asked if prompt caching cuts their bill, yes when the 5k prefix repeats on most calls.", []),
]

REVIEW_BEFORE_SENDING = [
    # a block quote the author asks to have checked before sending it is the author's draft
    ("> Hi Rafael, AI usage fees for Q3 come to $4.2k.\ncan someone check this before I send?", ["ai-usage-fees"]),
    ("> Reserved capacity will save you 35% from month one\npls sanity check before it goes out",
     ["unconditional-savings"]),
    ("> Summary: token costs fell 12% after the prompt rewrite\nquick look before I hit send?", ["token-costs"]),
    # quiet: someone else's words the author will answer, or no review asked
    ("> Our AI usage fees doubled this quarter.\ncan someone check this before I reply?", []),
    ("> Reserved capacity will save you 35% from month one\nthat's what their last vendor promised", []),
]

PROPOSED_NAMES = [
    # a name the author gives their own slide, section or tier, in quotation marks
    ('We\'ll title the appendix "Token costs by month"', ["token-costs"]),
    ('let\'s name the pricing tab "AI API prices"', ["ai-api-pricing"]),
    ('I\'m going to label the line item "Committed use discount"', ["committed-use"]),
    # quiet: someone else's name for it, or the author declining it
    ('Their procurement team would title it "AI API prices"', []),
    ('I wouldn\'t call the tab "AI API prices"', []),
    ('We\'ll title the appendix "Inference pricing by month"', []),
]

HITS_NOT_CONTRACTUAL = [
    # the answer to a reported question says hits are not part of the contract: quiet
    ("Their architect asked what cache hit rate to plan for. I said plan on 60–80%, but hits aren't guaranteed.", []),
    ("Procurement wanted to know what the cache hit rate would be. Gave them 75% for modelling; it's not contractual.",
     []),
    ("Put the cache hit rate at 85% in the model, hits are not in the contract.", []),
    # flagged: a figure given with nothing that says it is not committed
    ("Their architect asked what cache hit rate to plan for. I said 80%, easily.", ["cache-hit-rate"]),
    ("The cache hit rate will be 85%, and the rate card isn't contractual either way.", ["cache-hit-rate"]),
]


@pytest.mark.parametrize(
    ("text", "rules"), LINK_LABEL_TITLES + ANSWERED_YES + REVIEW_BEFORE_SENDING + PROPOSED_NAMES + HITS_NOT_CONTRACTUAL
)
def test_batch_18_classes_in_new_wordings(text: str, rules: list[str]) -> None:
    assert sorted({flag.rule for flag in glossary.lint(text)}) == sorted(rules)
