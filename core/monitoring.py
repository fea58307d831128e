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
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core import monitoring_queries as q
from core.clock import local, utcnow
from core.errors import InvalidInput, NotFound
from core.models import Team
from core.monitoring_summary import (
    MONTHS_AFTER_LEAVING,
    DayFigures,
    bounds,
    compute_days,
    compute_snapshots,
    empty_snapshot,
    stored_days,
    stored_snapshots,
)
from core.network_models import Organisation, Region

FEW = 5
SUPPRESSED = "< 5"
IN_WORK_OR_TRAINING = ("work", "work_supported", "training")
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
        """The period in UTC: from the first day's midnight to the last's end, Dutch time."""
        return bounds(self.start, self.end)


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
    """Every figure of the scope and period, as plain numbers (JSON-ready): from the stored days
    and snapshots (core/monitoring_summary.py) where they can be trusted, the rest counted now."""
    teams = scope.team_ids
    days, waited = await _days(session, teams, period)
    total = DayFigures(minutes=waited)
    for figures in days.values():
        total.counts.update(figures.counts)
    now = await _snapshot(session, teams)
    start, end = period.bounds
    counts = total.counts
    return {
        "scope": {"kind": scope.kind, "id": scope.id, "name": scope.name},
        "period": {"from": period.start.isoformat(), "to": period.end.isoformat()},
        "reach": {
            "active": now["active"],
            "waiting_to_be_picked_up": now["waiting"],
            "new_in_period": counts["new_cases"],
            "linked_by_role": now["linked_by_role"],
            "by_channel": now["by_channel"],
        },
        "response": {
            "threads": counts["threads"],
            "answered": counts["answered"],
            "median_minutes": _percentile(total.minutes, 0.5),
            "p90_minutes": _percentile(total.minutes, 0.9),
            "within_deadline_share": (
                round(counts["in_time"] / counts["threads"], 3) if counts["threads"] else None
            ),
            "escalations": counts["escalations"],
        },
        "follow_up": {
            "checkins": {
                "sent": counts["checkins_sent"],
                "answered": counts["checkins_answered"],
                "missed": counts["checkins_sent"] - counts["checkins_answered"],
            },
            "reminders_sent": counts["reminders"],
        },
        "out_of_view": {"now": now["out_of_view"], "per_week": _per_week(days, period)},
        "stages": now["stages"],
        "referrals": await q.referral_outcomes(session, teams, start, end),
        "outcomes_after_leaving": _outcomes(now["outcomes"]),
    }


async def _days(
    session: AsyncSession, teams: Sequence[int], period: Period
) -> tuple[dict[date, DayFigures], Counter[int]]:
    """The period's days summed over the teams, and all their answer times: stored where
    trusted, counted now elsewhere."""
    days, waited, trusted = await stored_days(session, teams, period.start, period.end)
    gaps = [(period.start, period.end)]
    if trusted is not None:
        gaps = [
            (period.start, trusted[0] - timedelta(days=1)),
            (trusted[1] + timedelta(days=1), period.end),
        ]
    for first, last in gaps:
        if first > last:
            continue
        for (_, day), figures in (await compute_days(session, teams, first, last)).items():
            days.setdefault(day, DayFigures()).counts.update(figures.counts)
            waited.update(figures.minutes)
    return days, waited


async def _snapshot(session: AsyncSession, teams: Sequence[int]) -> dict[str, Any]:
    """How the teams stand now, summed: stored snapshots, and a fresh count for teams without."""
    stored = await stored_snapshots(session, teams)
    missing = [team for team in teams if team not in stored]
    if missing:
        stored.update(await compute_snapshots(session, missing))
    summed = empty_snapshot()
    for figures in stored.values():
        _add(summed, figures)
    return summed


def _add(into: dict[str, Any], more: dict[str, Any]) -> None:
    """Adds nested counts."""
    for key, value in more.items():
        if isinstance(value, dict):
            _add(into.setdefault(key, {}), value)
        elif isinstance(value, int):
            into[key] = into.get(key, 0) + value


def _percentile(histogram: Counter[int], share: float) -> int | None:
    """The nearest-rank percentile of answer times kept as a histogram of minutes."""
    total = sum(histogram.values())
    if not total:
        return None
    rank = max(1, math.ceil(share * total))
    seen = 0
    for minutes in sorted(histogram):
        seen += histogram[minutes]
        if seen >= rank:
            return minutes
    return max(histogram)


def _per_week(days: dict[date, DayFigures], period: Period) -> list[dict[str, Any]]:
    """Cases that went out of view, per week (from Monday) of the period, empty weeks too."""
    counted: Counter[date] = Counter()
    for day, figures in days.items():
        if period.start <= day <= period.end:
            counted[day - timedelta(days=day.weekday())] += figures.counts["out_of_view"]
    weeks = []
    monday = period.start - timedelta(days=period.start.weekday())
    while monday <= period.end:
        weeks.append({"week": monday.isoformat(), "count": counted.get(monday, 0)})
        monday += timedelta(days=7)
    return weeks


def _outcomes(counted: dict[str, dict[str, int]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for months in MONTHS_AFTER_LEAVING:
        by_outcome = counted.get(str(months), {})
        total = sum(by_outcome.values())
        in_work = sum(by_outcome.get(o, 0) for o in IN_WORK_OR_TRAINING)
        found[str(months)] = {
            "leavers": total,
            "by_outcome": by_outcome,
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
