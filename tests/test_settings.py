"""Settings come from the environment or `.env`; a missing one is named with where to get it, never echoed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.settings import DEFAULT_API_URL, SettingError, Settings, default_db_path
from tests.conftest import REPO

SLACK_VARS = ("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN", "SLACK_API_URL")


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in SLACK_VARS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)  # no stray .env


@pytest.mark.parametrize(
    ("name", "where"),
    [
        ("SLACK_BOT_TOKEN", "OAuth & Permissions"),
        ("SLACK_SIGNING_SECRET", "Basic Information"),
        ("SLACK_APP_TOKEN", "connections:write"),
    ],
)
def test_a_missing_setting_is_named_with_where_to_get_it(name: str, where: str) -> None:
    with pytest.raises(SettingError) as raised:
        Settings().require(name)
    message = str(raised.value)
    assert message.startswith(f"{name} is not set")
    assert where in message


def test_a_blank_setting_counts_as_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLACK_SIGNING_SECRET", "   ")
    assert not Settings().has("SLACK_SIGNING_SECRET")


def test_a_token_of_the_wrong_kind_is_refused_without_echoing_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xapp-1-this-is-the-app-token")
    with pytest.raises(SettingError) as raised:
        Settings().require("SLACK_BOT_TOKEN")
    assert "xoxb-" in str(raised.value)
    assert "this-is-the-app-token" not in str(raised.value)


def test_settings_are_read_from_a_dotenv_file(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text(
        "SLACK_BOT_TOKEN=xoxb-from-dotenv\nSLACK_SIGNING_SECRET=s3cret\nSLACK_API_URL=http://127.0.0.1:9999/api\n"
    )
    settings = Settings()
    assert settings.require("SLACK_BOT_TOKEN") == "xoxb-from-dotenv"
    assert settings.require("SLACK_SIGNING_SECRET") == "s3cret"
    assert settings.slack_api_url == "http://127.0.0.1:9999/api/"  # trailing slash kept / added


def test_secrets_never_show_in_repr(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-super-secret")
    monkeypatch.setenv("SLACK_SIGNING_SECRET", "signing-super-secret")
    shown = repr(Settings()) + str(Settings()) + str(Settings().model_dump())
    assert "super-secret" not in shown


def test_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PRICEBOT_DB")
    settings = Settings()
    assert settings.slack_api_url == DEFAULT_API_URL
    assert settings.pricebot_db == default_db_path()
    assert default_db_path().parts[-2:] == ("pricebot", "pricebot.db")


def test_pricebot_db_comes_from_the_environment(_isolated_db: Path) -> None:
    assert Settings().pricebot_db == _isolated_db


def test_a_malformed_api_url_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.settings import load_settings

    monkeypatch.setenv("SLACK_API_URL", "slack.example/api")
    with pytest.raises(SettingError) as raised:
        load_settings()
    assert str(raised.value).startswith("SLACK_API_URL is not valid")
    assert "slack.example/api" in str(raised.value) and "http" in str(raised.value)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the data directory is worked out here on Linux only")
@pytest.mark.parametrize("xdg", [None, "", "/tmp/xdg-data/", "relative/data"])
@pytest.mark.parametrize("home", ["/home/rep", "/home/rep/", "/"])
def test_the_default_database_is_where_platformdirs_puts_it(monkeypatch: pytest.MonkeyPatch, xdg: str | None,
                                                            home: str) -> None:
    from platformdirs import user_data_path

    monkeypatch.setenv("HOME", home)
    if xdg is None:
        monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_DATA_HOME", xdg)
    assert default_db_path() == user_data_path("pricebot", appauthor=False) / "pricebot.db"


def test_a_name_in_any_case_and_the_environment_over_dotenv(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("slack_bot_token=xoxb-from-dotenv\nSLACK_APP_TOKEN=xapp-from-dotenv\n"
                                   "Slack_Signing_Secret\nPRICEBOT_RETENTION_DAYS=30\nOTHER=ignored\n")
    monkeypatch.setenv("Slack_Bot_Token", "xoxb-from-env")
    settings = Settings()
    assert settings.require("SLACK_BOT_TOKEN") == "xoxb-from-env"  # the environment wins
    assert settings.require("SLACK_APP_TOKEN") == "xapp-from-dotenv"
    assert not settings.has("SLACK_SIGNING_SECRET")  # a name without a value sets nothing
    assert settings.pricebot_retention_days == 30
    assert Settings(slack_bot_token="xoxb-given").require("SLACK_BOT_TOKEN") == "xoxb-given"  # a given value wins


def test_a_default_is_validated_too(tmp_path: Path) -> None:
    (tmp_path / "pricebot" / "pricebot.db").mkdir(parents=True)  # a directory where the default database would be
    probe = "from bot.settings import load_settings; load_settings()"
    done = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, timeout=120,
                          env={"PATH": "/usr/bin:/bin", "XDG_DATA_HOME": str(tmp_path), "PYTHONPATH": str(REPO)})
    assert done.returncode != 0
    assert "PRICEBOT_DB is not valid" in done.stderr and "not a regular file" in done.stderr


def test_reading_the_settings_loads_no_settings_library(tmp_path: Path) -> None:
    """`pricebot serve` reads its settings without pydantic-settings (and the readers of cloud secret stores it
    loads), platformdirs, or python-dotenv when there is no `.env`."""
    probe = ("import sys; from bot.settings import load_settings; load_settings(); "
             "print(sorted(m for m in ('pydantic_settings', 'platformdirs', 'dotenv') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, timeout=120,
                          env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PYTHONPATH": str(REPO)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
