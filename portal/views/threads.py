"""One thread in the portal: the conversation, and the coach's reply, take and close."""

from __future__ import annotations

from dataclasses import dataclass

from aiohttp import web

from core import queries
from core.actions.escalation import StepTaken, steps_taken
from core.actions.portal_case_file import do_open_thread
from core.actions.questions import do_close_thread, do_reply_to_thread, do_take_thread
from core.concern_outcomes import CONCERN_OUTCOMES, NOTE_LIMIT, needs_outcome
from core.errors import InvalidInput
from core.models import Channel
from portal.context import settings_of
from portal.errors import Problem, Trouble
from portal.rendering import render_page
from portal.security import CoachUnit, coach_unit, form_optional, form_text, read_form
from portal.views.common import coach_context, notice, path_id, see_other, text_problem, via

NOTICES = frozenset({"sent_telegram", "sent_mail", "sent_page", "taken", "taken_already", "closed"})


@dataclass(frozen=True)
class Closing:
    """What the coach chose and wrote in the close form, kept when it comes back with an error."""

    outcome: str = ""
    note: str = ""
    error: str = ""


def _page(
    request: web.Request,
    unit: CoachUnit,
    found: queries.Conversation | None,
    escalation: list[StepTaken],
    *,
    error: str | None = None,
    text: str = "",
    closing: Closing | None = None,
) -> web.Response:
    if found is None:
        raise Problem(404, Trouble.NOT_FOUND)
    context = coach_context(
        unit,
        "inbox",
        conversation=found,
        escalation=escalation,
        done=notice(request, NOTICES),
        error=error,
        text=text,
        needs_outcome=needs_outcome(found.thread.kind),
        outcomes=CONCERN_OUTCOMES,
        note_limit=NOTE_LIMIT,
        closing=closing or Closing(),
    )
    failed = error is not None or (closing is not None and closing.error)
    return render_page(request, "thread.html", context, status=400 if failed else 200)


async def show_thread(request: web.Request) -> web.Response:
    thread_id = path_id(request, "thread_id")
    async with coach_unit(request) as unit:
        found = await do_open_thread(
            unit.session, coach=unit.coach, thread_id=thread_id, via=via(request, unit)
        )
        escalation = await steps_taken(unit.session, thread_id) if found else []
    return _page(request, unit, found, escalation)


async def reply(request: web.Request) -> web.Response:
    thread_id = path_id(request, "thread_id")
    form = await read_form(request)
    text = form_text(form, "text")
    error = text_problem(text)
    async with coach_unit(request, form) as unit:
        if error is not None:
            found = await queries.conversation(
                unit.session, team_id=unit.coach.team_id, thread_id=thread_id
            )
            escalation = await steps_taken(unit.session, thread_id)
        else:
            sent = await do_reply_to_thread(
                unit.session,
                coach=unit.coach,
                thread_id=thread_id,
                text=text,
                channel=Channel.PORTAL,
                reach=settings_of(request).reach,
            )
    if error is not None:
        return _page(request, unit, found, escalation, error=error, text=text)
    done = f"sent_{sent.delivery}"
    return see_other(f"/threads/{thread_id}?done={done}")


async def take(request: web.Request) -> web.Response:
    thread_id = path_id(request, "thread_id")
    form = await read_form(request)
    async with coach_unit(request, form) as unit:
        result = await do_take_thread(unit.session, coach=unit.coach, thread_id=thread_id)
    done = "taken_already" if result.already_taken else "taken"
    return see_other(f"/threads/{thread_id}?done={done}")


async def close(request: web.Request) -> web.Response:
    """Closes a thread; a concern or crisis only with an outcome from the list and a note."""
    thread_id = path_id(request, "thread_id")
    form = await read_form(request)
    outcome, note = form_optional(form, "outcome"), form_optional(form, "note")
    async with coach_unit(request, form) as unit:
        try:
            await do_close_thread(
                unit.session, coach=unit.coach, thread_id=thread_id, outcome=outcome, note=note
            )
        except InvalidInput as refused:
            found = await queries.conversation(
                unit.session, team_id=unit.coach.team_id, thread_id=thread_id
            )
            escalation = await steps_taken(unit.session, thread_id)
            closing = Closing(outcome=outcome, note=note, error=str(refused))
            return _page(request, unit, found, escalation, closing=closing)
    return see_other(f"/threads/{thread_id}?done=closed")
