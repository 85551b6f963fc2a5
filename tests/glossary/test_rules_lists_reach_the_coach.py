"""Each sentence list a rules file holds (negations, answers, endorsements, scope words...) is read into the one the
coach uses for it, whether the file is checked on this load or was checked before: a list lost, or read into another,
would leave the coach blind to what a team wrote there, or reading it where it does not belong."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

import glossary
from glossary import checked
from glossary.checked import CACHE_ENV
from glossary.rules import DEFAULT_RULES_PATH, FILE_LISTS

BUNDLED = yaml.safe_load(DEFAULT_RULES_PATH.read_text(encoding="utf-8"))

# each list of the file -> the part of the rule set the coach reads it from
READ_AS = {
    "negations": "negation", "reported_questions": "reported_question",
    "reported_question_leads": "reported_question_lead", "term_denials": "term_denial", "answers": "answer",
    "own_drafts": "own_draft", "own_quotes": "own_quote", "clause_breaks": "clause_break",
    "endorsements": "endorsement", "unmarked_questions": "unmarked_question",
    "negative_questions": "negative_question", "said_to_avoid": "said_to_avoid",
    "own_quotes_after": "own_quote_after", "reassertions": "reassertion", "outside_scope": "outside_scope",
    "inside_scope": "inside_scope", "scope_breaks": "scope_break", "reported_beliefs": "reported_belief",
    "belief_rejections": "belief_rejection", "heading_conditions": "heading_condition",
}


def _word(name: str) -> str:
    return "zq" + name.replace("_", "") + "zq"  # a word no other list's word contains


def _file_with_one_word_a_list(tmp_path: Path) -> Path:
    data = copy.deepcopy(BUNDLED)
    for name in FILE_LISTS:
        data[name] = [_word(name)]
    data["asserting_negations"] = {"triggers": ["zqtrigger"], "patterns": [_word("asserting")]}
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_every_list_of_the_file_is_named_here() -> None:
    assert set(READ_AS) == set(FILE_LISTS)


def _assert_each_list_reaches_the_coach(rule_set: glossary.RuleSet, path: Path, load: str) -> None:
    assert rule_set.path == path, load
    for name, part in READ_AS.items():
        pattern = getattr(rule_set, part)
        assert pattern is not None, (load, name)
        assert pattern.search(f"so {_word(name).upper()} then"), (load, name)  # as written, any case
        others = [other for other in [*FILE_LISTS, "asserting"] if other != name]
        assert not any(pattern.search(_word(other)) for other in others), (load, name)
    assert rule_set.asserting_negation is not None
    assert rule_set.asserting_negation.search(_word("asserting")), load
    assert not rule_set.asserting_negation.search(_word("negations")), load
    assert rule_set.asserting_triggers == frozenset({"zqtrigger"}), load


def test_each_list_of_a_rules_file_reaches_the_coach_as_written_and_no_other(tmp_path: Path) -> None:
    path = _file_with_one_word_a_list(tmp_path)
    for load in ("checked now", "checked before"):  # the second load takes the remembered check
        _assert_each_list_reaches_the_coach(glossary.load_rules(path), path, load)


@pytest.mark.parametrize("record", [b"", b"\xff\x00garbage"], ids=["without lists", "damaged"])
def test_each_list_reaches_the_coach_when_the_remembered_check_kept_no_usable_lists(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, record: bytes
) -> None:
    """A rule set remembered as passing but without its joined lists (an older record, or a damaged one) is not
    checked again, yet every list still reaches the coach, and the record is written again with the lists."""
    cache = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(cache))
    path = _file_with_one_word_a_list(tmp_path)
    glossary.load_rules(path)  # checked in full, remembered with its lists
    (kept,) = (cache / "checked-rules").iterdir()
    kept.write_bytes(record)
    _assert_each_list_reaches_the_coach(glossary.load_rules(path), path, "record without lists")
    again = checked.recall(kept.name)
    assert again is not None and set(again) == {*FILE_LISTS, "asserting_negations.patterns"}
    assert again["answers"] is not None and _word("answers") in again["answers"]
    _assert_each_list_reaches_the_coach(glossary.load_rules(path), path, "record written again")


def test_a_rules_file_without_sentence_lists_leaves_each_of_them_unread(tmp_path: Path) -> None:
    data = copy.deepcopy(BUNDLED)
    for name in FILE_LISTS:
        data.pop(name, None)
    data.pop("asserting_negations", None)
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    rule_set = glossary.load_rules(path)
    assert [getattr(rule_set, part) for part in READ_AS.values()] == [None] * len(READ_AS)
    assert rule_set.asserting_negation is None and rule_set.asserting_triggers == frozenset()
    assert [r.id for r in rule_set.rules] == [r["id"] for r in BUNDLED["rules"]]


def test_a_sentence_list_written_as_a_number_is_refused_naming_the_file_and_the_list(tmp_path: Path) -> None:
    data = copy.deepcopy(BUNDLED)
    data["endorsements"] = 5
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    try:
        glossary.load_rules(path)
    except glossary.RulesFileError as err:
        assert err.path == str(path) and err.field == "endorsements" and err.rule is None
        assert str(err).startswith(f"rules file {path}: ")
    else:
        raise AssertionError("a list written as a number was loaded")
