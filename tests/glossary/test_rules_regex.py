"""How a rules-file pattern becomes a regex: spaces, escapes, character classes, nested vocabulary.

Each case loads a one-rule file written here and lints texts with it, so what is checked is what an
enablement lead editing rules.yaml would see.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import glossary


def linter(tmp_path: Path, patterns: list[str], vocabulary: dict[str, object] | None = None,
           **lists: list[str]) -> glossary.Linter:
    rule = {"id": "test-rule", "dont_say": "x", "do_say": "y", "why": "z",
            "triggers": ["token", "tokens", "ptu", "ptus", "provisioned", "draft", "cache"], "patterns": patterns,
            "examples": {"flag": ["x"], "quiet": ["y"]}, **lists}
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump({"version": 1, "vocabulary": vocabulary or {}, "rules": [rule]}), encoding="utf-8")
    return glossary.Linter(glossary.load_rules(path))


def matched(lint: glossary.Linter, text: str) -> list[str]:
    return [f.matched for f in lint.lint(text)]


@pytest.mark.parametrize(
    ("pattern", "flagged", "quiet"),
    [
        # a plain space stands for a space or a hyphen
        ("token costs", ["token costs", "token-costs"], ["tokencosts", "token_costs", "token–costs"]),
        # an escaped space is a space only
        ("token\\ costs", ["token costs"], ["token-costs"]),
        # inside a character class a space stays itself
        ("token[ _]costs", ["token costs", "token_costs"], ["token-costs"]),
        # "]" right after "[" is a member, not the end of the class
        ("token[] ]costs", ["token]costs", "token costs"], ["token-costs"]),
        # so is an escaped "]"
        ("token[\\] ]costs", ["token]costs", "token costs"], ["token-costs"]),
        # an escaped "[" opens no class, so the space after it is a space or a hyphen again
        ("\\[draft\\] token", ["[draft] token", "[draft]-token"], ["draft token"]),
        # a class that is closed gives the spaces after it back their meaning
        ("token[s_] costs", ["tokens costs", "tokens-costs"], ["tokenscosts", "tokens/costs"]),
    ],
)
def test_pattern_spaces_escapes_and_classes(tmp_path: Path, pattern: str, flagged: list[str], quiet: list[str]) -> None:
    lint = linter(tmp_path, [pattern])
    for text in flagged:
        assert matched(lint, f"Look: {text} here.") == [text], (pattern, text)
    for text in quiet:
        assert matched(lint, f"Look: {text} here.") == [], (pattern, text)


def test_vocabulary_nests_and_its_spaces_also_take_hyphens(tmp_path: Path) -> None:
    vocabulary = {"ptu": ["provisioned(?: throughput)?", "PTUs?"], "cheap": "(?:cheaper|less expensive)",
                  "claim": "{ptu} (?:is|are) {cheap}"}
    lint = linter(tmp_path, ["{claim}"], vocabulary)
    assert matched(lint, "PTUs are less-expensive.") == ["PTUs are less-expensive"]
    assert matched(lint, "Provisioned-throughput is cheaper.") == ["Provisioned-throughput is cheaper"]
    assert matched(lint, "Reserved is cheaper. PTU was cheaper.") == []


@pytest.mark.parametrize(
    ("vocabulary", "message"),
    [
        ({"a": "x {b}"}, "unknown vocabulary entry {b}"),
        ({"a": "x {a}"}, "vocabulary entry {a} refers to itself"),
        ({"a": "x {b}", "b": "y {a}"}, "vocabulary entry {a} refers to itself"),
    ],
)
def test_vocabulary_mistakes_name_the_entry_and_the_field(
    tmp_path: Path, vocabulary: dict[str, object], message: str
) -> None:
    with pytest.raises(glossary.RulesFileError) as caught:
        linter(tmp_path, ["token {a}"], vocabulary)
    assert message in str(caught.value)
    assert (caught.value.rule, caught.value.field) == ("test-rule", "patterns[0]")


def test_a_vocabulary_entry_used_twice_is_not_a_loop(tmp_path: Path) -> None:
    lint = linter(tmp_path, ["{w} {w}"], {"w": "token"})
    assert matched(lint, "a token token b") == ["token token"]


def test_the_first_match_excused_by_what_comes_before_and_the_second_flagged(tmp_path: Path) -> None:
    lint = linter(tmp_path, ["token costs"], fine_before=["input $"])
    flags = lint.lint("Input token costs rose and token costs overall fell.")
    assert [(f.start, f.matched) for f in flags] == [(27, "token costs")]


def test_the_first_match_excused_by_what_comes_after_and_the_second_flagged(tmp_path: Path) -> None:
    lint = linter(tmp_path, ["cache hit rate"], fine_after=["^, which depends"])
    flags = lint.lint("The cache hit rate, which depends on traffic, beats the cache hit rate we quoted.")
    assert [(f.start, f.matched) for f in flags] == [(56, "cache hit rate")]


def test_a_condition_anywhere_in_the_sentence_excuses_every_match_in_it(tmp_path: Path) -> None:
    lint = linter(tmp_path, ["token costs"], fine_when=["\\bper call\\b"])
    assert lint.lint("Token costs and token costs per call.") == []
    assert [f.start for f in lint.lint("Token costs. Token costs per call.")] == [0]


def _one_character_at_a_time(pattern: str) -> str:
    """The rule for spaces as first written, a character at a time: the reference the quicker reading must equal."""
    out: list[str] = []
    in_class = escaped = False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]" or out[-1] == "["
        elif ch == "[":
            in_class = True
        elif ch == " ":
            out.append("[ \\-]")
            continue
        out.append(ch)
    return "".join(out)


@given(st.text(alphabet="ab \\[]^-\n.", max_size=40))
@settings(max_examples=2000, deadline=None)
def test_spaces_become_space_or_hyphen_exactly_where_they_did(pattern: str) -> None:
    from glossary.rules import _to_regex

    assert _to_regex(pattern, {}) == _one_character_at_a_time(pattern)


def test_every_bundled_pattern_reads_as_it_did() -> None:
    from glossary.rules import DEFAULT_RULES_PATH, _expand, _to_regex

    raw = yaml.safe_load(DEFAULT_RULES_PATH.read_text(encoding="utf-8"))
    vocabulary = {name: str(value) for name, value in (raw.get("vocabulary") or {}).items()}
    patterns = [p for rule in raw["rules"] for field in ("patterns", "fine_when", "fine_in_clause", "fine_before",
                                                         "fine_after") for p in rule.get(field) or []]
    assert len(patterns) > 50
    for pattern in patterns:
        assert _to_regex(pattern, vocabulary) == _one_character_at_a_time(_expand(pattern, vocabulary)), pattern
