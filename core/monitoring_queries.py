"""The network's figures as SQL, per team: what happened in a window of time (questions and
their answer times, check-ins, reminders, escalations, out-of-view alerts, new cases) as small
rows (a team, a moment, a number), and how things stand now as grouped counts. Every query
reads indexed columns, never what people wrote. core/monitoring_summary.py turns the rows into
days and keeps them; core/monitoring.py puts the figures together."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import func
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core.actions.escalation import DEADLINE_STEP
from core.actions.out_of_view import OUT_OF_VIEW_ALERT
from core.actions.reminders import REMINDER_BEFORE, REMINDER_EVENING
from core.journey_models import CaseEvent, CaseEventKind, Referral
from core.models import (
    Alert,
    Case,
    CaseMember,
    CaseStatus,
    CheckIn,
    DueTask,
    Person,
    TaskStatus,
    Thread,
)

# Threads that ask for an answer (good news does not).
ANSWERED_KINDS = ("question", "concern", "report", "checkin")
Teams = Sequence[int] | None  # None: every team


def _teams(teams: Teams) -> list[Any]:
    return [] if teams is None else [col(Case.team_id).in_(list(teams))]


async def _rows(session: AsyncSession, query: Any) -> list[Any]:
    return list((await session.exec(query)).all())


# -- what happened, by moment -------------------------------------------------------------
# These read a window of time by its index and say each row's team; the caller keeps the teams
# it wants (a database would otherwise walk every case of the teams to find a day's rows).


async def new_cases(session: AsyncSession, start: datetime, end: datetime) -> list[Any]:
    return await _rows(
        session,
        select(Case.team_id, Case.created_at).where(
            col(Case.created_at) >= start, col(Case.created_at) < end
        ),
    )


async def threads(session: AsyncSession, start: datetime, end: datetime) -> list[Any]:
    """(team, asked, first answer, deadline) of each thread asked in the window."""
    return await _rows(
        session,
        select(Case.team_id, Thread.created_at, Thread.first_answer_at, Thread.due_at)
        .join(Case, col(Case.id) == Thread.case_id)
        .where(
            col(Thread.created_at) >= start,
            col(Thread.created_at) < end,
            col(Thread.kind).in_(ANSWERED_KINDS),
        ),
    )


async def done_tasks(
    session: AsyncSession, kinds: Sequence[str], start: datetime, end: datetime
) -> list[Any]:
    """(team, done at, outcome) of due work done in the window."""
    return await _rows(
        session,
        select(Case.team_id, DueTask.done_at, DueTask.outcome)
        .join(Case, col(Case.id) == DueTask.case_id)
        .where(
            col(DueTask.kind).in_(list(kinds)),
            DueTask.status == TaskStatus.DONE,
            col(DueTask.done_at) >= start,
            col(DueTask.done_at) < end,
        ),
    )


async def escalations(session: AsyncSession, start: datetime, end: datetime) -> list[Any]:
    steps = await done_tasks(session, [DEADLINE_STEP], start, end)
    return [(team, at) for team, at, outcome in steps if (outcome or "").startswith("asked_")]


async def reminders(session: AsyncSession, start: datetime, end: datetime) -> list[Any]:
    kinds = [REMINDER_BEFORE, REMINDER_EVENING]
    return [(team, at) for team, at, _ in await done_tasks(session, kinds, start, end)]


async def checkins(session: AsyncSession, start: datetime, end: datetime) -> list[Any]:
    """(team, asked, answered?) of each check-in asked in the window."""
    answered = (
        col(CheckIn.answered_at).is_not(None)
        | col(CheckIn.attended).is_not(None)
        | col(CheckIn.mood).is_not(None)
    )
    return await _rows(
        session,
        select(Case.team_id, CheckIn.asked_at, answered)
        .join(Case, col(Case.id) == CheckIn.case_id)
        .where(col(CheckIn.asked_at) >= start, col(CheckIn.asked_at) < end),
    )


async def out_of_view(session: AsyncSession, start: datetime, end: datetime) -> list[Any]:
    return await _rows(
        session,
        select(Case.team_id, Alert.created_at)
        .join(Case, col(Case.id) == Alert.case_id)
        .where(
            Alert.kind == OUT_OF_VIEW_ALERT,
            col(Alert.created_at) >= start,
            col(Alert.created_at) < end,
        ),
    )


async def referral_outcomes(
    session: AsyncSession, teams: Teams, start: datetime, end: datetime
) -> dict[str, int]:
    rows = await session.exec(
        select(Referral.status, Referral.reason, func.count())
        .join(Case, col(Case.id) == Referral.case_id)
        .where(*_teams(teams), col(Referral.created_at) >= start, col(Referral.created_at) < end)
        .group_by(col(Referral.status), col(Referral.reason))
    )
    found: dict[str, int] = {}
    for status, reason, count in rows.all():
        key = f"{status}:{reason}" if reason else status
        found[key] = found.get(key, 0) + int(count)
    return found


async def earliest_case(session: AsyncSession) -> datetime | None:
    return (await session.exec(select(func.min(Case.created_at)))).one()


# -- how things stand now, per team -------------------------------------------------------


async def case_counts(session: AsyncSession, teams: Teams) -> list[Any]:
    """(team, has no coach, out of view, stage, count) of active cases."""
    # Five columns: more than sqlmodel's select() has typed overloads for.
    return await _rows(
        session,
        select(  # type: ignore[call-overload]
            col(Case.team_id),
            col(Case.coach_id).is_(None),
            col(Case.out_of_view),
            col(Case.stage),
            func.count(),
        )
        .where(*_teams(teams), Case.status == CaseStatus.ACTIVE)
        .group_by(
            col(Case.team_id), col(Case.coach_id).is_(None), col(Case.out_of_view), col(Case.stage)
        ),
    )


async def linked(session: AsyncSession, teams: Teams) -> list[Any]:
    """(team, role, on Telegram, count) of people who agreed to Koers on active cases."""
    on_telegram = col(Person.telegram_chat_id).is_not(None)
    return await _rows(
        session,
        select(Case.team_id, CaseMember.role, on_telegram, func.count())
        .join(Person, col(Person.id) == CaseMember.person_id)
        .join(Case, col(Case.id) == CaseMember.case_id)
        .where(
            *_teams(teams),
            Case.status == CaseStatus.ACTIVE,
            col(Person.consent_at).is_not(None),
        )
        .group_by(col(Case.team_id), col(CaseMember.role), on_telegram),
    )


async def leavers(session: AsyncSession, teams: Teams, left_before: date) -> list[Any]:
    """(case, team, leaving date) of everyone who left school before `left_before`."""
    return await _rows(
        session,
        select(col(Case.id), col(Case.team_id), col(Case.leaving_date)).where(
            *_teams(teams),
            col(Case.leaving_date).is_not(None),
            col(Case.leaving_date) <= left_before,
        ),
    )


async def outcome_events(session: AsyncSession, teams: Teams, left_before: date) -> list[Any]:
    """(case, at, detail) of the outcomes recorded for those leavers, oldest first."""
    return await _rows(
        session,
        select(CaseEvent.case_id, CaseEvent.at, CaseEvent.detail)
        .join(Case, col(Case.id) == CaseEvent.case_id)
        .where(
            *_teams(teams),
            CaseEvent.kind == CaseEventKind.OUTCOME,
            col(Case.leaving_date).is_not(None),
            col(Case.leaving_date) <= left_before,
        )
        .order_by(col(CaseEvent.at)),
    )
