"""A double negative that opens the message ("Not like PTUs aren't cheaper") asserts the claim as much as one in
mid-sentence does: both of its negations are read as absent wherever the sentence starts."""

from __future__ import annotations

import pytest

import glossary


@pytest.mark.parametrize(
    ("message", "rule", "matched"),
    [
        ("Not like PTUs aren't cheaper for them.", "provisioned-is-cheaper", "PTUs aren't cheaper"),
        ("not that caching doesn't save money here.", "caching-saves-money", "caching doesn't save money"),
        ("Not that PTUs aren't cheaper, but check the load.", "provisioned-is-cheaper", "PTUs aren't cheaper"),
        ("It's not like PTUs aren't cheaper for them.", "provisioned-is-cheaper", "PTUs aren't cheaper"),
    ],
)
def test_a_double_negative_at_the_start_of_a_message_is_the_claim(message: str, rule: str, matched: str) -> None:
    flags = glossary.Linter(glossary.rule_set()).lint(message)
    assert [(flag.rule, flag.matched) for flag in flags] == [(rule, matched)]
    assert message[flags[0].start : flags[0].end] == matched


def test_a_single_negation_at_the_start_still_denies_the_claim() -> None:
    linter = glossary.Linter(glossary.rule_set())
    assert linter.lint("Not that PTUs are cheaper for them.") == []
    assert linter.lint("Not like caching saves money here.") == []
