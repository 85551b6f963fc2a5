"""Blind batch 8's classes, in wordings written for these tests (not the batch's): each claim form beside the hard
negative that shares its words, so a fix that flags everything or nothing fails here."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

import glossary
from glossary.rules import DEFAULT_RULES_PATH
from tests.glossary.test_batch_6_7_classes import _lint_seconds

OWN_WORDING = [
    # a block quote the next line signs off as about to go out is the author's draft
    ("> Caching saves money on every call, so it's an easy yes.\nok to send this?", ["caching-saves-money"]),
    ("&gt; PTUs are cheaper for your nightly jobs.\nposting to their channel at 3 unless anyone shouts",
     ["provisioned-is-cheaper"]),
    ("> The model charges per request.\ngood to go?", ["charges-per-request"]),
    ("> The model charges per request.\nany thoughts before I hit send?", ["charges-per-request"]),
    ("> The model charges per request.\nthey sent this at 3", []),
    ("> PTUs are cheaper for your nightly jobs.\nsending it to legal for review? not yet", []),
    # a block quote introduced as what the author's side writes for the buyer
    ("For the security questionnaire answer, item 7:\n> The model charges per request.", ["charges-per-request"]),
    ("our proposal, pricing section:\n> Token costs are fixed for the term.", ["token-costs"]),
    ("Their RFP, section 4.2:\n> The model charges per request.", []),
    ("Globex's RFP response, section 2:\n> The model charges per request.", []),
    # a quotation the author says they will use, or labels as their own material
    ("I'll just open with 'you're paying extra for Azure' and see how they react.", ["paying-extra-for-azure"]),
    ("We're going with 'caching saves money' for the webinar title.", ["caching-saves-money"]),
    ("Subject line: 'Cut your token costs by a third'", ["token-costs", "unconditional-savings"]),
    ("Slide 4 headline: 'Provisioned is cheaper for steady traffic.'", ["provisioned-is-cheaper"]),
    ("Their CFO's subject line: 'Cut your token costs by a third'", []),
    ("Globex's slide: 'Provisioned is cheaper for steady traffic.'", []),
    ("Let's not lead with 'caching saves money' this time.", []),
    ("Don't open with 'you're paying extra for Azure'.", []),
]

SAVINGS_SHAPES = [
    # a multiple, a pronoun for the cost just named, a question
    ("Moving the nightly batch to reserved capacity should cut the invoice by 2x.", ["unconditional-savings"]),
    ("Their inference bill is brutal, and provisioned would cut it by 40%.", ["unconditional-savings"]),
    ("Their inference bill is mostly storage, and they cut it by 40% last year.", []),
    ("Batching cut their p99 by 3x.", []),
    ("Should we promise Initech that reserved capacity saves them about a quarter?", ["unconditional-savings"]),
    # the buyer saving a money figure
    ("With PTUs they'd save roughly $9k a month.", ["unconditional-savings"]),
    ("If Acme commits, you save about $120k a year.", ["unconditional-savings"]),
    ("They saved $14k last month after the key cleanup.", []),
    ("Hits save $40 a day at this volume.", []),
    # the bill down a figure, with what brings it down
    ("Monthly spend down 35% on provisioned throughput.", ["unconditional-savings"]),
    ("Inference bill down by a third with PTUs", ["unconditional-savings"]),
    ("Their inference bill is down 20% since March.", []),
    ("Latency down 50% with provisioned throughput.", []),
    # the cheaper claim with a figure against on-demand (and the figure itself)
    ("PTUs are 35% cheaper than on-demand for them, period.", ["provisioned-is-cheaper", "unconditional-savings"]),
    ("Reserved capacity is a third of the cost of pay-as-you-go for Globex.",
     ["provisioned-is-cheaper", "unconditional-savings"]),
    ("Reserved capacity is 40% cheaper than what they pay now.", ["unconditional-savings"]),
    ("PTUs are 40% cheaper than on-demand at 80% sustained utilization.", []),
    ("Haiku is half the cost of Sonnet on-demand.", []),
]

TERMS_AND_QUALIFIERS = [
    # token costs as one figure, though the tokens of a period are split into input and output
    ("500k input and 200k output tokens a day, so token costs come to about $12/day?", ["token-costs"]),
    ("2M input tokens/day plus 400k output tokens/day, token costs around $45 a day", ["token-costs"]),
    ("For input, token costs are $3/M; for output, $15/M.", []),
    ("At 3M input tokens a day, token costs split into $9 input and $15 output.", []),
    # committed use said by the author next to GCP, not GCP's name for its offer
    ("On the GCP renewal I'd pitch committed use pricing again.", ["committed-use"]),
    ("For the Vertex piece, let's just call it committed use.", ["committed-use"]),
    ("On Vertex they call it committed use.", []),
    ("GCP sells it as committed use discounts.", []),
    # "whenever" says every time, not a condition on the prefix or the calls
    ("Caching saves money whenever the system prompt repeats.", ["caching-saves-money"]),
    ("Caching saves money when the same 6k prefix repeats across most calls.", []),
]


QUOTES_ADOPTED = [
    # a quotation the words right after it, on its line, say the author will use
    ("finance calls it 'token costs', so we'll just use that wording in the order form", ["token-costs"]),
    ("Their team says 'committed use'; I'd go with that term in the SOW too.", ["committed-use"]),
    ("someone renamed it 'inference pricing', the old slide said 'AI API pricing'. I'm switching the title back",
     ["ai-api-pricing"]),
    ("they say 'AI usage fees'. I'm reverting the header", ["ai-usage-fees"]),
    ("finance calls it 'token costs', I'll use 'input token costs' instead in the order form", []),
    ("finance calls it 'token costs', so I'll use that term sparingly", []),
    ("finance calls it 'token costs', I'll never use that in the order form", []),
    ("the old slide said 'AI API pricing'. I'm changing the title to inference pricing", []),
    ("finance calls it 'token costs'.\nI'll just use that wording in the order form", []),  # not on its line
]

REASSERTIONS = [
    # a claim denied, then taken back right after: in the same sentence or at the start of the next
    ("PTUs aren't always cheaper. But for Globex they are.", ["provisioned-is-cheaper"]),
    ("Reserved capacity won't be cheaper for everyone, but in their case it definitely is.",
     ["provisioned-is-cheaper"]),
    ("Caching doesn't always save money, but here it does.", ["caching-saves-money"]),
    ("Prompt caching won't necessarily cut their bill. Still, for this bot it will.", ["caching-saves-money"]),
    ("PTUs aren't always cheaper. But at 80% sustained utilization they are.", []),
    ("Provisioned isn't always cheaper. Still, for Marlow it is, at 85% utilization.", []),
    ("PTUs aren't always cheaper. But the latency is steadier.", []),
    ("Provisioned isn't always cheaper. But it is what it is.", []),
    ("Caching doesn't always save money.", []),
    ("Caching doesn't always save money, but it does cut latency.", []),
]


DRAFTS_INTRODUCED = [
    # drafts and lines for the buyer, introduced before or signed off after, in more of the ways reps write them
    ("LinkedIn DM to their head of platform:\n> You're paying extra for Azure.", ["paying-extra-for-azure"]),
    ("What I told Globex:\n> PTUs are cheaper for your workload.", ["provisioned-is-cheaper"]),
    ("For the QBR deck, slide 6:\n> Caching saves money.", ["caching-saves-money"]),
    ("> PTUs are cheaper for you.\nhow does this read?", ["provisioned-is-cheaper"]),
    ("> PTUs are cheaper for you.\nlmk if this reads ok before I send", ["provisioned-is-cheaper"]),
    ("> Caching saves money.\n(my reply to their CTO, sent)", ["caching-saves-money"]),
    ("> Caching saves money.\nthat's what I'm going with for the Acme email", ["caching-saves-money"]),
    ("Tagline for the booth: 'Caching saves money'", ["caching-saves-money"]),
    ("My line for the CFO: 'you're paying extra for Azure'", ["paying-extra-for-azure"]),
    ("Going to tell Marcus 'PTUs are cheaper' on Thursday.", ["provisioned-is-cheaper"]),
    ("Their deck, slide 6:\n> Caching saves money.", []),
    ("In the customer's deck, slide 6:\n> Caching saves money.", []),
    ("What they told us:\n> PTUs are cheaper for your workload.", []),
    ("> Caching saves money.\nsent this to legal to check", []),
    ("> PTUs are cheaper for you.\nhow does this square with the utilization data? it doesn't", []),
    ("Globex's tagline for the booth: 'Caching saves money'", []),
    ("They're going to tell Marcus 'PTUs are cheaper' on Thursday.", []),
]

DOUBT_AND_SARCASM = [
    # doubt denies the claim unless it is itself denied; sarcasm right after takes it back
    ("I doubt provisioned is cheaper for them.", []),
    ("Finance is sceptical that caching saves money here.", []),
    ("I don't doubt provisioned is cheaper for them.", ["provisioned-is-cheaper"]),
    ("No doubt provisioned is cheaper for them.", ["provisioned-is-cheaper"]),
    ("Nobody doubts reserved capacity is cheaper for the batch tier.", ["provisioned-is-cheaper"]),
    ("Provisioned is cheaper — said no one who's seen their traffic.", []),
    ("Caching saves money, yeah right, not with a 300-token prompt.", []),
    # what the request is for does not change the claim; a question why asks for a reason and makes no claim (README
    # labelling principles; blind batch 29 labels one so)
    ("The vision model charges per image request.", ["charges-per-request"]),
    ("Why does the model charge per request?", []),
]

BATCH_9_CLASSES = [
    # input/output after token costs qualify them only in a form that splits the costs
    ("The token costs on the Harbor tab count output twice.", ["token-costs"]),
    ("Token costs rose 30% in May: the new summary feature tripled output length.", ["token-costs"]),
    ("Token costs split into $3 input and $15 output per million.", []),
    ("The token costs differ for input and output.", []),
    ("token costs: $4 input, $12 output", []),
    # what the markup buys, named or dismissed, does not excuse the paying-extra framing (fieldlang README)
    ("they're paying extra for Bedrock for basically nothing, they never turned on private endpoints",
     ["paying-extra-for-azure"]),
    ("They pay more through Azure, and the premium buys the private endpoints they use.", ["paying-extra-for-azure"]),
    # "once" as an adverb is no condition
    ("Caching saves money here, since the prefix is cached once and reused all day.", ["caching-saves-money"]),
    ("Caching saves money once the same 5k prefix repeats on most calls.", []),
    # what someone wants to know is their question; why something is so takes it as given
    ("The CFO wants to know how much they're paying extra for Azure.", []),
    ("The CFO wants to understand why PTUs are cheaper than on-demand.", ["provisioned-is-cheaper"]),
    # a reduction in something other than cost
    ("Pilot: 35% reduction in ticket resolution time.", []),
    ("Pilot: 35% reduction in their inference bill with PTUs.", ["unconditional-savings"]),
    # another cache's hit rate, that cache named as the subject
    ("Their Cloudflare edge reports the cache hit rate at 97%.", []),
    ("Unlike Redis, the cache hit rate on the prompt cache will be 90%.", ["cache-hit-rate"]),
    # the guide's term recommended in place of the one named; not when it is recommended against
    ("AI API pricing is too vague for procurement; call it inference pricing.", []),
    ("Committed use reads like a GCP contract, so just say provisioned throughput.", []),
    ("Stop calling it inference pricing, AI API pricing is what buyers search for.", ["ai-api-pricing"]),
    ("AI usage fees confuses finance, use per-token inference costs.", []),
    ("Token costs hides the split; write input token costs and output token costs.", []),
    # a denial asked, then answered
    ("Who says PTUs aren't cheaper? They definitely are for Globex.", ["provisioned-is-cheaper"]),
    ("Who says caching doesn't save money? It does when the 4k prefix repeats on most calls.", []),
]


SAVINGS_MORE = [
    # money figures, shares and comparatives in more of the shapes reps write
    ("PTUs would knock about $8k off their monthly bill.", ["unconditional-savings"]),
    ("Switching to PTUs saves roughly 3 grand a month.", ["unconditional-savings"]),
    ("PTUs will pay back in 2 months and save them $50k a year.", ["unconditional-savings"]),
    ("Reserved capacity saves about $9k a month for the claims bot.", ["unconditional-savings"]),
    ("They would pay $20k less a month on PTUs.", ["unconditional-savings"]),
    ("Going provisioned means a 35% smaller bill.", ["unconditional-savings"]),
    ("You will see a 40% lower invoice on PTUs.", ["provisioned-is-cheaper", "unconditional-savings"]),
    ("PTUs beat on-demand by 40% for Acme.", ["provisioned-is-cheaper", "unconditional-savings"]),
    ("provisioned costs them 40% less than on-demand", ["provisioned-is-cheaper", "unconditional-savings"]),
    ("With PTUs their bill is roughly half.", ["unconditional-savings"]),
    ("Their spend drops to a third with reserved capacity.", ["unconditional-savings"]),
    ("Caching will take their input bill down 80%.", ["caching-saves-money"]),
    ("Caching = 90% off input tokens.", ["caching-saves-money"]),
    ("With caching, their input costs drop by 90%.", ["caching-saves-money"]),
    ("Prompt caching is basically a 90% discount on input.", ["caching-saves-money"]),
    # quiet
    ("We saved $8k last month by killing idle dev keys.", []),
    ("They paid $20k less last quarter after the renegotiation.", []),
    ("Half of their bill is output tokens.", []),
    ("Their bill is roughly half what Globex pays.", []),
    ("Their spend drops to a third in August when schools are out.", []),
    ("The venue knocked $2k off the catering.", []),
    ("A 35% smaller context window would hurt quality.", []),
    ("Latency drops by 90% with caching.", []),
    ("At 80% sustained utilization PTUs cost them 40% less than on-demand.", []),
    ("Haiku costs 40% less than Sonnet on-demand.", []),
    ("PTUs beat on-demand by 40ms on p99.", ["provisioned-is-cheaper"]),
]


@pytest.mark.parametrize(
    ("text", "rules"),
    OWN_WORDING + SAVINGS_SHAPES + TERMS_AND_QUALIFIERS + QUOTES_ADOPTED + REASSERTIONS + BATCH_9_CLASSES
    + DRAFTS_INTRODUCED + SAVINGS_MORE + DOUBT_AND_SARCASM,
)
def test_batch_8_classes_in_new_wordings(text: str, rules: list[str]) -> None:
    assert sorted({flag.rule for flag in glossary.lint(text)}) == sorted(rules)


def test_a_claim_taken_back_is_flagged_where_it_was_denied() -> None:
    text = "Sorry, wrong on the call: PTUs aren't always cheaper. But for Globex they are."
    (flag,) = glossary.lint(text)
    assert flag.rule == "provisioned-is-cheaper"
    assert text[flag.start : flag.end] == flag.matched == "PTUs aren't always cheaper"


def _without(tmp_path: Path, edit: Callable[[dict[str, Any]], None]) -> glossary.Linter:
    data = yaml.safe_load(DEFAULT_RULES_PATH.read_text(encoding="utf-8"))
    edit(data)
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return glossary.Linter(glossary.load_rules(path))


def test_without_reassertions_a_denial_stays_a_denial(tmp_path: Path) -> None:
    linter = _without(tmp_path, lambda data: data.pop("reassertions"))
    assert linter.lint("PTUs aren't always cheaper. But for Globex they are.") == []
    assert [f.rule for f in linter.lint("PTUs are cheaper for Globex.")] == ["provisioned-is-cheaper"]


def test_a_rule_without_a_condition_flags_every_denial_taken_back(tmp_path: Path) -> None:
    def drop_condition(data: dict[str, Any]) -> None:
        (rule,) = [rule for rule in data["rules"] if rule["id"] == "provisioned-is-cheaper"]
        rule.pop("fine_when")
        rule["examples"]["quiet"] = [q for q in rule["examples"]["quiet"] if "utili" not in q]

    linter = _without(tmp_path, drop_condition)
    text = "PTUs aren't always cheaper. But at 80% sustained utilization they are."
    assert [f.rule for f in linter.lint(text)] == ["provisioned-is-cheaper"]


def test_without_own_quotes_after_a_quotation_stays_someone_elses(tmp_path: Path) -> None:
    linter = _without(tmp_path, lambda data: data.pop("own_quotes_after"))
    assert linter.lint("finance calls it 'token costs', so we'll just use that wording in the order form") == []
    assert [f.rule for f in linter.lint("I'd write 'token costs' in the order form")] == ["token-costs"]


LONG_UNITS = [
    "token costs are high and they cut that ",
    "their bill down 30% with ",
    "PTUs are 40% ",
    "3M input + 1M output tokens a ",
    "For the Vertex leg I'd ",
    "> caching saves money\nsending it to ",
    "Key line: 'x' Subject: '",
    "'AI usage fees' so I'll just use that ",
    "PTUs aren't always cheaper. But for ",
    "PTUs aren't always cheaper, but for Globex they are ",
    "token costs split on the tab count output ",
    "paying extra for Azure for nothing, no private ",
    "Their Redis store reports the cache hit rate ",
    "Who says caching doesn't save money? It does ",
    "AI API pricing; call it inference ",
    "35% reduction in average handle ",
    "For the QBR deck for the ",
    "Tagline for the booth for the ",
    "Going to tell Marcus ",
    "PTUs would knock about $8k ",
    "their bill is roughly half. ",
    "provisioned costs them 40% ",
]


@pytest.mark.parametrize("unit", LONG_UNITS)
def test_the_new_patterns_stay_linear_on_long_messages(unit: str) -> None:
    glossary.lint("provisioend")  # the spelling dictionary loads on the first near miss: not charged below
    once = _lint_seconds((unit * (40_000 // len(unit) + 1))[:40_000])
    twice = _lint_seconds((unit * (80_000 // len(unit) + 1))[:80_000])
    assert once < 2.0
    assert twice < 3 * once + 0.1  # twice the text, about twice the time
