"""Problems found in a timeline file, each naming its place (file, JSON path, line)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

# Characters a terminal or a log would act on rather than show: C0 and C1 controls, DEL, lone
# surrogates (which cannot even be printed as UTF-8), and the bidirectional overrides that
# reorder what is shown.
UNSAFE_CHARS = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_QUOTED_RUN = re.compile(r'"[^"]{81,}"|\'[^\']{81,}\'')
_LONG_WORD = re.compile(r'[^\s"\']{81,}')
MAX_QUOTE_CHARS = 80  # a value quoted in a message is cut to this many characters
MAX_MESSAGE_CHARS = 600  # and a whole message (a place and what is wrong) to this many


_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(m: re.Match) -> str:
    code = ord(m.group(0))
    if m.group(0) in _NAMED:
        return _NAMED[m.group(0)]
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe_text(text: str, limit: int = MAX_MESSAGE_CHARS) -> str:
    """Text fit for a message: control characters shown escaped (ESC as \\x1b), values quoted in
    it cut to about 80 characters with "…", and the whole cut to `limit`."""
    if len(text) > 4 * limit:
        text = text[: 4 * limit]
    if text.isprintable():  # no control, format or surrogate character: the usual case, at C speed
        if len(text) <= MAX_QUOTE_CHARS:
            return text
    else:
        text = UNSAFE_CHARS.sub(_escape, text)
    text = _QUOTED_RUN.sub(lambda m: m.group(0)[: MAX_QUOTE_CHARS - 1] + "…" + m.group(0)[-1], text)
    text = _LONG_WORD.sub(lambda m: m.group(0)[: MAX_QUOTE_CHARS - 1] + "…", text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


CONTEXT = "problems"  # the translation context of every message template
Translate = Callable[[str, str], str]  # (context, English text) -> the text in the reader's language


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 -- the name lupdate looks for
    """Marks `text` for pyside6-lupdate (resources/translations/update) without importing Qt; the
    text is translated where it is shown (ui/translation.py, the command line)."""
    return text


def _english(context: str, text: str) -> str:
    return text


class Message:
    """A message as a template (English, marked with QT_TRANSLATE_NOOP) and its values, so that
    it can be said in the reader's language: `Message(QT_TRANSLATE_NOOP("problems", "{value} is
    out of range ({low} to {high})"), value="13", low=1, high=12)`. A value may be a Message."""

    __slots__ = ("template", "params")

    def __init__(self, template: str, **params) -> None:
        self.template = template
        self.params = params

    def text(self, tr: Translate = _english) -> str:
        values = {k: v.text(tr) if isinstance(v, Message) else v for k, v in self.params.items()}
        said = tr(CONTEXT, self.template)
        if said != self.template:
            try:
                return said.format(**values)
            except (KeyError, IndexError, ValueError):  # a translation that lost a field: say it in English
                pass
        return self.template.format(**values)

    def __str__(self) -> str:
        return self.text()

    def __repr__(self) -> str:
        return f"Message({self.template!r}, **{self.params!r})"


@dataclass(frozen=True)
class Problem:
    """One error or warning: where it is and what is wrong, in one sentence.

    `message` is always the English text (logs, `str(problem)`, tests); given a Message, the
    problem also keeps it (`said`) so that `text(tr)` can say it in the reader's language."""

    path: str  # JSON path such as "events[2].start", or "" for the whole file
    message: str | Message
    line: int | None = None
    column: int | None = None
    said: Message | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if isinstance(self.message, Message):
            object.__setattr__(self, "said", self.message)
            object.__setattr__(self, "message", self.message.text())
        # Every message is made safe once, here, wherever its text came from.
        object.__setattr__(self, "path", safe_text(self.path, 200))
        object.__setattr__(self, "message", safe_text(self.message))

    def where(self) -> str | Message:
        """The place: a JSON path (the same in every language) or a line in the file."""
        if self.line is None:
            return self.path
        if self.column is None:
            return Message(QT_TRANSLATE_NOOP("problems", "line {line}"), line=self.line)
        return Message(QT_TRANSLATE_NOOP("problems", "line {line}, column {column}"), line=self.line, column=self.column)

    def place(self, tr: Translate = _english) -> str:
        where = self.where()
        return where.text(tr) if isinstance(where, Message) else where

    def text(self, tr: Translate = _english) -> str:
        """"place: message", in the language `tr` speaks (English by default)."""
        if tr is _english:
            message = self.message
        elif self.said is not None:
            message = safe_text(self.said.text(tr))
        else:  # a message without values is its own template (marked where it is written)
            message = safe_text(tr(CONTEXT, self.message))
        place = self.place(tr)
        return f"{place}: {message}" if place else message

    def __str__(self) -> str:
        return self.text()


