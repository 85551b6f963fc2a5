"""Score pricebot's understanding on a batch of asks written without reading the parser.

Run:  .venv/bin/python -m bench.score_asks tests/data/asks/blind_1.yml [--verbose]

Each ask runs through the same path as ``pricebot ask`` (``router.answer`` with no workspace rate card,
as on a machine without a store) and is judged on what a rep would see:

- intent: the reply's intent is the expected one;
- ``asks_for`` (an input the ask leaves out): the reply asks for that input (it is among the reply's
  missing inputs or ambiguities, and the rendered text names it) and the parser did not fill that field
  with a guessed value;
- ``figures``: every expected figure appears in the rendered reply, compared numerically at the expected
  figure's displayed precision ("$0.018" matches $0.0180; "60%" matches 60.00%). Money matches money,
  percentages match percentages; a plain figure (a count or a ratio) matches a plain number, and a plain
  ratio below 10 also matches the same value written as a percentage ("0.8" matches "80%");
- ``verdict``: the scenario line for that structure says it is recommended (not "not recommended");
- ``term``: the glossary entry for that term (its title) is in the reply.

Prints the score and each failure with its reasons. The judging rules are fixed; change them only to fix
a scorer bug, and say so in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import yaml

# asks_for key -> (fields of the reply's missing inputs / ambiguities that count, words the text must hold)
ASKS_FOR: dict[str, tuple[frozenset[str], re.Pattern[str]]] = {
    "discount": (frozenset({"discount"}), re.compile(r"discount", re.I)),
    "per_call_fee": (frozenset({"per_call_fee"}), re.compile(r"per[- ]call fee|fee per call|per call", re.I)),
    "output_rate": (frozenset({"output_rate", "rates"}), re.compile(r"output (?:rate|price)", re.I)),
    "calls": (frozenset({"calls_per_day"}), re.compile(r"\bcalls?\b|call volume", re.I)),
    "peak_to_average": (frozenset({"peak_to_average"}), re.compile(r"peak[- ]to[- ]average", re.I)),
    "ea_discount": (frozenset({"ea_discount"}), re.compile(r"\bEA discount", re.I)),
}
# The parser's field(s) that must stay empty when the reply asks for the input.
GUESS_FIELDS = {
    "discount": ("discount",), "per_call_fee": ("per_call_fee",), "output_rate": ("output_rate",),
    "calls": ("calls_per_day",), "peak_to_average": ("peak_to_average",), "ea_discount": ("ea_discount",),
}
STRUCTURES = {
    "per_token": "Per-token", "per_call": "Per-call", "provisioned": "Provisioned throughput",
    "caching": "Prompt caching", "hyperscaler": "Hyperscaler tier",
}
# How writers spell a verdict: hyphens for underscores, and on-demand is per-token pricing.
_VERDICT_SPELLINGS = {"on_demand": "per_token"}


def structure_of(verdict: str) -> str:
    """The STRUCTURES key a batch's verdict names ('per-token', 'on-demand' and 'per_token' are one)."""
    key = verdict.strip().lower().replace("-", "_").replace(" ", "_")
    return _VERDICT_SPELLINGS.get(key, key)

# A number as a reply prints it: optional sign and $, digits with thousands commas, decimals, then % or a
# ratio sign; a scale letter right after it ("500k", "2M") multiplies.
_REPLY_NUMBER = re.compile(
    r"(?P<neg>[-−](?=\$?\.?\d))?(?P<dollar>\$)?\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
    r"(?P<scale>[kKMB](?![a-zA-Z]))?\s?(?P<suffix>%|×|x\b)?"
)
_SCALE = {"k": 1_000, "K": 1_000, "M": 1_000_000, "B": 1_000_000_000}


@dataclass(frozen=True)
class Figure:
    kind: str  # "money" | "percent" | "plain"
    value: Decimal
    places: int


def expected_figure(text: str) -> Figure:
    """``"$0.018"`` -> money 0.018 at 3 places; ``"62.5%"`` -> percent 62.5 at 1; ``"1,024"``, ``"2,000 tokens"``
    and ``"2.5x"`` (a ratio, as replies print it) -> plain."""
    raw = re.sub(r"\s+[A-Za-z][A-Za-z ]*$", "", text.strip())  # a unit word after a count: "2,000 tokens"
    sign = -1 if raw[:1] in ("-", "−") else 1  # "-$13.95": a loss, matched against a negative figure in the reply
    raw = raw.lstrip("-−")
    kind = "money" if raw.startswith("$") else "percent" if raw.endswith("%") else "plain"
    digits = raw.lstrip("$").rstrip("%").rstrip("x×").replace(",", "")
    value = sign * Decimal(digits)
    places = len(digits.split(".")[1]) if "." in digits else 0
    return Figure(kind, value, places)


def reply_figures(text: str) -> list[Figure]:
    out = []
    for m in _REPLY_NUMBER.finditer(text):
        value = Decimal(m.group("num").replace(",", ""))
        if m.group("scale"):
            value *= _SCALE[m.group("scale")]
        if m.group("neg"):
            value = -value
        kind = "money" if m.group("dollar") else "percent" if m.group("suffix") == "%" else "plain"
        num = m.group("num")
        places = len(num.split(".")[1]) if "." in num and not m.group("scale") else 0
        out.append(Figure(kind, value, places))
    return out


