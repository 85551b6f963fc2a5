"""Loading the field-language rules: YAML -> validated :class:`RuleSet` with its regexes.

A mistake in the file raises :class:`RulesFileError` naming the rule id and the field, so an enablement
lead can fix it without reading a traceback. Every regex is checked the first time a file's rules are loaded;
compiling them is most of that cost (about 90 ms for the bundled file), so a rule set that passed is remembered
(:mod:`glossary.checked`) and later loads expand and compile each rule's regexes only when the matcher first needs
them (expanding the vocabulary into all of them was about 7 ms of every command that coaches or answers).
"""

from __future__ import annotations

import functools
import os
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from glossary import checked, yamlfile
from glossary.errors import RulesFileError
from glossary.prefilter import Condition, tail_width
from glossary.regex_cache import compile_regex
from glossary.schema import Rule, RulesFile

DEFAULT_RULES_PATH = Path(__file__).with_name("rules.yaml")
RULES_ENV = "PRICEBOT_RULES"

_MACRO = compile_regex(r"\{([a-z_]+)\}")
_FLAGS = re.IGNORECASE
#: The lists of patterns a rule has, and those of the whole file.
RULE_LISTS = ("patterns", "fine_when", "fine_in_clause", "fine_before", "fine_after", "gate", "denied")
FILE_LISTS = ("negations", "reported_questions", "reported_question_leads", "term_denials", "answers", "own_drafts",
              "own_quotes", "clause_breaks", "endorsements", "unmarked_questions",
              "negative_questions", "said_to_avoid", "own_quotes_after", "reassertions", "outside_scope",
              "inside_scope", "scope_breaks", "reported_beliefs", "belief_rejections", "heading_conditions")
#: Lists whose empty match would mean everywhere: a pattern that always flags, text read as absent everywhere, or a
#: clause break between every two characters; every quotation the author's own, every denial taken back, every sentence
#: a question.
_NEVER_EMPTY = frozenset({"patterns", "asserting_negations.patterns", "clause_breaks", "endorsements",
                          "unmarked_questions", "negative_questions", "said_to_avoid", "own_quotes_after",
                          "reassertions", "denied", "outside_scope", "inside_scope", "scope_breaks",
                          "reported_beliefs", "belief_rejections", "heading_conditions"})
#: Changes when the checks below change, so a rule set remembered as passing older checks is checked again.
_CHECKS = (
    "compiles; patterns, asserting negations, clause breaks, endorsements, negative questions, unmarked questions, "
    "said-to-avoid, own quotes after, reassertions, denied claims, the scope lists, reported beliefs, their rejections "
    "and heading conditions never match empty text (7)"
)


@dataclass(frozen=True)
class CompiledRule:
    """A rule with its regexes (each list of patterns expanded, joined into one alternation and compiled) the first
    time they are used: a message holding none of the rule's trigger words never pays for any of it."""

    rule: Rule
    #: The file's vocabulary, which the rule's patterns are expanded with.
    vocabulary: Mapping[str, str] = field(default_factory=dict, compare=False, repr=False)
    #: The regexes when the load already expanded them (to check them), else None: expanded when first used.
    expanded: tuple[tuple[str, ...], ...] | None = field(default=None, compare=False, repr=False)
    _screens: dict[int, Condition] = field(default_factory=dict, init=False, compare=False, repr=False)

    @cached_property
    def regexes(self) -> tuple[tuple[str, ...], ...]:
        """The expanded regexes of each list: patterns, fine_when, fine_in_clause, fine_before, fine_after, gate,
        denied."""
        if self.expanded is not None:
            return self.expanded
        return tuple(tuple(_to_regex(pattern, self.vocabulary) for pattern in getattr(self.rule, name))
                     for name in RULE_LISTS)

    @cached_property
    def sources(self) -> tuple[str | None, ...]:
        """Each list as one alternation (None for an empty list), joined when the rule is first compiled."""
        return tuple(_alternation(regexes) for regexes in self.regexes)

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        source = self.sources[0]
        assert source is not None  # patterns has min_length=1
        return compile_regex(source, _FLAGS)

    @cached_property
    def fine_when(self) -> re.Pattern[str] | None:
        return _compiled(self.sources[1])

    def screen(self, index: int) -> Condition:
        """The screen (:class:`glossary.prefilter.Condition`) of the list ``RULE_LISTS[index]`` (the matcher's:
        ``fine_when``, ``gate``, ``denied``), built when the matcher first asks for it."""
        found = self._screens.get(index)
        if found is None:
            found = self._screens[index] = Condition(self.sources[index] or "", _FLAGS)
        return found

    @cached_property
    def fine_in_clause(self) -> re.Pattern[str] | None:
        return _compiled(self.sources[2])

    @cached_property
    def fine_before(self) -> re.Pattern[str] | None:
        return _compiled(self.sources[3])

    @cached_property
    def fine_before_width(self) -> int | None:
        """How far back from the end of a text a match of ``fine_before`` can start (``glossary.prefilter.tail_width``:
        its patterns end in ``$``), or None: searched from the start."""
        source = self.sources[3]
        return tail_width(source, _FLAGS) if source is not None else None

    @cached_property
    def fine_after(self) -> re.Pattern[str] | None:
        return _compiled(self.sources[4])

    @cached_property
    def gate(self) -> re.Pattern[str] | None:
        return _compiled(self.sources[5])

    @cached_property
    def gates(self) -> tuple[re.Pattern[str], ...]:
        """The gate's alternatives (each of its patterns split at its top-level "|"), each compiled on its own: a
        sentence passes when one of them matches it, as when the gate does. Searched one by one, an alternative that
        starts with a character class or a literal lets the engine skip ahead; in the alternation every alternative is
        tried at every position."""
        parts: list[str] = []
        for regex in self.regexes[5]:
            alternatives = _top_level_alternatives(regex)
            parts += alternatives if alternatives is not None else [regex]
        return tuple(compile_regex(part, _FLAGS) for part in parts)

    @cached_property
    def denied(self) -> re.Pattern[str] | None:
        return _compiled(self.sources[6])


