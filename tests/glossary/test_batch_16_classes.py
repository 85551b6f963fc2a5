"""Blind batch 16's classes, in wordings written for these tests (not the batch's): a claim after a colon or in a
labelled title, the paying-extra framing with a figure, a savings figure said first, the usage-fees term split by
words, a draft the author names as theirs after quoting it, and a blockchain's tokens. Each claim form sits beside the
hard negatives that share its words."""

from __future__ import annotations

import pytest

import glossary

COLONS_AND_TITLES = [
    # the subject, a colon, then the claim with "it"/"they"; a labelled title that starts with "why" and states it
    ("Reserved capacity: for a workload this flat, it's cheaper, full stop.", ["provisioned-is-cheaper"]),
    ("PTUs - given their volume they're cheaper, so quote them.", ["provisioned-is-cheaper"]),
    ("Slide 3: why they pay more through Bedrock", ["paying-extra-for-azure"]),
    ("Title: Why you're paying extra for Azure OpenAI (and what to do)", ["paying-extra-for-azure"]),
    ("Subject line: our AI API pricing for FY26", ["ai-api-pricing"]),
    # quiet: the condition after the colon, another option called cheaper, a question why, a heading answered
    ("Reserved capacity: at 85% sustained utilization, it's cheaper.", []),
    ("PTUs: not yet, it's cheaper to stay on pay-as-you-go for the pilot.", []),
    ("Dedicated capacity: no, it's cheaper on demand until their load settles.", []),
    ("Why are they paying more through Bedrock than direct?", []),
    ("Why they pay more through Bedrock: FedRAMP authorization and data residency controls.", []),
    ("Their CFO keeps asking why they're paying extra for Azure.", []),
]

FIGURES_SAID_FIRST = [
    # the figure fronted; the markup as what the hyperscaler costs the buyer, with a figure
    ("40% is what PTUs will save them on the nightly batch.", ["unconditional-savings"]),
    ("A third is how much this would cut their bill, tell the CFO.", ["unconditional-savings"]),
    ("$12k a month is what Globex will save on reserved capacity.", ["unconditional-savings"]),
    ("Bedrock costs them 30% more than buying from Anthropic direct.", ["paying-extra-for-azure"]),
    ("Going through Vertex costs the customer about 20% extra, nothing more to say.", ["paying-extra-for-azure"]),
    ("It costs them 15% more to run on Azure, and that's that.", ["paying-extra-for-azure"]),
    # quiet: what was saved, the condition, a price without a payer, a trend over time, another product
    ("40% is what they saved last year on the batch tier.", []),
    ("40% is what PTUs will save them at sustained utilization above 70%.", []),
    ("Bedrock costs 30% more per token than the first-party API in that region.", []),
    ("Bedrock costs them 30% more than last quarter because traffic grew.", []),
    ("Azure storage costs them 30% more than S3.", []),
]

TERMS_AND_OTHER_TOKENS = [
    # the usage-fees term split by words (no product line named with "the"); a draft named as the author's after it
    ("Consumption charges for AI services doubled after the agent launch.", ["ai-usage-fees"]),
    ("usage fees for LLMs are the line finance flagged", ["ai-usage-fees"]),
    ("> AI usage fees are billed monthly in arrears\nthis is our proposed wording for the SOW, ok?", ["ai-usage-fees"]),
    ("> Our token costs are lower than anyone's\nhere's my rough draft opener, be brutal", ["token-costs"]),
    # quiet: a product line, seats, someone else's draft, tokens on a blockchain
    ("Usage fees for the AI services show under the Cognitive Services meter.", []),
    ("Usage fees for AI copilot seats are billed per user.", []),
    ("> AI usage fees are billed monthly in arrears\nthat's their draft wording, thoughts?", []),
    ("Their crypto desk wants ERC-20 token costs modelled for the airdrop.", []),
    ("The web3 client keeps quoting gas token costs on Ethereum, not relevant here.", []),
    ("Their crypto exchange's support chatbot token costs doubled after launch.", ["token-costs"]),
]


@pytest.mark.parametrize(("text", "rules"), COLONS_AND_TITLES + FIGURES_SAID_FIRST + TERMS_AND_OTHER_TOKENS)
def test_batch_16_classes_in_new_wordings(text: str, rules: list[str]) -> None:
    assert sorted({flag.rule for flag in glossary.lint(text)}) == sorted(rules)
