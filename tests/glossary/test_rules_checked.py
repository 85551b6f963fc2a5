"""A rules file is checked in full the first time its rules are loaded; a rule set that passed is remembered, so
later loads compile a rule's regexes only when a message needs them. Remembering never changes what is flagged,
and never lets an edited or broken file through."""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

import glossary
from glossary.checked import CACHE_ENV
from glossary.rules import DEFAULT_RULES_PATH, FILE_LISTS
from tests.conftest import REPO

BUNDLED: dict[str, Any] = yaml.safe_load(DEFAULT_RULES_PATH.read_text(encoding="utf-8"))


def write(path: Path, data: object) -> Path:
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def examples() -> list[str]:
    return [text for rule in BUNDLED["rules"] for kind in ("flag", "quiet") for text in rule["examples"][kind]]


def flags_of(rule_set: glossary.RuleSet) -> list[list[tuple[str, int, int]]]:
    linter = glossary.Linter(rule_set)
    return [[(f.rule, f.start, f.end) for f in linter.lint(text)] for text in examples()]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(directory))
    return directory


@pytest.fixture
def compiles(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every regex source the rules hand to be compiled from now on (re.compile, or the kept compiled patterns of
    glossary.regex_cache; the real function still does the work)."""
    seen: list[str] = []

    def counting(real: Callable[..., re.Pattern[str]]) -> Callable[..., re.Pattern[str]]:
        def compile_counted(pattern: str, flags: int = 0) -> re.Pattern[str]:
            seen.append(pattern)
            return real(pattern, flags)
        return compile_counted

    monkeypatch.setattr(re, "compile", counting(re.compile))
    rules_module = importlib.import_module("glossary.rules")  # (glossary.rules is the function of that name)
    monkeypatch.setattr(rules_module, "compile_regex", counting(rules_module.compile_regex))
    return seen


def test_a_remembered_rule_set_flags_exactly_what_a_checked_one_does(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path / "rules.yaml", BUNDLED)
    first = flags_of(glossary.load_rules(path))  # checked in full, then remembered
    again = flags_of(glossary.load_rules(path))  # remembered: compiled as the matcher needs
    monkeypatch.setenv(CACHE_ENV, "")
    unremembered = flags_of(glossary.load_rules(path))
    assert first == again == unremembered
    assert any(first) and not all(first)  # the examples do flag, and some stay quiet


def test_a_remembered_rule_set_compiles_only_the_rules_a_message_wakes(
    tmp_path: Path, cache: Path, compiles: list[str]
) -> None:
    path = write(tmp_path / "rules.yaml", BUNDLED)
    glossary.load_rules(path)
    compiles.clear()
    rule_set = glossary.load_rules(path)
    # the file-wide lists only (negations, reported questions, answers, own drafts, clause breaks, asserting negations)
    assert len(compiles) <= len(FILE_LISTS) + 1
    by_id = {c.rule.id: c for c in rule_set.compiled}
    glossary.Linter(rule_set).lint("Tell them the token costs are $5 per million input.")
    assert by_id["token-costs"].sources[0] in compiles
    for idle in ("caching-saves-money", "provisioned-is-cheaper", "unconditional-savings"):
        assert by_id[idle].sources[0] not in compiles, idle


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [("patterns", ["provisioned (is cheaper"], "invalid regular expression"),
     ("patterns", ["(?:x)?"], "matches empty text"),
     ("fine_when", ["(unclosed"], "invalid regular expression"),
     ("fine_in_clause", ["last (quarter"], "invalid regular expression")],
)
def test_an_edited_file_is_checked_again(tmp_path: Path, cache: Path, field: str, value: list[str], words: str) -> None:
    path = write(tmp_path / "rules.yaml", BUNDLED)
    glossary.load_rules(path)  # passed and remembered
    edited = yaml.safe_load(DEFAULT_RULES_PATH.read_text(encoding="utf-8"))
    edited["rules"][2][field] = value
    write(path, edited)
    for _ in range(2):  # a rule set that fails is never remembered as passing
        with pytest.raises(glossary.RulesFileError) as caught:
            glossary.load_rules(path)
        assert caught.value.field == f"{field}[0]" and words in str(caught.value)


@pytest.mark.parametrize("setting", ["", "file"])
def test_no_usable_cache_means_checking_every_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, compiles: list[str], setting: str
) -> None:
    if setting == "file":
        blocker = tmp_path / "blocker"
        blocker.write_text("a file where the cache directory would go")
        setting = str(blocker)
    monkeypatch.setenv(CACHE_ENV, setting)
    path = write(tmp_path / "rules.yaml", BUNDLED)
    for _ in range(2):
        compiles.clear()
        rule_set = glossary.load_rules(path)
        assert rule_set.compiled[0].sources[0] in compiles  # every rule checked again


def test_pricebot_ask_refuses_a_rules_file_broken_after_a_good_run(tmp_path: Path) -> None:
    rules = write(tmp_path / "rules.yaml", BUNDLED)
    env = {"PATH": "/usr/bin:/bin", "PRICEBOT_DB": str(tmp_path / "p.db"), "PRICEBOT_RULES": str(rules),
           CACHE_ENV: str(tmp_path / "cache")}

    def ask() -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "bot", "ask", "40% discount at 80% utilization"], cwd=REPO,
                              env=env, capture_output=True, text=True, timeout=120)

    assert ask().returncode == 0
    broken = yaml.safe_load(DEFAULT_RULES_PATH.read_text(encoding="utf-8"))
    broken["rules"][4]["patterns"].append("caching (saves")
    write(rules, broken)
    done = ask()
    assert done.returncode == 2 and done.stdout == ""
    assert str(rules) in done.stderr and "caching-saves-money" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the cache directory is worked out here on Linux only")
@pytest.mark.parametrize("xdg", [None, "", "/tmp/xdg-cache/", "relative/cache"])
@pytest.mark.parametrize("home", ["/home/rep", "/home/rep/", "/"])
def test_the_cache_directory_is_where_platformdirs_puts_it(monkeypatch: pytest.MonkeyPatch, xdg: str | None,
                                                           home: str) -> None:
    from platformdirs import user_cache_path

    from glossary.checked import cache_directory

    monkeypatch.delenv("PRICEBOT_CACHE", raising=False)
    monkeypatch.setenv("HOME", home)
    if xdg is None:
        monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_CACHE_HOME", xdg)
    assert cache_directory() == user_cache_path("pricebot", appauthor=False)


def test_a_remembered_rule_set_expands_only_the_rules_a_message_wakes(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Expanding the vocabulary into every rule's patterns is left to the first use of each rule once the rule set
    is remembered; what each rule expands to is the same either way."""
    rules_module = importlib.import_module("glossary.rules")
    path = write(tmp_path / "rules.yaml", BUNDLED)
    checked_in_full = glossary.load_rules(path)
    assert all(compiled.expanded is not None for compiled in checked_in_full.compiled)
    expanded: list[str] = []
    real = rules_module._to_regex

    def counting(pattern: str, vocabulary: Any) -> str:
        expanded.append(pattern)
        return real(pattern, vocabulary)

    monkeypatch.setattr(rules_module, "_to_regex", counting)
    remembered = glossary.load_rules(path)
    assert expanded == []  # nothing at load: the file-wide lists are remembered joined (test below)
    expanded.clear()
    by_id = {c.rule.id: c for c in remembered.compiled}
    glossary.Linter(remembered).lint("Tell them the token costs are $5 per million input.")
    assert set(by_id["token-costs"].rule.patterns) <= set(expanded)
    assert not set(by_id["caching-saves-money"].rule.patterns) & set(expanded)
    assert [c.regexes for c in remembered.compiled] == [c.regexes for c in checked_in_full.compiled]


@pytest.mark.parametrize("code", ["another version of the module", None])
def test_rules_are_checked_again_when_the_code_that_expands_them_changes(
    tmp_path: Path, cache: Path, compiles: list[str], monkeypatch: pytest.MonkeyPatch, code: str | None
) -> None:
    rules_module = importlib.import_module("glossary.rules")
    path = write(tmp_path / "rules.yaml", BUNDLED)
    glossary.load_rules(path)  # checked and remembered with this code
    monkeypatch.setattr(rules_module, "_module_code", lambda: code)  # edited (or unreadable: never remembered)
    checked_in_full = []
    for _ in range(2):
        compiles.clear()
        rule_set = glossary.load_rules(path)
        checked_in_full.append(rule_set.compiled[0].sources[0] in compiles)
    assert checked_in_full == ([True, False] if code is not None else [True, True])


def test_a_rule_set_is_remembered_by_what_it_says_not_by_where_its_text_starts_and_ends(tmp_path: Path,
                                                                                       cache: Path) -> None:
    """Two lists whose patterns run together the same ("a", "bc" and "ab", "c") are two rule sets."""
    rules_module = importlib.import_module("glossary.rules")
    one = rules_module._digest({}, [("r", "patterns", ("a", "bc"))])
    other = rules_module._digest({}, [("r", "patterns", ("ab", "c"))])
    assert one is not None and other is not None and one != other
    assert rules_module._digest({"x": "y"}, []) != rules_module._digest({"xy": ""}, [])


def _file_regexes(rule_set: glossary.RuleSet) -> dict[str, str | None]:
    names = {"negations": "negation", "reported_questions": "reported_question",
             "reported_question_leads": "reported_question_lead",
             "unmarked_questions": "unmarked_question", "term_denials": "term_denial", "answers": "answer",
             "own_drafts": "own_draft", "own_quotes": "own_quote", "clause_breaks": "clause_break",
             "endorsements": "endorsement", "negative_questions": "negative_question", "said_to_avoid": "said_to_avoid",
             "own_quotes_after": "own_quote_after", "reassertions": "reassertion", "outside_scope": "outside_scope",
             "inside_scope": "inside_scope", "scope_breaks": "scope_break", "reported_beliefs": "reported_belief",
             "belief_rejections": "belief_rejection", "heading_conditions": "heading_condition"}
    assert set(names) == set(FILE_LISTS)
    found = {name: getattr(rule_set, attribute) for name, attribute in names.items()}
    found["asserting_negations.patterns"] = rule_set.asserting_negation
    return {name: pattern.pattern if pattern is not None else None for name, pattern in found.items()}


@pytest.mark.parametrize("record", ["kept", "empty", "damaged", "foreign"])
def test_the_files_lists_are_the_alternations_remembered_with_the_rule_set(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch, record: str
) -> None:
    """A rule set that passed is remembered with its file-level lists joined into one regex each, so a later load
    need not expand and join them again; a record holding none (an older, empty one), a damaged one or one of
    another shape is worked out again, and the regexes are the same every way."""
    checked = importlib.import_module("glossary.checked")
    path = write(tmp_path / "rules.yaml", BUNDLED)
    first = _file_regexes(glossary.load_rules(path))  # checked in full: remembered with its alternations
    records = list((cache / "checked-rules").iterdir())
    assert len(records) == 1 and checked.recall(records[0].name) == first
    if record != "kept":
        records[0].write_bytes({"empty": b"", "damaged": b"\xff\x00garbage", "foreign": b"N"}[record])
    rules_module = importlib.import_module("glossary.rules")
    worked_out: list[tuple[str, ...]] = []
    real = rules_module._alternation
    monkeypatch.setattr(rules_module, "_alternation", lambda regexes: worked_out.append(regexes) or real(regexes))
    again = _file_regexes(glossary.load_rules(path))
    assert again == first
    assert (worked_out == []) == (record == "kept")
    assert checked.recall(records[0].name) == first  # an unusable record is written again, whole
    monkeypatch.setenv(CACHE_ENV, "")
    assert _file_regexes(glossary.load_rules(path)) == first  # nothing remembered: the same regexes
