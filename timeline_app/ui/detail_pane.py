"""DetailPane: the selected event as a reading page (the same blocks as the printed details).

The page itself is built by render/details/ from plain-text blocks; this widget adds what
only a screen has: clickable related events, source and note markers that scroll to the foot,
tooltips (an inferred fact's reason, a marker's source) and the search term highlighted.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QColor, QDesktopServices, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QToolTip, QWidget

from timeline_app.model import Event, Timeline
from timeline_app.model.query import fold
from timeline_app.render.details.builder import event_blocks
from timeline_app.render.details.records import Block
from timeline_app.render.details.rich_text import text_document
from timeline_app.ui import language
from timeline_app.ui.language_follow import follow_language
from timeline_app.render.theme import LIGHT, Theme
from timeline_app.viewmodel import ViewModel

SAFE_SCHEMES = {"http", "https", "mailto"}
EVENT_SCHEME = "event"


def is_safe_url(url: QUrl) -> bool:
    """Only web and mail links may leave the app."""
    return url.isValid() and url.scheme().lower() in SAFE_SCHEMES


def _folded_with_positions(text: str) -> tuple[str, list[int]]:
    """fold(text) and, for each folded character, the index of the character it came from."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        f = fold(ch) if not ch.isascii() else ch.lower()
        out.append(f)
        where += [i] * len(f)
    return "".join(out), where


def highlight_words(doc: QTextDocument, query: str, color: QColor) -> int:
    """Mark every occurrence of each word of `query` in `doc` (matched as search matches: case-
    and accent-blind); returns how many were marked."""
    words = sorted({w for w in fold(query).split() if w}, key=len, reverse=True)
    if not words:
        return 0
    mark = QTextCharFormat()
    mark.setBackground(color)
    count = 0
    block = doc.begin()
    while block.isValid():
        folded, where = _folded_with_positions(block.text())
        for word in words:
            start = folded.find(word)
            while start >= 0:
                first, last = where[start], where[start + len(word) - 1]
                cur = QTextCursor(doc)
                cur.setPosition(block.position() + first)
                cur.setPosition(block.position() + last + 1, QTextCursor.MoveMode.KeepAnchor)
                cur.mergeCharFormat(mark)
                count += 1
                start = folded.find(word, start + len(word))
        block = block.next()
    return count


class DetailPane(QTextBrowser):
    """Read-only, selectable, screen-reader friendly text; data is inserted as plain text."""

    relatedActivated = Signal(str)  # an event id the user clicked in "Related"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.setAccessibleName(self.tr("Event details"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor)
        self.setMinimumWidth(280)
        self._event_id: str | None = None
        self._shown: tuple[Event | None, Timeline | None] = (None, None)
        self._highlight = ""
        self.theme = LIGHT
        self.show_event(None, None)
        follow_language(self, self._on_language)

    def _on_language(self, _code: str) -> None:
        self.show_event(*self._shown)

    def set_theme(self, theme: Theme) -> None:
        """Redraw in the theme's colours (the widget's own background follows the palette)."""
        self.theme = theme
        self.show_event(*self._shown)

    def listen(self, model: ViewModel) -> None:
        """Show the view model's selected event (and again when a reload brings it anew), with
        the words of its search highlighted; a click on a related event selects it there."""
        def show_selected(*_args) -> None:
            ev = model.selected_event
            if self.shown_event is not ev:
                self.show_event(ev, model.timeline)

        def highlight() -> None:
            self.set_highlight(model.search.query if model.search.active else "")

        model.selection.changed.connect(show_selected)
        model.timeline_changed.connect(show_selected)
        model.search.changed.connect(highlight)
        self.relatedActivated.connect(model.selection.select)

    def set_highlight(self, text: str) -> None:
        """Highlight the words of the current search in the page ("" for none)."""
        if text != self._highlight:
            self._highlight = text
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
        elif not url.scheme() and url.hasFragment():
            self.scrollToAnchor(url.fragment())  # a source or note marker: to its entry at the foot
        elif is_safe_url(url):
            QDesktopServices.openUrl(url)
        # Anything else (javascript:, file:, ...) is ignored: never opened.

    def show_event(self, event: Event | None, timeline: Timeline | None) -> None:
        """Fill the pane with `event` (or a hint when nothing is selected)."""
        self._event_id = event.id if event else None
        self._shown = (event, timeline)
        if event is None or timeline is None:
            blocks = [Block("note", self.tr("Select an event on the timeline or in the list to read about it here."))]
            self.setAccessibleDescription(self.tr("No event selected"))
        else:
            blocks = event_blocks(event, timeline, language.current())
            self.setAccessibleDescription(self.tr("Details of {0}").format(event.title))
        font = self.font()
        size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
        doc = text_document(blocks, font.family(), size, self._colors(), links=True)
        if event is not None:
            highlight_words(doc, self._highlight, QColor(self.theme.match))
        doc.setParent(self)
        doc.setDocumentMargin(16)
        self.setDocument(doc)

    def tooltip_at(self, pos: QPoint) -> str:
        """The tooltip of the text under `pos` (viewport coordinates): "" over plain text."""
        point = QPointF(pos) + QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        at = self.document().documentLayout().hitTest(point, Qt.HitTestAccuracy.ExactHit)
        if at < 0:
            return ""
        cur = QTextCursor(self.document())
        for p in (at + 1, at):  # the character right of the hit, else the one left of it
            if 0 < p < self.document().characterCount():
                cur.setPosition(p)
                if tip := cur.charFormat().toolTip():
                    return tip
        return ""

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip:
            tip = self.tooltip_at(event.pos())
            if tip:
                # Data text shown as text: escaped, never read as markup.
                QToolTip.showText(event.globalPos(), f"<p>{html.escape(tip).replace(chr(10), '<br>')}</p>", self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def _colors(self) -> dict[str, str]:
        t = self.theme
        return {"text": t.text, "muted": t.muted_text, "note": t.muted_text, "heading": t.heading,
                "inferred": t.inferred, "link": t.link, "background": t.background, "chip": t.axis_background}
