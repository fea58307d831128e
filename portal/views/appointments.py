"""Appointments on the case page: what is coming, and a form for the coach to add one.

The form works without JavaScript: <input type=date> and <input type=time> send ISO values;
a browser that shows plain text fields instead gets what people type there read as well
("3-12-2026", "14.30"). A refused form comes back with what was typed and a kind reason.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from aiohttp import web

from core.actions.appointments import (
    InPast,
    NoSuchTime,
    do_add_appointment_as_coach,
    today_in_amsterdam,
    upcoming_appointments,
)
from core.actions.portal_case_file import do_open_case_file
from core.errors import InvalidInput, NotFound
from core.models import Role
from core.typed_dates import read_moment
from portal.errors import Problem, Trouble
from portal.rendering import render_page
from portal.security import CoachUnit, coach_unit, read_form
from portal.views.common import coach_context, notice, path_id, see_other
from portal.views.notes import notes_block

ROLES = [role.value for role in Role]
# How many upcoming appointments the case page lists.
LISTED = 10
DONE = ("appointment_told", "appointment_on_page", "appointment_added")
EMPTY_FORM = {"what": "", "where": "", "date": "", "time": ""}


async def appointments_block(
    request: web.Request,
    unit: CoachUnit,
    case_id: int,
    *,
    form: dict[str, str] | None = None,
    error: str | None = None,
) -> dict[str, Any]:
    """What the case page's "Afspraken" section needs (inside the page's unit of work)."""
    found = await upcoming_appointments(unit.session, case_id=case_id, limit=LISTED)
    return {
        "appointments": found,
        "appointment_form": form or EMPTY_FORM,
        "appointment_error": error,
        "appointment_done": notice(request, DONE) if error is None else None,
        "appointment_min_date": today_in_amsterdam().isoformat(),
    }


def _day(text: str) -> date:
    text = text.strip()
    try:
        return date.fromisoformat(text)
    except ValueError:
        read = read_moment(text, today=today_in_amsterdam())
        if read is None or read.day is None or read.time is not None:
            raise InvalidInput("moment") from None
        return read.day


def _time(text: str) -> time:
    text = text.strip()
    try:
        return time.fromisoformat(text).replace(second=0, microsecond=0)
    except ValueError:
        read = read_moment(text, today=today_in_amsterdam())
        if read is None or read.time is None or read.day is not None:
            raise InvalidInput("moment") from None
        return read.time


def _reason(problem: InvalidInput) -> str:
    if isinstance(problem, InPast):
        return "past"
    if isinstance(problem, NoSuchTime):
        return "no_such_time"
    return "what" if str(problem) == "what" else "moment"


async def add_appointment(request: web.Request) -> web.Response:
    """POST /cases/{id}/appointments: saved → back to the case page; refused → the form again."""
    case_id = path_id(request, "case_id")
    form = await read_form(request)
    typed = {name: form.get(name, "")[:500] for name in EMPTY_FORM}
    error: str | None = None
    async with coach_unit(request, form) as unit:
        try:
            starts = datetime.combine(_day(typed["date"]), _time(typed["time"]))
            added = await do_add_appointment_as_coach(
                unit.session,
                coach=unit.coach,
                case_id=case_id,
                what=typed["what"],
                starts_local=starts,
                where=typed["where"],
            )
        except NotFound as missing:
            raise Problem(404, Trouble.NOT_FOUND) from missing
        except InvalidInput as problem:
            error = _reason(problem)
        if error is not None:
            # The whole case page again, as show_case renders it, with the form as typed.
            found = await do_open_case_file(unit.session, coach=unit.coach, case_id=case_id)
            block = await appointments_block(request, unit, case_id, form=typed, error=error)
            notes = await notes_block(request, unit, case_id)
            context = coach_context(unit, "cases", file=found, roles=ROLES, **notes, **block)
    if error is not None:
        return render_page(request, "case.html", context, status=400)
    if added.youth_told:
        done = "appointment_told"
    elif added.youth_on_page:
        done = "appointment_on_page"
    else:
        done = "appointment_added"
    return see_other(f"/cases/{case_id}?done={done}#appointments")
