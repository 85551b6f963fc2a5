"""How far what excuses a phrase reaches: a reported question, its answer, a condition next to a report, and a
negation that asserts. Each case is a message a rep could send; the flag (or its absence) is what they see."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import glossary
from glossary.rules import DEFAULT_RULES_PATH


def flagged(text: str) -> list[tuple[str, int]]:
    return [(f.rule, f.start) for f in glossary.lint(text)]


@pytest.mark.parametrize(
    "text",
    [
        "They asked whether PTUs are cheaper, and I think PTUs are cheaper for Acme.",
        "They asked whether PTUs are cheaper; honestly PTUs are cheaper here.",
    ],
)
def test_a_claim_after_a_reported_question_on_the_same_phrase_is_still_flagged(text: str) -> None:
    assert flagged(text) == [("provisioned-is-cheaper", text.rindex("PTUs are cheaper"))]


@pytest.mark.parametrize(
    "text",
    [
        "They asked whether we need a new quote, but PTUs are cheaper anyway.",
        "Acme asked if the pilot is done; our view: provisioned is cheaper for them.",
    ],
)
def test_a_question_reported_in_an_earlier_clause_does_not_cover_a_claim_in_a_later_one(text: str) -> None:
    assert [rule for rule, _ in flagged(text)] == ["provisioned-is-cheaper"]


def test_a_yes_far_along_a_run_on_sentence_is_not_read_as_the_answer_to_its_first_question() -> None:
    text = ("They asked whether PTUs are cheaper for the nightly claims batch that runs across three regions with very "
            "uneven traffic all through the quarter and the holidays too, and I said yes.")
    assert flagged(text) == []
    near = "They asked whether PTUs are cheaper, and I said yes."
    assert [rule for rule, _ in flagged(near)] == ["provisioned-is-cheaper"]


def test_a_condition_in_a_later_sentence_does_not_qualify_a_plain_yes() -> None:
    text = "They asked whether PTUs are cheaper. Yes. Above 70% sustained utilization they usually are."
    assert flagged(text) == [("provisioned-is-cheaper", text.index("PTUs are cheaper"))]


def test_a_negation_that_asserts_is_read_so_whatever_sentence_first_says_just() -> None:
    text = "It's just a draft. Caching doesn't just save money, it cuts latency too."
    assert flagged(text) == [("caching-saves-money", text.index("Caching"))]


def test_a_condition_in_a_clause_of_its_own_qualifies_the_promise_beside_a_report() -> None:
    text = "They saved 38% last quarter; above 65% utilization, that holds; this will save you 30-50% too."
    assert flagged(text) == []
    unqualified = "They saved 38% last quarter; that holds; this will save you 30-50% too."
    assert [rule for rule, _ in flagged(unqualified)] == ["unconditional-savings"]


def linter_without(tmp_path: Path, *lists: str) -> glossary.Linter:
    data = yaml.safe_load(DEFAULT_RULES_PATH.read_text(encoding="utf-8"))
    for name in lists:
        data[name] = []
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return glossary.Linter(glossary.load_rules(path))


def test_a_rules_file_without_answers_keeps_every_reported_question_quiet(tmp_path: Path) -> None:
    text = "They asked whether PTUs are cheaper, and I said yes."
    assert [f.rule for f in glossary.lint(text)] == ["provisioned-is-cheaper"]
    assert linter_without(tmp_path, "answers").lint(text) == []


def test_a_rules_file_without_negations_still_reads_reported_questions(tmp_path: Path) -> None:
    linter = linter_without(tmp_path, "negations")
    assert linter.lint("They asked whether PTUs are cheaper.") == []
    assert [f.rule for f in linter.lint("It's not true that provisioned is cheaper.")] == ["provisioned-is-cheaper"]


def test_a_rules_file_without_reported_questions_still_reads_negations(tmp_path: Path) -> None:
    linter = linter_without(tmp_path, "reported_questions")
    assert linter.lint("It's not true that provisioned is cheaper.") == []
    assert [f.rule for f in linter.lint("They asked whether PTUs are cheaper.")] == ["provisioned-is-cheaper"]


def test_a_rules_file_without_clause_breaks_reads_a_report_as_covering_its_whole_sentence(tmp_path: Path) -> None:
    text = "They saved 38% last quarter, and this will save you 30-50% too."
    assert [f.rule for f in glossary.lint(text)] == ["unconditional-savings"]
    assert linter_without(tmp_path, "clause_breaks").lint(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a condition in the next sentence is not the condition of this promise
        "Pied Piper saved 38% at 85% utilization last quarter — Hooli will save 30-50% too. Then again, above 65% "
        "utilization is our usual floor.",
        # a report in the next sentence does not make this promise a report
        "Pied Piper saved 38% last quarter — Hooli will save 30-50% too. Globex saved 40% last year; ask them.",
    ],
)
def test_what_the_next_sentence_says_does_not_excuse_a_promise_beside_a_report(text: str) -> None:
    assert flagged(text) == [("unconditional-savings", text.index("save 30-50%"))]
