"""What layout/ computes once per event table (lanes, category codes, search masks), kept
here rather than on the table: the model does not hold the caches of the layers above it.

Entries live as long as their table: a reload or a filter makes a new table, and the old
table's entries go with it.
"""

from __future__ import annotations

from typing import Any
from weakref import WeakKeyDictionary

_BY_TABLE: WeakKeyDictionary[Any, dict[str, Any]] = WeakKeyDictionary()


def table_memo(table: Any) -> dict[str, Any]:
    """The values layout/ keeps for `table`, by name."""
    got = _BY_TABLE.get(table)
    if got is None:
        got = _BY_TABLE[table] = {}
    return got
