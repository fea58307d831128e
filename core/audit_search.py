"""Searching the audit log (DESIGN §8, NEN 7513): a coordinator looks up who did or saw what,
on which case, when and from where — within their own team: entries about the team's cases
and entries by the team's coaches (a login, a refused look at another team's case)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlmodel import col, or_, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core import access
from core.access import Actor
from core.clock import as_utc
from core.models import AuditEntry, Case, Coach
from core.monitoring_summary import bounds

PAGE = 100
MAX_TEXT = 64


@dataclass(frozen=True)
class AuditFilter:
    coach_id: int | None = None
    action: str = ""
    case_id: int | None = None
    first: date | None = None
    last: date | None = None
    page: int = 0


def audit_filter(
    *,
    coach: str = "",
    action: str = "",
    case: str = "",
    first: str = "",
    last: str = "",
    page: str = "",
) -> AuditFilter:
    """A filter from what the coordinator typed; anything unreadable is left out."""

    def number(value: str) -> int | None:
        value = value.strip().lstrip("#")
        return int(value) if value.isdigit() and len(value) < 10 else None

    def day(value: str) -> date | None:
        try:
            return date.fromisoformat(value) if value else None
        except ValueError:
            return None

    return AuditFilter(
        coach_id=number(coach),
        action=" ".join(action.split())[:MAX_TEXT],
        case_id=number(case),
        first=day(first),
        last=day(last),
        page=min(number(page) or 0, 10_000),
    )


@dataclass(frozen=True)
class AuditRow:
    at: datetime
    who: str
    action: str
    case_id: int | None
    address: str | None
    detail: dict[str, Any]


@dataclass(frozen=True)
class AuditPage:
    rows: list[AuditRow]
    more: bool


async def search_audit(session: AsyncSession, *, actor: Actor, shown: AuditFilter) -> AuditPage:
    access.require_coordinator(actor)
    team_id = actor.team_id if isinstance(actor, Coach) else None
    coaches = {
        coach.id: coach
        for coach in (
            await session.exec(
                select(Coach).where(*([Coach.team_id == team_id] if team_id is not None else []))
            )
        ).all()
    }
    query = select(AuditEntry)
    if team_id is not None:
        team_cases = select(Case.id).where(Case.team_id == team_id)
        query = query.where(
            or_(
                col(AuditEntry.case_id).in_(team_cases),
                col(AuditEntry.actor).in_([f"coach:{coach_id}" for coach_id in coaches]),
            )
        )
    if shown.coach_id is not None:
        query = query.where(AuditEntry.actor == f"coach:{shown.coach_id}")
    if shown.action:
        query = query.where(col(AuditEntry.action).contains(shown.action.lower()))
    if shown.case_id is not None:
        query = query.where(AuditEntry.case_id == shown.case_id)
    if shown.first is not None:
        query = query.where(col(AuditEntry.at) >= bounds(shown.first, shown.first)[0])
    if shown.last is not None:
        query = query.where(col(AuditEntry.at) < bounds(shown.last, shown.last)[1])
    query = (
        query.order_by(col(AuditEntry.at).desc(), col(AuditEntry.id).desc())
        .offset(shown.page * PAGE)
        .limit(PAGE + 1)
    )
    entries = (await session.exec(query)).all()
    rows = []
    for entry in entries[:PAGE]:
        detail = dict(entry.detail or {})
        kind, _, number = entry.actor.partition(":")
        coach = coaches.get(int(number)) if kind == "coach" and number.isdigit() else None
        rows.append(
            AuditRow(
                at=as_utc(entry.at),
                who=coach.name if coach else kind,
                action=entry.action,
                case_id=entry.case_id,
                address=detail.pop("address", None),
                detail=detail,
            )
        )
    return AuditPage(rows, more=len(entries) > PAGE)
