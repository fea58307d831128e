"""What comes in and what goes out: Telegram updates as received (the inbox), messages to send
through a bot (the outbox) and e-mails to send. Imported by core/models.py, so the tables are
in the metadata and `from core.models import OutboxMessage` keeps working."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, Index, Integer, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from core.db_types import created_field as _created
from core.db_types import when_field as _when


class InboxStatus(StrEnum):
    PENDING = "pending"
    HANDLED = "handled"
    FAILED = "failed"


class OutboxStatus(StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"


class InboundUpdate(SQLModel, table=True):
    """A Telegram update, committed before Telegram is told we have it; handled from here."""

    __table_args__ = (
        Index("ix_inboundupdate_status_id", "status", "id"),
        Index("ix_inboundupdate_uncleared", "payload_cleared_at", "received_at"),
        # Each bot numbers its own updates.
        UniqueConstraint("bot", "update_id", name="uq_inboundupdate_bot_update"),
        Index("ix_inboundupdate_chat_pending", "bot", "chat_id", "status", "id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    bot: str = Field(default="default", max_length=40)
    update_id: int = Field(sa_column=Column(BigInteger, nullable=False))
    # The chat it came from, when it has one: a chat's updates are handled one at a time, in
    # order, whichever process takes them (bot/telegram/inbox.py).
    chat_id: int | None = Field(default=None, sa_column=Column(BigInteger))
    payload: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    status: str = Field(default=InboxStatus.PENDING, max_length=16)
    attempts: int = Field(default=0, sa_column=Column(Integer, nullable=False, default=0))
    last_error: str | None = Field(default=None, sa_column=Column(Text))
    received_at: datetime = _created()
    handled_at: datetime | None = _when()
    # The raw payload holds what a person wrote: once it is no longer needed only the
    # update_id is kept (core/actions/raw_updates.py), and this says when.
    payload_cleared_at: datetime | None = _when()


class OutboxMessage(SQLModel, table=True):
    """A message to send, written in the same transaction as the change that caused it."""

    __table_args__ = (
        Index("ix_outbox_due", "bot", "status", "next_attempt_at"),
        Index("ix_outbox_chat_sent", "chat_id", "telegram_message_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    # The bot that sends it (core/bots.py): the one its recipient talks to.
    bot: str = Field(default="default", max_length=40)
    chat_id: int = Field(sa_column=Column(BigInteger, nullable=False))
    text: str = Field(sa_column=Column(Text, nullable=False))
    reply_markup: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    purpose: str = Field(default="dialogue", max_length=32)
    thread_id: int | None = Field(default=None, foreign_key="thread.id")
    person_id: int | None = Field(default=None, foreign_key="person.id")
    coach_id: int | None = Field(default=None, foreign_key="coach.id")
    # The case the message is about (an alert to a coach), so erasing the case finds it.
    case_id: int | None = Field(default=None, index=True)
    status: str = Field(default=OutboxStatus.PENDING, max_length=16)
    attempts: int = Field(default=0, sa_column=Column(Integer, nullable=False, default=0))
    # Set when a send may have reached Telegram without us hearing back (see bot/sender.py).
    uncertain_attempts: int = Field(default=0, sa_column=Column(Integer, nullable=False, default=0))
    next_attempt_at: datetime = _created()
    claimed_at: datetime | None = _when()
    sent_at: datetime | None = _when()
    telegram_message_id: int | None = Field(default=None, sa_column=Column(BigInteger))
    last_error: str | None = Field(default=None, sa_column=Column(Text))
    # When set, `text` is sent as a file of this name (an export) instead of as a message.
    document_name: str | None = Field(default=None, max_length=120)
    created_at: datetime = _created()


class MailMessage(SQLModel, table=True):
    """An e-mail to send: a short note with a fresh link, never what anyone wrote. Written in the
    same transaction as the change that caused it; mail/sender.py delivers it over SMTP."""

    __table_args__ = (Index("ix_mailmessage_due", "status", "next_attempt_at"),)

    id: int | None = Field(default=None, primary_key=True)
    person_id: int | None = Field(default=None, foreign_key="person.id", index=True)
    to_address: str = Field(max_length=254)
    subject: str = Field(max_length=200)
    # Holds a single-use link: emptied once sent (a stored copy would be a key lying about).
    body: str = Field(sa_column=Column(Text, nullable=False))
    purpose: str = Field(max_length=32)
    # The Message-ID's left part, the same on every attempt: a mail sent twice is one mail.
    message_id: str = Field(max_length=200)
    status: str = Field(default=OutboxStatus.PENDING, max_length=16)
    attempts: int = Field(default=0, sa_column=Column(Integer, nullable=False, default=0))
    uncertain_attempts: int = Field(default=0, sa_column=Column(Integer, nullable=False, default=0))
    next_attempt_at: datetime = _created()
    claimed_at: datetime | None = _when()
    sent_at: datetime | None = _when()
    last_error: str | None = Field(default=None, sa_column=Column(Text))
    created_at: datetime = _created()
