"""HTML fragments (TimelineJS text, captions, credits) to plain text, keeping the links."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

# Tags that start a new line when they open or close; everything else flows inline.
_BLOCK = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
    "nav", "ol", "p", "pre", "section", "table", "tr", "ul",
}
# Their content is code or styling, never text a reader should see.
_SKIP = {"script", "style", "template", "noscript"}


@dataclass(frozen=True)
class Link:
    url: str
    text: str


@dataclass
class PlainText:
    """The text a reader sees, and the http(s) links it held, in order, without repeats."""

    text: str
    links: list[Link] = field(default_factory=list)


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[Link] = []
        self._urls: set[str] = set()
        self._href: list[str | None] = []
        self._anchor_text: list[list[str]] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _SKIP:
            self._skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n")
        if tag == "a":
            # Links do not nest in HTML: a new <a> ends the open one (as browsers parse it), so
            # a text of many unclosed anchors costs no more than one of closed anchors.
            if self._href:
                self.handle_endtag("a")
            self._href.append(dict(attrs).get("href"))
            self._anchor_text.append([])
        elif tag in ("iframe", "img", "embed", "source", "video", "audio"):
            src = dict(attrs).get("src")
            if src:
                self._add_link(src, dict(attrs).get("alt") or dict(attrs).get("title") or "")

    def handle_startendtag(self, tag: str, attrs) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in ("a",):
            return
        self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")
        if tag == "a" and self._href:
            href = self._href.pop()
            text = "".join(self._anchor_text.pop())
            if href:
                self._add_link(href, text)

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        self.parts.append(data)
        for bucket in self._anchor_text:
            bucket.append(data)

    def _add_link(self, href: str, text: str) -> None:
        url = web_url(href)
        if url is None or url in self._urls:
            return
        self._urls.add(url)
        self.links.append(Link(url, " ".join(text.split())))


def web_url(href: str) -> str | None:
    """An http(s) URL from an href ("//host/x" becomes https), or None for anchors, mailto, paths."""
    href = href.strip()
    if href.startswith("//"):
        href = "https:" + href
    if re.match(r"https?://\S+$", href, re.IGNORECASE) and len(href) <= 2048:
        scheme, rest = href.split(":", 1)
        return scheme.lower() + ":" + rest
    return None


# A "<" with no ">" before the next "<" (or the end) opens no tag. html.parser would look for
# that tag's end from each one, to the end of the text (quadratic in "<cite<cite<cite..."), so
# such a "<" is read as the text it is. The lookahead stops at the next "<" or ">": linear.
_UNCLOSED = re.compile(r"<(?=[^<>]*(?:<|$))")


def _parsed(fragment: str) -> _Collector:
    fragment = _UNCLOSED.sub("&lt;", fragment)
    parser = _Collector()
    try:
        parser.feed(fragment)
        parser.close()
    except AssertionError:
        # html.parser asserts on some declarations ("<![d" is an "unknown status keyword"):
        # read them as text, as a browser shows a bogus declaration's content.
        parser = _Collector()
        parser.feed(fragment.replace("<!", "&lt;!"))
        parser.close()
    return parser


def html_to_text(fragment: str) -> PlainText:
    """Strip tags, decode entities, keep paragraphs as blank-line breaks; collect link URLs."""
    if "<" not in fragment and "&" not in fragment:
        raw, links = fragment, []  # no markup: what the parser would hand back, without its cost
    else:
        parser = _parsed(fragment)
        raw, links = "".join(parser.parts), parser.links
    lines = [" ".join(line.split()) for line in raw.split("\n")]
    # Block tags give runs of empty lines; keep at most one blank line between paragraphs.
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return PlainText(text, links)


_TAG_START = re.compile(r"<[a-zA-Z]")


def looks_like_html(text: str) -> bool:
    """True when a field holds markup rather than a bare URL or plain words."""
    # "<[a-zA-Z][^>]*>" as a search would scan to the end from every "<a" of a text without ">".
    tag = _TAG_START.search(text)
    return tag is not None and text.find(">", tag.end()) != -1
