"""The glossary: terms in YAML, looked up by id, title or alias, with "did you mean" for near misses."""

from __future__ import annotations

import contextlib
import functools
import re
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from glossary import yamlfile
from glossary.errors import TermsFileError, UnknownTerm
from glossary.regex_cache import compile_regex

DEFAULT_TERMS_PATH = Path(__file__).with_name("terms.yaml")
TERM_ID = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"


class Term(BaseModel):
    """One glossary entry. Structures fill the four ``what_*``/``who_*`` parts; the Okta mapping fills
    ``analogy``, ``where_it_holds``, ``where_it_breaks`` and ``discovery_question``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=TERM_ID)
    title: str = Field(min_length=1)
    kind: Literal["structure", "scenario", "analogy", "term"]
    aliases: tuple[str, ...] = ()
    body: str = Field(min_length=1)
    what_it_is: str | None = None
    what_it_does: str | None = None
    who_offers_it: str | None = None
    what_sets_it_apart: str | None = None
    analogy: str | None = None
    where_it_holds: str | None = None
    where_it_breaks: str | None = None
    discovery_question: str | None = None
    body_after_question: str | None = None
    see_also: tuple[str, ...] = ()

    def parts(self) -> list[tuple[str, str]]:
        """(label, text) for each structured part present, in reading order."""
        labels = [
            ("what_it_is", "What it is"),
            ("what_it_does", "What it does"),
            ("who_offers_it", "Who offers it"),
            ("what_sets_it_apart", "What sets it apart"),
            ("analogy", "The analogy"),
            ("where_it_holds", "Where it holds"),
            ("where_it_breaks", "Where it breaks"),
            ("discovery_question", "Ask"),
            ("body_after_question", "Why ask"),
        ]
        return [(label, value) for name, label in labels if (value := getattr(self, name))]

    def prose(self) -> list[str]:
        """Every piece of text the bot may show for this term (title, body, parts)."""
        return [self.title, self.body, *(text for _, text in self.parts())]


class _TermsFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int = Field(ge=1, le=1)
    terms: tuple[Term, ...] = Field(min_length=1)


#: British spellings read as the American ones the entries use ("utilisation", "utilised"): same length, so a
#: position in a key is the same position in the text.
_BRITISH = compile_regex(r"(?<=[a-z]{2})is(?=(?:e|ed|es|ing|ation|ations)\b)")
# Words around a term as people write it ("the Okta analogy", "a PTU", "PTU's"), dropped when looking it up.
_LEADING_WORDS = compile_regex(r"^(?:(?:the|a|an|our|their|your|this|that|these|those|so called) )+")
_POSSESSIVE = compile_regex(r"(?<=[a-z0-9]) s$")
_BRACKETED = compile_regex(r"(?P<outside>[^()]+)\((?P<inside>[^()]+)\)[\s?.!]*")


def name_key(text: str) -> str:
    """``text`` as names are matched in it: lower case, each run of other characters one space, British spellings
    read as American ones; positions from :func:`named` index into it."""
    return _BRITISH.sub("iz", re.sub(r"[^a-z0-9]+", " ", text.casefold()).strip())


def load_terms(path: Path | str = DEFAULT_TERMS_PATH) -> list[Term]:
    """Read and validate a terms file; mistakes raise :class:`TermsFileError` naming the term and field."""
    where = Path(path)
    try:
        raw: Any = yamlfile.load(where)
    except OSError as exc:
        raise TermsFileError(where, f"cannot be read ({exc.strerror or exc})") from None
    except yamlfile.YamlFileProblem as exc:
        raise TermsFileError(where, str(exc)) from None
    except yamlfile.YamlSyntaxError as exc:
        raise TermsFileError(where, f"is not valid YAML: {exc.error}") from None
    try:
        parsed = _TermsFile.model_validate(raw)
    except ValidationError as exc:
        error = exc.errors()[0]
        loc = list(error["loc"])
        term = None
        if len(loc) >= 2 and loc[0] == "terms" and isinstance(loc[1], int):
            entry = raw["terms"][loc[1]]
            term = str(entry.get("id", f"#{loc[1] + 1}")) if isinstance(entry, dict) else f"#{loc[1] + 1}"
            loc = loc[2:]
        raise TermsFileError(where, error["msg"], term=term, field=".".join(map(str, loc)) or None) from None
    known = {t.id for t in parsed.terms}
    seen: dict[str, str] = {}
    for term_ in parsed.terms:
        for ref in term_.see_also:
            if ref not in known:
                raise TermsFileError(where, f"refers to unknown term {ref!r}", term=term_.id, field="see_also")
        for name in (term_.id, term_.title, *term_.aliases):
            key = name_key(name)
            if seen.setdefault(key, term_.id) != term_.id:
                raise TermsFileError(
                    where, f"{name!r} already names term {seen[key]!r}", term=term_.id, field="aliases"
                )
    return list(parsed.terms)


@functools.cache
def _index() -> tuple[tuple[Term, ...], dict[str, Term]]:
    loaded = tuple(load_terms())
    index: dict[str, Term] = {}
    for term in loaded:
        for name in (term.id, term.title, *term.aliases):
            index[name_key(name)] = term
    return loaded, index


@functools.cache
def _mention_pattern() -> re.Pattern[str]:
    names = sorted(_index()[1], key=len, reverse=True)
    return compile_regex(r"(?<![a-z0-9])(?:" + "|".join(re.escape(n) for n in names if len(n) >= 2) + r")(?![a-z0-9])")


def mentions(text: str) -> list[tuple[int, Term]]:
    """The glossary entries named in ``text`` (by id, title or alias), with where each is named, in order."""
    return [(start, term) for start, _, term in named(text)]


def named(text: str) -> list[tuple[int, int, Term]]:
    """Like :func:`mentions`, with where each name ends: (start, end, entry), positions in :func:`name_key` of
    ``text``."""
    index = _index()[1]
    return [(m.start(), m.end(), index[m.group(0)]) for m in _mention_pattern().finditer(name_key(text))]


def terms() -> list[Term]:
    """Every glossary entry, in file order."""
    return list(_index()[0])


def lookup(term: str) -> Term:
    """The entry named by ``term`` (id, title or alias; case, spacing, hyphens and a plural 's' ignored).

    Raises :class:`UnknownTerm` with up to three close entries (their titles) as suggestions.
    """
    _, index = _index()
    key = _POSSESSIVE.sub("", _LEADING_WORDS.sub("", name_key(term)))
    for candidate in (key, key[:-1] if key.endswith("s") else key, key + "s"):
        if candidate and candidate in index:
            return index[candidate]
    # "Provisioned Throughput Units (PTUs)", "Enterprise Agreement (EA)", "PAR (peak-to-average ratio)": a name with its
    # other form in brackets is the entry either form names
    bracketed = _BRACKETED.fullmatch(term.strip()) if "(" in term else None
    if bracketed is not None:
        for part in (bracketed.group("outside"), bracketed.group("inside")):
            with contextlib.suppress(UnknownTerm):
                if part.strip():
                    return lookup(part)
    import difflib  # only an unknown term needs it (not every command that loads the terms)

    suggestions: list[str] = []
    close = difflib.get_close_matches(key, list(index), n=8, cutoff=0.6)
    words = {word for word in key.split() if len(word) >= 3}
    contains = [name for name in index if words & set(name.split()) or (len(key) >= 3 and key in name)]
    for name in close + contains:
        title = index[name].title
        if title not in suggestions:
            suggestions.append(title)
    raise UnknownTerm(term, suggestions[:3])
