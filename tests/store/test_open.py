"""Opening the store: the location picks the backend (bot.store_open), and the SQLite side never loads the
PostgreSQL module or its driver (bot.store does not import bot.store_pg, which imports it: no import cycle)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import bot.store
from bot.store import SqliteStore, Store
from bot.store_open import open_store

ROOT = Path(__file__).resolve().parents[2]


def test_a_file_path_opens_sqlite_and_the_store_works(tmp_path: Path) -> None:
    store = open_store(tmp_path / "p.db")
    assert isinstance(store, SqliteStore)
    store.set_channel_mode("C1", "thread")
    assert open_store(str(tmp_path / "p.db")).channel_mode("C1") == "thread"


def test_a_postgresql_url_opens_the_postgresql_store(pg_location: str) -> None:
    from bot.store_pg import PostgresStore

    store = open_store(pg_location)
    try:
        assert isinstance(store, PostgresStore)
        assert "://" in store.location and "password" not in store.location
    finally:
        store.close()


def test_the_base_store_cannot_be_opened_directly(tmp_path: Path) -> None:
    with pytest.raises(TypeError):
        Store(tmp_path / "x.db")  # type: ignore[abstract]


def test_the_store_module_does_not_import_the_postgresql_one() -> None:
    tree = ast.parse(Path(bot.store.__file__).read_text(encoding="utf-8"))
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)} | {
        a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    assert not {m for m in imported if m and m.startswith(("bot.store_pg", "bot.store_open", "psycopg"))}


def test_opening_a_sqlite_store_loads_no_postgresql_code(tmp_path: Path) -> None:
    code = (f"import sys; from bot.store_open import open_store; open_store({str(tmp_path / 'q.db')!r}).close(); "
            "print(sorted(m for m in sys.modules if m.startswith(('psycopg', 'bot.store_pg'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"
