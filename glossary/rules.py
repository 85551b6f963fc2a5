"""Loading the field-language rules: YAML -> validated :class:`RuleSet` with compiled regexes.

A mistake in the file raises :class:`RulesFileError` naming the rule id and the field, so an enablement
lead can fix it without reading a traceback.
"""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from glossary import yamlfile
from glossary.errors import RulesFileError
from glossary.schema import Rule, RulesFile

DEFAULT_RULES_PATH = Path(__file__).with_name("rules.yaml")
RULES_ENV = "PRICEBOT_RULES"

_MACRO = re.compile(r"\{([a-z_]+)\}")
_FLAGS = re.IGNORECASE


@dataclass(frozen=True)
class CompiledRule:
    """A rule with its regexes compiled (patterns joined into one alternation)."""

    rule: Rule
    pattern: re.Pattern[str]
    fine_when: re.Pattern[str] | None
    fine_before: re.Pattern[str] | None
    fine_after: re.Pattern[str] | None


@dataclass(frozen=True)
class RuleSet:
    """Everything the matcher needs, loaded from one file."""

    path: Path
    rules: tuple[Rule, ...]
    compiled: tuple[CompiledRule, ...]
    negation: re.Pattern[str] | None
    spelling: tuple[str, ...] = ()
    reported_question: re.Pattern[str] | None = None
    answer: re.Pattern[str] | None = None
    own_draft: re.Pattern[str] | None = None


def default_rules_path() -> Path:
    """``$PRICEBOT_RULES`` when set, else the rules bundled with the package."""
    override = os.environ.get(RULES_ENV)
    return Path(override) if override else DEFAULT_RULES_PATH


def load_rules(path: Path | str | None = None) -> RuleSet:
    """Read, validate and compile a rules file (the bundled one, or ``$PRICEBOT_RULES``, by default)."""
    where = Path(path) if path is not None else default_rules_path()
    raw = _read_yaml(where)
    try:
        parsed = RulesFile.model_validate(raw)
    except ValidationError as exc:
        raise _explain(where, raw, exc) from None
    ids = [rule.id for rule in parsed.rules]
    for rule_id in ids:
        if ids.count(rule_id) > 1:
            raise RulesFileError(where, "the same id is used by more than one rule", rule=rule_id, field="id")
    compiled = tuple(_compile_rule(where, rule, parsed.vocabulary) for rule in parsed.rules)
    def top_level(field: str, patterns: tuple[str, ...]) -> re.Pattern[str] | None:
        return _compile_list(where, None, field, patterns, parsed.vocabulary)

    return RuleSet(
        path=where,
        rules=parsed.rules,
        compiled=compiled,
        negation=top_level("negations", parsed.negations),
        spelling=parsed.spelling,
        reported_question=top_level("reported_questions", parsed.reported_questions),
        answer=top_level("answers", parsed.answers),
        own_draft=top_level("own_drafts", parsed.own_drafts),
    )


@functools.cache
def _cached(path: Path) -> RuleSet:
    return load_rules(path)


def rule_set() -> RuleSet:
    """The rules in use, loaded once per path."""
    return _cached(default_rules_path())


def rules() -> list[Rule]:
    """The field-language rules in use, in file order."""
    return list(rule_set().rules)


def _read_yaml(path: Path) -> Any:
    try:
        return yamlfile.load(path)
    except FileNotFoundError:
        raise RulesFileError(path, "file not found") from None
    except OSError as exc:
        raise RulesFileError(path, f"cannot be read ({exc.strerror or exc})") from None
    except yamlfile.YamlFileProblem as exc:
        raise RulesFileError(path, str(exc)) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise RulesFileError(path, f"is not valid YAML{at}: {problem}") from None


