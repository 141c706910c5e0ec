"""DetailPane: everything known about the selected event, as plain text with a few links."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QUrl, Signal, Slot
from PySide6.QtGui import QColor, QDesktopServices, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from timeline_app.model import Event, Timeline
from timeline_app.model.timeline import Sourced
from timeline_app.render.theme import LIGHT, Theme
from timeline_app.time import format_date, format_length, format_range

SAFE_SCHEMES = {"http", "https", "mailto"}
EVENT_SCHEME = "event"


def is_safe_url(url: QUrl) -> bool:
    """Only web and mail links may leave the app."""
    return url.isValid() and url.scheme().lower() in SAFE_SCHEMES


class DetailPane(QTextBrowser):
    """Read-only, selectable, screen-reader friendly text; data is inserted as plain text."""

    relatedActivated = Signal(str)  # an event id the user clicked in "Related"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.setAccessibleName("Event details")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor)
        self.setMinimumWidth(280)
        self._event_id: str | None = None
        self._shown: tuple[Event | None, Timeline | None] = (None, None)
        self.theme = LIGHT
        self.show_event(None, None)

    def set_theme(self, theme: Theme) -> None:
        """Redraw in the theme's colours (the widget's own background follows the palette)."""
        self.theme = theme
        self.show_event(*self._shown)

    @property
    def event_id(self) -> str | None:
        return self._event_id

    @property
    def shown_event(self) -> Event | None:
        return self._shown[0]

    @Slot(QUrl)
    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == EVENT_SCHEME:
            self.relatedActivated.emit(url.path())
        elif is_safe_url(url):
            QDesktopServices.openUrl(url)
        # Anything else (javascript:, file:, ...) is ignored: never opened.

    def show_event(self, event: Event | None, timeline: Timeline | None) -> None:
        """Fill the pane with `event` (or a hint when nothing is selected)."""
        self._event_id = event.id if event else None
        self._shown = (event, timeline)
        doc = QTextDocument(self)
        doc.setDocumentMargin(12)
        doc.setIndentWidth(18)
        writer = _Writer(doc, self.font(), self.theme)
        if event is None or timeline is None:
            writer.muted("Select an event on the timeline or in the list to read about it here.")
            self.setAccessibleDescription("No event selected")
        else:
            _write_event(writer, event, timeline)
            self.setAccessibleDescription(f"Details of {event.title}")
        self.setDocument(doc)


class _Writer:
    """Appends styled plain text to a QTextDocument (insertText never parses markup)."""

    def __init__(self, doc: QTextDocument, base: QFont, theme: Theme):
        self.cursor = QTextCursor(doc)
        self.base = base
        self.theme = theme
        self.first = True

    def _fmt(self, size: float = 1.0, bold=False, italic=False, color: str | None = None,
             href: str | None = None) -> QTextCharFormat:
        f = QTextCharFormat()
        font = QFont(self.base)
        size_pt = self.base.pointSizeF() if self.base.pointSizeF() > 0 else 10.0
        font.setPointSizeF(size_pt * size)
        font.setBold(bold)
        font.setItalic(italic)
        f.setFont(font)
        if color:
            f.setForeground(QColor(color))
        if href:
            f.setAnchor(True)
            f.setAnchorHref(href)
            f.setFontUnderline(True)
            f.setForeground(QColor(self.theme.link))
        return f

    def block(self, top: float = 2, bottom: float = 2, indent: int = 0) -> None:
        bf = QTextBlockFormat()
        bf.setTopMargin(top)
        bf.setBottomMargin(bottom)
        bf.setIndent(indent)
        if self.first:
            self.cursor.setBlockFormat(bf)
            self.first = False
        else:
            self.cursor.insertBlock(bf)

    def text(self, s: str, **fmt) -> None:
        self.cursor.insertText(s, self._fmt(**fmt))

    def heading(self, s: str) -> None:
        self.block(top=12, bottom=3)
        self.text(s, size=1.05, bold=True, color=self.theme.heading)

    def para(self, s: str, indent: int = 0, **fmt) -> None:
        self.block(indent=indent)
        self.text(s, **fmt)

    def muted(self, s: str) -> None:
        self.para(s, italic=True, color=self.theme.muted_text)

    def link(self, s: str, href: str) -> None:
        self.text(s, href=href)


def _inferred(w: _Writer, item: Sourced) -> None:
    if item.inferred:
        w.text("  (inferred", italic=True, color=w.theme.inferred)
        w.text(f": {item.note})" if item.note else ")", italic=True, color=w.theme.inferred)
    elif item.note:
        w.text(f"  ({item.note})", italic=True, color=w.theme.muted_text)


def _write_event(w: _Writer, ev: Event, t: Timeline) -> None:
    w.block(top=0, bottom=4)
    w.text(ev.title, size=1.45, bold=True)
    when = format_range(ev.start, ev.end)
    length = format_length(ev.start, ev.end)
    w.para(when + (f" ({length})" if length else ""), bold=True, color=w.theme.text)
    if ev.date_note:
        w.para(ev.date_note, italic=True, color=w.theme.muted_text)
    cat = t.category_by_id.get(ev.category or "")
    if ev.location is not None:
        loc = ev.location
        w.para(", ".join(x for x in (loc.name, loc.place, loc.country) if x))
        _inferred(w, loc)
    if cat is not None:
        w.block()
        w.text("■ ", color=cat.color)
        w.text(cat.label, color=w.theme.muted_text)
    if ev.inferred:
        w.para("This event is inferred rather than stated" + (f": {ev.note}" if ev.note else "."),
               italic=True, color=w.theme.inferred)
    elif ev.note:
        w.muted(ev.note)
    if ev.summary:
        w.block(top=8)
        w.text(ev.summary)

    if ev.parties:
        w.heading("Parties")
        for p in ev.parties:
            w.block(indent=0)
            w.text(p.name, bold=True)
            if p.short_name and p.short_name not in p.name:
                w.text(f" ({p.short_name})")
            extra = ", ".join(x for x in (p.role, p.country) if x)
            if extra:
                w.text(f" — {extra}", color=w.theme.muted_text)
            _inferred(w, p)
            if p.representative:
                w.para(f"Represented by {p.representative}", indent=1, color=w.theme.muted_text)
            if p.description:
                w.para(p.description, indent=1)

    people = [x for x in ev.participants if x.kind == "person"]
    orgs = [x for x in ev.participants if x.kind == "organization"]
    if people:
        w.heading("People")
        for x in people:
            w.block()
            w.text(x.name, bold=True)
            extra = ", ".join(v for v in (x.title, x.affiliation if x.affiliation not in (x.title or "") else None) if v)
            if extra:
                w.text(f" — {extra}")
            if x.role:
                w.text(f" ({x.role})", color=w.theme.muted_text)
            _inferred(w, x)
    if orgs:
        w.heading("Organizations")
        by_country: dict[str, list] = defaultdict(list)
        for x in orgs:
            by_country[x.country or "Country not stated"].append(x)
        for country in sorted(by_country, key=lambda c: (c == "Country not stated", c)):
            w.para(country, bold=True, color=w.theme.text)
            for x in by_country[country]:
                w.block(indent=1)
                w.text(x.name)
                extra = ", ".join(v for v in (x.sector, x.role) if v)
                if extra:
                    w.text(f" — {extra}", color=w.theme.muted_text)
                _inferred(w, x)

    if ev.activities:
        w.heading("Activities")
        for a in ev.activities:
            w.block()
            w.text(f"{a.kind.capitalize()}: ", bold=True)
            w.text(a.description)
            _inferred(w, a)

    if ev.quotes:
        w.heading("Quotes")
        for q in ev.quotes:
            w.block(top=6, indent=1)
            w.text(f"“{q.text}”", italic=True)
            who = ", ".join(x for x in (q.speaker, q.speaker_title) if x)
            if who:
                w.para(f"— {who}", indent=2, color=w.theme.muted_text)
            if q.context:
                w.para(q.context, indent=2, color=w.theme.muted_text, italic=True)

    if ev.mentions:
        w.heading("Also mentioned")
        for m in ev.mentions:
            w.block()
            w.text(m.name, bold=True)
            if m.context:
                w.text(f" — {m.context}", color=w.theme.muted_text)

    if ev.tags:
        w.heading("Tags")
        w.para(", ".join(ev.tags))

    related = [t.event_by_id[r] for r in ev.related if r in t.event_by_id]
    if related:
        w.heading("Related events")
        for r in related:
            w.block()
            w.link(r.title, f"{EVENT_SCHEME}:{r.id}")
            w.text(f" — {format_date(r.start)}", color=w.theme.muted_text)

    cited = ev.cited_sources()
    sources = [t.source_by_id[s] for s in cited if s in t.source_by_id]
    if sources:
        w.heading("Sources")
        for s in sources:
            w.block()
            w.text(s.title)
            if s.publisher:
                w.text(f", {s.publisher}", color=w.theme.muted_text)
            if s.date is not None:
                w.text(f", {format_date(s.date)}", color=w.theme.muted_text)
            if s.url and is_safe_url(QUrl(s.url)):
                w.text(" ")
                w.link(s.url, s.url)
            if s.note:
                w.para(s.note, indent=1, italic=True, color=w.theme.muted_text)
