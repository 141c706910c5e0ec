"""The bundled timeline data/songdo-2019.json: the facts a user relies on, and its provenance.

Plain json + pathlib: no Qt and no timeline_app import, so these run anywhere.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data" / "songdo-2019.json"
NEWS = ROOT / "data" / "sources" / "ifez-news.txt"
FACTS = ROOT / "data" / "sources" / "FACTS.md"
KOREAN_NAMES = ROOT / "data" / "sources" / "KOREAN-NAMES.md"

# The keys of format "timeline-app" version 1; anything else is a typo or an invention.
TOP_KEYS = {"format", "version", "title", "description", "sources", "categories", "eras", "events"}
SOURCE_KEYS = {"id", "title", "publisher", "url", "date", "note"}
CATEGORY_KEYS = {"id", "label", "color"}
ERA_KEYS = {"id", "label", "start", "end", "color"}
EVENT_KEYS = {
    "id", "title", "start", "end", "date_note", "category", "location", "summary", "parties",
    "participants", "quotes", "activities", "mentions", "sources", "tags", "related",
}
SOURCED_KEYS = {"inferred", "note", "sources"}
LOCATION_KEYS = {"name", "native_name", "place", "country"} | SOURCED_KEYS
PARTY_KEYS = {"name", "native_name", "short_name", "role", "country", "description", "representative"} | SOURCED_KEYS
PARTICIPANT_KEYS = {"kind", "name", "native_name", "title", "affiliation", "country", "sector", "role"} | SOURCED_KEYS
QUOTE_KEYS = {"text", "speaker", "speaker_title", "context"} | SOURCED_KEYS
ACTIVITY_KEYS = {"kind", "description", "organization", "organization_native_name"} | SOURCED_KEYS
MENTION_KEYS = {"name", "native_name", "context"} | SOURCED_KEYS
EVENT_LISTS = {
    "parties": PARTY_KEYS,
    "participants": PARTICIPANT_KEYS,
    "quotes": QUOTE_KEYS,
    "activities": ACTIVITY_KEYS,
    "mentions": MENTION_KEYS,
}

EUROPEAN_COMPANIES = {
    "Biovista": ("Greece", False),
    "ibidi": ("Germany", False),
    "SIRION Biotech": ("Germany", False),
    "TherapySelect": ("Germany", True),
    "Oncodesign": ("France", False),
    "Scinus Cell Expansion": ("Netherlands", False),
    "NDA Group": ("Sweden", True),
    "NextCell Pharma": ("Sweden", False),
}


@pytest.fixture(scope="module")
def data() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def news() -> str:
    return NEWS.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def events(data) -> dict[str, dict]:
    return {e["start"]: e for e in data["events"]}


def _sourced_items(data):
    """(where, item) for every object that may carry sources/inferred/note."""
    for i, ev in enumerate(data["events"]):
        if ev.get("location"):
            yield f"events[{i}].location", ev["location"]
        for name in EVENT_LISTS:
            for k, item in enumerate(ev.get(name, [])):
                yield f"events[{i}].{name}[{k}]", item


def _by_name(items):
    return {it["name"]: it for it in items}


# --- what the timeline says ----------------------------------------------------------


def test_header(data):
    assert data["format"] == "timeline-app"
    assert data["version"] == 1
    assert data["title"].strip()
    assert data.get("eras", []) == []  # the sources state no eras


def test_three_events_on_their_dates(data, events):
    assert len(data["events"]) == 3
    assert set(events) == {"2019-09-30", "2019-10-14", "2019-12-05"}
    assert events["2019-09-30"].get("end") in (None, "2019-09-30")
    assert events["2019-10-14"].get("end") in (None, "2019-10-14")
    assert events["2019-12-05"]["end"] == "2019-12-07"  # inclusive end
    assert "afternoon" in events["2019-09-30"]["date_note"].lower()
    assert "ifez-go-kr-pst-sn-230055" in events["2019-10-14"]["sources"]  # states "2019년 10월 14일(월요일)"
    # press of Dec 6 reported the opening on the 6th
    assert "6" in events["2019-12-05"]["date_note"]


def test_categories_readable_and_distinct(data, events):
    cats = {c["id"]: c for c in data["categories"]}
    colors = [c["color"] for c in data["categories"]]
    assert all(re.fullmatch(r"#[0-9a-fA-F]{6}", c) for c in colors)
    assert len(set(c.lower() for c in colors)) == len(colors)
    assert events["2019-09-30"]["category"] == events["2019-10-14"]["category"] == "agreement"
    assert events["2019-12-05"]["category"] == "conference"
    for ev in data["events"]:
        assert ev["category"] in cats


def test_signatories_of_each_agreement(events):
    def signatories(ev):
        return {p.get("short_name") or p["name"] for p in ev["parties"] if p["role"] == "signatory"}

    assert signatories(events["2019-09-30"]) == {"IFEZ", "Korean Pain Mechanism Research Society"}
    assert signatories(events["2019-10-14"]) == {"IFEZ", "Medicen"}


def test_symposium_co_hosts_and_venue(events):
    ev = events["2019-12-05"]
    hosts = {p.get("short_name") or p["name"] for p in ev["parties"] if p["role"] == "co-host"}
    # The Korean press names the second society; the IFEZ news item only the first.
    assert hosts == {"IFEZ", "Korean Pain Mechanism Research Society", "Korean Pain Research Society"}
    assert "8th Asian Pain Symposium" in ev["title"]
    assert ev["location"]["name"] == "Songdo Convensia"
    assert "Incheon" in ev["location"]["place"]
    assert "biennial" in ev["summary"] and "300-500" in ev["summary"]


def test_medicen_signing_venue(events):
    loc = events["2019-10-14"]["location"]
    assert loc["name"] == "Gyeongwonjae Ambassador Incheon"
    assert "Songdo" in loc["place"]


def test_society_chair_is_recorded(events):
    society = _by_name(events["2019-09-30"]["parties"])["Korean Pain Mechanism Research Society"]
    assert "Oh Seog-bae" in society["description"]
    assert "Seoul National University School of Dentistry" in society["description"]


def test_titles_of_the_people(data):
    people = [p for ev in data["events"] for p in ev.get("participants", []) if p["kind"] == "person"]
    lee = [p for p in people if p["name"] == "Lee Won Jae"]
    fontaine = [p for p in people if p["name"] == "Olivier Fontaine"]
    assert lee and all(p["title"] == "IFEZ Commissioner" for p in lee)
    assert fontaine and all(p["title"] == "General Manager of Medicen Paris Region" for p in fontaine)
    for ev in data["events"]:
        for q in ev.get("quotes", []):
            assert q["speaker"] == "Lee Won Jae"
            assert q["speaker_title"] == "IFEZ Commissioner"


def test_european_companies_and_countries(events):
    invited = {
        p["name"]: p for p in events["2019-10-14"]["participants"] if p.get("role") == "invited company"
    }
    assert set(invited) == set(EUROPEAN_COMPANIES)
    for name, (country, inferred) in EUROPEAN_COMPANIES.items():
        p = invited[name]
        assert p["kind"] == "organization"
        assert p["country"] == country, name
        assert p.get("inferred", False) is inferred, name
        if inferred:
            assert p.get("note"), f"{name}: an inferred country needs a note saying why"


def test_songdo_companies(events):
    ev = events["2019-10-14"]
    local = [p for p in ev["participants"] if p.get("role") == "Songdo Bio Cluster company"]
    assert {p["name"] for p in local} == {"Voronoi", "SCM Lifescience"}
    assert all(p["country"] == "South Korea" for p in local)
    assert "six korean companies" in ev["summary"].lower()


def test_visits_and_seminar(events):
    acts = events["2019-10-14"]["activities"]
    visited = " ".join(a["organization"] for a in acts if a["kind"] == "visit")
    for org in ("Samsung BioLogics", "Binex", "KoreaBio", "Lee Gil Ya Cancer and Diabetes Institute"):
        assert org in visited
    seminars = [a for a in acts if a["kind"] == "seminar"]
    assert len(seminars) == 1 and "KPBMA" in seminars[0]["organization"]


def test_medicen_background(events):
    medicen = [p for p in events["2019-10-14"]["parties"] if p.get("short_name") == "Medicen"][0]
    for fact in ("2005", "Paris", "450", "Sanofi"):
        assert fact in medicen["description"]


def test_organisations_in_lees_quote_are_mentions(events):
    names = set(_by_name(events["2019-09-30"]["mentions"]))
    for org in ("Korea Polar Research Institute", "Lee Gil Ya Cancer and Diabetes Institute", "Celltrion", "Samsung Bioepis"):
        assert org in names
    assert any(n.startswith("Korean Pain Research Society") for n in names)


def test_related_links_agreement_and_symposium(events):
    first, symposium = events["2019-09-30"], events["2019-12-05"]
    assert symposium["id"] in first["related"]
    assert first["id"] in symposium["related"]


# --- provenance -----------------------------------------------------------------------


def test_every_quote_is_verbatim(data, news):
    quotes = [q for ev in data["events"] for q in ev.get("quotes", [])]
    assert len(quotes) == 2
    for q in quotes:
        assert q["text"] in news
        assert "\u201c" not in q["text"] and "\u201d" not in q["text"]
        # the words inside the quotation marks, exactly
        assert f"\u201c{q['text']}\u201d" in news


def test_people_and_organisations_are_named_in_the_sources(data, news):
    # The symposium's speakers and its opening speaker are named only by the Korean press.
    facts = FACTS.read_text(encoding="utf-8") + KOREAN_NAMES.read_text(encoding="utf-8")
    for ev in data["events"]:
        for name in ("participants", "mentions"):
            for item in ev.get(name, []):
                assert item["name"] in news or item["name"] in facts, item["name"]


def test_source_ids_exist(data):
    ids = {s["id"] for s in data["sources"]}
    for ev in data["events"]:
        assert ev["sources"], ev["id"]
        assert set(ev["sources"]) <= ids, ev["id"]
    for where, item in _sourced_items(data):
        assert item.get("sources"), f"{where} cites no source"
        assert set(item["sources"]) <= ids, where


def test_inferred_facts_say_why(data):
    for where, item in _sourced_items(data):
        if item.get("inferred"):
            assert item.get("note"), where


def test_urls_are_the_ones_the_seeds_give(data):
    """Every web address is copied verbatim from the seed files; none is guessed from a pattern."""
    seeds = FACTS.read_text(encoding="utf-8") + KOREAN_NAMES.read_text(encoding="utf-8")
    urls = {s["id"]: s["url"] for s in data["sources"] if s.get("url")}
    for sid, url in urls.items():
        assert re.search(re.escape(url) + r"(?=[\s|;)]|$)", seeds), (sid, url)
    # The seeds give an address for every page FACTS.md cites, so each of those has one.
    assert set(urls) == {s["id"] for s in data["sources"]} - {"ifez-news", "company-trade-press"}


# What maintainers write to each other, never to a reader of the timeline.
MAINTAINER_WORDS = re.compile(r"FACTS|\.txt|\.md\b|\.json|idxno|pst_sn|data/sources|source text", re.I)


def _reader_texts(data):
    """(where, text) for every string a reader sees: titles, notes, names, descriptions."""
    skip = {"id", "url", "sources", "related", "category", "start", "end", "date", "color", "format", "kind"}

    def walk(obj, where):
        if isinstance(obj, dict):
            for k, v in obj.items():
                if k not in skip:
                    yield from walk(v, f"{where}.{k}")
        elif isinstance(obj, list):
            for i, v in enumerate(obj):
                yield from walk(v, f"{where}[{i}]")
        elif isinstance(obj, str):
            yield where, obj

    yield from walk(data, "")


def test_reader_facing_text_names_no_file_page_number_or_id(data):
    ids = {s["id"] for s in data["sources"]}
    for where, text in _reader_texts(data):
        assert not MAINTAINER_WORDS.search(text), (where, text)
        assert not any(i in text for i in ids), (where, text)


def test_maintainer_trail_is_kept(data):
    trail = (ROOT / "data" / "sources" / "PROVENANCE.md").read_text(encoding="utf-8")
    for s in data["sources"]:
        assert f"`{s['id']}`" in trail, s["id"]
    assert "idxno=828666" in trail and "Oh Seog-bae" in trail


def test_related_ids_exist(data):
    ids = {e["id"] for e in data["events"]}
    for ev in data["events"]:
        assert set(ev.get("related", [])) <= ids
        assert ev["id"] not in ev.get("related", [])


def test_ids_unique(data):
    for name in ("sources", "categories", "eras", "events"):
        ids = [x["id"] for x in data.get(name, [])]
        assert len(ids) == len(set(ids)), name


def test_tags_lowercase_and_short(data):
    for ev in data["events"]:
        for tag in ev["tags"]:
            assert tag == tag.lower() and 0 < len(tag) <= 30, tag


def test_no_keys_outside_the_format(data):
    def check(obj, allowed, where):
        extra = set(obj) - allowed
        assert not extra, f"{where}: unknown keys {sorted(extra)}"

    check(data, TOP_KEYS, "top level")
    for i, s in enumerate(data["sources"]):
        check(s, SOURCE_KEYS, f"sources[{i}]")
    for i, c in enumerate(data["categories"]):
        check(c, CATEGORY_KEYS, f"categories[{i}]")
    for i, era in enumerate(data.get("eras", [])):
        check(era, ERA_KEYS, f"eras[{i}]")
    for i, ev in enumerate(data["events"]):
        check(ev, EVENT_KEYS, f"events[{i}]")
        if ev.get("location"):
            check(ev["location"], LOCATION_KEYS, f"events[{i}].location")
        for name, allowed in EVENT_LISTS.items():
            for k, item in enumerate(ev.get(name, [])):
                check(item, allowed, f"events[{i}].{name}[{k}]")


# --- names in their own script --------------------------------------------------------

URL = re.compile(r"https?://[^\s|;)]+")


def _native_names(data):
    """(where, native name, item) for every native-script name in the data."""
    for where, item in _sourced_items(data):
        for key in ("native_name", "organization_native_name"):
            if item.get(key):
                yield f"{where}.{key}", item[key], item


def _pages_naming(native: str) -> set[str]:
    """The URLs KOREAN-NAMES.md gives for a name: those on its table row, or, for a row that
    has none (the speakers), those of the section it is in."""
    pages: set[str] = set()
    for section in re.split(r"^## ", KOREAN_NAMES.read_text(encoding="utf-8"), flags=re.M):
        for line in section.splitlines():
            if f"| {native} " in line or f"| {native} (" in line or line.startswith(f"| {native} |"):
                pages |= set(URL.findall(line)) or set(URL.findall(section))
    return pages


def test_native_names_are_copied_from_the_seed_and_cite_the_page_they_were_seen_on(data):
    urls = {s["id"]: s.get("url") for s in data["sources"]}
    found = list(_native_names(data))
    assert len(found) >= 20
    for where, native, item in found:
        pages = _pages_naming(native)
        assert pages, f"{where}: {native} is not a name KOREAN-NAMES.md gives"
        cited = {urls[s] for s in item["sources"]}
        assert cited & pages, f"{where}: {native} cites none of the pages it was seen on"


def test_native_names_of_the_main_parties(events):
    society = _by_name(events["2019-09-30"]["parties"])["Korean Pain Mechanism Research Society"]
    assert society["native_name"] == "대한통증기전연구회"
    assert "대한통증기전연구회" not in society.get("note", "")  # said once, in its field
    medicen = _by_name(events["2019-10-14"]["parties"])["Medicen Paris Region"]
    assert medicen["native_name"] == "메디센"  # not 메디슨
    for ev in events.values():
        assert _by_name(ev["parties"])["Incheon Free Economic Zone"]["native_name"] == "인천경제자유구역"


def test_facts_from_the_korean_press(data, events):
    """The 30 September venue, the second co-host, the symposium's speakers and opening address,
    and the visits running to 18 October: each cited by the page that states it."""
    urls = {s["id"]: s.get("url", "") for s in data["sources"]}

    def cites(item, needle):
        return any(needle in urls[s] for s in item["sources"])

    venue = events["2019-09-30"]["location"]
    assert venue["name"] == "G-Tower" and venue["native_name"] == "송도 G타워"
    assert cites(venue, "kyeongin.com/article/1454206")
    second = _by_name(events["2019-12-05"]["parties"])["Korean Pain Research Society"]
    assert second["role"] == "co-host" and cites(second, "incheonnewspaper.com")
    people = _by_name(events["2019-12-05"]["participants"])
    speakers = {n for n, p in people.items() if p["role"] == "speaker"}
    assert speakers == {"Xu Zhang", "Jianguo G. Gu", "Makoto Tominaga", "정진모", "오우택"}
    assert all(cites(people[n], "idxno=840218") for n in speakers)
    opening = people["유병윤"]
    assert opening["title"] == "IFEZ Deputy Commissioner" and cites(opening, "20191206000538")
    visits = {a["organization"]: a for a in events["2019-10-14"]["activities"]}
    for org in ("Samsung BioLogics", "Binex"):
        assert "18 October" in visits[org]["note"] and cites(visits[org], "edaily.co.kr")
