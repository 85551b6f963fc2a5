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

import atexit
import hashlib
import sys
import threading
from pathlib import Path

from glossary import kept_file, prefilter, regex_cache
from glossary.checked import cache_directory
from glossary.prefilter import requirement, trie
from glossary.regex_cache import compile_regex

#: Clauses tested at most, the most telling first: each costs a substring search, and the first rules out the most.
MAX_CLAUSES = 3
#: Patterns kept at most; past it the file keeps only the patterns of the process that writes it.
MAX_ENTRIES = 5000

Key = tuple[str, int]
#: A pattern's screen: one regex a clause (its strings as a trie), the most telling first; () when nothing is known.
Screen = tuple[str, ...]

_lock = threading.Lock()
_known: dict[Key, Screen] | None = None
_added: dict[Key, Screen] = {}
_wanted: set[Key] = set()
_saving = False  # save() is registered to run at exit


def build(pattern: str, flags: int) -> Screen:
    """The screen of ``pattern``: a trie of each of its most telling clauses' strings."""
    return tuple(trie(sorted(clause)) for clause in requirement(pattern, flags)[:MAX_CLAUSES])


def known(pattern: str, flags: int) -> Screen | None:
    """The screen kept for ``pattern`` (by this process or an earlier one), or None."""
    return _entries().get((pattern, int(flags)))


def read(pattern: str, flags: int) -> Screen:
    """The screen of ``pattern``, kept for later processes when this one builds it."""
    key = (pattern, int(flags))  # (a re.RegexFlag is not marshalled)
    screen = _entries().get(key)
    if screen is None:
        screen = build(*key)
        with _lock:
            _save_at_exit()
            _added[key] = screen
            _entries()[key] = screen
    return screen


def want(pattern: str, flags: int) -> None:
    """Have the screen of ``pattern`` built and kept when the process exits (it was needed before it was known)."""
    key = (pattern, int(flags))
    if key not in _wanted:
        with _lock:
            _save_at_exit()
            _wanted.add(key)


def _save_at_exit() -> None:
    global _saving
    if not _saving:
        atexit.register(save)
        _saving = True


def cache_file() -> Path | None:
    """Where the screens built by this code and Python are kept (None when ``$PRICEBOT_CACHE`` is set empty)."""
    base = cache_directory()
    if base is None:
        return None
    code = Path(prefilter.__file__).read_bytes() + Path(__file__).read_bytes() + sys.version.encode()
    return base / f"screens-{sys.implementation.cache_tag}-{hashlib.sha256(code).hexdigest()[:12]}"


def _load(path: Path | None) -> dict[Key, Screen]:
    """The screens kept in ``path``; empty when there are none or they are not of the expected types."""
    kept = kept_file.read(path)
    if not all(isinstance(key, tuple) and len(key) == 2 and isinstance(key[0], str) and isinstance(key[1], int)
               and isinstance(screen, tuple) and all(isinstance(regex, str) for regex in screen)
               for key, screen in kept.items()):
        return {}
    return kept


def _entries() -> dict[Key, Screen]:
    global _known
    if _known is None:
        try:
            _known = _load(cache_file())
        except OSError:  # the code's own source cannot be read: nothing kept
            _known = {}
    return _known


def save() -> None:
    """Build the wanted patterns' screens and write every screen built beside those already kept (at exit; never
    raises)."""
    with _lock:
        added = dict(_added)
        _added.clear()
        wanted = _wanted - _entries().keys()
        _wanted.clear()
    for key in wanted:
        added[key] = build(*key)
        for regex in added[key]:  # (compiled now, so the next process finds their code kept too)
            compile_regex(regex)
    if wanted:
        regex_cache.save()
    try:
        path = cache_file()
    except OSError:
        return
    if not added or path is None:
        return
    entries = _load(path)  # another process may have added its own since this one read the file
    entries.update(added)
    kept_file.write(path, entries if len(entries) <= MAX_ENTRIES else added)
