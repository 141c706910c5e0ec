"""The size rules of issue 15: no module in timeline_app/ over 400 lines, no function over 60.

A function may run longer where a table or a dispatch reads best whole; then the line before
its `def` (or the first line of its docstring) carries a `# long:` comment saying why.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "timeline_app"

MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60
MARKER = "# long:"

# Being split by other helpers this round; the lead empties this set when their branches land.
PENDING: set[str] = set()  # modules excused while being split (none now)


def _modules() -> list[tuple[str, str]]:
    return [(p.relative_to(PACKAGE).as_posix(), p.read_text(encoding="utf-8"))
            for p in sorted(PACKAGE.rglob("*.py"))]


def _marked(lines: list[str], node: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    first = min([node.lineno] + [d.lineno for d in node.decorator_list])
    if first >= 2 and lines[first - 2].strip().startswith(MARKER):
        return True
    doc = node.body[0] if node.body else None
    if isinstance(doc, ast.Expr) and isinstance(doc.value, ast.Constant) and isinstance(doc.value.value, str):
        return MARKER in lines[doc.lineno - 1]
    return False


def long_functions(text: str) -> list[tuple[str, int, int]]:
    """(name, first line, length) of each unmarked function over the limit, nested ones included."""
    lines = text.splitlines()
    found = []
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            first = min([node.lineno] + [d.lineno for d in node.decorator_list])
            length = node.end_lineno - first + 1
            if length > MAX_FUNCTION_LINES and not _marked(lines, node):
                found.append((node.name, node.lineno, length))
    return found


def test_no_module_is_over_400_lines():
    over = [f"{name}: {len(text.splitlines())} lines" for name, text in _modules()
            if name not in PENDING and len(text.splitlines()) > MAX_MODULE_LINES]
    assert not over, "\n".join(over)


def test_no_function_is_over_60_lines_without_a_reason():
    over = [f"{name}:{line} {func}() is {length} lines" for name, text in _modules() if name not in PENDING
            for func, line, length in long_functions(text)]
    assert not over, "\n".join(over)


def test_pending_names_only_modules_that_exist():
    """A stale PENDING entry would excuse nothing and hide nothing: keep the set honest."""
    assert all((PACKAGE / name).exists() for name in PENDING), sorted(n for n in PENDING if not (PACKAGE / n).exists())


def test_the_checker_sees_a_long_function_and_its_reason():
    body = "".join(f"    x{i} = {i}\n" for i in range(MAX_FUNCTION_LINES))
    plain = f"def f():\n{body}"
    marked = f"# long: a dispatch table reads best whole\ndef f():\n{body}"
    documented = f'def f():\n    """One table.  # long: a table reads best whole"""\n{body}'
    assert [name for name, _, _ in long_functions(plain)] == ["f"]
    assert long_functions(marked) == [] and long_functions(documented) == []
