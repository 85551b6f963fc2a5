"""pydantic's plugin scan, left out of short terminal commands.

The first time pydantic builds a validator it looks for plugins: it imports ``importlib.metadata`` (with the
email, zipfile and csv modules it needs) to read the entry points of every installed distribution. That import
alone was about 25 ms of CPU, a tenth of a `pricebot ask`. pricebot ships and uses no pydantic plugin, so a
terminal command tells pydantic there are none, exactly as ``PYDANTIC_DISABLE_PLUGINS=__all__`` would, but
without importing ``importlib.metadata`` first.

Someone who does use a pydantic plugin with the CLI (an observability tool, say) sets
``PYDANTIC_DISABLE_PLUGINS`` to anything, e.g. ``PYDANTIC_DISABLE_PLUGINS=`` (empty): then pydantic is left to
find its plugins as usual. `pricebot serve` looks for them (:func:`skip_plugin_scan_when_none_declared`).
"""

from __future__ import annotations

import os
import sys
import types
from collections.abc import Iterable
from typing import Any

LOADER = "pydantic.plugin._loader"


def _no_plugins() -> Iterable[Any]:
    return ()


def skip_plugin_scan() -> bool:
    """Have pydantic find no plugins without scanning installed packages; False when it was left alone (the
    user set PYDANTIC_DISABLE_PLUGINS, or pydantic already loaded its plugin loader)."""
    if "PYDANTIC_DISABLE_PLUGINS" in os.environ or LOADER in sys.modules:
        return False
    loader = types.ModuleType(LOADER, "pricebot: no pydantic plugins for a terminal command (bot.cli._plugins)")
    loader.get_plugins = _no_plugins  # type: ignore[attr-defined]
    sys.modules[LOADER] = loader
    return True


def plugins_may_be_declared() -> bool:
    """False only when no installed distribution can declare a pydantic plugin: none of the ``entry_points.txt``
    files of the distributions ``importlib.metadata`` would find (the ``*.dist-info`` and ``*.egg-info``
    directories of every ``sys.path`` entry, the current directory for an empty one) mentions pydantic. Anything
    this cannot look through the way ``importlib.metadata`` does (a zip file or egg on the path, another finder that
    finds distributions) counts as a possible plugin."""
    import importlib.machinery

    if any(hasattr(finder, "find_distributions") and finder is not importlib.machinery.PathFinder
           for finder in sys.meta_path):
        return True
    for entry in sys.path:
        if not isinstance(entry, str):
            return True
        try:
            names = os.listdir(entry or ".")
        except NotADirectoryError:  # a zip file (or an egg) on the path
            return True
        except OSError:  # missing, or not a path at all (an import hook's marker): importlib.metadata finds nothing
            continue
        if entry.endswith(".egg"):
            return True
        for name in names:
            if not name.lower().endswith((".dist-info", ".egg-info")):
                continue
            try:
                with open(os.path.join(entry or ".", name, "entry_points.txt"), encoding="utf-8",
                          errors="replace") as file:
                    if "pydantic" in file.read():
                        return True
            except OSError:  # no entry points (or an .egg-info file, which holds none)
                continue
    return False


def skip_plugin_scan_when_none_declared() -> bool:
    """For `pricebot serve`, which uses pydantic plugins when there are any: skip pydantic's scan
    (``importlib.metadata`` and every distribution's entry points, about 8% of the CPU serve spends before its first
    ack) when no installed distribution can declare one (:func:`plugins_may_be_declared`): pydantic would have found
    none. False when the scan was left to pydantic."""
    if "PYDANTIC_DISABLE_PLUGINS" in os.environ or LOADER in sys.modules or plugins_may_be_declared():
        return False
    return skip_plugin_scan()
