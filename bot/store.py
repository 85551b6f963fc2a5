"""pricebot's state: quotes, coaching flags, channel modes, per-user mutes, workspace rate cards, thread state and
the ids of Slack events already processed.

:class:`Store` is the typed access every caller uses; :class:`SqliteStore` keeps the tables in a SQLite file through
sqlite-utils (WAL), the embedded default, and :class:`bot.store_pg.PostgresStore` in PostgreSQL, so several replicas
can share them. :func:`bot.store_open.open_store` opens the one a location names. Every query below is written
once, in SQL both databases accept (``INSERT ... ON CONFLICT``, quoted ``"user"``), and each backend supplies only
the connection handling and its migrations.

The schema is created and migrated when a `Store` opens; several processes (and threads) can share one database.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast, get_args
from urllib.parse import urlsplit

if TYPE_CHECKING:  # sqlite-utils (and the numpy it imports) loads only when a migration runs: a quicker start
    from sqlite_utils import Database

    from pricing.rates import Rates  # the engine loads when a rate card is read: the ack path never needs it

ChannelMode = Literal["ephemeral", "thread", "off"]
Feedback = Literal["right", "wrong"]
FEEDBACK: tuple[str, ...] = get_args(Feedback)
CHANNEL_MODES: tuple[str, ...] = get_args(ChannelMode)
DEFAULT_CHANNEL_MODE: ChannelMode = "ephemeral"

#: How long a write waits for another connection's write lock (writes here take milliseconds).
BUSY_TIMEOUT_SECONDS = 5.0

#: How long a write waits for the lock the processes writing one file share (:meth:`Store.share_writes`) before it
#: goes ahead under SQLite's own lock alone: a write transaction holds it for a fraction of a millisecond, so a
#: process that held it this long stopped or is stuck while holding it.
SHARED_LOCK_WAIT_SECONDS = 0.5

#: A write with a bounded wait (an event's claim, on the ack path) whose locks took longer than this sets SQLite's
#: own wait again to what is left of its bound, so the two waits together stay within it (give or take this much).
LOCK_WAIT_SLACK_SECONDS = 0.05

#: How often a thread that already has its connection checks that the database file is still the one opened
#: (a new connection always checks first: it would create an empty file at the path). /healthz checks every time.
IDENTITY_CHECK_SECONDS = 1.0

#: How long processed event ids are kept (Slack retries within minutes; a day is ample).
EVENT_ID_RETENTION = timedelta(days=1)

#: The tables holding text people wrote (or where they wrote it), with the column that dates each row.
MESSAGE_TABLES = {"quotes": "created_at", "coaching_flags": "created_at", "thread_state": "updated_at"}

Params = Sequence[Any]
T = TypeVar("T")


logger = logging.getLogger("pricebot.store")


def _now() -> datetime:
    return datetime.now(UTC)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def json_text(value: Any) -> str:
    """`value` (JSON-ready: dicts, lists, strings, numbers) as the JSON text a TEXT column keeps, encoded in one pass
    by pydantic-core: the same JSON value as ``json.dumps(value, default=str)``, written compactly and in UTF-8, for
    about a tenth of the instructions (an answered quote's request and data cost a tenth of an @mention's store
    writes). What it cannot encode (a lone surrogate from an escaped ``\\ud800`` in a message) is encoded by
    :mod:`json` as before; either way the text reads back (``json.loads``) as the same value."""
    from pydantic_core import to_json

    try:
        return to_json(value, fallback=str).decode("utf-8")
    except (ValueError, TypeError):  # PydanticSerializationError is a ValueError
        return json.dumps(value, default=str)


def is_postgres_url(location: object) -> bool:
    return isinstance(location, str) and location.startswith(("postgresql://", "postgres://"))


class StoreError(Exception):
    """The database cannot be used (written by a newer pricebot, unreachable, locked too long, ...)."""


#: What opening or using a store may raise when the database is in trouble: a StoreError, SQLite's own errors,
#: or an OSError for a file that cannot be created.
STORE_ERRORS: tuple[type[Exception], ...] = (StoreError, sqlite3.Error, OSError)


def safe_location(location: Path | str) -> str:
    """`location` fit for logs and messages: a URL loses its password (and any query, which may carry one)."""
    if not is_postgres_url(location):
        return str(location)
    parts = urlsplit(str(location))
    user = f"{parts.username}@" if parts.username else ""
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{user}{parts.hostname or ''}{port}{parts.path}"


@dataclass(frozen=True)
class FlagRecord:
    rule: str
    matched: str


class Store(ABC):
    """Typed access to the tables. Safe to share between threads. Opened with :func:`bot.store_open.open_store`.

    Subclasses implement the primitives (`_execute`, `_executemany`, `_rows`, `_insert_id`, `_returning`,
    `_transaction`) plus `schema_version` and `close`; everything a listener calls is defined here once.
    """

    #: Where the data lives, safe to log (a URL's password is left out).
    location: str

    # primitives ---------------------------------------------------------------------------------------------------

    @abstractmethod
    def _execute(self, sql: str, params: Params = (), *, wait: float | None = None) -> int:
        """Run one statement in its own transaction; the number of rows it changed. `wait` bounds lock waits."""
        raise NotImplementedError

    @abstractmethod
    def _executemany(self, sql: str, rows: Iterable[Params]) -> None:
        raise NotImplementedError

    @abstractmethod
    def _rows(self, sql: str, params: Params = ()) -> list[dict[str, Any]]:
        raise NotImplementedError

    @abstractmethod
    def _insert_id(self, sql: str, params: Params) -> int:
        """Run an INSERT into a table with an ``id`` key; the id of the new row."""
        raise NotImplementedError

    @abstractmethod
    def _returning(self, sql: str, params: Params) -> list[dict[str, Any]]:
        """Run one writing statement with a RETURNING clause, committed; the rows it returned."""
        raise NotImplementedError

    @abstractmethod
    def _transaction(self, work: Callable[[Callable[[str, Params], int]], T], *, wait: float | None = None) -> T:
        """Run `work` in one transaction: it gets an ``execute(sql, params) -> rows changed``; everything it ran
        commits together, or nothing does when it raises. `wait` bounds lock waits as in `_execute`."""
        raise NotImplementedError

    @abstractmethod
    def schema_version(self) -> int:
        raise NotImplementedError

    @abstractmethod
    def close(self) -> None:
        raise NotImplementedError

    def health(self) -> str | None:
        """None when the store can be used; otherwise why not (for /healthz)."""
        return None

    def share_writes(self, lock: Any) -> None:
        """Make every write transaction of this process also hold `lock`, a lock shared by the processes that write
        this database (`pricebot serve --workers`: made before they are forked). A no-op where the database server
        orders its writers itself (PostgreSQL)."""
        return None

    @contextmanager
    def together(self) -> Iterator[None]:
        """The writes this thread makes inside the block are one transaction: they commit together when it ends,
        or none does when it raises (an error a caller catches inside may, on PostgreSQL, leave the transaction
        unable to commit: the block then raises). A block inside another joins it. Used where one answered event
        writes several rows: one commit instead of one each."""
        yield

    # processed events ---------------------------------------------------------------------------------------

    def claim_event(
        self, event_id: str, *, wait: float | None = None, owner: str | None = None, body: str | None = None
    ) -> bool:
        """Record `event_id` as processed; False when it already was (a Slack retry). Atomic across processes
        and replicas: exactly one claim of an id ever succeeds.

        With `owner` and `body` (the request as JSON), the claim is also kept as pending work of `owner` until
        `finish_event`, so another process can answer it if `owner` stops first (`adopt_orphans`).
        `wait` bounds how long to wait for another writer (default `BUSY_TIMEOUT_SECONDS`); past it the
        database's error (one of `STORE_ERRORS`) is raised.
        """
        now = _iso(_now())
        insert = "INSERT INTO processed_events (event_id, received_at) VALUES (?, ?) ON CONFLICT DO NOTHING"
        if owner is None or body is None:
            return self._execute(insert, (event_id, now), wait=wait) == 1

        def claim(execute: Callable[[str, Params], int]) -> bool:
            # one transaction: a process stopped between the two writes leaves neither, never an id claimed
            # with no pending work that another process could take over
            if execute(insert, (event_id, now)) != 1:
                return False
            execute("INSERT INTO pending_events (event_id, owner, body, claimed_at) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT DO NOTHING", (event_id, owner, body, now))
            return True

        return self._transaction(claim, wait=wait)

    def release_event(self, event_id: str) -> None:
        """Undo a claim whose work could not be done, so that the next attempt may claim it again (used for
        one-time clicks such as a quote's Show chart, claimed as ``chart:CHANNEL:TS``)."""
        self._execute("DELETE FROM processed_events WHERE event_id = ?", (event_id,))
        self._execute("DELETE FROM pending_events WHERE event_id = ?", (event_id,))

    def finish_event(self, event_id: str) -> None:
        """The claimed event's work is done: nobody needs to take it over."""
        self._execute("DELETE FROM pending_events WHERE event_id = ?", (event_id,))

    def heartbeat(self, owner: str) -> None:
        """`owner` (a serving process) is alive now."""
        self._execute(
            "INSERT INTO serving_processes (owner, seen_at) VALUES (?, ?) "
            "ON CONFLICT (owner) DO UPDATE SET seen_at = excluded.seen_at",
            (owner, _iso(_now())),
        )

    def adopt_orphans(
        self, owner: str, *, silent_for: timedelta, younger_than: timedelta,
        dead: Collection[str] = (), alive: Collection[str] = (),
    ) -> list[str]:
        """Make `owner` the owner of pending events claimed within `younger_than` by processes with no
        heartbeat for `silent_for`, or by the processes in `dead` (known to have stopped, whatever their last
        heartbeat); their bodies. Processes in `alive` (known to be running) are left alone however silent.
        Atomic: two processes never adopt the same event."""
        now = _now()
        stopped = "owner NOT IN (SELECT owner FROM serving_processes WHERE seen_at >= ?)"
        params: list[Any] = [owner, _iso(now - younger_than), owner]
        if alive:
            stopped += f" AND owner NOT IN ({', '.join('?' * len(alive))})"
        if dead:
            stopped = f"({stopped} OR owner IN ({', '.join('?' * len(dead))}))"
        params += [_iso(now - silent_for), *alive, *dead]
        rows = self._returning(
            f"UPDATE pending_events SET owner = ? WHERE claimed_at >= ? AND owner <> ? AND {stopped} RETURNING body",
            params,
        )
        return [str(row["body"]) for row in rows]

    def pending_owners(self) -> dict[str, int]:
        """The processes with pending events (claimed, not yet being answered), and how many each has."""
        rows = self._rows("SELECT owner, COUNT(*) AS n FROM pending_events GROUP BY owner")
        return {str(row["owner"]): int(row["n"]) for row in rows}

    def forget_events_before(self, moment: datetime) -> int:
        self._execute("DELETE FROM pending_events WHERE claimed_at < ?", (_iso(moment),))
        self._execute("DELETE FROM serving_processes WHERE seen_at < ?", (_iso(moment),))
        return self._execute("DELETE FROM processed_events WHERE received_at < ?", (_iso(moment),))

    # quotes -----------------------------------------------------------------------------------------------------

    def record_quote(
        self,
        *,
        surface: str,
        user: str | None,
        channel: str | None,
        thread_ts: str | None,
        text: str,
        intent: str,
        understood: bool,
        data: Mapping[str, Any],
        ts: str | None = None,
    ) -> int:
        """Store an answered ask; `ts` is the asking message's, when it was a message (not a slash command)."""
        return self._insert_id(
            'INSERT INTO quotes (created_at, surface, "user", channel, thread_ts, text, intent, understood, '
            "request, result, ts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                _iso(_now()), surface, user, channel, thread_ts, text, intent, int(understood),
                json_text(data.get("request")), json_text(dict(data)), ts,
            ),
        )

    def quotes(self, *, limit: int = 50, user: str | None = None) -> list[dict[str, Any]]:
        """The latest `limit` stored quotes; with `user`, only the ones that person asked."""
        if user is None:
            rows = self._rows("SELECT * FROM quotes ORDER BY id DESC LIMIT ?", (limit,))
        else:
            rows = self._rows('SELECT * FROM quotes WHERE "user" = ? ORDER BY id DESC LIMIT ?', (user, limit))
        return [
            {**row, "request": json.loads(row["request"]), "result": json.loads(row["result"])} for row in rows
        ]

    def quote_data(self, quote_id: int, *, channel: str | None = None) -> dict[str, Any] | None:
        """The stored data (request and result) of quote `quote_id`, or None when there is no such quote (or,
        with `channel`, when it was not answered in that conversation)."""
        if channel is None:
            rows = self._rows("SELECT result FROM quotes WHERE id = ?", (quote_id,))
        else:
            rows = self._rows("SELECT result FROM quotes WHERE id = ? AND channel = ?", (quote_id, channel))
        data = json.loads(rows[0]["result"]) if rows else None
        return data if isinstance(data, dict) else None

    def set_feedback(self, quote_id: int, verdict: Feedback, *, by: str | None, channel: str | None) -> bool:
        """Record a reader's verdict on quote `quote_id`: one verdict per reader (their latest click wins; another
        reader's click leaves it alone). False when there is no such quote in `channel` (a forged or copied
        button naming a quote from another conversation changes nothing)."""
        if verdict not in FEEDBACK:
            raise ValueError(f"feedback {verdict!r} is not one of {', '.join(FEEDBACK)}")
        return self._execute(
            'INSERT INTO quote_feedback (quote_id, "user", verdict, at) SELECT id, ?, ?, ? FROM quotes '
            'WHERE id = ? AND channel = ? ON CONFLICT (quote_id, "user") DO UPDATE SET verdict = excluded.verdict, '
            "at = excluded.at",
            (by or "", verdict, _iso(_now()), quote_id, channel),
        ) == 1

    _WRONG = (" FROM quotes q JOIN quote_feedback f ON f.quote_id = q.id AND f.verdict = 'wrong'")
    _SEEN_BY = (' WHERE (q."user" = ? OR EXISTS (SELECT 1 FROM quote_feedback m WHERE m.quote_id = q.id '
                'AND m."user" = ? AND m.verdict = \'wrong\'))')

    def marked_wrong(self, *, limit: int = 20, viewer: str | None = None) -> list[dict[str, Any]]:
        """Answers readers marked wrong, latest first: id, the question asked (``text``), intent, where, who
        marked it last and when. With `viewer`, only the quotes that person asked or marked wrong: the question
        text of someone else's DM or private channel is not theirs to read."""
        where, params = (self._SEEN_BY, [viewer, viewer]) if viewer is not None else ("", [])
        return self._rows(
            'SELECT q.id, q.created_at, q.text, q.intent, q.channel, q."user", '
            '(SELECT l."user" FROM quote_feedback l WHERE l.quote_id = q.id AND l.verdict = \'wrong\' '
            'ORDER BY l.at DESC, l."user" LIMIT 1) AS feedback_by, MAX(f.at) AS feedback_at'
            + self._WRONG + where
            + ' GROUP BY q.id, q.created_at, q.text, q.intent, q.channel, q."user" '
            "ORDER BY feedback_at DESC, q.id DESC LIMIT ?",
            (*params, limit),
        )

    def count_marked_wrong(self, *, viewer: str | None = None) -> int:
        """How many answers :meth:`marked_wrong` would list without a limit."""
        where, params = (self._SEEN_BY, [viewer, viewer]) if viewer is not None else ("", [])
        rows = self._rows("SELECT COUNT(DISTINCT q.id) AS n" + self._WRONG + where, params)
        return int(rows[0]["n"]) if rows else 0

    # thread state -----------------------------------------------------------------------------------------------

    def remember_thread(self, channel: str, thread_ts: str, request: Mapping[str, Any] | str) -> None:
        """Keep `request` as the last one pricebot answered in this thread (a follow-up is read against it): a
        mapping, or the JSON object it is stored as, already encoded (text that `thread_request` reads back)."""
        encoded = request if isinstance(request, str) else json.dumps(dict(request), default=str)
        self._execute(
            "INSERT INTO thread_state (channel, thread_ts, request, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (channel, thread_ts) DO UPDATE SET request = excluded.request, "
            "updated_at = excluded.updated_at",
            (channel, thread_ts, encoded, _iso(_now())),
        )

    def thread_request(self, channel: str, thread_ts: str) -> dict[str, Any] | None:
        """The last request pricebot answered in this thread, or None when it has not answered there."""
        rows = self._rows(
            "SELECT request FROM thread_state WHERE channel = ? AND thread_ts = ?", (channel, thread_ts)
        )
        return cast(dict[str, Any], json.loads(rows[0]["request"])) if rows else None

    # retention --------------------------------------------------------------------------------------------------

    def forget_messages_before(self, moment: datetime) -> dict[str, int]:
        """Delete quotes, coaching flags and thread state last written before `moment` (and the verdicts on the
        quotes deleted); rows deleted per table."""
        deleted = {
            table: self._execute(f"DELETE FROM {table} WHERE {column} < ?", (_iso(moment),))
            for table, column in MESSAGE_TABLES.items()
        }
        self._execute("DELETE FROM quote_feedback WHERE quote_id NOT IN (SELECT id FROM quotes)")
        return deleted

    def forget_message(self, channel: str, ts: str) -> dict[str, int]:
        """Delete what is stored about the message `ts` in `channel` (deleted in Slack): the ask and its quote,
        its coaching flags, and the thread state when it started a thread; rows deleted per table."""
        self._execute("DELETE FROM quote_feedback WHERE quote_id IN (SELECT id FROM quotes WHERE channel = ? AND "
                      "ts = ?)", (channel, ts))
        return {
            "quotes": self._execute("DELETE FROM quotes WHERE channel = ? AND ts = ?", (channel, ts)),
            "coaching_flags": self._execute("DELETE FROM coaching_flags WHERE channel = ? AND ts = ?", (channel, ts)),
            "thread_state": self._execute("DELETE FROM thread_state WHERE channel = ? AND thread_ts = ?",
                                          (channel, ts)),
        }

    # coaching ---------------------------------------------------------------------------------------------------

    def record_flags(self, *, user: str, channel: str | None, ts: str | None, flags: Iterable[FlagRecord]) -> None:
        created = _iso(_now())
        rows = [(created, user, channel, ts, f.rule, f.matched) for f in flags]
        if rows:
            self._executemany(
                'INSERT INTO coaching_flags (created_at, "user", channel, ts, rule, matched) '
                "VALUES (?, ?, ?, ?, ?, ?)",
                rows,
            )

    def flag_counts(self, user: str, *, days: int = 30, now: datetime | None = None) -> dict[str, int]:
        """How often each rule flagged `user`'s messages in the last `days` days, most frequent first."""
        since = _iso((now or _now()) - timedelta(days=days))
        rows = self._rows(
            'SELECT rule, COUNT(*) AS n FROM coaching_flags WHERE "user" = ? AND created_at >= ? '
            "GROUP BY rule ORDER BY n DESC, rule",
            (user, since),
        )
        return {row["rule"]: int(row["n"]) for row in rows}

    # channel modes ----------------------------------------------------------------------------------------------

    def channel_mode(self, channel: str) -> ChannelMode:
        rows = self._rows("SELECT mode FROM channel_modes WHERE channel = ?", (channel,))
        return cast(ChannelMode, rows[0]["mode"]) if rows else DEFAULT_CHANNEL_MODE

    def set_channel_mode(self, channel: str, mode: ChannelMode, *, by: str | None = None) -> None:
        if mode not in CHANNEL_MODES:
            raise ValueError(f"mode {mode!r} is not one of {', '.join(CHANNEL_MODES)}")
        self._execute(
            "INSERT INTO channel_modes (channel, mode, updated_by, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (channel) DO UPDATE SET mode = excluded.mode, updated_by = excluded.updated_by, "
            "updated_at = excluded.updated_at",
            (channel, mode, by, _iso(_now())),
        )

    def coaching_settings(self, channel: str, user: str) -> tuple[ChannelMode, frozenset[str]]:
        """`channel_mode(channel)` and `muted_rules(user)` in one query (coaching a message needs both)."""
        rows = self._rows(
            "SELECT 'mode' AS kind, mode AS value FROM channel_modes WHERE channel = ? "
            'UNION ALL SELECT \'mute\', rule FROM mutes WHERE "user" = ?',
            (channel, user),
        )
        mode = next((cast(ChannelMode, row["value"]) for row in rows if row["kind"] == "mode"), DEFAULT_CHANNEL_MODE)
        return mode, frozenset(str(row["value"]) for row in rows if row["kind"] == "mute")

    def channel_modes(self) -> dict[str, ChannelMode]:
        rows = self._rows("SELECT channel, mode FROM channel_modes ORDER BY channel")
        return {row["channel"]: cast(ChannelMode, row["mode"]) for row in rows}

    # mutes ------------------------------------------------------------------------------------------------------

    def mute(self, user: str, rule: str) -> bool:
        """Mute `rule` for `user`; False when it already was muted."""
        changed = self._execute(
            'INSERT INTO mutes ("user", rule, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
            (user, rule, _iso(_now())),
        )
        return changed == 1

    def unmute(self, user: str, rule: str) -> bool:
        return self._execute('DELETE FROM mutes WHERE "user" = ? AND rule = ?', (user, rule)) == 1

    def muted_rules(self, user: str) -> frozenset[str]:
        return frozenset(row["rule"] for row in self._rows('SELECT rule FROM mutes WHERE "user" = ?', (user,)))

    # rate cards -------------------------------------------------------------------------------------------------

    def set_rate_card(self, name: str, rates: Rates) -> None:
        def text(value: Decimal | None) -> str | None:
            return None if value is None else str(value)

        self._execute(
            "INSERT INTO rate_cards (name, input, output, cache_read, cache_write, cache_write_1h, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET input = excluded.input, "
            "output = excluded.output, cache_read = excluded.cache_read, cache_write = excluded.cache_write, "
            "cache_write_1h = excluded.cache_write_1h, updated_at = excluded.updated_at",
            (name, text(rates.input), text(rates.output), text(rates.cache_read), text(rates.cache_write),
             text(rates.cache_write_1h), _iso(_now())),
        )

    def delete_rate_card(self, name: str) -> bool:
        return self._execute("DELETE FROM rate_cards WHERE name = ?", (name,)) == 1

    def rate_cards(self) -> dict[str, Rates]:
        """Workspace rate cards by name, as `Rates` whose source names the card."""
        from pricing.rates import Rates

        cards: dict[str, Rates] = {}
        for row in self._rows("SELECT * FROM rate_cards ORDER BY name"):

            def dec(column: str, row: dict[str, Any] = row) -> Decimal | None:
                value = row[column]
                return None if value is None else Decimal(value)

            cards[row["name"]] = Rates(
                input=Decimal(row["input"]),
                output=Decimal(row["output"]),
                cache_read=dec("cache_read"),
                cache_write=dec("cache_write"),
                cache_write_1h=dec("cache_write_1h"),
                source=f"workspace rate card {row['name']}",
            )
        return cards


