"""What the web channel shows a person now: the dialogue's last messages and their choices.

Telegram keeps a conversation in the chat; a web page has only what Koers stores. The web
adapter (portal/views/web_talk.py) replaces the screen with each answer of the dialogue, and a
message Koers starts itself (a reminder, good news, a check-in question) is added to it, so the
person finds it the next time they open their page. A choice posted from the page only counts
when it is on this screen, as a Telegram button only counts in the chat it was sent to.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from core.choices import Buttons, Choice, choices_in
from core.models import Person

# A screen never grows without bound when a person does not come back for weeks.
MAX_MESSAGES = 12


@dataclass(frozen=True)
class Shown:
    text: str
    buttons: Buttons


def _message(text: str, buttons: Buttons | None) -> dict[str, Any]:
    return {"text": text, "buttons": buttons or []}


def show(person: Person, messages: Iterable[tuple[str, Buttons | None]]) -> None:
    """The dialogue's answer replaces what the page showed."""
    person.web_screen = [_message(text, buttons) for text, buttons in messages][-MAX_MESSAGES:]


def add(person: Person, text: str, buttons: Buttons | None = None) -> None:
    """A message Koers starts itself joins what the page shows."""
    person.web_screen = [*(person.web_screen or []), _message(text, buttons)][-MAX_MESSAGES:]


def shown(person: Person) -> list[Shown]:
    return [Shown(m.get("text", ""), m.get("buttons") or []) for m in person.web_screen or []]


def offered(person: Person) -> set[Choice]:
    """The choices on the screen: only these may be posted back."""
    return {choice for message in shown(person) for choice in choices_in(message.buttons)}


def clear(person: Person) -> None:
    person.web_screen = None
