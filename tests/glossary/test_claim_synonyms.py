"""The synonym classes a claim is read through (rules.yaml's vocabulary: what is claimed about, how it is said to be
cheaper, what the bill does), in paraphrases written for these tests, each beside the hard negatives that share its
words: the guide's condition, a negation, the comparison the other way, a figure (the savings rule's claim), another
product, chatter."""

from __future__ import annotations

import pytest

import glossary

PROVISIONED = [
    ("PTUs win on price for the claims bot.", ["provisioned-is-cheaper"]),
    ("Pay-go is pricier than reserved capacity for Lumen.", ["provisioned-is-cheaper"]),
    ("Honestly on-demand costs way more than PTUs.", ["provisioned-is-cheaper"]),
    ("PTUs are a real money saver.", ["provisioned-is-cheaper"]),
    ("PTUs give them more bang for the buck.", ["provisioned-is-cheaper"]),
    ("Reserved capacity is easier on the budget.", ["provisioned-is-cheaper"]),
    ("PTU pricing is cheaper for their volume.", ["provisioned-is-cheaper"]),
    ("PTUs bring their spend down.", ["provisioned-is-cheaper"]),
    ("Their bill goes down on PTUs.", ["provisioned-is-cheaper"]),
    ("With PTUs they pay less per token.", ["provisioned-is-cheaper"]),
    ("They'd be better off financially on reserved capacity.", ["provisioned-is-cheaper"]),
    ("Reserving throughput is the cheaper path for Orbis.", ["provisioned-is-cheaper"]),
    ("Provisioned capacity is a cheaper way to run their bot.", ["provisioned-is-cheaper"]),
    ("PTUs are the economical choice for the claims bot.", ["provisioned-is-cheaper"]),
    ("PTUs will cost them less over the year.", ["provisioned-is-cheaper"]),
    ("Provisioned beats pay-go on price, every time.", ["provisioned-is-cheaper"]),
    ("provisioned throughput => cheaper", ["provisioned-is-cheaper"]),
    # quiet
    ("PTUs win on price once utilization holds above 70%.", []),
    ("On-demand costs more than PTUs at 90% sustained utilization.", []),
    ("On-demand is more flexible than PTUs.", []),
    ("PTU pricing is cheaper to explain than per-token.", []),
    ("PTUs bring the cost down by 40%.", ["unconditional-savings"]),
    ("Their bill goes down on PTUs only above 65% utilization.", []),
    ("With PTUs they pay less attention to 429s.", []),
    ("Lambda provisioned concurrency is cheaper than on-demand for their cron jobs.", []),
    ("Reserved capacity docs are in the cheaper folder.", []),
    ("PTU commitment paperwork is the cheaper part of the process.", []),
    ("PTUs for the team that wants the cheaper plan are on slide 4.", []),
    ("We need more PTUs than they think.", []),
]

OTHER_RULES = [
    ("The prompt cache pays off within a week.", ["caching-saves-money"]),
    ("Prompt caching is a no-brainer for cost.", ["caching-saves-money"]),
    ("Cache the system prompt and their bill drops.", ["caching-saves-money"]),
    ("You'll save a bunch with caching.", ["caching-saves-money"]),
    ("Their cache hit percentage will be 95%.", ["cache-hit-rate"]),
    ("90% of calls will hit the cache.", ["cache-hit-rate"]),
    ("Fees for AI usage are itemised separately.", ["ai-usage-fees"]),
    ("The AI usage bill is brutal this month.", ["ai-usage-fees"]),
    ("Their token bill doubled.", ["token-costs"]),
    ("They're getting ripped off on Bedrock.", ["paying-extra-for-azure"]),
    ("It's more expensive through Azure.", ["paying-extra-for-azure"]),
    ("Azure charges them a premium.", ["paying-extra-for-azure"]),
    ("Pricing is per request on that endpoint.", ["charges-per-request"]),
    ("Each request costs a flat $0.01.", ["charges-per-request"]),
    # quiet
    ("The intern pays off her loan with the bonus.", []),
    ("Prompt caching is a no-brainer for latency.", []),
    ("Cache the system prompt and latency drops.", []),
    ("They saved a bunch with caching last quarter.", []),
    ("90% of calls will hit the cache, which depends on provider infrastructure and prompt structure.", []),
    ("The prompt cache is warm after the first call.", []),
    ("It's more expensive through Azure support.", []),
    ("Each request costs us 2k tokens.", []),
    ("Billing is per request? No, per call.", []),
    ("Utilizaton above 70% makes PTUs cheaper.", []),
]


@pytest.mark.parametrize(("text", "rules"), PROVISIONED + OTHER_RULES)
def test_claims_read_through_the_vocabularys_synonym_classes(text: str, rules: list[str]) -> None:
    assert sorted({flag.rule for flag in glossary.lint(text)}) == sorted(rules)


MORE_FORMS = [
    # what the bill does under caching; the markup as waste or the price of running there; a hit promised; a figure
    # said as money back or as what provisioned is
    ("Caching will make a real dent in the bill.", ["caching-saves-money"]),
    ("Prompt caching chops their input costs.", ["caching-saves-money"]),
    ("Caching is how they trim their costs.", ["caching-saves-money"]),
    ("With context caching the invoice ends up way smaller.", ["caching-saves-money"]),
    ("Caching is basically instant savings.", ["caching-saves-money"]),
    ("The Vertex markup is a waste for a team this size.", ["paying-extra-for-azure"]),
    ("The Bedrock premium isn't worth it for them.", ["paying-extra-for-azure"]),
    ("It costs them more to stay on AWS.", ["paying-extra-for-azure"]),
    ("Going via Bedrock, they're paying a premium.", ["paying-extra-for-azure"]),
    ("Their AI use fees are climbing.", ["ai-usage-fees"]),
    ("We can promise them cache hits on the policy prompt.", ["cache-hit-rate"]),
    ("That's $40k a year back in their pocket with PTUs.", ["unconditional-savings"]),
    ("Reserved capacity = 35% off, lead with it.", ["unconditional-savings"]),
    ("Expect the bill to drop 30% once they commit.", ["unconditional-savings"]),
    # quiet
    ("With caching the latency is way lower.", []),
    ("Their bill is lower than it was in March.", []),
    ("PTUs are 30% off on-demand list.", []),
    ("It costs them more to run on Azure support plans.", []),
    ("We can't guarantee cache hits.", []),
    ("None of the providers guarantee cache hits by contract.", []),
    ("They use fees from the AI budget for the pilot.", []),
    ("Caching is free to turn on.", []),
]


@pytest.mark.parametrize(("text", "rules"), MORE_FORMS)
def test_more_forms_of_the_claims(text: str, rules: list[str]) -> None:
    assert sorted({flag.rule for flag in glossary.lint(text)}) == sorted(rules)