@dataclass(frozen=True)
class RuleSet:
    """Everything the matcher needs, loaded from one file."""

    path: Path
    rules: tuple[Rule, ...]
    compiled: tuple[CompiledRule, ...]
    negation: re.Pattern[str] | None
    spelling: tuple[str, ...] = ()
    reported_question: re.Pattern[str] | None = None
    reported_question_lead: re.Pattern[str] | None = None
    unmarked_question: re.Pattern[str] | None = None
    term_denial: re.Pattern[str] | None = None
    answer: re.Pattern[str] | None = None
    own_draft: re.Pattern[str] | None = None
    own_quote: re.Pattern[str] | None = None
    asserting_negation: re.Pattern[str] | None = None
    asserting_triggers: frozenset[str] = frozenset()
    clause_break: re.Pattern[str] | None = None
    endorsement: re.Pattern[str] | None = None
    negative_question: re.Pattern[str] | None = None
    said_to_avoid: re.Pattern[str] | None = None
    own_quote_after: re.Pattern[str] | None = None
    reassertion: re.Pattern[str] | None = None
    outside_scope: re.Pattern[str] | None = None
    inside_scope: re.Pattern[str] | None = None
    scope_break: re.Pattern[str] | None = None
    reported_belief: re.Pattern[str] | None = None
    belief_rejection: re.Pattern[str] | None = None
    heading_condition: re.Pattern[str] | None = None


def default_rules_path() -> Path:
    """``$PRICEBOT_RULES`` when set, else the rules bundled with the package."""
    override = os.environ.get(RULES_ENV)
    return Path(override) if override else DEFAULT_RULES_PATH


