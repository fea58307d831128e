"""Out of view (*uit beeld*): a young person Koers has not heard from for too long (DESIGN §5).

Each case has one check planned for N days (team rule, default 14) after the last contact. When
it comes due it looks again: contact since then plans the next check from that contact; none
marks the case out of view and alerts the coach, once, and checks again N days on. So a tick
only ever looks at the checks that are due, never at all cases.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel.ext.asyncio.session import AsyncSession

from core import tasks
from core.actions.notify import tell_coach
from core.clock import as_utc, utcnow
from core.models import Alert, Case, CaseStatus, DueTask
from core.people import case_coach
from core.team_rules import team_rules
from messages import followup_texts
from messages.i18n import render

OUT_OF_VIEW_CHECK = "out_of_view_check"
OUT_OF_VIEW_ALERT = "out_of_view"


def last_contact(case: Case) -> datetime:
    """The young person's last contact; a case nobody has heard from yet counts from its start."""
    return as_utc(case.last_contact_at or case.created_at)


def note_contact(case: Case, *, now: datetime) -> None:
    """The young person was in touch: back in view (the planned check sees the new date)."""
    case.last_contact_at = now
    case.out_of_view = False


async def plan_out_of_view_check(session: AsyncSession, case: Case, *, at: datetime) -> None:
    await tasks.plan(
        session,
        kind=OUT_OF_VIEW_CHECK,
        key=f"{OUT_OF_VIEW_CHECK}:{case.id}:{at.isoformat()}",
        due_at=at,
        case_id=case.id,
    )


async def plan_first_out_of_view_check(
    session: AsyncSession, case: Case, *, picked_up_at: datetime | None = None
) -> None:
    """A case counts from its last contact, or from the day it was picked up when nobody was
    in touch since (an imported leaver is not out of view while they wait for a coach)."""
    rules = await team_rules(session, case.team_id)
    start = max(last_contact(case), picked_up_at) if picked_up_at else last_contact(case)
    await plan_out_of_view_check(session, case, at=start + timedelta(days=rules.out_of_view_days))


async def do_check_out_of_view(
    session: AsyncSession, task: DueTask, context: tasks.TaskContext
) -> tasks.Outcome:
    case = await session.get(Case, task.case_id or 0)
    if case is None or case.status != CaseStatus.ACTIVE:
        return tasks.Skipped("case_closed")
    if case.coach_id is None:
        # Waiting to be picked up is not out of view; giving it a coach plans the check anew.
        return tasks.Skipped("no_coach")
    rules = await team_rules(session, case.team_id)
    now = utcnow()
    period = timedelta(days=rules.out_of_view_days)
    due = last_contact(case) + period
    if due > now:
        await plan_out_of_view_check(session, case, at=due)
        return tasks.Skipped("contact_since")
    if case.out_of_view:
        await plan_out_of_view_check(session, case, at=now + period)
        return tasks.Skipped("already_out_of_view")
    if rules.in_quiet_hours(now):
        return tasks.Later(rules.after_quiet_hours(now), "quiet_hours")
    outcome = await do_mark_out_of_view(session, case, reason="no_contact")
    await plan_out_of_view_check(session, case, at=now + period)
    return outcome


async def do_mark_out_of_view(session: AsyncSession, case: Case, *, reason: str) -> tasks.Outcome:
    """Marks the case and tells its coach; the portal shows it until contact resumes."""
    case.out_of_view = True
    coach = await case_coach(session, case)
    days = (utcnow() - last_contact(case)).days
    session.add(
        Alert(
            coach_id=coach.id or 0,
            case_id=case.id,
            kind=OUT_OF_VIEW_ALERT,
            detail={"reason": reason, "days": days},
        )
    )
    text = render(
        coach.language, followup_texts.COACH_ALERT_OUT_OF_VIEW, name=case.first_name, days=days
    )
    tell_coach(session, coach, text, purpose="out_of_view", case_id=case.id)
    return tasks.Done(reason)
