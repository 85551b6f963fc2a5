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
