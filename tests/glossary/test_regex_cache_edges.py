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


def test_a_run_reads_only_the_entries_of_the_patterns_it_compiles(monkeypatch: pytest.MonkeyPatch,
                                                                  tmp_path: Path) -> None:
    """The file is an index and then one entry per pattern: an entry no pattern of this run asks for is never read,
    so a damaged one costs only its own pattern a compile."""
    _fresh(monkeypatch, tmp_path)
    for source in (r"kept\d", r"damaged\d", r"other\d"):
        compile_regex(source)
    regex_cache.save()
    path = regex_cache.cache_file()
    assert path is not None
    entry = regex_cache.marshal.dumps((0, regex_cache._entries().get((r"damaged\d", 0))))
    data = path.read_bytes()
    assert data.count(entry) == 1
    path.write_bytes(data.replace(entry, b"\xff" * len(entry)))  # same length: the index still points at it
    _fresh(monkeypatch, tmp_path)
    compiled: list[str] = []
    real_parts = regex_cache._parts

    def counting(pattern: str, flags: int) -> regex_cache.Parts:
        compiled.append(pattern)
        return real_parts(pattern, flags)

    monkeypatch.setattr(regex_cache, "_parts", counting)
    assert compile_regex(r"kept\d") == re.compile(r"kept\d")
    assert compile_regex(r"damaged\d") == re.compile(r"damaged\d")
    assert compiled == [r"damaged\d"]
    assert regex_cache._used == {(r"kept\d", 0)}
    regex_cache.save()  # the damaged entry is written again; the one never asked for is still there
    _fresh(monkeypatch, tmp_path)
    assert set(regex_cache._entries()) == {(r"kept\d", 0), (r"damaged\d", 0), (r"other\d", 0)}


def test_patterns_sharing_a_slot_of_the_index_are_each_compiled_right(monkeypatch: pytest.MonkeyPatch,
                                                                      tmp_path: Path) -> None:
    """Two patterns whose index keys collide: the one written last is kept, the other is compiled again, and
    neither is ever given the other's code."""
    monkeypatch.setattr(regex_cache, "_slot", lambda key: (0, 0, key[1]))
    _fresh(monkeypatch, tmp_path)
    compile_regex(r"first\d")
    compile_regex(r"second[a-z]")
    regex_cache.save()
    _fresh(monkeypatch, tmp_path)
    assert (r"first\d", 0) not in regex_cache._entries()
    assert compile_regex(r"first\d") == re.compile(r"first\d")
    assert compile_regex(r"second[a-z]") == re.compile(r"second[a-z]")
    assert regex_cache._used == {(r"second[a-z]", 0)}


def test_the_same_text_with_other_flags_is_another_entry(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _fresh(monkeypatch, tmp_path)
    compile_regex(r"cache[sd]?")
    regex_cache.save()
    _fresh(monkeypatch, tmp_path)
    assert (r"cache[sd]?", 0) in regex_cache._entries()
    assert (r"cache[sd]?", int(re.IGNORECASE)) not in regex_cache._entries()
    assert compile_regex(r"cache[sd]?", re.IGNORECASE).match("CACHED")


def test_a_file_replaced_while_a_run_reads_it_is_read_as_it_was_opened(monkeypatch: pytest.MonkeyPatch,
                                                                      tmp_path: Path) -> None:
    _fresh(monkeypatch, tmp_path)
    compile_regex(r"before\d")
    regex_cache.save()
    _fresh(monkeypatch, tmp_path)
    kept = regex_cache._entries()  # this run opens the file and reads its index
    path = regex_cache.cache_file()
    assert path is not None
    replacement = path.with_name("replacement")
    replacement.write_bytes(b"another process's file")
    replacement.replace(path)
    assert kept.get((r"before\d", 0)) is not None
    assert compile_regex(r"before\d") == re.compile(r"before\d") and regex_cache._used == {(r"before\d", 0)}


@pytest.mark.parametrize("size", [0, 1 << 40, 7])
def test_an_index_of_the_wrong_size_is_a_miss(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, size: int) -> None:
    _fresh(monkeypatch, tmp_path)
    compile_regex(r"sized\d")
    regex_cache.save()
    path = regex_cache.cache_file()
    assert path is not None
    path.write_bytes(size.to_bytes(8, "little") + path.read_bytes()[8:])
    _fresh(monkeypatch, tmp_path)
    assert list(regex_cache._entries()) == []
    assert compile_regex(r"sized\d") == re.compile(r"sized\d") and regex_cache._used == set()


def test_a_system_without_pread_reads_the_kept_patterns_back_the_same(monkeypatch: pytest.MonkeyPatch,
                                                                       tmp_path: Path) -> None:
    """Windows has no ``os.pread``: the index and each entry are read by seeking to them instead, and the patterns
    come back from the file as they were kept, none compiled again."""
    _fresh(monkeypatch, tmp_path)
    for source in (r"first\d", r"(?P<word>second\w+)"):
        compile_regex(source)
    regex_cache.save()
    _fresh(monkeypatch, tmp_path)
    monkeypatch.delattr(regex_cache.os, "pread")

    def no_compiling(pattern: str, flags: int) -> None:
        raise AssertionError(f"compiled again instead of read from the cache: {pattern}")

    monkeypatch.setattr(regex_cache, "_parts", no_compiling)
    assert compile_regex(r"(?P<word>second\w+)").search("a second_try")["word"] == "second_try"  # type: ignore[index]
    assert compile_regex(r"first\d") == re.compile(r"first\d")
    assert regex_cache._used == {(r"first\d", 0), (r"(?P<word>second\w+)", 0)}


def test_a_pattern_holding_a_lone_surrogate_is_kept_and_read_back_as_re_compile_does(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Text decoded with ``surrogateescape`` (a file's undecodable bytes) can reach a pattern: it compiles, is kept
    and is read back like any other, never an encoding error that re.compile would not raise."""
    source = "caf\udce9|tokens"
    _fresh(monkeypatch, tmp_path)
    assert compile_regex(source) == re.compile(source)
    regex_cache.save()
    _fresh(monkeypatch, tmp_path)

    def no_compiling(pattern: str, flags: int) -> None:
        raise AssertionError(f"compiled again instead of read from the cache: {pattern}")

    monkeypatch.setattr(regex_cache, "_parts", no_compiling)
    assert compile_regex(source).search("about caf\udce9 prices") is not None
    assert regex_cache._used == {(source, 0)}
