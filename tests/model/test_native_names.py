"""Names in their own script (issue 14): the format, its schema, search and the details document."""

from __future__ import annotations

import json

import pytest

from tests.helpers import timeline_dict, write_json
from timeline_app.model import load_timeline, timeline_from_data
from timeline_app.model.query import search
from timeline_app.model.schema import schema_path
from timeline_app.paths import bundled_timeline
from timeline_app.render.details.builder import select_events
from timeline_app.render.details.markdown import details_markdown
from timeline_app.render.details.wording import both_names

SEPT, OCT, DEC = "2019-09-30-rd-agreement", "2019-10-14-medicen-agreement", "2019-12-05-asian-pain-symposium"
SOCIETY, SOCIETY_KO = "Korean Pain Mechanism Research Society", "대한통증기전연구회"


def _named_event() -> dict:
    return {
        "id": "e", "title": "Signing", "start": "2019-09-30",
        "location": {"name": "G-Tower", "native_name": "송도 G타워"},
        "parties": [{"name": SOCIETY, "native_name": SOCIETY_KO}],
        "participants": [{"kind": "person", "name": "Lee Won Jae", "native_name": "이원재"}],
        "activities": [{"kind": "visit", "description": "They visited Binex.", "organization": "Binex",
                        "organization_native_name": "바이넥스"}],
        "mentions": [{"name": "Celltrion", "native_name": "셀트리온"}],
    }


@pytest.fixture(scope="module")
def songdo():
    return load_timeline(bundled_timeline()).timeline


def test_native_names_load_without_warnings(tmp_path):
    loaded = load_timeline(write_json(tmp_path, timeline_dict(_named_event())))
    assert loaded.warnings == []  # a known key: no "unknown key, ignored"
    ev = loaded.timeline.events[0]
    assert ev.location.native_name == "송도 G타워"
    assert ev.parties[0].native_name == SOCIETY_KO
    assert ev.participants[0].native_name == "이원재"
    assert ev.activities[0].organization_native_name == "바이넥스"
    assert ev.mentions[0].native_name == "셀트리온"


def test_files_without_native_names_read_as_before():
    t = timeline_from_data(timeline_dict({"id": "e", "title": "T", "start": "2019",
                                          "parties": [{"name": SOCIETY}]})).timeline
    assert t.events[0].parties[0].native_name is None


def test_a_misspelt_native_name_is_still_a_warning(tmp_path):
    ev = {"id": "e", "title": "T", "start": "2019", "parties": [{"name": SOCIETY, "native_nme": SOCIETY_KO}]}
    warnings = [str(w) for w in load_timeline(write_json(tmp_path, timeline_dict(ev))).warnings]
    assert warnings == ['events[0].parties[0].native_nme: unknown key, ignored (did you mean "native_name"?)']


def test_schema_accepts_native_names_and_rejects_an_empty_one():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    jsonschema.validate(timeline_dict(_named_event()), schema)
    bad = _named_event()
    bad["parties"][0]["native_name"] = ""
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(timeline_dict(bad), schema)


def test_search_finds_a_name_in_either_script(songdo):
    assert search(songdo, SOCIETY_KO) == [SEPT, DEC]  # the agreement and the symposium it co-hosts
    assert search(songdo, "society") == [SEPT, DEC]
    assert search(songdo, "메디센") == [OCT]
    assert search(songdo, "바이넥스") == [OCT]  # an activity's organization
    assert search(songdo, "송도컨벤시아") == [DEC]  # a venue


def test_both_names_english_first_in_english_native_first_otherwise():
    assert both_names(SOCIETY, SOCIETY_KO, "en") == f"{SOCIETY} ({SOCIETY_KO})"
    assert both_names(SOCIETY, SOCIETY_KO, "ko") == f"{SOCIETY_KO} ({SOCIETY})"
    assert both_names("Incheon Free Economic Zone", "인천경제자유구역", "en", "IFEZ") == \
        "Incheon Free Economic Zone (IFEZ, 인천경제자유구역)"
    assert both_names("Incheon Free Economic Zone", "인천경제자유구역", "ko", "IFEZ") == \
        "인천경제자유구역 (Incheon Free Economic Zone, IFEZ)"
    assert both_names("Sanofi", None, "ko") == "Sanofi"
    assert both_names("Incheon Free Economic Zone", None, "en", "IFEZ") == "Incheon Free Economic Zone (IFEZ)"
    assert both_names("Medicen Paris Region", "메디센", "en", "Medicen") == "Medicen Paris Region (메디센)"


def test_markdown_details_show_both_scripts_in_the_language_order(songdo):
    sept = select_events(songdo, SEPT)
    english = details_markdown(songdo, sept)
    korean = details_markdown(songdo, sept, lang="ko")
    assert f"{SOCIETY} ({SOCIETY_KO})" in english
    assert f"{SOCIETY_KO} ({SOCIETY})" in korean
    assert "Celltrion (셀트리온)" in english and "셀트리온 (Celltrion)" in korean
    oct_ = details_markdown(songdo, select_events(songdo, OCT))
    assert "visited Binex (바이넥스)" in oct_  # beside the name in the sentence
    assert "(KPBMA, 한국제약바이오협회)" in oct_
    assert "Olivier Fontaine (올리비에 폰테인)" in oct_
