"""Problems found in a timeline file, each naming its place (file, JSON path, line)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One error or warning: where it is and what is wrong, in one sentence."""

    path: str  # JSON path such as "events[2].start", or "" for the whole file
    message: str
    line: int | None = None
    column: int | None = None

    def place(self) -> str:
        if self.line is not None:
            where = f"line {self.line}"
            return f"{where}, column {self.column}" if self.column is not None else where
        return self.path

    def __str__(self) -> str:
        place = self.place()
        return f"{place}: {self.message}" if place else self.message


class TimelineError(Exception):
    """A file that cannot be opened as a timeline; carries every problem found."""

    def __init__(self, source: str | Path | None, problems: list[Problem]):
        self.source = str(source) if source is not None else None
        self.problems = problems
        super().__init__(self.message())

    def message(self, limit: int = 10) -> str:
        """One clear message: the file, then each problem with its place."""
        head = f"{self.source}: " if self.source else ""
        if len(self.problems) == 1:
            return head + str(self.problems[0])
        lines = [f"{head}{len(self.problems)} problems"]
        lines += [f"  {p}" for p in self.problems[:limit]]
        if len(self.problems) > limit:
            lines.append(f"  ... and {len(self.problems) - limit} more")
        return "\n".join(lines)


def json_path(loc: tuple) -> str:
    """Turn a pydantic/JSON location tuple into "events[2].start"."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out
