"""Kept regular expressions at their edges (glossary/regex_cache.py): patterns compiled as re.compile does when they
are not kept (bytes, DEBUG), flags given apart from the pattern, group names, the bound on the file met exactly and
passed, a new pattern kept at exit, and a cache directory made private or unusable."""

from __future__ import annotations

import atexit
import re
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from glossary import regex_cache
from glossary.checked import CACHE_ENV
from glossary.regex_cache import compile_regex


def _fresh(monkeypatch: pytest.MonkeyPatch, cache: Path | str) -> None:
    """This process as if just started, with ``cache`` as pricebot's cache directory."""
    monkeypatch.setenv(CACHE_ENV, str(cache))
    monkeypatch.setattr(regex_cache, "_known", None)
    monkeypatch.setattr(regex_cache, "_used", set())
    monkeypatch.setattr(regex_cache, "_added", {})


def test_a_bytes_pattern_is_compiled_as_re_compile_does(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _fresh(monkeypatch, tmp_path)
    pattern = compile_regex(rb"(?P<n>\d+)\s?K", re.IGNORECASE)  # type: ignore[arg-type]
    assert pattern == re.compile(rb"(?P<n>\d+)\s?K", re.IGNORECASE)
    assert pattern.search(b"about 40 k tokens")["n"] == b"40"  # type: ignore[index]


def test_a_debug_pattern_prints_its_parse_as_re_compile_does(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    _fresh(monkeypatch, tmp_path)
    re.compile(r"cach(?:e|ing)\b", re.DEBUG)
    expected = capsys.readouterr().out
    compile_regex(r"cach(?:e|ing)\b", re.DEBUG)
    assert expected and capsys.readouterr().out == expected


def test_flags_given_apart_from_the_pattern_are_applied(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _fresh(monkeypatch, tmp_path)
    verbose = compile_regex(r"(?P<n> \d+ ) \s? k  # thousands", re.VERBOSE)
    assert verbose == re.compile(r"(?P<n> \d+ ) \s? k  # thousands", re.VERBOSE)
    assert verbose.search("40k tokens")["n"] == "40"  # type: ignore[index]


def test_the_group_that_matched_is_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _fresh(monkeypatch, tmp_path)
    pattern = compile_regex(r"(?P<number>\d+)|(?P<word>[a-z]+)")
    assert [m.lastgroup for m in pattern.finditer("ptu 40")] == ["word", "number"]


def test_a_pattern_compiled_again_in_the_same_process_is_not_compiled_twice(monkeypatch: pytest.MonkeyPatch,
                                                                           tmp_path: Path) -> None:
    _fresh(monkeypatch, tmp_path)
    first = compile_regex(r"twice\d+")

    def no_compiling(pattern: str, flags: int) -> None:
        raise AssertionError(f"compiled again: {pattern}")

    monkeypatch.setattr(regex_cache, "_parts", no_compiling)
    assert compile_regex(r"twice\d+") == first


def test_one_new_pattern_is_kept_at_exit(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _fresh(monkeypatch, tmp_path)
    at_exit: list[Callable[[], None]] = []
    monkeypatch.setattr(atexit, "register", at_exit.append)
    compile_regex(r"only\d+one")
    for function in at_exit:  # the process exits
        function()
    _fresh(monkeypatch, tmp_path)
    assert (r"only\d+one", 0) in regex_cache._entries()


def test_the_file_bound_keeps_everything_up_to_it_and_then_what_this_run_used(monkeypatch: pytest.MonkeyPatch,
                                                                             tmp_path: Path) -> None:
    _fresh(monkeypatch, tmp_path)
    monkeypatch.setattr(regex_cache, "MAX_ENTRIES", 5)
    for number in range(4):
        compile_regex(rf"first{number}\d")
    regex_cache.save()
    _fresh(monkeypatch, tmp_path)
    compile_regex(r"second\d")  # 5 entries: exactly the bound
    regex_cache.save()
    _fresh(monkeypatch, tmp_path)
    assert len(regex_cache._entries()) == 5
    compile_regex(r"first0\d")  # read from the file
    compile_regex(r"third\d")  # 6 entries: past the bound
    regex_cache.save()
    _fresh(monkeypatch, tmp_path)
    assert set(regex_cache._entries()) == {(r"first0\d", 0), (r"third\d", 0)}


@pytest.mark.usefixtures("usual_umask")
def test_the_file_goes_in_a_private_directory_made_when_missing(monkeypatch: pytest.MonkeyPatch,
                                                                tmp_path: Path) -> None:
    cache = tmp_path / "not" / "made"
    _fresh(monkeypatch, cache)
    compile_regex(r"made\d")
    regex_cache.save()
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    _fresh(monkeypatch, cache)
    assert (r"made\d", 0) in regex_cache._entries()


def test_a_cache_setting_naming_a_file_never_raises(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the cache directory would go")
    _fresh(monkeypatch, blocker)
    assert compile_regex(r"blocked\d").match("blocked7")
    regex_cache.save()  # nothing kept, and no error
    assert blocker.read_text() == "a file where the cache directory would go"


def test_another_python_build_keeps_its_own_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _fresh(monkeypatch, tmp_path)
    mine = regex_cache.cache_file()
    monkeypatch.setattr(regex_cache, "_ENGINE", ("3.99.0 (another build)", 1, 4, 4))
    other = regex_cache.cache_file()
    assert mine is not None and other is not None and mine != other and mine.parent == other.parent
