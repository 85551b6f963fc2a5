"""What a passed rule set's record keeps (glossary/checked.py): the lists derived from the rules file come back exactly
on the next start, and a record that is empty, damaged or of the wrong shape gives nothing back, so the lists are
worked out again instead of being read wrong."""

from __future__ import annotations

import marshal
from pathlib import Path

import pytest

from glossary import checked
from glossary.checked import CACHE_ENV


@pytest.fixture
def cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_what_was_derived_from_a_passed_rule_set_comes_back_for_its_digest_only(cache: Path) -> None:
    kept = {"hedges": r"(?:about|around|roughly)", "reports": None, "answers": r"(?:yes|yep)"}
    first, second = checked.digest("rules, version one"), checked.digest("rules, version two")
    checked.remember(first, kept)
    assert checked.passed(first)
    assert checked.recall(first) == kept
    assert checked.recall(second) is None  # another rule set: nothing kept for it
    checked.remember(second, {"hedges": "(?:approximately)"})
    assert checked.recall(second) == {"hedges": "(?:approximately)"}
    assert checked.recall(first) == kept  # the first record is untouched
    assert not [path for path in cache.rglob("*.tmp")]  # nothing half written is left beside the records


def test_a_rule_set_remembered_with_nothing_derived_passed_but_gives_nothing_back(cache: Path) -> None:
    digest = checked.digest("rules remembered by an older version")
    checked.remember(digest)
    assert checked.passed(digest)
    assert checked.recall(digest) is None


def test_remembering_again_replaces_what_was_kept(cache: Path) -> None:
    digest = checked.digest("rules")
    checked.remember(digest, {"hedges": "(?:old)"})
    checked.remember(digest, {"hedges": "(?:new)", "reports": None})
    assert checked.recall(digest) == {"hedges": "(?:new)", "reports": None}


@pytest.mark.parametrize(
    "content",
    [
        b"",  # an older record: an empty file
        b"\x00\x01not marshal at all",
        marshal.dumps(["(?:about)"]),  # not a mapping
        marshal.dumps({"hedges": 3}),  # a value that is not a string
        marshal.dumps({7: "(?:about)"}),  # a name that is not a string
        marshal.dumps({"hedges": "(?:about)", "reports": b"(?:said)"}),  # one bad value among good ones
        marshal.dumps({"hedges": "(?:about)", b"reports": "(?:said)"}),  # one bad name among good ones
    ],
)
def test_a_record_that_is_empty_damaged_or_not_names_to_strings_gives_nothing_back(cache: Path,
                                                                                   content: bytes) -> None:
    digest = checked.digest("rules")
    checked.remember(digest, {"hedges": "(?:about)"})
    record = next(path for path in cache.rglob(digest))
    record.write_bytes(content)
    assert checked.recall(digest) is None


def test_what_cannot_be_kept_leaves_no_record_and_no_stray_file(cache: Path) -> None:
    digest = checked.digest("rules")
    checked.remember(checked.digest("other rules"), {})  # makes the record directory
    checked.remember(digest, {"hedges": object()})  # type: ignore[dict-item]  # marshal refuses it
    assert not checked.passed(digest)
    assert checked.recall(digest) is None
    assert sorted(path.name for path in cache.rglob("*") if path.is_file()) == [checked.digest("other rules")]


def test_with_the_cache_turned_off_nothing_is_kept_or_recalled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CACHE_ENV, "")
    digest = checked.digest("rules")
    checked.remember(digest, {"hedges": "(?:about)"})
    assert not checked.passed(digest)
    assert checked.recall(digest) is None