def _explain(path: Path, raw: Any, exc: ValidationError) -> RulesFileError:
    """Turn pydantic's first error into one sentence naming the rule and the field."""
    error = exc.errors()[0]
    loc = list(error["loc"])
    rule_id: str | None = None
    if len(loc) >= 2 and loc[0] == "rules" and isinstance(loc[1], int):
        index = loc[1]
        entry = raw["rules"][index]  # pydantic names an index only of the list it was given
        found = entry.get("id") if isinstance(entry, dict) else None
        rule_id = str(found) if found is not None else f"#{index + 1} (no id)"
        loc = loc[2:]
    field = _dotted(loc) or None
    value = error.get("input")
    shown = "" if error["type"] == "missing" else f" (got {value!r})"
    return RulesFileError(path, f"{error['msg']}{shown}", rule=rule_id, field=field)


def _dotted(loc: list[int | str]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _expand(pattern: str, vocabulary: dict[str, str], seen: tuple[str, ...] = ()) -> str:
    def substitute(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in vocabulary:
            raise KeyError(name)
        if name in seen:
            raise RecursionError(name)
        return _expand(vocabulary[name], vocabulary, (*seen, name))

    return _MACRO.sub(substitute, pattern)


def _to_regex(pattern: str, vocabulary: dict[str, str]) -> str:
    """Expand {vocabulary}; a space outside [...] matches one space or hyphen ("token costs"/"token-costs")."""
    out: list[str] = []
    in_class = escaped = False
    for ch in _expand(pattern, vocabulary):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]" or out[-1] == "["
        elif ch == "[":
            in_class = True
        elif ch == " ":
            out.append("[ \\-]")
            continue
        out.append(ch)
    return "".join(out)


def _compile_list(
    path: Path, rule: str | None, field: str, patterns: tuple[str, ...], vocabulary: dict[str, str]
) -> re.Pattern[str] | None:
    """One pattern for the list (an alternation). Each part is compiled on its own only when the whole fails or
    can match empty text, to name the part at fault: compiling every part twice doubled the start-up cost."""
    if not patterns:
        return None
    parts = [_regex_of(path, rule, f"{field}[{index}]", pattern, vocabulary) for index, pattern in enumerate(patterns)]
    try:
        combined = re.compile("|".join(f"(?:{regex})" for regex in parts), _FLAGS)
    except re.error:
        combined = None
    if combined is None or (field == "patterns" and combined.fullmatch("")):
        for index, (pattern, regex) in enumerate(zip(patterns, parts, strict=True)):
            _check_part(path, rule, f"{field}[{index}]", pattern, regex, must_not_match_empty=field == "patterns")
    assert combined is not None  # every part compiles, so their alternation does
    return combined


def _regex_of(path: Path, rule: str | None, name: str, pattern: str, vocabulary: dict[str, str]) -> str:
    try:
        return _to_regex(pattern, vocabulary)
    except KeyError as exc:
        raise RulesFileError(path, f"unknown vocabulary entry {{{exc.args[0]}}}", rule=rule, field=name) from None
    except RecursionError as exc:
        raise RulesFileError(
            path, f"vocabulary entry {{{exc.args[0]}}} refers to itself", rule=rule, field=name
        ) from None


def _check_part(
    path: Path, rule: str | None, name: str, pattern: str, regex: str, *, must_not_match_empty: bool
) -> None:
    try:
        compiled = re.compile(regex, _FLAGS)
    except re.error as exc:
        raise RulesFileError(path, f"invalid regular expression {pattern!r}: {exc}", rule=rule, field=name) from None
    if must_not_match_empty and compiled.fullmatch(""):
        raise RulesFileError(path, f"pattern {pattern!r} matches empty text", rule=rule, field=name)


def _compile_rule(path: Path, rule: Rule, vocabulary: dict[str, str]) -> CompiledRule:
    pattern = _compile_list(path, rule.id, "patterns", rule.patterns, vocabulary)
    assert pattern is not None  # patterns has min_length=1
    return CompiledRule(
        rule=rule,
        pattern=pattern,
        fine_when=_compile_list(path, rule.id, "fine_when", rule.fine_when, vocabulary),
        fine_before=_compile_list(path, rule.id, "fine_before", rule.fine_before, vocabulary),
        fine_after=_compile_list(path, rule.id, "fine_after", rule.fine_after, vocabulary),
    )
