"""Settings from the environment or `.env`, with start-up messages that say what is missing and where to get it.

Each setting is read as pydantic-settings reads it (which this module used until it was found to be a fifth of
`pricebot serve`'s start-up: it loads a reader for every kind of source, cloud secret stores included): a value
given to ``Settings(...)`` wins, then the environment, then a ``.env`` file in the directory pricebot starts in (read
with python-dotenv, only when there is one); names match whatever their case; a default is validated too.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator

DEFAULT_API_URL = "https://slack.com/api/"
DEFAULT_RETENTION_DAYS = 90

#: Where each Slack credential comes from, for the message shown when it is missing.
WHERE_TO_GET = {
    "SLACK_BOT_TOKEN": "copy the Bot User OAuth Token (xoxb-...) from your app's OAuth & Permissions page",
    "SLACK_SIGNING_SECRET": "copy it from your app's Basic Information page (App Credentials > Signing Secret)",
    "SLACK_APP_TOKEN": (
        "create an app-level token with the connections:write scope on your app's Basic Information page "
        "(App-Level Tokens); it starts with xapp-"
    ),
}

_PREFIXES = {"SLACK_BOT_TOKEN": "xoxb-", "SLACK_APP_TOKEN": "xapp-"}


#: The file the environment's settings may also be written in, in the directory pricebot starts in.
ENV_FILE = ".env"


def default_db_path() -> Path:
    """`pricebot.db` under the user's data directory (e.g. ~/.local/share/pricebot/): platformdirs'
    ``user_data_path("pricebot")``, worked out here on Linux as platformdirs does it (``$XDG_DATA_HOME`` when it is
    an absolute path, else ``$HOME/.local/share``) without importing it; anything else asks platformdirs."""
    if sys.platform == "linux":
        xdg = os.environ.get("XDG_DATA_HOME", "")
        if os.path.isabs(xdg):
            return Path(xdg) / "pricebot" / "pricebot.db"
        home = os.environ.get("HOME", "")
        if os.path.isabs(home):
            return Path(home) / ".local" / "share" / "pricebot" / "pricebot.db"
    from platformdirs import user_data_path

    return user_data_path("pricebot", appauthor=False) / "pricebot.db"


def environment_settings(names: set[str]) -> dict[str, str]:
    """The settings among ``names`` (lower case) found in the environment and, for those it lacks, in ``.env``,
    each under its lower-case name (a name in any case counts; of two spellings of one name, the later wins, as
    in pydantic-settings). A ``.env`` entry without a value is left out."""
    found: dict[str, str] = {}
    if os.path.isfile(ENV_FILE) or Path(ENV_FILE).is_fifo():
        from dotenv import dotenv_values

        for name, value in dotenv_values(ENV_FILE, encoding="utf-8").items():
            if name.lower() in names and value is not None:
                found[name.lower()] = value
    for name, value in os.environ.items():
        if name.lower() in names:
            found[name.lower()] = value
    return found


def _shown(value: str) -> str:
    """A malformed value as a message may show it: a token or secret pasted into the wrong variable is not
    echoed (Slack tokens and signing secrets are letters, digits and dashes; an address has a dot or slash)."""
    if value.startswith(("xox", "xapp")) or not any(ch in value for ch in "./"):
        return "the value (not shown: it may be a secret)"
    return repr(value)


class SlackUnavailable(Exception):
    """The token could not be checked because Slack (or whatever SLACK_API_URL points at) failed, not the token."""


class SettingError(Exception):
    """A setting is missing or malformed; the message names it and says how to fix it (never its value)."""

    def __init__(self, name: str, problem: str) -> None:
        self.name = name
        super().__init__(f"{name} {problem}")


def load_settings() -> Settings:
    """Settings from the environment and `.env`; a malformed value becomes a SettingError naming the variable."""
    try:
        return Settings()
    except ValidationError as error:
        first = error.errors()[0]
        name = str(first["loc"][0]).upper() if first.get("loc") else "a setting"
        message = str(first.get("msg", "is not valid")).removeprefix("Value error, ")
        raise SettingError(name, f"is not valid: {message}") from None


class Settings(BaseModel):
    """Everything pricebot reads from the environment (see the module's docstring for where each value comes
    from). Tokens are `SecretStr`: their repr never shows them."""

    model_config = ConfigDict(extra="ignore", validate_default=True, arbitrary_types_allowed=True)

    def __init__(self, **values: Any) -> None:
        super().__init__(**{**environment_settings(set(type(self).model_fields)), **values})

    slack_bot_token: SecretStr | None = None
    slack_signing_secret: SecretStr | None = None
    slack_app_token: SecretStr | None = None
    slack_api_url: str = DEFAULT_API_URL
    #: A SQLite file (the default) or a ``postgresql://`` URL for replicas sharing one database.
    pricebot_db: Path | str = default_db_path()
    #: Days that asks, answers, coaching flags and thread state are kept (README, "What pricebot stores").
    pricebot_retention_days: int = Field(default=DEFAULT_RETENTION_DAYS, ge=1, le=3650)

    @field_validator("slack_api_url")
    @classmethod
    def _trailing_slash(cls, value: str) -> str:
        """WebClient joins method names onto the base URL, so it must end with a slash."""
        value = value.strip() or DEFAULT_API_URL
        if not value.startswith(("http://", "https://")):
            raise ValueError(f"{_shown(value)} is not a URL: use an http(s) address such as {DEFAULT_API_URL}")
        return value if value.endswith("/") else value + "/"

    @field_validator("pricebot_db", mode="before")
    @classmethod
    def _file_or_url(cls, value: object) -> object:
        """A ``postgresql://`` URL stays a string (a Path would fold its ``//``); anything else is a file path."""
        if isinstance(value, str) and not value.startswith(("postgresql://", "postgres://")):
            value = Path(value)
        if isinstance(value, Path) and value.exists() and not value.is_file():
            raise ValueError(f"{str(value)!r} is not a regular file: a device such as /dev/null or a directory "
                             "cannot hold the database")
        return value

    @field_validator("slack_bot_token", "slack_signing_secret", "slack_app_token", mode="before")
    @classmethod
    def _blank_is_missing(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    def require(self, name: str) -> str:
        """The secret value of setting `name` (e.g. "SLACK_BOT_TOKEN"), or a SettingError saying where to get it."""
        secret: SecretStr | None = getattr(self, name.lower())
        if secret is None:
            raise SettingError(name, f"is not set: {WHERE_TO_GET[name]}.")
        value = secret.get_secret_value().strip()
        prefix = _PREFIXES.get(name)
        if prefix and not value.startswith(prefix):
            raise SettingError(name, f"does not look right: it should start with {prefix} ({WHERE_TO_GET[name]}).")
        return value

    def has(self, name: str) -> bool:
        return getattr(self, name.lower()) is not None
