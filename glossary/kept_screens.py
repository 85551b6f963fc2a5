"""The screens of patterns, kept between runs: for each pattern, the regexes of its most telling clauses.

A screen (:mod:`bot.parse.prescreen`) tests a text for what every match of a pattern needs before the pattern is
searched: the clauses :func:`glossary.prefilter.requirement` reads, each searched as a :func:`glossary.prefilter.trie`
of its strings. Reading the clauses and building the tries costs about a third of a millisecond a pattern, so a
process reads them only for a pattern searched many times, and a fresh process's first long paste was searched with
none of its screens on (up to 230 ms for 40,000 characters, against 95 ms once screened). A screen depends only on
the pattern, its flags, the code that reads it and the Python whose regex parser that code reads, so screens are
kept in pricebot's cache directory, in a file named by a digest of ``glossary/prefilter.py``, this module and the
Python version: an edited reader or another Python never uses screens it did not build. When a process exits it adds
the screens it built, and builds (then) those of the patterns a long text was searched with before their screens were
known, so the next process screens such a text from its first search.

An optimisation only: a file that cannot be read or written means screens are built as before, never an error.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from glossary import kept_file, prefilter, regex_cache
from glossary.checked import cache_directory
from glossary.prefilter import requirement, trie
from glossary.regex_cache import compile_regex

#: Clauses tested at most, the most telling first: each costs a substring search, and the first rules out the most.
MAX_CLAUSES = 3
#: Patterns' screens kept at most (glossary.kept_file.KeptMapping's limit).
MAX_ENTRIES = 5000

Key = tuple[str, int]
#: A pattern's screen: one regex a clause (its strings as a trie), the most telling first; () when nothing is known.
Screen = tuple[str, ...]

_wanted: set[Key] = set()


def _valid(key: object, screen: object) -> bool:
    return (isinstance(key, tuple) and len(key) == 2 and isinstance(key[0], str) and isinstance(key[1], int)
            and isinstance(screen, tuple) and all(isinstance(regex, str) for regex in screen))


def cache_file() -> Path | None:
    """Where the screens built by this code and Python are kept (None when ``$PRICEBOT_CACHE`` is set empty)."""
    base = cache_directory()
    if base is None:
        return None
    code = Path(prefilter.__file__).read_bytes() + Path(__file__).read_bytes() + sys.version.encode()
    return base / f"screens-{sys.implementation.cache_tag}-{hashlib.sha256(code).hexdigest()[:12]}"


def save() -> None:
    """Build the wanted patterns' screens and write every screen built beside those already kept (at exit; never
    raises)."""
    wanted = _wanted - SCREENS.entries().keys()
    _wanted.clear()
    built = {key: build(*key) for key in wanted}
    for regex in {regex for screen in built.values() for regex in screen}:
        compile_regex(regex)  # (compiled now, so the next process finds their code kept too)
    if built:
        regex_cache.save()
    SCREENS.save(built)


#: The screens kept, by pattern and flags.
SCREENS: kept_file.KeptMapping[Key, Screen] = kept_file.KeptMapping(cache_file, _valid, MAX_ENTRIES, at_exit=save)


def build(pattern: str, flags: int) -> Screen:
    """The screen of ``pattern``: a trie of each of its most telling clauses' strings."""
    return tuple(trie(sorted(clause)) for clause in requirement(pattern, flags)[:MAX_CLAUSES])


def known(pattern: str, flags: int) -> Screen | None:
    """The screen kept for ``pattern`` (by this process or an earlier one), or None."""
    return SCREENS.get((pattern, int(flags)))


def read(pattern: str, flags: int) -> Screen:
    """The screen of ``pattern``, kept for later processes when this one builds it."""
    key = (pattern, int(flags))  # (a re.RegexFlag is not marshalled)
    screen = SCREENS.get(key)
    if screen is None:
        screen = build(*key)
        SCREENS.add(key, screen)
    return screen


def want(pattern: str, flags: int) -> None:
    """Have the screen of ``pattern`` built and kept when the process exits (it was needed before it was known)."""
    key = (pattern, int(flags))
    if key not in _wanted:
        SCREENS.save_at_exit()
        _wanted.add(key)