def load_rules(path: Path | str | None = None) -> RuleSet:
    """Read and validate a rules file (the bundled one, or ``$PRICEBOT_RULES``, by default); its regexes are
    checked unless this very rule set passed before (with this Python), and compiled when first used."""
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
    vocabulary = parsed.vocabulary
    asserting = parsed.asserting_negations
    asserting_patterns = asserting.patterns if asserting is not None else ()
    # (rule, field, patterns) of every list: each rule's, then the file's
    lists: list[tuple[str | None, str, tuple[str, ...]]] = [
        (rule.id, name, getattr(rule, name)) for rule in parsed.rules for name in RULE_LISTS]
    lists += [(None, name, getattr(parsed, name)) for name in FILE_LISTS]
    lists.append((None, "asserting_negations.patterns", asserting_patterns))
    digest = _digest(vocabulary, lists)
    by_list: dict[tuple[str | None, str], tuple[str, ...]]
    file_lists = (*FILE_LISTS, "asserting_negations.patterns")
    if digest is not None and checked.passed(digest):
        # This very rule set, expanded by this very code, passed: each rule's patterns are expanded when first used,
        # and the file's lists are the alternations remembered with it (worked out again if none were).
        compiled = tuple(CompiledRule(rule=rule, vocabulary=vocabulary) for rule in parsed.rules)
        kept = checked.recall(digest)
        if kept is None or set(kept) != set(file_lists):
            by_list = {(owner, name): _regexes(where, owner, name, patterns, vocabulary)
                       for owner, name, patterns in lists if owner is None}
            kept = {name: _alternation(by_list[None, name]) for name in file_lists}
            checked.remember(digest, kept)
    else:
        by_list = {(owner, name): _regexes(where, owner, name, patterns, vocabulary) for owner, name, patterns in lists}
        for owner, name, patterns in lists:
            _check_list(where, owner, name, patterns, by_list[owner, name])
        kept = {name: _alternation(by_list[None, name]) for name in file_lists}
        if digest is not None:
            checked.remember(digest, kept)
        compiled = tuple(CompiledRule(rule=rule, vocabulary=vocabulary,
                                      expanded=tuple(by_list[rule.id, name] for name in RULE_LISTS))
                         for rule in parsed.rules)
    sources = {(None, name): kept[name] for name in file_lists}
    return RuleSet(
        path=where,
        rules=parsed.rules,
        compiled=compiled,
        negation=_compiled(sources[None, "negations"]),
        spelling=parsed.spelling,
        reported_question=_compiled(sources[None, "reported_questions"]),
        reported_question_lead=_compiled(sources[None, "reported_question_leads"]),
        unmarked_question=_compiled(sources[None, "unmarked_questions"]),
        term_denial=_compiled(sources[None, "term_denials"]),
        answer=_compiled(sources[None, "answers"]),
        own_draft=_compiled(sources[None, "own_drafts"]),
        own_quote=_compiled(sources[None, "own_quotes"]),
        asserting_negation=_compiled(sources[None, "asserting_negations.patterns"]),
        asserting_triggers=frozenset(asserting.triggers) if asserting is not None else frozenset(),
        clause_break=_compiled(sources[None, "clause_breaks"]),
        endorsement=_compiled(sources[None, "endorsements"]),
        negative_question=_compiled(sources[None, "negative_questions"]),
        said_to_avoid=_compiled(sources[None, "said_to_avoid"]),
        own_quote_after=_compiled(sources[None, "own_quotes_after"]),
        reassertion=_compiled(sources[None, "reassertions"]),
        outside_scope=_compiled(sources[None, "outside_scope"]),
        inside_scope=_compiled(sources[None, "inside_scope"]),
        scope_break=_compiled(sources[None, "scope_breaks"]),
        reported_belief=_compiled(sources[None, "reported_beliefs"]),
        belief_rejection=_compiled(sources[None, "belief_rejections"]),
        heading_condition=_compiled(sources[None, "heading_conditions"]),
    )


def _digest(vocabulary: Mapping[str, str], lists: list[tuple[str | None, str, tuple[str, ...]]]) -> str | None:
    """What a rule set that passed is remembered by: the checks, this Python, the flags, this module's code (which
    expands, joins and checks the patterns) and the vocabulary and patterns as written; None when the code cannot
    be read (then the rules are checked on every load). Each text is written with its length, so no two different
    rule sets give the same description."""
    code = _module_code()
    if code is None:
        return None
    texts = [_CHECKS, sys.version, str(int(_FLAGS)), code]
    for name, entry in vocabulary.items():
        texts += [name, entry]
    for owner, name, patterns in lists:
        texts += [owner or "", name, str(len(patterns)), *patterns]
    return checked.digest("".join(f"{len(text)}:{text}" for text in texts))


