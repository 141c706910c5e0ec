"""TimelineJS media objects to sources and quotes: a link becomes a source, an HTML blockquote
embed a quote with its speaker; thumbnails are dropped with a warning."""

from __future__ import annotations

import re
from typing import Any

from timeline_app.importers.builder import long_text, short
from timeline_app.importers.html_text import html_to_text, looks_like_html, web_url
from timeline_app.model.load import shown


class MediaReader:
    """The media part of timelinejs_json._Slides (which provides text, b, locate, warn and drop)."""

    def media_sources(self, media: Any, headline: str, kind: str, index: int) -> tuple[list[str], list[dict]]:
        """Sources (ids) and quotes from a media object."""
        ids: list[str] = []
        quotes: list[dict] = []
        if not isinstance(media, dict):
            return ids, quotes
        caption = self.text(media.get("caption"))
        credit = self.text(media.get("credit"))
        url = media.get("url")
        title = caption.text or headline
        if isinstance(url, str) and url.strip():
            url = url.strip()
            link = web_url(url)
            if link:
                ids.append(self.b.source(link, title=title, publisher=credit.text or None))
            elif looks_like_html(url):
                ids_q, quote = self._embed(url, title, credit.text, kind, index)
                ids += ids_q
                if quote:
                    quotes.append(quote)
            else:
                path, line = self.locate(kind, index, "media.url")
                self.warn(path, f"{short(url)[:80]!r} is not an http(s) link; dropped", line)
        for extra in (media.get("link"),):
            if isinstance(extra, str) and web_url(extra):
                ids.append(self.b.source(web_url(extra), title=title, publisher=credit.text or None))
            elif isinstance(extra, str) and extra.strip():
                path, line = self.locate(kind, index, "media.link")
                self.warn(path, f"{shown(extra, 80)} is not an http(s) link; dropped", line)
        for link in caption.links + credit.links:
            ids.append(self.b.source(link.url, title=link.text or None))
        if isinstance(media.get("thumbnail"), str) and media["thumbnail"].strip():
            self.drop("media thumbnails")
        return _unique(ids), quotes

    def _embed(self, html: str, title: str, credit: str, kind: str, index: int) -> tuple[list[str], dict | None]:
        plain = html_to_text(html)
        ids = [self.b.source(link.url, title=link.text or title) for link in plain.links]
        if re.match(r"\s*<blockquote", html, re.IGNORECASE) and plain.text:
            speaker = html_to_text(_cite(html)).text
            text = plain.text
            if speaker and text.endswith(speaker):
                text = text[: -len(speaker)].rstrip(" \n\u2014-")
            quote: dict[str, Any] = {"text": long_text(text or plain.text)}
            if speaker:
                name, _, role = speaker.partition(",")
                quote["speaker"] = short(name.strip(" \u2014-"))
                if role.strip():
                    quote["speaker_title"] = short(role.strip())
            if credit:
                quote["context"] = long_text(credit)
            return ids, quote
        if not ids:
            path, line = self.locate(kind, index, "media.url")
            self.warn(path, "an HTML embed with no link in it; dropped", line)
        return ids, None


def _cite(html: str) -> str:
    """The content of the first <cite>...</cite>, or "" (found with str.find: a regex search scans
    to the end from every "<cite" of a text that never closes one)."""
    low = html.lower()
    start = low.find("<cite")
    opened = low.find(">", start) if start != -1 else -1
    end = low.find("</cite>", opened) if opened != -1 else -1
    return html[opened + 1:end] if end != -1 else ""


def _unique(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(ids))  # in order, without repeats, in linear time
