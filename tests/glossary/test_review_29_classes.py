"""What a review of batch 29's fixes found, as classes in wordings written for these tests: a question why typed
without its "?"; a savings figure off the bill as a fragment ("40% off once they commit"); anyone saved money between
"save" and "money", a name in any case; a vendor named after "AI API pricing"; someone's expectation rejected in the
same sentence; caching's savings said with both its conditions in words; a claim (not a term) after "without". Each
class sits beside near misses that share its words."""

from __future__ import annotations

import pytest

import glossary

QUESTION_WHY_WITHOUT_ITS_MARK = [
    ("why would reserved capacity end up cheaper for a team that only runs on weekends", []),
    ("ok but why does prompt caching save Brightline money on the intake bot", []),
    ("Why on earth is provisioned cheaper for a spiky chatbot", []),
    ("why's provisioned cheaper for the Halden pilot", []),
    ("hmm why are they paying more through Vertex", []),
    # flagged: a statement that opens with why, a question asked of someone else to explain it, a claim after the
    # question, a question answered yes, a term
    ("Why reserved capacity is cheaper: my notes from the Halden call", ["provisioned-is-cheaper"]),
    ("can you walk the team through why PTUs are cheaper for Halden", ["provisioned-is-cheaper"]),
    ("Why would they choose PTUs: reserved capacity is cheaper for their load", ["provisioned-is-cheaper"]),
    ("why is provisioned cheaper for Halden. I told them yes, it just is.", ["provisioned-is-cheaper"]),
    ("why are the token costs on the Halden invoice so high", ["token-costs"]),
]

SAVINGS_FRAGMENT = [
    ("A third off once they migrate to reserved capacity.", ["unconditional-savings"]),
    ("Probably 35% off as soon as they switch to PTUs", ["unconditional-savings"]),
    ("Pilot went well. 25-30% off after the move to provisioned.", ["unconditional-savings"]),
    ("- 45% off once they commit", ["unconditional-savings"]),
    # quiet: off a list price, the guide's condition, another condition, a past result, denied, a label's figure
    ("35% off list once they commit", []),
    ("35% off once they commit, at sustained utilization above 65%", []),
    ("35% off once utilization holds above 65%", []),
    ("They got 35% off once they committed.", []),
    ("Not 35% off once they commit, more like 10.", []),
    ("Their EA: 35% off once they commit", []),
]

ANYONE_SAVED_MONEY = [
    ("prompt caching will save brightline real money", ["caching-saves-money"]),
    ("caching is going to save halden corp a ton of money", ["caching-saves-money"]),
    ("caching would save the kestrel team serious money", ["caching-saves-money"]),
    ("context caching saves marlow's team a lot of money", ["caching-saves-money"]),
    ("reserved capacity will save brightline real money", ["provisioned-is-cheaper"]),
    ("caching saves the Halden bot time and money", ["caching-saves-money"]),
    ("reserved capacity will save them latency and real money", ["provisioned-is-cheaper"]),
    # quiet: no money saved, something else saved, denied, a past report
    ("caching saves time but not money", []),
    ("caching will save brightline no money at all", []),
    ("caching will save them little money on a 200-token prompt", []),
    ("caching saves latency, not money", []),
    ("caching won't save brightline real money", []),
    ("caching saved brightline real money last month", []),
]

VENDOR_AFTER_THE_TERM = [
    ("The AI API pricing from Anthropic changed again.", []),
    ("AI API pricing at OpenAI is per million tokens.", []),
    ("the AI API pricing on Mistral's site has a typo", []),
    ("AI API pricing published by Cohere", []),
    # flagged: not a vendor, or a vendor's models priced as the term
    ("The AI API pricing from our partner team is confusing.", ["ai-api-pricing"]),
    ("AI API pricing at Brightline needs a refresh.", ["ai-api-pricing"]),
    ("AI API pricing for OpenAI models goes in section 3", ["ai-api-pricing"]),
]

EXPECTATION_REJECTED = [
    ("Their CFO expects 40-60% off the bill, which is unrealistic.", []),
    ("Brightline thinks reserved capacity is cheaper for their spiky traffic, which is wishful thinking.", []),
    ("They expect half off their monthly spend (way too optimistic).", []),
    # flagged: agreed with, praised, a rejection denied, or rejected only in the next sentence
    ("Their CFO expects 40-60% off the bill, which is great.", ["unconditional-savings"]),
    ("They'll get 40-60% off the bill, which is huge.", ["unconditional-savings"]),
    ("Their CFO expects 40-60% off the bill, which is not a stretch.", ["unconditional-savings"]),
    ("Their CFO expects 40-60% off the bill. Unrealistic.", ["unconditional-savings"]),
]

CACHING_CONDITIONS_IN_WORDS = [
    ('Slide line: "Prompt caching cuts input costs for long shared prefixes at high request volume."', []),
    ("Caching saves them money with big system prompts and thousands of calls a day.", []),
    # flagged: half the qualifier, or another condition
    ('Slide line: "Prompt caching cuts input costs for long shared prefixes."', ["caching-saves-money"]),
    ("Caching saves them money at high call volume.", ["caching-saves-money"]),
    ("Caching saves them money on long prompts as long as the hit rate stays high.", ["caching-saves-money"]),
]

# A term after "without" is still the author's word ("they'll sign without committed use"); a claim after it is not
# made: "without per-request fees" says the opposite of "the model charges per request" (README: un-negated claims)
CLAIM_AFTER_WITHOUT = [
    ("We priced the Halden deal without per-request fees.", []),
    ("The OCR endpoint runs without a per-request charge.", []),
    ("The OCR endpoint has a per-request fee.", ["charges-per-request"]),
    ("Legal will sign without committed use.", ["committed-use"]),
    ("We sent the quote without token costs split out.", ["token-costs"]),
]


@pytest.mark.parametrize(
    ("text", "rules"),
    QUESTION_WHY_WITHOUT_ITS_MARK + SAVINGS_FRAGMENT + ANYONE_SAVED_MONEY + VENDOR_AFTER_THE_TERM
    + EXPECTATION_REJECTED + CACHING_CONDITIONS_IN_WORDS + CLAIM_AFTER_WITHOUT,
)
def test_review_classes_in_new_wordings(text: str, rules: list[str]) -> None:
    assert sorted({flag.rule for flag in glossary.lint(text)}) == sorted(rules)
