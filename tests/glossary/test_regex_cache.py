"""Compiled regular expressions kept between runs (glossary/regex_cache.py): a pattern read back from the cache
behaves exactly as ``re.compile``'s, a bad pattern still fails loudly, and a bad or foreign cache file is a miss."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from array import array
from pathlib import Path

import pytest

from glossary import regex_cache
from glossary.checked import CACHE_ENV
from glossary.regex_cache import compile_regex

# patterns of the kinds the parser and the coach use: named groups, lookarounds, possessive repeats, flags
PATTERNS: list[tuple[str, int]] = [
    (r"(?<![\w.$])(?P<a>\d{1,3}(?:,\d{3})*+(?:\.\d+)?)\s?(?P<unit>k|m|million)?\b", 0),
    (r"\b(?:prompt|context)[ -]caching\b(?!\s+is\s+free)", re.IGNORECASE),
    (r"^[ \t]*(?:>|&gt;)[ \t]*(?P<quoted>.*)$", re.MULTILINE),
    (r"(?x) \$ (?P<dollars> \d+ ) (?: \. (?P<cents> \d{2} ) )?  # money", 0),
    (r"(a)|(?P<b>b)|(c)", re.IGNORECASE | re.DOTALL),
]
TEXT = "Prompt caching at $5.25 per 1,000,000 k tokens\n> quoted: context-caching is free\nabc B"


def _fresh(monkeypatch: pytest.MonkeyPatch, cache: Path | str) -> None:
    """This process as if just started, with ``cache`` as pricebot's cache directory."""
    monkeypatch.setenv(CACHE_ENV, str(cache))
    monkeypatch.setattr(regex_cache, "_known", None)
    monkeypatch.setattr(regex_cache, "_used", set())
    monkeypatch.setattr(regex_cache, "_added", {})


def _same(pattern: re.Pattern[str], expected: re.Pattern[str]) -> None:
    assert pattern == expected  # same text, flags and engine code
    assert pattern.groupindex == expected.groupindex and pattern.groups == expected.groups
    assert [m.groupdict() or m.groups() for m in pattern.finditer(TEXT)] == \
        [m.groupdict() or m.groups() for m in expected.finditer(TEXT)]


def test_a_pattern_read_back_from_the_cache_matches_as_re_compile_does(monkeypatch: pytest.MonkeyPatch,
                                                                       tmp_path: Path) -> None:
    _fresh(monkeypatch, tmp_path)
    for source, flags in PATTERNS:
        _same(compile_regex(source, flags), re.compile(source, flags))
    regex_cache.save()
    assert regex_cache.cache_file() is not None and regex_cache.cache_file().is_file()  # type: ignore[union-attr]

    _fresh(monkeypatch, tmp_path)

    def no_compiling(pattern: str, flags: int) -> None:
        raise AssertionError(f"compiled again instead of read from the cache: {pattern}")

    monkeypatch.setattr(regex_cache, "_parts", no_compiling)
    for source, flags in PATTERNS:
        _same(compile_regex(source, flags), re.compile(source, flags))


def test_a_later_process_reads_what_an_earlier_one_kept(tmp_path: Path) -> None:
    program = (
        "import re, sys\n"
        "from glossary import regex_cache\n"
        "from glossary.regex_cache import compile_regex\n"
        "p = compile_regex(r'(?P<n>\\d+)\\s?(?:k|m)\\b', re.I)\n"
        "assert p == re.compile(r'(?P<n>\\d+)\\s?(?:k|m)\\b', re.I)\n"
        "print(p.search('about 40 K tokens')['n'], bool(regex_cache._used))\n"
    )
    env = {**os.environ, CACHE_ENV: str(tmp_path)}
    runs = [subprocess.run([sys.executable, "-c", program], env=env, capture_output=True, text=True, check=True)
            for _ in range(2)]
    assert [run.stdout.split() for run in runs] == [["40", "False"], ["40", "True"]]


def test_an_invalid_pattern_fails_with_the_same_error_as_re_compile(monkeypatch: pytest.MonkeyPatch,
                                                                    tmp_path: Path) -> None:
    _fresh(monkeypatch, tmp_path)
    for bad in (r"(?P<rate>\d+", r"[z-a]", r"(?<=a+)b", r"\$(?P<x>1)(?P<x>2)"):
        with pytest.raises(re.error) as expected:
            re.compile(bad)
        with pytest.raises(re.error) as raised:
            compile_regex(bad)
        assert str(raised.value) == str(expected.value)
    assert regex_cache._added == {}


@pytest.mark.parametrize("content", [b"", b"not marshal data \x00\xff", b"\xe3" * 40])
def test_an_unreadable_cache_file_is_a_miss_and_is_replaced(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                            content: bytes) -> None:
    _fresh(monkeypatch, tmp_path)
    path = regex_cache.cache_file()
    assert path is not None
    path.write_bytes(content)
    source, flags = PATTERNS[0]
    _same(compile_regex(source, flags), re.compile(source, flags))
    regex_cache.save()
    assert path.read_bytes() != content
    _fresh(monkeypatch, tmp_path)
    assert (source, flags) in regex_cache._entries()


