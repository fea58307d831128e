"""Response deadlines in working hours: Mon–Fri, 09:00–17:00 Europe/Amsterdam unless a team chose
other hours (core/team_rules.py), Dutch public holidays off."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache

import holidays

from core.clock import AMSTERDAM, as_utc

WORKDAY_START = time(9, 0)
WORKDAY_END = time(17, 0)
QUESTION_WORKING_DAYS = 2


@dataclass(frozen=True)
class WorkingHours:
    start: time = WORKDAY_START
    end: time = WORKDAY_END

    @property
    def per_day(self) -> float:
        today = date.today()
        span = datetime.combine(today, self.end) - datetime.combine(today, self.start)
        return span.total_seconds() / 3600


OFFICE_HOURS = WorkingHours()


@cache
def _dutch_holidays(year: int) -> holidays.HolidayBase:
    return holidays.country_holidays("NL", years=year)


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _dutch_holidays(day.year)


def add_working_hours(
    start: datetime, hours: float, working: WorkingHours = OFFICE_HOURS
) -> datetime:
    """The UTC moment `hours` working hours after `start`."""
    here = as_utc(start).astimezone(AMSTERDAM)
    remaining = timedelta(hours=hours)
    day = here.date()
    clock = here.timetz().replace(tzinfo=None)
    while True:
        if is_working_day(day):
            begin = max(clock, working.start)
            if begin < working.end:
                opening = datetime.combine(day, begin)
                closing = datetime.combine(day, working.end)
                if opening + remaining <= closing:
                    return (opening + remaining).replace(tzinfo=AMSTERDAM).astimezone(UTC)
                remaining -= closing - opening
        day += timedelta(days=1)
        clock = working.start


def question_due(asked_at: datetime, working: WorkingHours = OFFICE_HOURS) -> datetime:
    return add_working_hours(asked_at, QUESTION_WORKING_DAYS * working.per_day, working)


class Urgency:
    """How fast a coach must respond (DESIGN §5); the values are stored on Thread.urgency."""

    URGENT = "urgent"  # acute worry: 4 working hours
    TODAY = "today"  # an employer's "today": the same working day
    WEEK = "week"  # "this week": 5 working days
    INFO = "info"  # "for information": 5 working days, no rush


def response_due(
    created_at: datetime, urgency: str | None, working: WorkingHours = OFFICE_HOURS
) -> datetime:
    """The deadline for a question (urgency None), concern or report."""
    if urgency == Urgency.URGENT:
        return add_working_hours(created_at, 4, working)
    if urgency == Urgency.TODAY:
        return end_of_working_day(created_at, working)
    if urgency in (Urgency.WEEK, Urgency.INFO):
        return add_working_hours(created_at, 5 * working.per_day, working)
    return question_due(created_at, working)


def end_of_working_day(moment: datetime, working: WorkingHours = OFFICE_HOURS) -> datetime:
    """Closing time today when today is a working day and it is not yet closing time, else the
    next working day's."""
    here = as_utc(moment).astimezone(AMSTERDAM)
    day = here.date()
    if here.timetz().replace(tzinfo=None) >= working.end:
        day += timedelta(days=1)
    while not is_working_day(day):
        day += timedelta(days=1)
    return datetime.combine(day, working.end).replace(tzinfo=AMSTERDAM).astimezone(UTC)
