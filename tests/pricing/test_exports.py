"""The engine's public names are loaded on first use (PEP 562): each resolves to its module's object, on the
first read and on every later one, and ``dir(pricing)`` lists them before they are loaded."""

from __future__ import annotations

import importlib

import pytest

import pricing


def test_each_public_name_is_loaded_from_its_module_on_first_use_and_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in pricing._EXPORTS:
        monkeypatch.delitem(vars(pricing), name, raising=False)  # as before its first use
    listed = dir(pricing)
    assert set(pricing._EXPORTS) <= set(listed) and "_EXPORTS" in listed and listed == sorted(listed)
    for name, module in pricing._EXPORTS.items():
        value = getattr(pricing, name)
        assert value is getattr(importlib.import_module(module), name), name
        assert vars(pricing)[name] is value and getattr(pricing, name) is value, name  # kept for the next read


def test_a_name_the_engine_does_not_export_is_an_attribute_error_naming_it() -> None:
    with pytest.raises(AttributeError, match="'pricing' has no attribute 'no_such_name'"):
        pricing.no_such_name  # noqa: B018
