"""A mapping kept in pricebot's cache directory between runs, read whole and written whole.

The file holds one ``marshal`` dump; it is replaced atomically (a temporary file, then ``os.replace``), so a reader
sees the old mapping or the new one, never half of one. Keeping is an optimisation only: a file that cannot be read,
is damaged or holds something else reads as empty, and one that cannot be written is left as it was; neither raises.
"""

from __future__ import annotations

import contextlib
import marshal
import os
from pathlib import Path
from typing import Any


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
