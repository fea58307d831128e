"""Builders for realistic Telegram Bot API objects (users, chats, messages, media) used by fakes.

Pure functions returning plain dicts shaped like the Bot API JSON, so that
python-telegram-bot's ``de_json`` parses them exactly as it would real traffic.
"""

from __future__ import annotations

from typing import Any

JsonDict = dict[str, Any]

PRIVATE = "private"
GROUP_TYPES = frozenset({"group", "supergroup"})
CHAT_TYPES = frozenset({PRIVATE, *GROUP_TYPES})


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, the unit Telegram uses for entity offsets and lengths."""
    return len(text.encode("utf-16-le")) // 2


def user(user_id: int, first_name: str, *, language_code: str | None = None) -> JsonDict:
    """A human ``User``."""
    result: JsonDict = {"id": user_id, "is_bot": False, "first_name": first_name}
    if language_code:
        result["language_code"] = language_code
    return result


def bot_user(bot_id: int, first_name: str, username: str) -> JsonDict:
    """The bot's own ``User`` as it appears in ``from`` of the messages it sends."""
    return {"id": bot_id, "is_bot": True, "first_name": first_name, "username": username}


def chat(chat_id: int, chat_type: str = PRIVATE, *, first_name: str = "Sam") -> JsonDict:
    """A ``Chat``: private chats carry the user's name, groups a title and a negative id."""
    if chat_type not in CHAT_TYPES:
        raise ValueError(f"unsupported chat_type {chat_type!r}; use one of {sorted(CHAT_TYPES)}")
    if chat_type == PRIVATE:
        return {"id": chat_id, "type": PRIVATE, "first_name": first_name}
    if chat_id >= 0:
        raise ValueError(f"{chat_type} chats have negative ids in Telegram, got {chat_id}")
    return {"id": chat_id, "type": chat_type, "title": "Test group"}


def command_entities(text: str) -> list[JsonDict]:
    """The ``bot_command`` entity Telegram adds when a text starts with ``/command``."""
    if not text.startswith("/") or len(text) < 2 or text[1].isspace():
        return []
    command = text.split(maxsplit=1)[0]
    return [{"type": "bot_command", "offset": 0, "length": utf16_len(command)}]


def photo_sizes(seq: int) -> list[JsonDict]:
    """Two ``PhotoSize`` entries (thumbnail and full size), as Telegram delivers a photo."""
    return [
        {
            "file_id": f"AgACAgQAAx-photo-{seq}-{width}",
            "file_unique_id": f"AQADphoto{seq}{width}",
            "width": width,
            "height": height,
            "file_size": size,
        }
        for width, height, size in ((90, 68, 1_234), (1280, 960, 98_765))
    ]


def voice(seq: int) -> JsonDict:
    """A ``Voice`` note of three seconds."""
    return {
        "file_id": f"AwACAgQAAx-voice-{seq}",
        "file_unique_id": f"AgADvoice{seq}",
        "duration": 3,
        "mime_type": "audio/ogg",
        "file_size": 12_345,
    }


def sticker(seq: int, emoji: str = "👍") -> JsonDict:
    """A regular static ``Sticker``."""
    return {
        "file_id": f"CAACAgIAAx-sticker-{seq}",
        "file_unique_id": f"AgADsticker{seq}",
        "type": "regular",
        "width": 512,
        "height": 512,
        "is_animated": False,
        "is_video": False,
        "emoji": emoji,
        "file_size": 23_456,
    }


def document(
    seq: int, file_name: str = "document.pdf", mime_type: str = "application/pdf"
) -> JsonDict:
    """A ``Document`` (any file sent as a file)."""
    return {
        "file_id": f"BQACAgQAAx-document-{seq}",
        "file_unique_id": f"AgADdocument{seq}",
        "file_name": file_name,
        "mime_type": mime_type,
        "file_size": 34_567,
    }


def forward_origin(sender: int | JsonDict, date: int) -> JsonDict:
    """A ``MessageOriginUser``: the message was forwarded from that user."""
    sender_user = user(sender, "Forwarded") if isinstance(sender, int) else dict(sender)
    sender_user.setdefault("is_bot", False)
    return {"type": "user", "date": date, "sender_user": sender_user}


def minimal_copy(message: JsonDict) -> JsonDict:
    """The reduced form of a message embedded as ``reply_to_message``."""
    keys = ("message_id", "date", "chat", "from", "text", "entities", "caption", "photo")
    return {key: message[key] for key in keys if key in message}


def message(
    *,
    message_id: int,
    date: int,
    chat: JsonDict,
    sender: JsonDict,
    text: str | None = None,
    **fields: Any,
) -> JsonDict:
    """A ``Message``; ``fields`` whose value is None are left out, as Telegram does."""
    result: JsonDict = {"message_id": message_id, "date": date, "chat": chat, "from": sender}
    if text is not None:
        result["text"] = text
    result.update({key: value for key, value in fields.items() if value is not None})
    return result
