"""PNG sanity checks shared by the chart tests: signature, IHDR dimensions, size."""

from __future__ import annotations

import struct

SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    """(width, height) from the IHDR chunk; AssertionError when the bytes are not a PNG."""
    assert data[:8] == SIGNATURE, "not a PNG (bad signature)"
    assert data[12:16] == b"IHDR", "PNG without an IHDR chunk first"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def assert_sane_png(data: bytes) -> None:
    """Slack-preview sized (about 1200×700) and neither empty nor bloated."""
    width, height = png_size(data)
    assert 1100 <= width <= 1300 and 600 <= height <= 800, (width, height)
    assert 20_000 <= len(data) <= 800_000, len(data)
