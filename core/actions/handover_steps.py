"""The steps every part of a warm handover shares: writing a step down (timeline and audit
log), recording the young person's answer, and telling the coaches about it."""

from __future__ import annotations

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core import audit
from core.access import Actor
from core.actions.notify import tell_coach
from core.case_events import note_event
from core.clock import utcnow
from core.journey_models import CaseEventKind
from core.models import Case, Coach, Person, Team
from core.network_models import HANDOVER_PARTS, Handover, HandoverStatus, Organisation
from messages import handover_texts
from messages.i18n import render


def noted(
    session: AsyncSession, handover: Handover, case_id: int, step: str, actor: Actor | Person | None
) -> None:
    note_event(
        session,
        case_id=case_id,
        kind=CaseEventKind.HANDOVER,
        actor=actor if isinstance(actor, Coach) else None,
        step=step,
        team=handover.to_team_id,
        from_team=handover.from_team_id,
        handover=handover.id,
    )
    audit.record(
        session,
        actor=actor,
        action=f"handover_{step}",
        case_id=case_id,
        handover=handover.id,
        to_team=handover.to_team_id,
    )


def record_consent(
    session: AsyncSession,
    handover: Handover,
    *,
    parts: list[str],
    old_coach_may_read: bool,
    via: str,
    by: Actor | Person,
) -> None:
    """The young person's answer (or their parent's, under 16): the parts they agreed to.
    No part at all is a refusal: nothing travels and the handover ends."""
    chosen = [part for part in HANDOVER_PARTS if part in parts]
    handover.parts = chosen
    handover.old_coach_may_read = old_coach_may_read and handover.read_days > 0
    handover.consent_via, handover.consented_at = via, utcnow()
    if chosen:
        handover.status = HandoverStatus.CONSENTED
        noted(session, handover, handover.case_id, "consented", by)
    else:
        handover.status, handover.decided_at = HandoverStatus.REFUSED, utcnow()
        noted(session, handover, handover.case_id, "refused", by)


async def tell_about_consent(session: AsyncSession, handover: Handover) -> None:
    """The proposing coach hears the answer; on a yes, the receiving team's coordinators
    hear there is a handover waiting for them."""
    case = await session.get(Case, handover.case_id)
    coach = await session.get(Coach, handover.from_coach_id)
    team = await session.get(Team, handover.to_team_id)
    assert case is not None and coach is not None and team is not None
    if handover.status == HandoverStatus.REFUSED:
        text = render(
            coach.language, handover_texts.COACH_REFUSED, name=case.first_name, team=team.name
        )
        tell_coach(session, coach, text, case_id=case.id)
        return
    parts = ", ".join(
        render(coach.language, handover_texts.PART_TITLES[p]) for p in handover.parts or []
    )
    text = render(
        coach.language,
        handover_texts.COACH_CONSENTED,
        name=case.first_name,
        team=team.name,
        parts=parts.lower(),
    )
    tell_coach(session, coach, text, case_id=case.id)
    organisation = await organisation_of(session, handover.from_team_id)
    for coordinator in await _coordinators(session, handover.to_team_id):
        told = render(
            coordinator.language,
            handover_texts.TEAM_INCOMING,
            name=case.first_name,
            organisation=organisation.name,
        )
        tell_coach(session, coordinator, told)


async def _coordinators(session: AsyncSession, team_id: int) -> list[Coach]:
    query = select(Coach).where(
        Coach.team_id == team_id, col(Coach.is_coordinator).is_(True), col(Coach.left_at).is_(None)
    )
    return list((await session.exec(query)).all())


async def organisation_of(session: AsyncSession, team_id: int) -> Organisation:
    team = await session.get(Team, team_id)
    assert team is not None
    organisation = await session.get(Organisation, team.organisation_id)
    assert organisation is not None
    return organisation
