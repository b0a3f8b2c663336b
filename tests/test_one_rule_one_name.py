"""No module of mailhandler binds one name twice at its top level.

The relay's rules are module-level patterns and functions; a second `_ROLE_AT_ORGANISATION =`
further down a module silently replaces the first, and every place that meant the first one
runs the other rule (it happened once, when two rules were written apart and merged). Neither
ruff nor mypy reports a rebound constant, so this does.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "mailhandler"


def _top_level_bindings(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names.extend(target.id for target in node.targets if isinstance(target, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) \
                and node.value is not None:
            names.append(node.target.id)
    return names


def test_no_module_binds_a_top_level_name_twice() -> None:
    rebound: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        names = _top_level_bindings(ast.parse(path.read_text(encoding="utf-8")))
        rebound += [f"{path.relative_to(PACKAGE)}: {name}"
                    for name in sorted({name for name in names if names.count(name) > 1})]
    assert rebound == []


def test_the_scrub_package_binds_each_name_in_one_of_its_modules() -> None:
    """core/scrub/ is one module split by kind: a rule copied into a second of its modules
    would be two rules under one name, each importer running the one it imports."""
    modules = sorted((PACKAGE / "core" / "scrub").glob("*.py"))
    assert len(modules) > 1 and all(path.is_relative_to(PACKAGE) for path in modules)
    where: dict[str, list[str]] = defaultdict(list)
    for path in modules:
        for name in set(_top_level_bindings(ast.parse(path.read_text(encoding="utf-8")))):
            where[name].append(path.name)
    assert {name: paths for name, paths in where.items() if len(paths) > 1} == {}


def test_the_check_sees_a_rebound_pattern() -> None:
    tree = ast.parse("import re\n_RULE = re.compile('a')\ndef f(): ...\n_RULE = re.compile('b')\n")
    names = _top_level_bindings(tree)
    assert names.count("_RULE") == 2
