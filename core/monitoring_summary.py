"""Days and snapshots of the network's figures, per team, and the job that keeps them.

A day (`DayFigures`) holds what happened on it: new cases, questions with the minutes to a
first answer (as a histogram: to the minute under an hour, five minutes under a day, an hour
under a week), how many were answered within their deadline, escalations, check-ins sent and
answered, reminders, cases gone out of view. A snapshot holds how a team stands now: active
cases, waiting ones, out of view, per stage, people linked per role and channel, and where
leavers were 6, 12 and 24 months after school. Both only ever add up counts, so a region is
the sum of its teams.

`do_refresh_figures` (every quarter of an hour, from the scheduler) recomputes the last two
weeks of days (answers come in late) and every team's snapshot, and at its first run all days
since the first case. The monitoring page reads the stored days it can trust and computes the
rest (today, or days before the first run) on the spot, with the same code.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import delete, func, insert
from sqlalchemy import select as sa_select
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core import monitoring_queries as q
from core.clock import AMSTERDAM, as_utc, local, utcnow
from core.db import Database
from core.monitoring_models import (
    DAY_COUNTS,
    FiguresRun,
    TeamDay,
    TeamDayMinutes,
    TeamSnapshot,
)

# Answers come in late: the last two weeks are counted again at every run.
RECOUNTED_DAYS = 14
REFRESH_EVERY = timedelta(minutes=15)
MONTHS_AFTER_LEAVING = (6, 12, 24)
# Rows written per statement when the days are stored.
WRITE_BATCH = 1000


def minutes_bucket(minutes: float) -> int:
    """Answer times to the minute under an hour, five minutes under a day, an hour under a
    week, a day beyond: exact enough for a median, small enough to keep per day."""
    whole = max(0, int(minutes))
    for limit, step in ((60, 1), (1440, 5), (10080, 60)):
        if whole < limit:
            return whole - whole % step
    return whole - whole % 1440


@dataclass
class DayFigures:
    counts: Counter[str] = field(default_factory=Counter)
    minutes: Counter[int] = field(default_factory=Counter)

    def add(self, other: DayFigures) -> None:
        self.counts.update(other.counts)
        self.minutes.update(other.minutes)


def _day_of(moment: datetime) -> date:
    return local(moment).date()


def bounds(first: date, last: date) -> tuple[datetime, datetime]:
    """From `first`'s midnight to the midnight after `last`, Dutch time, in UTC."""
    start = datetime.combine(first, time(0), AMSTERDAM).astimezone(UTC)
    end = datetime.combine(last + timedelta(days=1), time(0), AMSTERDAM).astimezone(UTC)
    return start, end


async def compute_days(
    session: AsyncSession, teams: q.Teams, first: date, last: date
) -> dict[tuple[int, date], DayFigures]:
    """Every team's days from `first` to `last`, from what is in the database now."""
    start, end = bounds(first, last)
    days: dict[tuple[int, date], DayFigures] = {}
    wanted = None if teams is None else set(teams)

    def day(team: int, moment: datetime) -> DayFigures:
        if wanted is not None and team not in wanted:
            return DayFigures()  # another team's: counted nowhere
        return days.setdefault((team, _day_of(moment)), DayFigures())

    for team, at in await q.new_cases(session, start, end):
        day(team, at).counts["new_cases"] += 1
    for team, asked, answered, due in await q.threads(session, start, end):
        found = day(team, asked)
        found.counts["threads"] += 1
        if answered is not None:
            found.counts["answered"] += 1
            waited = (as_utc(answered) - as_utc(asked)).total_seconds() / 60
            found.minutes[minutes_bucket(waited)] += 1
            if due is None or as_utc(answered) <= as_utc(due):
                found.counts["in_time"] += 1
    for team, at in await q.escalations(session, start, end):
        day(team, at).counts["escalations"] += 1
    for team, at in await q.reminders(session, start, end):
        day(team, at).counts["reminders"] += 1
    for team, asked, answered in await q.checkins(session, start, end):
        found = day(team, asked)
        found.counts["checkins_sent"] += 1
        if answered:
            found.counts["checkins_answered"] += 1
    for team, at in await q.out_of_view(session, start, end):
        day(team, at).counts["out_of_view"] += 1
    return days


def months_later(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last_day in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last_day))
        except ValueError:
            continue
    raise AssertionError("every month has a 28th")


def empty_snapshot() -> dict[str, Any]:
    """How a team without anyone stands; a snapshot of several teams starts from this too."""
    return {
        "active": 0,
        "waiting": 0,
        "out_of_view": 0,
        "stages": {},
        "linked_by_role": {},
        "by_channel": {"telegram": 0, "web": 0},
        "outcomes": {str(m): {} for m in MONTHS_AFTER_LEAVING},
    }


async def compute_snapshots(session: AsyncSession, teams: q.Teams) -> dict[int, dict[str, Any]]:
    """How every team stands now (counts only, so they add up over teams)."""
    found: dict[int, dict[str, Any]] = {}

    def team_of(team: int) -> dict[str, Any]:
        return found.setdefault(team, empty_snapshot())

    for team, no_coach, out_of_view, stage, count in await q.case_counts(session, teams):
        entry = team_of(team)
        entry["active"] += count
        entry["waiting"] += count if no_coach else 0
        entry["out_of_view"] += count if out_of_view else 0
        per_stage = entry["stages"].setdefault(stage or "none", {"cases": 0, "out_of_view": 0})
        per_stage["cases"] += count
        per_stage["out_of_view"] += count if out_of_view else 0
    for team, role, telegram, count in await q.linked(session, teams):
        entry = team_of(team)
        entry["linked_by_role"][role] = entry["linked_by_role"].get(role, 0) + count
        entry["by_channel"]["telegram" if telegram else "web"] += count
    await _outcomes(session, teams, team_of)
    return found


