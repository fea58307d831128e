"""Referrals that close the loop (DESIGN §6): young people often never arrive where they were
sent. A coach records where (service, organisation, contact) and when the first appointment is;
that appointment gets the usual reminders and the "ben je geweest?" check-in, and the young
person's answer moves the referral on. Its status is kept the way closed-loop referral systems
keep it: pending, went (arrived, got help), could not get help (and why), no longer wanted.
A pending referral whose first appointment has passed, or that the young person did not go to,
needs the coach (`needs_action`).
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core import access, audit
from core.access import Actor
from core.actions.appointments import do_add_appointment_as_coach
from core.case_events import note_event
from core.clock import as_utc, utcnow
from core.errors import InvalidInput, NotFound
from core.journey_models import CaseEventKind, Referral, ReferralStatus
from core.models import CheckIn, Coach

REASONS = ("no_contact", "not_eligible", "no_capacity", "other")
STATUSES = tuple(status.value for status in ReferralStatus)
MAX_NAME = 120
MAX_CONTACT = 200


def _required(text: str, field: str) -> str:
    text = " ".join(text.split())
    if not text or len(text) > MAX_NAME:
        raise InvalidInput(field)
    return text


async def do_add_referral(
    session: AsyncSession,
    *,
    coach: Coach,
    case_id: int,
    service: str,
    organisation: str,
    contact: str = "",
    first_local: datetime | None = None,
) -> Referral:
    """Raises InvalidInput ("service", "organisation", "contact", or the appointment's own
    reasons: "moment" in the past, a time that does not exist)."""
    await access.case_for(session, coach, case_id)
    referral = Referral(
        case_id=case_id,
        service=_required(service, "service"),
        organisation=_required(organisation, "organisation"),
        contact=" ".join(contact.split()) or None,
        created_by_coach_id=coach.id,
    )
    if referral.contact is not None and len(referral.contact) > MAX_CONTACT:
        raise InvalidInput("contact")
    if first_local is not None:
        added = await do_add_appointment_as_coach(
            session,
            coach=coach,
            case_id=case_id,
            what=referral.service,
            starts_local=first_local,
            where=referral.organisation,
        )
        referral.appointment_id = added.appointment.id
        referral.first_appointment_at = added.appointment.starts_at
    session.add(referral)
    await session.flush()
    note_event(
        session,
        case_id=case_id,
        kind=CaseEventKind.REFERRAL,
        actor=coach,
        referral=referral.id,
        status=ReferralStatus.PENDING.value,
    )
    audit.record(session, actor=coach, action="referral_added", case_id=case_id)
    return referral


async def do_set_referral_status(
    session: AsyncSession,
    *,
    actor: Actor,
    referral_id: int,
    status: str,
    reason: str | None = None,
) -> Referral:
    """Raises InvalidInput("status") or InvalidInput("reason"): "could not get help" needs a
    reason from the list; the other statuses take none."""
    referral = await session.get(Referral, referral_id)
    if referral is None:
        raise NotFound(f"no referral {referral_id}")
    await access.case_for(session, actor, referral.case_id)
    if status not in STATUSES:
        raise InvalidInput("status")
    if status == ReferralStatus.NOT_HELPED:
        if reason not in REASONS:
            raise InvalidInput("reason")
    else:
        reason = None
    if (referral.status, referral.reason) == (status, reason):
        return referral
    referral.status, referral.reason, referral.status_at = status, reason, utcnow()
    note_event(
        session,
        case_id=referral.case_id,
        kind=CaseEventKind.REFERRAL,
        actor=actor,
        referral=referral.id,
        status=status,
        reason=reason,
    )
    audit.record(session, actor=actor, action="referral_status", case_id=referral.case_id)
    return referral


async def note_youth_answer(session: AsyncSession, checkin: CheckIn) -> None:
    """The check-in after a referral's first appointment: a yes means they arrived (the
    referral is done unless the coach already set another status); a no leaves it open, and
    it needs the coach. "Moved" says nothing about arriving."""
    if checkin.appointment_id is None or checkin.attended not in ("yes", "no"):
        return
    went = checkin.attended == "yes"
    query = select(Referral).where(Referral.appointment_id == checkin.appointment_id)
    for referral in (await session.exec(query)).all():
        referral.youth_said = "yes" if went else "no"
        if went and referral.status == ReferralStatus.PENDING:
            referral.status, referral.status_at = ReferralStatus.WENT, utcnow()
        note_event(
            session,
            case_id=referral.case_id,
            kind=CaseEventKind.REFERRAL,
            actor=None,
            referral=referral.id,
            youth_said=referral.youth_said,
            status=referral.status,
        )


def needs_action(referral: Referral, now: datetime) -> bool:
    """Still pending after its first appointment, or the young person said they did not go."""
    if referral.status != ReferralStatus.PENDING:
        return False
    passed = referral.first_appointment_at is not None and as_utc(
        referral.first_appointment_at
    ) <= as_utc(now)
    return passed or referral.youth_said == "no"


async def case_referrals(session: AsyncSession, *, case_id: int) -> list[Referral]:
    """The case's referrals, the newest first."""
    found = await session.exec(
        select(Referral)
        .where(Referral.case_id == case_id)
        .order_by(col(Referral.created_at).desc(), col(Referral.id).desc())
    )
    return list(found.all())
