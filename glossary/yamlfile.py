"""Reading an editable YAML file safely: a regular file of bounded size, UTF-8, no aliases.

The rules and terms files are meant to be edited by an enablement lead, and ``PRICEBOT_RULES`` can point
anywhere, so the reader assumes nothing: a device (``/dev/zero``) or a huge file is refused before reading,
and a file with YAML aliases is refused before it is built (a 634-byte alias bomb expands to gigabytes;
these files never need aliases).
"""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any

import yaml

#: libyaml's parser when PyYAML was built with it (about 10x faster than the pure-Python one), else that one.
_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

#: The bundled rules and terms files are about 15 kB each.
MAX_BYTES = 1024 * 1024


class YamlFileProblem(Exception):
    """Why the file cannot be used, as the end of a sentence that starts with the file's name."""


def load(path: Path) -> Any:
    """The file's YAML, or :class:`YamlFileProblem`; OSError when it cannot be opened."""
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise YamlFileProblem("is not a regular file (a device, pipe or directory cannot hold rules)")
    if info.st_size > MAX_BYTES:
        raise YamlFileProblem(f"is too large ({info.st_size:,} bytes): allowed up to {MAX_BYTES:,} bytes")
    with path.open("rb") as file:
        data = file.read(MAX_BYTES + 1)  # the file may grow between stat and read
    if len(data) > MAX_BYTES:
        raise YamlFileProblem(f"is too large: allowed up to {MAX_BYTES:,} bytes")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise YamlFileProblem("is not UTF-8 text") from None
    for token in yaml.scan(text, Loader=_LOADER):
        if isinstance(token, yaml.AliasToken | yaml.AnchorToken):
            line = token.start_mark.line + 1
            raise YamlFileProblem(
                f"uses a YAML anchor or alias ({'*' if isinstance(token, yaml.AliasToken) else '&'}{token.value}) "
                f"at line {line}: not allowed here, write the value out instead"
            )
    return yaml.load(text, Loader=_LOADER)
