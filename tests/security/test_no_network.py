"""Opening and rendering a file never touches the network: media, links and DTDs stay text."""

from __future__ import annotations

import importlib.util
import socket
import urllib.request
from pathlib import Path

import pytest
from conftest import CORPUS

from timeline_app.importers import open_timeline, parse_any
from timeline_app.model import TimelineError
from timeline_app.render.output import ExportRequest, export_scene
from timeline_app.render.png import render_image



def _load_find_peer_data():
    """tests/importers/conftest.py's find_peer_data (a second module named conftest cannot be imported by name)."""
    path = Path(__file__).resolve().parents[1] / "importers" / "conftest.py"
    spec = importlib.util.spec_from_file_location("importers_conftest_for_security", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.find_peer_data


find_peer_data = _load_find_peer_data()


def _files() -> list[Path]:
    files = sorted(p for p in CORPUS.iterdir() if p.is_file() and p.name != "README.md")
    peer = find_peer_data()
    if peer is not None and peer.is_dir():
        files += sorted(p for p in peer.rglob("*") if p.is_file() and p.suffix in (".json", ".csv", ".timeline", ".ics"))
    files += sorted((Path(__file__).resolve().parents[1] / "importers" / "fixtures").iterdir())
    # The peer files kept in tests/ (media links, hyperlinks), so a clone checks them too.
    files += sorted((Path(__file__).resolve().parents[1] / "fixtures" / "peer").glob("*/*"))
    return files


@pytest.fixture
def no_network(monkeypatch):
    calls: list[str] = []

    def refuse(name):
        def fail(*args, **kwargs):
            calls.append(f"{name}{args[:2]!r}")
            raise AssertionError(f"network access while opening a file: {name}{args[:2]!r}")
        return fail

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket, "create_connection", refuse("socket.create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("socket.getaddrinfo"))
    monkeypatch.setattr(urllib.request, "urlopen", refuse("urllib.request.urlopen"))
    yield calls
    assert calls == []


def test_opening_and_rendering_every_file_stays_offline(qapp, no_network):
    opened = 0
    for path in _files():
        try:
            loaded = open_timeline(path)
        except TimelineError:
            continue
        req = ExportRequest(width=600, scale=0.5)
        export_scene(loaded.timeline, req)
        image = render_image(loaded.timeline, req)
        assert not image.isNull(), path.name
        opened += 1
    assert opened >= 10


def test_the_guard_works(no_network):
    with pytest.raises(AssertionError, match="network access"):
        urllib.request.urlopen("https://example.org/")
    no_network.clear()


def _urls(loaded) -> list[str]:
    return [s.url for s in loaded.timeline.sources if s.url is not None]


def test_timelinejs_media_and_links_become_sources_only(no_network):
    doc = (b'{"events": [{"start_date": {"year": 2019}, "text": {"headline": "x", "text": '
           b'"<a href=\\"https://example.org/read\\">r</a> <a href=\\"javascript:alert(1)\\">j</a> '
           b'<img src=\\"file:///etc/passwd\\"> <iframe src=\\"data:text/html,x\\"></iframe>"}, '
           b'"media": {"url": "https://example.org/photo.jpg", "link": "javascript:alert(2)", '
           b'"thumbnail": "https://example.org/t.jpg"}}]}')
    loaded = parse_any(doc, "media.json")
    assert sorted(_urls(loaded)) == ["https://example.org/photo.jpg", "https://example.org/read"]


@pytest.mark.parametrize("url", ["javascript:alert(1)", "file:///etc/passwd", "data:text/html,<b>x</b>",
                                 "JAVASCRIPT:alert(1)", " javascript:alert(1)", "vbscript:x", "ftp://example.org/x"])
def test_a_non_web_scheme_never_reaches_the_model_as_a_url(url, no_network):
    esc = url.replace('"', '\\"')
    csv = f'Year,Headline,Media\n2019,x,"{esc}"\n'.encode()
    link = ('{"events": [{"start_date": {"year": 2019}, "text": {"headline": "x"}, "media": {"link": "%s"}}]}'
            % esc).encode()
    tljs = ('{"events": [{"start_date": {"year": 2019}, "text": {"headline": "x"}, "media": {"url": "%s"}}]}'
            % esc).encode()
    xml = ("<timeline><events><event><start>2019-1-1 0:0:0</start><text>x</text><hyperlink>%s</hyperlink>"
           "</event></events></timeline>" % url.replace("&", "&amp;").replace("<", "&lt;")).encode()
    ics = f"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20190101\r\nSUMMARY:x\r\nURL:{url}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n".encode()
    for data, name in ((csv, "u.csv"), (tljs, "u.json"), (link, "link.json"), (xml, "u.timeline"), (ics, "u.ics")):
        loaded = parse_any(data, name)
        assert _urls(loaded) == [], name
        assert any("dropped" in str(w) or "not an http(s) link" in str(w) for w in loaded.warnings), \
            (name, loaded.warnings)
    ours = ('{"title": "x", "sources": [{"id": "s", "title": "S", "url": "%s"}], "events": []}' % esc).encode()
    with pytest.raises(TimelineError, match=r"sources\[0\].url: .* is not an http\(s\) URL"):
        parse_any(ours, "u.json")


def test_a_timeline_hyperlink_becomes_a_source_only(no_network):
    xml = (b"<timeline><events><event><start>2019-1-1 0:0:0</start><text>x</text>"
           b"<hyperlink>https://example.org/a;https://example.org/b</hyperlink></event></events></timeline>")
    loaded = parse_any(xml, "links.timeline")
    assert _urls(loaded) == ["https://example.org/a", "https://example.org/b"]
