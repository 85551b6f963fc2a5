"""The parser's regular expressions, each searched only when the text holds what any of its matches needs.

An ask is read by a few hundred searches, most of which find nothing: "(?<![\\w.$:])(?P<num>...)\\s?(?:calls?|req...)"
needs "call", "req" or another of its words, and a message without any of them cannot match it. The regex engine
cannot see that: a pattern opening with a look-behind or an alternation is tried at every position of the text, so
those searches were about half of the CPU an answered @mention costs. :func:`screened` compiles a pattern as
:func:`glossary.regex_cache.compile_regex` does and puts a test in front of it: the clauses
:func:`glossary.prefilter.requirement` reads from the pattern (sets of strings, one of which is in every match, the
rule linter's screen uses the same reading), checked with a substring search on the text in lower case with hyphens
read as spaces. A search that cannot match returns what the engine would have returned (None, no matches, the text
unchanged), without running it; any other is run by the engine, so the results are the same.

Only ASCII text is tested (str.isascii() costs nothing): Unicode's case and digit rules let a few characters match a
letter or digit they are not (the Kelvin sign "K" matches "k" ignoring case; "٣" matches \\d), and a text holding
any non-ASCII character is searched as before. Reading a pattern's clauses costs about a millisecond (the
interpreter's regex parser), which a command that reads one ask would pay for nothing: a pattern is tested only
once it has been searched :data:`SCREEN_AFTER` times, or from its first search of a long text when an earlier
process kept its screen (:mod:`glossary.kept_screens`).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

from glossary import kept_screens
from glossary.regex_cache import compile_regex

#: Searches of a pattern after which its clauses are read and tested first (as the linter's and the traits' screens).
SCREEN_AFTER = 50
#: A text this long is tested from a pattern's first search when an earlier process kept the pattern's screen.
LONG_TEXT = 2_000

# A clause's test: the search of its strings in the prepared text, as a trie (each position read once).
_Test = Callable[[str], "re.Match[str] | None"]
_last: tuple[str, str] = ("", "")  # the last text tested and its prepared form (read and replaced whole: threads)


def _prepared(text: str) -> str:
    """``text`` as the clauses are written: lower case, hyphens as spaces (an ASCII text keeps its offsets)."""
    global _last
    last = _last
    if last[0] is text or last[0] == text:
        return last[1]
    prepared = text.lower().replace("-", " ")
    _last = (text, prepared)
    return prepared


def _tests(screen: kept_screens.Screen) -> tuple[_Test, ...]:
    """One test a regex of ``screen`` (the most telling first); () when nothing is known of a match."""
    return tuple(compile_regex(regex).search for regex in screen)


class ScreenedPattern:
    """A compiled pattern (:attr:`compiled`) with the same search methods, each of which first tests the text."""

    __slots__ = ("_searches", "_tests", "compiled")

    def __init__(self, compiled: re.Pattern[str]) -> None:
        self.compiled = compiled
        self._searches = 0
        self._tests: tuple[_Test, ...] | None = None

    def _kept_tests(self) -> tuple[_Test, ...] | None:
        """The tests of the screen an earlier process kept (None, and built at exit, when none was kept)."""
        pattern, flags = self.compiled.pattern, self.compiled.flags
        screen = kept_screens.known(pattern, flags)
        if screen is None:
            kept_screens.want(pattern, flags)
            return None
        tests = self._tests = _tests(screen)
        return tests

    @property
    def pattern(self) -> str:
        return self.compiled.pattern

    @property
    def flags(self) -> int:
        return self.compiled.flags

    @property
    def groups(self) -> int:
        return self.compiled.groups

    @property
    def groupindex(self) -> Any:
        return self.compiled.groupindex

    def may_match(self, string: str) -> bool:
        """False only when no match of the pattern can be in ``string``."""
        tests = self._tests
        if tests is None:
            self._searches += 1
            if self._searches > SCREEN_AFTER:
                tests = self._tests = _tests(kept_screens.read(self.compiled.pattern, self.compiled.flags))
            elif len(string) < LONG_TEXT or (tests := self._kept_tests()) is None:
                return True
        if not tests or not string.isascii():
            return True
        text = _prepared(string)
        for test in tests:  # noqa: SIM110 - a loop, not all() over a generator made per search
            if test(text) is None:
                return False
        return True

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(string, pos, endpos) if self.may_match(string) else None

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(string, pos, endpos) if self.may_match(string) else None

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.fullmatch(string, pos, endpos) if self.may_match(string) else None

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string, pos, endpos) if self.may_match(string) else iter(())

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled.findall(string, pos, endpos) if self.may_match(string) else []

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled.sub(repl, string, count) if self.may_match(string) else string

    def subn(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> tuple[str, int]:
        return self.compiled.subn(repl, string, count) if self.may_match(string) else (string, 0)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled.split(string, maxsplit) if self.may_match(string) else [string]

    def __repr__(self) -> str:
        return f"screened({self.compiled!r})"


#: A pattern the parser searches: screened, or plain where its matches are compared by identity (``match.re``).
Regex = re.Pattern[str] | ScreenedPattern


def screened(pattern: str, flags: int = 0) -> ScreenedPattern:
    """``pattern`` compiled (from the regex cache) behind the test of what its matches need."""
    return ScreenedPattern(compile_regex(pattern, flags))
