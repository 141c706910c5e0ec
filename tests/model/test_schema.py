"""The published JSON Schema is generated from the model and must be current."""

import json

import pytest

from timeline_app.model.schema import schema_path, schema_text
from timeline_app.paths import bundled_timeline


def test_published_schema_is_current():
    assert schema_path().read_text(encoding="utf-8") == schema_text(), (
        "resources/timeline.schema.json is stale: run python -m timeline_app.model.schema"
    )


def test_bundled_timeline_matches_the_schema():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    data = json.loads(bundled_timeline().read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    bad = dict(data, partcipants=[])
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)
