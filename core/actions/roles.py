"""Whom a person speaks for: themselves, the parent of one of their children, or an employer.

A person may be linked in several roles: a parent of two young people, a young person who is a
parent too, an employer who is also a parent. Each youth or parent membership is an identity of
its own; the employer role is one identity however many young people are placed with them (the
employer flows ask which young person). Someone with one identity never sees any of this.

The choice is kept in Person.current_member_id and holds as long as that membership does (the
case still active). Without a valid choice, the default of core.people applies to menus and
flows, but free text is not guessed: the person is asked whom it is about (must_ask_whom).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core.models import Case, CaseMember, CaseStatus, Person, Role
from core.people import Membership, default_membership, membership, preferred_member


@dataclass(frozen=True)
class Identity:
    """One role a person can speak in, as the buttons to choose it show it."""

    role: Role
    # The membership a choice of this identity is stored as.
    member_id: int
    # The young person it is about (their own first name for a young person).
    name: str
    # Every membership this identity stands for: one, or each placement of an employer.
    member_ids: frozenset[int]


async def identities(session: AsyncSession, person: Person) -> list[Identity]:
    """The roles a person can speak in, on active cases: themselves, each child, employer."""
    return _identities_in(await _active_memberships(session, person))


async def _active_memberships(
    session: AsyncSession, person: Person
) -> Sequence[tuple[CaseMember, Case]]:
    """The person's memberships on active cases, oldest first, each with its case."""
    query = (
        select(CaseMember, Case)
        .join(Case, col(Case.id) == CaseMember.case_id)
        .where(CaseMember.person_id == person.id, Case.status == CaseStatus.ACTIVE)
        .order_by(col(CaseMember.id))
    )
    return (await session.exec(query)).all()


def _identities_in(rows: Sequence[tuple[CaseMember, Case]]) -> list[Identity]:
    own = [_single(m, c) for m, c in rows if m.role == Role.YOUTH]
    children = [_single(m, c) for m, c in rows if m.role == Role.PARENT]
    placed = [(m, c) for m, c in rows if m.role == Role.EMPLOYER]
    employer: list[Identity] = []
    if placed:
        newest, case = placed[-1]
        ids = frozenset(m.id or 0 for m, _ in placed)
        employer = [Identity(Role.EMPLOYER, newest.id or 0, case.first_name, ids)]
    return [*own, *children, *employer]


def _single(member: CaseMember, case: Case) -> Identity:
    member_id = member.id or 0
    return Identity(Role(member.role), member_id, case.first_name, frozenset({member_id}))


def identity_of(found: list[Identity], member_id: int | None) -> Identity | None:
    return next((i for i in found if member_id in i.member_ids), None)


async def current_membership(session: AsyncSession, person: Person) -> Membership | None:
    """Whom the person speaks for now: their choice while it is still valid, else the default."""
    # `rows` keeps the memberships and cases in the session's identity map, so `membership`
    # reads them from there instead of asking the database again (this runs for every message).
    rows = await _active_memberships(session, person)
    found = _identities_in(rows)
    chosen = identity_of(found, person.current_member_id)
    if chosen is not None and person.current_member_id is not None:
        who = await membership(session, person.current_member_id)
    elif rows:
        # The default of core.people.default_membership, among active cases.
        pick = preferred_member([member for member, _ in reversed(rows)])
        who = await membership(session, pick.id or 0)
    else:
        who = await default_membership(session, person)
    if who is None:
        return None
    return replace(who, switchable=len(found) > 1, chosen=chosen is not None)


def must_ask_whom(who: Membership) -> bool:
    """Free text from someone in several roles who never chose one: ask, do not guess."""
    return who.switchable and not who.chosen


async def do_choose_identity(
    session: AsyncSession, *, person: Person, member_id: int
) -> Membership | None:
    """Makes the person speak for this membership from now on; None when it is no longer
    theirs (removed, or the case closed), and then nothing changes."""
    if identity_of(await identities(session, person), member_id) is None:
        return None
    person.current_member_id = member_id
    return await current_membership(session, person)


async def added_identity(session: AsyncSession, person: Person, member: CaseMember) -> bool:
    """Whether this new membership gave the person a role to switch to (not merely one more
    young person placed with an employer they already were)."""
    found = await identities(session, person)
    mine = identity_of(found, member.id)
    return len(found) > 1 and mine is not None and mine.member_ids == {member.id}
