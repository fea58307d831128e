"""A case's state as operators and scripts see it (`koers case show --json`)."""

from __future__ import annotations

from typing import Any

from sqlmodel import col, func, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core.clock import utcnow
from core.errors import NotFound
from core.models import Appointment, Case, CaseMember, Coach, Person, Thread, ThreadStatus


async def case_state(session: AsyncSession, case_id: int) -> dict[str, Any]:
    case = await session.get(Case, case_id)
    if case is None:
        raise NotFound(f"no case {case_id}")
    coach = await session.get(Coach, case.coach_id)
    assert coach is not None
    open_items = (
        await session.exec(
            select(func.count())
            .select_from(Thread)
            .where(Thread.case_id == case_id, Thread.status == ThreadStatus.OPEN)
        )
    ).one()
    members = (
        await session.exec(
            select(CaseMember, Person)
            .join(Person, col(Person.id) == CaseMember.person_id)
            .where(CaseMember.case_id == case_id)
            .order_by(col(CaseMember.id))
        )
    ).all()
    upcoming = (
        await session.exec(
            select(Appointment)
            .where(
                Appointment.case_id == case_id,
                Appointment.starts_at >= utcnow(),
                col(Appointment.cancelled_at).is_(None),
            )
            .order_by(col(Appointment.starts_at))
        )
    ).all()
    return {
        "id": case.id,
        "first_name": case.first_name,
        "coach": coach.email,
        "coach_name": coach.name,
        "status": case.status,
        "out_of_view": case.out_of_view,
        "open_items": open_items,
        "last_contact_at": _iso(case.last_contact_at),
        "created_at": _iso(case.created_at),
        "members": [
            {
                "role": member.role,
                "first_name": person.first_name,
                "telegram_linked": person.telegram_chat_id is not None,
                "consent": person.consent_at is not None,
            }
            for member, person in members
        ],
        "appointments": [
            {"id": a.id, "what": a.what, "where": a.where, "starts_at": _iso(a.starts_at)}
            for a in upcoming
        ],
    }


def _iso(moment: Any) -> str | None:
    return moment.isoformat() if moment is not None else None
