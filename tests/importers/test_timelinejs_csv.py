"""The TimelineJS spreadsheet template as CSV."""

from __future__ import annotations

import pytest

from timeline_app.importers import open_timeline, parse_any
from timeline_app.importers.timelinejs_csv import parse_time_cell
from timeline_app.model import TimelineError
from timeline_app.time import Precision, format_date

HEADER = ("Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,"
          "Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n")


def by_title(loaded):
    return {e.title: e for e in loaded.timeline.events}


def test_fixture_title_era_bce_time_and_links(fixtures):
    loaded = open_timeline(fixtures / "rivers.csv")
    t = loaded.timeline
    assert loaded.source_format == "timelinejs-csv"
    assert t.title == "Rivers and Canals"
    assert t.description == "Waterways that changed trade & travel."
    assert len(t.events) == 4
    assert [(e.label, e.start.to_iso(), e.end.to_iso()) for e in t.eras] == [("Canal age", "1800", "1899")]
    events = by_title(loaded)
    assert format_date(events["Grand Canal begins"].start) == "600 BCE"
    suez = events["Suez Canal opening ceremony"]
    assert (suez.start.to_iso(), suez.end.to_iso()) == ("1869-11-17T14:30", "1869-11-17T16:45")
    assert events["Panama Canal opens"].start.to_iso() == "1914-08-15"  # "1,914" as spreadsheets write it
    erie = events["Erie Canal opens"]
    assert erie.start.to_iso() == "1825-10-26"
    assert [t.source_by_id[s].url for s in erie.sources] == ["https://en.wikipedia.org/wiki/Erie_Canal"]
    assert t.source_by_id[erie.sources[0]].publisher == "Wikipedia"
    assert erie.summary == "Connects the Hudson to Lake Erie, see Erie Canal"
    assert {c.label for c in t.categories} == {"Asia", "America", "Africa"}


def test_peer_template(peer_data):
    loaded = open_timeline(peer_data / "csv" / "TimelineJS3__my-own-timeline.csv")
    t = loaded.timeline
    assert t.title == "MY OWN CSV"
    assert len(t.events) == 10
    events = by_title(loaded)
    ada = events["Ada Lovelace"]
    assert (ada.start.to_iso(), ada.end.to_iso()) == ("1815-12-10", "1852-11-27")
    eniac = events["...And the women who made it work"]
    assert (eniac.start.to_iso(), eniac.end.to_iso()) == ("1943-07", "1946")
    assert eniac.start.precision is Precision.MONTH
    assert events["Rózsa Péter writes recursion"].start.to_iso() == "1951"
    assert events["Edith Clarke: Bucking the Trend"].quotes[0].speaker == "Edith Clarke"
    assert events['"The Mother of the Internet"'].start.to_iso() == "1985"


def test_columns_by_name_in_any_order_and_case():
    data = "headline, YEAR ,month\nLanding,1969,7\n".encode()
    loaded = parse_any(data, "x.csv")
    assert loaded.timeline.events[0].start.to_iso() == "1969-07"


def test_bad_cell_names_line_and_column():
    data = (HEADER + ",,,,,,,,,T,,,,,,title,,\n1999,14,,,,,,,,Bad month,,,,,,,,\n").encode()
    with pytest.raises(TimelineError) as err:
        parse_any(data, "bad.csv")
    assert err.value.message() == "bad.csv: line 3: Month: 14 is out of range (1 to 12)"


def test_event_row_without_year_is_an_error():
    data = (HEADER + ",,,,,,,,,No date,,,,,,,,\n").encode()
    with pytest.raises(TimelineError, match="line 2: Year: is required"):
        parse_any(data, "bad.csv")


def test_second_title_row_becomes_an_event_with_a_warning():
    data = (HEADER + ",,,,,,,,,One,,,,,,title,,\n2000,,,,,,,,,Two,,,,,,title,,\n").encode()
    loaded = parse_any(data, "t.csv")
    assert loaded.timeline.title == "One"
    assert [e.title for e in loaded.timeline.events] == ["Two"]
    assert any("second title row" in str(w) for w in loaded.warnings)


@pytest.mark.parametrize("cell, fields", [
    ("14:30", {"hour": 14, "minute": 30}),
    ("2:30 PM", {"hour": 14, "minute": 30}),
    ("12:05 am", {"hour": 0, "minute": 5}),
    ("0930", {"hour": 9, "minute": 30}),
    ("14:30:15.5", {"hour": 14, "minute": 30, "second": 15, "millisecond": 500}),
])
def test_time_cells(cell, fields):
    assert parse_time_cell(cell) == fields
