"""TimelineJS 3 JSON: the peer files (values read from the files by hand) and our own fixture."""

from __future__ import annotations

import json

import pytest

from timeline_app.importers import open_timeline, parse_any
from timeline_app.time.historical_years import astronomical_to_historical as astronomical_to_tl_year
from timeline_app.time.historical_years import historical_to_astronomical as tl_year_to_astronomical
from timeline_app.model import TimelineError
from timeline_app.time import Precision, format_date


def doc(*events, **extra) -> bytes:
    return json.dumps({"title": {"text": {"headline": "T"}}, "events": list(events), **extra}).encode()


def ev(start, end=None, headline="E", **extra):
    out = {"start_date": start, "text": {"headline": headline}, **extra}
    if end is not None:
        out["end_date"] = end
    return out


def by_title(loaded):
    return {e.title: e for e in loaded.timeline.events}


# --- own fixture -------------------------------------------------------------------------

def test_fixture_month_only_date_html_entities_and_links(fixtures):
    loaded = open_timeline(fixtures / "moon-landings.json")
    t = loaded.timeline
    assert t.title == "Moon & Mars: a short history"
    assert t.description == "Crewed landings and a few firsts \u2014 see NASA History."
    events = by_title(loaded)
    sputnik = events["Sputnik era begins"]
    assert sputnik.start.to_iso() == "1957-10" and sputnik.start.precision is Precision.MONTH
    assert sputnik.summary == "Month only: <no day>"
    assert sputnik.date_note == "October 1957"
    apollo = events["Apollo 11 lands"]
    assert apollo.id == "apollo-11"
    assert apollo.start.to_iso() == "1969-07-20T20:17:40"
    assert apollo.summary == "\u201cThe Eagle has landed.\u201d Armstrong & Aldrin\n\nSource: Apollo 11 timeline"
    urls = {t.source_by_id[s].url for s in apollo.sources}
    assert urls == {"https://www.nasa.gov/mission/apollo-11/", "https://www.nasa.gov",
                    "https://history.nasa.gov/SP-4029/Apollo_11i_Timeline.htm"}
    assert t.source_by_id[apollo.sources[0]].publisher == "NASA"
    assert t.category_by_id[apollo.category].label == "Crewed"
    # A clashing unique_id is renamed, with a warning.
    assert events["Apollo 17 on the Moon"].id == "apollo-11-2"
    assert any('"apollo-11" is used twice' in str(w) for w in loaded.warnings)
    # BCE: TimelineJS year -240 is shown by TimelineJS as "240 BCE".
    assert format_date(events["Halley's comet recorded in China"].start) == "240 BCE"
    perseverance = events["Perseverance touches down"]
    assert perseverance.start.to_iso() == "2021-02-18T20:55:00.250"
    assert perseverance.end is None  # an end equal to the start is dropped, as TimelineJS does
    assert perseverance.quotes[0].text == "Touchdown confirmed!"
    assert perseverance.quotes[0].speaker == "Swati Mohan"
    era = t.eras[0]
    assert (era.label, era.start.to_iso(), era.end.to_iso()) == ("Apollo programme", "1961-05-25", "1972-12")
    assert any("backgrounds" in str(w) for w in loaded.warnings)


# --- peer files ------------------------------------------------------------------------

def test_eras_json(peer_data):
    loaded = open_timeline(peer_data / "timelinejs" / "eras.json")
    t = loaded.timeline
    assert t.title == "Eras Test"
    assert len(t.events) == 20 and len(t.eras) == 3
    hijra = by_title(loaded)["Muhammad Migrates from Mecca to Medina"]
    assert (hijra.start.to_iso(), hijra.end.to_iso()) == ("0622-08-09", "0622-08-23")
    war = t.events[0]
    assert (war.title, war.start.to_iso(), war.end.to_iso()) == ("Last great Roman-Persian War.", "0602", "0629")
    assert war.start.precision is Precision.YEAR  # a year, not 1 January
    assert [(e.label, e.start.to_iso(), e.end.to_iso()) for e in t.eras][0] == ("Era Test 650-700", "0650", "0700")


def test_cosmo_json_deep_time(peer_data):
    loaded = open_timeline(peer_data / "timelinejs" / "cosmo.json")
    events = by_title(loaded)
    assert len(loaded.timeline.events) == 7
    big_bang = events["The Big Bang"]
    assert big_bang.start.to_iso() == "-13800000000"
    assert format_date(big_bang.start) == "13.8 billion years ago"
    paleozoic = events["Paleozoic era"]
    assert (paleozoic.start.to_iso(), paleozoic.end.to_iso()) == ("-538800000", "-251902000")
    wheel = events["oldest known depiction of a wheeled vehicle"]
    assert format_date(wheel.start) == "3500 BCE"


