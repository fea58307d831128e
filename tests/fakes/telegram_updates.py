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


def user(
    user_id: int,
    first_name: str,
    *,
    language_code: str | None = None,
    username: str | None = None,
) -> JsonDict:
    """A human ``User``."""
    result: JsonDict = {"id": user_id, "is_bot": False, "first_name": first_name}
    if username:
        result["username"] = username
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


def voice_note(seq: int) -> JsonDict:
    """A ``Voice`` note of three seconds."""
    return {
        "file_id": f"AwACAgQAAx-voice-{seq}",
        "file_unique_id": f"AgADvoice{seq}",
        "duration": 3,
        "mime_type": "audio/ogg",
        "file_size": 12_345,
    }


def sticker_file(seq: int, emoji: str = "👍") -> JsonDict:
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


def document_file(
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


def bot_profile(bot_id: int, first_name: str, username: str) -> JsonDict:
    """The ``User`` answered by ``getMe``, with the bot-only capability flags."""
    return bot_user(bot_id, first_name, username) | {
        "can_join_groups": True,
        "can_read_all_group_messages": False,
        "supports_inline_queries": False,
        "can_connect_to_business": False,
        "has_main_web_app": False,
    }


def inline_markup(markup: object) -> JsonDict | None:
    """Telegram echoes only inline keyboards in a sent ``Message``, never reply keyboards."""
    return markup if isinstance(markup, dict) and "inline_keyboard" in markup else None


def offered_callback_data(message: JsonDict) -> list[str]:
    """The ``callback_data`` of every inline button a message currently shows."""
    rows = message.get("reply_markup", {}).get("inline_keyboard", [])
    return [button["callback_data"] for row in rows for button in row if "callback_data" in button]


def update_type(update: Any) -> str:
    """``message``, ``callback_query``, ...: the one key of an Update besides ``update_id``."""
    if not isinstance(update, dict):
        return ""
    return next((key for key in update if key != "update_id"), "")


def user_message(
    *,
    message_id: int,
    date: int,
    chat: JsonDict,
    sender: JsonDict,
    seq: int,
    text: str | None = None,
    entities: list[JsonDict] | None = None,
    photo: bool = False,
    voice: bool = False,
    sticker: bool = False,
    document: bool = False,
    forward_from: int | JsonDict | None = None,
    reply_to: JsonDict | None = None,
    edit_date: int | None = None,
) -> JsonDict:
    """A message a user sends; ``text`` becomes the caption of a photo, voice or document.

    A text starting with ``/command`` gets its ``bot_command`` entity unless ``entities``
    is given. ``seq`` makes the file ids unique.
    """
    if sticker and text is not None:
        raise ValueError("a sticker message has no text or caption")
    media = photo or voice or document
    if not media and entities is None and text:
        entities = command_entities(text) or None
    return message(
        message_id=message_id,
        date=date,
        chat=chat,
        sender=sender,
        text=None if media else text,
        entities=None if media else entities,
        caption=text if media else None,
        caption_entities=entities if media else None,
        photo=photo_sizes(seq) if photo else None,
        voice=voice_note(seq) if voice else None,
        sticker=sticker_file(seq) if sticker else None,
        document=document_file(seq) if document else None,
        forward_origin=forward_origin(forward_from, date - 3600) if forward_from else None,
        reply_to_message=minimal_copy(reply_to) if reply_to else None,
        edit_date=edit_date,
    )


def callback_query(*, query_id: str, sender: JsonDict, message: JsonDict, data: str) -> JsonDict:
    """A ``CallbackQuery``: ``sender`` pressed the button with ``data`` under ``message``."""
    chat_instance = str(-8_000_000_000_000_000_000 - message["chat"]["id"])
    return {
        "id": query_id,
        "from": sender,
        "chat_instance": chat_instance,
        "message": message,
        "data": data,
    }
