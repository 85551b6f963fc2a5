"""pydantic's plugin scan, left out of short terminal commands.

The first time pydantic builds a validator it looks for plugins: it imports ``importlib.metadata`` (with the
email, zipfile and csv modules it needs) to read the entry points of every installed distribution. That import
alone was about 25 ms of CPU, a tenth of a `pricebot ask`. pricebot ships and uses no pydantic plugin, so a
terminal command tells pydantic there are none, exactly as ``PYDANTIC_DISABLE_PLUGINS=__all__`` would, but
without importing ``importlib.metadata`` first.

Someone who does use a pydantic plugin with the CLI (an observability tool, say) sets
``PYDANTIC_DISABLE_PLUGINS`` to anything, e.g. ``PYDANTIC_DISABLE_PLUGINS=`` (empty): then pydantic is left to
find its plugins as usual. `pricebot serve` never skips the scan.
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
