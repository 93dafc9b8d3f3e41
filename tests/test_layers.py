"""The shape of the package: no import cycle, each layer imports only the layers below it, and the UI
does no file I/O of its own (that is storage's and report's).

The imports are read from the source (also those inside functions, which would otherwise hide a cycle).
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "interview_guide"

# A module of the first layer never imports one of the second (by name prefix).
FORBIDDEN = [
    ("interview_guide.core", "interview_guide.storage"),
    ("interview_guide.core", "interview_guide.report"),
    ("interview_guide.core", "interview_guide.ui"),
    ("interview_guide.storage", "interview_guide.report"),
    ("interview_guide.storage", "interview_guide.ui"),
    ("interview_guide.report", "interview_guide.ui"),
    ("interview_guide.ui", "interview_guide.app"),
    ("interview_guide.ui", "interview_guide.screenshots"),
    ("interview_guide.ui", "interview_guide.cli"),
    ("interview_guide.ui.widgets", "interview_guide.ui.pages"),
    ("interview_guide.ui.widgets", "interview_guide.ui.features"),
    ("interview_guide.ui.widgets", "interview_guide.ui.main_window"),
    ("interview_guide.ui.widgets", "interview_guide.ui.wizard"),
    ("interview_guide.ui.pages", "interview_guide.ui.features"),
    ("interview_guide.ui.pages", "interview_guide.ui.main_window"),
    ("interview_guide.ui.pages", "interview_guide.ui.wizard"),
    ("interview_guide.ui.checker", "interview_guide.ui.features"),
    ("interview_guide.ui.checker", "interview_guide.ui.main_window"),
    ("interview_guide.ui.trainer", "interview_guide.ui.features"),
    ("interview_guide.ui.trainer", "interview_guide.ui.main_window"),
]
# The standard library's file access the UI must not use itself (it calls storage and report): the
# builtin open(), and pathlib's reading and writing methods.
PATH_ACCESS = {"read_text", "read_bytes", "write_text", "write_bytes", "mkdir", "unlink", "rename", "rmdir"}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def modules() -> dict[str, Path]:
    return {module_name(path): path for path in PACKAGE.rglob("*.py")}


@cache
def imports(name: str) -> frozenset[str]:
    """The package's modules that module ``name`` imports (anywhere in it)."""
    known = modules()
    found: set[str] = set()
    for node in ast.walk(ast.parse(known[name].read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            candidates = [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
        elif isinstance(node, ast.Import):
            candidates = [alias.name for alias in node.names]
        else:
            continue
        found.update(c for c in candidates if c in known and c != name)
    return frozenset(found)


def cycles() -> list[list[str]]:
    """The import cycles among the package's modules (Tarjan's strongly connected components)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in sorted(imports(node)):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for name in sorted(modules()):
        if name not in index:
            visit(name)
    return found


def test_no_import_cycle() -> None:
    assert cycles() == []


def within(name: str, layer: str) -> bool:
    return name == layer or name.startswith(layer + ".")


def test_each_layer_imports_only_the_layers_below() -> None:
    wrong = [
        f"{name} imports {other}"
        for name in modules()
        for other in imports(name)
        for low, high in FORBIDDEN
        if within(name, low) and within(other, high)
    ]
    # The controller is the bottom of the UI: the one QObject every view uses, using no view (only
    # the wording of the record's rules in the UI language).
    wrong += [
        f"interview_guide.ui.controller imports {other}"
        for other in imports("interview_guide.ui.controller")
        if within(other, "interview_guide.ui") and other != "interview_guide.ui.domain_messages"
    ]
    assert wrong == []


def test_the_ui_does_no_file_io_of_its_own() -> None:
    wrong = []
    for name, path in modules().items():
        if not name.startswith("interview_guide.ui"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            if (isinstance(func, ast.Name) and func.id == "open") or (
                isinstance(func, ast.Attribute) and func.attr in PATH_ACCESS
            ):
                wrong.append(f"{name}:{node.lineno} {ast.unparse(func)}()")
    assert wrong == []
