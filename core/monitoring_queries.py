"""The network's figures as SQL: each a count or a short list from indexed columns (cases by
team, threads and check-ins by the day they were asked, alerts and due work by case), never a
scan of what people wrote. core/monitoring.py puts them together."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
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


def _in_scope(team_ids: Sequence[int]) -> Any:
    return col(Case.team_id).in_(list(team_ids))


async def _pairs(session: AsyncSession, query: Any) -> dict[Any, int]:
    return {key: int(count) for key, count in (await session.exec(query)).all()}


async def case_counts(session: AsyncSession, team_ids: Sequence[int]) -> dict[str, int]:
    active = Case.status == CaseStatus.ACTIVE
    rows = await _pairs(
        session,
        select(col(Case.coach_id).is_(None), func.count())
        .where(_in_scope(team_ids), active)
        .group_by(col(Case.coach_id).is_(None)),
    )
    out_of_view = await session.exec(
        select(func.count()).where(_in_scope(team_ids), active, col(Case.out_of_view).is_(True))
    )
    return {
        "active": sum(rows.values()),
        "waiting": rows.get(True, 0),
        "out_of_view": int(out_of_view.one()),
    }


async def new_cases(
    session: AsyncSession, team_ids: Sequence[int], start: datetime, end: datetime
) -> int:
    query = select(func.count()).where(
        _in_scope(team_ids), col(Case.created_at) >= start, col(Case.created_at) < end
    )
    return int((await session.exec(query)).one())


async def linked(session: AsyncSession, team_ids: Sequence[int]) -> dict[str, dict[str, int]]:
    """People who agreed to Koers on active cases, by role and by channel."""
    on_telegram = col(Person.telegram_chat_id).is_not(None)
    rows = await session.exec(
        select(CaseMember.role, on_telegram, func.count())
        .join(Person, col(Person.id) == CaseMember.person_id)
        .join(Case, col(Case.id) == CaseMember.case_id)
        .where(
            _in_scope(team_ids),
            Case.status == CaseStatus.ACTIVE,
            col(Person.consent_at).is_not(None),
        )
        .group_by(CaseMember.role, on_telegram)
    )
    by_role: dict[str, int] = {}
    by_channel = {"telegram": 0, "web": 0}
    for role, telegram, count in rows.all():
        by_role[role] = by_role.get(role, 0) + int(count)
        by_channel["telegram" if telegram else "web"] += int(count)
    return {"by_role": by_role, "by_channel": by_channel}


async def answer_times(
    session: AsyncSession, team_ids: Sequence[int], start: datetime, end: datetime
) -> list[tuple[datetime, datetime | None, datetime | None]]:
    """(asked, first answer, deadline) of each thread asked in the period."""
    rows = await session.exec(
        select(Thread.created_at, Thread.first_answer_at, Thread.due_at)
        .join(Case, col(Case.id) == Thread.case_id)
        .where(
            _in_scope(team_ids),
            col(Thread.created_at) >= start,
            col(Thread.created_at) < end,
            col(Thread.kind).in_(ANSWERED_KINDS),
        )
    )
    return list(rows.all())


async def done_tasks(
    session: AsyncSession,
    team_ids: Sequence[int],
    kinds: Sequence[str],
    start: datetime,
    end: datetime,
) -> list[tuple[str, str | None]]:
    """(kind, outcome) of due work done in the period for the scope's cases."""
    rows = await session.exec(
        select(DueTask.kind, DueTask.outcome)
        .join(Case, col(Case.id) == DueTask.case_id)
        .where(
            _in_scope(team_ids),
            col(DueTask.kind).in_(list(kinds)),
            DueTask.status == TaskStatus.DONE,
            col(DueTask.done_at) >= start,
            col(DueTask.done_at) < end,
        )
    )
    return list(rows.all())


async def escalations(
    session: AsyncSession, team_ids: Sequence[int], start: datetime, end: datetime
) -> int:
    steps = await done_tasks(session, team_ids, [DEADLINE_STEP], start, end)
    return sum(1 for _, outcome in steps if (outcome or "").startswith("asked_"))