class TimelineError(Exception):
    """A file that cannot be opened as a timeline; carries every problem found."""

    def __init__(self, source: str | Path | None, problems: list[Problem]):
        self.source = str(source) if source is not None else None
        self.problems = problems
        super().__init__(self.message())

    def message(self, limit: int = 10, tr: Translate = _english) -> str:
        """One clear message: the file, then each problem with its place."""
        head = f"{safe_text(self.source, 300)}: " if self.source else ""
        if len(self.problems) == 1:
            return head + self.problems[0].text(tr)
        lines = [head + tr(CONTEXT, QT_TRANSLATE_NOOP("problems", "{count} problems")).format(count=len(self.problems))]
        lines += [f"  {p.text(tr)}" for p in self.problems[:limit]]
        if len(self.problems) > limit:
            more = tr(CONTEXT, QT_TRANSLATE_NOOP("problems", "... and {count} more"))
            lines.append("  " + more.format(count=len(self.problems) - limit))
        return "\n".join(lines)


def json_path(loc: tuple) -> str:
    """Turn a pydantic/JSON location tuple into "events[2].start"."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


_NUMBERS = re.compile(r"\d+")
_QUOTED = re.compile(r'"[^"]*"|\'[^\']*\'')
SUMMARY_AFTER = 3  # more warnings than this of one kind become one line


def summarise(problems: list[Problem], keep: int = SUMMARY_AFTER) -> list[Problem]:
    """Warnings of one kind (the same message at places that differ only in their numbers, such
    as an unknown key on every event) said a few times, then once with their count:
    "events[*].x_note: unknown key, ignored (1,000,000 times; first at events[0].x_note)"."""
    if len(problems) <= keep:
        return problems
    groups: dict[tuple, list[int]] = {}
    for i, p in enumerate(problems):
        kind = (_NUMBERS.sub("*", p.path), _NUMBERS.sub("*", _QUOTED.sub("…", p.message)))
        groups.setdefault(kind, []).append(i)
    if all(len(members) <= keep for members in groups.values()):
        return problems
    out: list[Problem] = []
    for members in groups.values():
        first = problems[members[0]]
        if len(members) <= keep:
            out += [problems[i] for i in members]
            continue
        out.append(summary_of(first, len(members)))
    return out


def summary_of(first: Problem, count: int) -> Problem:
    """The one line that stands for `count` problems of the kind of `first` (see summarise)."""
    path = _QUOTED.sub("", _NUMBERS.sub("*", first.path)).strip() if first.line is None else ""
    said = first.said or FixedMessage(first.message)
    if first.place():
        return Problem(path, Message(QT_TRANSLATE_NOOP("problems", "{message} ({count:,} times; first at {place})"),
                                     message=said, count=count, place=first.where()))
    return Problem(path, Message(QT_TRANSLATE_NOOP("problems", "{message} ({count:,} times; first shown)"),
                                 message=said, count=count))


class FixedMessage(Message):
    """A message without values, which is its own template (no fields to fill, braces as written)."""

    def text(self, tr: Translate = _english) -> str:
        return tr(CONTEXT, self.template)
