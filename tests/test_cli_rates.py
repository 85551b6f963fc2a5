"""`pricebot rates set/list/delete` as a user runs them."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from bot.cli import main
from bot.store_open import open_store
from tests.conftest import REPO


def test_set_then_list_shows_the_card(_isolated_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rates", "set", "deal-a", "--input", "2.50", "--output", "$10", "--cache-read", "0.25"]) == 0
    card = open_store(_isolated_db).rate_cards()["deal-a"]
    assert (card.input, card.output, card.cache_read) == (Decimal("2.50"), Decimal("10"), Decimal("0.25"))
    capsys.readouterr()
    assert main(["rates", "list"]) == 0
    out = capsys.readouterr().out
    assert "deal-a" in out and "$2.50" in out and "$10" in out and "$0.25" in out
    assert "per million tokens" in out


def test_list_when_empty_says_the_catalog_is_used(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rates", "list"]) == 0
    assert "bundled catalog" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("option", "value", "problem"),
    [
        ("--input", "abc", "is not a number"),
        ("--output", "-1", "is out of range"),
        ("--cache-read", "20000", "is out of range"),
        ("--cache-write", "nan", "is out of range"),
    ],
)
def test_a_bad_rate_is_refused_naming_option_value_and_range(
    _isolated_db: Path, capsys: pytest.CaptureFixture[str], option: str, value: str, problem: str
) -> None:
    args = ["rates", "set", "x", "--input", "1", "--output", "2", option, value]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert f"{option} {value!r} {problem}" in err
    assert "$0/MTok to $10,000/MTok" in err
    assert open_store(_isolated_db).rate_cards() == {}


def test_delete(capsys: pytest.CaptureFixture[str]) -> None:
    main(["rates", "set", "x", "--input", "1", "--output", "2"])
    assert main(["rates", "delete", "x"]) == 0
    assert main(["rates", "delete", "x"]) == 1
    assert "no rate card named 'x'" in capsys.readouterr().err


def test_exit_code_2_from_the_real_command_line(_isolated_db: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "bot", "rates", "set", "x", "--input", "1", "--output", "lots"],
                            capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 2
    assert "--output 'lots' is not a number" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unusable_database_is_a_message_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("PRICEBOT_DB", str(blocker / "pricebot.db"))
    assert main(["rates", "list"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("pricebot rates: PRICEBOT_DB") and "cannot be used" in err
