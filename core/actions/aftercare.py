"""Aftercare after leaving school: its start, each periodic check-in, and its end (DESIGN §4.4).

The cadence rules are in core/actions/cadence.py; what happens when a check-in goes unanswered
in core/actions/checkin_followup.py.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlmodel.ext.asyncio.session import AsyncSession

from core import access, audit, tasks
from core.actions.absence import responsible_coach
from core.actions.cadence import (
    CADENCE,
    aftercare_ends,
    next_cadence,
    plan_next_aftercare_checkin,
)
from core.actions.checkin_followup import plan_unanswered_steps
from core.actions.checkins import do_start_checkin
from core.actions.journey import AFTERCARE_YEAR_TWO, reach_aftercare
from core.actions.notify import tell_coach
from core.clock import local, utcnow
from core.errors import InvalidInput
from core.models import Case, CaseStatus, CheckInKind, Coach, DueTask
from core.team_rules import team_rules, wall_clock
from messages import followup_texts
from messages.coach_texts import format_day
from messages.i18n import render

AFTERCARE_ENDS_SOON = "aftercare_ends_soon"
# A leaving day further ahead than this is a typing error, not a plan.
MAX_DAYS_AHEAD = 366


async def do_start_aftercare(
    session: AsyncSession, *, coach: Coach, case_id: int, since: date
) -> Case:
    """The young person left school: weekly check-ins start, and the end is planned. A leaving
    day more than a year away, or before 2000, is a typing error (InvalidInput "since")."""
    today = local(utcnow()).date()
    if not date(2000, 1, 1) <= since <= today + timedelta(days=MAX_DAYS_AHEAD):
        raise InvalidInput("since")
    case = await access.case_for(session, coach, case_id)
    case.aftercare_since = since
    if case.leaving_date is None:
        case.leaving_date = since
    reach_aftercare(session, case, actor=coach)
    case.checkin_every_days = CADENCE[0]
    case.checkin_cadence_fixed = False
    case.checkin_paused = False
    rules = await team_rules(session, case.team_id)
    await plan_next_aftercare_checkin(session, case, rules, after=utcnow())
    ends = aftercare_ends(case, rules)
    if ends is not None:
        warn_on = ends - timedelta(days=round(rules.aftercare_warning_days))
        await tasks.plan(
            session,
            kind=AFTERCARE_ENDS_SOON,
            key=f"{AFTERCARE_ENDS_SOON}:{case.id}:{ends.isoformat()}",
            due_at=wall_clock(warn_on, rules.digest_at),
            case_id=case.id,
            detail={"ends": ends.isoformat()},
        )
    year_on = wall_clock(since + timedelta(days=365), rules.digest_at)
    await tasks.plan(
        session,
        kind=AFTERCARE_YEAR_TWO,
        key=f"{AFTERCARE_YEAR_TWO}:{case.id}:{since.isoformat()}",
        due_at=max(year_on, utcnow()),
        case_id=case.id,
    )
    audit.record(session, actor=coach, action="aftercare_started", case_id=case.id)
    return case


async def do_aftercare_checkin(
    session: AsyncSession, task: DueTask, context: tasks.TaskContext
) -> tasks.Outcome:
    case = await session.get(Case, task.case_id or 0)
    if case is None or case.status != CaseStatus.ACTIVE or case.aftercare_since is None:
        return tasks.Skipped("not_in_aftercare")
    detail = task.detail or {}
    if detail.get("every") != case.checkin_every_days:
        return tasks.Skipped("cadence_changed")
    if case.checkin_paused:
        return tasks.Skipped("paused_by_coach")
    rules = await team_rules(session, case.team_id)
    now = utcnow()
    ends = aftercare_ends(case, rules)
    if ends is not None and local(now).date() > ends:
        coach = await responsible_coach(session, case)
        tell_coach(
            session,
            coach,
            render(coach.language, followup_texts.COACH_AFTERCARE_ENDED, name=case.first_name),
            purpose="aftercare",
            case_id=case.id,
        )
        case.aftercare_since = None
        case.checkin_every_days = None
        audit.record(session, actor=None, action="aftercare_ended", case_id=case.id)
        return tasks.Done("aftercare_ended")
    if rules.in_quiet_hours(now):
        return tasks.Later(rules.after_quiet_hours(now), "quiet_hours")
    case.checkin_every_days = await next_cadence(session, case)
    await plan_next_aftercare_checkin(session, case, rules, after=now)
    checkin = await do_start_checkin(
        session, case_id=case.id, kind=CheckInKind.AFTERCARE, reach=context.reach
    )
    if checkin is None:
        return tasks.Skipped("not_reachable")
    await plan_unanswered_steps(session, checkin, rules)
    return tasks.Done(f"asked:{case.checkin_every_days}")


async def do_warn_aftercare_ends(
    session: AsyncSession, task: DueTask, context: tasks.TaskContext
) -> tasks.Outcome:
    case = await session.get(Case, task.case_id or 0)
    if case is None or case.status != CaseStatus.ACTIVE or case.aftercare_since is None:
        return tasks.Skipped("not_in_aftercare")
    rules = await team_rules(session, case.team_id)
    ends = aftercare_ends(case, rules)
    if ends is None or ends.isoformat() != (task.detail or {}).get("ends"):
        return tasks.Skipped("end_changed")
    coach = await responsible_coach(session, case)
    day = format_day(ends, coach.language)
    text = render(
        coach.language, followup_texts.COACH_AFTERCARE_ENDS_SOON, name=case.first_name, day=day
    )
    tell_coach(session, coach, text, purpose="aftercare", case_id=case.id)
    return tasks.Done("coach_warned")
