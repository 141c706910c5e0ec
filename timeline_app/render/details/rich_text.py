"""The details document as a QTextDocument: the detail pane shows it, print and PDF print it.

Every string from the data goes in through QTextCursor.insertText, as plain text, never markup.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextLength,
    QTextListFormat,
    QTextTableFormat,
)

from timeline_app.render.details.records import Block, BlockKind, Span
from timeline_app.render.fonts import install_fonts

# The colours a document is set in; the pane passes its theme's for the same keys.
ColorKey = Literal["text", "muted", "note", "heading", "inferred", "link", "background", "chip"]
PRINT_COLORS: dict[ColorKey, str] = {
    "text": "#1d2433", "muted": "#5b6475", "note": "#5b6475", "heading": "#3b4a63",
    "inferred": "#8a5a00", "link": "#1f5fbf", "background": "#ffffff", "chip": "#eef1f5"}

METADATA_SIZE = 0.88  # the one muted size for metadata, markers and labels
LINE_HEIGHT = 140  # percent: generous leading for body text


class BlockStyle(NamedTuple):
    size: float  # times the document's point size
    bold: bool
    italic: bool
    color: ColorKey
    top: int  # margins, px
    bottom: int
    indent: int  # in indent steps
    line: int  # line height, percent


_STYLE: dict[BlockKind, BlockStyle] = {
    "doc-title": BlockStyle(1.6, True, False, "text", 0, 6, 0, 115),
    "intro": BlockStyle(1.0, False, True, "muted", 0, 8, 0, LINE_HEIGHT),
    "when": BlockStyle(METADATA_SIZE, True, False, "heading", 30, 2, 0, 120),
    "title": BlockStyle(1.45, True, False, "text", 0, 6, 0, 115),
    "meta": BlockStyle(METADATA_SIZE, False, False, "text", 2, 8, 0, 150),
    "summary": BlockStyle(1.0, False, False, "text", 4, 2, 0, LINE_HEIGHT),
    "heading": BlockStyle(1.0, True, False, "heading", 16, 4, 0, 120),
    "entry": BlockStyle(1.0, False, False, "text", 8, 0, 0, LINE_HEIGHT),
    "body": BlockStyle(1.0, False, False, "text", 2, 0, 0, LINE_HEIGHT),
    "item": BlockStyle(1.0, False, False, "text", 2, 1, 1, LINE_HEIGHT),
    "group": BlockStyle(METADATA_SIZE, False, False, "muted", 8, 2, 0, 130),
    "row": BlockStyle(1.0, False, False, "text", 0, 0, 0, 130),
    "quote": BlockStyle(1.15, False, True, "text", 8, 2, 1, LINE_HEIGHT),
    "attribution": BlockStyle(METADATA_SIZE, False, False, "muted", 2, 0, 1, 130),
    "context": BlockStyle(METADATA_SIZE, False, True, "muted", 0, 4, 1, 130),
    "note": BlockStyle(METADATA_SIZE, False, True, "note", 2, 2, 0, 130),
    "small": BlockStyle(METADATA_SIZE, False, False, "muted", 2, 2, 0, 130),
    "footnote": BlockStyle(METADATA_SIZE, False, False, "text", 3, 0, 1, 130),
    "para": BlockStyle(1.0, False, False, "text", 4, 2, 0, LINE_HEIGHT),
}
_BOXED = {"chip", "label", "badge"}  # drawn as small tinted boxes: padded with no-break spaces
_PROPORTIONAL = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value


def _mix(a: str, b: str, t: float) -> QColor:
    """The colour `t` of the way from a to b."""
    ca, cb = QColor(a), QColor(b)
    return QColor.fromRgbF(*(x + (y - x) * t for x, y in zip(ca.getRgbF()[:3], cb.getRgbF()[:3], strict=True)))


def text_document(blocks: list[Block], family: str = "DejaVu Sans", point_size: float = 10.0,
                  colors: dict[str, str] | None = None, links: bool = False) -> QTextDocument:
    """The blocks as a QTextDocument, every string inserted as plain text.

    The detail pane shows the same document with the theme's `colors` and `links` on
    (related events, markers and web sources become clickable; web addresses are not written
    out); print and PDF use PRINT_COLORS and write the addresses.
    """
    install_fonts(family)  # Hangul from the bundled font, whatever the system has
    writer = _Writer(family, point_size, {**PRINT_COLORS, **(colors or {})}, links)
    i = 0
    while i < len(blocks):
        if blocks[i].kind == "row":
            # A run of rows is one two-column table: country, then what is in it.
            rows = [blocks[i]]
            while i + len(rows) < len(blocks) and blocks[i + len(rows)].kind == "row":
                rows.append(blocks[i + len(rows)])
            writer.table(rows)
            i += len(rows)
        else:
            writer.paragraph(blocks[i])
            i += 1
    return writer.doc


class _Writer:
    """Writes blocks into one QTextDocument, block after block, at its cursor."""

    def __init__(self, family: str, point_size: float, colors: dict[str, str], links: bool):
        self.colors = colors
        self.links = links
        self.point_size = point_size
        self.doc = QTextDocument()
        self.base = QFont(family)
        self.base.setPointSizeF(point_size)
        self.doc.setDefaultFont(self.base)
        self.doc.setIndentWidth(18)
        self.cursor = QTextCursor(self.doc)
        self.fresh = True  # the cursor sits in an empty block to fill (the first, or the one after a table)
        self.events_seen = 0
        self.lists: dict[tuple, object] = {}  # the open lists, by (kind, level, numbered)

    def block_format(self, kind: BlockKind, indent: int) -> tuple[QTextBlockFormat, QFont, ColorKey]:
        """The paragraph format, font and colour key of a block of `kind`."""
        style = _STYLE.get(kind, _STYLE["para"])
        bf = QTextBlockFormat()
        bf.setTopMargin(0 if self.doc.isEmpty() else style.top)
        bf.setBottomMargin(style.bottom)
        bf.setIndent(style.indent + indent)
        bf.setLineHeight(style.line, _PROPORTIONAL)
        if kind == "when" and self.events_seen:
            # On paper each event starts a page, like a slide: its date line never strands at the
            # foot of the page before its title (the screen ignores page breaks).
            bf.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        self.events_seen += kind == "when"
        font = QFont(self.base)
        font.setPointSizeF(self.point_size * style.size)
        font.setBold(style.bold)
        font.setItalic(style.italic)
        return bf, font, style.color

    def plain_format(self, font: QFont, fg: ColorKey) -> QTextCharFormat:
        # A block's own character format colours its list bullet: never the last run's colour.
        cf = QTextCharFormat()
        cf.setFont(font)
        cf.setForeground(QColor(self.colors[fg]))
        return cf

    def start_block(self, bf: QTextBlockFormat, font: QFont, fg: ColorKey, set_char_format: bool = True) -> None:
        """A new paragraph at the cursor (the empty one it sits in, when fresh)."""
        if self.fresh:
            self.cursor.setBlockFormat(bf)
            if set_char_format:
                self.cursor.setBlockCharFormat(self.plain_format(font, fg))
        else:
            self.cursor.insertBlock(bf, self.plain_format(font, fg))

    def paragraph(self, b: Block) -> None:
        bf, font, fg = self.block_format(b.kind, b.indent)
        self.start_block(bf, font, fg)
        self.fresh = False
        if b.kind in ("item", "footnote"):
            self._join_list(b)
        elif not (b.kind == "small" and b.indent):  # a source's note keeps the numbering going
            self.lists = {}
        self.insert_spans(self.cursor, b, font, fg)

    def _join_list(self, b: Block) -> None:
        """Make the cursor's block an entry of a real list: its bullets or numbers hang, so
        wrapped lines start under the text."""
        level = _STYLE[b.kind].indent + b.indent
        key = (b.kind, level, b.label.isdigit())
        self.lists = {k: v for k, v in self.lists.items() if k[1] <= level}
        if key in self.lists:
            self.lists[key].add(self.cursor.block())
            return
        lf = QTextListFormat()
        if b.kind == "footnote":
            lf.setStyle(QTextListFormat.Style.ListDecimal if b.label.isdigit() else QTextListFormat.Style.ListLowerAlpha)
            lf.setNumberSuffix(".")
        else:
            lf.setStyle(QTextListFormat.Style.ListDisc if level <= 1 else QTextListFormat.Style.ListCircle)
        lf.setIndent(level)
        self.lists[key] = self.cursor.createList(lf)

    def table(self, rows: list[Block]) -> None:
        """Rows as a borderless two-column table: the row's label (a country), then its text."""
        bf, font, fg = self.block_format("row", 0)
        self.start_block(bf, font, fg, set_char_format=False)
        tf = QTextTableFormat()
        tf.setBorder(0)
        tf.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_None)
        tf.setCellPadding(2)
        tf.setCellSpacing(0)
        tf.setLeftMargin(self.doc.indentWidth())
        tf.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        tf.setColumnWidthConstraints([QTextLength(QTextLength.Type.PercentageLength, 32),
                                      QTextLength(QTextLength.Type.PercentageLength, 68)])
        table = self.cursor.insertTable(len(rows), 2, tf)
        for r, row in enumerate(rows):
            for col, (content, color) in enumerate(((Block("row", row.label), "muted"), (row, fg))):
                cell = table.cellAt(r, col).firstCursorPosition()
                cbf = QTextBlockFormat()
                cbf.setLineHeight(_STYLE["row"].line, _PROPORTIONAL)
                cell.setBlockFormat(cbf)
                cell.setBlockCharFormat(self.plain_format(font, color))
                self.insert_spans(cell, content, font, color)
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        self.fresh, self.lists = True, {}

    def insert_spans(self, cur: QTextCursor, b: Block, font: QFont, fg: ColorKey) -> None:
        for span in b.parts():
            if span.style == "url" and self.links:
                continue  # the pane links the title instead of writing the address out
            cf, text = self.span_format(span, b, font, fg)
            # insertText: plain text, never markup; a newline in the data becomes a line break.
            cur.insertText(text.replace("\n", "\u2028"), cf)

    def span_format(self, span: Span, b: Block, font: QFont, fg: ColorKey) -> tuple[QTextCharFormat, str]:
        """The character format of a run in block `b`, and its text as inserted."""
        c = self.colors
        cf = QTextCharFormat()
        f = QFont(font)
        color = c[fg]
        text = span.text
        if span.style == "strong":
            f.setBold(True)
        elif span.style == "emph":
            f.setItalic(True)
        elif span.style in ("muted", "url"):
            color = c["muted"]
        elif span.style in ("cite", "mark"):
            cf.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
            f.setBold(False)
            f.setItalic(False)
            color = c["link"]
        elif span.style in _BOXED:
            color = self._boxed(span, b, font, f, cf)
            text = "\u00a0" + text + "\u00a0"
        cf.setFont(f)
        if span.tip:
            cf.setToolTip(span.tip)
        if span.anchor:
            cf.setAnchor(True)
            cf.setAnchorNames([span.anchor])
        if self.links and span.href:
            cf.setAnchor(True)
            cf.setAnchorHref(span.href)
            if span.style not in ("cite", "mark"):
                cf.setFontUnderline(True)
            color = c["link"]
        cf.setForeground(QColor(color))
        return cf, text

    def _boxed(self, span: Span, b: Block, font: QFont, f: QFont, cf: QTextCharFormat) -> str:
        """Set `f` and `cf` for a chip, label or badge (a small tinted box); returns its text colour."""
        c = self.colors
        f.setPointSizeF(font.pointSizeF() * (1.0 if span.style == "chip" else 0.85) * (METADATA_SIZE if b.kind not in ("meta", "group") else 1.0))
        f.setBold(False)
        f.setItalic(False)
        if span.style == "badge":
            cf.setBackground(_mix(c["background"], c["inferred"], 0.16))
            return c["inferred"]
        if span.style == "label":
            cf.setBackground(QColor(c["chip"]))
            return c["muted"]
        cf.setBackground(_mix(c["background"], span.color, 0.22) if span.color else QColor(c["chip"]))
        return c["text"]
