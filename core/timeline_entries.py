"""A line on a case's timeline (core/timeline.py): codes and values, written out in the
reader's language only when shown."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from core.clock import as_utc
from core.journey import stages_of
from core.models import CheckIn, CheckInKind, Team
from core.queries import first_words
from messages import checkin_texts, journey_texts, placement_texts
from messages.i18n import format_moment, render

TEXT_LENGTH = 200

Written = Callable[[str | None], str]


@dataclass(frozen=True)
class Label:
    """A catalog text, translated when the entry is written out."""

    msgid: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Entry:
    at: datetime
    kind: str
    msgid: str
    params: dict[str, Any]
    # Who did it, when a coach did (shown beside the line).
    by: str | None = None
    # Where to read more (a thread), for the portal.
    link: str | None = None

    def summary(self, language: str | None) -> str:
        values = {name: written(value, language) for name, value in self.params.items()}
        return render(language, self.msgid, **values)

    def as_json(self) -> dict[str, Any]:
        shown: dict[str, Any] = {
            "at": as_utc(self.at).isoformat(),
            "kind": self.kind,
            "summary": self.summary("nl"),
        }
        if self.by:
            shown["by"] = self.by
        return shown


def written(value: Any, language: str | None) -> str:
    if isinstance(value, Label):
        params = {name: written(inner, language) for name, inner in value.params.items()}
        return render(language, value.msgid, **params)
    if isinstance(value, datetime):
        return format_moment(value, language)
    if callable(value):
        return str(value(language))
    return str(value)


def stage_label(stage: str, team: Team | None) -> Label | str:
    """The region's own name for a stage, else the catalog's."""
    for known in stages_of(team):
        if known.id == stage and known.name:
            return known.name
    return Label(journey_texts.STAGE_NAMES.get(stage, stage))


@dataclass(frozen=True)
class CheckInAnswers:
    """The answers of a check-in as one short line: 'geweest · 🙂 Wel oké · "het ging goed"'."""

    checkin: CheckIn

    def __call__(self, language: str | None) -> str:
        checkin = self.checkin
        parts = []
        if checkin.attended in journey_texts.CHECKIN_ATTENDED:
            parts.append(render(language, journey_texts.CHECKIN_ATTENDED[checkin.attended]))
        faces = (
            placement_texts.FACES if checkin.kind == CheckInKind.PLACEMENT else checkin_texts.FACES
        )
        if checkin.mood is not None and str(checkin.mood) in faces:
            parts.append(render(language, faces[str(checkin.mood)]))
        if checkin.told:
            parts.append(f"“{first_words(checkin.told, TEXT_LENGTH)}”")
        if not parts:
            parts.append(render(language, journey_texts.CHECKIN_NO_ANSWER))
        return " · ".join(parts)
