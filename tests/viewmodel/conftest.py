"""Timelines for the view-model tests, built from JSON text (no Qt needed)."""

from __future__ import annotations

import json

import pytest

from tests.helpers import timeline_dict
from timeline_app.model.load import parse_timeline


def make_timeline(*events: dict):
    return parse_timeline(json.dumps(timeline_dict(*events)).encode()).timeline


@pytest.fixture
def three():
    """Three events, listed out of time order: b (1850), a (1900), c (1950)."""
    return make_timeline(
        {"id": "a", "title": "A", "start": "1900-01-01", "category": "a"},
        {"id": "b", "title": "B", "start": "1850-01-01", "category": "c"},
        {"id": "c", "title": "C", "start": "1950-01-01", "category": "a"},
    )
