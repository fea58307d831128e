"""The network a team works in: a region (a labour-market region) groups organisations (a school,
a municipality, a transition point, …), each organisation has teams. Imported by core/models.py,
so the tables are in the metadata."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, LargeBinary, Text
from sqlmodel import Field, SQLModel

from core.db_types import created_field as _created
from core.db_types import when_field as _when


class OrganisationKind(StrEnum):
    SCHOOL = "school"
    MUNICIPALITY = "municipality"
    TRANSITION_POINT = "transition_point"
    CARE_PROVIDER = "care_provider"
    EMPLOYER_SERVICE_POINT = "employer_service_point"
    OTHER = "other"


class Region(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=120, unique=True)
    # The region's own Telegram bot (core/bots.py; its token lives in the operator's secrets,
    # never here); None: the deployment's default bot.
    bot: str | None = Field(default=None, max_length=40)
    created_at: datetime = _created()


class TelegramBot(SQLModel, table=True):
    """A bot as Telegram introduced it (getMe), so every process can make t.me links for it.
    Its token is never stored."""

    key: str = Field(primary_key=True, max_length=40)
    username: str = Field(max_length=64)
    telegram_id: int = Field(sa_column=Column(BigInteger, nullable=False))
    seen_at: datetime = _created()


class Organisation(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    region_id: int = Field(foreign_key="region.id", index=True)
    name: str = Field(max_length=120, unique=True)
    kind: str = Field(default=OrganisationKind.OTHER, max_length=32)
    created_at: datetime = _created()


class UploadStatus(StrEnum):
    CHECKED = "checked"
    IMPORTING = "importing"
    IMPORTED = "imported"
    FAILED = "failed"


class LeaversUpload(SQLModel, table=True):
    """A leavers file uploaded in the portal, kept between its preview and the import. The
    content holds names, so it is cleared once imported and the row removed after a day."""

    id: int | None = Field(default=None, primary_key=True)
    team_id: int = Field(foreign_key="team.id", index=True)
    coach_id: int = Field(foreign_key="coach.id")
    filename: str = Field(default="", max_length=200)
    content: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    status: str = Field(default=UploadStatus.CHECKED, max_length=16)
    counts: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    created_at: datetime = _created()
    finished_at: datetime | None = _when()


class HandoverStatus(StrEnum):
    PROPOSED = "proposed"  # waiting for the young person's answer
    CONSENTED = "consented"  # the young person agreed (to some parts); the team decides
    REFUSED = "refused"  # the young person said no
    ACCEPTED = "accepted"
    DECLINED = "declined"  # the receiving team said no
    WITHDRAWN = "withdrawn"  # the coach took it back


# What a handover file can hold; the young person agrees per part.
HANDOVER_PARTS = ("story", "what_works", "watch_out", "appointments", "network")
OPEN_HANDOVER = (HandoverStatus.PROPOSED, HandoverStatus.CONSENTED)


class Handover(SQLModel, table=True):
    """A warm handover of a case to a team of another organisation (school → municipality):
    the file travels with the young person's consent, per part. On acceptance the receiving
    team gets a new case for the same people; the old one closes."""

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True)
    new_case_id: int | None = Field(default=None, foreign_key="case.id")
    from_team_id: int = Field(foreign_key="team.id")
    to_team_id: int = Field(foreign_key="team.id", index=True)
    from_coach_id: int = Field(foreign_key="coach.id")
    status: str = Field(default=HandoverStatus.PROPOSED, max_length=16)
    # The coach's own words, in plain language; shown only as far as the young person agreed.
    story: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    what_works: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    watch_out: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    # Appointments and the people around the young person, as they were when it was proposed.
    snapshot: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    # The parts the young person agreed to (HANDOVER_PARTS), and whether the old coach may
    # go on reading the new case for `read_days` days.
    parts: list[str] | None = Field(default=None, sa_column=Column(JSON))
    read_days: int = 0
    old_coach_may_read: bool = False
    consent_via: str | None = Field(default=None, max_length=16)
    consented_at: datetime | None = _when()
    decided_at: datetime | None = _when()
    decided_by_coach_id: int | None = Field(default=None, foreign_key="coach.id")
    decline_reason: str | None = Field(default=None, max_length=300)
    created_at: datetime = _created()
