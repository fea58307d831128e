"""The coach's daily digest (DESIGN §5): open items with deadlines, today's appointments, and who
is out of view — at 08:30 (team rule) on working days, only when there is something to tell."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlmodel import col, or_, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core import tasks
from core.actions.notify import tell_coach
from core.clock import as_utc, local, utcnow
from core.deadlines import is_working_day
from core.models import (
    Appointment,
    Case,
    CaseStatus,
    Coach,
    DueTask,
    Thread,
    ThreadStatus,
)
from core.people import described_for_coach, membership
from core.team_rules import TeamRules, team_rules, wall_clock
from messages import followup_texts
from messages.i18n import format_moment, render

DAILY_DIGEST = "daily_digest"
# A digest is read on a phone: the rest is one tap away in the portal.
MAX_OPEN_LINES = 10


def next_digest_moment(rules: TeamRules, after: datetime) -> datetime:
    day = local(after).date()
    while True:
        moment = wall_clock(day, rules.digest_at)
        if is_working_day(day) and moment > after:
            return moment
        day += timedelta(days=1)


async def plan_daily_digest(session: AsyncSession, coach: Coach, *, after: datetime) -> None:
    rules = await team_rules(session, coach.team_id)
    at = next_digest_moment(rules, after)
    await tasks.plan(
        session,
        kind=DAILY_DIGEST,
        key=f"{DAILY_DIGEST}:{coach.id}:{local(at).date().isoformat()}",
        due_at=at,
        coach_id=coach.id,
    )


async def do_send_daily_digest(
    session: AsyncSession, task: DueTask, context: tasks.TaskContext
) -> tasks.Outcome:
    coach = await session.get(Coach, task.coach_id or 0)
    if coach is None:
        return tasks.Skipped("coach_gone")
    now = utcnow()
    await plan_daily_digest(session, coach, after=now)
    today = local(now).date()
    if local(task.due_at).date() != today:
        # Koers was down all morning: yesterday's digest is stale, today's is planned.
        return tasks.Skipped("stale")
    text = await digest_text(session, coach, today)
    if text is None:
        return tasks.Skipped("nothing_to_tell")
    tell_coach(session, coach, text, purpose="digest")
    return tasks.Done("sent")


async def digest_text(session: AsyncSession, coach: Coach, today: date) -> str | None:
    language = coach.language
    cases = list(
        (
            await session.exec(
                select(Case).where(Case.coach_id == coach.id, Case.status == CaseStatus.ACTIVE)
            )
        ).all()
    )
    case_ids = [case.id for case in cases]
    sections: list[str] = []
    threads = (
        await session.exec(
            select(Thread)
            .where(
                Thread.status == ThreadStatus.OPEN,
                or_(
                    col(Thread.case_id).in_(case_ids),
                    Thread.taken_by_coach_id == coach.id,
                ),
            )
            .order_by(col(Thread.due_at))
        )
    ).all()
    if threads:
        lines = [render(language, followup_texts.DIGEST_OPEN, count=len(threads))]
        now = utcnow()
        for thread in threads[:MAX_OPEN_LINES]:
            asker = await membership(session, thread.member_id)
            assert asker is not None
            who = described_for_coach(asker.person, asker.member, asker.case, language)
            due = thread.due_at or now
            late = as_utc(due) < now
            template = (
                followup_texts.DIGEST_OPEN_LATE_LINE if late else followup_texts.DIGEST_OPEN_LINE
            )
            lines.append(render(language, template, who=who, due=format_moment(due, language)))
        if len(threads) > MAX_OPEN_LINES:
            extra = len(threads) - MAX_OPEN_LINES
            lines.append(render(language, followup_texts.DIGEST_MORE, count=extra))
        sections.append("\n".join(lines))
    day_start = wall_clock(today, datetime.min.time())
    day_end = wall_clock(today + timedelta(days=1), datetime.min.time())
    appointments = (
        await session.exec(
            select(Appointment)
            .where(
                col(Appointment.case_id).in_(case_ids),
                col(Appointment.starts_at) >= day_start,
                col(Appointment.starts_at) < day_end,
                col(Appointment.cancelled_at).is_(None),
            )
            .order_by(col(Appointment.starts_at))
        )
    ).all()
    if appointments:
        names = {case.id: case.first_name for case in cases}
        lines = [render(language, followup_texts.DIGEST_APPOINTMENTS)]
        for appointment in appointments:
            lines.append(
                render(
                    language,
                    followup_texts.DIGEST_APPOINTMENT_LINE,
                    time=local(appointment.starts_at).strftime("%H:%M"),
                    name=names[appointment.case_id],
                    what=appointment.what,
                )
            )
        sections.append("\n".join(lines))
    out_of_view = [case for case in cases if case.out_of_view]
    if out_of_view:
        lines = [render(language, followup_texts.DIGEST_OUT_OF_VIEW)]
        lines += [
            render(language, followup_texts.DIGEST_OUT_OF_VIEW_LINE, name=case.first_name)
            for case in out_of_view
        ]
        sections.append("\n".join(lines))
    if not sections:
        return None
    header = render(language, followup_texts.DIGEST_HEADER, name=coach.name)
    return "\n\n".join([header, *sections])


async def do_plan_digests(session: AsyncSession) -> None:
    """Every coach has their next digest planned (on start: coaches from before this existed)."""
    now = utcnow()
    for coach in (await session.exec(select(Coach))).all():
        await plan_daily_digest(session, coach, after=now)
