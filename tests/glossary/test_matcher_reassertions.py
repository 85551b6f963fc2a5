"""A claim said with a negation and taken back right after is flagged: also when an earlier denial in the same
sentence is not taken back, and when a condition only comes in a later sentence than the one taking it back."""

from __future__ import annotations

import glossary


def _flags(message: str) -> list[tuple[str, str]]:
    return [(flag.rule, flag.matched) for flag in glossary.Linter(glossary.rule_set()).lint(message)]


def test_a_denial_taken_back_after_one_that_is_not_is_flagged() -> None:
    message = "PTUs aren't cheaper for Acme and provisioned isn't always cheaper, but for Marlow it definitely is."
    assert _flags(message) == [("provisioned-is-cheaper", "provisioned isn't always cheaper")]


def test_a_condition_in_a_later_sentence_does_not_excuse_the_take_back() -> None:
    taken_back = "Provisioned isn't always cheaper. But for Marlow it definitely is."
    assert _flags(taken_back) == [("provisioned-is-cheaper", "Provisioned isn't always cheaper")]
    assert _flags(taken_back + " That holds above 80% utilization.") == _flags(taken_back)
    assert _flags("Provisioned isn't always cheaper. But at 80% utilization it is.") == []


def test_a_denial_taken_back_with_no_condition_after_one_whose_take_back_has_it_is_flagged() -> None:
    # the first denial's take-back reaches the condition ("at 60% load"): excused; the second's does not: flagged
    for message, denial in [
        ("Provisioned isn't cheaper at 60% load, PTUs aren't cheaper either, but for Marlow they are.",
         "PTUs aren't cheaper"),
        ("PTUs aren't cheaper at 45% utilization, provisioned isn't cheaper either, but in their case it is.",
         "provisioned isn't cheaper"),
    ]:
        assert _flags(message) == [("provisioned-is-cheaper", denial)], message
    assert _flags("Provisioned isn't cheaper at 60% load, but for Marlow it is.") == []
