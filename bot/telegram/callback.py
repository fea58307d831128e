"""How a button's choice travels through Telegram: the callback data protocol, kept here only.

`v1:<area>:<action>[:<value>]`, at most 64 bytes (Telegram's limit); the coach's buttons on a
thread keep their short form `v1:<action>:<thread id>`. Buttons already sent keep working after
an upgrade, since the form never changed. Flows see only `Choice` (core/choices.py).
"""

from __future__ import annotations

from typing import Any

from core.choices import THREAD, THREAD_ACTIONS, Buttons, Choice, choice_of

VERSION = "v1"


def encode(choice: Choice) -> str:
    if choice.area == THREAD:
        return f"{VERSION}:{choice.action}:{choice.value_or_empty}"
    parts = [VERSION, choice.area, choice.action]
    if choice.value is not None:
        parts.append(choice.value)
    return ":".join(parts)


def decode(data: str) -> Choice | None:
    """The choice a button's data carries; None for data that is not ours."""
    parts = data.split(":")
    if len(parts) < 3 or parts[0] != VERSION:
        return None
    if len(parts) == 3 and parts[1] in THREAD_ACTIONS:
        return Choice(THREAD, parts[1], parts[2])
    value = ":".join(parts[3:]) if len(parts) > 3 else None
    return Choice(parts[1], parts[2], value)


def inline_keyboard(buttons: Buttons) -> dict[str, Any]:
    """Telegram's reply_markup for a message's buttons: choices as callback data, links as URL."""
    rows = []
    for row in buttons:
        shown = []
        for button in row:
            choice = choice_of(button)
            if choice is not None:
                shown.append({"text": button["text"], "callback_data": encode(choice)})
            else:
                # A link, or a button queued before choices were kept apart from their data.
                shown.append(dict(button))
        rows.append(shown)
    return {"inline_keyboard": rows}