# --- SQLite ---------------------------------------------------------------------------------------------------


def _v1(db: Database) -> None:
    db.table("quotes").create(
        {
            "id": int,
            "created_at": str,
            "surface": str,
            "user": str,
            "channel": str,
            "thread_ts": str,
            "text": str,
            "intent": str,
            "understood": int,
            "request": str,
            "result": str,
        },
        pk="id",
        not_null=["created_at", "surface", "text", "intent"],
    )
    db.table("coaching_flags").create(
        {"id": int, "created_at": str, "user": str, "channel": str, "ts": str, "rule": str, "matched": str},
        pk="id",
        not_null=["created_at", "user", "rule"],
    )
    db.table("coaching_flags").create_index(["user", "created_at"])
    db.table("channel_modes").create(
        {"channel": str, "mode": str, "updated_by": str, "updated_at": str}, pk="channel", not_null=["mode"]
    )
    db.table("mutes").create({"user": str, "rule": str, "created_at": str}, pk=("user", "rule"))
    db.table("rate_cards").create(
        {
            "name": str,
            "input": str,
            "output": str,
            "cache_read": str,
            "cache_write": str,
            "cache_write_1h": str,
            "updated_at": str,
        },
        pk="name",
        not_null=["input", "output"],
    )
    db.table("processed_events").create({"event_id": str, "received_at": str}, pk="event_id")


