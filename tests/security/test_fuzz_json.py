"""Fuzz the JSON loaders (ours and TimelineJS, through parse_timeline and parse_any)."""

from __future__ import annotations

import json
import math
from pathlib import Path

from hypothesis import given, strategies as st
from fuzzing import fuzz_settings, outcome, parse_any_outcome

from timeline_app.importers import parse_any, timelinejs_json
from timeline_app.model import parse_timeline

BUNDLED = (Path(__file__).resolve().parents[2] / "data" / "songdo-2019.json").read_bytes()

# Any JSON value, small and deep, with numbers at the edges of what floats and ints hold.
scalars = st.one_of(
    st.none(), st.booleans(),
    st.integers(), st.sampled_from([0, -1, 2**63, -(2**63) - 1, 10**30, 10**400]),
    st.floats(allow_nan=False, allow_infinity=False), st.sampled_from([1e308, -1e308, 5e-324, 0.5]),
    st.text(max_size=30),
    st.sampled_from(["", " ", "2019", "2019-10-14", "-0499", "+99999999999", "-13800000000", "2019-02-30",
                     "2019-10-14T25:00", "javascript:alert(1)", "file:///etc/passwd", "https://example.org/x",
                     "data:text/html,<b>x</b>", "#zzzzzz", "#1f77b4", "\u202e\u0000", "a" * 1001]),
)
json_values = st.recursive(scalars, lambda kids: st.lists(kids, max_size=4)
                           | st.dictionaries(st.text(max_size=10), kids, max_size=4), max_leaves=20)


def _maybe(value_strategy):
    """The right kind of value most of the time, any JSON value sometimes."""
    return st.one_of(value_strategy, value_strategy, json_values)


dates = st.one_of(st.sampled_from(["2019", "2019-10", "2019-10-14", "2019-10-14T15:00+09:00", "-0499",
                                   "-13800000000", "+100000000001", "2019-13-01", "0000"]),
                  st.integers(-(10**12), 10**12).map(lambda y: f"{y:+05d}"))
ids = st.sampled_from(["a", "b", "c", "src-1", "", " x", "x" * 201])
source = st.fixed_dictionaries({"id": _maybe(ids), "title": _maybe(st.text(max_size=20))},
                               optional={"url": _maybe(st.sampled_from(["https://example.org", "javascript:x",
                                                                        "ftp://x", "http://"])),
                                         "date": _maybe(dates), "publisher": json_values})
fact = st.fixed_dictionaries({}, optional={"name": _maybe(st.text(max_size=10)), "kind": _maybe(
    st.sampled_from(["person", "organization", "robot"])), "text": json_values, "sources": _maybe(st.lists(ids)),
    "inferred": json_values, "description": json_values})
event = st.fixed_dictionaries(
    {"id": _maybe(ids), "title": _maybe(st.text(max_size=20)), "start": _maybe(dates)},
    optional={"end": _maybe(dates), "category": _maybe(ids), "related": _maybe(st.lists(ids, max_size=3)),
              "sources": _maybe(st.lists(ids, max_size=3)), "location": _maybe(fact),
              "parties": _maybe(st.lists(fact, max_size=2)), "participants": _maybe(st.lists(fact, max_size=2)),
              "quotes": _maybe(st.lists(fact, max_size=2)), "tags": json_values, "partcipants": json_values})
timeline = st.fixed_dictionaries(
    {"title": _maybe(st.text(max_size=20)), "events": _maybe(st.lists(event, max_size=4))},
    optional={"format": _maybe(st.sampled_from(["timeline-app", "timelinejs"])),
              "version": _maybe(st.sampled_from([1, 2, 0, "1", 10**100])),
              "sources": _maybe(st.lists(source, max_size=3)),
              "categories": _maybe(st.lists(st.fixed_dictionaries({"id": ids, "label": _maybe(st.text(max_size=5)),
                                                                   "color": _maybe(st.just("#1f77b4"))}), max_size=2)),
              "eras": _maybe(st.lists(st.fixed_dictionaries({"id": ids, "label": st.text(max_size=5),
                                                             "start": dates, "end": dates}), max_size=2))})

