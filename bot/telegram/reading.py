"""Reading a stored update: python-telegram-bot's parsing, plus the checks it does not make.

Updates are stored raw (only their `update_id` is read on the way in) and read here, one at a
time, when they are handled: an update that cannot be read fails alone, with its reason, and
never stops the ones after it (a newer Bot API field or a broken payload is a matter of time).
python-telegram-bot does not check types (`"id": "abc"` becomes a user id), so what Koers reads
from an update is checked here, before any of it reaches a query.
"""

from __future__ import annotations

from typing import Any

from telegram import Message, Update

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
    if not isinstance(update_id, int) or not is_big_id(update_id) or update_id < 0:
        return None
    return update_id


def read_update(payload: Any, bot: Any) -> Update:
    """The Update in a stored payload, cleaned so that every text it holds can be stored."""
    cleaned = _storable(payload, depth=0)
    try:
        update = Update.de_json(cleaned, bot)
    except Exception as error:  # PTB raises whatever its parsing meets (KeyError, TypeError…)
        raise UnreadableUpdate(f"{type(error).__name__}: {error}") from None
    if update is None:
        raise UnreadableUpdate("empty update")
    try:
        _check_what_koers_reads(update)
    except UnreadableUpdate:
        raise
    except Exception as error:  # a part PTB left out (None) where Telegram always sends one
        raise UnreadableUpdate(f"{type(error).__name__}: {error}") from None
    return update


def _check_what_koers_reads(update: Update) -> None:
    user, chat = update.effective_user, update.effective_chat
    if user is not None:
        _id(user.id, "from.id")
        _text(user.first_name, "from.first_name", required=True)
        _text(user.language_code, "from.language_code")
    if chat is not None:
        _id(chat.id, "chat.id")
        _text(chat.type, "chat.type", required=True)
    if update.effective_message is not None:
        _message(update.effective_message, "message")
    query = update.callback_query
    if query is not None:
        _text(query.data, "callback_query.data")
        if isinstance(query.message, Message):
            _message(query.message, "callback_query.message")
        elif query.message is not None:
            _id(query.message.chat.id, "callback_query.message.chat.id")


def _message(message: Message, where: str) -> None:
    _id(message.message_id, f"{where}.message_id")
    if message.chat is None:
        raise UnreadableUpdate(f"{where}.chat is missing")
    _id(message.chat.id, f"{where}.chat.id")
    _text(message.text, f"{where}.text")
    _text(message.caption, f"{where}.caption")
    if message.reply_to_message is not None:
        _id(message.reply_to_message.message_id, f"{where}.reply_to_message.message_id")
    attachment = message.effective_attachment
    for item in attachment if isinstance(attachment, tuple) else (attachment,):
        file_id = getattr(item, "file_id", None)
        if file_id is not None:
            _text(file_id, f"{where}.file_id")


def _id(value: object, where: str) -> None:
    if not is_big_id(value):
        raise UnreadableUpdate(f"{where} is not a 64-bit integer")


def _text(value: object, where: str, *, required: bool = False) -> None:
    if value is None and not required:
        return
    if not isinstance(value, str):
        raise UnreadableUpdate(f"{where} is not a string")


def json_safe(value: Any, *, depth: int = 0) -> Any:
    """The payload with what a JSON column refuses (NaN, Infinity) made null; very deep
    nesting cut off. Python's JSON reader accepts both; PostgreSQL does not."""
    if depth > MAX_DEPTH:
        return None
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        return None
    if isinstance(value, dict):
        return {str(key): json_safe(item, depth=depth + 1) for key, item in value.items()}
    if isinstance(value, list):
        return [json_safe(item, depth=depth + 1) for item in value]
    return value


def _storable(value: Any, *, depth: int) -> Any:
    """The same payload with NUL characters and lone surrogates (never valid UTF-8) replaced,
    so what the person wrote can be stored and shown wherever it goes."""
    if depth > MAX_DEPTH:
        raise UnreadableUpdate("nested too deeply")
    if isinstance(value, str):
        if "\x00" in value:
            value = value.replace("\x00", "\ufffd")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            value = value.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
        return value
    if isinstance(value, dict):
        return {key: _storable(item, depth=depth + 1) for key, item in value.items()}
    if isinstance(value, list):
        return [_storable(item, depth=depth + 1) for item in value]
    return value