@functools.cache
def _module_code() -> str | None:
    """A digest of this module's source, or None when it cannot be read."""
    try:
        return checked.digest(Path(__file__).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return None


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
    except yamlfile.DuplicateKey as exc:  # named as the schema's mistakes are: the rule and the field
        inside = [part for part in exc.where if isinstance(part, str) and part != "rules"]
        raise RulesFileError(path, exc.problem, rule=exc.owner, field=".".join([*inside, exc.key])) from None
    except yamlfile.YamlFileProblem as exc:
        raise RulesFileError(path, str(exc)) from None
    except yamlfile.YamlSyntaxError as syntax:
        error = syntax.error
        mark = getattr(error, "problem_mark", None)
        at = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        problem = getattr(error, "problem", None) or str(error)
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


def _expand(pattern: str, vocabulary: Mapping[str, str], seen: tuple[str, ...] = ()) -> str:
    def substitute(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in vocabulary:
            raise KeyError(name)
        if name in seen:
            raise RecursionError(name)
        return _expand(vocabulary[name], vocabulary, (*seen, name))

    return _MACRO.sub(substitute, pattern)


#: The pieces of a pattern, in order: an escape (a backslash and the character after it), a character class (it
#: ends at the first "]" that does not come right after a "[": "[]x]" and "[[]x]" are one class each; escapes
#: inside it are kept; an unclosed class runs to the end), one space outside a class, and runs of anything else.
_PIECES = compile_regex(r"\\.?|\[(?:\\.?|[^\]\\]|(?<=\[)\])*\]?| |[^\\\[ ]+", re.DOTALL)
_SPACE_OR_HYPHEN = "[ \\-]"


def _to_regex(pattern: str, vocabulary: Mapping[str, str]) -> str:
    """Expand {vocabulary}; a space outside [...] matches one space or hyphen ("token costs"/"token-costs").
    Read piece by piece with one regular expression (a loop over characters was three quarters of loading the
    rules, about 5 ms of every command that coaches or answers)."""
    pieces = _PIECES.findall(_expand(pattern, vocabulary))
    return "".join(_SPACE_OR_HYPHEN if piece == " " else piece for piece in pieces)


def _regexes(
    path: Path, rule: str | None, field: str, patterns: tuple[str, ...], vocabulary: Mapping[str, str]
) -> tuple[str, ...]:
    return tuple(_regex_of(path, rule, f"{field}[{index}]", pattern, vocabulary)
                 for index, pattern in enumerate(patterns))


def _alternation(regexes: tuple[str, ...]) -> str | None:
    """One regex for a list of them (None for an empty list), matching what the list matches, in its order.

    Neighbours whose every alternative starts at a word boundary share one ``\\b``: the engine tries the
    alternatives at every position of a sentence, and between two letters one failed ``\\b`` then stands for all of
    them (a rule of 30 patterns is searched about a third faster)."""
    if not regexes:
        return None
    parts: list[str] = []
    run: list[str] = []  # what follows the shared \b, for the neighbours that have one
    for regex in regexes:
        alternatives = _top_level_alternatives(regex)
        if alternatives is not None and all(alt.startswith("\\b") for alt in alternatives):
            run.append("|".join(alt[2:] for alt in alternatives))
            continue
        if run:
            parts.append("\\b(?:" + "|".join(f"(?:{rest})" for rest in run) + ")")
            run = []
        parts.append(f"(?:{regex})")
    if run:
        parts.append("\\b(?:" + "|".join(f"(?:{rest})" for rest in run) + ")")
    return "|".join(parts)


def _top_level_alternatives(regex: str) -> list[str] | None:
    """``regex`` split at its top-level ``|`` (not inside brackets or a character class), or None when its
    brackets do not balance (it is then left whole, for the checks to name)."""
    alternatives: list[str] = []
    start = depth = 0
    class_first = -1  # where a "]" would be the class's first member (a member, not its end)
    in_class = escaped = False
    for index, ch in enumerate(regex):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]" or index == class_first
        elif ch == "[":
            in_class = True
            class_first = index + 2 if regex.startswith("^", index + 1) else index + 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return None
        elif ch == "|" and depth == 0:
            alternatives.append(regex[start:index])
            start = index + 1
    if depth or in_class or escaped:
        return None
    alternatives.append(regex[start:])
    return alternatives


def _compiled(source: str | None) -> re.Pattern[str] | None:
    return compile_regex(source, _FLAGS) if source is not None else None


def _check_list(path: Path, rule: str | None, field: str, patterns: tuple[str, ...], regexes: tuple[str, ...]) -> None:
    """The list's alternation compiles (and, for ``patterns`` and the lists in _NEVER_EMPTY, cannot match empty text).
    Each part is compiled on its own only when the whole fails, to name the part at fault: compiling every part twice
    doubled the cost."""
    source = _alternation(regexes)
    if source is None:
        return
    problem: re.error | None = None
    try:
        combined: re.Pattern[str] | None = compile_regex(source, _FLAGS)  # kept (regex_cache) for the first use
    except re.error as exc:
        combined, problem = None, exc
    never_empty = field in _NEVER_EMPTY
    if combined is None or (never_empty and combined.fullmatch("")):
        for index, (pattern, regex) in enumerate(zip(patterns, regexes, strict=True)):
            _check_part(path, rule, f"{field}[{index}]", pattern, regex, must_not_match_empty=never_empty)
    if combined is None:  # every part compiles on its own, not joined: a group name used by two of them
        raise RulesFileError(path, f"its patterns compile one by one but not as one list: {problem}", rule=rule,
                             field=field)


def _regex_of(path: Path, rule: str | None, name: str, pattern: str, vocabulary: Mapping[str, str]) -> str:
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
        compiled = compile_regex(regex, _FLAGS)
    except re.error as exc:
        raise RulesFileError(path, f"invalid regular expression {pattern!r}: {exc}", rule=rule, field=name) from None
    if must_not_match_empty and compiled.fullmatch(""):
        raise RulesFileError(path, f"pattern {pattern!r} matches empty text", rule=rule, field=name)