async def reminders(
    session: AsyncSession, team_ids: Sequence[int], start: datetime, end: datetime
) -> int:
    kinds = [REMINDER_BEFORE, REMINDER_EVENING]
    return len(await done_tasks(session, team_ids, kinds, start, end))


async def checkins(
    session: AsyncSession, team_ids: Sequence[int], start: datetime, end: datetime
) -> dict[str, int]:
    answered = (
        col(CheckIn.answered_at).is_not(None)
        | col(CheckIn.attended).is_not(None)
        | col(CheckIn.mood).is_not(None)
    )
    rows = await _pairs(
        session,
        select(answered, func.count())
        .join(Case, col(Case.id) == CheckIn.case_id)
        .where(_in_scope(team_ids), col(CheckIn.asked_at) >= start, col(CheckIn.asked_at) < end)
        .group_by(answered),
    )
    sent = sum(rows.values())
    return {"sent": sent, "answered": rows.get(True, 0), "missed": sent - rows.get(True, 0)}


async def out_of_view_moments(
    session: AsyncSession, team_ids: Sequence[int], start: datetime, end: datetime
) -> list[datetime]:
    rows = await session.exec(
        select(Alert.created_at)
        .join(Case, col(Case.id) == Alert.case_id)
        .where(
            _in_scope(team_ids),
            Alert.kind == OUT_OF_VIEW_ALERT,
            col(Alert.created_at) >= start,
            col(Alert.created_at) < end,
        )
    )
    return list(rows.all())


async def stages(session: AsyncSession, team_ids: Sequence[int]) -> dict[str, dict[str, int]]:
    """Active cases per stage, and how many of them are out of view there (where they drop out)."""
    rows = await session.exec(
        select(Case.stage, Case.out_of_view, func.count())
        .where(_in_scope(team_ids), Case.status == CaseStatus.ACTIVE)
        .group_by(col(Case.stage), col(Case.out_of_view))
    )
    found: dict[str, dict[str, int]] = {}
    for stage, out_of_view, count in rows.all():
        entry = found.setdefault(stage or "none", {"cases": 0, "out_of_view": 0})
        entry["cases"] += int(count)
        if out_of_view:
            entry["out_of_view"] += int(count)
    return found


async def referral_outcomes(
    session: AsyncSession, team_ids: Sequence[int], start: datetime, end: datetime
) -> dict[str, int]:
    rows = await session.exec(
        select(Referral.status, Referral.reason, func.count())
        .join(Case, col(Case.id) == Referral.case_id)
        .where(
            _in_scope(team_ids), col(Referral.created_at) >= start, col(Referral.created_at) < end
        )
        .group_by(col(Referral.status), col(Referral.reason))
    )
    found: dict[str, int] = {}
    for status, reason, count in rows.all():
        key = f"{status}:{reason}" if reason else status
        found[key] = found.get(key, 0) + int(count)
    return found


async def outcome_histories(
    session: AsyncSession, team_ids: Sequence[int], left_before: Any
) -> tuple[dict[int, Any], dict[int, list[tuple[datetime, str]]]]:
    """Leavers (case → leaving date) who left school before `left_before`, and each one's
    outcomes over time (oldest first), from the case events."""
    leavers = dict(
        (
            await session.exec(
                select(col(Case.id), col(Case.leaving_date)).where(
                    _in_scope(team_ids),
                    col(Case.leaving_date).is_not(None),
                    col(Case.leaving_date) <= left_before,
                )
            )
        ).all()
    )
    histories: dict[int, list[tuple[datetime, str]]] = {}
    if not leavers:
        return {}, histories
    events = await session.exec(
        select(CaseEvent.case_id, CaseEvent.at, CaseEvent.detail)
        .join(Case, col(Case.id) == CaseEvent.case_id)
        .where(
            _in_scope(team_ids),
            CaseEvent.kind == CaseEventKind.OUTCOME,
            col(Case.leaving_date).is_not(None),
            col(Case.leaving_date) <= left_before,
        )
        .order_by(col(CaseEvent.at))
    )
    for case_id, at, detail in events.all():
        outcome = (detail or {}).get("outcome")
        if isinstance(outcome, str):
            histories.setdefault(case_id, []).append((at, outcome))
    return {k: v for k, v in leavers.items() if k is not None}, histories
