"""The fixed phrases pricebot says (bot/phrases.yaml), read once; templates and the parser's asks and questions use
them.

A phrases file that cannot be read or lacks a section fails at start-up (:func:`phrases` is called when the
presentation environment is built), never halfway through an answer.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from glossary import yamlfile

#: Beside this module, as the glossary's rules and terms files are (``importlib.resources`` cost about 3 ms a start).
PHRASES_PATH = Path(__file__).with_name("phrases.yaml")

SECTIONS = ("titles", "structures", "verdicts", "sources", "illustrative", "examples", "asks", "buttons", "charts",
            "internal_error", "follow_up", "started_over", "changed_fields", "chart_text", "questions",
            "compare_rows", "periods")


class PhrasesFileError(RuntimeError):
    """bot/phrases.yaml is unreadable or misses a section."""


@cache
def phrases() -> dict[str, Any]:
    try:  # parsed once, then read back from the cache (glossary.yamlfile)
        data = yamlfile.parse(PHRASES_PATH.read_bytes())
    except yamlfile.YamlFileProblem as exc:
        raise PhrasesFileError(f"bot/phrases.yaml {exc}") from None
    except yamlfile.YamlSyntaxError as exc:
        raise PhrasesFileError(f"bot/phrases.yaml is not valid YAML: {exc}") from None
    missing = [s for s in SECTIONS if not isinstance(data, dict) or s not in data]
    if missing:
        raise PhrasesFileError(f"bot/phrases.yaml: missing section(s) {', '.join(missing)}")
    return dict(data)


def ask_for(key: str) -> tuple[str, str]:
    """(what, example) to ask for a missing input, e.g. ("the call volume", '"10k calls a day"')."""
    entry = phrases()["asks"][key]
    return str(entry["what"]), str(entry["example"])


def question(key: str, **values: object) -> str:
    """One of the parser's questions (``questions`` in phrases.yaml) with its ``{names}`` filled from `values`."""
    return str(phrases()["questions"][key]).format(**values)


def which_value(field: str, values: list[str]) -> str:
    """ "Which provisioned discount should I use? I read 40% and 30%." for an input read twice."""
    what = phrases()["questions"]["what"].get(field, field.replace("_", " "))
    return question("which", what=what, values=" and ".join(values))


def chart_text(key: str, **values: object) -> str:
    """A chart's words: ``chart_text("caching.pays_back", calls="1,200")``; ``{names}`` filled from `values`."""
    entry: Any = phrases()["chart_text"]
    for part in key.split("."):
        entry = entry[part]
    return str(entry).format(**values)