def test_all_media_types(peer_data):
    loaded = open_timeline(peer_data / "timelinejs" / "all-media-types.json")
    t = loaded.timeline
    assert t.title == "TimelineJS Media Types"
    assert len(t.events) == 41
    assert {c.label for c in t.categories} == {"Video", "Social Media", "Audio", "HTML", "Image"}
    tiktok = by_title(loaded)["TikTok"]
    assert tiktok.start.to_iso() == "1904-06" and tiktok.start.precision is Precision.MONTH
    assert {"wistia", "wikipedia-images", "wikipedia-commons"} <= set(t.event_by_id)
    youtube = by_title(loaded)["YouTube Videos"]
    assert t.source_by_id[youtube.sources[0]].url == "https://m.youtube.com/watch?v=pi2v1m6gmD8&t=5m21s"


def test_women_in_computing(peer_data):
    loaded = open_timeline(peer_data / "timelinejs" / "women_in_computing.json")
    t = loaded.timeline
    assert t.title == "Women in Computing"
    assert len(t.events) == 10
    events = by_title(loaded)
    ada = events["Ada Lovelace"]
    assert (ada.start.to_iso(), ada.end.to_iso()) == ("1815-12-10", "1852-11-27")
    eniac = events["...And the women who made it work"]
    assert (eniac.start.to_iso(), eniac.end.to_iso()) == ("1943-07", "1946")  # "" month and day are unset
    assert events["Edith Clarke: Bucking the Trend"].quotes[0].speaker == "Edith Clarke"
    assert all(e.category is None for e in t.events)  # "group": "" is no group
    assert "<" not in (ada.summary or "")


def test_years_json_bce_and_no_title(peer_data):
    loaded = open_timeline(peer_data / "timelinejs" / "years.json")
    t = loaded.timeline
    assert len(t.events) == 5
    assert t.title == "years"
    assert any("no title slide" in str(w) for w in loaded.warnings)
    first = t.events[0]
    assert (first.title, first.start.to_iso(), format_date(first.start)) == ("Geological Timeline Test", "-5409", "5410 BCE")
    assert format_date(by_title(loaded)["-258"].start) == "258 BCE"


# --- rules -------------------------------------------------------------------------------

def test_year_mapping_round_trips():
    for y in (-100_001, -100_000, -99_998, -500, -1, 1, 2019, 12_345):
        assert astronomical_to_tl_year(tl_year_to_astronomical(y)) == y
    assert astronomical_to_tl_year(0) == -1  # 1 BCE; TimelineJS's "0" has no BCE/CE name
    assert tl_year_to_astronomical(-500) == -499
    assert tl_year_to_astronomical(-13_800_000_000) == -13_800_000_000


def test_year_zero_warns():
    loaded = parse_any(doc(ev({"year": 0})), "z.json")
    assert loaded.timeline.events[0].start.to_iso() == "0000"
    assert any("year 0" in str(w) for w in loaded.warnings)


def test_numbers_numeric_strings_and_empty_strings():
    loaded = parse_any(doc(ev({"year": "2019", "month": "05", "day": "", "hour": ""}),
                           ev({"year": 2019, "month": 5, "day": 7, "hour": 9, "minute": "05"})))
    a, b = loaded.timeline.events
    assert a.start.to_iso() == "2019-05"
    assert b.start.to_iso() == "2019-05-07T09:05"


@pytest.mark.parametrize("start, place, words", [
    ({"year": "19x9"}, "events[0].start_date.year", "not a whole number"),
    ({"year": 2019, "month": 13}, "events[0].start_date.month", "out of range"),
    ({"year": 2019, "month": 2, "day": 30}, "events[0].start_date.day", "does not exist"),
    ({"month": 3}, "events[0].start_date.year", "is required"),
])
def test_bad_dates_name_their_place(start, place, words):
    with pytest.raises(TimelineError) as err:
        parse_any(doc(ev(start)), "bad.json")
    assert f"{place}: " in err.value.message() and words in err.value.message()


def test_missing_start_date_is_an_error():
    with pytest.raises(TimelineError, match=r"events\[1\].start_date: is required"):
        parse_any(doc(ev({"year": 1}), {"text": {"headline": "x"}}), "bad.json")


def test_empty_headline_gets_a_title_and_a_warning():
    loaded = parse_any(doc(ev({"year": 2000}, headline="", **{"text": {"headline": "", "text": "<b>Body</b> words"}})))
    assert loaded.timeline.events[0].title == "Body words"
    assert any("empty headline" in str(w) for w in loaded.warnings)


