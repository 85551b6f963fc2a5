"""Messages built to cost the parser as much as possible still get an ordinary answer.

Slack keeps up to 40,000 characters of a message; the hostile shapes (long digit runs, digits between
separators, repeated units and labels, nested markup) live in tests/support/hostile.py. These tests check what a
user sees: the parser returns an ask read from the first MAX_CHARS characters and says it was cut, the linter
returns flags that point into the text, and no pattern can backtrack. How long that takes is measured in
bench/bench_parse_adversarial.py (target < 200 ms), not asserted here.
"""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import example, given

import glossary
from bot.parse import MAX_CHARS, parse, variants
from bot.parse.models import Intent
from bot.parse.numbers import MAX_DIGITS
from tests.support.hostile import SLACK_MAX, hostile_messages


@given(hostile_messages)
def test_a_hostile_message_is_read_only_up_to_the_limit(text: str) -> None:
    ask = parse(text)
    assert ask.text == text[:MAX_CHARS]
    assert ask.truncated is (len(text) > MAX_CHARS)


# A figure then one long run of digits and separators: a pattern that could start a money figure, a prompt length
# or a call volume inside the run read it again from every digit (quadratic: 10,000 characters took 17 s).
@example("40% discount, " + ",000".join(["1"] * 2_500))
@example("40% discount, " + ",".join(["1"] * 5_000) + " calls a day")
@given(hostile_messages)
def test_a_hostile_message_is_linted_to_flags_inside_the_text(text: str) -> None:
    for flag in glossary.lint(text):
        assert 0 <= flag.start < flag.end <= len(text)
        assert text[flag.start:flag.end] == flag.matched


def test_forty_thousand_digits_are_cut_and_not_read_as_a_question() -> None:
    ask = parse("4" * SLACK_MAX)
    assert ask.truncated and len(ask.text) == MAX_CHARS
    assert ask.intent is Intent.HELP and not ask.understood


def test_a_number_longer_than_the_limit_is_asked_about_not_dropped() -> None:
    ask = parse(f"40% discount, {'9' * (MAX_DIGITS + 1)} calls a day at 80% utilization")
    assert [a.field for a in ask.ambiguities] == ["number"]
    assert f"{MAX_DIGITS + 1} digits" in ask.ambiguities[0].question


def _patterns() -> dict[str, re.Pattern[str]]:
    """Every compiled pattern of the parser and the linter, the rules file's included."""
    import bot.parse.extract
    import bot.parse.forms
    import bot.parse.intent
    import bot.parse.numbers
    import glossary.matcher
    import glossary.prose
    from bot.parse.prescreen import ScreenedPattern

    found: dict[str, re.Pattern[str]] = {}
    for module in (bot.parse.extract, bot.parse.forms, bot.parse.intent, bot.parse.numbers, glossary.matcher,
                   glossary.prose):
        for name, value in vars(module).items():
            values = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(
                value, list | tuple) else [("", value)]
            for key, item in values:
                if isinstance(item, ScreenedPattern):  # the parser's patterns, behind the test of what they need
                    item = item.compiled
                if isinstance(item, re.Pattern):
                    found[f"{module.__name__}.{name}{f'[{key}]' if key != '' else ''}"] = item
    rule_set = glossary.rule_set()
    for compiled in rule_set.compiled:
        for part in ("pattern", "fine_when", "fine_before", "fine_after"):
            if (item := getattr(compiled, part)) is not None:
                found[f"rules {compiled.rule.id}.{part}"] = item
    return found


def _repeats(items: object, *, nested_only: bool) -> bool:
    """With `nested_only`: whether an unbounded repeat (``*``, ``+``, ``{n,}``) contains another one, the shape
    that can backtrack exponentially or quadratically. Without: whether there is any unbounded repeat."""
    from re import _constants as c  # type: ignore[attr-defined]

    for op, arg in items:  # type: ignore[attr-defined]
        subs = [arg[2]] if op in (c.MAX_REPEAT, c.MIN_REPEAT) else [arg[-1]] if op == c.SUBPATTERN else (
            arg[1] if op == c.BRANCH else [])
        unbounded = op in (c.MAX_REPEAT, c.MIN_REPEAT) and arg[1] == c.MAXREPEAT
        if unbounded and (not nested_only or _repeats(arg[2], nested_only=False)):
            return True
        if any(_repeats(sub, nested_only=nested_only) for sub in subs):
            return True
    return False


def test_no_pattern_nests_an_unbounded_repeat_in_another() -> None:
    from re import _parser  # type: ignore[attr-defined]

    patterns = _patterns()
    assert len(patterns) > 100
    nested = [name for name, p in patterns.items()
              if _repeats(list(_parser.parse(p.pattern, p.flags)), nested_only=True)]
    assert not nested, nested


