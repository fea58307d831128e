"""The coach's triage inbox (core/triage.py), and clearing what was dealt with."""

from __future__ import annotations

from aiohttp import web

from core.actions.intake_followup import (
    do_answer_intake,
    do_give_intake,
    do_make_case_of_intake,
)
from core.actions.portal_followup import do_mark_intake_handled, do_resolve_alert
from core.caseload import team_coaches
from core.errors import InvalidInput
from core.triage import KINDS, WHOSE, Rank, triage, triage_filter
from portal.context import known_bot_username, settings_of
from portal.errors import Problem, Trouble
from portal.rendering import render_page
from portal.security import coach_unit, form_text, read_form
from portal.views.common import coach_context, notice, path_id, see_other

NOTICES = frozenset(
    {
        "closed",
        "alert_seen",
        "intake_handled",
        "intake_answered",
        "intake_given",
        "intake_empty",
        "intake_too_long",
        "intake_no_chat",
        "intake_first_name",
        "intake_already_a_case",
    }
)


async def inbox(request: web.Request) -> web.Response:
    """The triage inbox: ?whose=mine|standing_in|team, ?kind=…, ?overdue=1, ?page=N."""
    asked = request.query
    shown = triage_filter(
        whose=asked.get("whose", ""),
        kind=asked.get("kind", ""),
        overdue=asked.get("overdue", ""),
        page=asked.get("page", ""),
    )
    async with coach_unit(request) as unit:
        found = await triage(unit.session, coach=unit.coach, shown=shown)
        coaches = await team_coaches(unit.session, team_id=unit.coach.team_id)
    context = coach_context(
        unit,
        "inbox",
        triage=found,
        coaches=coaches,
        ranks=list(Rank),
        kinds=KINDS,
        whose_choices=WHOSE,
        done=notice(request, NOTICES),
    )
    return render_page(request, "inbox.html", context)


async def resolve_alert(request: web.Request) -> web.Response:
    alert_id = path_id(request, "alert_id")
    form = await read_form(request)
    async with coach_unit(request, form) as unit:
        await do_resolve_alert(unit.session, coach=unit.coach, alert_id=alert_id)
    return see_other("/inbox?done=alert_seen")


async def mark_intake_handled(request: web.Request) -> web.Response:
    intake_id = path_id(request, "intake_id")
    form = await read_form(request)
    async with coach_unit(request, form) as unit:
        await do_mark_intake_handled(unit.session, coach=unit.coach, intake_id=intake_id)
    return see_other("/inbox?done=intake_handled")


async def answer_intake(request: web.Request) -> web.Response:
    """POST /intake/{id}/answer: the coach's words go to the person's chat."""
    intake_id = path_id(request, "intake_id")
    form = await read_form(request)
    text = form_text(form, "text")
    done = "intake_answered"
    async with coach_unit(request, form) as unit:
        try:
            await do_answer_intake(unit.session, coach=unit.coach, intake_id=intake_id, text=text)
        except InvalidInput as problem:
            done = f"intake_{problem}"
    return see_other(f"/inbox?done={done}#intake-{intake_id}")


async def give_intake(request: web.Request) -> web.Response:
    """POST /intake/{id}/give: the request becomes a colleague's."""
    intake_id = path_id(request, "intake_id")
    form = await read_form(request)
    to_coach = form_text(form, "coach").strip()
    async with coach_unit(request, form) as unit:
        try:
            await do_give_intake(
                unit.session,
                coach=unit.coach,
                intake_id=intake_id,
                to_coach_id=int(to_coach) if to_coach.isdigit() and len(to_coach) < 10 else 0,
            )
        except InvalidInput as problem:
            raise Problem(400, Trouble.BAD_REQUEST) from problem
    return see_other(f"/inbox?done=intake_given#intake-{intake_id}")


async def make_case_of_intake(request: web.Request) -> web.Response:
    """POST /intake/{id}/case: a case for this person; their chat gets a start button."""
    intake_id = path_id(request, "intake_id")
    form = await read_form(request)
    settings = settings_of(request)
    async with coach_unit(request, form) as unit:
        try:
            made = await do_make_case_of_intake(
                unit.session,
                coach=unit.coach,
                intake_id=intake_id,
                first_name=form_text(form, "first_name"),
                bot_username=known_bot_username(request) or "",
                base_url=settings.base_url,
                valid_days=settings.invite_days,
            )
        except InvalidInput as problem:
            return see_other(f"/inbox?done=intake_{problem}#intake-{intake_id}")
    return see_other(f"/cases/{made.case.id}?done=made_from_intake")
