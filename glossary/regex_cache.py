"""Compiled regular expressions kept between runs, so a command does not compile its patterns again.

Python compiles a regular expression in two pure-Python steps (parse the pattern, generate the matching engine's
code) and hands that code to the C engine. For pricebot's few hundred patterns (the parser's, the coach's) the
two steps took about 150 ms of every `pricebot ask`. The code is a list of integers that depends only on the
pattern, the flags and the Python that generated it, so :func:`compile_regex` keeps it in pricebot's cache directory
(``$PRICEBOT_CACHE``, else the user's, e.g. ``~/.cache/pricebot/regex-cpython-311-<digest>-2``), keyed by the
pattern text and flags, and later runs hand it to the C engine directly (about 3 ms for all of them). A pattern
built from the cache equals (``==``) the one ``re.compile`` builds: same text, flags and code. The C engine
checks the code it is given, and the file is tied to the exact Python build (its version string and the
engine's magic number), so code from another Python is never used.

A pattern that is not in the cache is compiled exactly as ``re.compile`` does it (an invalid one raises the
same ``re.error``), and the new ones are written when the process exits. The cache is an optimisation only: a
file that cannot be read or written, or a Python whose internals differ, means patterns are compiled as
before, never an error.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import marshal
import os
import re
import sys
import threading
from array import array
from pathlib import Path
from typing import Any

from glossary.checked import cache_directory

try:  # the interpreter's own regex compiler (CPython 3.11+), used the way re.compile uses it
    import _sre  # type: ignore[import-not-found]  # the C engine (no stubs)
    from re import _compiler, _parser  # type: ignore[attr-defined]

    _ENGINE: tuple[object, ...] | None = (sys.version, _sre.MAGIC, _sre.CODESIZE, marshal.version)
    if array("I").itemsize != _sre.CODESIZE:  # pragma: no cover - the code would not fit the stored words
        _ENGINE = None
except (ImportError, AttributeError):  # pragma: no cover - another implementation: plain re.compile
    _ENGINE = None

#: Entries kept at most; past it the file keeps only the patterns of the process that writes it.
MAX_ENTRIES = 3000
_FORMAT = 2
# flags whose patterns are not worth keeping (DEBUG prints while compiling, TEMPLATE is deprecated)
_UNCACHED_FLAGS = re.DEBUG | getattr(re, "TEMPLATE", 0)

Key = tuple[str, int]
# (pattern, flags, code, groups - 1, groupindex, indexgroup): the arguments of the C engine's compile
Parts = tuple[str, int, list[int], int, dict[str, int], tuple[str | None, ...]]
# the same, with the code as the engine's words in bytes: a few hundred patterns load in about 1 ms, and only
# the patterns a run uses become lists of integers
Kept = tuple[str, int, bytes, int, dict[str, int], tuple[str | None, ...]]

_lock = threading.Lock()
_known: dict[Key, Kept] | None = None
_used: set[Key] = set()
_added: dict[Key, Kept] = {}


def compile_regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the code kept by an earlier run when there is one."""
    flags = int(flags)
    if _ENGINE is None or flags & _UNCACHED_FLAGS or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    key = (pattern, flags)
    kept = _entries().get(key)
    if kept is not None and kept[0] == pattern:
        try:
            code = array("I")
            code.frombytes(kept[2])
            result: re.Pattern[str] = _sre.compile(pattern, kept[1], code.tolist(), *kept[3:])
        except Exception:  # code the engine refuses: compile it again below and replace the entry
            pass
        else:
            _used.add(key)
            return result
    try:
        parts = _parts(pattern, flags)
        result = _sre.compile(*parts)
    except re.error:  # an invalid pattern fails as re.compile fails
        raise
    except Exception:  # the interpreter's internals differ from 3.11-3.13's: compile as re does, keep nothing
        return re.compile(pattern, flags)
    kept = (pattern, parts[1], array("I", parts[2]).tobytes(), *parts[3:])
    with _lock:
        if not _added:
            atexit.register(save)
        _added[key] = kept
        _entries()[key] = kept
    return result


def _parts(pattern: str, flags: int) -> Parts:
    """What ``re._compiler.compile`` passes to the C engine (the same steps, Python 3.11 to 3.13)."""
    tree: Any = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(tree, flags)]
    groupindex: dict[str, int] = dict(tree.state.groupdict)
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return pattern, int(flags | tree.state.flags), code, tree.state.groups - 1, groupindex, tuple(indexgroup)


def cache_file() -> Path | None:
    """Where this Python's compiled patterns are kept (None when ``$PRICEBOT_CACHE`` is set empty)."""
    base = cache_directory()
    if base is None or _ENGINE is None:
        return None
    build = hashlib.sha256(repr(_ENGINE).encode()).hexdigest()[:12]
    return base / f"regex-{sys.implementation.cache_tag}-{build}-{_FORMAT}"  # another layout never clobbers this one


def _read(path: Path | None) -> dict[Key, Kept]:
    if path is None:
        return {}
    try:
        data = marshal.loads(path.read_bytes())
    except Exception:  # missing, unreadable or truncated (marshal raises several types): nothing kept
        return {}
    if not (isinstance(data, tuple) and len(data) == 3 and data[0] == _FORMAT and data[1] == repr(_ENGINE)
            and isinstance(data[2], dict)):
        return {}
    return data[2]


def _entries() -> dict[Key, Kept]:
    global _known
    if _known is None:
        _known = _read(cache_file())
    return _known


def save() -> None:
    """Write the patterns compiled by this process beside those already kept (run at exit; never raises)."""
    with _lock:
        added = dict(_added)
        _added.clear()
    path = cache_file()
    if not added or path is None:
        return
    entries = _read(path)  # another process may have added its own since this one read the file
    entries.update(added)
    if len(entries) > MAX_ENTRIES:
        mine = _used | set(added)
        entries = {key: parts for key, parts in entries.items() if key in mine}
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        temporary.write_bytes(marshal.dumps((_FORMAT, repr(_ENGINE), entries)))
        os.replace(temporary, path)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
