"""A warm handover (DESIGN §1, §6): a coach hands a case to a team of another organisation
(school → municipality) with a handover file — the story so far, what works, what to watch,
appointments, network — that travels only as far as the young person agrees, per part
(core/actions/handover_consent.py asks them). The receiving team accepts or declines. On
acceptance the receiving team gets a new case for the same people (with only the parts agreed
to), the young person hears their new coach's name, and the old case closes: the old coach
keeps no access, or read access to the new case for the days the young person agreed to.
Every step is on both timelines and in the audit log.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core import access
from core.access import Actor
from core.actions.handover_consent import do_ask_consent
from core.actions.handover_steps import noted, record_consent, tell_about_consent
from core.clock import as_utc, utcnow
from core.errors import InvalidInput, NotFound
from core.mail import WebReach
from core.models import (
    Appointment,
    Case,
    CaseMember,
    CaseStatus,
    Coach,
    Person,
    Role,
    Team,
)
from core.network_models import (
    OPEN_HANDOVER,
    Handover,
    HandoverStatus,
)
from core.people import case_coach, display_name

MAX_TEXT = 4000
READ_DAYS = (0, 30, 90)


@dataclass(frozen=True)
class ProposedHandover:
    handover: Handover
    # Koers asked the young person (or a parent); False: the coach records their answer.
    asked: bool


@dataclass(frozen=True)
class HandoverFile:
    story: str = ""
    what_works: str = ""
    watch_out: str = ""


def _checked_text(value: str, field: str) -> str | None:
    value = value.strip()
    if len(value) > MAX_TEXT:
        raise InvalidInput(field)
    return value or None


async def do_propose_handover(
    session: AsyncSession,
    *,
    actor: Actor,
    case_id: int,
    to_team_id: int,
    file: HandoverFile,
    reach: WebReach,
    read_days: int = 0,
) -> ProposedHandover:
    """Raises InvalidInput("team") for the case's own or an unknown team, ("open") while
    another handover of the case is open, ("closed") for a closed case, ("read_days")."""
    case = await access.case_for(session, actor, case_id)
    if case.status != CaseStatus.ACTIVE:
        raise InvalidInput("closed")
    team = await session.get(Team, to_team_id)
    if team is None or team.id == case.team_id:
        raise InvalidInput("team")
    if read_days not in READ_DAYS:
        raise InvalidInput("read_days")
    if await open_handover(session, case_id):
        raise InvalidInput("open")
    proposer = actor if isinstance(actor, Coach) else await case_coach(session, case)
    handover = Handover(
        case_id=case_id,
        from_team_id=case.team_id,
        to_team_id=to_team_id,
        from_coach_id=proposer.id or 0,
        story=_checked_text(file.story, "story"),
        what_works=_checked_text(file.what_works, "what_works"),
        watch_out=_checked_text(file.watch_out, "watch_out"),
        snapshot=await _snapshot(session, case),
        read_days=read_days,
    )
    session.add(handover)
    await session.flush()
    noted(session, handover, case_id, "proposed", actor)
    asked = await do_ask_consent(session, handover, reach)
    return ProposedHandover(handover, asked)


async def _snapshot(session: AsyncSession, case: Case) -> dict[str, object]:
    """The case's coming appointments and the people around the young person, as they are now."""
    now = utcnow()
    appointments = (
        await session.exec(
            select(Appointment)
            .where(
                Appointment.case_id == case.id,
                col(Appointment.starts_at) >= now,
                col(Appointment.cancelled_at).is_(None),
            )
            .order_by(col(Appointment.starts_at))
        )
    ).all()
    members = (
        await session.exec(
            select(CaseMember, Person)
            .join(Person, col(Person.id) == CaseMember.person_id)
            .where(CaseMember.case_id == case.id, CaseMember.role != Role.YOUTH)
            .order_by(col(CaseMember.id))
        )
    ).all()
    return {
        "appointments": [
            {"what": a.what, "where": a.where, "at": as_utc(a.starts_at).isoformat()}
            for a in appointments
        ],
        "network": [
            {"role": member.role, "name": display_name(person, member, case, "nl")}
            for member, person in members
        ],
    }


async def open_handover(session: AsyncSession, case_id: int) -> Handover | None:
    query = select(Handover).where(
        Handover.case_id == case_id, col(Handover.status).in_(OPEN_HANDOVER)
    )
    return (await session.exec(query)).first()


async def case_handovers(session: AsyncSession, case_id: int) -> list[Handover]:
    """The handovers a case took part in (from it, or into it), newest first."""
    query = (
        select(Handover)
        .where((col(Handover.case_id) == case_id) | (col(Handover.new_case_id) == case_id))
        .order_by(col(Handover.created_at).desc())
    )
    return list((await session.exec(query)).all())


async def do_withdraw_handover(
    session: AsyncSession, *, actor: Actor, handover_id: int
) -> Handover:
    handover = await _open_from(session, actor, handover_id)
    handover.status, handover.decided_at = HandoverStatus.WITHDRAWN, utcnow()
    noted(session, handover, handover.case_id, "withdrawn", actor)
    return handover


async def _open_from(session: AsyncSession, actor: Actor, handover_id: int) -> Handover:
    """An open handover of a case in the actor's reach."""
    handover = await session.get(Handover, handover_id)
    if handover is None:
        raise NotFound(f"no handover {handover_id}")
    await access.case_for(session, actor, handover.case_id)
    if handover.status not in OPEN_HANDOVER:
        raise InvalidInput("decided")
    return handover


async def do_record_consent_in_person(
    session: AsyncSession,
    *,
    actor: Actor,
    handover_id: int,
    parts: list[str],
    old_coach_may_read: bool,
) -> Handover:
    """The coach writes down what the young person said in a conversation."""
    handover = await _open_from(session, actor, handover_id)
    if handover.status != HandoverStatus.PROPOSED:
        raise InvalidInput("decided")
    record_consent(
        session,
        handover,
        parts=parts,
        old_coach_may_read=old_coach_may_read,
        via="in_person",
        by=actor,
    )
    await tell_about_consent(session, handover)
    return handover
