"""The classes of the field-language issue, each in wordings written after its fixes (not the fixtures the matcher
was built with): the claim in a new form is flagged with the rule whose suggestion fits it, and the hard negative
beside it is left alone."""

from __future__ import annotations

import pytest

import glossary

CASES = [
    # condition word not a condition
    ("Reserved capacity is cheaper for Initech; I'll send the utilization graphs later.", ['provisioned-is-cheaper']),
    ("Caching saves money, I'll pull their call volume numbers tomorrow.", ['caching-saves-money']),
    ('PTUs will save them 30-50%, utilization dashboard attached.', ['unconditional-savings']),
    ('PTUs come out cheaper — utilization report in the drive.', ['provisioned-is-cheaper']),
    ('PTUs come out cheaper once utilization holds above 70%.', []),
    ('Caching saves money when the 3k prefix repeats across calls.', []),
    # negation scope
    ("Committed capacity isn't only cheaper, it's guaranteed.", ['provisioned-is-cheaper']),
    ('We never tell buyers the model charges per request.', []),
    ('Nobody should claim provisioned is cheaper without the utilization number.', []),
    ("I can't deny PTUs are cheaper for them.", ['provisioned-is-cheaper']),
    ("It isn't true that caching saves money on every workload.", []),
    ("Don't say caching saves money in the deck.", []),
    # questions
    ('Would reserved capacity come out cheaper for Acme?', ['provisioned-is-cheaper']),
    ('Will caching cut their bill?', ['caching-saves-money']),
    ('Can we tell them PTUs save 30-50%?', ['unconditional-savings']),
    ('They asked if caching cuts the bill.', []),
    # typos
    ('provisioend is cheaper for them', ['provisioned-is-cheaper']),
    ('chaching saves money on that bot', ['caching-saves-money']),
    ('provisioned-is-cheaper is my slide title', ['provisioned-is-cheaper']),
    ('PTUs are\ncheaper for Acme', ['provisioned-is-cheaper']),
    ('PTUs will cut the bill 40% at their utilisation.', ['unconditional-savings']),
    ('PTUs are cheaper at 80% utilisation.', []),
    # savings claims in any form
    ("You will pay 30% less with PTUs.", ["unconditional-savings"]),
    ("They saved 38% last quarter and will save 30-50% next year.", ["unconditional-savings"]),
    ("We pay 30% less for the Slack seats since the renewal last year.", []),
    ('This halves your bill.', ['unconditional-savings']),
    ('Savings of 25-35%, guaranteed.', ['unconditional-savings']),
    ('Moving to PTUs cuts costs by a third.', ['unconditional-savings']),
    ('Expect a 40% reduction in spend with reserved capacity.', ['unconditional-savings']),
    ("You'll pay 30% less with PTUs.", ['unconditional-savings']),
    ('Their monthly bill shrinks by a quarter on PTUs.', ['unconditional-savings']),
    ('This halves your latency.', []),
    ('Cut the prompt by a third and see what happens.', []),
    # slack markup
    ('See <https://wiki.example.com/x|why reserved capacity is cheaper> first.', ['provisioned-is-cheaper']),
    ('> PTUs are cheaper, right?\nDepends on utilization.', []),
    ("&gt; caching saves money\nthat's what their CTO wrote", []),
    ('~PTUs are cheaper~ PTUs break even around 65% sustained utilization.', []),
    ('<https://wiki.example.com/caching-saves-money|the caching note>', []),
    # FPs
    ('Their token costs break down into input and output.', []),
    ('Token costs: $3 input and $15 output per million.', []),
    ('On GCP, committed use discounts are how Google sells Vertex capacity.', []),
    ("Google calls it committed use; for us it's provisioned throughput.", []),
    # suggestion fits claim
    ('Caching will save them 40% on the prompt.', ['caching-saves-money']),
    ('Caching cuts their bill by a third.', ['caching-saves-money']),
    ('Prompt caching will slash their spend 60%.', ['caching-saves-money']),
]


@pytest.mark.parametrize(("text", "rules"), CASES)
def test_a_new_wording_of_each_class_is_read_as_the_guide_means(text: str, rules: list[str]) -> None:
    assert sorted({flag.rule for flag in glossary.lint(text)}) == rules


