"""The coordinator's team page: the coaches with their caseloads and backups, adding a coach,
a coach leaving, and handing out cases (leavers waiting to be picked up, or a colleague's)
several at once."""

from __future__ import annotations

from aiohttp import web

from core.actions.handover_receive import incoming_handovers
from core.actions.team_people import (
    cases_to_hand_out,
    do_add_team_coach,
    do_assign_cases,
    do_coach_leaves,
    do_set_coach_backup,
    team_people,
    waiting_count,
)
from core.errors import InvalidInput
from core.ids import parse_row_id
from core.models import Coach
from portal.errors import Problem, Trouble
from portal.rendering import render_page
from portal.security import (
    CoachUnit,
    coach_unit,
    form_optional,
    read_form,
    read_form_with_lists,
)
from portal.views.common import coach_context, coordinator_only, notice, path_id, see_other
from portal.views.handover_block import handover_file

TEAM_NOTICES = {
    "coach_added",
    "backup_set",
    "coach_left",
    "handover_accepted",
    "handover_declined",
    "handover_reason",
}
ASSIGN_NOTICES = {"assigned"}


async def team_page(request: web.Request) -> web.Response:
    async with coach_unit(request) as unit:
        coordinator_only(unit)
        context = await _team_context(unit, request)
    return render_page(request, "team.html", context)


async def _team_context(
    unit: CoachUnit, request: web.Request, **values: object
) -> dict[str, object]:
    team_id = unit.coach.team_id
    incoming = await incoming_handovers(unit.session, actor=unit.coach)
    shown: dict[str, object] = {
        "incoming": [(found, handover_file(found.handover)) for found in incoming],
        "people": await team_people(unit.session, actor=unit.coach, team_id=team_id),
        "waiting": await waiting_count(unit.session, team_id=team_id),
        "done": notice(request, TEAM_NOTICES),
        "error": None,
        "failed_coach": None,
        "new_coach": {"name": "", "email": "", "coordinator": ""},
    }
    return coach_context(unit, "team", **{**shown, **values})


async def add_coach(request: web.Request) -> web.Response:
    form = await read_form(request)
    typed = {name: form_optional(form, name) for name in ("name", "email", "password")}
    async with coach_unit(request, form) as unit:
        coordinator_only(unit)
        try:
            await do_add_team_coach(
                unit.session,
                actor=unit.coach,
                team_id=unit.coach.team_id,
                name=typed["name"],
                email=typed["email"],
                password=typed["password"],
                is_coordinator=form_optional(form, "coordinator") == "yes",
            )
        except InvalidInput as refused:
            error = str(refused).split(":")[0]
        else:
            return see_other("/team?done=coach_added")
        shown = {**typed, "coordinator": form_optional(form, "coordinator"), "password": ""}
        context = await _team_context(unit, request, new_coach=shown)
        context["error"] = error
    return render_page(request, "team.html", context, status=400)


async def set_backup(request: web.Request) -> web.Response:
    coach_id = path_id(request, "coach_id")
    form = await read_form(request)
    backup_id = parse_row_id(form_optional(form, "backup") or None)
    async with coach_unit(request, form) as unit:
        coordinator_only(unit)
        try:
            await do_set_coach_backup(
                unit.session, actor=unit.coach, coach_id=coach_id, backup_id=backup_id
            )
        except InvalidInput as refused:
            context = await _team_context(unit, request, failed_coach=coach_id)
            context["error"] = str(refused)
        else:
            return see_other("/team?done=backup_set")
    return render_page(request, "team.html", context, status=400)


async def coach_leaves(request: web.Request) -> web.Response:
    coach_id = path_id(request, "coach_id")
    form = await read_form(request)
    async with coach_unit(request, form) as unit:
        coordinator_only(unit)
        try:
            await do_coach_leaves(unit.session, actor=unit.coach, coach_id=coach_id)
        except InvalidInput as refused:
            context = await _team_context(unit, request, failed_coach=coach_id)
            context["error"] = str(refused)
        else:
            return see_other("/team?done=coach_left")
    return render_page(request, "team.html", context, status=400)


def _from_coach(value: str | None) -> int | None:
    """Whose cases the list shows: a coach's id, or None for those waiting to be picked up."""
    return parse_row_id(value) if value and value != "none" else None


async def assign_page(request: web.Request) -> web.Response:
    from_coach = _from_coach(request.query.get("from"))
    name = request.query.get("q", "")[:80]
    async with coach_unit(request) as unit:
        coordinator_only(unit)
        context = await _assign_context(unit, request, from_coach, name)
    return render_page(request, "assign.html", context)


async def _assign_context(
    unit: CoachUnit, request: web.Request, from_coach: int | None, name: str, **values: object
) -> dict[str, object]:
    people = await team_people(unit.session, actor=unit.coach, team_id=unit.coach.team_id)
    source: Coach | None = next((p.coach for p in people if p.coach.id == from_coach), None)
    if from_coach is not None and source is None:
        raise Problem(404, Trouble.NOT_FOUND)
    cases = await cases_to_hand_out(
        unit.session, actor=unit.coach, from_coach_id=from_coach, name=name
    )
    return coach_context(
        unit,
        "team",
        people=people,
        source=source,
        cases=cases,
        name=name,
        done=notice(request, ASSIGN_NOTICES),
        count=request.query.get("count", ""),
        error=None,
        **values,
    )


async def assign(request: web.Request) -> web.Response:
    form, chosen = await read_form_with_lists(request, {"case"})
    from_coach = _from_coach(form_optional(form, "from"))
    name = form_optional(form, "q")[:80]
    target = parse_row_id(form_optional(form, "coach") or None)
    async with coach_unit(request, form) as unit:
        coordinator_only(unit)
        if form_optional(form, "all") == "yes":
            listed = await cases_to_hand_out(
                unit.session, actor=unit.coach, from_coach_id=from_coach, name=name
            )
            case_ids = [case.id or 0 for case in listed]
        else:
            case_ids = [number for value in chosen if (number := parse_row_id(value))]
        try:
            given = await do_assign_cases(
                unit.session, actor=unit.coach, case_ids=case_ids, coach_id=target or 0
            )
        except InvalidInput as refused:
            context = await _assign_context(unit, request, from_coach, name)
            context["error"] = str(refused)
        else:
            back = f"from={from_coach}" if from_coach is not None else "from=none"
            return see_other(f"/team/assign?{back}&done=assigned&count={given}")
    return render_page(request, "assign.html", context, status=400)
