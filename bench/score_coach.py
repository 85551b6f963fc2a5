"""Score the field-language coach on a labelled batch: precision and recall over (message, rule id) pairs.

A batch is a YAML list of ``{id, text, flags: [rule ids], why}`` (``rules:`` is accepted for ``flags:``, so the
older corpus files in tests/data/fieldlang/ score too). Prints the totals, a per-rule table, then every miss
(a labelled pair the coach did not flag) and false alarm (a flagged pair not in the labels) with the text.

    .venv/bin/python -m bench.score_coach tests/data/fieldlang/blind_1.yaml [--rules PATH]
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from glossary import Linter, load_rules
from glossary.rules import default_rules_path


@dataclass
class Score:
    """Counts over (message, rule) pairs and the pairs that went wrong."""

    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # (message id, rule, text)
    false_alarms: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        tp, fp = sum(self.tp.values()), sum(self.fp.values())
        return tp / (tp + fp) if tp + fp else 1.0

    @property
    def recall(self) -> float:
        tp, fn = sum(self.tp.values()), sum(self.fn.values())
        return tp / (tp + fn) if tp + fn else 1.0


def load_batch(path: Path) -> list[tuple[str, str, frozenset[str]]]:
    """(id, text, labelled rule ids) for each entry; entries without an id are named file:index."""
    entries: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        (str(entry.get("id", f"{path.name}:{index}")), entry["text"], frozenset(entry.get("flags", entry.get("rules"))))
        for index, entry in enumerate(entries)
    ]


def score(linter: Linter, batch: list[tuple[str, str, frozenset[str]]]) -> Score:
    result = Score()
    for name, text, expected in batch:
        got = {flag.rule for flag in linter.lint(text)}
        for rule in sorted(got & expected):
            result.tp[rule] += 1
        for rule in sorted(got - expected):
            result.fp[rule] += 1
            result.false_alarms.append((name, rule, text))
        for rule in sorted(expected - got):
            result.fn[rule] += 1
            result.misses.append((name, rule, text))
    return result


def report(result: Score, rule_ids: list[str]) -> str:
    TP, FP, FN = (sum(c.values()) for c in (result.tp, result.fp, result.fn))
    lines = [
        f"pairs: {TP} true positives, {FP} false alarms, {FN} misses",
        f"precision {result.precision:.3f}  recall {result.recall:.3f}",
        "",
        f"{'rule':24} {'tp':>4} {'fp':>4} {'fn':>4}",
    ]
    for rule in rule_ids:
        if result.tp[rule] or result.fp[rule] or result.fn[rule]:
            lines.append(f"{rule:24} {result.tp[rule]:4} {result.fp[rule]:4} {result.fn[rule]:4}")
    for title, pairs in (("misses", result.misses), ("false alarms", result.false_alarms)):
        lines += ["", f"{title} ({len(pairs)}):"]
        lines += [f"  {name:8} {rule:24} {text!r}" for name, rule, text in pairs]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("batch", type=Path, help="YAML list of {id, text, flags, why}")
    parser.add_argument("--rules", type=Path, default=None, help="rules file (default: the one in use)")
    args = parser.parse_args()
    rule_set = load_rules(args.rules or default_rules_path())
    result = score(Linter(rule_set), load_batch(args.batch))
    print(report(result, [rule.id for rule in rule_set.rules]))


if __name__ == "__main__":
    main()
