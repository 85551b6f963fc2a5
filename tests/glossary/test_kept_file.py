"""A mapping kept between runs (glossary/kept_file.KeptMapping), the store behind the kept screens and the kept
spelling answers: a later process reads back what an earlier one added, a save keeps what another process added
meanwhile, at most ``limit`` entries are held in memory or written, and a damaged or foreign file is a miss."""

from __future__ import annotations

import atexit
from pathlib import Path

import pytest

from glossary import kept_file
from glossary.kept_file import KeptMapping


def _valid(key: object, value: object) -> bool:
    return isinstance(key, str) and isinstance(value, int)


def _process(path: Path | None, limit: int = 10) -> KeptMapping[str, int]:
    """The mapping as a process just started sees it (its exit hook never registered)."""
    mapping: KeptMapping[str, int] = KeptMapping(lambda: path, _valid, limit)
    mapping._saving = True
    return mapping


def test_what_one_process_adds_the_next_reads(tmp_path: Path) -> None:
    first = _process(tmp_path / "kept")
    assert first.get("a") is None
    first.add("a", 1)
    assert first.get("a") == 1
    first.save()
    assert _process(tmp_path / "kept").entries() == {"a": 1}


def test_a_save_keeps_what_another_process_added_meanwhile(tmp_path: Path) -> None:
    one, other = _process(tmp_path / "kept"), _process(tmp_path / "kept")
    one.entries(), other.entries()  # both read the file before either writes
    one.add("a", 1)
    other.add("b", 2)
    one.save()
    other.save()
    assert _process(tmp_path / "kept").entries() == {"a": 1, "b": 2}


def test_entries_given_at_save_are_kept_too(tmp_path: Path) -> None:
    mapping = _process(tmp_path / "kept")
    mapping.save({"c": 3})
    assert _process(tmp_path / "kept").entries() == {"c": 3}


def test_past_its_limit_a_process_answers_without_keeping(tmp_path: Path) -> None:
    mapping = _process(tmp_path / "kept", limit=2)
    for at, key in enumerate("abcd"):
        mapping.add(key, at)
    assert mapping.entries() == {"a": 0, "b": 1}
    mapping.save()
    assert _process(tmp_path / "kept").entries() == {"a": 0, "b": 1}


def test_a_file_that_would_grow_past_the_limit_keeps_only_the_writers_entries(tmp_path: Path) -> None:
    earlier = _process(tmp_path / "kept", limit=3)
    for at, key in enumerate("abc"):
        earlier.add(key, at)
    earlier.save()
    later = _process(tmp_path / "kept", limit=3)
    later._known = {}  # (as if it had read the file before the earlier process wrote it)
    later.add("x", 9)
    later.add("y", 8)
    later.save()
    assert _process(tmp_path / "kept").entries() == {"x": 9, "y": 8}


@pytest.mark.parametrize("content", [b"", b"not marshal at all", b"\xe9\x03\x00\x00"])
def test_a_damaged_file_is_a_miss_and_is_replaced(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "kept").write_bytes(content)
    mapping = _process(tmp_path / "kept")
    assert mapping.entries() == {}
    mapping.add("a", 1)
    mapping.save()
    assert _process(tmp_path / "kept").entries() == {"a": 1}


def test_entries_of_other_types_are_a_miss(tmp_path: Path) -> None:
    kept_file.write(tmp_path / "kept", {"a": 1, 2: "b"})
    assert _process(tmp_path / "kept").entries() == {}


def test_no_path_keeps_nothing_and_a_path_that_cannot_be_found_neither(tmp_path: Path) -> None:
    mapping = _process(None)
    mapping.add("a", 1)
    mapping.save()
    assert mapping.get("a") == 1 and list(tmp_path.iterdir()) == []

    def unreadable() -> Path:
        raise OSError("the code's own source cannot be read")

    failing: KeptMapping[str, int] = KeptMapping(unreadable, _valid, 10)
    failing._saving = True
    failing.add("a", 1)
    failing.save()
    assert failing.get("a") == 1


def test_a_file_at_exactly_its_limit_keeps_every_entry(tmp_path: Path) -> None:
    earlier = _process(tmp_path / "kept", limit=2)
    earlier.add("a", 1)
    earlier.save()
    later = _process(tmp_path / "kept", limit=2)
    later._known = {}
    later.add("b", 2)
    later.save()
    assert _process(tmp_path / "kept").entries() == {"a": 1, "b": 2}


def test_the_save_is_registered_to_run_at_exit_once(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    registered: list[object] = []
    monkeypatch.setattr(atexit, "register", registered.append)
    saved: list[str] = []
    mapping: KeptMapping[str, int] = KeptMapping(lambda: tmp_path / "kept", _valid, 10,
                                                 at_exit=lambda: saved.append("saved"))
    mapping.add("a", 1)
    mapping.add("b", 2)
    mapping.save_at_exit()
    assert len(registered) == 1
    registered[0]()  # type: ignore[operator]
    assert saved == ["saved"]


def test_a_file_in_a_directory_not_made_yet_is_written_with_a_private_directory(tmp_path: Path) -> None:
    path = tmp_path / "cache" / "pricebot" / "kept"
    kept_file.write(path, {"a": 1})
    assert kept_file.read(path) == {"a": 1}
    assert (path.parent.stat().st_mode & 0o777) == 0o700


def test_what_cannot_be_written_leaves_no_file_behind(tmp_path: Path) -> None:
    kept_file.write(tmp_path / "kept", {"a": object()})  # a value marshal cannot write
    (tmp_path / "blocker").write_text("a file where a directory should be")
    kept_file.write(tmp_path / "blocker" / "kept", {"a": 1})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["blocker"]
