"""One check-in, one message to the coach (DESIGN §5): its answers come together.

Each answer that concerns the coach (a no, a bad face, a worry, something told, a new time)
goes into the check-in's thread at once, so the portal shows it; the Telegram message waits
until the check-in ends and then says everything in one message, with the alarming lines first.
A young person who leaves a check-in halfway still reaches the coach: the message goes
`GATHER` after their last answer. Crisis words never wait: they are handled before any flow.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from core import tasks
from core.actions.notify import tell_coach, thread_buttons
from core.clock import utcnow
from core.models import CheckIn, Coach, DueTask, TaskStatus
from messages import checkin_texts
from messages.i18n import render

CHECKIN_ALERT = "checkin_alert"
GATHER = timedelta(minutes=10)


def _key(checkin_id: int) -> str:
    return f"{CHECKIN_ALERT}:{checkin_id}"


async def gather_for_coach(
    session: AsyncSession,
    *,
    checkin: CheckIn,
    coach: Coach,
    text: str,
    thread_id: int,
    alert: bool,
    now: datetime,
) -> None:
    """Adds one line to the coach's message about this check-in (sent when it ends)."""
    task = await _pending(session, checkin.id or 0)
    if task is None:
        await tasks.plan(
            session,
            kind=CHECKIN_ALERT,
            key=_key(checkin.id or 0),
            due_at=now + GATHER,
            case_id=checkin.case_id,
            checkin_id=checkin.id,
            thread_id=thread_id,
            coach_id=coach.id,
            detail={"alerts": [text] if alert else [], "lines": [] if alert else [text]},
        )
        return
    detail = dict(task.detail or {})
    group = "alerts" if alert else "lines"
    detail[group] = [*detail.get(group, []), text]
    task.detail, task.due_at = detail, now + GATHER


async def send_gathered(session: AsyncSession, *, checkin_id: int, base_url: str) -> bool:
    """The check-in ended: its one message goes now. False when there was nothing to say."""
    task = await _pending(session, checkin_id)
    if task is None:
        return False
    sent = await _send(session, task, base_url)
    tasks.record(task, tasks.Done("sent"), now=utcnow())
    return sent


async def do_send_gathered_checkin(
    session: AsyncSession, task: DueTask, context: tasks.TaskContext
) -> tasks.Outcome:
    """The young person left the check-in halfway: what they answered reaches the coach."""
    if not await _send(session, task, context.base_url):
        return tasks.Skipped("nothing_to_say")
    return tasks.Done("sent")


async def _pending(session: AsyncSession, checkin_id: int) -> DueTask | None:
    query = select(DueTask).where(
        DueTask.key == _key(checkin_id), DueTask.status == TaskStatus.PENDING
    )
    return (await session.exec(query)).first()


async def _send(session: AsyncSession, task: DueTask, base_url: str) -> bool:
    coach = await session.get(Coach, task.coach_id or 0)
    detail = task.detail or {}
    lines = [*detail.get("alerts", []), *detail.get("lines", [])]
    if coach is None or not lines:
        return False
    thread_id = task.thread_id or 0
    hint = render(coach.language, checkin_texts.COACH_REPLY_HINT)
    tell_coach(
        session,
        coach,
        "\n\n".join([*lines, hint]),
        buttons=thread_buttons(coach, thread_id, base_url),
        thread_id=thread_id,
        case_id=task.case_id,
    )
    return True
