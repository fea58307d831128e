"""Where a person is in a running flow, kept on Person.conversation so a restart loses nothing."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from core.models import Person


@dataclass(frozen=True)
class Running:
    flow: str
    step: str
    data: dict[str, Any] = field(default_factory=dict)


def running(person: Person) -> Running | None:
    conversation = person.conversation or {}
    if "flow" not in conversation:
        return None
    return Running(conversation["flow"], conversation.get("step", ""), conversation.get("data", {}))


def enter(person: Person, flow: str, step: str, **data: Any) -> None:
    person.conversation = {"flow": flow, "step": step, "data": data}


def advance(person: Person, step: str, **data: Any) -> None:
    now = running(person)
    assert now is not None, "advance() needs a running flow"
    person.conversation = {"flow": now.flow, "step": step, "data": {**now.data, **data}}


def leave(person: Person) -> list[str]:
    """Ends the flow; returns what the person typed in it that has not reached anyone yet."""
    now = running(person)
    person.conversation = None
    return list(now.data.get("typed", [])) if now else []


def remember_typed(person: Person, text: str) -> None:
    now = running(person)
    if now is not None and text:
        advance(person, now.step, typed=[*now.data.get("typed", []), text])
