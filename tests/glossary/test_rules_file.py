"""A mistake in the rules file is reported with the rule id and the field, never as a traceback."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

import glossary
from glossary.rules import DEFAULT_RULES_PATH, FILE_LISTS

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
        (3, "fine_before", ["(GCP"], "paying-extra-for-azure", "fine_before[0]", "regular expression"),
        (5, "fine_after", ["{nosuch}"], "token-costs", "fine_after[0]", "unknown vocabulary"),
        (6, "fine_before", ["{loop}"], "committed-use", "fine_before[0]", "{loop} refers to itself"),
        (0, "examples", {"flag": [], "quiet": ["y"]}, "ai-usage-fees", "examples.flag", "at least 1 item"),
        # the part at fault is named when the first is fine
        (4, "patterns", ["caching saves", "(?:x)?"], "caching-saves-money", "patterns[1]", "matches empty text"),
        (4, "patterns", ["caching saves", "caching (x"], "caching-saves-money", "patterns[1]",
         "invalid regular expression 'caching (x'"),
    ],
)
def test_mistakes_name_the_rule_and_the_field(
    tmp_path: Path, index: int, field: str, value: object, rule: str, named_field: str, words: str
) -> None:
    path = broken(tmp_path, index, field, value)
    if "{loop}" in words:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        data["vocabulary"]["loop"] = "x{loop}"
        write(tmp_path, data)
    with pytest.raises(glossary.RulesFileError) as caught:
        glossary.load_rules(path)
    err = caught.value
    assert err.path == str(path) and str(err).startswith(f"rules file {path}: ")
    assert (err.rule, err.field) == (rule, named_field)
    assert f"rule '{rule}'" in str(err) and f"field '{named_field}'" in str(err) and words in str(err)


def test_duplicate_ids_are_refused(tmp_path: Path) -> None:
    data = yaml.safe_load(DEFAULT_RULES_PATH.read_text(encoding="utf-8"))
    data["rules"][1]["id"] = data["rules"][0]["id"]
    path = write(tmp_path, data)
    with pytest.raises(glossary.RulesFileError) as caught:
        glossary.load_rules(path)
    assert str(caught.value) == (
        f"rules file {path}: rule 'ai-usage-fees', field 'id': the same id is used by more than one rule")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        # a rule that is not a mapping, or has no id, is named by its place in the list
        (lambda d: d["rules"].insert(1, "oops"), "rule '#2 (no id)': Input should be a valid dictionary or "
         "instance of Rule (got 'oops')"),
        (lambda d: d["rules"][0].pop("id"), "rule '#1 (no id)', field 'id': Field required"),
        # an extra key shows the value it was given; a missing one has none to show
        (lambda d: d["rules"][1].update(colour="red"),
         "rule 'charges-per-request', field 'colour': Extra inputs are not permitted (got 'red')"),
        # a mistake outside the rules names no rule
        (lambda d: d.update(version=2), "field 'version': Input should be less than or equal to 1 (got 2)"),
    ],
)
def test_a_mistake_is_one_sentence_naming_what_is_known(
    tmp_path: Path, change: Callable[[dict[str, Any]], object], message: str
) -> None:
    data = yaml.safe_load(DEFAULT_RULES_PATH.read_text(encoding="utf-8"))
    change(data)
    path = write(tmp_path, data)
    with pytest.raises(glossary.RulesFileError) as caught:
        glossary.load_rules(path)
    assert str(caught.value) == f"rules file {path}: {message}"


def test_load_rules_reads_the_bundled_file_or_the_one_pricebot_rules_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PRICEBOT_RULES", raising=False)
    assert glossary.load_rules().path == DEFAULT_RULES_PATH
    data = yaml.safe_load(DEFAULT_RULES_PATH.read_text(encoding="utf-8"))
    data["rules"] = data["rules"][:2]
    monkeypatch.setenv("PRICEBOT_RULES", str(write(tmp_path, data)))
    assert [r.id for r in glossary.load_rules().rules] == ["ai-usage-fees", "charges-per-request"]


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


@pytest.mark.parametrize("word", ["PTUs", "cach", "pre-paid", 7])
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
        # a space further inside a class is still the class's own
        ("token[_ ]costs", {}, ["token costs", "token_costs"], ["token-costs"]),
        ("token[_. ]costs", {}, ["token costs", "token_costs", "token.costs"], ["token-costs"]),
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


@pytest.mark.parametrize(
    ("word", "refused"),
    [("cache", False), ("throughput", False), ("cachée", True), ("Caches", True), ("cach", True)],
)
def test_a_spelling_word_is_five_or_more_plain_lower_case_letters(tmp_path: Path, word: str, refused: bool) -> None:
    data = yaml.safe_load(DEFAULT_RULES_PATH.read_text(encoding="utf-8"))
    data["spelling"] = [word]
    path = write(tmp_path, data)
    if not refused:
        assert glossary.load_rules(path).spelling == (word,)
        return
    with pytest.raises(glossary.RulesFileError) as caught:
        glossary.load_rules(path)
    assert caught.value.problem.startswith(
        f"Value error, spelling word {word!r} must be one lower-case word of 5 or more letters")


@pytest.mark.parametrize(("trigger", "refused"), [("gpt4", False), ("usage-fees", True), ("GPT4", True)])
def test_a_trigger_is_one_lower_case_word_of_letters_or_digits(tmp_path: Path, trigger: str, refused: bool) -> None:
    data = yaml.safe_load(DEFAULT_RULES_PATH.read_text(encoding="utf-8"))
    data["rules"][0]["triggers"] = [trigger, "fees"]
    path = write(tmp_path, data)
    if not refused:
        assert glossary.load_rules(path).rules[0].triggers == (trigger, "fees")
        return
    with pytest.raises(glossary.RulesFileError) as caught:
        glossary.load_rules(path)
    assert (caught.value.rule, caught.value.field) == ("ai-usage-fees", "triggers")
    assert f"trigger {trigger!r} must be one lower-case word of letters or digits" in caught.value.problem


@pytest.mark.parametrize(
    ("vocabulary", "field"),
    [
        (["not", "a", "mapping"], "vocabulary"),
        ({"words": []}, "vocabulary.words"),  # an empty list is no alternative at all
        ({"words": ["ok", 3]}, "vocabulary.words"),  # alternatives are patterns (text)
    ],
)
def test_a_vocabulary_that_is_not_names_to_patterns_is_refused(tmp_path: Path, vocabulary: object, field: str) -> None:
    data = yaml.safe_load(DEFAULT_RULES_PATH.read_text(encoding="utf-8"))
    data["vocabulary"] = vocabulary
    with pytest.raises(glossary.RulesFileError) as caught:
        glossary.load_rules(write(tmp_path, data))
    assert (caught.value.rule, caught.value.field) == (None, field)


def test_only_patterns_must_not_match_empty_text(tmp_path: Path) -> None:
    data = yaml.safe_load(DEFAULT_RULES_PATH.read_text(encoding="utf-8"))
    data["rules"][4]["fine_when"] = ["(?:x)?"]  # a condition that matches anywhere: the rule never flags
    linter = glossary.Linter(glossary.load_rules(write(tmp_path, data)))
    assert linter.lint("Caching saves money.") == []


@pytest.mark.parametrize(
    "field",
    ["negations", "reported_questions", "answers", "own_drafts", "own_quotes", "clause_breaks", "endorsements",
     "unmarked_questions", "negative_questions", "said_to_avoid", "own_quotes_after", "reassertions", "outside_scope",
     "inside_scope", "scope_breaks", "reported_beliefs", "belief_rejections", "heading_conditions"],
)
def test_a_bad_pattern_in_a_list_outside_the_rules_names_the_list(tmp_path: Path, field: str) -> None:
    data = yaml.safe_load(DEFAULT_RULES_PATH.read_text(encoding="utf-8"))
    data[field] = ["fine", "(unclosed"]
    path = write(tmp_path, data)
    with pytest.raises(glossary.RulesFileError) as caught:
        glossary.load_rules(path)
    assert (caught.value.rule, caught.value.field) == (None, f"{field}[1]")
    assert str(caught.value).startswith(
        f"rules file {path}: field '{field}[1]': invalid regular expression '(unclosed': ")


def test_a_file_that_cannot_be_read_or_parsed_says_why(tmp_path: Path) -> None:
    def problem(path: Path) -> str:
        with pytest.raises(glossary.RulesFileError) as caught:
            glossary.load_rules(path)
        assert caught.value.path == str(path)
        return str(caught.value)

    assert problem(tmp_path / "nope.yaml") == f"rules file {tmp_path / 'nope.yaml'}: file not found"
    not_a_dir = tmp_path / "plain.txt"
    not_a_dir.write_text("x", encoding="utf-8")
    inside = not_a_dir / "rules.yaml"
    assert problem(inside) == f"rules file {inside}: cannot be read (Not a directory)"
    assert problem(tmp_path) == (
        f"rules file {tmp_path}: is not a regular file (a device, pipe or directory cannot hold rules)")
    bad = tmp_path / "bad.yaml"
    bad.write_text("rules: [\n  - id: x\n", encoding="utf-8")
    assert problem(bad) == (
        f"rules file {bad}: is not valid YAML at line 2, column 3: did not find expected node content")


# (an empty endorsement, unmarked question, negative-question opener, said-to-avoid, own quote after or reassertion
# would make every quote endorsed, every sentence a question, every negation in a question void, every phrase avoided,
# every quotation the author's, every denial taken back; an empty subject outside the guide's scope would excuse every
# claim, an empty inside one none, an empty scope break would end every reach; an empty reported belief would make every
# claim someone's belief, an empty rejection reject every belief, an empty heading condition read in every heading)
@pytest.mark.parametrize(
    "field", ["asserting_negations.patterns", "clause_breaks", "endorsements", "unmarked_questions",
              "negative_questions", "said_to_avoid", "own_quotes_after", "reassertions", "outside_scope",
              "inside_scope", "scope_breaks", "reported_beliefs", "belief_rejections", "heading_conditions"]
)
def test_words_read_as_absent_or_a_clause_break_must_not_match_empty_text(tmp_path: Path, field: str) -> None:
    data = yaml.safe_load(DEFAULT_RULES_PATH.read_text(encoding="utf-8"))
    *parents, key = field.split(".")
    parent = data
    for name in parents:
        parent = parent[name]
    parent[key] = ["\\bnot only ", "(?:just )?"]  # empty: every position cut out, or a clause break
    with pytest.raises(glossary.RulesFileError) as caught:
        glossary.load_rules(write(tmp_path, data))
    assert (caught.value.rule, caught.value.field) == (None, f"{field}[1]")
    assert "matches empty text" in caught.value.problem


@pytest.mark.parametrize(
    ("value", "field", "words"),
    [
        ({"triggers": ["just"], "patterns": ["fine", "(unclosed"]}, "asserting_negations.patterns[1]",
         "invalid regular expression '(unclosed'"),
        ({"triggers": ["Just"], "patterns": ["\\bnot just "]}, "asserting_negations.triggers",
         "trigger 'Just' must be one lower-case word"),
        ({"patterns": ["\\bnot just "]}, "asserting_negations.triggers", "Field required"),
    ],
)
def test_a_mistake_in_the_asserting_negations_names_the_field(
    tmp_path: Path, value: dict[str, Any], field: str, words: str
) -> None:
    data = yaml.safe_load(DEFAULT_RULES_PATH.read_text(encoding="utf-8"))
    data["asserting_negations"] = value
    with pytest.raises(glossary.RulesFileError) as caught:
        glossary.load_rules(write(tmp_path, data))
    assert (caught.value.rule, caught.value.field) == (None, field)
    assert words in caught.value.problem


def test_a_qualifier_that_is_not_words_of_do_say_is_refused(tmp_path: Path) -> None:
    path = broken(tmp_path, 4, "qualifier", "as long as the hit rate stays high")
    with pytest.raises(glossary.RulesFileError) as caught:
        glossary.load_rules(path)
    assert (caught.value.rule, caught.value.field) == ("caching-saves-money", "qualifier")
    assert "qualifier 'as long as the hit rate stays high' must be words of do_say" in caught.value.problem


def test_a_bad_pattern_in_fine_in_clause_names_the_rule_and_field(tmp_path: Path) -> None:
    with pytest.raises(glossary.RulesFileError) as caught:
        glossary.load_rules(broken(tmp_path, 7, "fine_in_clause", ["last (year"]))
    assert (caught.value.rule, caught.value.field) == ("unconditional-savings", "fine_in_clause[0]")


@pytest.mark.parametrize("field", [*FILE_LISTS, "asserting_negations.patterns"])
def test_an_unknown_vocabulary_entry_outside_the_rules_names_the_file_and_the_list(tmp_path: Path, field: str) -> None:
    data = yaml.safe_load(DEFAULT_RULES_PATH.read_text(encoding="utf-8"))
    *parents, key = field.split(".")
    parent = data
    for name in parents:
        parent = parent[name]
    parent[key] = ["\\bfine\\b", "\\b{nosuch} just "]
    path = write(tmp_path, data)
    with pytest.raises(glossary.RulesFileError) as caught:
        glossary.load_rules(path)
    assert str(caught.value) == f"rules file {path}: field '{field}[1]': unknown vocabulary entry {{nosuch}}"


def test_the_asserting_negations_read_the_vocabulary(tmp_path: Path) -> None:
    data = yaml.safe_load(DEFAULT_RULES_PATH.read_text(encoding="utf-8"))
    data["vocabulary"]["only_word"] = "(?:just|only|merely|simply)"
    data["asserting_negations"]["patterns"] = ["(?:won't|can't|ain't|\\bnot) {only_word} |n't {only_word}\\b"]
    linter = glossary.Linter(glossary.load_rules(write(tmp_path, data)))
    # "doesn't just save money" says "does save money": the claim is flagged as with the bundled file
    text = "Caching doesn't just save money for Contoso."
    assert [f.rule for f in linter.lint(text)] == [f.rule for f in glossary.lint(text)] == ["caching-saves-money"]


@pytest.mark.parametrize(
    ("field", "patterns"),
    [
        ("patterns", ["caching (?P<verb>saves) money", "caching (?P<verb>cuts) costs"]),
        ("fine_when", ["(?P<cond>if) the hit rate", "(?P<cond>when) prompts repeat"]),
    ],
)
def test_patterns_that_compile_alone_but_not_as_one_list_are_refused_by_name(
    tmp_path: Path, field: str, patterns: list[str]
) -> None:
    # the same group name in two patterns: each compiles, their alternation cannot
    path = broken(tmp_path, 4, field, patterns)
    with pytest.raises(glossary.RulesFileError) as caught:
        glossary.load_rules(path)
    assert (caught.value.rule, caught.value.field) == ("caching-saves-money", field)
    assert str(caught.value).startswith(
        f"rules file {path}: rule 'caching-saves-money', field '{field}': its patterns compile one by one but not as "
        "one list: redefinition of group name")


def test_a_character_yaml_does_not_allow_is_named_though_it_has_no_line(tmp_path: Path) -> None:
    # the YAML reader refuses a control character before parsing: its error has no line or column to show
    bad = tmp_path / "bell.yaml"
    bad.write_bytes(b'version: 1\nrules: []\nnote: "bell \x07 here"\n')
    with pytest.raises(glossary.RulesFileError) as caught:
        glossary.load_rules(bad)
    assert str(caught.value).startswith(
        f"rules file {bad}: is not valid YAML: unacceptable character #x0007: control characters are not allowed")


def test_a_denied_claim_that_matches_empty_text_is_refused_by_rule_and_field(tmp_path: Path) -> None:
    with pytest.raises(glossary.RulesFileError) as caught:
        glossary.load_rules(broken(tmp_path, 2, "denied", ["\\bPTUs aren't cheaper", "(?:x)?"]))
    assert (caught.value.rule, caught.value.field) == ("provisioned-is-cheaper", "denied[1]")
    assert "matches empty text" in caught.value.problem
