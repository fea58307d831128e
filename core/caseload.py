"""A coach's caseload: the team's cases, found by name, filtered by coach and status, sorted by
name or by how long ago there was contact (who has been quiet longest comes first).

What a filter may say is decided here; the portal only passes on what was asked and renders the
rows. Unknown values fall back to the defaults, so an edited address never breaks the page.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, nulls_first
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core.models import Alert, Case, CaseStatus, Coach, Thread, ThreadStatus

STATUSES = ("active", "closed", "all")
ORDERS = ("name", "contact")
# A search longer than a first name can be is cut, not refused.
MAX_SEARCH = 80


@dataclass(frozen=True)
class CaseRow:
    case: Case
    coach: Coach
    open_items: int


@dataclass(frozen=True)
class CaseFilter:
    # Part of the first name, in any case ("sa" finds Sam and Lisa).
    name: str = ""
    coach_id: int | None = None
    status: str = "active"
    order: str = "name"


def case_filter(
    *, name: str = "", coach: str = "", status: str = "", order: str = ""
) -> CaseFilter:
    """A filter from what a coach typed and chose; anything unknown is the default."""
    return CaseFilter(
        name=name.strip()[:MAX_SEARCH],
        coach_id=int(coach) if coach.isdigit() and len(coach) < 10 else None,
        status=status if status in STATUSES else "active",
        order=order if order in ORDERS else "name",
    )


async def caseload(
    session: AsyncSession, *, team_id: int, shown: CaseFilter | None = None
) -> list[CaseRow]:
    """The team's cases as the filter asks, each with its coach and open items (open threads
    and unresolved alerts)."""
    shown = shown or CaseFilter()
    query = select(Case).where(Case.team_id == team_id)
    if shown.name:
        query = query.where(func.lower(Case.first_name).contains(shown.name.lower()))
    if shown.coach_id is not None:
        query = query.where(Case.coach_id == shown.coach_id)
    if shown.status != "all":
        if shown.status == "closed":
            query = query.where(col(Case.status) == CaseStatus.CLOSED)
        else:
            query = query.where(col(Case.status) != CaseStatus.CLOSED)
    if shown.order == "contact":
        query = query.order_by(nulls_first(col(Case.last_contact_at).asc()), col(Case.id))
    else:
        query = query.order_by(func.lower(Case.first_name), col(Case.id))
    cases = (await session.exec(query)).all()
    ids = [c.id for c in cases]
    open_threads = dict(
        (
            await session.exec(
                select(Thread.case_id, func.count())
                .where(col(Thread.case_id).in_(ids), Thread.status == ThreadStatus.OPEN)
                .group_by(col(Thread.case_id))
            )
        ).all()
    )
    open_alerts = dict(
        (
            await session.exec(
                select(Alert.case_id, func.count())
                .where(col(Alert.case_id).in_(ids), col(Alert.resolved_at).is_(None))
                .group_by(col(Alert.case_id))
            )
        ).all()
    )
    coach_ids = {c.coach_id for c in cases}
    coaches = {
        coach.id: coach
        for coach in (await session.exec(select(Coach).where(col(Coach.id).in_(coach_ids)))).all()
    }
    return [
        CaseRow(
            case=case,
            coach=coaches[case.coach_id],
            open_items=open_threads.get(case.id or 0, 0) + open_alerts.get(case.id, 0),
        )
        for case in cases
    ]


async def team_coaches(session: AsyncSession, *, team_id: int) -> list[Coach]:
    """The coaches a caseload can be filtered by, by name."""
    query = select(Coach).where(Coach.team_id == team_id).order_by(func.lower(Coach.name))
    return list((await session.exec(query)).all())