def test_code_from_another_python_is_never_used(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import marshal

    _fresh(monkeypatch, tmp_path)
    path = regex_cache.cache_file()
    assert path is not None
    source = r"\bcach(?:e|ing)\b"
    # valid code, but another pattern's: used, it would match the wrong text
    other = regex_cache._parts(r"x", 0)
    wrong = (source, other[1], array("I", other[2]).tobytes(), *other[3:])
    path.write_bytes(marshal.dumps((regex_cache._FORMAT, "3.99.0 (another build)", {(source, 0): wrong})))
    _same(compile_regex(source), re.compile(source))
    assert regex_cache._used == set()


def test_code_the_engine_refuses_is_compiled_again(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _fresh(monkeypatch, tmp_path)
    source = r"(?P<a>\d+)%"
    refused = array("I", [99, 99, 99]).tobytes()
    monkeypatch.setattr(regex_cache, "_known", {(source, 0): (source, int(re.UNICODE), refused, 0, {"a": 1},
                                                              (None, "a"))})
    _same(compile_regex(source), re.compile(source))


def test_an_empty_cache_setting_keeps_nothing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _fresh(monkeypatch, "")
    monkeypatch.chdir(tmp_path)
    source, flags = PATTERNS[1]
    _same(compile_regex(source, flags), re.compile(source, flags))
    regex_cache.save()
    assert regex_cache.cache_file() is None
    assert list(tmp_path.iterdir()) == []


def test_the_file_stays_bounded(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _fresh(monkeypatch, tmp_path)
    monkeypatch.setattr(regex_cache, "MAX_ENTRIES", 5)
    for number in range(8):
        compile_regex(rf"old{number}\d")
    regex_cache.save()
    _fresh(monkeypatch, tmp_path)
    monkeypatch.setattr(regex_cache, "MAX_ENTRIES", 5)
    compile_regex(r"old7\d")  # read from the file
    compile_regex(r"new\d")
    regex_cache.save()
    _fresh(monkeypatch, tmp_path)
    assert set(regex_cache._entries()) == {(r"old7\d", 0), (r"new\d", 0)}


def test_another_layout_of_the_file_keeps_its_own(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """An older pricebot beside this one (another layout of the kept code) never empties this one's file."""
    layouts = {regex_cache._FORMAT: r"mine\d", regex_cache._FORMAT - 1: r"older\d"}
    for layout, source in layouts.items():
        _fresh(monkeypatch, tmp_path)
        monkeypatch.setattr(regex_cache, "_FORMAT", layout)
        compile_regex(source)
        regex_cache.save()
    for layout, source in layouts.items():
        _fresh(monkeypatch, tmp_path)
        monkeypatch.setattr(regex_cache, "_FORMAT", layout)
        assert set(regex_cache._entries()) == {(source, 0)}


def test_an_interpreter_whose_internals_differ_compiles_as_re_does(monkeypatch: pytest.MonkeyPatch,
                                                                   tmp_path: Path) -> None:
    _fresh(monkeypatch, tmp_path)

    def changed_internals(pattern: str, flags: int) -> None:
        raise TypeError("_code() takes 3 positional arguments")

    monkeypatch.setattr(regex_cache, "_parts", changed_internals)
    for source, flags in PATTERNS:
        _same(compile_regex(source, flags), re.compile(source, flags))
    with pytest.raises(re.error):
        compile_regex(r"(unclosed")
    assert regex_cache._added == {}


@pytest.fixture
def every_pattern_kept(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """``re`` reading every pattern it compiles back from the kept ones (bot.cli._compiled.keep_compiled_patterns),
    with a fresh cache in ``tmp_path`` (``re``'s own compiler and cache are put back after the test)."""
    from re import _compiler  # type: ignore[attr-defined]

    from bot.cli import _compiled

    _fresh(monkeypatch, tmp_path / "cache")
    monkeypatch.setattr(_compiler, "compile", _compiler.compile)
    monkeypatch.setattr(_compiled, "_patterns_kept", False)
    monkeypatch.setattr(re, "_cache", {})
    assert _compiled.keep_compiled_patterns()
    assert not _compiled.keep_compiled_patterns()  # once is enough
    return tmp_path / "cache"


def test_every_pattern_re_compiles_is_kept_and_read_back_the_same(every_pattern_kept: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from re import _compiler  # type: ignore[attr-defined]

    for pattern, flags in PATTERNS:
        expected = _compiler._sre.compile(*regex_cache._parts(pattern, flags))
        _same(re.compile(pattern, flags), expected)  # compiled, kept
        assert (pattern, flags) in regex_cache._added
    regex_cache.save()
    _fresh(monkeypatch, every_pattern_kept)
    monkeypatch.setattr(re, "_cache", {})
    for pattern, flags in PATTERNS:
        _same(re.compile(pattern, flags), _compiler._sre.compile(*regex_cache._parts(pattern, flags)))
        assert (pattern, flags) in regex_cache._used  # read back from the file
    assert not regex_cache._added


def test_what_the_kept_patterns_leave_to_re_is_compiled_as_before(every_pattern_kept: Path) -> None:
    assert re.compile(rb"(?P<n>\d+)\s*bytes").match(b"12 bytes").group("n") == b"12"  # bytes: re's own
    with pytest.raises(re.error) as raised:
        re.compile(r"(?P<open>unclosed")
    with pytest.raises(re.error) as expected:
        re.compile(r"(?P<open>unclosed", re.DEBUG)
    assert str(raised.value) == str(expected.value)
    assert not regex_cache._added  # none of them kept
