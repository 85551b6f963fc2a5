"""Named domain errors of the glossary package; each builds its own message."""

from __future__ import annotations

from pathlib import Path


class GlossaryError(Exception):
    """Base class for every error this package raises on purpose."""


def _file_message(kind: str, path: str, problem: str, entry: tuple[str, str | None], field: str | None) -> str:
    """``<kind> file PATH: rule 'x', field 'y': problem``, naming only what is known."""
    where = [f"{entry[0]} '{entry[1]}'"] if entry[1] is not None else []
    if field is not None:
        where.append(f"field '{field}'")
    location = (", ".join(where) + ": ") if where else ""
    return f"{kind} file {path}: {location}{problem}"


class RulesFileError(GlossaryError):
    """The field-language rules file cannot be used; names the file, the rule and the field."""

    def __init__(self, path: Path | str, problem: str, *, rule: str | None = None, field: str | None = None) -> None:
        self.path = str(path)
        self.rule = rule
        self.field = field
        self.problem = problem
        super().__init__(_file_message("rules", self.path, problem, ("rule", rule), field))


class TermsFileError(GlossaryError):
    """The glossary terms file cannot be used; names the file, the term and the field."""

    def __init__(self, path: Path | str, problem: str, *, term: str | None = None, field: str | None = None) -> None:
        self.path = str(path)
        self.term = term
        self.field = field
        self.problem = problem
        super().__init__(_file_message("terms", self.path, problem, ("term", term), field))


class UnknownTerm(GlossaryError, LookupError):
    """No glossary entry matches; carries the closest entries as ``suggestions`` (titles)."""

    def __init__(self, term: str, suggestions: list[str]) -> None:
        self.term = term
        self.suggestions = suggestions
        message = f"no glossary entry for '{term}'"
        if suggestions:
            message += ". Did you mean: " + ", ".join(suggestions) + "?"
        super().__init__(message)
