"""Looking up who is who: a Telegram user as person or coach, a person's case and coach, names."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core.models import Case, CaseMember, Coach, Person, Role
from messages import texts
from messages.i18n import render

ROLE_NAMES = {
    Role.YOUTH: texts.ROLE_YOUTH,
    Role.PARENT: texts.ROLE_PARENT,
    Role.EMPLOYER: texts.ROLE_EMPLOYER,
}


@dataclass(frozen=True)
class Membership:
    """A person in one role on one case, with the coach who answers them."""

    member: CaseMember
    person: Person
    case: Case
    coach: Coach
    # Set by core.actions.roles.current_membership: the person can also act in another role
    # (so the menu says whom it is about and offers to switch), and whether this membership is
    # their own choice rather than the default.
    switchable: bool = False
    chosen: bool = False

    @property
    def role(self) -> Role:
        return Role(self.member.role)


async def coach_for_telegram_user(session: AsyncSession, telegram_user_id: int) -> Coach | None:
    query = select(Coach).where(Coach.telegram_user_id == telegram_user_id)
    return (await session.exec(query)).first()


async def person_for_telegram_user(session: AsyncSession, telegram_user_id: int) -> Person | None:
    query = select(Person).where(Person.telegram_user_id == telegram_user_id)
    return (await session.exec(query)).first()


async def case_coach(session: AsyncSession, case: Case) -> Coach:
    """Who answers for a case: its coach, or while it waits to be picked up (no coach yet) the
    team's coordinator, so that nothing a person writes goes unseen."""
    if case.coach_id is not None:
        coach = await session.get(Coach, case.coach_id)
        if coach is not None:
            return coach
    query = (
        select(Coach)
        .where(Coach.team_id == case.team_id, col(Coach.left_at).is_(None))
        .order_by(col(Coach.is_coordinator).desc(), col(Coach.id))
    )
    stand_in = (await session.exec(query)).first()
    if stand_in is None:
        raise LookupError(f"team {case.team_id} has no coach to answer for case {case.id}")
    return stand_in


def backup_id(case: Case, coach: Coach | None) -> int | None:
    """Who stands in on a case: its own backup, else the backup its coach chose for all their
    cases (a coordinator sets it on the team page)."""
    return case.backup_coach_id or (coach.backup_coach_id if coach is not None else None)


async def membership(session: AsyncSession, member_id: int) -> Membership | None:
    member = await session.get(CaseMember, member_id)
    if member is None:
        return None
    person = await session.get(Person, member.person_id)
    case = await session.get(Case, member.case_id)
    assert person is not None and case is not None
    coach = await case_coach(session, case)
    return Membership(member=member, person=person, case=case, coach=coach)


async def default_membership(session: AsyncSession, person: Person) -> Membership | None:
    """Whom a person speaks for when they did not choose: their own case first, else the newest
    link (core/actions/roles.py applies the same among active cases first)."""
    members = (
        await session.exec(
            select(CaseMember)
            .where(CaseMember.person_id == person.id)
            .order_by(col(CaseMember.id).desc())
        )
    ).all()
    if not members:
        return None
    return await membership(session, preferred_member(members).id or 0)


def preferred_member(newest_first: Sequence[CaseMember]) -> CaseMember:
    """Of a person's memberships, newest first, the one they speak for unless they chose: their
    own case, else the newest link."""
    return next((m for m in newest_first if m.role == Role.YOUTH), newest_first[0])


def display_name(person: Person, member: CaseMember, case: Case, language: str | None) -> str:
    """A person's first name; an invited parent or employer we know no name of, by role."""
    if person.first_name:
        return person.first_name
    role = render(language, ROLE_NAMES[Role(member.role)])
    return render(language, texts.SOMEONE_WITH_ROLE, role=role, case=case.first_name)


def described_for_coach(
    person: Person, member: CaseMember, case: Case, language: str | None
) -> str:
    """Who wrote, as a coach needs it: 'Sam', 'Petra (ouder van Sam)', 'de ouder van Sam'."""
    if member.role == Role.YOUTH:
        return person.first_name or case.first_name
    role = role_name(member, language)
    if person.first_name:
        return render(
            language, texts.NAME_WITH_ROLE, name=person.first_name, role=role, case=case.first_name
        )
    return render(language, texts.SOMEONE_WITH_ROLE, role=role, case=case.first_name)


def role_name(member: CaseMember, language: str | None) -> str:
    return render(language, ROLE_NAMES[Role(member.role)])
