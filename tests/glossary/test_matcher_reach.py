"""How far a negation reaches before a phrase, and a phrase right after a bracket."""

from __future__ import annotations

import glossary


def test_a_negation_too_far_back_in_the_clause_does_not_excuse_the_phrase() -> None:
    # "not" is seven words before "token costs": out of the negation's reach, the claim stands
    assert [f.rule for f in glossary.lint("I do not think you should keep quoting the total token costs")] == [
        "token-costs"]
    assert glossary.lint("I do not think you should quote token costs") == []  # "not" within six words of it: excused


def test_a_phrase_right_after_a_bracket_is_checked() -> None:
    assert [f.matched for f in glossary.lint("(token costs) matter")] == ["token costs"]
