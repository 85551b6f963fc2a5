"""Named domain errors of the glossary package; each builds its own message."""

from __future__ import annotations

from pathlib import Path


class GlossaryError(Exception):
    """Base class for every error this package raises on purpose."""


class RulesFileError(GlossaryError):
    """The field-language rules file cannot be used; names the file, the rule and the field."""

    def __init__(self, path: Path | str, problem: str, *, rule: str | None = None, field: str | None = None) -> None:
        self.path = str(path)
        self.rule = rule
        self.field = field
        self.problem = problem
        where = []
        if rule is not None:
            where.append(f"rule '{rule}'")
        if field is not None:
            where.append(f"field '{field}'")
        location = (", ".join(where) + ": ") if where else ""
        super().__init__(f"rules file {self.path}: {location}{problem}")


class TermsFileError(GlossaryError):
    """The glossary terms file cannot be used; names the file, the term and the field."""

    def __init__(self, path: Path | str, problem: str, *, term: str | None = None, field: str | None = None) -> None:
        self.path = str(path)
        self.term = term
        self.field = field
        self.problem = problem
        where = []
        if term is not None:
            where.append(f"term '{term}'")
        if field is not None:
            where.append(f"field '{field}'")
        location = (", ".join(where) + ": ") if where else ""
        super().__init__(f"terms file {self.path}: {location}{problem}")


class UnknownTerm(GlossaryError, LookupError):
    """No glossary entry matches; carries the closest entries as ``suggestions`` (titles)."""

    def __init__(self, term: str, suggestions: list[str]) -> None:
        self.term = term
        self.suggestions = suggestions
        message = f"no glossary entry for '{term}'"
        if suggestions:
            message += ". Did you mean: " + ", ".join(suggestions) + "?"
        super().__init__(message)
