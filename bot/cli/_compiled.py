"""Python source that libraries generate at start-up, compiled once and kept, for a short terminal command.

Two pieces of the standard library compile source text every time a program starts. ``typing.ForwardRef``
compiles the text of each string annotation (about 1,100 of them while a `pricebot ask` starts: the TypedDicts of
pydantic-core's schema module, typing-extensions' and pydantic's own, and pricebot's models' annotations, which
pydantic reads; only about 290 different texts). ``dataclasses`` writes each generated method (``__init__``,
``__repr__``, ``__eq__``, ...) as source text and ``exec``s it (about 320 of them, most for pydantic's and
annotated-types' own dataclasses). Parsing and compiling that source was about a tenth of the instructions of a
`pricebot ask`.

A terminal command (not `pricebot serve`) has both compile each text once and use the code Python made for it
from then on: in the process (a forward reference's text), and across runs in pricebot's cache directory
(``$PRICEBOT_CACHE``, else ``~/.cache/pricebot``: ``code-<python>-<digest>``, keyed by the source text and
how it is compiled). Nothing else changes: the code is what ``compile`` returns for that text (no future
statements, as in the standard library's own calls), a code object is immutable, so one can serve every caller,
and it is run exactly as before (``exec`` with the same globals and namespace). A text that does not compile raises
the same ``SyntaxError`` every time. The file is tied to the exact Python build (its version string and bytecode
magic number), so code from another Python is never used; a file that cannot be read or written means the
source is compiled as before, never an error. New texts are added to the file when the process exits.
"""

# No ``from __future__`` import in this module: ``compile`` and ``exec`` of a string inherit the future
# statements of the module that calls them, and the standard library's calls have none.
import atexit
import builtins
import contextlib
import marshal
import os
import sys
import threading
from pathlib import Path
from types import CodeType
from typing import Any

_compile = builtins.compile
_exec = builtins.exec

#: Entries kept at most; past it the file keeps only those of the process that writes it.
MAX_ENTRIES = 5000
_FORMAT = 1
CACHE_ENV = "PRICEBOT_CACHE"  # glossary.checked.CACHE_ENV (not imported: that loads the glossary and pydantic)

Key = tuple[str, str]  # (mode, source)


def cache_directory() -> Path | None:
    """pricebot's cache directory, as :func:`glossary.checked.cache_directory` finds it, without importing the
    glossary (which loads pydantic, whose start-up this cache is for). None when ``$PRICEBOT_CACHE`` is set empty,
    and on a system other than Linux without it set (platformdirs is not imported for this)."""
    override = os.environ.get(CACHE_ENV)
    if override is not None:
        return Path(override) if override else None
    if sys.platform == "linux":
        xdg = os.environ.get("XDG_CACHE_HOME", "")
        if os.path.isabs(xdg):
            return Path(xdg) / "pricebot"
        home = os.environ.get("HOME", "")
        if os.path.isabs(home):
            return Path(home) / ".cache" / "pricebot"
    return None


def _build() -> tuple[str, bytes]:
    from importlib.util import MAGIC_NUMBER

    return sys.version, MAGIC_NUMBER


def cache_file() -> Path | None:
    """Where this Python's kept code is (None: no cache directory)."""
    base = cache_directory()
    if base is None:
        return None
    return base / f"code-{sys.implementation.cache_tag}-{_build()[1].hex()}-{_FORMAT}"


