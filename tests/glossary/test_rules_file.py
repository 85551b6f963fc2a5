"""A mistake in the rules file is reported with the rule id and the field, never as a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import glossary
from glossary.rules import DEFAULT_RULES_PATH

BUNDLED = yaml.safe_load(DEFAULT_RULES_PATH.read_text(encoding="utf-8"))


def write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def broken(tmp_path: Path, rule_index: int, field: str, value: object) -> Path:
    data = yaml.safe_load(DEFAULT_RULES_PATH.read_text(encoding="utf-8"))
    if value is None:
        del data["rules"][rule_index][field]
    else:
        data["rules"][rule_index][field] = value
    return write(tmp_path, data)


def test_bundled_rules_load_and_a_copy_loads_the_same(tmp_path: Path) -> None:
    copy = glossary.load_rules(write(tmp_path, BUNDLED))
    assert [r.id for r in copy.rules] == [r.id for r in glossary.rules()]


@pytest.mark.parametrize(
    ("index", "field", "value", "rule", "named_field", "words"),
    [
        (2, "patterns", ["provisioned (is cheaper"], "provisioned-is-cheaper", "patterns[0]", "regular expression"),
        (5, "do_say", None, "token-costs", "do_say", "Field required"),
        (0, "triggers", ["Usage Fees"], "ai-usage-fees", "triggers", "lower-case word"),
        (3, "fine_when", ["{nosuch}"], "paying-extra-for-azure", "fine_when[0]", "unknown vocabulary"),
        (1, "colour", "red", "charges-per-request", "colour", "Extra inputs"),
        (4, "patterns", ["(?:x)?"], "caching-saves-money", "patterns[0]", "matches empty text"),
    ],
)
def test_mistakes_name_the_rule_and_the_field(
    tmp_path: Path, index: int, field: str, value: object, rule: str, named_field: str, words: str
) -> None:
    path = broken(tmp_path, index, field, value)
    with pytest.raises(glossary.RulesFileError) as caught:
        glossary.load_rules(path)
    err = caught.value
    assert (err.rule, err.field) == (rule, named_field)
    assert f"rule '{rule}'" in str(err) and f"field '{named_field}'" in str(err) and words in str(err)


def test_duplicate_ids_are_refused(tmp_path: Path) -> None:
    data = yaml.safe_load(DEFAULT_RULES_PATH.read_text(encoding="utf-8"))
    data["rules"][1]["id"] = data["rules"][0]["id"]
    with pytest.raises(glossary.RulesFileError, match="rule 'ai-usage-fees', field 'id'"):
        glossary.load_rules(write(tmp_path, data))


def test_invalid_yaml_and_missing_file_are_clear(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("rules: [\n  - id: x\n", encoding="utf-8")
    with pytest.raises(glossary.RulesFileError, match=r"not valid YAML at line \d+"):
        glossary.load_rules(bad)
    with pytest.raises(glossary.RulesFileError, match="file not found"):
        glossary.load_rules(tmp_path / "nope.yaml")


def test_an_edited_rules_file_changes_what_is_flagged(tmp_path: Path) -> None:
    data = yaml.safe_load(DEFAULT_RULES_PATH.read_text(encoding="utf-8"))
    data["rules"][0]["patterns"].append("\\bAI tax\\b")
    data["rules"][0]["triggers"].append("tax")
    linter = glossary.Linter(glossary.load_rules(write(tmp_path, data)))
    assert [f.rule for f in linter.lint("the AI tax on this deal")] == ["ai-usage-fees"]
    assert glossary.lint("the AI tax on this deal") == []


def test_pricebot_rules_env_switches_the_rules_used_by_lint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = yaml.safe_load(DEFAULT_RULES_PATH.read_text(encoding="utf-8"))
    data["rules"] = [r for r in data["rules"] if r["id"] != "token-costs"]
    monkeypatch.setenv("PRICEBOT_RULES", str(write(tmp_path, data)))
    assert glossary.lint("token costs are up") == []
    monkeypatch.delenv("PRICEBOT_RULES")
    assert [f.rule for f in glossary.lint("token costs are up")] == ["token-costs"]


@pytest.mark.parametrize("word", ["PTUs", "cache", "pre-paid", 7])
def test_a_spelling_word_that_is_short_or_not_one_lower_case_word_is_refused(tmp_path: Path, word: object) -> None:
    data = yaml.safe_load(DEFAULT_RULES_PATH.read_text(encoding="utf-8"))
    data["spelling"] = ["provisioned", word]
    with pytest.raises(glossary.RulesFileError) as caught:
        glossary.load_rules(write(tmp_path, data))
    assert caught.value.field == "spelling[1]"


def test_an_edited_spelling_list_changes_which_typos_are_read_as_meant(tmp_path: Path) -> None:
    text = "Provisoned is cheaper for them."
    data = yaml.safe_load(DEFAULT_RULES_PATH.read_text(encoding="utf-8"))
    assert [f.rule for f in glossary.Linter(glossary.load_rules(write(tmp_path, data))).lint(text)] == [
        "provisioned-is-cheaper"
    ]
    data["spelling"].remove("provisioned")
    assert glossary.Linter(glossary.load_rules(write(tmp_path, data))).lint(text) == []


def test_a_vocabulary_entry_may_be_a_list_of_alternatives(tmp_path: Path) -> None:
    data = yaml.safe_load(DEFAULT_RULES_PATH.read_text(encoding="utf-8"))
    data["vocabulary"]["provisioned"] = ["provisioned", "PTUs?", "reserved (?:capacity|throughput)"]
    linter = glossary.Linter(glossary.load_rules(write(tmp_path, data)))
    assert [f.rule for f in linter.lint("Reserved throughput is cheaper.")] == ["provisioned-is-cheaper"]
    assert linter.lint("Committed capacity is cheaper.") == []


def one_rule(tmp_path: Path, pattern: str, vocabulary: dict[str, str] | None = None) -> glossary.Linter:
    """A linter for a rules file holding one rule with ``pattern`` (trigger word "token")."""
    rule = {
        "id": "test-rule",
        "dont_say": "x",
        "do_say": "y",
        "why": "z",
        "triggers": ["token"],
        "patterns": [pattern],
        "examples": {"flag": ["x"], "quiet": ["y"]},
    }
    data = {"version": 1, "vocabulary": vocabulary or {}, "rules": [rule]}
    return glossary.Linter(glossary.load_rules(write(tmp_path, data)))


@pytest.mark.parametrize(
    ("pattern", "vocabulary", "flagged", "quiet"),
    [
        # a plain space matches a space or a hyphen
        ("token costs", {}, ["token costs", "token-costs"], ["tokencosts", "token_costs"]),
        # an escaped space is a space only
        ("token\\ costs", {}, ["token costs"], ["token-costs"]),
        # a space inside a character class is that class's own space
        ("token[ ]costs", {}, ["token costs"], ["token-costs"]),
        # "]" first in a class belongs to it and does not close it: the space after it is still in the class
        ("token[] ]costs", {}, ["token costs", "token]costs"], ["token-costs"]),
        # an escaped "[" opens no class: the space after "\\]" matches a hyphen too
        ("\\[token\\] costs", {}, ["[token] costs", "[token]-costs"], ["token costs"]),
        # a negated class keeps its space literally
        ("token[^ ]costs", {}, ["token-costs", "token+costs"], ["token costs"]),
        # vocabulary entries expand inside each other, and their spaces match hyphens too
        ("{cost_word}", {"cost_word": "{tok} (?:costs|fees)", "tok": "token"}, ["token-fees", "token costs"],
         ["token prices"]),
    ],
)
def test_the_pattern_language_of_the_rules_file(
    tmp_path: Path, pattern: str, vocabulary: dict[str, str], flagged: list[str], quiet: list[str]
) -> None:
    linter = one_rule(tmp_path, pattern, vocabulary)
    for text in flagged:
        assert [f.matched for f in linter.lint(text)] == [text], text
    for text in quiet:
        assert linter.lint(text) == [], text


@pytest.mark.parametrize(
    ("vocabulary", "words"),
    [
        ({"a": "{b}", "b": "{a}"}, "vocabulary entry {a} refers to itself"),
        ({"a": "token {a}"}, "vocabulary entry {a} refers to itself"),
        ({"a": "{nosuch}"}, "unknown vocabulary entry {nosuch}"),
    ],
)
def test_a_vocabulary_loop_or_unknown_entry_names_the_rule_and_field(
    tmp_path: Path, vocabulary: dict[str, str], words: str
) -> None:
    with pytest.raises(glossary.RulesFileError) as caught:
        one_rule(tmp_path, "{a} costs", vocabulary)
    assert (caught.value.rule, caught.value.field) == ("test-rule", "patterns[0]")
    assert words in str(caught.value)
