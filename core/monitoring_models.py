"""Summary tables the monitoring page reads instead of every message of a year: per team and
day what happened (questions and how long they waited for an answer, check-ins, reminders,
escalations, out of view), per team how things stand now (cases, linked people, stages,
outcomes after school), and up to which day the daily rows are complete. A scheduler job keeps
them current (core/monitoring_summary.py); they hold counts only, never names. The page adds
them up in SQL: one row per day of the period, one per answer-time bucket."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Column, Index
from sqlmodel import Field, SQLModel

from core.db_types import created_field as _created

DAY_COUNTS = (
    "new_cases",
    "threads",
    "answered",
    "in_time",
    "escalations",
    "checkins_sent",
    "checkins_answered",
    "reminders",
    "out_of_view",
)


class TeamDay(SQLModel, table=True):
    __table_args__ = (Index("ix_teamday_day", "day"),)

    team_id: int = Field(primary_key=True)
    day: date = Field(primary_key=True)
    new_cases: int = 0
    threads: int = 0
    answered: int = 0
    # Answered before the deadline the person was told.
    in_time: int = 0
    escalations: int = 0
    checkins_sent: int = 0
    checkins_answered: int = 0
    reminders: int = 0
    # Cases that went out of view that day.
    out_of_view: int = 0


class TeamDayMinutes(SQLModel, table=True):
    """How many of a team's questions of a day waited `minutes` (a bucket, see
    core.monitoring_summary.minutes_bucket) for their first answer."""

    __table_args__ = (Index("ix_teamdayminutes_day", "day"),)

    team_id: int = Field(primary_key=True)
    day: date = Field(primary_key=True)
    minutes: int = Field(primary_key=True)
    count: int = 0


class TeamSnapshot(SQLModel, table=True):
    team_id: int = Field(primary_key=True)
    figures: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    at: datetime = _created()


class FiguresRun(SQLModel, table=True):
    """The days the daily rows cover completely: from `first_day` up to the day before
    `last_day` (the day of the run itself was still going on)."""

    id: int = Field(default=1, primary_key=True)
    first_day: date
    last_day: date
    at: datetime = _created()
