"""Blind batch 25's classes, in wordings written for these tests (not the batch's): the hyperscaler said to cost the
buyer more in any tense, or its markup called the price of a compliance feature; "token costs" used again for the total
after input and output were priced apart; a savings figure off the on-demand bill written "OD"; caching named and then
its saving said of "it" in the next clause ("a no-brainer" negates nothing); someone's quoted claim confirmed by the
author without the guide's condition; GCP's committed use named as the analogue after it; a short question that names
the subject, answered with "It" or "They" ("Going with PTUs for Acme? It's cheaper."); "every time" the prefix repeats,
which is no condition. Each class sits beside near
misses that share its words."""

from __future__ import annotations

import pytest

import glossary

COSTS_MORE_ON_THE_CLOUD = [
    ("Bedrock's going to cost Halden more than calling Anthropic direct.", ["paying-extra-for-azure"]),
    ("Vertex will charge them extra for the same Gemini model, that's how it goes.", ["paying-extra-for-azure"]),
    ("honestly Azure ends up costing the customer more than going direct", ["paying-extra-for-azure"]),
    ("the compliance premium on Azure is what they're really paying for", ["paying-extra-for-azure"]),
    ("AOAI being pricier is basically the data residency tax.", ["paying-extra-for-azure"]),
    ("Bedrock costs them a bit more than direct, that's the price of the VPC setup", ["paying-extra-for-azure"]),
    ("going through Azure will run them about 20% more than buying direct", ["paying-extra-for-azure"]),
    ("on Azure they'll pay more than direct, but FedRAMP", ["paying-extra-for-azure"]),
    # quiet: more than it used to cost, a list price stated, the do-say, a tax that is a tax
    ("Azure costs them more than it did last year, the EA lapsed.", []),
    ("on Azure they pay more for egress than on AWS", []),
    ("on Azure they don't pay more, the EA covers it", []),
    ("in Bedrock, PTUs cost them more than on-demand at 30% util", []),
    ("Bedrock is 20% more expensive than going direct to Anthropic, per the list prices.", []),
    ("Azure Government holds FedRAMP High authorization; the tier includes residency controls.", []),
    ("GCP's FedRAMP tax forms go to finance.", []),
]

TOTAL_AFTER_A_SPLIT = [
    ("input is ~$2.1k/mo and output ~$6.4k/mo, so token costs land around $8.5k/mo", ["token-costs"]),
    ("Input at $0.50/M, output at $1.50/M; then token costs total about $900 a week", ["token-costs"]),
    ("input ~$40/day plus output ~$120/day, altogether the token costs are $160/day", ["token-costs"]),
    # quiet: input or output named as what the costs are split by, in the same clause
    ("For output, token costs are about 4x what input costs.", []),
    ("the token costs split into input and output rates for Ferrow", []),
    ("input vs output token costs differ 5x on this model", []),
]

OFF_THE_OD_BILL = [
    ("we're expecting 35-45% off their OD bill once they're on PTUs", ["unconditional-savings"]),
    ("expect a third off their OD spend after the switch", ["unconditional-savings"]),
    ("30-50% off the moment they flip to PT", ["unconditional-savings"]),
    ("a third off as soon as Acme moves onto reserved capacity", ["unconditional-savings"]),
    # quiet: the guide's condition, or a price
    ("at 80% sustained utilization expect 30-50% off their OD bill", []),
    ("OD pricing is $2.50/M input for them", []),
    ("at 80% sustained utilization, 30-50% off the moment they flip to PT", []),
    ("they got 30% off the moment they signed the EA", []),
]

CACHING_THEN_IT_SAVES = [
    ("prompt caching is a no-brainer here, it'll pay for itself inside a month", ["caching-saves-money"]),
    ("turned on caching for Ostrava last week — it knocks a big chunk off their bill", ["caching-saves-money"]),
    ("we looked at caching for Ostrava, it'd cut their input costs a lot", ["caching-saves-money"]),
    # quiet: denied, another subject's saving, the whole plan's saving, or the guide's condition
    ("caching is no help for Ostrava, it won't pay for itself", []),
    ("caching is on for them, but the model swap is what cut their bill", []),
    ("caching is a no-brainer here, it'll cut input costs on the repeated 6k prefix at ~40k calls a day", []),
]

QUOTED_THEN_CONFIRMED = [
    ('their AE told them "provisioned is cheaper". I said yes, that\'s right for their traffic',
     ["provisioned-is-cheaper"]),
    ('The CFO\'s deck says "caching will save you 40%" and we confirmed that\'s about right', ["caching-saves-money"]),
    ('Their CTO said "the model charges per request". I agreed.', ["charges-per-request"]),
    # quiet: confirmed with the guide's condition, answered no, or not answered
    ('their AE told them "provisioned is cheaper". I said yes, at sustained utilization above 65%', []),
    ('their AE told them "provisioned is cheaper". I told them no, not at 30% utilization', []),
    ('their AE told them "provisioned is cheaper". I said I\'d check', []),
    ('Their CTO said "the model charges per request". I agreed to check.', []),
]

GCP_ANALOGUE_AFTER = [
    ("Quoting provisioned throughput on Vertex (GCP's committed use would be the closest equivalent).", []),
    ("Google's committed-use discount is the counterpart to our PTUs, fwiw", []),
    # flagged: the term as the name of a deal
    ("Google's committed use deal is the one Halden signed", ["committed-use"]),
    ("signing committed use on Vertex next week", ["committed-use"]),
]

QUESTION_THEN_IT = [
    ("Moving Halden to PTUs? It'll be cheaper for them.", ["provisioned-is-cheaper"]),
    ("PTUs for the claims bot? They're cheaper, trust me.", ["provisioned-is-cheaper"]),
    ("Going with reserved capacity for Ostrava? It's cheaper on a 2-year term.", ["provisioned-is-cheaper"]),
    ("Caching on for the bot? It'll save them money.", ["caching-saves-money"]),
    # quiet: the guide's condition, another option called cheaper, or an answer that claims nothing
    ("Moving Halden to PTUs? It's cheaper once utilization holds above 70%.", []),
    ("Moving Halden to PTUs? It's cheaper to stay on demand for now.", []),
    ("Is PTU right for Halden? It depends on their utilization.", []),
    ("Did anyone see the PTU quote? It's in the deal folder.", []),
    ("Caching on for the bot? It won't save them much.", []),
]

EVERY_TIME_IS_NO_CONDITION = [
    ("caching knocks a chunk off the bill every time the system prompt repeats", ["caching-saves-money"]),
    ("The prompt cache saves them money each time the same preamble is resent.", ["caching-saves-money"]),
    # quiet: the prefix length and the call volume
    ("caching saves them money every time the 6k preamble repeats, at ~40k calls a day", []),
    ("The savings depend on prefix length and call volume, every time.", []),
]



@pytest.mark.parametrize(
    ("text", "rules"),
    COSTS_MORE_ON_THE_CLOUD
    + TOTAL_AFTER_A_SPLIT
    + OFF_THE_OD_BILL
    + CACHING_THEN_IT_SAVES
    + QUOTED_THEN_CONFIRMED
    + GCP_ANALOGUE_AFTER
    + QUESTION_THEN_IT
    + EVERY_TIME_IS_NO_CONDITION,
)
def test_batch_25_classes_in_new_wordings(text: str, rules: list[str]) -> None:
    assert sorted({flag.rule for flag in glossary.lint(text)}) == sorted(rules)
