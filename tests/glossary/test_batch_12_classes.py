"""Blind batch 12's classes, in wordings written for these tests (not the batch's): claims paraphrased without the
guide's trigger words, read through the vocabulary's synonym classes (what is claimed about: provisioned, reserved,
dedicated, committed capacity; how: cheaper, thriftier, a lower bill, spending or paying less, a saving got by
switching), misspelt short terms and reps' abbreviations. Each claim form sits beside the hard negatives that share
its words (the guide's condition, a negation, a comparison the other way, chatter), so a fix that flags everything
or nothing fails here."""

from __future__ import annotations

import pytest

import glossary

PROVISIONED_PARAPHRASES = [
    # the subject in synonyms, the comparison in synonyms
    ("Dedicated capacity is the thriftier option for the intake bot.", ["provisioned-is-cheaper"]),
    ("Honestly reserved throughput comes out cheaper for Halvorsen.", ["provisioned-is-cheaper"]),
    ("PTUs are the budget-friendly pick for their nightly jobs.", ["provisioned-is-cheaper"]),
    ("Vertex provisioned -> smaller bill, that's the pitch.", ["provisioned-is-cheaper"]),
    ("They'd pay less on reserved capacity, no question.", ["provisioned-is-cheaper"]),
    ("Their team spends way less with PTUs.", ["provisioned-is-cheaper"]),
    ("Phase two puts them on reserved capacity, which is cheaper.", ["provisioned-is-cheaper"]),
    ("Switching Kestrel to PTUs lowers their bill.", ["provisioned-is-cheaper"]),
    # with a figure the claim is the savings figure's (its suggestion fits it), as blind batches 8 and 10 label it
    ("Switching Kestrel to PTUs halves their bill.", ["unconditional-savings"]),
    ("They'd save a third by moving to reserved capacity.", ["unconditional-savings"]),
    ("Kestrel saves money switching to dedicated capacity.", ["provisioned-is-cheaper"]),
    # quiet: the guide's condition, a negation, the comparison the other way, a question that asks which, chatter
    ("Dedicated capacity is the thriftier option once utilization holds above 70%.", []),
    ("They'd pay less on reserved capacity at 80% sustained utilization.", []),
    ("Reserved throughput is not the thriftier option for spiky traffic.", []),
    ("They'd spend less on pay-as-you-go than on PTUs at this load.", []),
    ("On-demand is cheaper than dedicated capacity for their bursty traffic.", []),
    ("Which one leaves them a smaller bill, PTUs or per-token?", []),
    ("The dedicated capacity team is thrifty with the travel budget.", []),
    ("Switching to PTUs halves their p99 latency.", []),
    ("We spent less on PTUs for the offsite catering.", []),
    ("They'd pay less going with pay-as-you-go than with PTUs.", []),
]

ABBREVIATIONS = [
    # "pct" is a percent, "OD" on-demand, "util" utilization (the condition)
    ("PTUs are 35% cheaper than OD for the claims bot.", ["provisioned-is-cheaper", "unconditional-savings"]),
    ("Reserved capacity is cheaper than OD, tell them.", ["provisioned-is-cheaper"]),
    ("Quote them 20 pct off the bill, easy.", ["unconditional-savings"]),
    ("PTUs are cheaper than OD once util holds above 70%.", []),
    ("OD is cheaper than PTUs for their spiky load.", []),
    ("Their OD spend was 12 pct of budget last quarter.", []),
]

