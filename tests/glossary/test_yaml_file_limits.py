"""The YAML reader behind the rules, terms and phrases files (glossary/yamlfile.py): the size limit at its edge, the
messages an enablement lead reads, and the kept copy a later start reads instead of parsing again."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
import yaml

import glossary
from glossary import yamlfile
from glossary.checked import CACHE_ENV

TEXT = b"name: caching\nrates: {input: 3, output: 15}\n"


def test_a_file_of_exactly_the_limit_is_read_in_full(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    tail = b"last: yes-indeed"  # no newline at the end: a byte short would change the value
    path.write_bytes(b"#" * (yamlfile.MAX_BYTES - len(tail) - 1) + b"\n" + tail)
    assert path.stat().st_size == yamlfile.MAX_BYTES
    assert yamlfile.load(path) == {"last": "yes-indeed"}


def test_a_file_one_byte_over_the_limit_is_refused_with_its_size(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_bytes(b"#" * yamlfile.MAX_BYTES + b"\n")
    with pytest.raises(glossary.RulesFileError) as caught:
        glossary.load_rules(path)
    assert str(caught.value) == (f"rules file {path}: is too large (1,048,577 bytes): allowed up to 1,048,576 bytes")


def test_a_file_that_is_not_utf8_is_refused_saying_so(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_bytes(b"version: 1\nrules: \xff\xfe\n")
    with pytest.raises(glossary.RulesFileError) as caught:
        glossary.load_rules(path)
    assert str(caught.value) == f"rules file {path}: is not UTF-8 text"


def test_an_alias_is_refused_naming_its_line(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    with pytest.raises(yamlfile.YamlFileProblem) as caught:
        yamlfile.parse(b"version: 1\nrates: &r [1, 2]\nagain: *r\n")
    assert str(caught.value).startswith("uses a YAML anchor or alias (&r) at line 2:")


def test_a_syntax_error_says_where(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    with pytest.raises(yamlfile.YamlSyntaxError) as caught:
        yamlfile.parse(b"version: 1\nrules: [unclosed\n")
    assert "line 3" in str(caught.value)  # what bot/phrases.py shows for its own file


def test_a_second_parse_of_the_same_text_does_not_parse_again(monkeypatch: pytest.MonkeyPatch,
                                                               tmp_path: Path) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    first = yamlfile.parse(TEXT)

    def no_parser(*args: object, **kwargs: object) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(yaml, "scan", no_parser)
    monkeypatch.setattr(yaml, "load", no_parser)
    assert yamlfile.parse(TEXT) == first == {"name": "caching", "rates": {"input": 3, "output": 15}}


@pytest.mark.usefixtures("usual_umask")
def test_the_kept_copies_go_in_a_private_directory_made_when_missing(monkeypatch: pytest.MonkeyPatch,
                                                                     tmp_path: Path) -> None:
    cache = tmp_path / "not" / "made" / "yet"
    monkeypatch.setenv(CACHE_ENV, str(cache))
    yamlfile.parse(TEXT)
    yamlfile.parse(TEXT.replace(b"caching", b"provisioned"))  # a second file into the directory now there
    kept = cache / "yaml"
    assert len([p for p in kept.iterdir() if not p.name.endswith(".tmp")]) == 2
    assert stat.S_IMODE(kept.stat().st_mode) == 0o700


def test_a_file_that_grows_past_the_limit_after_its_size_was_checked_is_refused(monkeypatch: pytest.MonkeyPatch,
                                                                                tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_bytes(b"version: 1\n")
    real_stat = Path.stat

    def stat_then_grow(self: Path, *args: object, **kwargs: object) -> os.stat_result:
        info = real_stat(self, *args, **kwargs)  # type: ignore[arg-type]
        if self == path:
            with path.open("ab") as file:  # someone appends between the size check and the read
                file.write(b"#" * yamlfile.MAX_BYTES)
        return info

    monkeypatch.setattr(Path, "stat", stat_then_grow)
    with pytest.raises(yamlfile.YamlFileProblem) as caught:
        yamlfile.load(path)
    assert str(caught.value) == "is too large: allowed up to 1,048,576 bytes"
