"""The network's figures (DESIGN §1, "Monitoring"): per team, organisation or region and period,
for the coordinator's page, `koers stats --json` and the CSV export.

- reach: active cases, how many wait to be picked up, who is linked (per role), Telegram or web;
- response: median and 90th percentile time to a coach's first answer, the share answered within
  its deadline, escalations;
- follow-up: check-ins sent, answered and missed; reminders sent;
- out of view: now, and per week of the period;
- the journey: active cases per stage and how many of them are out of view there;
- referral outcomes; and outcomes 6, 12 and 24 months after leaving school, with the share in
  work or training a year after (practical schools aim for at least 75 %).

No names anywhere. Outside one's own team any figure about fewer than five young people is
given as "< 5" (`Figures.suppressed`), so nobody can be picked out.
"""

from __future__ import annotations

import csv
import io
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core import monitoring_queries as q
from core.clock import AMSTERDAM, as_utc, local, utcnow
from core.errors import InvalidInput, NotFound
from core.models import Team
from core.network_models import Organisation, Region

FEW = 5
SUPPRESSED = "< 5"
IN_WORK_OR_TRAINING = ("work", "work_supported", "training")
MONTHS_AFTER_LEAVING = (6, 12, 24)
GOAL_IN_WORK_AFTER_A_YEAR = 0.75
DEFAULT_PERIOD_DAYS = 90
MAX_PERIOD_DAYS = 3 * 366


@dataclass(frozen=True)
class Scope:
    """Whose figures: one team, an organisation's teams, a region's, or all (the operator)."""

    kind: str  # "team", "organisation", "region" or "all"
    id: int | None
    name: str
    team_ids: tuple[int, ...]


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive

    @property
    def bounds(self) -> tuple[datetime, datetime]:
        """The period in UTC: from the first day's midnight to the next day's, Dutch time."""
        first = datetime.combine(self.start, time(0), AMSTERDAM).astimezone(UTC)
        after = datetime.combine(self.end + timedelta(days=1), time(0), AMSTERDAM).astimezone(UTC)
        return first, after


def period_of(start: str | date | None, end: str | date | None) -> Period:
    """The period asked for (YYYY-MM-DD); by default the last 90 days up to today.
    InvalidInput("period") for an unreadable, reversed or too long one."""
    today = local(utcnow()).date()
    try:
        last = _day(end) or today
        first = _day(start) or last - timedelta(days=DEFAULT_PERIOD_DAYS - 1)
    except ValueError as error:
        raise InvalidInput("period") from error
    if first > last or (last - first).days > MAX_PERIOD_DAYS:
        raise InvalidInput("period")
    return Period(first, last)


def _day(value: str | date | None) -> date | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, date) else date.fromisoformat(value)


async def scope_of(session: AsyncSession, kind: str, scope_id: int | None) -> Scope:
    """NotFound for an unknown team, organisation or region."""
    if kind == "all":
        teams = (await session.exec(select(Team.id))).all()
        return Scope("all", None, "", tuple(t for t in teams if t is not None))
    if kind == "team":
        team = await session.get(Team, scope_id or 0)
        if team is None:
            raise NotFound(f"no team {scope_id}")
        return Scope("team", team.id, team.name, (team.id or 0,))
    if kind == "organisation":
        organisation = await session.get(Organisation, scope_id or 0)
        if organisation is None:
            raise NotFound(f"no organisation {scope_id}")
        query = select(Team.id).where(Team.organisation_id == organisation.id)
        teams = (await session.exec(query)).all()
        return Scope(kind, organisation.id, organisation.name, tuple(t for t in teams if t))
    if kind == "region":
        region = await session.get(Region, scope_id or 0)
        if region is None:
            raise NotFound(f"no region {scope_id}")
        query = (
            select(Team.id)
            .join(Organisation, col(Organisation.id) == Team.organisation_id)
            .where(Organisation.region_id == region.id)
        )
        teams = (await session.exec(query)).all()
        return Scope(kind, region.id, region.name, tuple(t for t in teams if t))
    raise InvalidInput("scope")


async def network_figures(session: AsyncSession, scope: Scope, period: Period) -> dict[str, Any]:
    """Every figure of the scope and period, as plain numbers (JSON-ready)."""
    teams = scope.team_ids
    start, end = period.bounds
    cases = await q.case_counts(session, teams)
    linked = await q.linked(session, teams)
    times = await q.answer_times(session, teams, start, end)
    weeks = _per_week(await q.out_of_view_moments(session, teams, start, end), period)
    return {
        "scope": {"kind": scope.kind, "id": scope.id, "name": scope.name},
        "period": {"from": period.start.isoformat(), "to": period.end.isoformat()},
        "reach": {
            "active": cases["active"],
            "waiting_to_be_picked_up": cases["waiting"],
            "new_in_period": await q.new_cases(session, teams, start, end),
            "linked_by_role": linked["by_role"],
            "by_channel": linked["by_channel"],
        },
        "response": {
            **_response(times),
            "escalations": await q.escalations(session, teams, start, end),
        },
        "follow_up": {
            "checkins": await q.checkins(session, teams, start, end),
            "reminders_sent": await q.reminders(session, teams, start, end),
        },
        "out_of_view": {"now": cases["out_of_view"], "per_week": weeks},
        "stages": await q.stages(session, teams),
        "referrals": await q.referral_outcomes(session, teams, start, end),
        "outcomes_after_leaving": await _outcomes(session, teams),
    }


