"""Formulas live in pricing/: the templates that show figures only read them.

A template that adds, subtracts, multiplies, divides or negates a value is doing arithmetic the engine's tests do
not check (and that Block Kit, the proposal and ``--json`` would each have to repeat). Every expression in the
reply templates, their partials and the key figures is parsed with Jinja's own parser and must hold none; a
list literal joined with ``+`` (building a table's rows) and a negative index (``rows[-1]``) are not arithmetic.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from jinja2 import nodes

from bot.present import environment

TEMPLATES = Path(__file__).resolve().parent.parent / "bot" / "present" / "templates"
#: The templates that show figures: every reply and partial, and the key figures of a quote reply.
FIGURE_TEMPLATES = sorted([*TEMPLATES.glob("*.j2"), TEMPLATES / "slack" / "key_fields.j2"])
ARITHMETIC = (nodes.Add, nodes.Sub, nodes.Mul, nodes.Div, nodes.FloorDiv, nodes.Mod, nodes.Pow, nodes.Neg)


def arithmetic_in(source: str) -> list[nodes.Node]:
    tree = environment().parse(source)
    return [
        node for node in tree.find_all(ARITHMETIC)
        if not (isinstance(node, nodes.Add) and nodes.List in (type(node.left), type(node.right)))
        and not (isinstance(node, nodes.Neg) and isinstance(node.node, nodes.Const))
    ]


@pytest.mark.parametrize("path", FIGURE_TEMPLATES, ids=lambda p: p.name)
def test_template_shows_figures_without_computing_them(path: Path) -> None:
    found = arithmetic_in(path.read_text(encoding="utf-8"))
    assert not found, f"{path.name} computes at lines {sorted({n.lineno for n in found})}: move it into pricing/"


@pytest.mark.parametrize("expression", [
    "{{ (1 - share)|percent }}", "{{ (a + b)|money }}", "{{ (tokens * rate / 1000000)|money }}",
    "{{ (-saving)|money }}", "{% set total = x * 7 %}", "{% if a - b > 0 %}x{% endif %}",
])
def test_the_check_finds_arithmetic_in_any_expression(expression: str) -> None:
    assert arithmetic_in(expression)


@pytest.mark.parametrize("expression", [
    "{{ saving|abs|money }}", "{{ rows[-1].label }}", "{% set ns.rows = ns.rows + [[a, b]] %}",
    "{{ \"a\" if x > 0 else \"b\" }}",
])
def test_reading_and_formatting_is_not_arithmetic(expression: str) -> None:
    assert not arithmetic_in(expression)
