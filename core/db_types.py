"""Column types shared by the models: UTC datetimes that read back timezone-aware."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Column, DateTime
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field

from core.clock import utcnow


class UTCDateTime(TypeDecorator[datetime]):
    """Stores UTC; SQLite keeps no offset, so naive values read back are UTC by construction."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database; use core.clock.utcnow()")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def when_field(*, nullable: bool = True, index: bool = False) -> Any:
    """A model field holding a moment (UTC), empty until set."""
    return Field(default=None, sa_column=Column(UTCDateTime(), nullable=nullable, index=index))


def created_field() -> Any:
    """A model field holding when the row was made."""
    return Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
