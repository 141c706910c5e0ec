"""Per-category columns that follow an edit: each event's category code, and each category's
sorted starts (the histogram's), patched for the rows an edit changed (model/lineage.py)
instead of being made again over a million events on the first frame after the edit.

None where there is nothing to follow (a table just loaded or filtered, the ancestor gone) or
the categories themselves changed (codes may mean other categories): then the caller computes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from timeline_app.layout.memo import table_memo


def _steps(table, name: str) -> tuple[Any, list] | None:
    edit = table.derived_from
    if edit is None:
        return None
    found = edit.since(lambda t: name in table_memo(t))
    if found is None or any(step.kind == "same_rows" for step in found[1]):
        return None
    ancestor, steps = found
    return table_memo(ancestor)[name], steps


def followed_codes(table, none_code: int) -> np.ndarray | None:
    """category_codes(table) from an ancestor's (`none_code`: the code of "no category")."""
    found = _steps(table, "category_codes")
    if found is None:
        return None
    codes, steps = found
    for step in steps:
        code = step.code if step.code >= 0 else none_code
        if step.kind == "replace":
            codes = codes.copy()
            codes[step.row] = code
        elif step.kind == "insert":
            codes = np.insert(codes, step.row, code)
        else:
            codes = np.delete(codes, step.row)
    return codes


def followed_starts(table, none_code: int) -> list[np.ndarray] | None:
    """starts_by_category(table) from an ancestor's: only the lists of the categories an edit
    touched are copied."""
    found = _steps(table, "starts_by_category")
    if found is None:
        return None
    starts, steps = found
    starts = list(starts)
    code_of: Callable[[int], int] = lambda c: c if c >= 0 else none_code  # noqa: E731
    for step in steps:
        if step.kind in ("replace", "remove"):
            column = starts[code_of(step.old_code)]
            at = int(np.searchsorted(column, step.old_start_ms, "left"))
            if at >= len(column) or column[at] != step.old_start_ms:
                return None
            starts[code_of(step.old_code)] = np.delete(column, at)
        if step.kind in ("replace", "insert"):
            c, s = code_of(step.code), float(step.event.start_ms)
            starts[c] = np.insert(starts[c], int(np.searchsorted(starts[c], s, "right")), s)
    return starts
