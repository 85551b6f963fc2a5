"""What keeps a claim quiet, and how far it reaches: a report only in its own clause, only the guide's qualifier,
a negation that asserts ("doesn't just") read as asserting for every rule. Each case is a message a rep could
write; the hard negatives beside each class are the messages its trigger must leave alone."""

from __future__ import annotations

import pytest

import glossary


def rules_of(text: str) -> list[str]:
    return sorted({flag.rule for flag in glossary.lint(text)})


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        # a past result in one clause, a promise in the next: the report excuses only its own clause
        ("Initech cut their bill 35% last year; you'll cut yours 30-50% as well.", ["unconditional-savings"]),
        ("Two quarters ago Acme saved 40% on reserved capacity, so this will save Globex 30-40%.",
         ["unconditional-savings"]),
        ("Contoso saved 45% during the pilot - Northwind will save 30-50% on PTUs.", ["unconditional-savings"]),
        # the condition of someone's past result is not the condition of this promise
        ("Pied Piper saved 38% at 85% utilization last quarter — Hooli will save 30-50% too.",
         ["unconditional-savings"]),
        ("Globex halved their bill in 2024, and Initech will halve theirs too.", ["unconditional-savings"]),
        ("Per last year's numbers, PTUs will save Acme 35%.", ["unconditional-savings"]),
        # reports alone, and a promise carrying its own condition
        ("Last year PTUs saved Hooli 35%.", []),
        ("Initech cut their bill 35% last year, and they did it by moving batch to PTUs.", []),
        ("Last quarter, PTUs took 25% off Contoso's bill.", []),
        ("Previously they saved 30% on the nightly batch with reserved capacity.", []),
        ("Acme saved 40% two quarters ago; their utilization has stayed above 80% since.", []),
        ("They saved 38% last quarter, and this will save you 30-50% too if utilization stays above 65%.", []),
    ],
)
def test_a_report_excuses_only_the_clause_it_is_in(text: str, rules: list[str]) -> None:
    assert rules_of(text) == rules


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        ("PTUs typically trim per-token costs 30-40% for Acme.", ["unconditional-savings"]),
        ("Reserved capacity lowers their effective rate by 40% on the claims bot.", ["unconditional-savings"]),
        ("Provisioned throughput reduces input costs 25-35% versus pay-as-you-go.", ["unconditional-savings"]),
        ("PTUs usually slash per-call costs by half.", ["unconditional-savings"]),
        ("Committed capacity will cut what they pay by 30%.", ["unconditional-savings"]),
        ("The provisioned tier cuts per-token costs 30% versus on-demand.", ["unconditional-savings"]),
        # what is cut is not a cost, the condition is there, or two products' prices are compared
        ("PTUs cut p99 latency by 40% for Acme.", []),
        ("Reserved capacity cuts their 429 rate by 90%.", []),
        ("PTUs cut their error rate by half.", []),
        ("PTUs reduce cold starts by 50%.", []),
        ("PTUs typically cut per-token costs 30-50% at sustained utilization above 65%.", []),
        ("When utilization stays above 70%, PTUs reduce per-token costs 30-40%.", []),
        ("PTUs cut per-token costs 30-50% — at sustained utilization above 65%, that is.", []),
        ("The batch API cuts per-token costs by 50% versus the sync endpoint.", []),
        ("GPT-4o mini reduces per-token costs 90% relative to GPT-4o.", []),
        ("PTUs lowered their effective rate by 40% during the pilot.", []),
    ],
)
def test_a_savings_verb_with_a_figure_and_provisioned_capacity_as_subject_promises_savings(
    text: str, rules: list[str]
) -> None:
    assert rules_of(text) == rules


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        ("Prompt caching doesn't only save money, it speeds up the first token.", ["caching-saves-money"]),
        ("Caching is not just cheaper, it's faster.", ["caching-saves-money"]),
        ("Not only does context caching save them money, it cuts latency.", ["caching-saves-money"]),
        ("PTUs don't just save you 30%, they guarantee capacity.", ["unconditional-savings"]),
        ("They aren't just paying extra for Azure, they're paying for the support plan too.",
         ["paying-extra-for-azure"]),
        ("Reserved capacity isn't merely cheaper, it's predictable.", ["provisioned-is-cheaper"]),
        ("Their token costs aren't just high, they're unpredictable.", ["token-costs"]),
        ("Caching won't just save them money, it cuts latency too.", ["caching-saves-money"]),
        # the emphatic "do" that is left asserts too
        ("PTUs do come out cheaper for Acme.", ["provisioned-is-cheaper"]),
        ("Provisioned does work out cheaper.", ["provisioned-is-cheaper"]),
        # a denial stays a denial, and "not just" around no claim flags nothing
        ("Caching doesn't save money on one-off prompts.", []),
        ("PTUs aren't cheaper for spiky traffic.", []),
        ("We're not only selling PTUs, we're selling support.", []),
        ("Caching doesn't just work out of the box; the prefix must be stable.", []),
        ("Caching doesn't just save money when the same 4k prefix repeats; it depends on call volume too.", []),
        ("That doesn't just depend on utilization.", []),
        ("It's not just about price for Acme.", []),
    ],
)
def test_a_negation_that_asserts_asserts_the_claim_of_any_rule(text: str, rules: list[str]) -> None:
    assert rules_of(text) == rules