def _rounded(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _could_round_to(shown: Figure, expected: Figure) -> bool:
    """A figure printed at more places than expected stands for any value within half its last place; it matches
    when one of those values rounds to the expected figure ("$0.3645" is a value the reply rounded, and can be the
    $0.36449... a hand-worked "$0.364" rounded; rounding the printed figure again would say $0.365)."""
    if shown.places <= expected.places:
        return False
    half_shown, half_expected = Decimal(5).scaleb(-shown.places - 1), Decimal(5).scaleb(-expected.places - 1)
    low, high = shown.value - half_shown, shown.value + half_shown
    return low < expected.value + half_expected and high > expected.value - half_expected


def figure_found(expected: Figure, shown: Iterable[Figure]) -> bool:
    for f in shown:
        if f.kind == expected.kind and (_rounded(f.value, expected.places) == expected.value
                                        or _could_round_to(f, expected)):
            return True
        if (expected.kind == "plain" and f.kind == "percent" and expected.value < 10
                and _rounded(f.value / 100, expected.places) == expected.value):
            return True
    return False


def verdict_recommended(text: str, structure: str) -> bool:
    """A line of the reply starts with the structure's name and recommends it; the hyperscaler tier's line is
    printed only when the workload points to it."""
    name = STRUCTURES[structure].lower()
    for line in text.lower().splitlines():
        stripped = line.lstrip("•*-_ ").lstrip()
        if stripped.startswith(name):
            head = stripped[len(name):len(name) + 40]
            if structure == "hyperscaler" or re.search(r"(?<!not )recommended", head):
                return True
    return False


@dataclass
class Verdict:
    ask_id: str
    text: str
    passed: bool
    reasons: list[str] = field(default_factory=list)
    reply: str = ""


def _asked_fields(data: dict[str, Any]) -> set[str]:
    asked = {str(m.get("field")) for m in data.get("missing") or []}
    asked |= {str(a.get("field")) for a in data.get("ambiguities") or []}
    return asked


def judge(case: dict[str, Any]) -> Verdict:
    """Run one ask the way `pricebot ask` does and judge the reply."""
    from bot import router

    reply = router.answer(case["text"], rate_cards={})
    text = reply.text
    reasons: list[str] = []
    if reply.intent != case["intent"]:
        reasons.append(f"intent {reply.intent!r}, expected {case['intent']!r}")
    asked = _asked_fields(reply.data)
    parsed = (reply.data.get("request") or {}).get("fields") or {}
    for key in case.get("asks_for") or []:
        fields_, words = ASKS_FOR[key]
        if not (asked & fields_ and words.search(text)):
            reasons.append(f"does not ask for {key} (asked about: {sorted(asked) or 'nothing'})")
        guessed = [f"{name}={parsed[name]}" for name in GUESS_FIELDS[key] if parsed.get(name) not in (None, [])]
        if guessed:
            reasons.append(f"computed with a value for {key} the ask does not give: {', '.join(guessed)}")
    shown = reply_figures(text)
    missing_figures = [f for f in case.get("figures") or [] if not figure_found(expected_figure(f), shown)]
    if missing_figures:
        reasons.append(f"figures not in reply: {', '.join(missing_figures)}")
    verdict = structure_of(case.get("verdict") or "")
    if verdict and not verdict_recommended(text, verdict):
        reasons.append(f"{STRUCTURES[verdict]} not recommended")
    term = case.get("term")
    if term:
        import glossary

        try:
            title = glossary.lookup(term).title
        except glossary.GlossaryError:  # the glossary has no entry for it: the ask cannot be answered
            reasons.append(f"no glossary entry for {term!r}")
        else:
            if title.lower() not in text.lower():
                reasons.append(f"glossary entry {title!r} not in reply")
    return Verdict(case.get("id", case["text"][:40]), case["text"], not reasons, reasons, text)


def load(path: Path) -> list[dict[str, Any]]:
    cases = yaml.safe_load(path.read_text())
    assert isinstance(cases, list)
    return cases


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path, help="YAML batches of asks")
    parser.add_argument("--verbose", "-v", action="store_true", help="print the reply of each failure")
    args = parser.parse_args(argv)
    total = passed = 0
    for path in args.files:
        verdicts = [judge(case) for case in load(path)]
        ok = sum(v.passed for v in verdicts)
        total += len(verdicts)
        passed += ok
        for v in verdicts:
            if not v.passed:
                print(f"FAIL {v.ask_id}: {v.text}")
                for reason in v.reasons:
                    print(f"     - {reason}")
                if args.verbose:
                    print("     " + v.reply.replace("\n", "\n     "))
        print(f"{path}: {ok}/{len(verdicts)} = {ok / len(verdicts):.1%}")
    if len(args.files) > 1:
        print(f"all: {passed}/{total} = {passed / total:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
