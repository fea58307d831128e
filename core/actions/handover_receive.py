"""The receiving side of a warm handover (core/actions/handover.py): the team's coordinator sees
what the young person agreed to share, and accepts (a new case in their team, for the same
people; the old case closes) or declines (the old coach and the young person hear why)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import update
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core import access
from core.access import Actor
from core.actions.case_edit import assign_coach
from core.actions.handover_steps import noted, organisation_of
from core.actions.notify import tell_coach, tell_person
from core.actions.out_of_view import plan_first_out_of_view_check
from core.actions.retention import close_case
from core.clock import as_utc, utcnow
from core.errors import InvalidInput, NotFound
from core.models import (
    Appointment,
    Case,
    CaseMember,
    Coach,
    DueTask,
    Person,
    Role,
    Team,
    Thread,
    ThreadStatus,
)
from core.network_models import HANDOVER_PARTS, Handover, HandoverStatus, Organisation
from messages import handover_texts, journey_texts
from messages.i18n import render

MAX_REASON = 300


@dataclass(frozen=True)
class IncomingHandover:
    handover: Handover
    case: Case
    from_team: Team
    organisation: Organisation
    from_coach: Coach


async def incoming_handovers(session: AsyncSession, *, actor: Actor) -> list[IncomingHandover]:
    """Handovers the young person agreed to, waiting for the actor's team to decide."""
    access.require_coordinator(actor)
    query = (
        select(Handover)
        .where(Handover.status == HandoverStatus.CONSENTED)
        .order_by(col(Handover.consented_at))
    )
    if isinstance(actor, Coach):
        query = query.where(Handover.to_team_id == actor.team_id)
    found = []
    for handover in (await session.exec(query)).all():
        case = await session.get(Case, handover.case_id)
        team = await session.get(Team, handover.from_team_id)
        coach = await session.get(Coach, handover.from_coach_id)
        assert case is not None and team is not None and coach is not None
        organisation = await organisation_of(session, team.id or 0)
        found.append(IncomingHandover(handover, case, team, organisation, coach))
    return found


async def _incoming(session: AsyncSession, actor: Actor, handover_id: int) -> Handover:
    access.require_coordinator(actor)
    handover = await session.get(Handover, handover_id)
    if handover is None or not access.reaches(actor, handover.to_team_id):
        raise NotFound(f"no handover {handover_id}")
    if handover.status != HandoverStatus.CONSENTED:
        raise InvalidInput("decided")
    return handover


async def do_decline_handover(
    session: AsyncSession, *, actor: Actor, handover_id: int, reason: str
) -> Handover:
    handover = await _incoming(session, actor, handover_id)
    reason = " ".join(reason.split())
    if not reason or len(reason) > MAX_REASON:
        raise InvalidInput("reason")
    handover.status, handover.decided_at = HandoverStatus.DECLINED, utcnow()
    handover.decline_reason = reason
    handover.decided_by_coach_id = actor.id if isinstance(actor, Coach) else None
    noted(session, handover, handover.case_id, "declined", actor)
    case = await session.get(Case, handover.case_id)
    coach = await session.get(Coach, handover.from_coach_id)
    team = await session.get(Team, handover.to_team_id)
    assert case is not None and coach is not None and team is not None
    tell_coach(
        session,
        coach,
        render(
            coach.language,
            handover_texts.COACH_DECLINED,
            team=team.name,
            name=case.first_name,
            reason=reason,
        ),
        case_id=case.id,
    )
    for _, person in await _people(session, case.id or 0):
        if person.consent_at is not None:
            told = render(
                person.language, handover_texts.DECLINED_TO_PERSON, team=team.name, coach=coach.name
            )
            tell_person(session, person, told)
    return handover


