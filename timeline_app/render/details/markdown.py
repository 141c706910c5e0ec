"""The details document as Markdown (CommonMark, tables as in GitHub Markdown), every text
escaped so a renderer shows it as written."""

from __future__ import annotations

import re
from collections.abc import Iterable

from timeline_app.exporters.plain import text_lines
from timeline_app.model import Event, Timeline
from timeline_app.render.details.builder import document_blocks
from timeline_app.render.details.records import Block, Span

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<|~])")
_MD_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_MD_LINE_START = re.compile(r"^(\s*)([-+=>#]|\d+[.)](?=\s|$))")
_SUPERSCRIPT = str.maketrans("0123456789abcdefghijklmnoprstuvwxyz", "⁰¹²³⁴⁵⁶⁷⁸⁹ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ")


def md_escape(text: str) -> str:
    """Plain text that a Markdown renderer shows as written (no emphasis, links, HTML, lists)."""
    text = text_lines(text)  # no control characters (an ESC, a NUL) reach the file; any line break is LF
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = _MD_ENTITY.sub(r"\\&", text)
    return "\n".join(_MD_LINE_START.sub(lambda m: m.group(1) + m.group(2)[:-1] + "\\" + m.group(2)[-1], line, 1)
                     for line in text.splitlines() or [""])


def _md_wrap(text: str, mark: str) -> str:
    """`text` (escaped) in emphasis marks, with its outer spaces left outside them."""
    core = text.strip()
    if not core:
        return text
    lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()):]
    return f"{lead}{mark}{core}{mark}{trail}"


def _md_span(s: Span) -> str:
    if s.style == "cite":
        return s.text.translate(_SUPERSCRIPT)
    if s.style == "mark":
        return s.text.translate(_SUPERSCRIPT) if s.text.isalpha() and "q" not in s.text else f"^{s.text}"
    if s.style == "badge":
        return "*(inferred)*"
    if s.style == "url":
        # An autolink is taken literally (no escapes); the model admits only http(s) URLs without spaces.
        url = s.text.strip()
        return f" <{url}>" if "<" not in url and ">" not in url else " " + md_escape(url)
    if not s.style and s.text and not s.text.strip():
        return " · " if len(s.text) > 1 else s.text  # "  " separates chips and labels
    text = md_escape(s.text.replace("\u00a0", " "))
    if s.style == "strong":
        return _md_wrap(text, "**")
    if s.style in ("emph", "label"):
        return _md_wrap(text, "*")
    return text


def _md_text(b: Block) -> str:
    return "".join(_md_span(s) for s in b.parts())


def _md_cell(b: Block) -> str:
    return " ".join(_md_text(b).split())


def _markdown_order(blocks: list[Block]) -> list[Block]:
    """A Markdown section starts at its heading: the date line follows the event's title there."""
    out = list(blocks)
    for i in range(len(out) - 1):
        if out[i].kind == "when" and out[i + 1].kind == "title":
            out[i], out[i + 1] = out[i + 1], out[i]
    return out


def markdown(blocks: list[Block]) -> str:
    """The blocks as CommonMark text (tables as in GitHub Markdown)."""
    out: list[str] = []

    def para(lines: list[str]) -> None:
        if out and out[-1] != "":
            out.append("")
        out.extend(lines)

    def lines(text: str, prefix: str, cont: str) -> list[str]:
        rows = text.splitlines() or [""]
        return [prefix + rows[0]] + [cont + row for row in rows[1:]]

    prev = None
    for b in _markdown_order(blocks):
        text = _md_text(b)
        if b.kind == "doc-title":
            para(lines(text, "# ", ""))
        elif b.kind == "title":
            para(lines(text, "## ", ""))
        elif b.kind == "heading":
            para(lines(text, "### ", ""))
        elif b.kind == "when":
            para(lines(_md_wrap(md_escape(b.parts()[0].text), "**") + "".join(_md_span(s) for s in b.parts()[1:]), "", ""))
        elif b.kind == "small" and prev == "footnote":  # a source's note: part of its numbered entry
            out[-1] += "\\"  # a hard line break
            out.extend(f"   {_md_wrap(line, '*')}" for line in text.splitlines())
            continue  # the numbered list goes on
        elif b.kind in ("note", "small"):
            para([_md_wrap(line, "*") for line in lines(text, "", "")])
        elif b.kind == "item":
            pad = "  " * b.indent
            item = lines(text, pad + "- ", pad + "  ")
            out.extend(item) if prev == "item" else para(item)  # list entries stay together
        elif b.kind == "footnote":
            entry = lines(text, f"{b.label}. " if b.label.isdigit() else f"- *{b.label}.* ", "   ")
            out.extend(entry) if prev == "footnote" else para(entry)
        elif b.kind == "row":
            if prev != "row":
                para(["| Country | Organizations |", "| --- | --- |"])
            out.append(f"| {md_escape(' '.join(b.label.split()))} | {_md_cell(b)} |")
        elif b.kind in ("quote", "attribution", "context"):
            quoted = lines(_md_wrap(text, "*") if b.kind == "context" else text, "> ", "> ")
            if b.kind != "quote" and prev in ("quote", "attribution"):
                out.append(">")
                out.extend(quoted)
            else:
                para(quoted)
        else:  # intro, meta, summary, entry, body, group, para
            para(lines(text, "", ""))
        prev = b.kind
    return "\n".join(out).rstrip() + "\n"


def details_markdown(timeline: Timeline, events: Iterable[Event], lang: str = "en") -> str:
    """The details of `events` as one Markdown document."""
    return markdown(document_blocks(timeline, events, lang))
