"""python-telegram-bot handlers: turn an Update into an Incoming event, queue the replies."""

from __future__ import annotations

import re

from telegram import Message, Update
from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.flows.context import FlowContext
from bot.flows.events import Incoming, Kind, Response, Sender
from bot.flows.router import respond
from bot.telegram.callback import decode
from bot.telegram.unit_of_work import KoersApplication, current_unit
from core.ids import MAX_ROW_ID
from core.outbox import enqueue

MEDIA_ATTRIBUTES = ("photo", "voice", "video", "video_note", "audio", "sticker", "document")
# A command as Telegram writes one: /name or /name@bot, then a space or the end.
COMMAND = re.compile(r"/([A-Za-z0-9_]+)(?:@([A-Za-z0-9_]*))?(?=\s|$)")
# Telegram caps callback data at 64 bytes; ours are ASCII words, digits, dates and ':' or '.'.
BUTTON_DATA = re.compile(r"[A-Za-z0-9_:.-]{1,64}")
BUTTON_PARTS = re.compile(r"[:.-]")


def install_handlers(application: KoersApplication) -> None:
    # Edited messages are handled by the catch-all, not as fresh commands.
    application.add_handler(
        CommandHandler("start", on_start, filters=filters.UpdateType.MESSAGE, has_args=None)
    )
    application.add_handler(CallbackQueryHandler(on_button))
    application.add_handler(MessageHandler(filters.ALL, on_message))


def _sender(update: Update) -> Sender | None:
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None:
        return None
    return Sender(
        user_id=user.id,
        chat_id=chat.id,
        first_name=user.first_name or "",
        private_chat=chat.type == chat.PRIVATE,
        language_code=user.language_code,
        bot=current_unit().bot,
    )


async def on_start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    sender = _sender(update)
    if sender is None:
        return
    argument = (context.args or [""])[0] if context.args else ""
    await _dispatch(Incoming(sender=sender, kind=Kind.START, command="start", argument=argument))


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    sender = _sender(update)
    if query is None or sender is None:
        return
    message = query.message
    event = Incoming(
        sender=sender,
        kind=Kind.BUTTON,
        choice=decode(readable_button_data(query.data)),
        button_chat_id=message.chat.id if message else None,
    )
    response = await _dispatch(event)
    answer = response.button_answer
    # A pressed button must always be answered, or the person's app shows a spinner.
    current_unit().after_commit.append(lambda: query.answer(text=answer[:200] if answer else None))


async def on_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    sender = _sender(update)
    message = update.effective_message
    if sender is None or message is None:
        return
    edited = update.edited_message is not None
    await _dispatch(incoming_from_message(sender, message, edited=edited, bot=context.bot.username))


def readable_button_data(data: str | None) -> str:
    """The button's data when it can be one of ours; "" (a stale button) when it cannot.

    Every number in it must be able to name a row, so no flow ever queries with an id that
    overflows its column (`v1:take:18446744073709551616`)."""
    if not data or not BUTTON_DATA.fullmatch(data):
        return ""
    numbers = (part for part in BUTTON_PARTS.split(data) if part.isdigit())
    if any(int(number) > MAX_ROW_ID for number in numbers):
        return ""
    return data


def command_in(text: str, bot: str) -> str | None:
    """The command a text gives ("" for one Koers cannot follow), or None when it is words.

    "/", "//" or "/@" get the unknown-command answer; "/ ik snap het niet" or "/привет" are
    a person's words and go on as usual; "/help@another_bot" is not for Koers."""
    match = COMMAND.match(text)
    if match is None:
        return None if any(ch.isalnum() for ch in text) else ""
    name, addressee = match.group(1).lower(), match.group(2)
    if addressee is not None and addressee.lower() != bot.lower():
        return ""
    # Telegram's commands are at most 32 characters: a longer one is none of ours.
    return name if len(name) <= 32 else ""


def incoming_from_message(
    sender: Sender, message: Message, *, edited: bool, bot: str = ""
) -> Incoming:
    text = message.text or message.caption or ""
    note = "edited" if edited else ("forwarded" if message.forward_origin else None)
    reply_to = message.reply_to_message.message_id if message.reply_to_message else None
    if message.text and message.text.startswith("/") and not edited:
        command = command_in(message.text, bot)
        if command is not None:
            return Incoming(sender=sender, kind=Kind.COMMAND, text=text, command=command)
    for attribute in MEDIA_ATTRIBUTES:
        media = getattr(message, attribute)
        if media:
            item = media[-1] if isinstance(media, tuple) else media
            kind = "voice" if attribute == "audio" else attribute
            kind = "video" if kind == "video_note" else kind
            return Incoming(
                sender=sender,
                kind=Kind.MEDIA,
                text=text,
                media_kind=kind,
                media_file_id=item.file_id,
                note=note,
                reply_to_message_id=reply_to,
            )
    if not text:
        # A location, contact, poll…: still something the person sent.
        return Incoming(sender=sender, kind=Kind.MEDIA, media_kind="other", note=note)
    return Incoming(
        sender=sender, kind=Kind.TEXT, text=text, note=note, reply_to_message_id=reply_to
    )


async def _dispatch(event: Incoming) -> Response:
    unit = current_unit()
    response = await respond(FlowContext(session=unit.session, reach=unit.reach), event)
    for outgoing in response.messages:
        enqueue(
            unit.session,
            bot=event.sender.bot,
            chat_id=event.sender.chat_id,
            text=outgoing.text,
            buttons=outgoing.buttons,
            thread_id=outgoing.thread_id,
        )
    return response
