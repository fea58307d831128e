"""A coach corrects a case (name, birth date, school, leaving date, backup) or gives it to
another coach of the team (DESIGN §6). Each change is a case event on the timeline and an audit
entry; a new coach is told in Telegram, and the people on the case hear who their coach is now.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core import access, audit
from core.access import Actor
from core.actions.notify import tell_coach, tell_person
from core.actions.organisation import checked_birth_date, checked_first_name
from core.actions.out_of_view import plan_first_out_of_view_check
from core.case_events import note_event
from core.clock import local, utcnow
from core.errors import InvalidInput
from core.journey_models import CaseEventKind
from core.models import Case, CaseMember, Coach, Person, Role
from messages import journey_texts
from messages.i18n import render

MAX_SCHOOL = 120
# A leaving date further ahead than this is a typing error, not a plan.
LEAVING_DAYS_AHEAD = 2 * 366
EARLIEST_LEAVING = date(2000, 1, 1)


@dataclass(frozen=True)
class CaseDetails:
    """What a coach can set on a case; the form shows the current values."""

    first_name: str
    birth_date: date | None
    coach_id: int | None  # None only while the case waits to be picked up
    backup_coach_id: int | None
    school: str
    leaving_date: date | None

    @classmethod
    def of(cls, case: Case) -> CaseDetails:
        return cls(
            first_name=case.first_name,
            birth_date=case.birth_date,
            coach_id=case.coach_id,
            backup_coach_id=case.backup_coach_id,
            school=case.school or "",
            leaving_date=case.leaving_date,
        )


async def do_edit_case(
    session: AsyncSession, *, case_id: int, actor: Actor, details: CaseDetails
) -> Case:
    """Raises InvalidInput with the field: "first_name", "birth_date", "coach" (not a coach of
    the case's team), "backup" (not of the team, or the coach themself), "school",
    "leaving_date"."""
    case = await access.case_for(session, actor, case_id)
    wanted = await _checked(session, case, details)
    before = CaseDetails.of(case)
    changed = [
        name
        for name in ("first_name", "birth_date", "backup_coach_id", "school", "leaving_date")
        if getattr(before, name) != getattr(wanted, name)
    ]
    if changed:
        case.first_name, case.birth_date = wanted.first_name, wanted.birth_date
        case.backup_coach_id = wanted.backup_coach_id
        case.school, case.leaving_date = wanted.school or None, wanted.leaving_date
        note_event(session, case_id=case_id, kind=CaseEventKind.EDITED, actor=actor, fields=changed)
        audit.record(session, actor=actor, action="case_edited", case_id=case_id, fields=changed)
        if "first_name" in changed:
            await _rename_youth(session, case, before.first_name)
    if wanted.coach_id is not None and wanted.coach_id != case.coach_id:
        await assign_coach(session, case, wanted.coach_id, actor=actor)
    return case


async def _checked(session: AsyncSession, case: Case, details: CaseDetails) -> CaseDetails:
    first_name = checked_first_name(details.first_name)
    checked_birth_date(details.birth_date)
    school = " ".join(details.school.split())
    if len(school) > MAX_SCHOOL:
        raise InvalidInput("school")
    leaving = details.leaving_date
    latest = local(utcnow()).date() + timedelta(days=LEAVING_DAYS_AHEAD)
    if leaving is not None and not EARLIEST_LEAVING <= leaving <= latest:
        raise InvalidInput("leaving_date")
    coach_id = details.coach_id
    if coach_id is None:
        if case.coach_id is not None:
            raise InvalidInput("coach")
    else:
        coach = await session.get(Coach, coach_id)
        if coach is None or coach.team_id != case.team_id or coach.left_at is not None:
            raise InvalidInput("coach")
    backup_id = details.backup_coach_id
    if backup_id is not None:
        backup = await session.get(Coach, backup_id)
        if backup is None or backup.team_id != case.team_id or backup_id == coach_id:
            raise InvalidInput("backup")
        if backup.left_at is not None:
            raise InvalidInput("backup")
    return CaseDetails(first_name, details.birth_date, coach_id, backup_id, school, leaving)


async def _rename_youth(session: AsyncSession, case: Case, old_name: str) -> None:
    """The young person's own name follows the case's, unless they chose another one."""
    youth = await session.exec(
        select(Person)
        .join(CaseMember, col(CaseMember.person_id) == Person.id)
        .where(CaseMember.case_id == case.id, CaseMember.role == Role.YOUTH)
    )
    for person in youth.all():
        if person.first_name in ("", old_name):
            person.first_name = case.first_name


async def assign_coach(
    session: AsyncSession,
    case: Case,
    coach_id: int,
    *,
    actor: Actor,
    tell_coach_now: bool = True,
    tell_people: bool = True,
) -> None:
    """Gives the case to a coach of its team (checked by the caller): the coach is told (unless
    the caller tells them once about many cases), the people on the case hear who their coach
    is now; a case picked up for the first time starts its out-of-view watch."""
    previous = case.coach_id
    case.coach_id = coach_id
    if previous is None:
        await plan_first_out_of_view_check(session, case, picked_up_at=utcnow())
    if case.backup_coach_id == coach_id:
        case.backup_coach_id = None
    note_event(
        session,
        case_id=case.id or 0,
        kind=CaseEventKind.REASSIGNED,
        actor=actor,
        coach=coach_id,
        previous=previous,
    )
    audit.record(
        session,
        actor=actor,
        action="case_reassigned",
        case_id=case.id,
        coach=coach_id,
        previous=previous,
    )
    coach = await session.get(Coach, coach_id)
    assert coach is not None
    if tell_coach_now:
        text = render(coach.language, journey_texts.COACH_CASE_GIVEN, name=case.first_name)
        tell_coach(session, coach, text, case_id=case.id)
    if not tell_people:
        return
    members = await session.exec(
        select(CaseMember, Person)
        .join(Person, col(Person.id) == CaseMember.person_id)
        .where(CaseMember.case_id == case.id)
    )
    for member, person in members.all():
        if person.consent_at is None:
            continue
        if member.role == Role.YOUTH:
            told = render(person.language, journey_texts.NEW_COACH_YOUTH, coach=coach.name)
        else:
            told = render(
                person.language,
                journey_texts.NEW_COACH_OTHER,
                coach=coach.name,
                name=case.first_name,
            )
        tell_person(session, person, told)
