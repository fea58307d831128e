"""A case's state as operators and scripts see it (`koers case show --json`)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import col, func, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core.actions.referrals import case_referrals, needs_action
from core.clock import utcnow
from core.errors import NotFound
from core.journey_models import Referral
from core.models import Appointment, Case, CaseMember, Coach, Person, Thread, ThreadStatus
from core.timeline import case_timeline

# `koers case show` prints this many of the newest timeline entries.
TIMELINE_SHOWN = 500


async def case_state(session: AsyncSession, case_id: int) -> dict[str, Any]:
    case = await session.get(Case, case_id)
    if case is None:
        raise NotFound(f"no case {case_id}")
    coach = await session.get(Coach, case.coach_id) if case.coach_id else None
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
    now = utcnow()
    referrals = await case_referrals(session, case_id=case_id)
    story = await case_timeline(session, case, limit=TIMELINE_SHOWN)
    return {
        "id": case.id,
        "first_name": case.first_name,
        "coach": coach.email if coach else None,
        "coach_name": coach.name if coach else None,
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
        "stage": case.stage,
        "outcome": case.outcome,
        "school": case.school,
        "leaving_date": case.leaving_date.isoformat() if case.leaving_date else None,
        "referrals": [_referral(referral, now) for referral in referrals],
        "timeline": [entry.as_json() for entry in story.entries],
    }


def _referral(referral: Referral, now: datetime) -> dict[str, Any]:
    return {
        "id": referral.id,
        "service": referral.service,
        "organisation": referral.organisation,
        "contact": referral.contact,
        "first_appointment_at": _iso(referral.first_appointment_at),
        "status": referral.status,
        "reason": referral.reason,
        "youth_said": referral.youth_said,
        "needs_action": needs_action(referral, now),
    }


def _iso(moment: Any) -> str | None:
    return moment.isoformat() if moment is not None else None
