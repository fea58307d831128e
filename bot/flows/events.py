"""Typed events in and out of the dialogue, independent of Telegram: the adapter's contract."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from core.bots import DEFAULT_BOT
from core.choices import Buttons, Choice


class Kind(StrEnum):
    START = "start"
    COMMAND = "command"
    TEXT = "text"
    MEDIA = "media"
    BUTTON = "button"


@dataclass(frozen=True)
class Sender:
    user_id: int
    chat_id: int
    first_name: str
    private_chat: bool = True
    # The language of the person's Telegram app ("ar", "pt-br"), when Telegram says it.
    language_code: str | None = None
    # The bot they wrote to (core/bots.py): answers go back through it.
    bot: str = DEFAULT_BOT


@dataclass(frozen=True)
class Incoming:
    sender: Sender
    kind: Kind
    text: str = ""
    # The command's name (without '/') or the /start payload.
    command: str = ""
    argument: str = ""
    # What the pressed button means (each channel reads its own way of carrying it).
    choice: Choice | None = None
    # The chat the pressed button was in; a button is only valid in its own chat.
    button_chat_id: int | None = None
    media_kind: str | None = None
    media_file_id: str | None = None
    # "edited" or "forwarded": shown to the coach with the text.
    note: str | None = None
    reply_to_message_id: int | None = None


@dataclass(frozen=True)
class Outgoing:
    text: str
    buttons: Buttons | None = None
    # The thread this message shows, so a reply to it in Telegram finds its way back.
    thread_id: int | None = None


@dataclass
class Response:
    """What to send back to the same chat, and a short answer to a pressed button."""

    messages: list[Outgoing] = field(default_factory=list)
    button_answer: str | None = None

    def say(
        self, text: str, buttons: Buttons | None = None, *, thread_id: int | None = None
    ) -> Response:
        self.messages.append(Outgoing(text, buttons, thread_id))
        return self
