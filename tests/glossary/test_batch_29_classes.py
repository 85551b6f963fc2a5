"""Blind batch 29's classes, in wordings written for these tests (not the batch's): a draft the author introduces and
then quotes or pastes ("Sending this to ...:", "Proposed wording:", a quotation opening the line under "Draft reply to
...:"); wording proposed in quotation marks for a deck or email ("Line for the deck: ..."); a modifier inside the
paying-extra phrase ("paying a bit extra"); savings promised as a figure off or for a named customer; a term used after
"without"; a vendor's own price list and a question why, which make no claim. Each class sits beside near misses that
share its words."""

from __future__ import annotations

import pytest

import glossary

INTRODUCED_DRAFT = [
    ("Sending this to their procurement lead:\n\n> Hi Ana, the token costs for April landed at $38k.", ["token-costs"]),
    ("Shooting this over to Raj at Globex:\n> Caching saves you money on every support call.",
     ["caching-saves-money"]),
    ("Proposed wording:\n> Provisioned is cheaper for your nightly batch.", ["provisioned-is-cheaper"]),
    ("Draft reply to Dana:\n\n\"Hi Dana, you're paying extra for Azure, and that buys the FedRAMP boundary.\"",
     ["paying-extra-for-azure"]),
    ('Emailing this to their CFO: "PTUs are cheaper for your traffic."', ["provisioned-is-cheaper"]),
    # quiet: someone else's words forwarded, passed round the team, or proposed by someone else
    ("Sending this from their CFO to our legal team:\n> Caching saves us money, so why pay for PTUs?", []),
    ("Sending this to the team fyi:\n> caching saves money on everything we run", []),
    ("Their proposed wording:\n> Provisioned is cheaper for your nightly batch.", []),
    ("Proposed wording from their counsel:\n> PTUs are cheaper for the claims bot.", []),
    ("They're sending this to us:\n> caching saves money", []),
    ('Customer wrote:\n"caching saves money on every call"', []),
    # more lead-ins: going out, to be sent, a version named for its recipient, the recipient first
    ("Reply going out to their CFO at 4:\n> Provisioned is cheaper for your traffic.", ["provisioned-is-cheaper"]),
    ("Will send this to Priya after standup:\n> Your token costs doubled in May.", ["token-costs"]),
    ("v3 for the Halden buyer:\n> Caching saves you money on every call.", ["caching-saves-money"]),
    ("Messaging Dana the following:\n> You're paying extra for Bedrock here.", ["paying-extra-for-azure"]),
    ("About to hit send on this one:\n> PTUs will save you 40%.", ["unconditional-savings"]),
    # quiet: someone else's going out, sending or version
    ("Their reply going out to the board:\n> Provisioned is cheaper for us.", []),
    ("They'll send this to us:\n> Caching saves you money on every call.", []),
    ("Final version from their counsel:\n> PTUs will save you 40%.", []),
]

PROPOSED_LINE = [
    ('Line for the one-pager: "Prompt caching reduces input costs on repeated prefixes."', ["caching-saves-money"]),
    ("Wording for slide 6: 'Reserved capacity is cheaper at scale'", ["provisioned-is-cheaper"]),
    ('Email copy: "Your AI usage fees will drop with batching."', ["ai-usage-fees"]),
    # quiet: someone else's line, or the guide's qualified wording
    ('Line from their RFP: "AI API pricing for all listed models"', []),
    ("Northwind's line for their board: \"PTUs are cheaper\"", []),
    ('Line for the deck: "Prompt caching reduces input costs on repeated prefixes — the savings depend on prefix '
     'length and call volume"', []),
    # wording floated, or labelled with a dash or an arrow
    ('How about "Reserved capacity is cheaper" for the closing slide?', ["provisioned-is-cheaper"]),
    ("I'm thinking 'Token costs, explained' for the one-pager title", ["token-costs"]),
    ('Headline option 2: "Caching saves money"', ["caching-saves-money"]),
    ('Proposed subject line — "Committed use, simplified"', ["committed-use"]),
    # quiet: someone else's option or float
    ('Their headline option: "Caching saves money"', []),
    ('Their CMO asked how about "Caching saves money"', []),
]

