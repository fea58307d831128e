"""The network a team works in: a region (a labour-market region) groups organisations (a school,
a municipality, a transition point, …), each organisation has teams. Imported by core/models.py,
so the tables are in the metadata."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Column, LargeBinary
from sqlmodel import Field, SQLModel

from core.models import _created, _when


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
    created_at: datetime = _created()


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
