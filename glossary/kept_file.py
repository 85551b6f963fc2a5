"""A mapping kept in pricebot's cache directory between runs, read whole and written whole.

The file holds one ``marshal`` dump; it is replaced atomically (a temporary file, then ``os.replace``), so a reader
sees the old mapping or the new one, never half of one. Keeping is an optimisation only: a file that cannot be read,
is damaged or holds something else reads as empty, and one that cannot be written is left as it was; neither raises.
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


def read(path: Path | None) -> dict[Any, Any]:
    """The mapping kept in ``path``; empty when it is missing, unreadable or not a mapping."""
    try:
        kept = marshal.loads(path.read_bytes()) if path is not None else None
    except Exception:  # missing, unreadable or damaged: marshal raises several types
        return {}
    return kept if isinstance(kept, dict) else {}


def write(path: Path, entries: dict[Any, Any]) -> None:
    """Replace the mapping kept in ``path`` with ``entries`` (silently nothing when it cannot be written)."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        temporary.write_bytes(marshal.dumps(entries))
        os.replace(temporary, path)
    except (OSError, ValueError):  # unwritable, or a value marshal cannot write
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)


class KeptMapping(Generic[K, V]):
    """Answers worked out once and kept for later processes: the file is read when first asked, and what this process
    adds is written back at exit beside what the file holds then (another process may have added its own).

    At most ``limit`` entries are held, in memory and in the file: past it a process answers without keeping, and a
    file that would grow past it keeps only what the writing process added.
    """

    def __init__(self, path: Callable[[], Path | None], valid: Callable[[Any, Any], bool], limit: int,
                 at_exit: Callable[[], None] | None = None) -> None:
        self._path = path  # where the file is (None: nothing is kept); may raise OSError, read as None
        self._valid = valid  # whether a key and value read from the file are of the expected types
        self.limit = limit
        self._at_exit = at_exit or self.save
        self._lock = threading.Lock()
        self._known: dict[K, V] | None = None
        self._added: dict[K, V] = {}
        self._saving = False  # the save is registered to run at exit

    def path(self) -> Path | None:
        """Where the mapping is kept, or None."""
        try:
            return self._path()
        except OSError:
            return None

    def _read(self, path: Path | None) -> dict[K, V]:
        kept = read(path)
        return kept if all(self._valid(key, value) for key, value in kept.items()) else {}

    def entries(self) -> dict[K, V]:
        """Every entry kept, by earlier processes or this one."""
        if self._known is None:
            self._known = self._read(self.path())
        return self._known

    def get(self, key: K) -> V | None:
        """The value kept for ``key``, or None."""
        return self.entries().get(key)

    def add(self, key: K, value: V) -> None:
        """Keep ``value`` for ``key`` (nothing once ``limit`` entries are held)."""
        known = self.entries()
        if len(known) >= self.limit:
            return
        with self._lock:
            self.save_at_exit()
            known[key] = value
            self._added[key] = value

    def save_at_exit(self) -> None:
        """Have the save run when the process exits (once)."""
        if not self._saving:
            atexit.register(self._at_exit)
            self._saving = True

    def save(self, more: dict[K, V] | None = None) -> None:
        """Write what this process added, and ``more``, beside what the file holds now (never raises)."""
        with self._lock:
            added = {**self._added, **(more or {})}
            self._added.clear()
        path = self.path()
        if not added or path is None:
            return
        entries = self._read(path)
        entries.update(added)
        write(path, entries if len(entries) <= self.limit else dict(list(added.items())[: self.limit]))