class KeptCode:
    """The code kept by earlier runs, and what this process compiled that was not kept."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.kept: dict[Key, CodeType] = _read(path)
        self.added: dict[Key, CodeType] = {}
        self.used: set[Key] = set()
        self._lock = threading.Lock()

    def code(self, source: str, mode: str) -> CodeType:
        """``compile(source, "<string>", mode)``, as a module without future statements calls it."""
        key = (mode, source)
        self.used.add(key)
        code = self.kept.get(key)
        if code is None:
            code = _compile(source, "<string>", mode, 0, True)  # raises as compile does
            with self._lock:
                if not self.added and self.path is not None:
                    atexit.register(self.save)
                self.kept[key] = self.added[key] = code
        return code

    def save(self) -> None:
        """Add what this process compiled to the file (run at exit; never raises)."""
        with self._lock:
            added = dict(self.added)
            self.added.clear()
        if not added or self.path is None:
            return
        entries = _read(self.path)  # another process may have added its own since this one read the file
        entries.update(added)
        if len(entries) > MAX_ENTRIES:
            entries = {key: code for key, code in entries.items() if key in self.used}
        temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            data = marshal.dumps((_FORMAT, *_build(), entries))
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            temporary.write_bytes(data)
            os.replace(temporary, self.path)
        except (OSError, ValueError):
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)


def _read(path: Path | None) -> dict[Key, CodeType]:
    """The kept code; empty when there is no file, or it is unreadable, truncated or from another Python."""
    if path is None:
        return {}
    try:
        found = marshal.loads(path.read_bytes())
    except Exception:  # missing, unreadable, truncated or foreign (marshal raises several types): nothing kept
        return {}
    if not (isinstance(found, tuple) and len(found) == 4 and found[:3] == (_FORMAT, *_build())
            and isinstance(found[3], dict)):
        return {}
    return found[3]


def _compile_kept(kept: KeptCode) -> Any:
    def compile(source: Any, filename: Any, mode: Any, *more: Any, **options: Any) -> Any:
        """``compile`` as ``typing`` calls it for a forward reference, with the code kept."""
        if more or options or filename != "<string>" or type(source) is not str:
            return _compile(source, filename, mode, *more, **options)
        return kept.code(source, mode)

    return compile


def _exec_kept(kept: KeptCode) -> Any:
    def exec(source: Any, globals: Any = None, locals: Any = None, /, **options: Any) -> None:
        """``exec`` as ``dataclasses`` calls it for a generated method, with the code kept."""
        if globals is None:  # the caller's namespaces, as the builtin takes them
            caller = sys._getframe(1)
            globals, locals = caller.f_globals, caller.f_locals if locals is None else locals
        if type(source) is str and type(globals) is dict and not options:
            source = kept.code(source, "exec")
        _exec(source, globals, locals, **options)

    return exec


_installed: KeptCode | None = None


def keep_compiled_source() -> KeptCode | None:
    """Have ``typing`` and ``dataclasses`` use the kept code from now on in this process; None when they were
    left alone (done before, or either module already has its own ``compile`` or ``exec``)."""
    global _installed
    import dataclasses
    import typing

    if _installed is not None or "compile" in vars(typing) or "exec" in vars(dataclasses):
        return None
    _installed = KeptCode(cache_file())
    typing.compile = _compile_kept(_installed)  # type: ignore[attr-defined]
    dataclasses.exec = _exec_kept(_installed)  # type: ignore[attr-defined]
    return _installed


_patterns_kept = False


def keep_compiled_patterns() -> bool:
    """Have every regular expression compiled from now on in this process (the standard library's, pydantic's,
    Jinja's, not only pricebot's) use the glossary's kept patterns (:mod:`glossary.regex_cache`), and load the
    glossary (which loads them first); False when done before. For a command that loads the glossary anyway:
    about 50 patterns that other modules compile as they are imported were compiled afresh on every `pricebot ask`
    (Jinja's lexer, ``platform``, ``fractions``...), about 3% of its CPU.

    Only what ``re`` compiles on a miss of its own cache is affected, and only for a pattern given as ``str``
    without ``re.DEBUG``; anything else, a pattern compiled before the glossary's cache is loaded, and any compile
    the kept patterns themselves make (an invalid pattern, an interpreter whose internals differ) is compiled by
    ``re`` exactly as before. A pattern read back equals the one ``re`` builds (tests/glossary/test_regex_cache.py)."""
    global _patterns_kept
    if _patterns_kept:
        return False
    import re
    from re import _compiler  # type: ignore[attr-defined]

    original = _compiler.compile
    inside = threading.local()

    def compile(pattern: Any, flags: int = 0) -> Any:
        """``re._compiler.compile``, from the kept code when the glossary's cache has it."""
        kept = sys.modules.get("glossary.regex_cache")
        if kept is None or type(pattern) is not str or flags & re.DEBUG or getattr(inside, "busy", False):
            return original(pattern, flags)
        inside.busy = True  # the kept patterns fall back on re.compile: that one is compiled by re itself
        try:
            return kept.compile_regex(pattern, flags)
        finally:
            inside.busy = False

    _compiler.compile = compile
    _patterns_kept = True
    import glossary  # noqa: F401  # its kept patterns load before pydantic does (glossary/__init__.py)

    return True