PAYING_EXTRA_WITH_A_MODIFIER = [
    ("Honestly they're paying a little extra for Vertex, that's the trade.", ["paying-extra-for-azure"]),
    ("you pay slightly more through Bedrock than direct", ["paying-extra-for-azure"]),
    ("They're overpaying a bit for Azure OpenAI.", ["paying-extra-for-azure"]),
    ("Yes, they pay a bit of a premium for Azure.", ["paying-extra-for-azure"]),
    # quiet: another product, effort rather than money, denied or asked why
    ("They pay a bit more for Azure support than they'd like.", []),
    ("We pay slightly more for GCP egress on the pipeline.", []),
    ("They don't pay a bit more for Bedrock under the EDP.", []),
    ("Why are they paying a little extra for Azure?", []),
]

SAVINGS_PROMISED = [
    ("Initech can expect 35-45% off once they move the batch jobs over.", ["unconditional-savings"]),
    ("Tell Ravi they'll see 30% off by Q3.", ["unconditional-savings"]),
    ("Prompt caching is going to save Umbra serious money.", ["caching-saves-money"]),
    ("Acme saved 40% in the pilot; caching will save Globex real money too.", ["caching-saves-money"]),
    # quiet: a discount off a list price, the guide's condition, or a past report
    ("With the EA they'll see 20% off list.", []),
    ("Initech can expect 35-45% off once sustained utilization holds above 65%.", []),
    ("They saw 40% off last quarter after the move.", []),
    ("Caching saved Umbra real money last month.", []),
    ("They can bank on a third off after the move to PTUs.", ["unconditional-savings"]),
    ("Northwind gets 40% off once they commit to reserved capacity.", ["unconditional-savings"]),
    ("Moving the batch tier to PT will shave 35% off for them.", ["unconditional-savings"]),
    ("Umbra will save somewhere in the 30-40% range.", ["unconditional-savings"]),
    ("Caching will save the Umbra team serious money.", ["caching-saves-money"]),
    ("Prompt caching is going to save you guys real money.", ["caching-saves-money"]),
    ("Their invoice is mostly the 6k-token preamble; prompt caching will bring those costs down.",
     ["caching-saves-money"]),
    ("Reserved capacity will cut these costs by 40%.", ["unconditional-savings"]),
    # quiet: a discount a contract gives, off a list price, or a report or season
    ("Those costs went down 20% last quarter.", []),
    ("That spend drops 30% in August anyway.", []),
    ("Their EA takes 20% off.", []),
    ("They get 15% off when they prepay the EA.", []),
    ("They'll get 20% off list once they move.", []),
]

TERM_AFTER_WITHOUT = [
    ("Finance will approve the renewal without committed use.", ["committed-use"]),
    ("We can't model Q3 without token costs from their usage export.", ["token-costs"]),
    # quiet: the term itself denied or replaced
    ("It's provisioned throughput, not committed use.", []),
    ("Say provisioned throughput instead of committed use in the SOW.", []),
    ("We never say committed use to buyers.", []),
]

NO_CLAIM = [
    ("Both the Google AI API pricing page and the Azure docs moved the cached-read rate.", []),
    ("Check Mistral's AI API pricing before the call.", []),
    ("The AI API pricing pages of Anthropic and Google both moved.", []),
    ("Why on earth would PTs be cheaper for a weekend-only workload?", []),
    ("why would reserved capacity be cheaper for a team that runs two jobs a week?", []),
    ("ok but why does caching save them money on the chat bot?", []),
    # flagged: a price list that is not a vendor's, a question that takes the claim as given, a title, a term
    ("Send Halden our AI API pricing sheet.", ["ai-api-pricing"]),
    ("can someone explain why PTUs are cheaper for them?", ["provisioned-is-cheaper"]),
    ("Why provisioned is cheaper: notes from the Halden call", ["provisioned-is-cheaper"]),
    ("why are their token costs so high this month?", ["token-costs"]),
]


@pytest.mark.parametrize(
    ("text", "rules"),
    INTRODUCED_DRAFT + PROPOSED_LINE + PAYING_EXTRA_WITH_A_MODIFIER + SAVINGS_PROMISED + TERM_AFTER_WITHOUT + NO_CLAIM,
)
def test_batch_29_classes_in_new_wordings(text: str, rules: list[str]) -> None:
    assert sorted({flag.rule for flag in glossary.lint(text)}) == sorted(rules)
