"""The case page's follow-up block: aftercare check-ins (start, cadence, pause) and closing."""

from __future__ import annotations

from datetime import date

from aiohttp import web

from core.actions.aftercare import do_start_aftercare
from core.actions.cadence import CADENCE, do_set_checkin_cadence
from core.actions.retention import do_close_case
from core.errors import InvalidInput
from portal.errors import Problem, Trouble
from portal.security import coach_unit, form_optional, form_text, read_form
from portal.views.common import path_id, see_other


async def start_aftercare(request: web.Request) -> web.Response:
    """POST /cases/{id}/aftercare: the young person left school on a given day."""
    case_id = path_id(request, "case_id")
    form = await read_form(request)
    try:
        since = date.fromisoformat(form_text(form, "since").strip())
    except ValueError:
        return see_other(f"/cases/{case_id}?done=bad_date#follow-up")
    async with coach_unit(request, form) as unit:
        try:
            await do_start_aftercare(unit.session, coach=unit.coach, case_id=case_id, since=since)
        except InvalidInput:
            return see_other(f"/cases/{case_id}?done=bad_date#follow-up")
    return see_other(f"/cases/{case_id}?done=aftercare_started#follow-up")


async def set_cadence(request: web.Request) -> web.Response:
    """POST /cases/{id}/cadence: every N days fixed, tapering ('auto'), or paused."""
    case_id = path_id(request, "case_id")
    form = await read_form(request)
    choice = form_text(form, "cadence").strip()
    every = int(choice) if choice.isdigit() and int(choice) in CADENCE else None
    async with coach_unit(request, form) as unit:
        await do_set_checkin_cadence(
            unit.session,
            coach=unit.coach,
            case_id=case_id,
            every_days=every,
            paused=choice == "paused",
        )
    return see_other(f"/cases/{case_id}?done=cadence_saved#follow-up")


async def close_case(request: web.Request) -> web.Response:
    """POST /cases/{id}/close: needs the confirming tick, since the data is erased later."""
    case_id = path_id(request, "case_id")
    form = await read_form(request)
    if form.get("confirm") != "yes":
        return see_other(f"/cases/{case_id}?done=close_unconfirmed#follow-up")
    async with coach_unit(request, form) as unit:
        try:
            await do_close_case(
                unit.session,
                actor=unit.coach,
                case_id=case_id,
                outcome=form_optional(form, "outcome").strip() or None,
            )
        except InvalidInput as problem:
            raise Problem(400, Trouble.BAD_REQUEST) from problem  # not one of the choices
    return see_other(f"/cases/{case_id}?done=case_closed#follow-up")
