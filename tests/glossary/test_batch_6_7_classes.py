"""Blind batches 6 and 7's classes, in wordings written for these tests (not the batches'): each claim form beside
the hard negative that shares its words, so a fix that flags everything or nothing fails here."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import yaml

import glossary
from glossary.rules import DEFAULT_RULES_PATH
from tests.conftest import REPO

FIELDLANG = REPO / "tests" / "data" / "fieldlang"

SAVINGS_FORMS = [
    # a share of the on-demand price, as a fraction, a factor or a multiple
    ("Reserved capacity comes in at a quarter of the pay-as-you-go price for them.", ["unconditional-savings"]),
    ("PTUs run about ⅓ the cost of PAYG for the nightly batch.", ["unconditional-savings"]),
    ("Committed throughput: 3/4 of the on-demand spend, same tokens.", ["unconditional-savings"]),
    ("They'd pay 0.7x what they pay on-demand with a PTU commit.", ["unconditional-savings"]),
    ("3x cheaper on reserved capacity than PAYG", ["provisioned-is-cheaper", "unconditional-savings"]),
    ("we pay 0.5x the on-demand rate at 80% sustained utilization", []),
    ("PTUs at half the cost of on-demand once utilization is above 70%", []),
    ("Half of their bill goes to output tokens.", []),
    ("They split the bill 2/3 to marketing and 1/3 to support.", []),
    ("Output tokens are 4x the cost of input tokens.", []),
    ("Commitment at 30% off: $1.24/h, 0.91× on-demand cost.", []),  # a computed ratio, not a promise
    ("Haiku is 10x cheaper than Opus for classification.", []),
    ("3x faster on provisioned, same price.", []),
    # what they will pay, as a share; a figure knocked off with nothing after it
    ("honestly they would pay a third, maybe less", ["unconditional-savings"]),
    ("Committed throughput should shave a quarter off.", ["unconditional-savings"]),
    ("Reserved capacity will knock 25 percent off their annual.", ["unconditional-savings"]),
    ("They pay half up front and half on delivery.", []),
    ("honestly they'd spend half", ["unconditional-savings"]),
    ("They'd pay half of what they pay on-demand today.", ["unconditional-savings"]),
    ("They pay half of what Acme pays for seats.", []),
    ("committed capacity = 0.65x their on-demand spend", ["unconditional-savings"]),
    ("2/3 of the bill on PTUs vs on-demand", ["unconditional-savings"]),
    ("Half the bill goes to output, compared with on-demand last year.", []),
    ("Shave 20% off the prompt length first.", []),
    ("The intern will knock a third off the backlog.", []),
    # a figure off the bill said first; a discount a contract already gives is not a promise
    ("40% off the monthly invoice, every time.", ["unconditional-savings"]),
    ("Their EA gives them 20% off the bill for the first year.", []),
    # a money figure saved
    ("We'd be looking at $80k in savings a year with the PTU commit.", ["unconditional-savings"]),
    ("PTUs save Initech $15k/mo.", ["unconditional-savings"]),
    ("$40k savings target for the team offsite budget.", []),
    ("The team hit $1.2M in savings bookings this quarter.", []),
    ("We saved $12k last quarter by cleaning up unused keys.", []),
    ("Per 730-hour month: hits save $712.78 − writes cost $0.01 = $712.77 net.", []),  # a computed result
    # the object said informally: "'em", "em", "y'all"
    ("Reserved capacity saves 'em 35%, no question.", ["unconditional-savings"]),
    ("ptus save em half", ["unconditional-savings"]),
    # caching's savings in shorthand, and with caching named after the promise as the way to it
    ("Caching equals savings.", ["caching-saves-money"]),
    ("context caching = $$ saved", ["caching-saves-money"]),
    ("caching = savings for the RAG bot once the 6k prefix repeats on every call", []),
    ("Prompt caching will save them a tonne on the agent loop.", ["caching-saves-money"]),
    ("This saves a ton, thanks to caching.", ["caching-saves-money"]),
    (
        "That cuts their input bill in half - just enable context caching.",
        ["caching-saves-money", "unconditional-savings"],
    ),
    ("This will save you 80% on input if the same 5k prefix repeats across calls — just turn on prompt caching.", []),
    # the cheaper claim with its words turned round
    ("The cheaper route is PTUs for this workload.", ["provisioned-is-cheaper"]),
    ("what's cheaper is reserved capacity", ["provisioned-is-cheaper"]),
    ("The cheaper option is provisioned once utilization holds above 70%.", []),
    ("the cheapest option is on-demand until they know their volume", []),
]

NEGATIONS_THAT_ASSERT = [
    # a double negative asserts the claim
    ("It's not that reserved capacity isn't cheaper for them.", ["provisioned-is-cheaper"]),
    ("It's not like caching doesn't save money here.", ["caching-saves-money"]),
    ("It's not that PTUs aren't cheaper, it's that they need 65% utilization.", []),
    ("It's not that PTUs are cheaper, it's that latency is steadier.", []),
    # not knowing, or being surprised at how much, presupposes the claim
    ("I never realised PTUs were cheaper for steady jobs.", ["provisioned-is-cheaper"]),
    ("I didn't realise caching saves money on short prompts too.", ["caching-saves-money"]),
    ("Didn't think caching would save them so much money.", ["caching-saves-money"]),
    ("I didn't know whether caching saves money on short prompts.", []),
    ("I never thought caching saves money on short prompts.", []),
    ("I don't think provisioned is cheaper for them.", []),
]

OTHER_VENDORS = [
    # another vendor's fees, discounts, caches and bills are not the model's
    ("Lambda charges per request, so the webhook fan-out adds up.", []),
    ("Twilio bills per request for the SMS fallback.", []),
    ("The embedding model charges per request, same as API Gateway.", ["charges-per-request"]),
    ("Their Snowflake usage fees for the AI warehouse doubled.", []),
    ("Their AI usage fees doubled after Datadog went live.", ["ai-usage-fees"]),
    ("Committed use discounts on their EC2 instances are up for renewal.", []),
    ("Committed use on this renewal gets them priority capacity.", ["committed-use"]),
    ("Memcached caching saves money on the session store.", []),
    ("Prompt caching saves money on the support bot.", ["caching-saves-money"]),
    ("They're saving 30% on Snowflake after the warehouse resize.", []),
    ("PTUs are saving them 30% on their inference bill.", ["unconditional-savings"]),
    # a product's list discount is not a promise; a provisioned tier's is
    ("Batch is 50% cheaper for anything that can wait a day.", []),
    ("The provisioned tier is 40% cheaper.", ["unconditional-savings"]),
]


QUESTIONS_AND_QUOTES = [
    # a negative question assumes the claim; a negation later in it, or a negated statement, still denies
    ("ok, don't they pay a premium for Bedrock?", ["paying-extra-for-azure"]),
    ("Isn't the embedding model billed per request?", ["charges-per-request"]),
    ("Wouldn't caching save them a ton of money here?", ["caching-saves-money"]),
    ("Aren't we supposed to never say caching saves money?", []),
    ("The endpoint doesn't charge per request?", []),
    ("Don't say the model charges per request.", []),
    ("Doesn't matter; the model charges per request.", ["charges-per-request"]),
    # a quote the next line endorses is the author's claim; one answered to correct it is not
    ("> PTUs are cheaper\n+1", ["provisioned-is-cheaper"]),
    ("> PTUs are cheaper\nagreed.", ["provisioned-is-cheaper"]),
    ("&gt; the model charges per request\n:+1: exactly", ["charges-per-request"]),
    ("> caching saves money\nthis is wrong, it depends on prefix length", []),
    ("> caching saves money\nnot quite", []),
    ("> provisioned is cheaper\nyes, above 65% utilization", []),
    # a quote the author is drafting or about to send is theirs; someone else's draft or reply is not
    ("drafting my reply now:\n> caching saves money on every call.", ["caching-saves-money"]),
    ("Response to Initech (sending in 5):\n> Caching saves money on every call.", ["caching-saves-money"]),
    ("Their legal team is drafting a reply:\n> PTUs are cheaper, so we'll commit.", []),
    ("Reply to my draft from their CFO:\n> PTUs are cheaper, so we'll commit.", []),
    ("Globex's reply to our proposal:\n> PTUs are cheaper, so we'll commit.", []),
    ('For the deck I\'ve written: "token costs are itemised on slide 4".', ["token-costs"]),
    ('Their CFO has written: "token costs are itemised on slide 4".', []),
    # a term is the author's word even in a reported question; a claim in one is not the author's
    ("They asked whether token costs include support.", ["token-costs"]),
    ("Procurement wants to know whether committed use covers Gemini.", ["committed-use"]),
    ("They asked whether caching saves money on short prompts.", []),
    # a phrase named to avoid it, a buyer's words heard, a claim no longer true
    ("caching saves money — that's the line I'd never use with a CFO", []),
    ("provisioned is cheaper is not the pitch for spiky traffic", []),
    ("I want to tell them provisioned is cheaper but it lands badly with finance.", []),
    ("provisioned is cheaper — that's the line that wins the deal", ["provisioned-is-cheaper"]),
    ("If you hear a customer say token costs, ask whether they mean input or output.", []),
    ("The model no longer charges per request.", []),
    ("The model used to charge per request, it no longer does.", []),
    ("they're paying extra for Azure — that's exactly what I'd never say to their CIO", []),
    ("The cache hit rate isn't in the contract, so don't quote it.", []),
    ("The cache hit rate is in the SLA at 90%.", ["cache-hit-rate"]),
    # a typo of "extra"
    ("they're def paying xtra for Bedrock", ["paying-extra-for-azure"]),
]


@pytest.mark.parametrize(
    ("text", "rules"), SAVINGS_FORMS + NEGATIONS_THAT_ASSERT + OTHER_VENDORS + QUESTIONS_AND_QUOTES
)
def test_batch_6_and_7_classes_in_new_wordings(text: str, rules: list[str]) -> None:
    assert sorted({flag.rule for flag in glossary.lint(text)}) == rules


# One unit per new family of patterns, repeated to Slack's 40,000 characters with no sentence break: a pattern that
# backtracks shows as time growing faster than the text.
LONG_UNITS = [
    "half the cost of on-demand 2/3 of the on-demand bill 0.6x what they pay ",
    "knock 30 to 50 percent off the ",
    "$120k/yr $3 $4,000,000.00 per ",
    "2x 3x cheaper ten times ",
    "caching = $$ caching = ",
    "save you 80% on input just turn on ",
    "not like PTUs aren't it's not that ",
    "never thought caching would save them ",
    "the cheaper option is the cheapest route is ",
    "API Gateway Datadog Redis caching ",
    "doesn't the model aren't they paying ",
    "> caching saves money\n+1 this\n",
    "drafting the reply to \n> PTUs are cheaper\n",
    "paying extra for Azure — that's the line I'd is not the angle but it ",
    "hear a buyer say no longer ",
    # a heading on its own line under a line ending in a colon, the block repeated: each heading reaches its own item
    "Prep for the pricing review with Fabrikam:\nContext caching:\n- cuts what they spend\n",
    # quotation marks, none introduced as the author's: each is checked for an introduction beside it
    "'y ",
]


def _lint_seconds(text: str) -> float:
    """The least CPU time of three runs: one run on a loaded machine can be slowed by its neighbours."""
    times = []
    for _ in range(3):
        start = time.process_time()
        glossary.lint(text)
        times.append(time.process_time() - start)
    return min(times)


@pytest.mark.parametrize("unit", LONG_UNITS)
def test_the_new_patterns_stay_linear_on_long_messages(unit: str) -> None:
    glossary.lint("provisioend")  # the spelling dictionary loads on the first near miss: not charged below
    once = _lint_seconds((unit * (40_000 // len(unit) + 1))[:40_000])
    twice = _lint_seconds((unit * (80_000 // len(unit) + 1))[:80_000])
    assert once < 2.0
    assert twice < 3 * once + 0.1  # twice the text, about twice the time


def test_a_gate_only_saves_time(tmp_path: Path) -> None:
    """A rule's gate keeps its patterns off sentences that cannot hold its claim: with every gate removed, every
    labelled message and rule example is flagged exactly as with them."""
    data = yaml.safe_load(DEFAULT_RULES_PATH.read_text(encoding="utf-8"))
    gated = [rule["id"] for rule in data["rules"] if rule.get("gate")]
    assert gated  # the bundled rules use gates (or this test checks nothing)
    for rule in data["rules"]:
        rule.pop("gate", None)
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    ungated, gated_linter = glossary.Linter(glossary.load_rules(path)), glossary.linter()
    texts = [example for rule in glossary.rules() for example in (*rule.examples.flag, *rule.examples.quiet)]
    for corpus in sorted(FIELDLANG.glob("*.yaml")):
        texts += [entry["text"] for entry in yaml.safe_load(corpus.read_text(encoding="utf-8"))]
    texts += [text for text, _ in SAVINGS_FORMS + NEGATIONS_THAT_ASSERT + OTHER_VENDORS + QUESTIONS_AND_QUOTES]
    assert len(texts) > 1000
    for text in texts:
        assert gated_linter.lint(text) == ungated.lint(text), text
