"""`pricebot glossary`: look a pricing term up (exit 0 found, 1 unknown term with suggestions, 2 usage error)."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the glossary loads when a term is looked up: `pricebot --help` stays light
    from glossary import Term


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "glossary",
        help="explain a pricing term (PTU, okta, break-even, ...)",
        description="Explain a pricing term. Exit status: 0 found, 1 no such term (close matches are suggested), "
        "2 usage error.",
    )
    p.add_argument("term", nargs="*", metavar="TERM", help="the term, id or alias (several words are joined)")
    p.add_argument("--list", action="store_true", help="list every entry with its aliases")
    p.add_argument("--json", action="store_true", help="print the entry as JSON")
    p.set_defaults(handler=run)


def _wrap(text: str, indent: str = "") -> str:
    return textwrap.fill(
        " ".join(text.split()), width=100, initial_indent=indent, subsequent_indent=indent, break_on_hyphens=False
    )


def render(term: Term) -> str:
    """The entry as plain text for a terminal."""
    lines = [term.title, "", _wrap(term.body)]
    for label, text in term.parts():
        lines += ["", f"{label}:", _wrap(text, "  ")]
    if term.see_also:
        lines += ["", "See also: " + ", ".join(term.see_also)]
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from glossary import UnknownTerm, lookup, terms

    if args.list:
        for term in terms():
            aliases = f"  (also: {', '.join(term.aliases)})" if term.aliases else ""
            print(f"{term.id:28} {term.title}{aliases}")
        return 0
    query = " ".join(args.term).strip()
    if not query:
        print("pricebot glossary: error: give a TERM to look up, or --list to see them all", file=sys.stderr)
        return 2
    try:
        term = lookup(query)
    except UnknownTerm as exc:
        print(f"pricebot glossary: {exc}", file=sys.stderr)
        if not exc.suggestions:
            print("Run `pricebot glossary --list` to see every entry.", file=sys.stderr)
        return 1
    print(json.dumps(term.model_dump(), ensure_ascii=False) if args.json else render(term))
    return 0
