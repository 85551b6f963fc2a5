"""The source text ``typing`` and ``dataclasses`` compile at start-up, kept between runs (bot/cli/_compiled.py):
what is built from the kept code is what the standard library builds, and a cache that is missing, unwritable,
corrupt, from another Python or turned off never changes or stops an answer."""

from __future__ import annotations

import atexit
import dataclasses
import marshal
import subprocess
import sys
import typing
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.cli import _compiled
from glossary.checked import CACHE_ENV
from tests.conftest import REPO

ASK = "2M input + 500k output tokens a day at $5/$15 per 1M"


@pytest.fixture
def hooked(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[_compiled.KeptCode]:
    """typing and dataclasses using a fresh cache in ``tmp_path`` (undone after the test)."""
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    monkeypatch.delattr(typing, "compile", raising=False)
    monkeypatch.delattr(dataclasses, "exec", raising=False)
    monkeypatch.setattr(_compiled, "_installed", None)
    kept = _compiled.keep_compiled_source()
    assert kept is not None
    try:
        yield kept
    finally:
        del typing.compile  # type: ignore[attr-defined]
        del dataclasses.exec  # type: ignore[attr-defined]
        atexit.unregister(kept.save)


def _code_parts(code: object) -> tuple[object, ...]:
    assert isinstance(code, type(_code_parts.__code__))
    return (code.co_code, code.co_consts, code.co_names, code.co_varnames, code.co_flags, code.co_filename,
            code.co_firstlineno, code.co_linetable, code.co_exceptiontable)


@pytest.mark.parametrize("text", ["int", "Required[str]", "dict[str, list[CoreSchema]] | None", "'quoted'"])
def test_a_forward_reference_gets_the_code_compile_gives(hooked: _compiled.KeptCode, text: str) -> None:
    ref = typing.ForwardRef(text)
    plain = compile(text, "<string>", "eval", 0, True)  # as typing compiles it (no future statements)
    assert _code_parts(ref.__forward_code__) == _code_parts(plain)
    assert typing.ForwardRef(text).__forward_code__ is ref.__forward_code__  # compiled once in the process
    del typing.compile  # type: ignore[attr-defined]
    try:
        assert _code_parts(typing.ForwardRef(text).__forward_code__) == _code_parts(ref.__forward_code__)
    finally:
        typing.compile = _compiled._compile_kept(hooked)  # type: ignore[attr-defined]
    assert ref == typing.ForwardRef(text) and ref.__forward_arg__ == text


def test_a_forward_reference_that_is_no_expression_fails_as_before(hooked: _compiled.KeptCode) -> None:
    for _ in range(2):
        with pytest.raises(SyntaxError, match="Forward reference must be an expression"):
            typing.ForwardRef("not an expression")


def _typed_dict() -> tuple[object, ...]:
    class Row(typing.TypedDict):  # string annotations (this module has the __future__ import): forward references
        name: str
        count: typing.NotRequired[int]

    def f(a: list[Row], b: int | None = None) -> dict[str, Row]:
        return {}

    return (Row.__required_keys__, Row.__optional_keys__, Row.__annotations__,
            typing.get_type_hints(f, localns={"Row": Row}) == {"a": list[Row], "b": int | None,
                                                               "return": dict[str, Row]})


def test_annotations_evaluate_as_before(hooked: _compiled.KeptCode) -> None:
    with_kept_code = _typed_dict()
    del typing.compile  # type: ignore[attr-defined]
    try:
        assert _typed_dict() == with_kept_code and with_kept_code[-1] is True
    finally:
        typing.compile = _compiled._compile_kept(hooked)  # type: ignore[attr-defined]


def test_a_dataclass_built_from_kept_code_behaves_as_one_built_afresh(hooked: _compiled.KeptCode) -> None:
    def make() -> type:
        @dataclasses.dataclass(frozen=True, order=True)
        class Point:
            x: int
            y: int = 0
            tags: list[str] = dataclasses.field(default_factory=list, hash=False, compare=False)

        return Point

    first, second = make(), make()  # the second is built from the code kept for the first
    assert any(mode == "exec" for mode, _ in hooked.kept)
    for point in (first, second):
        a, b = point(1), point(1, 2, ["x"])
        assert repr(a).endswith(".Point(x=1, y=0, tags=[])") and a == point(1) and a < b
        assert hash(a) == hash(point(1)) and b.tags == ["x"] and a.tags is not point(1).tags
        with pytest.raises(dataclasses.FrozenInstanceError):
            a.x = 3  # type: ignore[misc]
        with pytest.raises(TypeError):
            point()


def test_what_one_process_compiles_the_next_reads(hooked: _compiled.KeptCode, monkeypatch: pytest.MonkeyPatch) -> None:
    typing.ForwardRef("Kept[Between, Runs]")
    hooked.save()
    again = _compiled.KeptCode(_compiled.cache_file())

    def no_compile(*args: object, **kwargs: object) -> None:
        raise AssertionError("compiled again")

    monkeypatch.setattr(_compiled, "_compile", no_compile)
    assert _code_parts(again.code("Kept[Between, Runs]", "eval")) == _code_parts(
        compile("Kept[Between, Runs]", "<string>", "eval", 0, True))


@pytest.mark.parametrize("damage", ["truncated", "garbage", "another python", "empty"])
def test_a_damaged_or_foreign_cache_file_is_compiled_again(hooked: _compiled.KeptCode, damage: str) -> None:
    typing.ForwardRef("Damaged[File]")
    hooked.save()
    path = _compiled.cache_file()
    assert path is not None and path.exists()
    data = path.read_bytes()
    path.write_bytes({"truncated": data[: len(data) // 2], "garbage": b"\x00not marshal" * 10, "empty": b"",
                      "another python": marshal.dumps((1, "2.7.18", b"\x03\xf3\r\n",
                                                       {("eval", "Damaged[File]"): compile("0", "", "eval")}))}[damage])
    again = _compiled.KeptCode(path)
    assert again.kept == {}
    assert _code_parts(again.code("Damaged[File]", "eval")) == _code_parts(
        compile("Damaged[File]", "<string>", "eval", 0, True))
    again.save()  # replaced by a good file
    assert ("eval", "Damaged[File]") in _compiled.KeptCode(path).kept


def test_the_cache_directory_is_the_glossarys(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from glossary.checked import cache_directory

    for setting in [str(tmp_path / "c"), ""]:
        monkeypatch.setenv(CACHE_ENV, setting)
        assert _compiled.cache_directory() == cache_directory()
    if sys.platform == "linux":
        monkeypatch.delenv(CACHE_ENV)
        for xdg, home in [(None, "/home/rep"), ("/tmp/xdg", "/home/rep"), ("relative", "/home/rep/")]:
            monkeypatch.setenv("HOME", home)
            if xdg is None:
                monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
            else:
                monkeypatch.setenv("XDG_CACHE_HOME", xdg)
            assert _compiled.cache_directory() == cache_directory()


def _ask(tmp_path: Path, cache: str) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "PRICEBOT_DB": str(tmp_path / "p.db"), "HOME": str(tmp_path), CACHE_ENV: cache}
    return subprocess.run([sys.executable, "-m", "bot", "ask", ASK], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=120)


def test_an_ask_keeps_the_code_and_answers_the_same_from_it(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    uncached = _ask(tmp_path, "")
    first, second = _ask(tmp_path, str(cache)), _ask(tmp_path, str(cache))
    kept = list(cache.glob("code-*"))
    assert len(kept) == 1 and kept[0].stat().st_size > 0
    assert uncached.returncode == first.returncode == second.returncode == 0
    assert uncached.stdout == first.stdout == second.stdout and "Per-token quote" in uncached.stdout
    assert first.stderr == second.stderr == ""


def test_an_unwritable_cache_directory_still_answers(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("a file where the cache directory would go")
    expected = _ask(tmp_path, "")
    done = _ask(tmp_path, str(blocker / "cache"))
    assert (done.returncode, done.stdout, done.stderr) == (expected.returncode, expected.stdout, "")
    assert blocker.read_text() == "a file where the cache directory would go"


def test_an_empty_cache_setting_keeps_nothing(tmp_path: Path) -> None:
    before = sorted(tmp_path.rglob("*"))
    done = _ask(tmp_path, "")
    assert done.returncode == 0 and "Per-token quote" in done.stdout
    assert not [p for p in sorted(tmp_path.rglob("*")) if p not in before and p.name.startswith("code-")]
