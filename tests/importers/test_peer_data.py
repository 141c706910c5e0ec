"""Every peer file goes through import, validation, re-export and a PNG export: the copies in
tests/fixtures/peer always, and the shared peer-data folder itself (the peer-data extra) when present."""

from __future__ import annotations

import json

import pytest

from timeline_app.exporters import export_text
from timeline_app.importers import open_timeline, parse_any
from timeline_app.model import timeline_from_data

# Event counts read from the files by hand (the daily Google event repeats 30 times).
SHARED = {
    "timelinejs/all-media-types.json": 41,
    "timelinejs/cosmo.json": 7,
    "timelinejs/eras.json": 20,
    "timelinejs/women_in_computing.json": 10,
    "timelinejs/years.json": 5,
    "csv/TimelineJS3__my-own-timeline.csv": 10,
    "ics/icalendar__example.ics": 3,
    "ics/icalevents__google_2024.ics": 32,
    "ics/icalevents__ms_tz.ics": 1,
    "thetimelineproj/rogerlindberg-timelinejs__gregorian-sample.timeline": 25,
    "thetimelineproj/thetimelineproj__versions.timeline": 59,
}
# tests/fixtures/peer: the same files, but our own .timeline files instead of the GPL-3.0 samples.
COPIES = {name: n for name, n in SHARED.items() if not name.startswith("thetimelineproj/")}
COPIES.update({"thetimelineproj/garden-year.timeline": 11, "thetimelineproj/release-history.timeline": 5})


def test_the_copies_hold_what_we_expect(peer_data):
    found = {f"{p.parent.name}/{p.name}" for p in peer_data.glob("*/*") if p.is_file()}
    assert found == set(COPIES)


@pytest.mark.peer_data
def test_the_shared_folder_holds_what_we_expect(shared_peer_data):
    found = {f"{p.parent.name}/{p.name}" for p in shared_peer_data.glob("*/*") if p.is_file()}
    assert found == set(SHARED)


@pytest.mark.peer_data
def test_the_copies_are_the_shared_files_unchanged(peer_data, shared_peer_data):
    copied = sorted(set(COPIES) & set(SHARED))
    assert len(copied) == 9
    for name in copied:
        assert (peer_data / name).read_bytes() == (shared_peer_data / name).read_bytes(), name


@pytest.mark.parametrize("name", sorted(COPIES))
def test_import_validate_export(peer_data, name, tmp_path, qapp):
    check_import_validate_export(peer_data / name, COPIES[name], tmp_path)


@pytest.mark.peer_data
@pytest.mark.parametrize("name", sorted(SHARED))
def test_import_validate_export_shared(shared_peer_data, name, tmp_path, qapp):
    check_import_validate_export(shared_peer_data / name, SHARED[name], tmp_path)


def check_import_validate_export(path, expected_events, tmp_path):
    loaded = open_timeline(path)
    t = loaded.timeline
    assert len(t.events) == expected_events
    # Validate: our JSON of it loads again, identical.
    ours, _ = export_text(t, "timeline-app")
    again = timeline_from_data(json.loads(ours), "again.json")
    assert again.timeline == t
    assert again.warnings == []
    # Export to TimelineJS and read it back: same events, dates at the same precision.
    tljs, _ = export_text(t, "timelinejs")
    back = parse_any(tljs.encode(), "back.json").timeline
    assert [(e.id, e.title, e.start.precision, e.start.local_fields) for e in back.events] == \
           [(e.id, e.title, e.start.precision, e.start.local_fields) for e in t.events]
    # Export to iCalendar: every event within years 1..9999 is written.
    ics, _ = export_text(t, "ics")
    writable = sum(1 for e in t.events if 1 <= e.start.year <= 9999)
    assert ics.count("BEGIN:VEVENT") == writable
    # And a picture of it, with the same drawing code as the window.
    from timeline_app.render.output import ExportRequest
    from timeline_app.render.png import export_png

    out = tmp_path / "peer.png"
    image = export_png(t, out, ExportRequest(width=800, scale=1))
    assert out.stat().st_size > 0 and image.width() == 800