def _v2(db: Database) -> None:
    db.table("thread_state").create(
        {"channel": str, "thread_ts": str, "request": str, "updated_at": str},
        pk=("channel", "thread_ts"),
        not_null=["request", "updated_at"],
    )
    db.table("quotes").create_index(["created_at"])
    db.table("processed_events").create_index(["received_at"])


def _v3(db: Database) -> None:
    db.table("pending_events").create(
        {"event_id": str, "owner": str, "body": str, "claimed_at": str},
        pk="event_id",
        not_null=["owner", "body", "claimed_at"],
    )
    db.table("pending_events").create_index(["owner"])
    db.table("serving_processes").create({"owner": str, "seen_at": str}, pk="owner", not_null=["seen_at"])


def _v4(db: Database) -> None:
    db.table("quotes").add_column("ts", str)  # the asking message, so its deletion in Slack deletes the copy
    db.table("quotes").create_index(["channel", "ts"])


#: Migration n (1-based) takes the schema from version n-1 to n. Append, never edit; bot.store_pg keeps the
#: PostgreSQL twin of each, and a test checks both build the same tables and columns.
def _v5(db: Database) -> None:
    quotes = db.table("quotes")
    quotes.add_column("feedback", str)  # "right" or "wrong", from the buttons on the quote's reply
    quotes.add_column("feedback_by", str)
    quotes.add_column("feedback_at", str)
    quotes.create_index(["feedback", "feedback_at"])


