"""Compiled regular expressions kept between runs, so a command does not compile its patterns again.

Python compiles a regular expression in two pure-Python steps (parse the pattern, generate the matching engine's
code) and hands that code to the C engine. For pricebot's few hundred patterns (the parser's, the coach's) the
two steps took about 150 ms of every `pricebot ask`. The code is a list of integers that depends only on the
pattern, the flags and the Python that generated it, so :func:`compile_regex` keeps it in pricebot's cache directory
(``$PRICEBOT_CACHE``, else the user's, e.g. ``~/.cache/pricebot/regex-cpython-311-<digest>-3``), keyed by the
pattern text and flags, and later runs hand it to the C engine directly (about 3 ms for all of them). A pattern
built from the cache equals (``==``) the one ``re.compile`` builds: same text, flags and code. The C engine
checks the code it is given, and the file is tied to the exact Python build (its version string and the
engine's magic number), so code from another Python is never used.

A pattern that is not in the cache is compiled exactly as ``re.compile`` does it (an invalid one raises the
same ``re.error``), and the new ones are written when the process exits. The cache is an optimisation only: a
file that cannot be read or written, or a Python whose internals differ, means patterns are compiled as
before, never an error.

The file is an index (a short key per pattern: a checksum of its text, its length and its flags) and, after it,
each pattern's entry on its own. A run reads the index and then only the entries of the patterns it compiles: the
file keeps every rule set's patterns (an edited rules file adds its new alternations, some of them 300 kB of
code), and reading and unmarshalling all of them was about 5 ms of every command, whatever it used.
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
import zlib
from array import array
from collections.abc import Iterator
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
_FORMAT = 3
# flags whose patterns are not worth keeping (DEBUG prints while compiling, TEMPLATE is deprecated)
_UNCACHED_FLAGS = re.DEBUG | getattr(re, "TEMPLATE", 0)

Key = tuple[str, int]
# (pattern, flags, code, groups - 1, groupindex, indexgroup): the arguments of the C engine's compile
Parts = tuple[str, int, list[int], int, dict[str, int], tuple[str | None, ...]]
# the same, with the code as the engine's words in bytes: only the patterns a run uses become lists of integers
Kept = tuple[str, int, bytes, int, dict[str, int], tuple[str | None, ...]]
# a pattern's place in the file's index: a checksum of its text, its length and its flags (two patterns with the
# same slot share it: the one written last is kept, the other is compiled again when used)
Slot = tuple[int, int, int]


def _slot(key: Key) -> Slot:
    return zlib.crc32(key[0].encode("utf-8", "surrogatepass")), len(key[0]), key[1]


class KeptCode:
    """The entries of the cache file (each read from the file when first asked for) and those added since."""

    def __init__(self, fd: int | None = None, base: int = 0, index: dict[Slot, tuple[int, int]] | None = None) -> None:
        self._fd = fd  # the file as it was opened: a file another process puts in its place is not read here
        self._base = base  # where the entries start
        self._index = index if index is not None else {}  # slot -> (offset from base, length)
        self._entries: dict[Key, Kept] = {}  # read or added

    def get(self, key: Key) -> Kept | None:
        """The entry kept for ``key``, or None (not kept, unreadable, or another pattern's in the same slot)."""
        found = self._entries.get(key)
        if found is not None or self._fd is None:
            return found
        where = self._index.get(_slot(key))
        if where is None:
            return None
        try:
            flags, kept = marshal.loads(_pread(self._fd, where[1], self._base + where[0]))
            if flags != key[1] or kept[0] != key[0]:
                return None
        except Exception:  # a truncated or foreign entry: a miss (marshal and unpacking raise several types)
            return None
        self._entries[key] = kept
        return kept  # type: ignore[no-any-return]

    def __contains__(self, key: object) -> bool:
        return isinstance(key, tuple) and self.get(key) is not None

    def __setitem__(self, key: Key, kept: Kept) -> None:
        self._entries[key] = kept

    def every(self) -> dict[Key, Kept]:
        """Every readable entry (the whole file is read: for writing it again)."""
        found: dict[Key, Kept] = {}
        if self._fd is not None:
            for offset, length in self._index.values():
                try:
                    flags, kept = marshal.loads(_pread(self._fd, length, self._base + offset))
                    found[kept[0], flags] = kept
                except Exception:  # a truncated or foreign entry: left out
                    continue
        found.update(self._entries)
        return found

    def close(self) -> None:
        """Stop reading the file (entries already read stay)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __iter__(self) -> Iterator[Key]:
        return iter(self.every())

    def __len__(self) -> int:
        return len(self.every())


def _pread(fd: int, length: int, offset: int) -> bytes:
    if hasattr(os, "pread"):
        return os.pread(fd, length, offset)
    os.lseek(fd, offset, os.SEEK_SET)  # pragma: no cover - systems without pread (Windows)
    return os.read(fd, length)  # pragma: no cover


_lock = threading.Lock()
_known: KeptCode | None = None
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


def _read(path: Path | None) -> KeptCode:
    """The cache file's index (its entries are read when asked for); empty when missing, unreadable or foreign."""
    if path is None:
        return KeptCode()
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except OSError:
        return KeptCode()
    try:
        size = int.from_bytes(_pread(fd, 8, 0), "little")
        header = marshal.loads(_pread(fd, size, 8)) if 0 < size <= os.fstat(fd).st_size else None
    except Exception:  # truncated or not this layout (marshal raises several types): nothing kept
        header = None
    if not (isinstance(header, tuple) and len(header) == 3 and header[0] == _FORMAT and header[1] == repr(_ENGINE)
            and isinstance(header[2], dict)):
        os.close(fd)
        return KeptCode()
    return KeptCode(fd, 8 + size, header[2])


def _entries() -> KeptCode:
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
    kept_now = _read(path)  # another process may have added its own since this one read the file
    entries = kept_now.every()
    kept_now.close()
    entries.update(added)
    if len(entries) > MAX_ENTRIES:
        mine = _used | set(added)
        entries = {key: parts for key, parts in entries.items() if key in mine}
    by_slot = {_slot(key): (key, kept) for key, kept in entries.items()}  # one entry a slot: the last one
    index: dict[Slot, tuple[int, int]] = {}
    blobs: list[bytes] = []
    offset = 0
    for slot, (key, kept) in by_slot.items():
        blob = marshal.dumps((key[1], kept))
        index[slot] = (offset, len(blob))
        blobs.append(blob)
        offset += len(blob)
    header = marshal.dumps((_FORMAT, repr(_ENGINE), index))
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        temporary.write_bytes(b"".join([len(header).to_bytes(8, "little"), header, *blobs]))
        os.replace(temporary, path)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