async def do_accept_handover(
    session: AsyncSession, *, actor: Actor, handover_id: int, coach_id: int | None
) -> Case:
    """The receiving team takes the young person on: a new case in that team (with `coach_id`,
    or waiting to be picked up), the people on the case move to it, the old case closes."""
    handover = await _incoming(session, actor, handover_id)
    coach = None
    if coach_id is not None:
        coach = await session.get(Coach, coach_id)
        if coach is None or coach.team_id != handover.to_team_id or coach.left_at is not None:
            raise InvalidInput("coach")
    old = await session.get(Case, handover.case_id)
    assert old is not None
    now = utcnow()
    new = Case(
        team_id=handover.to_team_id,
        first_name=old.first_name,
        birth_date=old.birth_date,
        school=old.school,
        leaving_date=old.leaving_date,
        stage=old.stage,
        aftercare_since=old.aftercare_since,
        checkin_every_days=old.checkin_every_days,
        parents_may_see_appointments=old.parents_may_see_appointments,
        good_news_shared_with_youth=old.good_news_shared_with_youth,
        last_contact_at=old.last_contact_at,
    )
    session.add(new)
    await session.flush()
    handover.status, handover.decided_at, handover.new_case_id = (
        HandoverStatus.ACCEPTED,
        now,
        new.id,
    )
    handover.decided_by_coach_id = actor.id if isinstance(actor, Coach) else None
    await _move_people(session, old, new, handover)
    await close_case(session, old, actor=actor)
    noted(session, handover, old.id or 0, "accepted", actor)
    noted(session, handover, new.id or 0, "received", actor)
    if coach is not None:
        await assign_coach(session, new, coach.id or 0, actor=actor, tell_people=False)
        await _tell_new_coach(session, new, coach, handover)
    else:
        await _tell_waiting(session, new, handover)
    from_coach = await session.get(Coach, handover.from_coach_id)
    team = await session.get(Team, handover.to_team_id)
    assert from_coach is not None and team is not None
    told = render(
        from_coach.language, handover_texts.COACH_ACCEPTED, team=team.name, name=old.first_name
    )
    tell_coach(session, from_coach, told)
    return new


async def _people(session: AsyncSession, case_id: int) -> list[tuple[CaseMember, Person]]:
    rows = await session.exec(
        select(CaseMember, Person)
        .join(Person, col(Person.id) == CaseMember.person_id)
        .where(CaseMember.case_id == case_id)
    )
    return list(rows.all())


async def _move_people(session: AsyncSession, old: Case, new: Case, handover: Handover) -> None:
    """The young person always goes with their case; parents and employers when the young
    person agreed to share their network; appointments (with their reminders) when they agreed
    to share those. Open threads of the old case close: the new coach starts afresh."""
    parts = set(handover.parts or [])
    for member, _ in await _people(session, old.id or 0):
        if member.role == Role.YOUTH or "network" in parts:
            member.case_id = new.id or 0
    if "appointments" in parts:
        moved = await session.exec(
            select(Appointment.id).where(
                Appointment.case_id == old.id, col(Appointment.starts_at) >= utcnow()
            )
        )
        ids = [appointment_id for appointment_id in moved.all() if appointment_id]
        await session.exec(
            update(Appointment).where(col(Appointment.id).in_(ids)).values(case_id=new.id)
        )
        await session.exec(
            update(DueTask).where(col(DueTask.appointment_id).in_(ids)).values(case_id=new.id)
        )
    await session.exec(
        update(Thread)
        .where(col(Thread.case_id) == old.id, col(Thread.status) == ThreadStatus.OPEN)
        .values(status=ThreadStatus.CLOSED, closed_at=utcnow())
    )


async def _tell_new_coach(
    session: AsyncSession, new: Case, coach: Coach, handover: Handover
) -> None:
    team = await session.get(Team, handover.to_team_id)
    assert team is not None
    for member, person in await _people(session, new.id or 0):
        if person.consent_at is None:
            continue
        if member.role == Role.YOUTH:
            told = render(
                person.language, handover_texts.NEW_COACH, coach=coach.name, team=team.name
            )
        else:
            told = render(
                person.language,
                journey_texts.NEW_COACH_OTHER,
                coach=coach.name,
                name=new.first_name,
            )
        tell_person(session, person, told)


async def _tell_waiting(session: AsyncSession, new: Case, handover: Handover) -> None:
    team = await session.get(Team, handover.to_team_id)
    assert team is not None
    await plan_first_out_of_view_check(session, new, picked_up_at=utcnow())
    for member, person in await _people(session, new.id or 0):
        if member.role == Role.YOUTH and person.consent_at is not None:
            told = render(person.language, handover_texts.NEW_TEAM_NO_COACH_YET, team=team.name)
            tell_person(session, person, told)


def shared_parts(handover: Handover) -> list[str]:
    """The parts of the file the receiving team may read: only what the young person agreed to."""
    return [part for part in HANDOVER_PARTS if part in (handover.parts or [])]


async def readable_by_former_coach(
    session: AsyncSession, *, coach: Coach, case_id: int
) -> Handover | None:
    """The accepted handover that lets a former coach go on reading a case (the young person
    agreed, for a number of days); None when they may not."""
    query = select(Handover).where(
        Handover.new_case_id == case_id,
        Handover.from_coach_id == coach.id,
        Handover.status == HandoverStatus.ACCEPTED,
        col(Handover.old_coach_may_read).is_(True),
    )
    for handover in (await session.exec(query)).all():
        if (
            handover.decided_at
            and as_utc(handover.decided_at) + timedelta(days=handover.read_days) > utcnow()
        ):
            return handover
    return None
