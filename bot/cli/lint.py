"""`pricebot lint`: check text against the field-language guide (exit 0 clean, 1 flagged, 2 usage error)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the glossary loads when text is checked: `pricebot --help` stays light
    from glossary import Flag

#: glossary.rules.RULES_ENV, spelled out here so that building the help does not load the glossary (a test
#: checks they agree).
RULES_ENV = "PRICEBOT_RULES"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "lint",
        help="check text against the field-language guide",
        description="Check text against the field-language guide. Exit status: 0 clean, 1 something flagged, "
        f"2 usage error (no text, unreadable or malformed rules file). Rules: --rules, else ${RULES_ENV}, "
        "else the bundled rules.",
    )
    p.add_argument("text", nargs="?", default="-", metavar="TEXT", help="text to check; '-' or absent reads stdin")
    p.add_argument("--json", action="store_true", help='print {"text": ..., "flags": [...]} instead')
    p.add_argument("--rules", metavar="PATH", help=f"rules file to use instead of ${RULES_ENV} or the bundled one")
    p.set_defaults(handler=run)


def _usage_error(message: str) -> int:
    print(f"pricebot lint: error: {message}", file=sys.stderr)
    return 2


def _position(text: str, offset: int) -> str:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return f"{line}:{column}"


def _human(text: str, flags: list[Flag]) -> str:
    if not flags:
        return "No field-language issues found."
    lines = []
    for flag in flags:
        lines.append(f'{_position(text, flag.start)}  "{flag.matched}"  [{flag.rule}]')
        lines.append(f"    say instead: {flag.suggestion}")
        lines.append(f"    why: {flag.why}")
    noun = "phrase" if len(flags) == 1 else "phrases"
    lines.append(f"{len(flags)} {noun} to rephrase.")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from glossary import Linter, load_rules
    from glossary.errors import RulesFileError
    from glossary.rules import default_rules_path

    text = sys.stdin.read() if args.text == "-" else args.text
    if not text.strip():
        return _usage_error("nothing to check: give TEXT as an argument or pipe it on stdin")
    try:
        rule_set = load_rules(args.rules if args.rules else default_rules_path())
    except RulesFileError as exc:
        return _usage_error(str(exc))
    flags = Linter(rule_set).lint(text)
    if args.json:
        fields = ("rule", "start", "end", "matched", "suggestion", "why")
        payload = {"text": text, "flags": [flag.model_dump(include=set(fields)) for flag in flags]}
        print(json.dumps(payload, ensure_ascii=False))
    else:
        print(_human(text, flags))
    return 1 if flags else 0