async def _outcomes(session: AsyncSession, teams: q.Teams, team_of: Any) -> None:
    """Where leavers were 6, 12 and 24 months after leaving school: their outcome then
    ("unknown" when none was recorded by that day)."""
    today = local(utcnow()).date()
    left_before = months_later(today, -min(MONTHS_AFTER_LEAVING))
    histories: dict[int, list[tuple[datetime, str]]] = {}
    for case_id, at, detail in await q.outcome_events(session, teams, left_before):
        outcome = (detail or {}).get("outcome")
        if isinstance(outcome, str):
            histories.setdefault(case_id, []).append((as_utc(at), outcome))
    for case_id, team, left in await q.leavers(session, teams, left_before):
        for months in MONTHS_AFTER_LEAVING:
            moment = months_later(left, months)
            if moment > today:
                continue
            cutoff = bounds(moment, moment)[1]
            then = [o for at, o in histories.get(case_id, []) if at < cutoff]
            counted = team_of(team)["outcomes"][str(months)]
            outcome = then[-1] if then else "unknown"
            counted[outcome] = counted.get(outcome, 0) + 1


async def do_refresh_figures(database: Database, *, force: bool = False) -> bool:
    """Recounts the recent days and every team's snapshot; the first time, every day since the
    first case. Reads in one transaction, writes in a short second one. False when a run less
    than a quarter of an hour ago makes this one unneeded (unless `force`)."""
    now = utcnow()
    today = local(now).date()
    async with database.transaction() as session:
        run = await session.get(FiguresRun, 1)
        if run is not None and not force and as_utc(run.at) > now - REFRESH_EVERY:
            return False
        if run is None:
            earliest = await q.earliest_case(session)
            first = _day_of(earliest) if earliest is not None else today
        else:
            first = min(today - timedelta(days=RECOUNTED_DAYS), run.last_day)
        days = await compute_days(session, None, first, today)
        snapshots = await compute_snapshots(session, None)
    async with database.transaction() as session:
        await session.exec(delete(TeamDay).where(col(TeamDay.day) >= first))
        await session.exec(delete(TeamDayMinutes).where(col(TeamDayMinutes.day) >= first))
        day_rows, minute_rows = [], []
        for (team, day), figures in days.items():
            day_rows.append({"team_id": team, "day": day, **figures.counts})
            minute_rows += [
                {"team_id": team, "day": day, "minutes": minutes, "count": count}
                for minutes, count in figures.minutes.items()
            ]
        for rows, table in ((day_rows, TeamDay), (minute_rows, TeamDayMinutes)):
            for start in range(0, len(rows), WRITE_BATCH):
                await session.exec(insert(table), params=rows[start : start + WRITE_BATCH])
        await session.exec(delete(TeamSnapshot))
        for team, standing in snapshots.items():
            session.add(TeamSnapshot(team_id=team, figures=standing, at=now))
        run = await session.get(FiguresRun, 1)
        if run is None:
            session.add(FiguresRun(id=1, first_day=first, last_day=today, at=now))
        else:
            run.first_day, run.last_day, run.at = min(run.first_day, first), today, now
    return True


async def stored_days(
    session: AsyncSession, teams: Iterable[int], first: date, last: date
) -> tuple[dict[date, DayFigures], Counter[int], tuple[date, date] | None]:
    """The stored days the page can trust, added up over the teams in SQL (one row per day),
    their answer times (one row per bucket), and the range they cover (None: no run yet)."""
    run = await session.get(FiguresRun, 1)
    if run is None:
        return {}, Counter(), None
    trusted = (max(first, run.first_day), min(last, run.last_day - timedelta(days=1)))
    if trusted[0] > trusted[1]:
        return {}, Counter(), None
    team_list = list(teams)
    sums = [func.sum(getattr(TeamDay, name)) for name in DAY_COUNTS]
    # A day and nine sums: built with SQLAlchemy's select, typed as rows of anything.
    per_day: Any = (
        sa_select(col(TeamDay.day), *sums)
        .where(
            col(TeamDay.team_id).in_(team_list),
            col(TeamDay.day) >= trusted[0],
            col(TeamDay.day) <= trusted[1],
        )
        .group_by(col(TeamDay.day))
    )
    rows = await session.exec(per_day)
    days = {
        day: DayFigures(Counter({n: int(v or 0) for n, v in zip(DAY_COUNTS, values, strict=True)}))
        for day, *values in rows.all()
    }
    waited = await session.exec(
        select(col(TeamDayMinutes.minutes), func.sum(TeamDayMinutes.count))
        .where(
            col(TeamDayMinutes.team_id).in_(team_list),
            col(TeamDayMinutes.day) >= trusted[0],
            col(TeamDayMinutes.day) <= trusted[1],
        )
        .group_by(col(TeamDayMinutes.minutes))
    )
    return days, Counter({int(m): int(c or 0) for m, c in waited.all()}), trusted


async def stored_snapshots(
    session: AsyncSession, teams: Iterable[int]
) -> dict[int, dict[str, Any]]:
    rows = await session.exec(
        select(TeamSnapshot).where(col(TeamSnapshot.team_id).in_(list(teams)))
    )
    return {row.team_id: dict(row.figures) for row in rows.all()}
