"""Each rule's own fixtures (Vale-style): its flag examples flag it, its quiet examples do not."""

from __future__ import annotations

import pytest

import glossary

CASES = [
    (rule.id, kind, text)
    for rule in glossary.rules()
    for kind, texts in (("flag", rule.examples.flag), ("quiet", rule.examples.quiet))
    for text in texts
]


@pytest.mark.parametrize(("rule_id", "kind", "text"), CASES, ids=[f"{r}-{k}-{i}" for i, (r, k, _) in enumerate(CASES)])
def test_rule_example(rule_id: str, kind: str, text: str) -> None:
    flagged = {flag.rule for flag in glossary.lint(text)}
    if kind == "flag":
        assert rule_id in flagged, f"{rule_id} should flag {text!r}"
    else:
        assert rule_id not in flagged, f"{rule_id} should stay quiet on {text!r}"


def test_the_ten_rules_of_the_guide_with_verbatim_do_say() -> None:
    by_id = {rule.id: rule for rule in glossary.rules()}
    assert list(by_id) == [
        "ai-usage-fees",
        "charges-per-request",
        "provisioned-is-cheaper",
        "paying-extra-for-azure",
        "caching-saves-money",
        "token-costs",
        "committed-use",
        "unconditional-savings",
        "cache-hit-rate",
        "ai-api-pricing",
    ]
    assert by_id["caching-saves-money"].do_say == (
        "Prompt caching reduces input costs on repeated prefixes — the savings depend on prefix length and call volume"
    )
    assert "30–50%" in by_id["unconditional-savings"].do_say


@pytest.mark.parametrize("rule", glossary.rules(), ids=lambda r: r.id)
def test_every_do_say_lints_clean(rule: glossary.Rule) -> None:
    assert glossary.lint(rule.do_say) == []


def test_token_costs_alternatives_lint_clean_without_their_quotes() -> None:
    do_say = next(r.do_say for r in glossary.rules() if r.id == "token-costs")
    alternatives = [part.strip(' "') for part in do_say.split(" or ")]
    assert alternatives == ["Input token costs", "output token costs"]
    for text in alternatives:
        assert glossary.lint(text) == []
