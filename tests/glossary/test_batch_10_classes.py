"""Blind batch 10's classes, in wordings written for these tests (not the batch's): each claim form beside the hard
negative that shares its words, so a fix that flags everything or nothing fails here."""

from __future__ import annotations

import pytest

import glossary

PT_SHORT_FORM = [
    # "PT" (capitals) is provisioned throughput's short form in every claim shape "PTU" takes
    ("PT'll come out cheaper for the nightly summaries.", ["provisioned-is-cheaper"]),
    ("Honestly PTs are the cheaper option for Brightline.", ["provisioned-is-cheaper"]),
    ("Tell them PT is cheaper than pay-as-you-go, done.", ["provisioned-is-cheaper"]),
    ("They get 3x cheaper on Azure PT compared with today.", ["provisioned-is-cheaper", "unconditional-savings"]),
    ("PT saves Ridgeway about $11k a month.", ["unconditional-savings"]),
    ("PT would cut their inference bill by a third.", ["unconditional-savings"]),
    ("Moving the claims bot to PT gets them 25% off what they're paying now.", ["unconditional-savings"]),
    # quiet: a time zone, the condition, a question answered no, a sizing note, lower-case "pt"
    ("Standup moved to 9am PT, cheaper for the EU folks to join.", []),
    ("Renewal call is at 10 PT; the cheaper plan is on slide 3.", []),
    ("PT'll be cheaper once their sustained utilization clears 70%.", []),
    ("PT is cheaper for them? Not at 25% utilization.", []),
    ("Need their peak-to-average before we size PT.", []),
    ("that's 2 pt cheaper on the margin than last quarter", []),
]

SAVINGS_SHAPES = [
    # a multiple as the cut, a share of the bill going away, a figure off what they pay, inference fees falling
    ("Reserved capacity is a 4x cost reduction for the support bot.", ["unconditional-savings"]),
    ("We're talking 2x savings on the nightly jobs with the commit.", ["unconditional-savings"]),
    ("About 3x less per token once they commit, per the model I ran.", ["unconditional-savings"]),
    ("They'd pay 2x less with reserved capacity.", ["unconditional-savings"]),
    ("A third of their spend just goes away on the commit.", ["unconditional-savings"]),
    ("Half the bill disappears once they're on reserved capacity.", ["unconditional-savings"]),
    ("The commit takes 30% off what they pay today.", ["unconditional-savings"]),
    ("Their inference fees fall by roughly a third after the switch.", ["unconditional-savings"]),
    ("Exec summary: AI usage fees drop ~35% after month 2.", ["ai-usage-fees", "unconditional-savings"]),
    # quiet: a cut in something else, a season, a product comparison, a discount the contract gives, the condition
    ("Batching is a 3x reduction in p95 latency.", []),
    ("They saw 5x less latency per call on the new region.", []),
    ("A third of their spend goes away in December when the stores close.", []),
    ("Flash costs 4x less per call than Pro on their eval set.", []),
    ("Their MACC gets them 12% off what they pay at list.", []),
    ("The setup fees drop by half if they sign this quarter.", []),
    ("At 80% sustained utilization the commit is a 2x cost reduction versus on-demand.", []),
    ("Half their spend goes away on PT if utilization stays above 75%.", []),
]

REQUEST_SHORT_FORMS = [
    # "req", "reqs" and "rq" are request in the claim; "per call" is the guide's own unit
    ("The classifier endpoint charges per req, whatever the length.", ["charges-per-request"]),
    ("Model's billed per rq so long prompts don't cost more.", ["charges-per-request"]),
    ("Their per-req fees look cheap until volume hits.", ["charges-per-request"]),
    ("The classifier endpoint charges per call, whatever the length.", []),
    ("Gateway limit is 40 reqs per second per key.", []),
    ("Median latency is 900ms per req on their side.", []),
]

PAYING_EXTRA_WITH_A_REASON = [
    # the paying-extra framing is the author's claim even with what the markup buys named beside it
    ("Basically they're paying extra for Azure for the residency controls.", ["paying-extra-for-azure"]),
    ("They pay more through Bedrock because of the private networking, simple as that.", ["paying-extra-for-azure"]),
    ("Yes, you're paying a premium for Vertex, and that's what compliance costs.", ["paying-extra-for-azure"]),
    ("For FedRAMP they're overpaying on Azure, but they need it.", ["paying-extra-for-azure"]),
    # quiet: the buyer quoted, asked why, asked back and answered no, retracted, the guide's wording
    ('Their CFO: "we\'re paying extra for Azure for FedRAMP". Answering with the tier wording.', []),
    ("Why are they paying more through Bedrock for the VPC endpoints?", []),
    ("Paying extra for Azure? Nope, the EA brings it to parity and they get residency.", []),
    ("Overpaying on Bedrock? not really, the EDP covers most of it.", []),
    ("~they pay more through Azure for FedRAMP~ the hyperscaler tier includes FedRAMP authorization", []),
    ("The hyperscaler tier includes FedRAMP authorization and data residency controls.", []),
]

ASKED_BACK_AND_ANSWERED_NO = [
    # the phrase asked back and answered no is not the author's claim, for every rule; answered yes, it is
    ("Caching saves them money? Not with a 300-token prompt.", []),
    ("Token costs? No, split them: input and output.", []),
    ("Provisioned cheaper for Halden? nah, their traffic is spiky.", []),
    ("Provisioned cheaper for Halden? No doubt about it.", ["provisioned-is-cheaper"]),
    ("Provisioned cheaper for Halden? Yes, by a mile.", ["provisioned-is-cheaper"]),
    ("Caching saves them money? Absolutely.", ["caching-saves-money"]),
]


