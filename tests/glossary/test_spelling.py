"""Misspelt key words read as meant: one edit away, not a common English word, letters only."""

from __future__ import annotations

import pytest

from glossary import spelling
from glossary.prose import normalise
from glossary.spelling import Speller

WORDS = ("provisioned", "cheaper", "caching", "savings", "throughput")


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("provisoned", "provisioned"),  # a letter dropped
        ("PROVISOINED", "provisioned"),  # two neighbours swapped, in capitals
        ("chaeper", "cheaper"),
        ("cheeper", "cheaper"),  # in the dictionary, but only at its cut-off count: a misspelling
        ("savngs", "savings"),
        ("throughtput", "throughput"),  # a letter added
    ],
)
def test_one_edit_from_a_key_word_is_read_as_it(typed: str, meant: str) -> None:
    assert Speller(WORDS).correct(typed) == meant


@pytest.mark.parametrize(
    "typed",
    [
        "caching",  # the key word itself
        "coaching",  # one edit from "caching", but an English word of its own
        "cashing",
        "chaeperr",  # two edits
        "cach",  # too short to be any key word
    ],
)
def test_words_that_are_not_misspellings_stay_as_typed(typed: str) -> None:
    assert Speller(WORDS).correct(typed) is None


def test_fix_reads_misspelt_words_in_prose_and_leaves_the_rest() -> None:
    speller = Speller(WORDS)
    prose = normalise("Provisoned is cheeper, said gpt4o_mini")
    assert speller.fix(prose).text == "provisioned is cheaper, said gpt4o_mini"
    plain = normalise("provisioned is cheaper")
    assert speller.fix(plain) is plain  # nothing to fix: the same object
    assert Speller(()).fix(prose) is prose  # no key words at all


def test_answers_are_remembered_up_to_a_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spelling, "_CACHE_MAX", 2)
    speller = Speller(WORDS)
    assert speller.correct("provisoned") == "provisioned" and speller.correct("savngs") == "savings"
    assert speller._cache == {"provisoned": "provisioned", "savngs": "savings"}
    assert speller.correct("chaeper") == "cheaper"  # a third word: the memory starts over rather than grow
    assert speller._cache == {"chaeper": "cheaper"}
    assert speller.correct("chaeper") == "cheaper"


def test_a_letter_added_to_the_only_key_word_is_read_as_it() -> None:
    assert Speller(("caching",)).correct("cacching") == "caching"  # eight letters for a seven-letter word
    assert Speller(("caching",)).correct("cachng") == "caching"  # six


def test_a_word_of_four_letters_is_read_as_the_five_letter_key_word_it_misspells() -> None:
    speller = Speller(("token", "usage", "cache"))
    assert [speller.correct(word) for word in ("tokn", "usge", "Cahce", "tken")] == ["token", "usage", "cache", "token"]
    # English words one edit away stay what they are; so does a word too far from every key word
    assert [speller.correct(word) for word in ("taken", "cash", "sage", "tone", "them")] == [None] * 5


def test_a_four_letter_misspelling_is_read_in_prose() -> None:
    assert Speller(("token",)).fix(normalise("the tokn costs")).text == "the token costs"


def test_a_key_word_one_edit_from_another_key_word_stays_as_typed() -> None:
    # the rules file spells both forms: "utilisation" is one letter from "utilization", "hyperscalers" one from
    # "hyperscaler", and neither is a common English word; each is meant as written, never read as the other
    speller = Speller(("utilization", "utilisation", "hyperscaler", "hyperscalers"))
    assert [speller.correct(word) for word in ("utilisation", "Hyperscalers", "utilization")] == [None] * 3
    prose = normalise("utilisation across hyperscalers")
    assert speller.fix(prose) is prose


def test_negations_typed_without_an_apostrophe_are_read_with_it_and_the_words_after_them_still_spelt_right() -> None:
    speller = Speller(WORDS)
    fixed = speller.fix(normalise("Provisoned isnt cheeper, and cachng doesnt always bring savngs"))
    assert fixed.text == "provisioned isn't cheaper, and caching doesn't always bring savings"
    # a word that only ends like one ("mint", "pants") is not a negation
    assert speller.fix(normalise("a mint of savngs")).text == "a mint of savings"
