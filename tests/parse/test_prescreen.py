"""The test in front of the parser's patterns (bot.parse.prescreen): a search is left out only when the text lacks
every string one of the pattern's clauses names, so every search method returns what the pattern itself returns,
and every ask is read and answered as it was."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

import bot.parse
from bot import router
from bot.parse import deal_terms, extract, forms, intent, meaning, prescreen
from bot.parse.prescreen import ScreenedPattern, screened

ASKS = Path(__file__).resolve().parent.parent / "data" / "asks"

# Texts of our own: the words some pattern needs, the same said with hyphens and capitals, near misses that lack
# them, and texts the test must leave to the engine (non-ASCII letters and digits, the Kelvin sign).
TEXTS = [
    "",
    "thanks, talk tomorrow",
    "lunch at 12?",
    "40% discount on PTUs at 80% utilization",
    "40 percent off provisioned throughput, running at 80 pct util",
    "vendor charges $0.02 a call; prompts ~2k in / 400 out at $3/$15 per 1M",
    "Vendor charges $0.02 per-call; prompts 2K IN, 400 OUT at $3 / $15 per million",
    "Is prompt caching worth it: 4,000-token system prompt, cache hits at $0.50/1M, 10k calls/day?",
    "IS PROMPT-CACHING WORTH IT WITH A 4000 TOKEN PREFIX AT $5/M",
    "Bedrock list is 20% over direct and they have a 10% EA discount",
    "bedrock's list sits a fifth above going direct; EDP disc 10%",
    "2M input + 500k output tokens a day at $5/$15 per 1M",
    "what's a PTU? at $3 an hour, what's one a month?",
    "should we commit or stay on-demand? peak:avg is 3:1",
    "call volume ٣٠٠ calls a day at $0.01 per call",  # Arabic-Indic digits: \d matches them
    "10 \u212aB prompts a day",  # the Kelvin sign: matches "k" ignoring case
    "Preis: 3 € pro Million Tokens, für 2M Tokens am Tag",
    "per call per call per call",
    "-- - -- per-request -- fee --",
]


def _patterns() -> Iterator[ScreenedPattern]:
    seen: set[int] = set()

    def walk(value: Any) -> Iterator[ScreenedPattern]:
        if isinstance(value, ScreenedPattern) and id(value) not in seen:
            seen.add(id(value))
            yield value
        elif isinstance(value, dict):
            for item in value.values():
                yield from walk(item)
        elif isinstance(value, (list, tuple)):
            for item in value:
                yield from walk(item)

    modules: list[ModuleType] = [bot.parse, deal_terms, extract, forms, intent, meaning]
    for module in modules:
        yield from walk(list(vars(module).values()))


PATTERNS = list(_patterns())


@pytest.fixture
def screens_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prescreen, "SCREEN_AFTER", 0)


def _spans(found: Iterator[re.Match[str]]) -> list[tuple[tuple[int, int], tuple[str | Any, ...]]]:
    return [(m.span(), m.groups()) for m in found]


def test_the_parser_searches_its_patterns_through_the_test() -> None:
    assert len(PATTERNS) > 400


@pytest.mark.usefixtures("screens_at_once")
@pytest.mark.parametrize("text", TEXTS)
def test_every_search_method_returns_what_the_pattern_itself_returns(text: str) -> None:
    for pattern in PATTERNS:
        plain = pattern.compiled
        assert _same(pattern.search(text), plain.search(text))
        assert _same(pattern.match(text), plain.match(text))
        assert _same(pattern.fullmatch(text), plain.fullmatch(text))
        assert _spans(pattern.finditer(text)) == _spans(plain.finditer(text))
        assert _spans(pattern.finditer(text, 3, 30)) == _spans(plain.finditer(text, 3, 30))
        assert pattern.findall(text) == plain.findall(text)
        assert pattern.sub("#", text) == plain.sub("#", text)
        assert pattern.subn("#", text) == plain.subn("#", text)
        assert pattern.split(text) == plain.split(text)


def _same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.span() == b.span() and a.groups() == b.groups() and a.re is b.re


@pytest.mark.usefixtures("screens_at_once")
@pytest.mark.parametrize(
    ("regex", "flags", "text", "may"),
    [
        (r"\bper[- ]call\b", re.IGNORECASE, "$0.02 PER-CALL", True),  # capitals and a hyphen: the words are there
        (r"\bper[- ]call\b", re.IGNORECASE, "$0.02 per request", False),
        (r"(?<![\w.$])\d+\s?calls?", 0, "300 calls a day", True),
        (r"(?<![\w.$])\d+\s?calls?", 0, "300 requests a day", False),  # no "call": the number is not searched for
        (r"(?<![\w.$])\d+\s?calls?", 0, "three hundred calls", False),  # no digit
        (r"\d+\s?calls?", 0, "٣٠٠ calls", True),  # not ASCII: left to the engine (\d matches "٣")
        (r"\bkb\b", re.IGNORECASE, "10 \u212ab", True),  # the Kelvin sign matches "k": left to the engine
        (r"(?:per call)?", 0, "nothing here", True),  # matches empty text: nothing is needed
        (r"caching|cache hits?", 0, "cache hits at $0.30", True),
        (r"caching|cache hits?", 0, "cached reads", False),  # neither "caching" nor "cache hit"
    ],
)
def test_a_search_is_left_out_only_when_a_needed_word_is_missing(regex: str, flags: int, text: str,
                                                                 may: bool) -> None:
    pattern = screened(regex, flags)
    assert pattern.may_match(text) is may
    assert _spans(pattern.finditer(text)) == _spans(re.compile(regex, flags).finditer(text))


def test_a_pattern_is_searched_as_it_is_until_it_has_been_searched_often() -> None:
    pattern = screened(r"\bper[- ]call\b")
    for _ in range(prescreen.SCREEN_AFTER):
        assert pattern.may_match("nothing about fees")  # no clauses read yet: the search runs
    assert not pattern.may_match("nothing about fees")


def test_a_skipped_search_returns_the_engines_answer_for_no_match(screens_at_once: None) -> None:
    pattern = screened(r"(?P<n>\d+) calls")
    text = "three hundred requests"
    assert not pattern.may_match(text)
    assert pattern.search(text) is None and pattern.match(text) is None and pattern.fullmatch(text) is None
    assert list(pattern.finditer(text)) == [] and pattern.findall(text) == []
    assert pattern.sub(lambda m: "X", text) == text and pattern.subn("X", text) == (text, 0)
    assert pattern.split(text) == [text]
    assert (pattern.pattern, pattern.flags, pattern.groups, dict(pattern.groupindex)) == (
        r"(?P<n>\d+) calls", re.UNICODE, 1, {"n": 1})


def _asks() -> list[str]:
    texts: list[str] = []
    for path in sorted(ASKS.glob("*.yml")):
        if path.name.startswith("blind_"):
            continue
        texts += [item["text"] for item in yaml.safe_load(path.read_text()) or []
                  if isinstance(item, dict) and isinstance(item.get("text"), str)]
    return texts


def test_every_ask_of_the_corpus_gets_the_same_answer_with_and_without_the_test(
        monkeypatch: pytest.MonkeyPatch) -> None:
    asks = _asks() + TEXTS[1:]
    assert len(asks) > 150

    def answers() -> list[tuple[str, str]]:
        return [(reply.text, json.dumps(reply.data, sort_keys=True, default=str))
                for reply in map(router.answer, asks)]

    with monkeypatch.context() as plain:
        plain.setattr(ScreenedPattern, "may_match", lambda self, string: True)
        before = answers()
    monkeypatch.setattr(prescreen, "SCREEN_AFTER", 0)
    assert answers() == before