def _v6(db: Database) -> None:
    # one verdict per (quote, reader): another reader's click no longer replaces someone's "wrong"
    db.table("quote_feedback").create({"quote_id": int, "user": str, "verdict": str, "at": str},
                                      pk=("quote_id", "user"), not_null=["verdict", "at"])
    db.table("quote_feedback").create_index(["verdict", "at"])
    db.execute('INSERT INTO quote_feedback (quote_id, "user", verdict, at) SELECT id, COALESCE(feedback_by, \'\'), '
               "feedback, feedback_at FROM quotes WHERE feedback IS NOT NULL AND feedback_at IS NOT NULL")


MIGRATIONS: tuple[Callable[[Database], None], ...] = (_v1, _v2, _v3, _v4, _v5, _v6)
SCHEMA_VERSION = len(MIGRATIONS)

#: The schema MIGRATIONS[:NEW_DATABASE_VERSION] build, as plain statements: a new database file is created with
#: these, so a first start needs neither sqlite-utils nor the numpy it imports (about 0.2 s of CPU). A database
#: made by an older pricebot still migrates step by step. tests/store/test_schema.py checks that both ways give
#: the same tables, columns, keys and indexes; a new migration is appended above, and added here when convenient
#: (until then a new file gets it through the step-by-step path).
NEW_DATABASE_VERSION = 6
NEW_DATABASE: tuple[str, ...] = (
    "CREATE TABLE schema_version (version INTEGER PRIMARY KEY)",
    "CREATE TABLE quotes (id INTEGER PRIMARY KEY, created_at TEXT NOT NULL, surface TEXT NOT NULL, \"user\" TEXT, "
    "channel TEXT, thread_ts TEXT, text TEXT NOT NULL, intent TEXT NOT NULL, understood INTEGER, request TEXT, "
    "result TEXT, ts TEXT, feedback TEXT, feedback_by TEXT, feedback_at TEXT)",
    "CREATE INDEX idx_quotes_created_at ON quotes (created_at)",
    "CREATE INDEX idx_quotes_channel_ts ON quotes (channel, ts)",
    "CREATE INDEX idx_quotes_feedback_feedback_at ON quotes (feedback, feedback_at)",
    "CREATE TABLE coaching_flags (id INTEGER PRIMARY KEY, created_at TEXT NOT NULL, \"user\" TEXT NOT NULL, "
    "channel TEXT, ts TEXT, rule TEXT NOT NULL, matched TEXT)",
    'CREATE INDEX idx_coaching_flags_user_created_at ON coaching_flags ("user", created_at)',
    "CREATE TABLE channel_modes (channel TEXT PRIMARY KEY, mode TEXT NOT NULL, updated_by TEXT, updated_at TEXT)",
    'CREATE TABLE mutes ("user" TEXT, rule TEXT, created_at TEXT, PRIMARY KEY ("user", rule))',
    "CREATE TABLE rate_cards (name TEXT PRIMARY KEY, input TEXT NOT NULL, output TEXT NOT NULL, cache_read TEXT, "
    "cache_write TEXT, cache_write_1h TEXT, updated_at TEXT)",
    "CREATE TABLE processed_events (event_id TEXT PRIMARY KEY, received_at TEXT)",
    "CREATE INDEX idx_processed_events_received_at ON processed_events (received_at)",
    "CREATE TABLE thread_state (channel TEXT, thread_ts TEXT, request TEXT NOT NULL, updated_at TEXT NOT NULL, "
    "PRIMARY KEY (channel, thread_ts))",
    "CREATE TABLE pending_events (event_id TEXT PRIMARY KEY, owner TEXT NOT NULL, body TEXT NOT NULL, "
    "claimed_at TEXT NOT NULL)",
    "CREATE INDEX idx_pending_events_owner ON pending_events (owner)",
    "CREATE TABLE serving_processes (owner TEXT PRIMARY KEY, seen_at TEXT NOT NULL)",
    'CREATE TABLE quote_feedback (quote_id INTEGER, "user" TEXT, verdict TEXT NOT NULL, at TEXT NOT NULL, '
    'PRIMARY KEY (quote_id, "user"))',
    "CREATE INDEX idx_quote_feedback_verdict_at ON quote_feedback (verdict, at)",
)