# TimelineJS documents: slides with date objects whose parts are anything a spreadsheet might hold.
date_part = st.one_of(st.integers(-(10**13), 10**13), st.sampled_from([0, 13, -1, 2.5, 1e20, "1,815", " 05 ", "",
                                                                     None, True, "x", "9" * 50]), json_values)
tl_date = st.fixed_dictionaries({}, optional={k: date_part for k in ("year", "month", "day", "hour", "minute",
                                                                       "second", "millisecond")}
                                | {"display_date": json_values})
html = st.one_of(st.text(max_size=30), st.sampled_from([
    "<p>x <a href='https://a.example/'>a</a></p>", "<a href='javascript:alert(1)'>x</a>", "<script>alert(1)</script>y",
    "<blockquote>q<cite>Ada, CEO</cite></blockquote>", "<iframe src='file:///etc/passwd'></iframe>",
    "<img src='data:image/png;base64,AAAA'>", "<" * 50, "<a href=", "&#0;&#xffffffff;&bogus;"]))
media = st.fixed_dictionaries({}, optional={"url": _maybe(html), "caption": _maybe(html), "credit": _maybe(html),
                                            "link": _maybe(html), "thumbnail": json_values})
slide = st.fixed_dictionaries({}, optional={
    "start_date": _maybe(tl_date), "end_date": _maybe(tl_date), "text": _maybe(st.fixed_dictionaries(
        {}, optional={"headline": _maybe(html), "text": _maybe(html)})), "media": _maybe(media),
    "group": json_values, "unique_id": json_values, "display_date": json_values, "background": json_values})
tl_doc = st.fixed_dictionaries({"events": _maybe(st.lists(slide, max_size=4))},
                               optional={"title": _maybe(slide), "eras": _maybe(st.lists(slide, max_size=2)),
                                         "scale": _maybe(st.sampled_from(["human", "cosmological", "x"]))})


def _dumps(value) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogatepass")


@fuzz_settings(150)
@given(st.binary(max_size=300))
def test_random_bytes(data):
    parse_any_outcome(data)
    outcome(parse_timeline, data, "fuzz.json")


@fuzz_settings(150)
@given(st.binary(max_size=200))
def test_random_bytes_after_a_brace(data):
    # Starting with { or [ sends the bytes to the JSON parser, the most exposed path.
    parse_any_outcome(b"{" + data)
    parse_any_outcome(b"[" + data)


@fuzz_settings(150)
@given(timeline)
def test_our_format_with_wrong_types_and_values(raw):
    data = _dumps(raw)
    outcome(parse_timeline, data, "fuzz.json")
    parse_any_outcome(data, "fuzz.json")


@fuzz_settings(150)
@given(tl_doc)
def test_timelinejs_documents(raw):
    parse_any_outcome(_dumps(raw), "fuzz.json")
    outcome(timelinejs_json.from_data, raw, "fuzz.json")


@fuzz_settings(100)
@given(st.integers(0, len(BUNDLED)), st.binary(max_size=8), st.integers(0, 8))
def test_mutated_real_file(at, insert, cut):
    # Splice bytes into the bundled timeline: truncations, stray bytes, broken UTF-8.
    parse_any_outcome(BUNDLED[:at] + insert + BUNDLED[at + cut:], "songdo.json")


@fuzz_settings(60)
@given(st.sampled_from(["NaN", "Infinity", "-Infinity", "1e999", "-1e999", "9" * 5000, "1" + "0" * 4300,
                        "0.0000001e-400", "1E400"]),
       st.sampled_from(["version", "title", "events", "extra"]))
def test_numbers_at_the_edges(number, key):
    data = ('{"title": "x", "events": [], "%s": %s}' % (key, number)).replace('"title": "x", "title"', '"title"')
    result = parse_any_outcome(data.encode(), "numbers.json")
    if number in ("NaN", "Infinity", "-Infinity", "1e999", "-1e999", "1E400") or len(number) > 4300:
        assert not isinstance(result, type(parse_any(b'{"title":"x","events":[]}'))), data[:80]


def test_finite_numbers_are_not_mangled():
    assert math.isfinite(json.loads("1e308"))
    parse_any_outcome(b'{"title": "x", "events": [], "weight": 1e308}', "ok.json")