TERM_SYNONYMS_AND_TYPOS = [
    # the term in a synonym, reordered, misspelt
    ("Finance wants the AI consumption charges broken out by team.", ["ai-usage-fees"]),
    ("The usage fees for the AI features landed on the wrong cost centre.", ["ai-usage-fees"]),
    ("their AI usgae fees doubled after launch", ["ai-usage-fees"]),
    ("the tokne costs are what the CFO keeps asking about", ["token-costs"]),
    ("Can we get the cost of tokens under control before the QBR?", ["token-costs"]),
    ("Tokens cost Marlow about 9k a month on the summariser.", ["token-costs"]),
    ("API prices for generative AI are all over the map this year.", ["ai-api-pricing"]),
    # quiet: the guide's terms, another meaning of the words, the split named, a term named to say it is not ours
    ("Per-token inference costs are itemised on the order form.", []),
    ("Consumption fees for the CRM seats are billed quarterly.", []),
    ("The cost of input tokens is a third of the cost of output tokens.", []),
    ("Tokens cost them 9k a month: 6k input and 3k output.", []),
    ("The usage report for the AI pilot is in the drive.", []),
    ("API prices for the maps service went up.", []),
    ("AI usage fees isn't how we word it on the order form.", []),
    ("Tokens cost us nothing in the pilot, it was all credits.", []),
    ("API pricing for AI startups is a segment we don't serve.", []),
    ("Token costs aren't how we describe it to buyers; say input or output token costs.", []),
]

OTHER_FORMS = [
    # the payer named before "per req"; the markup as a tax with a figure, overpaying going through the cloud, paying
    # for the brand; a drafted reply in quotation marks; "pct"; a hit level promised
    ("The rerank model bills them per req, not per token.", ["charges-per-request"]),
    ("Bedrock tax runs about 20% on this deal.", ["paying-extra-for-azure"]),
    ("They're overpaying going via Bedrock, tbh.", ["paying-extra-for-azure"]),
    ("They're just paying more for Amazon's logo on the invoice.", ["paying-extra-for-azure"]),
    ('Draft answer: "You are paying extra for Azure, and that is fine." thoughts?', ["paying-extra-for-azure"]),
    ("Tell them 25 to 40 pct savings once they commit.", ["unconditional-savings"]),
    ("Their cache hits will be about 85% after warm-up.", ["cache-hit-rate"]),
    # quiet
    ("The rerank model bills them per call, not per token.", []),
    ("Send the Bedrock tax invoice to AP.", []),
    ("Bedrock tax is the wrong way to frame it.", []),
    ("We're paying for the Microsoft logo on the slide template.", []),
    ("Cache hits were 92% last week in the pilot.", []),
    ("They're not overpaying going via Bedrock, their EDP covers the markup.", []),
    ('Their CFO wrote: "You are paying extra for Azure." I answered with the tier line.', []),
    ("Tell them 25 to 40 pct savings at sustained utilization above 65%.", []),
    ("Cache hits are 90% cheaper than fresh input tokens.", []),
    ("Cache hits will be about 85% after warm-up, which depends on provider infrastructure and prompt structure.", []),
]

DECLINED_CLAIMS = [
    # declining to say the claim alone is not saying it; a negation that asserts still asserts
    ("I won't just say PTUs are cheaper, I'll show the break-even.", []),
    ("Don't just tell them caching saves money, walk through the prefix math.", []),
    ("Caching doesn't just save money, it cuts latency too.", ["caching-saves-money"]),
    ("PTUs aren't just cheaper, they're steadier.", ["provisioned-is-cheaper"]),
]


@pytest.mark.parametrize(
    ("text", "rules"), PROVISIONED_PARAPHRASES + ABBREVIATIONS + TERM_SYNONYMS_AND_TYPOS + OTHER_FORMS + DECLINED_CLAIMS
)
def test_batch_12_classes_in_new_wordings(text: str, rules: list[str]) -> None:
    assert sorted({flag.rule for flag in glossary.lint(text)}) == sorted(rules)


def test_a_paraphrased_claim_gets_the_guides_phrasing_for_its_rule() -> None:
    (flag,) = glossary.lint("honestly dedicated capacity is the thriftier option")
    assert flag.rule == "provisioned-is-cheaper"
    assert flag.suggestion == "Provisioned throughput breaks even at sustained utilization above roughly 65%"


def test_a_misspelt_term_points_at_what_was_typed() -> None:
    text = "the tokne costs went up"
    (flag,) = glossary.lint(text)
    assert flag.rule == "token-costs" and text[flag.start : flag.end] == flag.matched == "tokne costs"
