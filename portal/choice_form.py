"""How a button's choice travels through a web form: `<area>:<action>[:<value>]` as the value
of the pressed <button name="choice">. The web adapter's own protocol (Telegram has another,
bot/telegram/callback.py); flows see only `Choice` (core/choices.py). A posted choice counts
only when the page offered it (portal/views/web_talk.py)."""

from __future__ import annotations

from core.choices import Choice

# Far longer than any choice Koers offers; a longer value is not one of ours.
MAX_VALUE = 200


def form_value(choice: Choice) -> str:
    parts = [choice.area, choice.action]
    if choice.value is not None:
        parts.append(choice.value)
    return ":".join(parts)


def form_choice(value: str) -> Choice | None:
    if not value or len(value) > MAX_VALUE:
        return None
    area, _, rest = value.partition(":")
    if not area or not rest:
        return None
    action, colon, chosen = rest.partition(":")
    return Choice(area, action, chosen if colon else None)
