"""Reading a stored update: python-telegram-bot's parsing, plus the checks it does not make.

Updates are stored raw (only their `update_id` is read on the way in) and read here, one at a
time, when they are handled: an update that cannot be read fails alone, with its reason, and
never stops the ones after it (a newer Bot API field or a broken payload is a matter of time).
"""

from __future__ import annotations

from typing import Any

from telegram import Bot, Update

from core.ids import is_big_id

# Deeper than any real update; deeper still is not one (and would cost recursion to read).
MAX_DEPTH = 32


class UnreadableUpdate(Exception):
    """A stored update that cannot become a python-telegram-bot Update; says why, briefly."""


def update_id_of(payload: object) -> int | None:
    """The update's id when the payload can be stored as an update at all, else None."""
    if not isinstance(payload, dict):
        return None
    update_id = payload.get("update_id")
    return update_id if is_big_id(update_id) and update_id >= 0 else None


def read_update(payload: Any, bot: Bot) -> Update:
    """The Update in a stored payload, cleaned so that every text it holds can be stored."""
    problem = _problem(payload, depth=0)
    if problem is not None:
        raise UnreadableUpdate(problem)
    try:
        update = Update.de_json(_storable(payload), bot)
    except Exception as error:  # PTB raises whatever its parsing meets (KeyError, TypeError…)
        raise UnreadableUpdate(f"{type(error).__name__}: {error}") from None
    if update is None:
        raise UnreadableUpdate("empty update")
    return update


def _problem(value: Any, *, depth: int, key: str = "") -> str | None:
    """Why the payload is not an update we can handle, or None."""
    if depth > MAX_DEPTH:
        return "nested too deeply"
    if isinstance(value, dict):
        for name, item in value.items():
            found = _problem(item, depth=depth + 1, key=str(name))
            if found is not None:
                return found
    elif isinstance(value, list):
        for item in value:
            found = _problem(item, depth=depth + 1, key=key)
            if found is not None:
                return found
    elif (key == "id" or key.endswith("_id")) and isinstance(value, int) and not is_big_id(value):
        # Telegram's ids fit 64 bits; a larger one cannot be stored or looked up.
        return f"{key} out of range"
    return None


def _storable(value: Any) -> Any:
    """The same payload with NUL characters and lone surrogates (never valid UTF-8) replaced,
    so what the person wrote can be stored and shown wherever it goes."""
    if isinstance(value, str):
        if "\x00" in value:
            value = value.replace("\x00", "\ufffd")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            value = value.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
        return value
    if isinstance(value, dict):
        return {key: _storable(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_storable(item) for item in value]
    return value
