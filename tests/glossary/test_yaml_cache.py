"""What a rules, terms or phrases file parsed to is kept between runs (glossary/yamlfile.py): a later start reads
it back without PyYAML, and an edited file, a broken one or an unusable cache is parsed (and refused) as before."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import glossary
from glossary import yamlfile
from glossary.checked import CACHE_ENV
from glossary.rules import DEFAULT_RULES_PATH
from glossary.terms import DEFAULT_TERMS_PATH
from tests.conftest import REPO

TEXT = b"name: caching\nrates: {input: 3, output: 15.5, note: null}\nwords: [hit, 'miss', true]\n"


def records(cache: Path) -> list[Path]:
    return sorted(p for p in (cache / "yaml").iterdir() if not p.name.endswith(".tmp"))


def test_a_later_start_reads_the_bundled_files_back_without_pyyaml(tmp_path: Path) -> None:
    program = (
        "import sys\n"
        "import glossary\n"
        "from bot.phrases import phrases\n"
        "from glossary.terms import load_terms\n"
        "rules = glossary.load_rules()\n"
        "print(len(rules.rules), len(load_terms()), len(phrases()['titles']), 'yaml' in sys.modules)\n"
    )
    env = {**os.environ, CACHE_ENV: str(tmp_path)}
    runs = [subprocess.run([sys.executable, "-c", program], cwd=REPO, env=env, capture_output=True, text=True,
                           check=True, timeout=120).stdout.split() for _ in range(2)]
    assert runs[0][:3] == runs[1][:3] and int(runs[0][0]) > 0
    assert (runs[0][3], runs[1][3]) == ("True", "False")
    assert len(records(tmp_path)) == 3


def test_a_value_read_back_is_the_value_parsed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    first = yamlfile.parse(TEXT)
    assert first == {"name": "caching", "rates": {"input": 3, "output": 15.5, "note": None},
                     "words": ["hit", "miss", True]}
    again = yamlfile.parse(TEXT)
    assert again == first and list(again) == list(first) and type(again["rates"]["input"]) is int
    assert again is not first  # each caller gets its own copy to change


def test_an_edited_file_is_parsed_again(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    path = tmp_path / "file.yaml"
    path.write_bytes(TEXT)
    assert yamlfile.load(path)["name"] == "caching"
    path.write_bytes(TEXT.replace(b"caching", b"provisioned"))
    assert yamlfile.load(path)["name"] == "provisioned"


def test_a_rules_file_broken_after_a_good_run_is_still_refused(monkeypatch: pytest.MonkeyPatch,
                                                               tmp_path: Path) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    path = tmp_path / "rules.yaml"
    text = DEFAULT_RULES_PATH.read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    glossary.load_rules(path)
    path.write_text(text + "\nbroken: [unclosed\n", encoding="utf-8")  # no longer YAML
    with pytest.raises(glossary.RulesFileError, match="is not valid YAML at line"):
        glossary.load_rules(path)
    path.write_text(text.replace("\n  - id:", "\n  - colour: red\n    id:", 1), encoding="utf-8")  # YAML, bad rule
    with pytest.raises(glossary.RulesFileError, match="colour"):
        glossary.load_rules(path)


def test_a_terms_file_broken_after_a_good_run_is_still_refused(monkeypatch: pytest.MonkeyPatch,
                                                               tmp_path: Path) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    path = tmp_path / "terms.yaml"
    text = DEFAULT_TERMS_PATH.read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    assert glossary.load_terms(path)
    path.write_text(text + "\n  - id: [unclosed\n", encoding="utf-8")
    with pytest.raises(glossary.TermsFileError, match="is not valid YAML"):
        glossary.load_terms(path)


def test_an_alias_is_refused_every_time(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    bomb = b"a: &x [1, 2]\nb: *x\n"
    for _ in range(2):
        with pytest.raises(yamlfile.YamlFileProblem, match="anchor or alias"):
            yamlfile.parse(bomb)
    assert not (tmp_path / "yaml").exists()


@pytest.mark.parametrize("content", [b"", b"pricebot-yaml-1\n\x00\xff garbage", b"another format\n"])
def test_an_unreadable_record_is_a_miss(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, content: bytes) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    yamlfile.parse(TEXT)
    [record] = records(tmp_path)
    record.write_bytes(content)
    assert yamlfile.parse(TEXT)["words"] == ["hit", "miss", True]


def test_a_value_the_cache_cannot_hold_is_parsed_each_time(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    text = b"updated: 2026-11-30\n"
    assert str(yamlfile.parse(text)["updated"]) == "2026-11-30"
    assert str(yamlfile.parse(text)["updated"]) == "2026-11-30"
    assert not (tmp_path / "yaml").exists() or records(tmp_path) == []


def test_an_empty_cache_setting_keeps_nothing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(CACHE_ENV, "")
    monkeypatch.chdir(tmp_path)
    assert yamlfile.parse(TEXT)["name"] == "caching"
    assert list(tmp_path.iterdir()) == []