def newer_schema(found: int) -> StoreError:
    return StoreError(
        f"the database was written by a newer pricebot (schema {found}, this one knows {SCHEMA_VERSION})"
    )


def use_wal(conn: sqlite3.Connection, wait: float = BUSY_TIMEOUT_SECONDS) -> None:
    """Switch the file to write-ahead logging. Processes starting on a new file at once can find it mid-switch, which
    SQLite reports as locked at once rather than through its busy wait, so the switch is tried again for `wait` s."""
    deadline = time.monotonic() + wait
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() >= deadline:
                raise
            time.sleep(0.02)


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the schema up to `SCHEMA_VERSION` under an exclusive write lock; returns the version found."""
    use_wal(conn)
    conn.execute("BEGIN IMMEDIATE")  # a second process starting at the same moment waits here
    try:
        found = 0
        if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").fetchone():
            found = int(conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0)
        if found > SCHEMA_VERSION:
            raise newer_schema(found)
        done = found
        if not conn.execute("SELECT 1 FROM sqlite_master").fetchone():  # a new (empty) file
            for statement in NEW_DATABASE:
                conn.execute(statement)
            conn.executemany("INSERT INTO schema_version (version) VALUES (?)",
                             [(version,) for version in range(1, NEW_DATABASE_VERSION + 1)])
            done = NEW_DATABASE_VERSION
        if done < SCHEMA_VERSION:
            from sqlite_utils import Database

            db = Database(conn)
            if not db.table("schema_version").exists():
                db.table("schema_version").create({"version": int}, pk="version")
            for version in range(done + 1, SCHEMA_VERSION + 1):
                MIGRATIONS[version - 1](db)
                conn.execute("INSERT INTO schema_version (version) VALUES (?)", (version,))
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return found


@dataclass
class _Together:
    """A thread's open `together` block: `stack` holds its transaction (and locks) once `begun` by a write."""

    stack: ExitStack
    begun: bool = False


