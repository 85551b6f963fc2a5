"""Messages built to cost the parser as much as possible still parse in bounded time.

Slack keeps up to 40,000 characters of a message. The generators below build such messages from the shapes
that make regular expressions backtrack or a scanner go quadratic: long runs of digits, digits between
separators, the same unit or label thousands of times, nested markup. bench/bench_parse_adversarial.py
measures the real figures (target < 200 ms); the bound here is ten times that so a loaded 2-core machine does
not flake, and is still far below what the quadratic versions took (4,000 digits in a row: about 5 s).
"""

from __future__ import annotations

import re
import time

from hypothesis import given
from hypothesis import strategies as st

import glossary
from bot.parse import parse
from bot.parse.numbers import MAX_DIGITS

SLACK_MAX = 40_000
BOUND_S = 2.0

digits = st.text(alphabet="0123456789", min_size=1, max_size=12)
separators = st.sampled_from([",", ".", " ", "\u00a0", "-", "/", "e", "e-", "x", ":", "$", "%", "\n", ", "])
units = st.sampled_from([
    "k", "m", "tokens", "calls a day", "per 1M", "/1M", "% utilization", "% off", "cents", "c ", "x peak",
    "ptus", "per call", "input", "output", "in", "out", "system prompt", "percent", "a day", "/day",
])
markup = st.sampled_from(["*", "_", "~", "`", "```", ">", "<", "<@U1|", "&lt;", "&amp;", '"', "'", "(", ")", "“"])
piece = st.one_of(
    st.builds(lambda d, s: d + s, digits, separators),
    st.builds(lambda d, u: d + u, digits, units),
    units.map(lambda u: u + " "),
    markup,
)
# A short pattern repeated up to Slack's limit: the repetition is what finds a super-linear path.
repeated = st.lists(piece, min_size=1, max_size=6).map("".join).map(
    lambda unit: (unit * (SLACK_MAX // len(unit) + 1))[:SLACK_MAX]
)
# One very long token (a digit run, or digits joined by one separator) inside an ordinary ask.
long_token = st.builds(
    lambda sep, n, before, after: before + sep.join(["1"] * n) + after,
    st.sampled_from(["", ",", ".", " ", "e", ",000", "0"]),
    st.integers(min_value=1_000, max_value=20_000),
    st.sampled_from(["", "$", "40% discount, ", "10 users doing "]),
    st.sampled_from(["", "%", " calls a day", "k tokens", "x peak to average", " ptus", " cents per call"]),
)


def _timed(fn: object, text: str) -> float:
    start = time.perf_counter()
    fn(text)  # type: ignore[operator]
    return time.perf_counter() - start


@given(st.one_of(repeated, long_token))
def test_a_hostile_message_parses_in_bounded_time(text: str) -> None:
    assert _timed(parse, text) < BOUND_S, text[:80]


@given(st.one_of(repeated, long_token))
def test_a_hostile_message_is_linted_in_bounded_time(text: str) -> None:
    assert _timed(glossary.lint, text) < BOUND_S, text[:80]


def test_forty_thousand_digits_parse_in_bounded_time() -> None:
    assert _timed(parse, "4" * SLACK_MAX) < BOUND_S


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

    found: dict[str, re.Pattern[str]] = {}
    for module in (bot.parse.extract, bot.parse.forms, bot.parse.intent, bot.parse.numbers, glossary.matcher,
                   glossary.prose):
        for name, value in vars(module).items():
            values = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(
                value, list | tuple) else [("", value)]
            for key, item in values:
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
