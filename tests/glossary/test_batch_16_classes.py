"""Blind batch 16's classes, in wordings written for these tests (not the batch's): a claim after a colon or in a
labelled title, list items under a heading that supplies their subject, the paying-extra framing with a figure, a
savings figure said first, a past saving made general, the usage-fees term split by words, a draft the author names as
theirs after quoting it, GCP's term for its own offer without an explanation, and a blockchain's tokens. Each claim
form sits beside the hard negatives that share its words."""

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


UNDER_HEADINGS = [
    # the heading is the subject of each item's claim, whatever the list marker
    ("Context caching:\n- cuts their bill\n- two lines of config", ["caching-saves-money"]),
    ("Reserved capacity\n\nWhy it wins:\n* it's cheaper for them\n* no 429s", []),
    ("Why reserved capacity:\n1. it's cheaper for a flat load\n2. no 429s", ["provisioned-is-cheaper"]),
    ("PTUs for Globex:\n• cheaper than pay-as-you-go\n• guaranteed capacity", ["provisioned-is-cheaper"]),
    ("Talking points, prompt caching:\n- will save them a fortune\n- no code change", ["caching-saves-money"]),
    # (the qualifier in another item qualifies nothing: issue 17, "in the same sentence or bullet")
    ("Context caching:\n- savings depend on prefix length and call volume\n- cuts input costs",
     ["caching-saves-money"]),
    # quiet: the heading's condition, items with their own subject or none of the claim, a heading that is prose
    ("At 85% sustained utilization:\n- PTUs are cheaper\n- capacity is guaranteed", []),
    ("Prompt caching:\n- latency drops on the first token\n- easy to turn on", []),
    ("Next steps:\n- send the deck\n- book the SE", []),
    ("We went through the whole pilot with their platform team and the notes are below:\n- saves them time", []),
]

PAST_MADE_GENERAL = [
    # a past saving said of every customer, or always
    ("Context caching has always saved our customers money.", ["caching-saves-money"]),
    ("Caching saved every account we turned it on for real money.", ["caching-saves-money"]),
    ("Prompt caching consistently cut their input costs, so expect the same.", ["caching-saves-money"]),
    ("Reserved capacity has always been cheaper for flat traffic.", ["provisioned-is-cheaper"]),
    # quiet: what happened to one buyer, with or without a figure; the condition; latency
    ("Caching saved Initech real money last quarter.", []),
    ("Context caching has saved them $3k so far this month.", []),
    ("Caching has always saved money when the 6k prefix repeats on every call.", []),
    ("Caching has always cut latency for every team that tried it.", []),
]

GCP_TERM_UNEXPLAINED = [
    # GCP's term as the name of a deal, a price or a plan, with nothing that explains it
    ("Recap: Google committed use discount signed off by their CFO.", ["committed-use"]),
    ("Vertex committed-use pricing came in 15% under ours.", ["committed-use"]),
    ("They'll sign committed use on Vertex next quarter.", ["committed-use"]),
    ("Hooli is on GCP and asked about committed use for Gemini.", ["committed-use"]),
    # quiet: a sentence that explains it as GCP's term, analogue or product; machines, not inference
    ("Google's committed use options are the Vertex equivalent of PTUs.", []),
    ("On GCP, committed use is how Google prices reserved Vertex capacity.", []),
    ("In Google's terms it's committed use; we'd call them provisioned throughput.", []),
    ("Their GCP committed use discounts cover the GKE nodes, not Gemini.", []),
    ("Their Compute Engine nodes already run on GCP committed use discounts.", []),
]


@pytest.mark.parametrize(
    ("text", "rules"),
    COLONS_AND_TITLES + FIGURES_SAID_FIRST + TERMS_AND_OTHER_TOKENS + UNDER_HEADINGS + PAST_MADE_GENERAL
    + GCP_TERM_UNEXPLAINED,
)
def test_batch_16_classes_in_new_wordings(text: str, rules: list[str]) -> None:
    assert sorted({flag.rule for flag in glossary.lint(text)}) == sorted(rules)


def test_a_claim_under_a_heading_points_at_the_heading_and_its_item() -> None:
    text = "Intro line.\n\nPrompt caching:\n- easy to turn on\n- saves them money"
    (flag,) = glossary.lint(text)
    assert flag.rule == "caching-saves-money"
    assert text[flag.start : flag.end] == flag.matched
    assert flag.matched.startswith("Prompt caching:") and flag.matched.endswith("saves them money")


def test_a_heading_that_makes_the_claim_is_flagged_once() -> None:
    text = "Provisioned is cheaper:\n- flat load\n- no 429s\n- one invoice"
    assert [(flag.rule, flag.matched) for flag in glossary.lint(text)] == [
        ("provisioned-is-cheaper", "Provisioned is cheaper")
    ]


def test_headings_over_thousands_of_items_add_at_most_the_text_again() -> None:
    from glossary.prose import normalise, read_under_headings

    text = "A heading of some length for the list:\n" + "- x\n" * 10_000
    prose = normalise(text)
    assert len(read_under_headings(prose).text) <= 2 * len(prose.text)


def test_a_figure_said_first_starts_only_where_a_number_starts() -> None:
    # read from every digit of a long run, the fronted-figure form was quadratic (4,000 digits took a second)
    source = next(rule for rule in glossary.linter().rule_set.compiled if rule.rule.id == "unconditional-savings")
    fronted = [regex for regex in source.rule.patterns if "(?:is|'s|are) (?:what|how much)" in regex]
    assert fronted and all(regex.startswith("(?:(?<![\\d.,])") for regex in fronted)
    assert {flag.rule for flag in glossary.lint("1" * 5_000 + " tokens. 40% is what this will save you.")} == {
        "unconditional-savings"
    }
