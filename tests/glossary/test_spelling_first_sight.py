"""A word seen for the first time is looked up among the key words it can be one edit from, not compared with each:
the answers are those of comparing it with every key word in order (the first key word one edit away)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import glossary
from glossary.edits import one_edit_apart
from glossary.spelling import Speller

KEY_WORDS = glossary.rule_set().spelling
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _every_key_word(speller_words: tuple[str, ...], word: str) -> str | None:
    return next((key for key in speller_words if one_edit_apart(word, key)), None)


@st.composite
def _typos(draw: st.DrawFn, words: tuple[str, ...]) -> str:
    """A key word with up to two letters added, dropped, changed or swapped with the next."""
    word = draw(st.sampled_from(words))
    for _ in range(draw(st.integers(1, 2))):
        at = draw(st.integers(0, len(word) - 1))
        letter = draw(st.sampled_from(_LETTERS))
        kind = draw(st.sampled_from(["add", "drop", "change", "swap"]))
        if kind == "add":
            word = word[:at] + letter + word[at:]
        elif kind == "drop" and len(word) > 1:
            word = word[:at] + word[at + 1 :]
        elif kind == "change":
            word = word[:at] + letter + word[at + 1 :]
        elif kind == "swap" and at < len(word) - 1:
            word = word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    return word


@settings(max_examples=400, deadline=None)
@given(_typos(KEY_WORDS))
def test_a_misspelt_key_word_finds_the_key_word_a_full_comparison_finds(typed: str) -> None:
    speller = Speller(KEY_WORDS)
    assert speller._nearest(typed) == _every_key_word(KEY_WORDS, typed)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_LETTERS, min_size=1, max_size=14))
def test_any_word_finds_what_a_full_comparison_finds(typed: str) -> None:
    speller = Speller(KEY_WORDS)
    assert speller._nearest(typed) == _every_key_word(KEY_WORDS, typed)


def test_of_two_key_words_one_edit_away_the_first_listed_is_taken() -> None:
    # "cachs" is one edit from both "cache" (a letter changed) and "caches" (one dropped), listed in either order
    assert Speller(("cache", "caches"))._nearest("cachs") == "cache"
    assert Speller(("caches", "cache"))._nearest("cachs") == "caches"


def test_new_words_in_a_message_are_read_as_before() -> None:
    speller = Speller(KEY_WORDS)
    assert speller.correct("provisoned") == "provisioned"  # a letter dropped
    assert speller.correct("cheapre") == "cheaper"  # two neighbours swapped
    assert speller.correct("utilizaton") == "utilization"
    assert speller.correct("coaching") is None  # an English word of its own
    assert speller.correct("chaeperr") is None  # two edits
