"""Field-language rules, the phrase matcher and the glossary of terms.

Public API (stable): :func:`lint`, :class:`Flag`, :func:`rules`, :class:`Rule`, :func:`load_rules`,
:class:`RulesFileError`, :func:`lookup`, :func:`terms`, :class:`Term`, :class:`UnknownTerm`.
"""

from __future__ import annotations

import functools
from pathlib import Path

# The kept regular expressions load first: the patterns pydantic and Jinja compile as they load can then be read
# back from them too, in a command that asks for that (bot.cli._compiled.keep_compiled_patterns).
from glossary import regex_cache  # noqa: F401

# isort: split
from glossary.errors import GlossaryError, RulesFileError, TermsFileError, UnknownTerm
from glossary.matcher import Flag, Linter
from glossary.rules import RuleSet, default_rules_path, load_rules, rule_set, rules
from glossary.schema import Rule
from glossary.terms import Term, load_terms, lookup, mentions, name_key, named, terms

__all__ = [
    "Flag",
    "GlossaryError",
    "Linter",
    "Rule",
    "RuleSet",
    "RulesFileError",
    "Term",
    "TermsFileError",
    "UnknownTerm",
    "default_rules_path",
    "lint",
    "linter",
    "load_rules",
    "load_terms",
    "lookup",
    "mentions",
    "name_key",
    "named",
    "rule_set",
    "rules",
    "terms",
]


@functools.cache
def _linter_for(path: Path) -> Linter:
    return Linter(rule_set())


def linter() -> Linter:
    """The linter for the rules in use (built once per rules file)."""
    return _linter_for(default_rules_path())


def lint(text: str) -> list[Flag]:
    """Every phrase in ``text`` the field-language guide warns about (offsets into ``text``)."""
    return linter().lint(text)
