"""Where a person is in their dialogue with Koers: the only code that reads or writes
Person.conversation.

One shape, kept as JSON so a restart loses nothing:
- `step` alone while a new person is asked their language and consent ("language", "consent"),
  with the words they wrote before saying yes (`held_texts`), which reach the coach after it;
- `flow`, `step` and `data` while a flow runs (one the person chose from the menu, or a check-in
  Koers started). In `data`, `typed` holds words typed where a button was asked, and `held` the
  messages kept while Koers asks whom they are about: both reach the coach whenever the flow
  ends, or after a while when the person never comes back (core/actions/waiting_words.py).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from core.models import Person

LANGUAGE = "language"
CONSENT = "consent"


@dataclass(frozen=True)
class Running:
    """A flow in progress: its name, its step and what it keeps between steps."""

    flow: str
    step: str
    data: dict[str, Any] = field(default_factory=dict)


def running(person: Person) -> Running | None:
    conversation = person.conversation or {}
    if "flow" not in conversation:
        return None
    return Running(conversation["flow"], conversation.get("step", ""), conversation.get("data", {}))


def step(person: Person) -> str | None:
    """The step a person is in: a flow's step, or the onboarding question asked."""
    found = (person.conversation or {}).get("step")
    return str(found) if found is not None else None


def enter(person: Person, flow: str, step: str, **data: Any) -> None:
    person.conversation = {"flow": flow, "step": step, "data": data}


def advance(person: Person, step: str, **data: Any) -> None:
    now = running(person)
    assert now is not None, "advance() needs a running flow"
    person.conversation = {"flow": now.flow, "step": step, "data": {**now.data, **data}}


def replace(person: Person, step: str, data: dict[str, Any]) -> None:
    """The running flow moves to `step` with exactly this data (a picker recomputed it)."""
    now = running(person)
    assert now is not None, "replace() needs a running flow"
    person.conversation = {"flow": now.flow, "step": step, "data": data}


def leave(person: Person) -> list[str]:
    """Ends the flow; returns what the person typed in it that has not reached anyone yet."""
    now = running(person)
    person.conversation = None
    return list(now.data.get("typed", [])) if now else []


def remember_typed(person: Person, text: str) -> None:
    now = running(person)
    if now is not None and text:
        advance(person, now.step, typed=[*now.data.get("typed", []), text])


def kept(person: Person) -> tuple[list[str], list[dict[str, Any]]]:
    """Words in a running flow that reached nobody yet: typed texts, and held messages."""
    data = (person.conversation or {}).get("data") or {}
    typed = [str(t) for t in data.get("typed") or [] if t]
    held = [h for h in data.get("held") or [] if isinstance(h, dict)]
    return typed, held


def fingerprint(person: Person) -> str:
    """Changes with every step: 'still exactly where they were' is the same fingerprint."""
    shown = json.dumps(person.conversation, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(shown.encode()).hexdigest()[:24]


def end(person: Person) -> None:
    """Nothing running and nothing kept: after the kept words were passed on."""
    person.conversation = None


# -- before consent -------------------------------------------------------------------------


def ask_onboarding(person: Person, step: str) -> None:
    """The language or consent question is asked; words already held stay held."""
    person.conversation = {**(person.conversation or {}), "step": step}


def start_onboarding(person: Person, step: str) -> None:
    """A new link: the onboarding starts afresh at this question."""
    person.conversation = {"step": step}


def hold_until_consent(person: Person, text: str) -> None:
    """A message sent before consent waits in the conversation, then goes to the coach."""
    conversation = dict(person.conversation or {"step": CONSENT})
    conversation["held_texts"] = [*conversation.get("held_texts", []), text]
    person.conversation = conversation


def take_held_until_consent(person: Person) -> list[str]:
    """The consent question is answered: what waited for it, and the onboarding ends."""
    held = [str(t) for t in (person.conversation or {}).get("held_texts", [])]
    person.conversation = None
    return held
