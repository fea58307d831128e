"""The tables of a case's story beyond its messages: what happened (case events) and where the
young person was sent (referrals). Imported by core/models.py, so they are in the metadata."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Column, Index
from sqlmodel import Field, SQLModel

from core.db_types import created_field as _created
from core.db_types import when_field as _when


class CaseEventKind(StrEnum):
    STAGE = "stage"
    OUTCOME = "outcome"
    EDITED = "edited"
    REASSIGNED = "reassigned"
    CONSENT = "consent"
    REFERRAL = "referral"
    CLOSED = "closed"
    IMPORTED = "imported"
    HANDOVER = "handover"


class CaseEvent(SQLModel, table=True):
    """Something that changed on a case and belongs to its story: a stage or outcome set, the
    case edited or given to another coach, consent given or withdrawn, a referral's status.
    The detail holds codes and ids, never what a person wrote (erasure removes the rows)."""

    __table_args__ = (Index("ix_caseevent_case_at", "case_id", "at"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id")
    kind: str = Field(max_length=32)
    coach_id: int | None = Field(default=None, foreign_key="coach.id")
    detail: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    at: datetime = _created()


class ReferralStatus(StrEnum):
    """As closed-loop referral systems keep it: still open, arrived and got help, could not get
    help (with why), or no longer wanted."""

    PENDING = "pending"
    WENT = "went"
    NOT_HELPED = "not_helped"
    NO_LONGER_WANTED = "no_longer_wanted"


class Referral(SQLModel, table=True):
    """The coach sent the young person somewhere (a service, an organisation): did they arrive?"""

    __table_args__ = (Index("ix_referral_status_first", "status", "first_appointment_at"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True)
    service: str = Field(max_length=120)
    organisation: str = Field(max_length=120)
    contact: str | None = Field(default=None, max_length=200)
    # The first appointment there; the check-in after it asks whether they went.
    first_appointment_at: datetime | None = _when()
    appointment_id: int | None = Field(default=None, foreign_key="appointment.id", index=True)
    status: str = Field(default=ReferralStatus.PENDING, max_length=24)
    # Why they could not get help: no_contact, not_eligible, no_capacity, other.
    reason: str | None = Field(default=None, max_length=24)
    # What the young person said in the check-in: "yes" (went) or "no".
    youth_said: str | None = Field(default=None, max_length=8)
    created_by_coach_id: int | None = Field(default=None, foreign_key="coach.id")
    status_at: datetime | None = _when()
    created_at: datetime = _created()
