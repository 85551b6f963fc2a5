"""The quote id a button carries, read the one way every button reads it."""

from __future__ import annotations

import re

#: A quote id as a button carries it: ASCII digits, at most 18 (the store's ids are 64-bit integers).
_ID = re.compile(r"[0-9]{1,18}")


def quote_id_of(value: object) -> int | None:
    """The quote id in a button's value (text such as ``"42"``, or the number in a JSON value), or None when it is
    not one: other characters ("²" passes ``str.isdigit`` and fails ``int``), a sign, or more digits than a
    stored id can have."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        value = str(value)
    if not isinstance(value, str) or not _ID.fullmatch(value):
        return None
    return int(value)