def test_the_flag_on_an_asserted_claim_points_at_what_was_typed() -> None:
    text = "Honestly, caching doesn't just save money here."
    (flag,) = glossary.lint(text)
    assert flag.matched == "caching doesn't just save money"
    assert text[flag.start : flag.end] == flag.matched


QUALIFIED = [rule for rule in glossary.rules() if rule.qualifier is not None]


@pytest.mark.parametrize("rule", QUALIFIED, ids=lambda r: r.id)
def test_the_dont_say_with_the_guides_qualifier_is_quiet(rule: glossary.Rule) -> None:
    assert rule.qualifier is not None
    assert glossary.lint(f"{rule.dont_say.rstrip('.')}, {rule.qualifier[0].lower()}{rule.qualifier[1:]}.") == []


@pytest.mark.parametrize(
    "rule_id", ["caching-saves-money", "unconditional-savings", "cache-hit-rate"]
)
def test_the_do_say_without_its_qualifier_is_the_bare_claim(rule_id: str) -> None:
    """The guide's phrasing is qualified by its qualifier, not by its other words: "prompt caching reduces input
    costs on repeated prefixes" alone is a savings claim ("Provisioned throughput breaks even" alone is no claim,
    so that rule is not here)."""
    rule = next(r for r in glossary.rules() if r.id == rule_id)
    assert rule.qualifier is not None
    bare = rule.do_say.replace(rule.qualifier, "").strip(" ,—")
    assert rule_id in rules_of(bare + "."), bare
    assert rule_id in rules_of(f"{bare}. That's the headline for the deck.")


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        ("Prompt caching reduces input costs on repeated prefixes, so lead with it.", ["caching-saves-money"]),
        ("Context caching lowers input costs on the repeated preamble.", ["caching-saves-money"]),
        ("Caching trims prompt costs on the shared system prompt.", ["caching-saves-money"]),
        ("Prompt caching reduces input costs on repeated prefixes; how much depends on prefix length and call volume.",
         []),
        ("Caching cuts input costs on the repeated prefix. The saving depends on call volume, so get their logs.", []),
        ("Caching reduces time to first token on repeated prefixes.", []),
    ],
)
def test_half_of_the_caching_phrasing_without_its_dependence_is_the_claim(text: str, rules: list[str]) -> None:
    assert rules_of(text) == rules


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        # conditions, but not on what the guide says the savings depend on (prefix length and call volume)
        ("Caching saves money as long as hits stay above 80%.", ["caching-saves-money"]),
        ("Prompt caching will save them money if the customer signs the annual.", ["caching-saves-money"]),
        ("Caching saves money when the cache is warm.", ["caching-saves-money"]),
        ("Caching will cut their bill, depending on the hit rate.", ["caching-saves-money"]),
        ("This will save them 30-50% as long as they sign before Friday.", ["unconditional-savings"]),
        # the guide's qualifier, in the ways reps write it
        ("Caching saves money if the same prefix goes out on most calls.", []),
        ("Caching cuts the bill when call volume is high and the 5k prefix repeats.", []),
        ("Caching savings depend on prefix length and call volume.", []),
        ("Caching saves money once they're past the break-even call volume.", []),
        ("Caching saves money — depends on prefix length and call volume.", []),
    ],
)
def test_only_the_guides_qualifier_keeps_a_claim_quiet(text: str, rules: list[str]) -> None:
    assert rules_of(text) == rules


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        ("cachng will save them heaps on the agent loop", ["caching-saves-money"]),
        ("Prompt chaching saves Acme a ton.", ["caching-saves-money"]),
        ("Caching will save Initech loads.", ["caching-saves-money"]),
        ("provisoned will save them loads on the nightly batch", ["provisioned-is-cheaper"]),
        ("Reserved capcity will save Northwind a bundle.", ["provisioned-is-cheaper"]),
        # an informal amount of something that is not money
        ("Caching will save them loads of time on the first token.", []),
        ("Coaching will save them heaps of ramp time.", []),
        ("cachng will save them loads of latency", []),
        ("provisoned will save them a ton of headaches with throttling", []),
        ("Caching will save Wayne loads of time.", []),
    ],
)
def test_a_misspelt_subject_with_an_informal_amount_is_the_claim(text: str, rules: list[str]) -> None:
    assert rules_of(text) == rules


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        ("With a 4k prefix at 20k calls/day caching saves them about $180/day.", []),
        ("At 8,000 calls a day on a 2,500-token system prompt, caching saves about $45 a day.", []),
        ("Caching saves them $90/day: 3k-token prefix, 10k requests per day, $5 vs $0.50.", []),
        # only one of the two stated: the saving still depends on the other
        ("With a 4k prefix caching saves them about $180/day.", ["caching-saves-money"]),
        ("At 20k calls a day caching saves them a ton.", ["caching-saves-money"]),
    ],
)
def test_a_saving_worked_out_from_a_stated_prefix_and_call_volume_is_qualified(text: str, rules: list[str]) -> None:
    assert rules_of(text) == rules