def _spellings(items: object) -> set[str] | None:
    """Every text a pattern part can match when it is made only of literals, spaces and optional parts (a space
    class read as one space), or None when it can match more than that or more than a few hundred texts."""
    from re import _constants as c  # type: ignore[attr-defined]

    out = {""}
    for op, arg in items:  # type: ignore[attr-defined]
        options: set[str] | None
        if op == c.LITERAL:
            options = {chr(arg)}
        elif op == c.IN:
            options = ({" "} if arg == [(c.CATEGORY, c.CATEGORY_SPACE)] else
                       {chr(a) for o, a in arg} if all(o == c.LITERAL for o, a in arg) else None)
        elif op == c.BRANCH:
            parts = [_spellings(branch) for branch in arg[1]]
            options = None if any(p is None for p in parts) else set().union(*parts)  # type: ignore[arg-type]
        elif op == c.SUBPATTERN:
            options = _spellings(arg[-1])
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and arg[1] <= 1:
            inner = _spellings(arg[2])
            options = None if inner is None else inner | ({""} if arg[0] == 0 else set())
        elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            options = {""}
        else:
            options = None
        if options is None:
            return None
        out = {a + b for a in out for b in options}
        if len(out) > 400:
            return None
    return out


def _split_repeats(items: object) -> list[str]:
    """Texts that a backtracking repeat (``*``, ``+``) can match as one turn or as two: " list price" both as
    " list price" and as " list" then " price". Each such text doubles the ways a run of it can be read, so a run
    of twenty takes a million tries before the pattern fails."""
    from re import _constants as c  # type: ignore[attr-defined]

    found: list[str] = []
    for op, arg in items:  # type: ignore[attr-defined]
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) and arg[1] == c.MAXREPEAT:
            texts = {t for t in _spellings(arg[2]) or set() if t}
            found += [t for t in texts for a in texts if t.startswith(a) and t[len(a):] in texts]
        subs = ([arg[2]] if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) else [arg[-1]]
                if op == c.SUBPATTERN else arg[1] if op == c.BRANCH else [arg[1]] if op in (c.ASSERT, c.ASSERT_NOT)
                else [arg] if op == c.ATOMIC_GROUP else [])
        for sub in subs:
            found += _split_repeats(sub)
    return found


def test_no_repeated_group_reads_one_text_as_one_turn_or_as_two() -> None:
    from re import _parser  # type: ignore[attr-defined]

    split = {name: texts for name, p in _patterns().items()
             if (texts := _split_repeats(list(_parser.parse(p.pattern, p.flags))))}
    assert not split, split


def _seconds(text: str) -> float:
    """CPU seconds of one parse: other work on a loaded machine does not count against it."""
    start = time.process_time()
    parse(text)
    return time.process_time() - start


# A label that a repeated group could read word by word or as one phrase, again and again, before a figure that
# never comes: each repeat doubled the time (twenty "list price" took half a second, twenty-four eight seconds).
@pytest.mark.parametrize("before, label", [
    ("direct input is $4/M. bedrock", " list price"),
    ("vertex", " list rate"),
    ("gcp pricing", " lists at"),
    ("our deal is flat", " per token rate of"),
    ("direct", " list price of"),
    ("40% utilization, discount", " of about"),
    ("cache reads", " billed at"),
])
def test_a_run_of_repeated_labels_parses_in_time_linear_in_its_length(before: str, label: str) -> None:
    short = min(_seconds(before + label * 12 + " $ z") for _ in range(3))
    long = min(_seconds(before + label * 24 + " $ z") for _ in range(3))
    assert long < 20 * short + 0.05, (short, long)


def _split_seconds(text: str) -> float:
    start = time.process_time()
    variants.split(text)
    variants.plain_changes(text)
    return time.process_time() - start


# The cut between a deal and its what-if looked for a clause start by skipping spaces inside the pattern: from every
# line break of a run of them it scanned the rest again (4,000 line breaks took five seconds).
@pytest.mark.parametrize("unit", ["\n", "\n ", ", ", " - ", ", and what if", "then ", "\n\nactually make that 5 "])
def test_a_run_of_clause_breaks_or_cues_is_cut_in_time_linear_in_its_length(unit: str) -> None:
    short = min(_split_seconds(unit * (MAX_CHARS // 2 // len(unit)) + "redo it") for _ in range(3))
    long = min(_split_seconds(unit * (MAX_CHARS // len(unit)) + "redo it") for _ in range(3))
    assert long < 4 * short + 0.02, (short, long)


def test_a_paste_of_fees_per_one_unit_looks_for_its_count_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # each "$X per <unit>" searched the whole text for a count of that unit again: 500 of them took 0.4 s of 40,000
    # characters (bench_parse_adversarial's "routes as rows and columns")
    from types import SimpleNamespace

    from bot.parse import extract

    searches: list[str] = []

    def search(pattern: str, string: str, flags: int = 0) -> re.Match[str] | None:
        searches.append(pattern)
        return re.search(pattern, string, flags)

    monkeypatch.setattr(extract, "re", SimpleNamespace(**{**vars(re), "search": search}))
    extract.scan("$3.00 a widget, " * 500 + "how much?")
    assert sum("widget" in p for p in searches) == 1
