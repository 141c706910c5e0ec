"""DetailPane: everything known about the selected event, as plain text with a few links.

It shows the same blocks as the printed and Markdown event details (render/document.py).
"""

from __future__ import annotations


from PySide6.QtCore import QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTextBrowser, QWidget

from timeline_app.model import Event, Timeline
from timeline_app.render.document import Block, event_blocks, text_document
from timeline_app.render.theme import LIGHT, Theme

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
        if event is None or timeline is None:
            blocks = [Block("note", "Select an event on the timeline or in the list to read about it here.")]
            self.setAccessibleDescription("No event selected")
        else:
            blocks = event_blocks(event, timeline)
            self.setAccessibleDescription(f"Details of {event.title}")
        font = self.font()
        size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
        doc = text_document(blocks, font.family(), size, self._colors(), links=True)
        doc.setParent(self)
        doc.setDocumentMargin(12)
        self.setDocument(doc)

    def _colors(self) -> dict[str, str]:
        t = self.theme
        return {"text": t.text, "muted": t.muted_text, "note": t.muted_text, "heading": t.heading,
                "inferred": t.inferred, "link": t.link}