def test_plain_headlines_read_as_html_text_reads_them_and_a_repeated_id_names_its_place():
    from timeline_app.importers.html_text import html_to_text

    odd = ["  Tab\tand\rreturn  ", "Line\u2028sep", "nbsp\u00a0here", "x", "Caf\u00e9 \u00a0 "]
    loaded = parse_any(doc(*(ev({"year": 2000 + i}, headline=h, unique_id="same") for i, h in enumerate(odd))))
    assert [e.title for e in loaded.timeline.events] == [html_to_text(h).text for h in odd]
    assert [e.id for e in loaded.timeline.events] == ["same", "same-2", "same-3", "same-4", "same-5"]
    [renamed] = [str(w) for w in loaded.warnings if "used twice" in str(w)]
    assert "(4 times; first at events[1].unique_id)" in renamed


def test_tiny_slides_read_column_wise_give_what_the_slide_by_slide_reading_gives(monkeypatch):
    """Runs of tiny slides (a year, a plain headline, perhaps an id and a group) are read a
    column at a time; every event, category and warning is what the slide-by-slide path makes,
    across pieces that mix tiny slides with ones that are not (year 0, markup, a link)."""
    from timeline_app.importers import timelinejs_json

    slides = []
    for i in range(60):
        slide = {"start_date": {"year": 1900 + i % 7}, "text": {"headline": f"  Slide   {i % 5} "}}
        if i % 3:
            slide["unique_id"] = f"u{i % 11}" if i < 30 else f"v {i}"
        if i % 5:
            slide["group"] = ["Wars", " Peace ", "", "wars"][i % 4]
        slides.append(slide)
    slides[17]["start_date"] = {"year": 0}  # warns: the whole piece goes slide by slide
    slides[41]["text"]["headline"] = "A <b>bold</b> one"
    slides[50]["unique_id"] = "u3"  # an id an earlier piece took
    # Runs with no ids: slugs of repeated titles, and titles with no letters to slug.
    slides += [{"start_date": {"year": 2000}, "text": {"headline": ["Slide 1", "\u65e5\u672c", "u1"][i % 3]}}
               for i in range(16)]
    data = doc(*slides)

    def read_all():
        loaded = parse_any(data, "tiny.json")
        t = loaded.timeline
        return ([e.model_dump() for e in t.events], [c.model_dump() for c in t.categories],
                [str(w) for w in loaded.warnings])

    monkeypatch.setattr(timelinejs_json, "_PIECE", 8)
    kinds = []
    real = timelinejs_json._Slides._tiny_piece
    monkeypatch.setattr(timelinejs_json._Slides, "_tiny_piece", lambda *a: kinds.append(real(*a)) or kinds[-1])
    column_wise = read_all()
    assert True in kinds and False in kinds  # both kinds of piece were there
    monkeypatch.setattr(timelinejs_json._Slides, "_tiny_piece", lambda *a: False)
    assert read_all() == column_wise
    events, categories, warnings = column_wise
    assert len(events) == 76
    assert [e["id"] for e in events[-3:]] == ["event-74", "u1-7", "slide-1-10"]
    assert [c["label"] for c in categories] == ["Peace", "wars", "Wars"]
    assert any("used twice" in w for w in warnings)


TINY = '{"start_date": {"year": 1900}, "text": {"headline": "Tiny"}}'


@pytest.mark.parametrize("text", [
    '{"title": {"text": {"headline": "T", "headline": "U"}}, "events": [%s]}' % TINY,
    '{"events": [%s, {"start_date": {"year": 1901, "year": 1902}, "text": {"headline": "Tiny"}}]}' % TINY,
    '{"events": [%s, {"start_date": {"year": 1901}, "text": {"headline": "A"}, "unique_id": "a", "unique_id": "b"}]}'
    % TINY,
    '{"events": [%s, {"start_date": {"year": 1901}, "text": {"headline": "<b>A</b>"}, "media": {"url": "x", "url": "y"}}]}'
    % TINY,
    '{"events": [{"text": {"headline": "no start_date"}}, {"start_date": {"year": 1}, "group": "a", "group": "b"}]}',
    '{"events": [%s], "eras": [{"start_date": {"year": 1}, "end_date": {"year": 2, "year": 3}}]}' % TINY,
    '{"events": "none", "events": [%s]}' % TINY,
])
def test_a_duplicate_key_anywhere_in_a_timelinejs_file_is_the_error(text):
    with pytest.raises(TimelineError) as err:
        parse_any(text.encode(), "dup.json")
    assert "appears twice" in str(err.value)


def test_a_key_like_text_inside_a_headline_is_no_duplicate():
    loaded = parse_any(('{"events": [%s, {"start_date": {"year": 1901}, "text": {"headline": "say \\"a\\": b"}}]}'
                        % TINY).encode(), "quote.json")
    assert [e.title for e in loaded.timeline.events] == ["Tiny", 'say "a": b']
