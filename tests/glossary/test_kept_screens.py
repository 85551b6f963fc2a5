"""Clauses kept between runs (glossary/kept_screens.py): what a later process reads back is what
glossary.prefilter.requirement reads, a bad or foreign file is a miss, and a fresh process screens a long paste from its
first search once an earlier one has kept its patterns' clauses, with the same reading of the message."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from glossary import kept_screens, prefilter, regex_cache
from glossary.checked import CACHE_ENV

PATTERNS: list[tuple[str, int]] = [
    (r"\b(?:cache|cached) (?:reads?|hits?)\b", re.IGNORECASE),
    (r"(?<![\w.$])(?P<n>\d+)\s?(?:calls?|requests?) (?:a|per) (?:day|month)", re.IGNORECASE),
    (r"\bprovisioned throughput\b|\bptus?\b", 0),
    (r".*", 0),  # nothing known of its matches: kept as ()
]


def _fresh(monkeypatch: pytest.MonkeyPatch, cache: Path | str) -> None:
    """This process as if just started, with ``cache`` as pricebot's cache directory."""
    monkeypatch.setenv(CACHE_ENV, str(cache))
    for name, value in (("_known", None), ("_added", {}), ("_saving", True)):  # (no exit hook from a test)
        monkeypatch.setattr(kept_screens.SCREENS, name, value)
    monkeypatch.setattr(kept_screens, "_wanted", set())


def test_screens_built_are_kept_and_read_back_by_a_later_process(monkeypatch: pytest.MonkeyPatch,
                                                                tmp_path: Path) -> None:
    _fresh(monkeypatch, tmp_path)
    assert all(kept_screens.known(p, f) is None for p, f in PATTERNS)
    read = [kept_screens.read(p, f) for p, f in PATTERNS]
    assert read == [kept_screens.build(p, f) for p, f in PATTERNS]
    # a screen admits a text a match can be in and rules out one it cannot; nothing is known of ".*"
    assert all(re.search(regex, "two cache hits a day") for regex in read[0])
    assert not all(re.search(regex, "provisioned only") for regex in read[0])
    assert read[3] == ()
    kept_screens.save()
    _fresh(monkeypatch, tmp_path)

    def no_reading(pattern: str, flags: int) -> None:
        raise AssertionError(f"built again instead of kept: {pattern}")

    monkeypatch.setattr(kept_screens, "build", no_reading)
    assert [kept_screens.known(p, f) for p, f in PATTERNS] == read
    assert [kept_screens.read(p, f) for p, f in PATTERNS] == read


def test_screens_wanted_are_built_when_the_process_saves(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _fresh(monkeypatch, tmp_path)
    pattern, flags = PATTERNS[1]
    kept_screens.want(pattern, flags)
    assert kept_screens.known(pattern, flags) is None  # not read while the process works
    kept_screens.save()
    _fresh(monkeypatch, tmp_path)
    assert kept_screens.known(pattern, flags) == kept_screens.build(pattern, flags)


def test_a_wanted_screens_regexes_are_compiled_and_kept_too(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _fresh(monkeypatch, tmp_path)
    for name, value in (("_known", None), ("_used", set()), ("_added", {})):
        monkeypatch.setattr(regex_cache, name, value)
    pattern, flags = PATTERNS[1]
    kept_screens.want(pattern, flags)
    kept_screens.save()
    _fresh(monkeypatch, tmp_path)
    for name, value in (("_known", None), ("_used", set()), ("_added", {})):
        monkeypatch.setattr(regex_cache, name, value)
    screen = kept_screens.known(pattern, flags)
    assert screen and all(regex_cache.compile_regex(regex).search("40 calls a day") for regex in screen)
    assert all((regex, 0) in regex_cache._used for regex in screen)  # read from the kept code, not compiled again


def test_a_save_keeps_what_another_process_added_meanwhile(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _fresh(monkeypatch, tmp_path)
    kept_screens.read(*PATTERNS[0])
    kept_screens.save()
    _fresh(monkeypatch, tmp_path)
    kept_screens.read(*PATTERNS[2])
    kept_screens.save()
    _fresh(monkeypatch, tmp_path)
    assert kept_screens.known(*PATTERNS[0]) is not None and kept_screens.known(*PATTERNS[2]) is not None


@pytest.mark.parametrize("content", [b"", b"not marshal at all", b"\xe9\x03\x00\x00",  # an int, not a mapping
                                     bytes([0xFB]) + b"\x00" * 7])
def test_an_unreadable_or_foreign_file_is_a_miss_and_is_replaced(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                                 content: bytes) -> None:
    _fresh(monkeypatch, tmp_path)
    path = kept_screens.cache_file()
    assert path is not None
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    pattern, flags = PATTERNS[0]
    assert kept_screens.known(pattern, flags) is None
    assert kept_screens.read(pattern, flags) == kept_screens.build(pattern, flags)
    kept_screens.save()
    _fresh(monkeypatch, tmp_path)
    assert kept_screens.known(pattern, flags) == kept_screens.build(pattern, flags)


def test_an_edited_reader_never_uses_the_screens_of_the_old_one(monkeypatch: pytest.MonkeyPatch,
                                                                tmp_path: Path) -> None:
    _fresh(monkeypatch, tmp_path)
    before = kept_screens.cache_file()
    edited = tmp_path / "prefilter.py"
    edited.write_text(Path(prefilter.__file__).read_text() + "\n# edited\n")
    monkeypatch.setattr(prefilter, "__file__", str(edited))
    assert kept_screens.cache_file() != before


def test_an_empty_cache_setting_keeps_nothing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _fresh(monkeypatch, "")
    kept_screens.read(*PATTERNS[0])
    kept_screens.save()
    assert kept_screens.cache_file() is None
    assert list(tmp_path.iterdir()) == []


_PARSE = """
import json, sys
from bot.parse import parse, extract, forms, intent, deal_terms, tables
from bot.parse.prescreen import ScreenedPattern
text = sys.stdin.read()
ask = parse(text)
patterns = [v for m in (extract, forms, intent, deal_terms, tables) for v in vars(m).values()
            if isinstance(v, ScreenedPattern)]
print(json.dumps({"ask": ask.model_dump(mode="json"), "screened": sum(p._tests is not None for p in patterns)}))
"""


def test_a_fresh_process_screens_a_long_paste_once_an_earlier_one_kept_the_screens(tmp_path: Path) -> None:
    text = ("| day | calls | input tokens | output tokens |\n|---|---|---|---|\n"
            + "".join(f"| 2025-01-{d:02d} | 40,000 | 80,000,000 | 12,000,000 |\n" for d in range(1, 29))
            + "note: nothing else changes. " * 120
            + "\nat $3/$15 per million, what did the month cost?")
    env = {**os.environ, CACHE_ENV: str(tmp_path)}

    def run() -> dict[str, object]:
        done = subprocess.run([sys.executable, "-c", _PARSE], input=text, capture_output=True, text=True, env=env,
                              check=True)
        return json.loads(done.stdout)  # type: ignore[no-any-return]

    first = run()
    assert first["screened"] <= 5  # nothing kept yet: screens only where a pattern was searched 50 times
    assert any(p.name.startswith("screens-") for p in tmp_path.iterdir())  # kept at exit
    second = run()
    assert second["screened"] > 100  # screened from the first search
    assert second["ask"] == first["ask"]  # and read the same