# Blind batch 5's classes, in wordings written for these tests (not the batch's): each claim form beside the hard
# negative that shares its words.
BATCH_5_CLASSES = [
    # "when sustained" is the utilization condition, in the same sentence only
    ("Reserved capacity comes out cheaper when sustained; spiky traffic won't.", []),
    ("Committed capacity is the cheaper route if it's sustained.", []),
    ("PTUs are cheaper, I'll send the sustained-load chart later.", ['provisioned-is-cheaper']),
    ("PTUs are cheaper. When sustained, they also smooth latency.", ['provisioned-is-cheaper']),
    ("Provisioned is cheaper for their sustained nightly batch.", ['provisioned-is-cheaper']),
    # the same words about something that is not inference
    ("Hardware token costs for the new hires' security keys come out of IT's budget.", []),
    ("The token costs for replacement badges are on the facilities sheet.", []),
    ("Token costs for the support bot doubled after launch.", ['token-costs']),
    ("They pay more for Azure Active Directory premium seats than we expected.", []),
    ("Honestly they're paying a premium for AWS EC2 reserved instances, not our problem.", []),
    ("They pay a premium for Azure OpenAI and nothing else.", ['paying-extra-for-azure']),
    ("Our Fastly cache hit rate dipped to 91% during the launch.", []),
    ("The cache hit rate on the CDN is fine.", []),
    ("The cache hit rate on their support bot will be 90%.", ['cache-hit-rate']),
    ("Their outside counsel bills per request for contract reviews.", []),
    ("The embedding model charges per request, not per token.", ['charges-per-request']),
    ("The agency says the vision model charges per request.", ['charges-per-request']),
    # a term named to say it is not the one to use
    ("AI API pricing is the wrong term for the SOW, use inference pricing.", []),
    ("Token costs isn't the word their finance team uses.", []),
    ("Committed use isn't what procurement will see in the order form.", []),
    ("Committed use is what we should pitch to them.", ['committed-use']),
    ("Token costs aren't going down this quarter.", ['token-costs']),
    # a claim in a checklist item, in a question that repeats it, around a struck word, in a savings promise
    ("[ ] tell them PTUs are cheaper\n[ ] get 80% utilization numbers from their SRE", ['provisioned-is-cheaper']),
    ("✅ send deck\n✅ explain why they pay a premium for Bedrock", ['paying-extra-for-azure']),
    ("Buyer wants to know why they pay a premium for Bedrock.", []),
    ("Should we admit they're paying more through Vertex, or open with data residency?", ['paying-extra-for-azure']),
    # what the markup buys, named beside the framing, does not excuse it (tests/data/fieldlang/README.md)
    ("They pay more through Vertex for data residency or FedRAMP.", ['paying-extra-for-azure']),
    ("Committed capacity ~always~ costs less for Acme.", ["provisioned-is-cheaper"]),
    ("Reserved capacity is ~not~ cheaper for them.", ['provisioned-is-cheaper']),
    ("~PTUs are cheaper~ PTUs break even near 65% sustained utilization.", []),
    (
        "Hi Sam, switching the batch tier to PTUs will cut your bill 40%, and caching reduces input costs on repeated"
        " prefixes.",
        ['caching-saves-money', 'unconditional-savings'],
    ),
    ("Their caching setup will save them 40% on input, and the steady tier stays on-demand.", ['caching-saves-money']),
    ("Prompt caching: cuts input spend by 60% on the support bot.", ['caching-saves-money']),
    ("They'll see a third off their inference bill once batch moves to reserved capacity.", ['unconditional-savings']),
    ("We expect 25-35% off the monthly spend with PTUs.", ['unconditional-savings']),
    ("Their EA gives them 20% off the compute list price.", []),
    ("We're looking at 30% off their bill at 80% sustained utilization.", []),
    # wording the author proposes, in quotation marks, is the author's own (batch 4's c4-089); reported wording is not
    ('Slide 3 should say "caching saves money" in bold.', ['caching-saves-money']),
    ('I\'d write "PTUs are cheaper for the steady tier" in the exec summary.', ['provisioned-is-cheaper']),
    ('Our proposed wording: "token costs are capped at $40k a month".', ['token-costs']),
    ('The renewal clause should read: "committed usage fee of $30k per quarter".', ['committed-use']),
    ('Their CFO said the clause should read "committed use pricing".', []),
    ('Legal says section 4.2 should read "committed use capacity".', []),
    ('The buyer wants the order form to say "committed use" throughout.', []),
    ("Procurement's redline calls it \"committed use\" everywhere.", []),
]


@pytest.mark.parametrize(("text", "rules"), BATCH_5_CLASSES)
def test_batch_5_classes_in_new_wordings(text: str, rules: list[str]) -> None:
    assert sorted({flag.rule for flag in glossary.lint(text)}) == rules