def _response(times: Sequence[tuple[datetime, datetime | None, datetime | None]]) -> dict[str, Any]:
    waited = sorted(
        (as_utc(answered) - as_utc(asked)).total_seconds() / 60
        for asked, answered, _ in times
        if answered is not None
    )
    in_time = sum(
        1
        for _, answered, due in times
        if answered is not None and (due is None or as_utc(answered) <= as_utc(due))
    )
    return {
        "threads": len(times),
        "answered": len(waited),
        "median_minutes": round(statistics.median(waited)) if waited else None,
        "p90_minutes": round(_percentile(waited, 0.9)) if waited else None,
        "within_deadline_share": round(in_time / len(times), 3) if times else None,
    }


def _percentile(ordered: Sequence[float], share: float) -> float:
    """The nearest-rank percentile of a sorted list."""
    rank = max(1, int(-(-share * len(ordered) // 1)))
    return ordered[min(rank, len(ordered)) - 1]


def _per_week(moments: Sequence[datetime], period: Period) -> list[dict[str, Any]]:
    """Cases that went out of view, per ISO week of the period (Dutch time), empty weeks too."""
    counted = Counter(local(m).date() - timedelta(days=local(m).weekday()) for m in moments)
    first = period.start - timedelta(days=period.start.weekday())
    weeks = []
    monday = first
    while monday <= period.end:
        weeks.append({"week": monday.isoformat(), "count": counted.get(monday, 0)})
        monday += timedelta(days=7)
    return weeks


def _months_later(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last_day in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last_day))
        except ValueError:
            continue
    raise AssertionError("every month has a 28th")


async def _outcomes(session: AsyncSession, teams: Sequence[int]) -> dict[str, Any]:
    """Where leavers were 6, 12 and 24 months after leaving school (their outcome then)."""
    today = local(utcnow()).date()
    leavers, histories = await q.outcome_histories(
        session, teams, _months_later(today, -min(MONTHS_AFTER_LEAVING))
    )
    found: dict[str, Any] = {}
    for months in MONTHS_AFTER_LEAVING:
        counted: Counter[str] = Counter()
        for case_id, left in leavers.items():
            moment = _months_later(left, months)
            if moment > today:
                continue
            cutoff = datetime.combine(moment + timedelta(days=1), time(0), AMSTERDAM)
            then = [o for at, o in histories.get(case_id, []) if as_utc(at) < cutoff]
            counted[then[-1] if then else "unknown"] += 1
        total = sum(counted.values())
        in_work = sum(counted[o] for o in IN_WORK_OR_TRAINING)
        found[str(months)] = {
            "leavers": total,
            "by_outcome": dict(counted),
            "in_work_or_training_share": round(in_work / total, 3) if total else None,
        }
    found["goal_in_work_or_training_after_a_year"] = GOAL_IN_WORK_AFTER_A_YEAR
    return found


def suppressed(figures: dict[str, Any]) -> dict[str, Any]:
    """The figures as someone outside the scope's team may see them: every count of 1–4 young
    people, and every share or time computed over fewer than five, becomes "< 5"."""
    shown: dict[str, Any] = _hide_small(figures)
    response = shown["response"]
    if isinstance(figures["response"]["threads"], int) and figures["response"]["threads"] < FEW:
        for key in ("median_minutes", "p90_minutes", "within_deadline_share"):
            response[key] = SUPPRESSED if figures["response"][key] is not None else None
    for months, entry in figures["outcomes_after_leaving"].items():
        if isinstance(entry, dict) and entry["leavers"] < FEW and entry["leavers"]:
            shown["outcomes_after_leaving"][months]["in_work_or_training_share"] = SUPPRESSED
    return shown


_NOT_COUNTS = {"scope", "period", "median_minutes", "p90_minutes"}


def _hide_small(value: Any, key: str = "") -> Any:
    if key in _NOT_COUNTS:
        return value
    if isinstance(value, dict):
        return {k: _hide_small(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_hide_small(v) for v in value]
    if isinstance(value, bool) or not isinstance(value, int):
        return value
    return SUPPRESSED if 0 < value < FEW else value


def flat_rows(figures: dict[str, Any], prefix: str = "") -> list[tuple[str, Any]]:
    """Every figure on its own row, named by its path ("reach.active"), for the CSV export."""
    rows: list[tuple[str, Any]] = []
    for key, value in figures.items():
        name = f"{prefix}.{key}" if prefix else key
        if isinstance(value, dict):
            rows += flat_rows(value, name)
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, dict) and "week" in item:
                    rows.append((f"{name}.{item['week']}", item.get("count")))
        else:
            rows.append((name, value))
    return rows


def figures_csv(figures: dict[str, Any]) -> str:
    """The figures as CSV (`;`, as Dutch Excel opens it), one figure per row."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(["figure", "value"])
    for name, value in flat_rows(figures):
        writer.writerow([name, "" if value is None else value])
    return out.getvalue()