class SqliteStore(Store):
    """One SQLite file in WAL mode; one connection per thread."""

    def __init__(self, location: Path | str) -> None:
        self.path = Path(location)
        self.location = str(self.path)
        if self.path.exists() and not self.path.is_file():
            raise StoreError(f"{self.path} is not a regular file (a device such as /dev/null or a directory cannot "
                             "hold the database)")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._shared_lock: Any = None
        self._idle = threading.Condition(self._lock)
        self._in_use = 0
        self._closed = False
        self._identity: tuple[int, int] | None = None
        self._lost: str | None = None
        self._next_check = 0.0
        migrate(self._conn())
        self._identity = self._file_identity()

    def _file_identity(self) -> tuple[int, int] | None:
        try:
            info = os.stat(self.path)
        except FileNotFoundError:
            return None
        return info.st_dev, info.st_ino

    def health(self) -> str | None:
        """None while the file opened at start-up is still the one at its path; otherwise what happened.

        A file removed or replaced under a running pricebot would leave old connections writing to the removed
        copy and new ones creating an empty database at the path (two files, settings lost); so once it is seen,
        every operation raises StoreError and /healthz fails until pricebot is restarted. It is seen by /healthz,
        before any new connection is opened, and by the next operation at most `IDENTITY_CHECK_SECONDS` later (a
        `stat` of the file on every statement cost more than the statement on the serve path).
        """
        if self._lost is None and self._identity is not None and self._file_identity() != self._identity:
            self._lost = (f"the database file {self.path} was removed or replaced while pricebot was running; "
                          "nothing more is written until pricebot is restarted")
            logger.critical("%s", self._lost)
        return self._lost

    def _conn(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if self._identity is not None and (conn is None or time.monotonic() >= self._next_check):
            self._next_check = time.monotonic() + IDENTITY_CHECK_SECONDS
            if self.health() is not None:
                raise StoreError(self._lost)
        if self._lost is not None:
            raise StoreError(self._lost)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_SECONDS, check_same_thread=False)
            conn.row_factory = sqlite3.Row
            # WAL + NORMAL: a commit no longer waits for fsync (6.8 ms -> 0.1 ms per claimed event, on the ack
            # path); the file stays consistent, and only a power cut (not a crash) can lose the last commits.
            conn.execute("PRAGMA synchronous=NORMAL")
            self._local.conn = conn
            with self._lock:
                self._connections.append(conn)
        return conn

    @property
    def db(self) -> Database:
        from sqlite_utils import Database

        return Database(self._conn(), execute_plugins=False, recursive_triggers=False)

    @contextmanager
    def _using(self) -> Iterator[sqlite3.Connection]:
        """This thread's connection, counted as in use until the block ends, so `close` never closes a
        connection another thread is in the middle of (closing one under a running query can crash sqlite3)."""
        with self._lock:
            if self._closed:
                raise StoreError(f"the store at {self.location} is closed")
            self._in_use += 1
        try:
            yield self._conn()
        finally:
            with self._lock:
                self._in_use -= 1
                if self._closed:  # only `close` waits on it, and it sets `_closed` (under this lock) before waiting
                    self._idle.notify_all()

    def close(self) -> None:
        """Close every thread's connection, once no statement is running (waits up to `BUSY_TIMEOUT_SECONDS`);
        later use raises StoreError."""
        with self._lock:
            self._closed = True
            self._idle.wait_for(lambda: self._in_use == 0, timeout=BUSY_TIMEOUT_SECONDS)
            if self._in_use:
                return  # a statement outlived the wait: leave the connections to the process's exit
            for conn in self._connections:
                conn.close()
            self._connections.clear()
        self._local = threading.local()

    def schema_version(self) -> int:
        with self._using() as conn:
            return int(conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0)

    def _execute(self, sql: str, params: Params = (), *, wait: float | None = None) -> int:
        return self._transaction(lambda run: run(sql, params), wait=wait)

    @contextmanager
    def together(self) -> Iterator[None]:
        """See :meth:`Store.together`. The write locks are taken, and the transaction begun, at the block's first
        write, not as it opens: what the block works out before it writes (an answer's thread state, its JSON) is
        not done while every other writer, in this process and the others sharing the file, waits for the lock."""
        if getattr(self._local, "together", None) is not None:
            yield
            return
        with self._using(), ExitStack() as block:
            self._local.together = _Together(block)
            try:
                yield
            finally:
                self._local.together = None

    def share_writes(self, lock: Any) -> None:
        """See :meth:`Store.share_writes`. Without it, two processes writing one file meet at SQLite's lock, and the
        one that finds it taken sleeps in SQLite's busy handler (1, 2, 5, 10 ms and on, polling) while it holds a
        work slot: with `pricebot serve --workers 2` under load, the 99th percentile write took 7 ms instead of
        0.3 ms and the cores idled. A shared lock wakes the next writer as soon as it is released. If a process
        stops while holding it, the others stop using it (:data:`SHARED_LOCK_WAIT_SECONDS`, logged), and SQLite's own
        lock orders their writes as before."""
        self._shared_lock = lock

    @contextmanager
    def _writing(self, conn: sqlite3.Connection, wait: float | None = None) -> Iterator[sqlite3.Connection]:
        """One write transaction on `conn`, committed at the end (rolled back on an error), holding this process's
        write lock: SQLite lets one connection write at a time, and threads of one process that met at its lock
        would each poll for it (sleeping and retrying in SQLite's busy handler) instead of waiting their turn. The
        lock is waited for at most `wait` seconds (default `BUSY_TIMEOUT_SECONDS`), as SQLite's own lock is; then
        the lock the writing processes share, if any (:meth:`share_writes`). Inside `together`, the statements join
        its transaction, which the first of them begins (and the block's end commits)."""
        block: _Together | None = getattr(self._local, "together", None)
        if block is not None:
            if not block.begun:
                block.stack.enter_context(self._writing_alone(conn, wait))
                block.begun = True
            yield conn
            return
        with self._writing_alone(conn, wait):
            yield conn

    @contextmanager
    def _writing_alone(self, conn: sqlite3.Connection, wait: float | None = None) -> Iterator[sqlite3.Connection]:
        """`_writing` outside a `together` block: take the locks, run the block's statements, commit."""
        limit = BUSY_TIMEOUT_SECONDS if wait is None else wait
        started = time.monotonic()
        if not self._write_lock.acquire(timeout=limit):
            raise sqlite3.OperationalError("database is locked (by another thread of this process)")
        shared = self._shared_lock
        try:
            if shared is not None:
                left = limit - (time.monotonic() - started)
                if not shared.acquire(timeout=max(min(left, SHARED_LOCK_WAIT_SECONDS), 0.0)):
                    if left > SHARED_LOCK_WAIT_SECONDS:  # held this long: its holder stopped or is stuck
                        self._shared_lock = None
                        logger.warning("the write lock shared with the other serving processes was held over %.1f s; "
                                       "this process no longer uses it (SQLite's own lock orders the writes)",
                                       SHARED_LOCK_WAIT_SECONDS)
                    shared = None  # SQLite's own lock, with what is left of the wait
            try:
                with conn:  # sqlite3 opens the transaction at the first write and commits (or rolls back) here
                    yield conn
            finally:
                if shared is not None:
                    shared.release()
        finally:
            self._write_lock.release()

    def _executemany(self, sql: str, rows: Iterable[Params]) -> None:
        with self._using() as conn, self._writing(conn):
            conn.executemany(sql, rows)

    def _rows(self, sql: str, params: Params = ()) -> list[dict[str, Any]]:
        with self._using() as conn:
            return [dict(row) for row in conn.execute(sql, params)]

    def _insert_id(self, sql: str, params: Params) -> int:
        with self._using() as conn, self._writing(conn):
            return int(cast(int, conn.execute(sql, params).lastrowid))

    def _returning(self, sql: str, params: Params) -> list[dict[str, Any]]:
        with self._using() as conn, self._writing(conn):
            return [dict(row) for row in conn.execute(sql, params).fetchall()]

    def _transaction(self, work: Callable[[Callable[[str, Params], int]], T], *, wait: float | None = None) -> T:
        with self._using() as conn:
            if wait is None or getattr(self._local, "together", None) is not None:
                with self._writing(conn):
                    return work(lambda sql, params: conn.execute(sql, params).rowcount)
            # SQLite's own wait (for a writer that takes none of this store's locks) is set before the locks are
            # taken and put back after they are given up: a statement run while they are held keeps every other
            # writer waiting, in this process and in the others sharing the file. Only when the locks took a while
            # does SQLite's wait get set again inside, to what is left of `wait`.
            deadline = time.monotonic() + wait
            conn.execute(f"PRAGMA busy_timeout={max(int(wait * 1000), 1)}")
            try:
                with self._writing(conn, wait):
                    left = deadline - time.monotonic()
                    if left < wait - LOCK_WAIT_SLACK_SECONDS:
                        conn.execute(f"PRAGMA busy_timeout={max(int(left * 1000), 1)}")
                    return work(lambda sql, params: conn.execute(sql, params).rowcount)
            finally:
                conn.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_SECONDS * 1000)}")
