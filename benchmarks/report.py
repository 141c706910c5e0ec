"""How the benchmarks print their figures: one JSON object (--json), or one `name: value` line each."""

from __future__ import annotations

import json


def print_result(result: dict, as_json: bool) -> None:
    if as_json:
        print(json.dumps(result))
        return
    width = max(map(len, result), default=0)
    for name, value in result.items():
        print(f"{name:>{width}}: {value}")
