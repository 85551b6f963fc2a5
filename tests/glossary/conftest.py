"""Fixtures shared by the glossary tests."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest


@pytest.fixture
def usual_umask() -> Iterator[None]:
    """Files are made under the usual umask (022), whatever the caller's, so their modes can be asserted."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)
