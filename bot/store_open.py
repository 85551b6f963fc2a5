"""Opening the store: the SQLite file (the embedded default) or, for a ``postgresql://`` URL, the PostgreSQL tables.

The one place that picks a backend, so :mod:`bot.store` (the queries and SQLite) never imports :mod:`bot.store_pg`
(which imports it); the PostgreSQL driver loads only when a ``postgresql://`` location is opened.
"""

from __future__ import annotations

from pathlib import Path

from bot.store import SqliteStore, Store, is_postgres_url


def open_store(location: Path | str) -> Store:
    """The store at `location`: PostgreSQL for a ``postgresql://`` (or ``postgres://``) URL, else a SQLite file.
    The schema is created or migrated on opening; a database that cannot be used raises one of
    :data:`bot.store.STORE_ERRORS`."""
    if is_postgres_url(location):
        from bot.store_pg import PostgresStore

        return PostgresStore(str(location))
    return SqliteStore(location)
