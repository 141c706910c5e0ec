"""The records a timeline holds (events and what they cite), plain pydantic, no Qt.

The Timeline itself, which holds them, is in model/timeline.py; model/table.py keeps events as
columns and builds these Event records on demand."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    PlainValidator,
    WithJsonSchema,
)

from timeline_app.model.limits import MAX_ID_CHARS, MAX_SHORT_TEXT_CHARS, MAX_TEXT_CHARS
from timeline_app.model.problems import QT_TRANSLATE_NOOP, Message
from timeline_app.time import Precision, TimeParseError, TimeValue, parse_time


def _parse_time_field(value: Any) -> TimeValue:
    if isinstance(value, TimeValue):
        return value
    if not isinstance(value, str):
        raise _said(Message(QT_TRANSLATE_NOOP("problems", 'expected a date string like "2019-10-14", got {kind}'),
                            kind=type(value).__name__))
    try:
        return parse_time(value)
    except TimeParseError as exc:
        # pydantic prefixes ValueErrors with "Value error, "; the loader strips that prefix.
        raise _said(Message(exc.template, **exc.params)) from None


def _said(message: Message) -> ValueError:
    """A ValueError for pydantic that keeps its message's template (problem_from_pydantic reads it)."""
    error = ValueError(message.text())
    error.said = message  # type: ignore[attr-defined]
    return error


ISODate = Annotated[
    TimeValue,
    PlainValidator(_parse_time_field),
    PlainSerializer(lambda v: v.to_iso(), return_type=str),
    WithJsonSchema(
        {
            "type": "string",
            "description": (
                "ISO 8601 date or date-time; its precision is what is written "
                "(\"2019\" a year, \"2019-10\" a month, \"2019-10-14\" a day, "
                "\"2019-10-14T15:00+09:00\" a minute). Years before 0 or after 9999 use "
                "the expanded form with a sign (\"-0499\" is 500 BCE, astronomical "
                "numbering; \"-13800000000\")."
            ),
            "pattern": r"^[+-]?\d{4,}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$",
        }
    ),
]

Color = Annotated[str, Field(pattern=r"^#[0-9a-fA-F]{6}$", description="#rrggbb")]
WebUrl = Annotated[
    str,
    Field(pattern=r"^(https?)://\S+$", max_length=2048, description="http or https URL"),
]
Id = Annotated[str, Field(min_length=1, max_length=MAX_ID_CHARS, pattern=r"^\S(.*\S)?$")]
Text = Annotated[str, Field(max_length=MAX_TEXT_CHARS)]
ShortText = Annotated[str, Field(min_length=1, max_length=MAX_SHORT_TEXT_CHARS)]
NATIVE_NAME_HELP = (
    "the name in its own script, as written where it was seen (e.g. Hangul for a Korean "
    "organisation); shown beside the English name, first when the interface speaks that language"
)


class _Record(BaseModel):
    # Unknown keys are kept out of the model but reported as warnings by the loader
    # (a typo like "partcipants" must not vanish silently); the schema forbids them so
    # editors flag them too.
    model_config = ConfigDict(
        extra="ignore",
        frozen=True,
        json_schema_extra={"additionalProperties": False},
    )


class Sourced(_Record):
    """A fact that can cite sources and say honestly that it is inferred."""

    inferred: bool = Field(False, description="true when the fact is inferred rather than stated")
    note: Text | None = Field(None, description="why it is inferred, or other caveats")
    sources: tuple[Id, ...] = Field((), description="ids from the timeline's sources list")


class Source(_Record):
    id: Id
    title: ShortText
    publisher: ShortText | None = None
    url: WebUrl | None = None
    date: ISODate | None = None
    note: Text | None = None


class Category(_Record):
    id: Id
    label: ShortText
    color: Color = "#4a78c2"


class Era(_Record):
    id: Id
    label: ShortText
    start: ISODate
    end: ISODate = Field(description="inclusive")
    color: Color | None = None


class Location(Sourced):
    name: ShortText
    native_name: ShortText | None = Field(None, description=NATIVE_NAME_HELP)
    place: ShortText | None = Field(None, description="city or area")
    country: ShortText | None = None


class Party(Sourced):
    name: ShortText
    native_name: ShortText | None = Field(None, description=NATIVE_NAME_HELP)
    short_name: ShortText | None = None
    role: ShortText | None = Field(None, description='e.g. "signatory", "co-host"')
    country: ShortText | None = None
    description: Text | None = None
    representative: ShortText | None = None


class Participant(Sourced):
    kind: Literal["person", "organization"]
    name: ShortText
    native_name: ShortText | None = Field(None, description=NATIVE_NAME_HELP)
    title: ShortText | None = Field(None, description="a person's title or office")
    affiliation: ShortText | None = None
    country: ShortText | None = None
    sector: ShortText | None = None
    role: ShortText | None = Field(None, description='e.g. "witness", "invited company"')


class Quote(Sourced):
    text: Annotated[str, Field(min_length=1, max_length=MAX_TEXT_CHARS)]
    speaker: ShortText | None = None
    speaker_title: ShortText | None = None
    context: Text | None = None


class Activity(Sourced):
    kind: ShortText = Field(description='e.g. "visit", "seminar"')
    description: Text
    organization: ShortText | None = None
    organization_native_name: ShortText | None = Field(None, description="the organization's " + NATIVE_NAME_HELP)


class Mention(Sourced):
    name: ShortText
    native_name: ShortText | None = Field(None, description=NATIVE_NAME_HELP)
    context: Text | None = None


class Event(_Record):
    id: Id
    title: ShortText
    start: ISODate
    end: ISODate | None = Field(None, description="inclusive: Dec 5-7 is start 12-05, end 12-07")
    date_note: Text | None = Field(None, description='e.g. "Afternoon"')
    category: Id | None = None
    location: Location | None = None
    summary: Text | None = None
    parties: tuple[Party, ...] = ()
    participants: tuple[Participant, ...] = ()
    quotes: tuple[Quote, ...] = ()
    activities: tuple[Activity, ...] = ()
    mentions: tuple[Mention, ...] = ()
    sources: tuple[Id, ...] = ()
    tags: tuple[ShortText, ...] = ()
    related: tuple[Id, ...] = ()
    inferred: bool = Field(False, description="true when the event itself is inferred")
    note: Text | None = None

    @property
    def start_ms(self) -> int:
        return self.start.ms

    @property
    def end_ms(self) -> int:
        """Exclusive end instant: the end of the last unit the event covers."""
        return (self.end or self.start).end_ms

    def cited_sources(self) -> list[str]:
        """Source ids cited by the event or any of its facts, in first-cited order."""
        seen: dict[str, None] = dict.fromkeys(self.sources)
        items: list[Sourced] = [self.location] if self.location else []
        items += [*self.parties, *self.participants, *self.quotes, *self.activities, *self.mentions]
        for item in items:
            seen.update(dict.fromkeys(item.sources))
        return list(seen)

    @property
    def is_point(self) -> bool:
        """Drawn as a mark: a single day (or finer) with no separate end."""
        single = self.end is None or self.end == self.start
        return single and not self.start.precision.coarser_than(Precision.DAY)
