"""Each module-level name in the engine and the parser is bound once: a second ``_UNIT_HEAD = ...`` further down a
module silently replaces the first for every function that reads it, while patterns built between the two keep the
first (twice this has changed what other readers understood, unnoticed until a distant test failed)."""

from __future__ import annotations

import ast

from tests.conftest import REPO


def _bound_twice(source: str) -> dict[str, list[int]]:
    seen: dict[str, list[int]] = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names = [node.target.id]
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names = [node.name]
        else:
            names = []
        for name in names:
            seen.setdefault(name, []).append(node.lineno)
    return {name: lines for name, lines in seen.items() if len(lines) > 1}


def test_a_second_binding_is_found() -> None:
    assert _bound_twice("A = 1\ndef f():\n    return A\nA = 2\n") == {"A": [1, 4]}


def test_no_module_binds_a_name_twice() -> None:
    twice = {str(path.relative_to(REPO)): found for package in ("bot", "pricing", "glossary")
             for path in sorted((REPO / package).rglob("*.py"))
             if (found := _bound_twice(path.read_text(encoding="utf-8")))}
    assert twice == {}
