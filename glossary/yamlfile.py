"""Reading an editable YAML file safely: a regular file of bounded size, UTF-8, no aliases.

The rules and terms files are meant to be edited by an enablement lead, and ``PRICEBOT_RULES`` can point
anywhere, so the reader assumes nothing: a device (``/dev/zero``) or a huge file is refused before reading,
and a file with YAML aliases is refused before it is built (a 634-byte alias bomb expands to gigabytes;
these files never need aliases). A mapping that gives one key twice is refused too (:class:`DuplicateKey`): YAML
readers keep the last value and drop the first without a word, so a rule's second ``fine_when`` or a second
vocabulary entry of the same name would silently replace the first.

What a file parsed to is kept in pricebot's cache directory (``$PRICEBOT_CACHE``, else the user's, e.g.
``~/.cache/pricebot/yaml/<digest>``), keyed by a digest of the file's exact bytes, so a later start reads it back
instead of importing PyYAML and parsing again (about 40 ms of a `pricebot ask` for the rules, terms and phrases
files). Only text that parsed, passed the alias check and holds plain values (mappings, lists, strings, numbers,
booleans, null) is kept; an edited file has another digest, so it is always parsed in full, and whatever the caller
checks afterwards (the rules' and terms' schemas) is checked on every load. The cache is an optimisation only: a
file that cannot be read or written means the text is parsed as before, never an error.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import stat
from pathlib import Path
from typing import Any

from glossary.checked import cache_directory

#: The bundled rules and terms files are about 15 kB each.
MAX_BYTES = 1024 * 1024

# (2: a file that gives a key twice is refused, so what an older reader kept of one is not read back)
_FORMAT = b"pricebot-yaml-2\n"


class YamlFileProblem(Exception):
    """Why the file cannot be used, as the end of a sentence that starts with the file's name."""


class DuplicateKey(YamlFileProblem):
    """A mapping gives ``key`` twice: ``where`` is the path to the mapping (keys and list indices from the top),
    ``owner`` the ``id`` the nearest mapping around it gives (a rule's id), ``lines`` the two lines (1-based)."""

    def __init__(self, key: str, where: tuple[str | int, ...], owner: str | None, lines: tuple[int, int]) -> None:
        self.key, self.where, self.owner, self.lines = key, where, owner, lines
        #: what is wrong, for a message that names the mapping itself
        self.problem = (f"the key {key!r} is given twice (lines {lines[0]} and {lines[1]}): the second would silently "
                        "replace the first; keep one")
        inside = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in where).lstrip(".")
        of = f" (id {owner!r})" if owner is not None else ""
        super().__init__(f"in {inside or 'the top level'}{of}: {self.problem}")


class YamlSyntaxError(Exception):
    """The text is not valid YAML; ``error`` is PyYAML's own exception (its ``problem_mark`` says where)."""

    def __init__(self, error: Exception) -> None:
        super().__init__(str(error))
        self.error = error


def load(path: Path) -> Any:
    """The file's YAML, or :class:`YamlFileProblem` / :class:`YamlSyntaxError`; OSError when it cannot be opened."""
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise YamlFileProblem("is not a regular file (a device, pipe or directory cannot hold rules)")
    if info.st_size > MAX_BYTES:
        raise YamlFileProblem(f"is too large ({info.st_size:,} bytes): allowed up to {MAX_BYTES:,} bytes")
    with path.open("rb") as file:
        data = file.read(MAX_BYTES + 1)  # the file may grow between stat and read
    if len(data) > MAX_BYTES:
        raise YamlFileProblem(f"is too large: allowed up to {MAX_BYTES:,} bytes")
    return parse(data)


def parse(data: bytes) -> Any:
    """What the UTF-8 YAML text ``data`` holds (refusing anchors and aliases), from the cache when it can be."""
    record = _record(data)
    kept = _read(record)
    if kept is not None:
        return kept[0]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise YamlFileProblem("is not UTF-8 text") from None
    import yaml  # only when the text was not parsed before

    #: libyaml's parser when PyYAML was built with it (about 10x faster than the pure-Python one), else that one.
    loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        for token in yaml.scan(text, Loader=loader):
            if isinstance(token, yaml.AliasToken | yaml.AnchorToken):
                line = token.start_mark.line + 1
                raise YamlFileProblem(
                    f"uses a YAML anchor or alias ({'*' if isinstance(token, yaml.AliasToken) else '&'}"
                    f"{token.value}) at line {line}: not allowed here, write the value out instead"
                )
        reader = loader(text)
        try:
            node = reader.get_single_node()
            if node is not None:
                _refuse_duplicate_keys(node, ())
            value = reader.construct_document(node) if node is not None else None
        finally:
            reader.dispose()
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(exc) from None
    _write(record, value)
    return value


def _refuse_duplicate_keys(node: Any, where: tuple[str | int, ...], owner: str | None = None) -> None:
    """:class:`DuplicateKey` for the first mapping under ``node`` (a composed YAML node) that gives a key twice."""
    import yaml

    if isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _refuse_duplicate_keys(item, (*where, index), owner)
    elif isinstance(node, yaml.MappingNode):
        for key, value in node.value:  # the mapping's own id names it: a rule's
            if isinstance(key, yaml.ScalarNode) and key.value == "id" and isinstance(value, yaml.ScalarNode):
                owner = value.value
        seen: dict[str, int] = {}
        for key, value in node.value:
            name = key.value if isinstance(key, yaml.ScalarNode) else None
            if name is not None:
                line = key.start_mark.line + 1
                if name in seen:
                    raise DuplicateKey(name, where, owner, (seen[name], line))
                seen[name] = line
            _refuse_duplicate_keys(value, (*where, name) if name is not None else where, owner)


def _record(data: bytes) -> Path | None:
    base = cache_directory()
    return base / "yaml" / hashlib.sha256(data).hexdigest() if base is not None else None


def _read(record: Path | None) -> tuple[Any] | None:
    """(value,) kept for these bytes, or None."""
    if record is None:
        return None
    try:
        kept = record.read_bytes()
        if not kept.startswith(_FORMAT):
            return None
        return (marshal.loads(kept[len(_FORMAT):]),)
    except Exception:  # missing, unreadable or truncated (marshal raises several types): parse the text
        return None


def _write(record: Path | None, value: Any) -> None:
    if record is None:
        return
    try:
        kept = _FORMAT + marshal.dumps(value)
    except ValueError:  # a value marshal cannot hold (a YAML date): not kept
        return
    temporary = record.with_name(f"{record.name}.{os.getpid()}.tmp")
    try:
        record.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        temporary.write_bytes(kept)
        os.replace(temporary, record)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
