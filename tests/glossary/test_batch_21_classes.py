"""Blind batch 21's classes, in wordings written for these tests (not the batch's): a part of PTUs named after them
("the PTU block"), a quotation the author introduces as what they wrote or as a new name they give, the government
regions as a hyperscaler, a question someone asked reported with "asked what" or after a lead that ends in a colon, and
a term said after a negation of something else ("can't forecast token costs" still says the term). Each claim form
sits beside the hard negatives that share its words."""

from __future__ import annotations

import pytest

import glossary

PARTS_OF_PTUS = [
    ("Told Dana the PTU block for weekdays is cheaper than paying per token.", ["provisioned-is-cheaper"]),
    ("The provisioned commitment works out cheaper for Vireo, full stop.", ["provisioned-is-cheaper"]),
    # quiet: the guide's condition
    ("The PTU baseline is cheaper at 70% sustained utilization or more.", []),
]

WORDING_THE_AUTHOR_WROTE = [
    ('In the Halcyon renewal memo I wrote: "Caching saves money." Shout if that needs softening.',
     ["caching-saves-money"]),
    ('Retitling the one-pager to "Token Costs at a Glance" before it goes out.', ["token-costs"]),
    ("I'm changing the slide title to \"AI usage fees, explained\".", ["ai-usage-fees"]),
    ('Wrote this into the SOW preamble, I wrote in the summary: "Committed use, 12 months."', ["committed-use"]),
    # quiet: someone else renames or wrote it
    ('Their team is renaming the page to "AI API pricing" next sprint.', []),
    ('Procurement changed the header to "committed use" without asking us.', []),
]

GOVERNMENT_REGIONS = [
    ("they'd be paying extra for GovCloud, same models", ["paying-extra-for-azure"]),
    ("Honestly the customer is overpaying on GovCloud Bedrock.", ["paying-extra-for-azure"]),
    ("Buying GPT-4o through AOAI means paying extra, plain and simple.", ["paying-extra-for-azure"]),
    # quiet: the guide's own framing
    ("The GovCloud tier includes FedRAMP authorization and data residency controls.", []),
]

REPORTED_QUESTIONS = [
    # someone else's question, not the author's claim
    ("Their controller asked what the cache hit rate will look like in month two.", []),
    ("Bram's team asked three things on the call: will PTUs be cheaper, and does caching save money at all?", []),
    ("The controller's question: is reserved capacity cheaper than pay-as-you-go for them?", []),
    ("Questions from their architect: does caching save money with a 2k prefix?", []),
    ("Quick question: would PTUs be cheaper for the Lumen batch jobs?", ["provisioned-is-cheaper"]),
    # flagged: the author's own question, or a claim after the question ends
    ("I asked them: would provisioned be cheaper for the nightly batch?", ["provisioned-is-cheaper"]),
    ("Their CFO asked a few things. Caching saves money, so that one is easy.", ["caching-saves-money"]),
    # ... or the author answering it with a figure: a promise
    ("Their buyer asked what the cache hit rate would be, and I told them about 85%.", ["cache-hit-rate"]),
]

TERMS_AFTER_A_NEGATED_VERB = [
    # the negation denies what is done with it, not the word: the term is still the author's
    ("Their ops team doesn't budget token costs per feature yet.", ["token-costs"]),
    ("We can't explain the AI usage fees line to their CFO without a model.", ["ai-usage-fees"]),
    ("Nobody on the Kestrel side has approved committed use for the Claude endpoints.", ["committed-use"]),
    # quiet: the negation bears on the word itself, or on saying it
    ("Never say token costs to a buyer; split input and output.", []),
    ("It's per-token inference costs, not AI usage fees.", []),
    ("We don't call it committed use in our contracts.", []),
]


@pytest.mark.parametrize(
    ("text", "rules"),
    PARTS_OF_PTUS + WORDING_THE_AUTHOR_WROTE + GOVERNMENT_REGIONS + REPORTED_QUESTIONS + TERMS_AFTER_A_NEGATED_VERB,
)
def test_batch_21_classes_in_new_wordings(text: str, rules: list[str]) -> None:
    assert sorted({flag.rule for flag in glossary.lint(text)}) == sorted(rules)
