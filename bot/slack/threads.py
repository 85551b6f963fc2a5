"""Thread state for follow-ups: the last request pricebot answered in a thread (or at the top level of a DM),
kept in the store by channel and thread so that a follow-up is read against it, also after a restart."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.slack.context import record_quietly
from bot.store import Store

if TYPE_CHECKING:  # the parser and the router load when a thread has a request to read, not at start-up
    from bot.parse import Ask
    from bot.reply import Reply

#: The thread key of a DM's top level: the conversation there is one thread.
TOP_LEVEL = ""


def last_request(db: Store, channel: str, thread_ts: str | None) -> Ask | None:
    """The request a follow-up here is read against; None when pricebot has not answered one here."""
    stored = db.thread_request(channel, thread_ts or TOP_LEVEL)
    if stored is None:
        return None
    from bot.followup import ask_of

    return ask_of(stored)


def remember(db: Store, channel: str, thread_ts: str | None, reply: Reply) -> None:
    """Keep the request this reply answered as the thread's last one (a reply without one leaves it as it was)."""
    from bot import router

    ask = router.context_of(reply)
    if ask is not None:
        record_quietly("the thread's request", lambda: db.remember_thread(channel, thread_ts or TOP_LEVEL,
                                                                          request_json(ask)))


def request_json(ask: Ask) -> str:
    """The request as the JSON object the thread state keeps: what ``Ask.model_dump(mode="json")`` holds, encoded by
    pydantic in one pass (a quarter of the cost of building the dict and encoding it with :mod:`json`, about 0.15 ms
    of an answer). Text it cannot encode as UTF-8 (a lone surrogate from an escaped `\\ud800`) is encoded as before."""
    try:
        return ask.model_dump_json()
    except ValueError:  # pydantic_core.PydanticSerializationError
        import json

        return json.dumps(ask.model_dump(mode="json"), default=str)
