"""How people get in: invite codes for Telegram, magic links and sessions for the web channel
and the portal, and login attempts (throttling). Imported by core/models.py, so the tables are
in the metadata and `from core.models import Invite` keeps working."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Column, Index
from sqlmodel import Field, SQLModel

from core.db_types import created_field as _created
from core.db_types import when_field as _when


class Invite(SQLModel, table=True):
    """A single-use code that links a Telegram chat to a case member, or to a coach."""

    id: int | None = Field(default=None, primary_key=True)
    code_hash: str = Field(max_length=64, unique=True)
    member_id: int | None = Field(default=None, foreign_key="casemember.id", index=True)
    coach_id: int | None = Field(default=None, foreign_key="coach.id")
    expires_at: datetime = _when(nullable=False)
    used_at: datetime | None = _when()
    used_by_telegram_user_id: int | None = Field(default=None, sa_column=Column(BigInteger))
    # The code itself while the invite is open, so the coach can show it again (any process,
    # after a restart); cleared the moment it is used, retired or its case erased.
    link_code: str | None = Field(default=None, max_length=64)
    created_at: datetime = _created()


class WebLink(SQLModel, table=True):
    """A magic link for the web channel, exchanged once for a session."""

    id: int | None = Field(default=None, primary_key=True)
    token_hash: str = Field(max_length=64, unique=True)
    member_id: int = Field(foreign_key="casemember.id", index=True)
    expires_at: datetime = _when(nullable=False)
    exchanged_at: datetime | None = _when()
    revoked_at: datetime | None = _when()
    # As Invite.link_code: kept only while the link is open, to show it again.
    link_token: str | None = Field(default=None, max_length=64)
    created_at: datetime = _created()


class WebSession(SQLModel, table=True):
    """A browser session: a coach in the portal, or a person on the web channel."""

    id: int | None = Field(default=None, primary_key=True)
    token_hash: str = Field(max_length=64, unique=True)
    coach_id: int | None = Field(default=None, foreign_key="coach.id")
    member_id: int | None = Field(default=None, foreign_key="casemember.id")
    csrf_token: str = Field(max_length=64)
    created_at: datetime = _created()
    last_seen_at: datetime = _created()
    ended_at: datetime | None = _when()


class LoginAttempt(SQLModel, table=True):
    __table_args__ = (Index("ix_loginattempt_email_at", "email", "at"),)

    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(max_length=254)
    ip: str = Field(max_length=64)
    succeeded: bool
    at: datetime = _created()
