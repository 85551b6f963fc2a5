"""Compiled templates kept between runs, so a command's first reply does not compile its templates again.

Compiling the templates a reply uses (parse, generate Python, compile) took about 65 ms of a `pricebot ask`;
loading them from the cache takes about 1 ms. The cache lives in pricebot's cache directory (``$PRICEBOT_CACHE``,
else the user's, e.g. ``~/.cache/pricebot/templates-<fingerprint>``), one file per template, replaced whenever
the template's source changes (Jinja compares a checksum of the source). The fingerprint covers what Jinja's own
key leaves out: its version and the environment options that change the generated code, so a different
configuration never loads code compiled for another. The cache is an optimisation only: a directory that cannot
be created, read or written means templates are compiled as before, never an error.
"""

from __future__ import annotations

import hashlib
import marshal
import pickle
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

import jinja2
from jinja2 import FileSystemBytecodeCache
from jinja2.bccache import Bucket, bc_magic

from glossary.checked import cache_directory

if TYPE_CHECKING:
    from jinja2 import Environment


class QuietBytecodeCache(FileSystemBytecodeCache):
    """Jinja's file cache, except that a file it cannot read or write is a miss, not an error, and a file is read
    whole and then unmarshalled: Jinja's own ``marshal.load`` on the open file reads it in thousands of small
    pieces (about 5 ms of the nine templates of a `pricebot ask`, against 1 ms)."""

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            with open(self._get_cache_filename(bucket), "rb") as file:
                data = file.read()
        except OSError:  # missing (Jinja's own case) or unreadable: compile
            return
        try:
            _read_bucket(bucket, data)
        except Exception:  # truncated or not Jinja's (pickle and marshal raise many types): compile
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        try:
            Path(self.directory).mkdir(mode=0o700, parents=True, exist_ok=True)
            super().dump_bytecode(bucket)
        except OSError:
            pass


def _read_bucket(bucket: Bucket, data: bytes) -> None:
    """What ``bucket.load_bytecode`` reads from a file holding ``data`` (Jinja's layout: its magic string, the
    pickled checksum of the template's source, the marshalled code), the code read with one ``marshal.loads``."""
    if not data.startswith(bc_magic):
        bucket.reset()
        return
    stream = BytesIO(data)
    stream.seek(len(bc_magic))
    if pickle.load(stream) != bucket.checksum:  # the template's source changed since: compile it again
        bucket.reset()
        return
    try:
        bucket.code = marshal.loads(memoryview(data)[stream.tell():])
    except (EOFError, ValueError, TypeError):
        bucket.reset()


def fingerprint(environment: Environment) -> str:
    """A short digest of what shapes the generated code besides the template source."""
    options = (
        jinja2.__version__,
        environment.block_start_string, environment.block_end_string,
        environment.variable_start_string, environment.variable_end_string,
        environment.comment_start_string, environment.comment_end_string,
        environment.line_statement_prefix, environment.line_comment_prefix,
        environment.trim_blocks, environment.lstrip_blocks, environment.newline_sequence,
        environment.keep_trailing_newline, bool(environment.autoescape), environment.finalize is not None,
        environment.optimized, tuple(sorted(environment.extensions)), environment.is_async,
    )
    return hashlib.sha256(repr(options).encode()).hexdigest()[:12]


def template_cache(environment: Environment) -> QuietBytecodeCache | None:
    """The cache for ``environment``'s compiled templates (None when ``$PRICEBOT_CACHE`` is set empty)."""
    base = cache_directory()
    return QuietBytecodeCache(str(base / f"templates-{fingerprint(environment)}")) if base is not None else None
