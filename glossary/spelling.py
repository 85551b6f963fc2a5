"""Misspelt key words read as the word meant: "provisioend" as "provisioned", "chaching" as "caching".

A word of the message is read as a word of the rules file's ``spelling`` list when it is one edit away from
it (a letter added, dropped or changed, or two neighbours swapped: Damerau-Levenshtein distance 1,
:mod:`glossary.edits`) and is not itself a common English word (pyspellchecker's dictionary, counted above its cut-off):
"coaching", "cashing" and "committee" stay what they are, "cheeper" is read as "cheaper". The dictionary is
loaded only when a near miss turns up. A message whose words were all seen before and read as typed is passed over
with one set test. A negation typed without its apostrophe ("doesnt", "isnt", "wont") is read with it.

A word seen for the first time is compared only with the key words it shares a spelling with after at most one letter
is dropped from each (every word one edit from a key word does: a letter changed or two neighbours swapped leave the
same word when one is dropped from each; an added or dropped letter, when it is dropped): a look-up of the word's
few shorter forms instead of an edit-distance table against every key word, which was most of the time a message of
new words took.
"""

from __future__ import annotations

import functools
import importlib.util
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from glossary.checked import cache_directory
from glossary.edits import one_edit_apart
from glossary.kept_file import KeptMapping
from glossary.prose import Prose
from glossary.regex_cache import compile_regex

_WORD = compile_regex(r"\b[A-Za-z]{4,}\b")  # letters only: "gpt4o", "snake_case" and short words are left alone
# negations typed without their apostrophe, read as meant ("caching doesnt always save money"): every rule's negation
# reads "n't" ("wont" and "cant" are rarer as words than as typos in a chat message)
_CONTRACTIONS = {
    word + "nt": word + "n't"
    for word in ("does", "do", "is", "are", "was", "were", "would", "should", "could", "did", "has", "have", "had",
                 "wo", "ca", "ai", "must", "need")
}
_CACHE_MAX = 50_000
_RARE = 50


@functools.cache
def _dictionary() -> Any:
    from spellchecker import SpellChecker  # about 0.15 s; only when a word is one edit from a key word

    return SpellChecker().word_frequency


# Loading the dictionary was most of a fresh process's first read of a message with a near miss in it ("write" beside
# "writes"), so the answers it gives are kept in pricebot's cache directory (glossary.kept_file), in a file named by
# the dictionary file's size and time and the cut-off: the next process looks the same words up there.
_KEPT_MAX = 20_000


def words_file() -> Path | None:
    """Where the words looked up are kept (None: no cache directory, or no dictionary file found)."""
    base = cache_directory()
    spec = importlib.util.find_spec("spellchecker") if base is not None else None
    if base is None or spec is None or spec.origin is None:
        return None
    try:
        stat = (Path(spec.origin).parent / "resources" / "en.json.gz").stat()
    except OSError:
        return None
    return base / f"english-{stat.st_size}-{stat.st_mtime_ns}-{_RARE}"


#: Whether each word looked up is a common English word.
WORDS: KeptMapping[str, bool] = KeptMapping(
    words_file, lambda word, english: isinstance(word, str) and isinstance(english, bool), _KEPT_MAX)


def _is_english(word: str) -> bool:
    """Whether ``word`` is a common English word: from the words kept by earlier runs, else the dictionary (kept for
    later runs)."""
    english = WORDS.get(word)
    if english is None:
        # pyspellchecker's lowest count (50) is its cut-off: two thirds of its words, mostly rare forms and common
        # misspellings ("cheeper"); a word seen only that often is not taken as meant
        english = _dictionary()[word] > _RARE
        WORDS.add(word, english)
    return english


def _dropped_one(word: str) -> set[str]:
    """``word`` with one of its letters dropped, each way."""
    return {word[:at] + word[at + 1 :] for at in range(len(word))}


class Speller:
    """Corrects words one edit away from the given key words (each 5+ letters, lower case)."""

    def __init__(self, words: Iterable[str]) -> None:
        self._words = tuple(words)
        self._exact = frozenset(self._words)
        self._lengths = frozenset(n for word in self._words for n in (len(word) - 1, len(word), len(word) + 1))
        # each key word, and each of its forms with one letter dropped -> the key words (their places) it comes from
        self._forms: dict[str, set[int]] = {}
        for place, word in enumerate(self._words):
            for form in (word, *_dropped_one(word)):
                self._forms.setdefault(form, set()).add(place)
        self._cache: dict[str, str | None] = {}
        # words as typed that are read as they are (most of every message): a text of only these is passed over whole
        self._as_typed: set[str] = set()

    def correct(self, word: str) -> str | None:
        """The key word ``word`` is a misspelling of, or None."""
        lower = word.lower()
        if len(lower) not in self._lengths or lower in self._exact:
            return None
        if lower in self._cache:
            return self._cache[lower]
        found = self._nearest(lower)
        result = found if found is not None and not _is_english(lower) else None
        if len(self._cache) >= _CACHE_MAX:
            self._cache.clear()
        self._cache[lower] = result
        return result

    def _nearest(self, word: str) -> str | None:
        """The first key word one edit from ``word`` (itself not a key word), or None."""
        forms = self._forms
        places: set[int] = set()
        for form in (word, *_dropped_one(word)):
            places.update(forms.get(form, ()))
        return next((self._words[at] for at in sorted(places) if one_edit_apart(word, self._words[at])), None)

    def fix(self, prose: Prose) -> Prose:
        """``prose`` with its misspelt key words read as spelt right (the same object when there are none)."""
        if not self._words:
            return prose
        as_typed = self._as_typed
        if as_typed.issuperset(_WORD.findall(prose.text)):
            return prose
        if len(as_typed) >= _CACHE_MAX:
            as_typed.clear()
        fixes = []
        for match in _WORD.finditer(prose.text):
            word = match.group()
            right = _CONTRACTIONS.get(word.lower())
            if right is not None:  # the letters as typed, with the apostrophe put back: "Doesnt" -> "Doesn't"
                fixes.append((match.start(), match.end(), word[:-1] + "'" + word[-1]))
                continue
            right = self.correct(word)
            if right is None:
                as_typed.add(word)
            else:
                fixes.append((match.start(), match.end(), right))
        return prose.replaced(fixes) if fixes else prose
