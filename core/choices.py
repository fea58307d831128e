"""What a button means, apart from how a channel shows it.

A flow offers choices: "settings / pause", "appointment moved / 12", "check-in attended / yes".
A button is its label and its `Choice` (area, action and, for some, a value), kept as plain JSON
in the outbox and on the web page's screen. How a channel carries the choice back is the
channel's own business: Telegram's callback data (bot/telegram/callback.py), the web page's form
value (portal/views/web_talk.py). No flow writes either.
"""

from __future__ import annotations

from dataclasses import dataclass

from messages.i18n import render

Button = dict[str, str]
Buttons = list[list[Button]]
# The area of a coach's buttons under an alert or a shown thread: take, open, close, show.
THREAD = "thread"
THREAD_ACTIONS = frozenset({"take", "open", "close", "show"})


@dataclass(frozen=True)
class Choice:
    # The flow (or the coach's alert action) the choice belongs to.
    area: str
    action: str
    # What was chosen within the action, when it needs one (a day, an answer, an id).
    value: str | None = None

    @property
    def value_or_empty(self) -> str:
        return self.value or ""


def choice_button(label: str, area: str, action: str, value: str | int | None = None) -> Button:
    """A button whose label is already in the reader's words (a name, a date, a language)."""
    made = {"text": label, "area": area, "action": action}
    if value is not None:
        made["value"] = str(value)
    return made


def button(
    language: str | None, label: str, area: str, action: str, value: str | int | None = None
) -> Button:
    """A button with a label from the catalogs, in the reader's language."""
    return choice_button(render(language, label), area, action, value)


def link_button(label: str, url: str) -> Button:
    """A button that opens a page instead of choosing something."""
    return {"text": label, "url": url}


def choice_of(shown: Button) -> Choice | None:
    if "area" not in shown or "action" not in shown:
        return None
    return Choice(shown["area"], shown["action"], shown.get("value"))


def choices_in(buttons: Buttons) -> list[Choice]:
    return [found for row in buttons for shown in row if (found := choice_of(shown)) is not None]
