"""A team's follow-up rules (DESIGN §5): defaults here, a team's own choices in Team.rules."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import UTC, datetime, time, timedelta
from typing import Any

from sqlmodel.ext.asyncio.session import AsyncSession

from core.clock import AMSTERDAM, as_utc
from core.deadlines import WORKDAY_END, WORKDAY_START, WorkingHours
from core.models import Team


@dataclass(frozen=True)
class TeamRules:
    # Working hours on Monday to Friday (Dutch public holidays off): deadlines count these.
    workday_start: time = WORKDAY_START
    workday_end: time = WORKDAY_END
    # Appointment reminders: the evening before at this time, and this many hours before.
    reminder_evening_before: time = time(18, 0)
    reminder_hours_before: float = 2.0
    # The "ben je geweest?" check-in, this long after the appointment ends.
    checkin_hours_after: float = 1.0
    # Nothing Koers starts itself reaches a young person, parent or employer in these hours.
    quiet_from: time = time(21, 0)
    quiet_until: time = time(8, 0)
    # Unanswered check-in: a gentle nudge after this many hours, the coach alerted after that.
    checkin_nudge_hours: float = 24.0
    checkin_missed_hours: float = 48.0
    # Aftercare check-ins go out at this time of day; aftercare lasts this long (or until 27),
    # and the coach is warned this many days before it ends.
    aftercare_checkin_at: time = time(16, 0)
    aftercare_years: float = 2.0
    aftercare_warning_days: float = 30.0
    # The data of a case closed this many days ago is erased (AVG: no longer than needed).
    retention_days: float = 365.0
    # Each coach's daily digest, on working days.
    digest_at: time = time(8, 30)
    # A deadline passed unanswered: the coach is reminded, and this many working hours later
    # the backup coach is asked, and as long again later the coordinator.
    escalation_step_working_hours: float = 4.0
    # No contact from the young person for this many days: the case is out of view.
    out_of_view_days: float = 14.0

    @classmethod
    def of(cls, team: Team | None) -> TeamRules:
        """The defaults, with what the team changed; unknown or malformed keys are ignored."""
        rules = cls()
        chosen: dict[str, Any] = (team.rules or {}) if team is not None else {}
        for field in fields(cls):
            if field.name not in chosen:
                continue
            value = chosen[field.name]
            try:
                if isinstance(getattr(rules, field.name), time):
                    value = time.fromisoformat(str(value))
                else:
                    value = float(value)
            except ValueError:
                continue
            rules = replace(rules, **{field.name: value})
        return rules

    @property
    def working_hours(self) -> WorkingHours:
        return WorkingHours(self.workday_start, self.workday_end)

    def in_quiet_hours(self, moment: datetime) -> bool:
        clock = as_utc(moment).astimezone(AMSTERDAM).time()
        if self.quiet_from <= self.quiet_until:
            return self.quiet_from <= clock < self.quiet_until
        return clock >= self.quiet_from or clock < self.quiet_until

    def after_quiet_hours(self, moment: datetime) -> datetime:
        """The first moment at or after `moment` outside quiet hours (UTC)."""
        if not self.in_quiet_hours(moment):
            return as_utc(moment)
        here = as_utc(moment).astimezone(AMSTERDAM)
        day = here.date()
        if here.time() >= self.quiet_until:
            day += timedelta(days=1)
        return wall_clock(day, self.quiet_until)


def wall_clock(day: Any, clock: time) -> datetime:
    """A date and a wall-clock time in the Netherlands as UTC.

    A time the clocks skip (02:30 on the last Sunday of March) is read as the moment an hour
    later; a time that happens twice (October) as its first occurrence.
    """
    naive = datetime.combine(day, clock)
    aware = naive.replace(tzinfo=AMSTERDAM, fold=0)
    if aware.astimezone(UTC).astimezone(AMSTERDAM).replace(tzinfo=None) != naive:
        aware = (naive + timedelta(hours=1)).replace(tzinfo=AMSTERDAM)
    return aware.astimezone(UTC)


def described(rules: TeamRules) -> dict[str, str | float]:
    """The rules as an operator reads and writes them: times as HH:MM, the rest as numbers."""
    return {
        field.name: value.strftime("%H:%M") if isinstance(value, time) else value
        for field in fields(TeamRules)
        for value in [getattr(rules, field.name)]
    }


async def team_rules(session: AsyncSession, team_id: int) -> TeamRules:
    """The rules of a team: the defaults with what the team changed."""
    return TeamRules.of(await session.get(Team, team_id))
