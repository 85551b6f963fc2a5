"""The record of rule sets that passed the full check (glossary/checked.py): made where pricebot keeps its cache, in a
private directory made when missing, never taken as passed when it cannot be read, and found without importing
platformdirs on Linux."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest

from glossary import checked
from glossary.checked import CACHE_ENV


@pytest.mark.usefixtures("usual_umask")
def test_a_passed_rule_set_is_remembered_in_a_private_directory_made_when_missing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    cache = tmp_path / "not" / "made" / "yet"
    monkeypatch.setenv(CACHE_ENV, str(cache))
    first, second = checked.digest("rules one"), checked.digest("rules two")
    assert not checked.passed(first)
    checked.remember(first)
    checked.remember(second)  # into the directory the first one made
    assert checked.passed(first) and checked.passed(second)
    assert not checked.passed(checked.digest("rules three"))
    made = [path for path in cache.rglob("*") if path.is_dir()]
    assert made and all(stat.S_IMODE(path.stat().st_mode) == 0o700 for path in made if path != cache)


def test_a_record_that_cannot_be_looked_up_is_not_taken_as_passed(monkeypatch: pytest.MonkeyPatch,
                                                                  tmp_path: Path) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / ("x" * 300)))  # a name longer than the file system allows
    digest = checked.digest("rules")
    checked.remember(digest)  # cannot be written: silently nothing
    assert not checked.passed(digest)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="worked out without platformdirs on Linux only")
def test_the_cache_directory_on_linux_needs_no_platformdirs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(CACHE_ENV, raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", "/home/rep")
    monkeypatch.setitem(sys.modules, "platformdirs", None)  # importing it would fail
    assert checked.cache_directory() == Path("/home/rep/.cache/pricebot")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the cache directory is worked out here on Linux only")
@pytest.mark.parametrize("home", [None, "", "relative/home"])
def test_without_a_usable_home_the_cache_directory_is_platformdirs_own(monkeypatch: pytest.MonkeyPatch,
                                                                       home: str | None) -> None:
    from platformdirs import user_cache_path

    monkeypatch.delenv(CACHE_ENV, raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    if home is None:
        monkeypatch.delenv("HOME", raising=False)
    else:
        monkeypatch.setenv("HOME", home)
    found = checked.cache_directory()
    assert found == user_cache_path("pricebot", appauthor=False)
    assert found is not None and found.name == "pricebot"


def test_a_passed_rule_set_is_an_empty_file_named_by_its_digest_under_checked_rules(monkeypatch: pytest.MonkeyPatch,
                                                                                    tmp_path: Path) -> None:
    # where the module's docs say it is, so clearing ~/.cache/pricebot/checked-rules makes every rules file checked
    # again; a record with nothing derived from the rule set holds nothing
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    digest = checked.digest("rules")
    checked.remember(digest)
    assert [path.relative_to(tmp_path).as_posix() for path in tmp_path.rglob("*") if path.is_file()] == [
        f"checked-rules/{digest}"]
    assert (tmp_path / "checked-rules" / digest).read_bytes() == b""
