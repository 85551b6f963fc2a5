"""Compiled templates kept between runs: a reply read from the cache is the reply compiled afresh, and a cache
that is missing, unwritable, corrupt or made for another configuration never changes or stops an answer."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from jinja2 import DictLoader, Environment

from bot.present.template_cache import fingerprint, template_cache
from glossary.checked import CACHE_ENV
from tests.conftest import REPO

ASKS = [
    "2M input + 500k output tokens a day at $5/$15 per 1M",
    "40% discount on PTUs at 80% utilization",
    "what is a PTU?",
]


def ask(text: str, cache: str, db: Path) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "PRICEBOT_DB": str(db), "HOME": str(db.parent), CACHE_ENV: cache}
    return subprocess.run([sys.executable, "-m", "bot", "ask", "--mrkdwn", text], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120)


def cached_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.rglob("*") if p.is_file())


@pytest.mark.parametrize("text", ASKS)
def test_a_reply_from_the_cache_is_the_reply_compiled_afresh(tmp_path: Path, _isolated_db: Path, text: str) -> None:
    uncached = ask(text, "", _isolated_db)
    first = ask(text, str(tmp_path / "cache"), _isolated_db)  # compiles and stores
    stored = cached_files(tmp_path / "cache")
    second = ask(text, str(tmp_path / "cache"), _isolated_db)  # loads
    assert stored, "nothing was cached"
    assert uncached.returncode == first.returncode == second.returncode
    assert uncached.stdout == first.stdout == second.stdout and uncached.stdout.strip()
    assert second.stderr == ""


def test_an_unwritable_cache_is_no_cache(tmp_path: Path, _isolated_db: Path) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("a file where the cache directory would go")
    expected = ask(ASKS[0], "", _isolated_db)
    done = ask(ASKS[0], str(blocker), _isolated_db)
    assert (done.returncode, done.stdout, done.stderr) == (expected.returncode, expected.stdout, "")


def test_a_corrupt_cache_file_is_compiled_again(tmp_path: Path, _isolated_db: Path) -> None:
    cache = tmp_path / "cache"
    expected = ask(ASKS[1], str(cache), _isolated_db)
    files = cached_files(cache)
    for n, path in enumerate(files):  # truncated, emptied, or garbage after a valid-looking header
        data = path.read_bytes()
        path.write_bytes([data[: len(data) // 2], b"", data[:8] + os.urandom(64)][n % 3])
    done = ask(ASKS[1], str(cache), _isolated_db)
    assert (done.returncode, done.stdout, done.stderr) == (expected.returncode, expected.stdout, "")


def _environment(source: str, **options: bool) -> Environment:
    return Environment(loader=DictLoader({"t.j2": source}), **options)


def test_an_edited_template_is_compiled_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    for source in ["first {{ x }}", "second {{ x }}"]:
        env = _environment(source)
        env.bytecode_cache = template_cache(env)
        assert env.get_template("t.j2").render(x=1) == source.replace("{{ x }}", "1")


def test_code_compiled_for_other_options_is_never_loaded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Jinja's cache key is the template's name and source; trimming whitespace changes the compiled code, so the
    same template under another configuration must not load it."""
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    source = "{% if x %}\n  yes\n{% endif %}\n"
    outputs = {}
    for trim in (False, True, False):
        env = _environment(source, trim_blocks=trim, lstrip_blocks=trim)
        env.bytecode_cache = template_cache(env)
        fresh = _environment(source, trim_blocks=trim, lstrip_blocks=trim).get_template("t.j2").render(x=True)
        assert env.get_template("t.j2").render(x=True) == fresh
        outputs[trim] = fresh
    assert outputs[False] != outputs[True]  # the options do change the output
    assert fingerprint(_environment(source)) != fingerprint(_environment(source, trim_blocks=True))


def test_an_empty_setting_turns_the_cache_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CACHE_ENV, "")
    assert template_cache(_environment("x")) is None


def test_a_kept_template_reads_back_as_jinja_reads_it(tmp_path: Path, _isolated_db: Path) -> None:
    """The cache reads each file whole and unmarshals it once; what it gets is what Jinja's own reader gets from the
    same file, and a file for an edited template (another checksum) or another layout is still a miss."""
    import marshal
    import pickle

    from jinja2.bccache import Bucket, bc_magic

    from bot.present.template_cache import _read_bucket

    cache = tmp_path / "cache"
    for text in ASKS:
        assert ask(text, str(cache), _isolated_db).returncode in (0, 1)
    files = [p for p in cached_files(cache) if p.suffix == ".cache"]
    assert len(files) >= 5
    env = Environment()
    for path in files:
        data = path.read_bytes()
        theirs = Bucket(env, "key", "")
        with path.open("rb") as file:
            theirs.load_bytecode(file)  # the checksum "" matches none: Jinja reads no code
        assert theirs.code is None
        checksum = pickle.loads(data[len(bc_magic):])
        theirs, mine = Bucket(env, "key", checksum), Bucket(env, "key", checksum)
        with path.open("rb") as file:
            theirs.load_bytecode(file)
        _read_bucket(mine, data)
        assert theirs.code is not None and marshal.dumps(mine.code) == marshal.dumps(theirs.code)
        for other in [Bucket(env, "key", "edited"), Bucket(env, "key", checksum)]:
            _read_bucket(other, data if other.checksum == "edited" else b"j3" + data[2:])
            assert other.code is None
