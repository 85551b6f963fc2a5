"""The typo readers' edit distance gives what rapidfuzz gives (optimal string alignment, with a limit)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rapidfuzz import process
from rapidfuzz.distance import OSA, DamerauLevenshtein

from bot.parse.forms import KEYWORDS
from glossary.edits import one_edit_apart, osa_distance
from glossary.spelling import Speller

_WORDS = st.text(alphabet="abcs-", max_size=9)  # few letters: swaps, repeats and shared ends are common


@given(_WORDS, _WORDS, st.integers(min_value=0, max_value=3))
def test_the_distance_is_rapidfuzz_osa_up_to_the_limit(a: str, b: str, limit: int) -> None:
    assert osa_distance(a, b, limit) == OSA.distance(a, b, score_cutoff=limit)


@given(_WORDS, _WORDS)
def test_one_edit_apart_is_damerau_levenshtein_distance_one(a: str, b: str) -> None:
    assert one_edit_apart(a, b) == (DamerauLevenshtein.distance(a, b) == 1)


@given(st.sampled_from(KEYWORDS), st.integers(min_value=0, max_value=11), st.sampled_from("aeiostx-"),
       st.sampled_from(["drop", "add", "change", "swap"]))
def test_a_typo_of_a_keyword_is_as_far_from_every_keyword_as_rapidfuzz_says(
    keyword: str, at: int, letter: str, edit: str
) -> None:
    at = min(at, len(keyword) - 1)
    typo = {"drop": keyword[:at] + keyword[at + 1:], "add": keyword[:at] + letter + keyword[at:],
            "change": keyword[:at] + letter + keyword[at + 1:],
            "swap": keyword[:at] + keyword[at + 1:at + 2] + keyword[at] + keyword[at + 2:]}[edit]
    for other in KEYWORDS:
        for limit in (1, 2):
            assert osa_distance(typo, other, limit) == OSA.distance(typo, other, score_cutoff=limit)


def test_a_word_one_edit_from_two_key_words_is_read_as_the_first_listed() -> None:
    words = ("caching", "cashing", "catching")
    for word in ("cacking", "cadhing", "cashin", "catchng"):
        found = process.extractOne(word, words, scorer=DamerauLevenshtein.distance, score_cutoff=1)
        expected = found[0] if found is not None else None
        assert Speller(words)._nearest(word) == expected, word


# Pairs the random words above reach only now and then (60 examples a run): an empty word, a letter doubled where
# the common start and end are trimmed, and a short word inside a long one at a limit above 2.
_EDGES = [("", "a"), ("a", ""), ("", "cache"), ("x", "xx"), ("cache", "cachee"), ("cache", "ccache"),
          ("caching", "cachhing"), ("ab", "aa"), ("tokens", "tokenz"), ("bccccb", "cbc"), ("baaab", "a"),
          ("provisioned", "provisioend"), ("abc", "ca")]


def test_the_distance_is_rapidfuzz_osa_on_pairs_random_words_rarely_make() -> None:
    for a, b in _EDGES:
        for first, second in ((a, b), (b, a)):
            for limit in range(5):
                assert osa_distance(first, second, limit) == OSA.distance(first, second, score_cutoff=limit), (
                    first, second, limit)


def test_a_key_word_with_a_letter_doubled_at_either_end_is_one_edit_from_it() -> None:
    for typo in ("cachee", "ccache", "tokenss", "ttokens"):
        word = typo[1:] if typo[0] == typo[1] else typo[:-1]
        assert one_edit_apart(typo, word) and one_edit_apart(word, typo), typo
