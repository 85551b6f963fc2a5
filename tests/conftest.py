"""Shared fixtures and the hypothesis profiles (``HYPOTHESIS_PROFILE=ci|dev|bench``)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from bot.store import Store
from bot.store_open import open_store

settings.register_profile("ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=200, deadline=None)
settings.register_profile("bench", max_examples=10_000, deadline=None, suppress_health_check=list(HealthCheck))
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

REPO = Path(__file__).resolve().parent.parent

# pricebot keeps compiled templates and its record of checked rules files in the user's cache directory; a test run
# keeps them in a directory of its own instead, so it neither reads nor writes the user's (tests that are about the
# cache set PRICEBOT_CACHE themselves).
os.environ.setdefault("PRICEBOT_CACHE", tempfile.mkdtemp(prefix="pricebot-test-cache-"))
_CACHE_OWNER = os.getpid()


@pytest.fixture(scope="session", autouse=True)
def _cache_of_this_process() -> None:
    """A test session in a process forked from the one that imported this file (mutation testing runs one session
    per mutant that way) gets a cache directory of its own: a rules file one mutant let through the check must not
    be remembered as checked when the next mutant's tests load it."""
    if os.getpid() != _CACHE_OWNER:
        os.environ["PRICEBOT_CACHE"] = tempfile.mkdtemp(prefix="pricebot-test-cache-")


@pytest.fixture(autouse=True)
def _isolated_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own SQLite file, never the user's."""
    db = tmp_path / "pricebot.db"
    monkeypatch.setenv("PRICEBOT_DB", str(db))
    return db


# --- storage backends: the store's contract tests run against SQLite and PostgreSQL -----------------------------

#: Points the PostgreSQL half of the store tests at a server (trust or password in the URL). Unset, the local
#: default below is tried and the tests skip, saying so, when nothing answers there; set, they fail instead.
PG_SETTING = "PRICEBOT_TEST_PG"
DEFAULT_PG = "postgresql://postgres@127.0.0.1:5432/test"


@pytest.fixture(scope="session")
def pg_server() -> str:
    """The PostgreSQL server the tests may use, or a skip whose reason names PRICEBOT_TEST_PG."""
    import psycopg

    url = os.environ.get(PG_SETTING) or DEFAULT_PG
    try:
        psycopg.connect(url, connect_timeout=3).close()
    except psycopg.Error as error:
        reason = f"no PostgreSQL server at {url.split('@')[-1]} ({str(error).strip().splitlines()[0]})"
        if os.environ.get(PG_SETTING):
            pytest.fail(f"{PG_SETTING} is set but {reason}")
        pytest.skip(f"{reason}: set {PG_SETTING}=postgresql://user@host:port/db to run the PostgreSQL store tests")
    return url


@pytest.fixture
def pg_location(pg_server: str) -> Iterator[str]:
    """A URL whose tables go to a fresh schema of their own (parallel runs never meet), dropped afterwards."""
    import uuid
    from urllib.parse import urlencode

    import psycopg

    schema = f"pricebot_test_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')  # type: ignore[arg-type]
    separator = "&" if "?" in pg_server else "?"
    yield pg_server + separator + urlencode({"options": f"-csearch_path={schema}"})
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA "{schema}" CASCADE')  # type: ignore[arg-type]


@pytest.fixture(params=["sqlite", "postgresql"])
def store_location(request: pytest.FixtureRequest, _isolated_db: Path) -> Path | str:
    """Where a store's data lives: the test's own SQLite file, or its own PostgreSQL schema."""
    if request.param == "sqlite":
        return _isolated_db
    location: str = request.getfixturevalue("pg_location")
    return location


@pytest.fixture
def store(store_location: Path | str) -> Iterator[Store]:
    opened = open_store(store_location)
    yield opened
    opened.close()
