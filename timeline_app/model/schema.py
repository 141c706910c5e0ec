"""The published JSON Schema, generated from the model: `python -m timeline_app.model.schema`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from timeline_app.model.timeline import Timeline
from timeline_app.paths import resources_dir

SCHEMA_ID = "https://timeline-app.invalid/timeline.schema.json"


def schema_dict() -> dict:
    schema = Timeline.model_json_schema(mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "timeline-app timeline (format version 1)",
        **{k: v for k, v in schema.items() if k != "title"},
    }


def schema_text() -> str:
    return json.dumps(schema_dict(), indent=2, ensure_ascii=False) + "\n"


def schema_path() -> Path:
    return resources_dir() / "timeline.schema.json"


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else schema_path()
    out.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {out}")
