"""Remembering which rule sets passed the full regex check, so a later start need not compile every pattern.

A rule set is known by a digest of its vocabulary and patterns, the code that expands and checks them, the checks
made and the Python that made them (:func:`glossary.rules.load_rules`); a remembered digest is an empty file under
the user's cache directory (e.g. ``~/.cache/pricebot/checked-rules``), holding what the load derived from it that
the digest determines (the file's lists joined into one regex each). Only a rule set that passed is remembered,
so an edited file (a new digest) is always checked in full. The record is an optimisation only: a cache that cannot
be read or written means the check runs every time, never an error.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import sys
from pathlib import Path

#: Where pricebot keeps what it can rebuild (checked rule sets, compiled templates); an empty value keeps nothing.
CACHE_ENV = "PRICEBOT_CACHE"


def cache_directory() -> Path | None:
    """``$PRICEBOT_CACHE``, else the user's cache directory for pricebot; None when the setting is empty."""
    override = os.environ.get(CACHE_ENV)
    if override is not None:
        return Path(override) if override else None
    return user_cache_path()


def user_cache_path() -> Path:
    """platformdirs' ``user_cache_path("pricebot")``. On Linux it is worked out here, the way platformdirs does it
    (``$XDG_CACHE_HOME`` when it is an absolute path, else ``$HOME/.cache``): importing platformdirs cost about 7 ms
    of every command that reads the cache. Anything else (another system, no usable HOME) asks platformdirs."""
    if sys.platform == "linux":
        xdg = os.environ.get("XDG_CACHE_HOME", "")
        if os.path.isabs(xdg):
            return Path(xdg) / "pricebot"
        home = os.environ.get("HOME", "")
        if os.path.isabs(home):
            return Path(home) / ".cache" / "pricebot"
    from platformdirs import user_cache_path as platform_cache_path

    return platform_cache_path("pricebot", appauthor=False)


def digest(description: str) -> str:
    return hashlib.sha256(description.encode()).hexdigest()


def _record(digest_: str) -> Path | None:
    base = cache_directory()
    return base / "checked-rules" / digest_ if base is not None else None


def passed(digest_: str) -> bool:
    """True when the rule set with this digest passed the check before."""
    record = _record(digest_)
    try:
        return record is not None and record.is_file()
    except OSError:
        return False


def remember(digest_: str, derived: dict[str, str | None] | None = None) -> None:
    """Record that the rule set with this digest passed, with what was ``derived`` from it (strings the digest
    determines, kept so a later start need not work them out again: :func:`recall`); silently nothing when the cache
    is unavailable."""
    record = _record(digest_)
    if record is None:
        return
    temporary = record.with_name(f"{record.name}.{os.getpid()}.tmp")
    try:
        record.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        temporary.write_bytes(marshal.dumps(derived) if derived is not None else b"")
        os.replace(temporary, record)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)


def recall(digest_: str) -> dict[str, str | None] | None:
    """What was derived from the rule set with this digest when it was remembered (None: nothing kept, or the
    record cannot be read or is not a mapping of names to strings)."""
    record = _record(digest_)
    try:
        kept = marshal.loads(record.read_bytes()) if record is not None else None
    except Exception:  # missing, unreadable, empty (an older record) or damaged: marshal raises several types
        return None
    if not isinstance(kept, dict) or not all(isinstance(k, str) and (v is None or isinstance(v, str))
                                             for k, v in kept.items()):
        return None
    return kept
