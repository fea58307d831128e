"""The network a team works in: a region (a labour-market region) groups organisations (a school,
a municipality, a transition point, …), each organisation has teams. Imported by core/models.py,
so the tables are in the metadata."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlmodel import Field, SQLModel

from core.models import _created


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
