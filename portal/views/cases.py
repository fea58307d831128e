"""Cases in the portal: the team's list, adding a case, a case file, and creating an invite."""

from __future__ import annotations

from datetime import date

from aiohttp import web

from core.actions.organisation import do_add_case
from core.caseload import GROUPS, case_filter, caseload, team_coaches
from core.errors import InvalidInput
from core.journey import stages_of
from core.models import Team
from core.timeline_entries import stage_label
from portal.rendering import render_page
from portal.security import coach_unit, form_text, read_form
from portal.views.common import coach_context, notice, see_other

INVITE_NOTICES = {"youth_linked", "case_closed"}


async def case_list(request: web.Request) -> web.Response:
    """The caseload board: grouped (needs attention, out of view, to be picked up, aftercare,
    in view); search by name, filter by coach, stage and status, sort by name or contact."""
    asked = request.query
    shown = case_filter(
        name=asked.get("q", ""),
        coach=asked.get("coach", ""),
        status=asked.get("status", ""),
        order=asked.get("sort", ""),
        stage=asked.get("stage", ""),
    )
    async with coach_unit(request) as unit:
        team_id = unit.coach.team_id
        rows = await caseload(unit.session, team_id=team_id, shown=shown)
        coaches = await team_coaches(unit.session, team_id=team_id)
        team = await unit.session.get(Team, team_id)
    groups = [(group, [row for row in rows if row.group == group]) for group in GROUPS]
    stages = [(stage.id, stage_label(stage.id, team)) for stage in stages_of(team)]
    context = coach_context(
        unit,
        "cases",
        rows=rows,
        groups=[(group, found) for group, found in groups if found],
        stages=stages,
        stage_names=dict(stages),
        shown=shown,
        coaches=coaches,
        done=notice(request, {"case_erased"}),
    )
    return render_page(request, "cases.html", context)


async def new_case_form(request: web.Request) -> web.Response:
    async with coach_unit(request) as unit:
        pass  # only the sign-in check, and the CSRF token the form needs
    context = coach_context(unit, "cases", first_name="", birth_date="", error=None)
    return render_page(request, "case_new.html", context)


def _birth_date(text: str) -> date | None:
    """The date from <input type=date> (YYYY-MM-DD); empty is fine; else InvalidInput. Whether
    it can be a birth date is the action's rule (do_add_case)."""
    if not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError as error:
        raise InvalidInput("birth_date") from error


async def add_case(request: web.Request) -> web.Response:
    form = await read_form(request)
    first_name, birth_text = form_text(form, "first_name"), form.get("birth_date", "")
    error: str | None = None
    async with coach_unit(request, form) as unit:
        try:
            birth_date = _birth_date(birth_text)
            case = await do_add_case(
                unit.session,
                coach=unit.coach,
                first_name=first_name,
                birth_date=birth_date,
                actor=unit.coach,
            )
        except InvalidInput as problem:
            error = str(problem)
    if error is not None:
        context = coach_context(
            unit, "cases", first_name=first_name, birth_date=birth_text, error=error
        )
        return render_page(request, "case_new.html", context, status=400)
    return see_other(f"/cases/{case.id}")
