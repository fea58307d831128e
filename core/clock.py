"""The one clock of Koers: timezone-aware UTC now, replaceable in tests."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(moment: datetime) -> datetime:
    """Databases may hand back naive datetimes (SQLite); every naive value we stored is UTC."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def local(moment: datetime) -> datetime:
    """A stored UTC moment as people in the Netherlands read it."""
    return as_utc(moment).astimezone(AMSTERDAM)