MORE_SHAPES = [
    # the same classes in more of the shapes reps write: a multiple or a share where a percent goes, the bill halved,
    # a chosen tier then called cheaper, a noun for the cut
    ("PT is the cheaper play for the overnight jobs.", ["provisioned-is-cheaper"]),
    ("Reserved capacity pencils out cheaper than PAYG for Dunmore.", ["provisioned-is-cheaper"]),
    ("Let's move Dunmore to PT, it's cheaper.", ["provisioned-is-cheaper"]),
    ("Switch them over to PTUs since it's the cheaper option.", ["provisioned-is-cheaper"]),
    ("Their inference bill halves once they're on PT.", ["unconditional-savings"]),
    ("Their API costs get cut in half on reserved capacity.", ["unconditional-savings"]),
    ("The commit takes their spend down 2x.", ["unconditional-savings"]),
    ("We can get their per-token cost down 3x with PT.", ["unconditional-savings"]),
    ("Their monthly spend falls 2x after the move.", ["unconditional-savings"]),
    ("On PT their bill is 3x smaller.", ["unconditional-savings"]),
    ("That's a cost reduction of 4x for the claims bot.", ["unconditional-savings"]),
    ("A 45% cut in their inference spend, that's the headline.", ["unconditional-savings"]),
    ("30% less per call on reserved capacity.", ["unconditional-savings"]),
    ("On PT they'd pay about 55% of what they pay now.", ["unconditional-savings"]),
    ("They'll spend a third of what they do today.", ["unconditional-savings"]),
    # quiet
    ("Going provisioned for latency; honestly it's cheaper to wait a quarter.", []),
    ("Their inference bill halves in the summer.", []),
    ("The error rate gets cut in half with retries.", []),
    ("Retries take their p99 down 2x.", []),
    ("A 20% cut in the events budget is coming.", []),
    ("They pay 55% of what Globex pays for the same tokens.", []),
    ("Output is about 55% of what they spend.", []),
    ("Paying more through Bedrock?? nope, the EDP evens it out.", []),
]


@pytest.mark.parametrize(
    ("text", "rules"),
    PT_SHORT_FORM + SAVINGS_SHAPES + REQUEST_SHORT_FORMS + PAYING_EXTRA_WITH_A_REASON + ASKED_BACK_AND_ANSWERED_NO
    + MORE_SHAPES,
)
def test_batch_10_classes_in_new_wordings(text: str, rules: list[str]) -> None:
    assert sorted({flag.rule for flag in glossary.lint(text)}) == sorted(rules)


def test_a_pt_claim_points_at_what_was_typed_and_suggests_the_guides_phrasing() -> None:
    text = "ok so PT'll be cheaper for them, sending the quote"
    (flag,) = glossary.lint(text)
    assert flag.rule == "provisioned-is-cheaper"
    assert text[flag.start : flag.end] == flag.matched == "PT'll be cheaper"
    assert flag.suggestion == "Provisioned throughput breaks even at sustained utilization above roughly 65%"


def test_the_paying_extra_framing_with_its_reason_gets_the_tier_wording() -> None:
    (flag,) = glossary.lint("so they're paying extra for Azure for FedRAMP")
    assert flag.rule == "paying-extra-for-azure"
    assert flag.suggestion == "The hyperscaler tier includes FedRAMP authorization and data residency controls"


BATCH_11_CLASSES = [
    # the provisioned option named as such; a percent lower on a named bill; caching "on" before what it saves
    ("Recap: the provisioned plan is cheaper for Dunmore.", ["provisioned-is-cheaper"]),
    ("The provisioned route is the cheaper option if their load stays above 70% utilization.", []),
    ("Headline: 35% lower inference costs on reserved capacity.", ["unconditional-savings"]),
    ("Headline: 35% lower p99 on reserved capacity.", []),
    ("With prompt caching enabled, their input costs drop by ~70% on the agent loop.", ["caching-saves-money"]),
    ("With caching on, latency drops by ~70% on the agent loop.", []),
    # a block quote introduced as the author's own material, or signed off to go out
    ("Section 2 of the Dunmore proposal:\n> Provisioned is cheaper for your workload.", ["provisioned-is-cheaper"]),
    ("Section 2 of their proposal:\n> Provisioned is cheaper for your workload.", []),
    ("Emailed to their CFO this morning:\n> Caching saves money on every call.", ["caching-saves-money"]),
    ("> Caching saves money on every call.\nshout if anything looks off", ["caching-saves-money"]),
    ("> Caching saves money on every call.\nthat's going out tonight unless someone objects", ["caching-saves-money"]),
    ("> Caching saves money on every call.\nthat's what their CFO wrote", []),
    # "without" denies what follows it
    ("I drafted the renewal without any cache hit rate floor.", []),
    ("We'll sign the renewal with a 90% cache hit rate floor.", ["cache-hit-rate"]),
]


@pytest.mark.parametrize(("text", "rules"), BATCH_11_CLASSES)
def test_batch_11_classes_in_new_wordings(text: str, rules: list[str]) -> None:
    assert sorted({flag.rule for flag in glossary.lint(text)}) == sorted(rules)
