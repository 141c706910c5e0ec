"""The layer contract of README "How it is built": arrows point down, and the core has no Qt.

Two independent checks. import-linter reads the imports in the source (pyproject.toml,
[tool.importlinter]) and catches a lower layer importing a higher one, even through a third
module. Importing each core package in a fresh interpreter catches what the source does not
show: a dependency that pulls in Qt at import time.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Qt-free packages, highest first.
CORE = ("viewmodel", "editing", "layout", "importers", "exporters", "model", "time")

_LINT = (
    "import sys; from importlinter.cli import lint_imports; "
    "sys.exit(lint_imports(config_filename=sys.argv[1], no_cache=True, no_logo=True))"
)


def _lint(package_parent: Path) -> subprocess.CompletedProcess:
    """Run lint-imports with this repository's contracts on the timeline_app under package_parent."""
    pytest.importorskip("importlinter", reason="import-linter (the test extra) checks the layers")
    env = {**os.environ, "PYTHONPATH": str(package_parent)}
    return subprocess.run([sys.executable, "-c", _LINT, str(ROOT / "pyproject.toml")], cwd=package_parent,
                          env=env, capture_output=True, text=True, timeout=300)


def test_the_layer_contracts_are_kept():
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 kept, 0 broken" in result.stdout


@pytest.mark.parametrize("module, line, contract", [
    ("model/_probe.py", "from PySide6 import QtCore\n", "No Qt below render"),
    ("layout/_probe.py", "import timeline_app.render.theme\n", "Layers point down"),
    ("editing/_probe.py", "import timeline_app.viewmodel\n", "Layers point down"),
    ("viewmodel/_probe.py", "from PySide6 import QtCore\n", "No Qt below render"),
    ("time/_probe.py", "from timeline_app.model import Timeline\n", "Layers point down"),
    ("importers/_probe.py", "from timeline_app.exporters import plain\n", "Layers point down"),
])
def test_the_contracts_catch_a_wrong_import(tmp_path, module, line, contract):
    """The contract bites: one wrong import added to a copy of the package breaks it."""
    shutil.copytree(ROOT / "timeline_app", tmp_path / "timeline_app",
                    ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "timeline_app" / module).write_text(line, encoding="utf-8")
    result = _lint(tmp_path)
    assert result.returncode != 0, result.stdout
    assert f"{contract} BROKEN" in result.stdout and "1 kept, 1 broken" in result.stdout, result.stdout
    assert f"timeline_app.{module[:-3].replace('/', '.')}" in result.stdout


_IMPORT_ALL = """
import importlib, pkgutil, sys
package = importlib.import_module(sys.argv[1])
for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
    importlib.import_module(info.name)
print(" ".join(sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))))
"""


@pytest.mark.parametrize("name", CORE)
def test_importing_a_core_package_loads_no_qt(name):
    """Every module of the package imported in a fresh interpreter: no PySide6 in sys.modules."""
    assert (ROOT / "timeline_app" / name / "__init__.py").exists(), f"timeline_app/{name}/ is gone: update CORE"
    assert importlib.util.find_spec("PySide6") is not None  # else the check below proves nothing
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", _IMPORT_ALL, f"timeline_app.{name}"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"timeline_app.{name} loads Qt: {result.stdout.strip()}"


def _cycles(graph) -> list[list[str]]:
    """Groups of modules that import each other, directly or through others (Tarjan's strongly
    connected components), counting every import but those under `if TYPE_CHECKING:`."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.find_modules_directly_imported_by(v):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return found


def test_no_module_imports_itself_through_others():
    """An import cycle (even one hidden in a function) means two modules are really one; the
    windows' type hints (`if TYPE_CHECKING:`) are not imports at run time and do not count."""
    grimp = pytest.importorskip("grimp", reason="grimp comes with import-linter (the test extra)")
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 5000))
    graph = grimp.build_graph("timeline_app", exclude_type_checking_imports=True)
    assert _cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle():
    class Graph:
        modules = {"a", "b", "c"}

        @staticmethod
        def find_modules_directly_imported_by(m):
            return {"a": {"b"}, "b": {"a"}, "c": {"a"}}[m]

    assert _cycles(Graph) == [["a", "b"]]
