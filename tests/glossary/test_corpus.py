"""Precision and recall of the matcher on the labelled corpus in tests/data/fieldlang/."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
import yaml

import glossary
from tests.conftest import REPO

CORPUS_DIR = REPO / "tests" / "data" / "fieldlang"
RULE_IDS = [rule.id for rule in glossary.rules()]


def load_corpus() -> Corpus:
    """(file:index, text, expected rule ids) for every labelled message but the blind batches (test_blind.py)."""
    messages = []
    for path in sorted(CORPUS_DIR.glob("*.yaml")):
        if path.name.startswith("blind_"):
            continue
        entries: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))
        for index, entry in enumerate(entries):
            messages.append((f"{path.name}:{index}", entry["text"], frozenset(entry["rules"])))
    return messages


Corpus = list[tuple[str, str, frozenset[str]]]


def score(messages: Corpus) -> tuple[Counter[str], Counter[str], Counter[str], list[str]]:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    misses = []
    for name, text, expected in messages:
        got = {flag.rule for flag in glossary.lint(text)}
        for rule in got & expected:
            tp[rule] += 1
        for rule in got - expected:
            fp[rule] += 1
            misses.append(f"FP {rule:24} {name}: {text!r}")
        for rule in expected - got:
            fn[rule] += 1
            misses.append(f"FN {rule:24} {name}: {text!r}")
    return tp, fp, fn, misses


def ratio(num: int, den: int) -> float:
    return num / den if den else 1.0


def test_corpus_is_big_and_labels_are_known_rule_ids() -> None:
    messages = load_corpus()
    assert len(messages) >= 150
    assert sum(1 for _, _, expected in messages if not expected) >= 60, "too few hard negatives"
    for name, _, expected in messages:
        assert expected <= set(RULE_IDS), f"{name} names an unknown rule: {sorted(expected - set(RULE_IDS))}"
    for rule in RULE_IDS:
        assert any(rule in expected for _, _, expected in messages), f"no corpus message expects {rule}"


def test_precision_and_recall_on_labelled_corpus(capsys: pytest.CaptureFixture[str]) -> None:
    tp, fp, fn, misses = score(load_corpus())
    lines = [f"{'rule':24} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>10} {'recall':>8}"]
    for rule in RULE_IDS:
        p = ratio(tp[rule], tp[rule] + fp[rule])
        r = ratio(tp[rule], tp[rule] + fn[rule])
        lines.append(f"{rule:24} {tp[rule]:4} {fp[rule]:4} {fn[rule]:4} {p:10.3f} {r:8.3f}")
    TP, FP, FN = sum(tp.values()), sum(fp.values()), sum(fn.values())
    precision, recall = ratio(TP, TP + FP), ratio(TP, TP + FN)
    lines.append(f"{'overall':24} {TP:4} {FP:4} {FN:4} {precision:10.3f} {recall:8.3f}")
    with capsys.disabled():
        print("\n" + "\n".join(lines + misses))
    assert precision >= 0.98, "\n".join(misses)
    assert recall >= 0.98, "\n".join(misses)
