"""The English words looked up for near misses, kept between runs (glossary/spelling.py): a later process reads the
same answers without loading the dictionary, and a damaged or foreign file is a miss."""

from __future__ import annotations

from pathlib import Path

import pytest

from glossary import spelling
from glossary.checked import CACHE_ENV
from glossary.spelling import Speller

WORDS = ("writes", "cheaper", "caching")


def _fresh(monkeypatch: pytest.MonkeyPatch, cache: Path | str) -> None:
    """This process as if just started, with ``cache`` as pricebot's cache directory."""
    monkeypatch.setenv(CACHE_ENV, str(cache))
    for name, value in (("_known", None), ("_added", {}), ("_saving", True)):  # (no exit hook from a test)
        monkeypatch.setattr(spelling.WORDS, name, value)


def _no_dictionary() -> None:
    raise AssertionError("the dictionary was loaded for a word already kept")


def test_a_later_process_reads_the_words_looked_up_without_the_dictionary(monkeypatch: pytest.MonkeyPatch,
                                                                          tmp_path: Path) -> None:
    _fresh(monkeypatch, tmp_path)
    # "write" and "coaching" are English words one edit from key words: read as typed; "cheeper" is a misspelling
    first = [Speller(WORDS).correct(word) for word in ("write", "coaching", "cheeper")]
    assert first == [None, None, "cheaper"]
    spelling.WORDS.save()
    _fresh(monkeypatch, tmp_path)
    monkeypatch.setattr(spelling, "_dictionary", _no_dictionary)
    assert [Speller(WORDS).correct(word) for word in ("write", "coaching", "cheeper")] == first


@pytest.mark.parametrize("content", [b"", b"garbage", b"\xe9\x03\x00\x00"])
def test_a_damaged_file_is_a_miss(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, content: bytes) -> None:
    _fresh(monkeypatch, tmp_path)
    path = spelling.words_file()
    assert path is not None
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    assert Speller(WORDS).correct("write") is None and Speller(WORDS).correct("cheeper") == "cheaper"


def test_an_empty_cache_setting_keeps_nothing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _fresh(monkeypatch, "")
    assert Speller(WORDS).correct("write") is None
    spelling.WORDS.save()
    assert spelling.words_file() is None and list(tmp_path.iterdir()) == []


def test_a_long_running_process_keeps_a_bounded_number_of_words(monkeypatch: pytest.MonkeyPatch,
                                                                tmp_path: Path) -> None:
    _fresh(monkeypatch, tmp_path)
    monkeypatch.setattr(spelling.WORDS, "limit", 2)
    speller = Speller(WORDS)
    for word in ("write", "coaching", "cheeper", "chaper"):  # each one edit from a key word
        speller.correct(word)
    assert len(spelling.WORDS.entries()) == 2
    assert speller.correct("cheeper") == "cheaper"  # answered from the dictionary all the same
