"""thetimelineproj "Timeline" XML (.timeline), versions 1.x and 2.x."""

from __future__ import annotations

import pytest

from timeline_app.importers import open_timeline, parse_any
from timeline_app.model import TimelineError
from timeline_app.time import format_date


def by_title(loaded):
    return {e.title: e for e in loaded.timeline.events}


def test_fixture_version_1(fixtures):
    loaded = open_timeline(fixtures / "old-style.timeline")
    t = loaded.timeline
    assert len(t.events) == 3
    assert [(c.label, c.color) for c in t.categories] == [("Work", "#ff8000"), ("Meetings", "#0080ff")]
    events = by_title(loaded)
    week = events["Conference week"]
    # Midnight to midnight: whole days, the end instant being the start of the day after.
    assert (week.start.to_iso(), week.end.to_iso()) == ("2014-03-03", "2014-03-07")
    assert week.date_note == "Fuzzy: the start and end are approximate"
    assert week.summary == "Five days & a keynote"
    assert week.tags == ("Work",)  # the parent of its category "Meetings"
    assert [t.source_by_id[s].url for s in week.sources] == ["https://example.org/conference"]
    assert "file:///home/me/notes.txt" in week.note
    plan = events["(draft) plan"]  # timelinelib's added space before "(" is removed
    assert plan.start.to_iso() == "2014-03-05T09:30" and plan.end is None
    assert format_date(events["Ides of March, astronomical year -43"].start).endswith("44 BCE, 12:00")
    messages = [str(w) for w in loaded.warnings]
    assert any("parent" in m for m in messages)
    assert any("alerts of 1 event" in m for m in messages)


def test_garden_year_2x(peer_data):
    """Our own 2.x file (the peer samples are GPL-3.0): what the gregorian sample exercises."""
    loaded = open_timeline(peer_data / "thetimelineproj" / "garden-year.timeline")
    t = loaded.timeline
    assert len(t.events) == 11
    assert [(c.label, c.color) for c in t.categories] == [("Sådd", "#70ad47"), ("Skörd", "#ed7d31"),
                                                          ("Möten", "#5b9bd5")]
    # Eras keep their colours; the end instant is midnight after the last day.
    assert [(e.label, e.start.to_iso(), e.end.to_iso(), e.color) for e in t.eras] == [
        ("Frost season", "2024-01-01", "2024-03-15", "#d6e4f0"), ("Harvest", "2024-08-01", "2024-09-30", "#f6e2b4")]
    events = by_title(loaded)
    welcome = events["Välkommen, new plot holders"]
    assert welcome.start.to_iso() == "2024-05-02T14:05:09" and welcome.end is None
    assert welcome.summary == "Tour & tea" and t.category_by_id[welcome.category].label == "Möten"
    sow = events["Sow peas and broad beans"]
    assert (sow.start.to_iso(), sow.end.to_iso()) == ("2024-03-18T08:00", "2024-03-22T17:30")
    assert events["Open garden day"].start.to_iso() == "2024-06-01" and events["Open garden day"].end is None
    # Containers "[n]Name" are tagged; their subevents "(n)Name" point at them through related.
    spring, rota = events["Spring planting"], events["Harvest rota"]
    assert "container" in spring.tags and "container" in rota.tags
    assert sow.related == (spring.id,) and events["Plant out tomatoes"].related == (spring.id,)
    assert events["Apples"].related == (rota.id,) and events["Beans and courgettes"].related == (rota.id,)
    # Fuzzy start, fuzzy end, and both.
    assert events["Plant out tomatoes"].date_note == "Fuzzy start: the start is approximate"
    assert events["Beans and courgettes"].date_note == "Fuzzy end: the end is approximate"
    assert events["Apples"].date_note == "Fuzzy: the start and end are approximate"
    # Hyperlinks: http(s) ones become sources, others stay in the note.
    tomatoes = events["Plant out tomatoes"]
    assert [t.source_by_id[s].url for s in tomatoes.sources] == ["https://example.org/garden/tomatoes"]
    open_day = events["Open garden day"]
    assert [t.source_by_id[s].url for s in open_day.sources] == ["https://example.org/garden/open-day"]
    assert "file:///home/gardener/open-day.odt" in open_day.note
    assert "milestone" in events["Midsummer"].tags and events["Midsummer"].end is None
    assert events["<"].start.to_iso() == "2024-10-12T10:00"
    assert "(draft) plan for next year" in events
    messages = [str(w) for w in loaded.warnings]
    for part in ("2 containers", "alerts of 1 event", "progress of 1 event", '"now"', "not an http(s) link"):
        assert any(part in m for m in messages), part


def test_release_history_2x(peer_data):
    """Our own 2.x file in the layout of thetimelineproj's versions.timeline."""
    loaded = open_timeline(peer_data / "thetimelineproj" / "release-history.timeline")
    t = loaded.timeline
    assert len(t.events) == 5
    assert [(c.label, c.color) for c in t.categories][0] == ("Feature Release", "#80ff80")
    events = by_title(loaded)
    assert events["Tidewater 1.0.0"].start.to_iso() == "2015-02-14T09:41"
    assert events["Tidewater 2.0.0"].start.to_iso() == "2018-05-14" and events["Tidewater 2.0.0"].end is None
    assert events["Tidewater 2.0.0"].summary.startswith("Version 2.0.0")
    planned = events["Tidewater 2.1.0"]
    assert (planned.start.to_iso(), planned.end.to_iso()) == ("2019-01-01", "2019-03-31")


@pytest.mark.peer_data
def test_gregorian_sample_2x(shared_peer_data):
    peer_data = shared_peer_data
    loaded = open_timeline(peer_data / "thetimelineproj" / "rogerlindberg-timelinejs__gregorian-sample.timeline")
    t = loaded.timeline
    assert len(t.events) == 25
    assert len(t.categories) == 4
    assert t.category_by_id[t.events[5].category].label == "Välkommen"
    assert [c.color for c in t.categories if c.label == "Välkommen"] == ["#eb52ff"]
    era3 = [e for e in t.eras if e.label == "Sample Era3"][0]
    assert (era3.start.to_iso(), era3.end.to_iso(), era3.color) == ("2021-11-27", "2021-12-16", "#eedbf0")
    events = by_title(loaded)
    welcome = events["Välkommen till Timeline"]
    assert welcome.start.to_iso() == "2021-11-06T10:07:13" and welcome.summary == "HoHo"
    assert events["Sparar"].start.to_iso() == "2021-11-24"
    # Containers "[2]Box-5" and subevents "(2)..." are linked through related.
    box5 = events["Box-5"]
    assert "container" in box5.tags
    assert events["Den här händelsen har en hyperlänk"].related == (box5.id,)
    assert events["<"].start.to_iso() == "2021-11-02"
    assert any("container" in str(w) for w in loaded.warnings)


@pytest.mark.peer_data
def test_versions_2x(shared_peer_data):
    peer_data = shared_peer_data
    loaded = open_timeline(peer_data / "thetimelineproj" / "thetimelineproj__versions.timeline")
    t = loaded.timeline
    assert len(t.events) == 59
    assert [(c.label, c.color) for c in t.categories][0] == ("Planned Release", "#80ff80")
    events = by_title(loaded)
    assert events["Timeline 0.20.0"].start.to_iso() == "2013-03-30T11:16"
    assert events["Timeline 2.2.0"].start.to_iso() == "2020-05-14"
    assert events["Timeline 2.2.0"].summary.startswith("Version 2.2.0")


def test_numeric_time_is_refused_clearly():
    data = b"<timeline><version>2.0.0</version><timetype>numtime</timetype><categories/><events/></timeline>"
    with pytest.raises(TimelineError) as err:
        parse_any(data, "n.timeline")
    assert err.value.message() == ("n.timeline: timetype: this timeline uses the numeric time type, "
                                   "not Gregorian dates; only Gregorian timelines can be opened")


def test_entity_expansion_is_refused():
    bomb = (b'<?xml version="1.0"?><!DOCTYPE timeline [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><timeline>&b;</timeline>')
    with pytest.raises(TimelineError, match="unsafe XML"):
        parse_any(bomb, "bomb.timeline")


def test_bad_time_names_the_event():
    data = (b"<timeline><version>2.0.0</version><categories/><events><event><start>yesterday</start>"
            b"<end>yesterday</end><text>x</text></event></events></timeline>")
    with pytest.raises(TimelineError, match=r"events\[0\].start: 'yesterday' is not a time"):
        parse_any(data, "bad.timeline")
