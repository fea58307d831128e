"""Appointments on the case page: what is coming, and a form for the coach to add one.

The form works without JavaScript: <input type=date> and <input type=time> send ISO values;
a browser that shows plain text fields instead gets what people type there read as well
("3-12-2026", "14.30"). A refused form comes back with what was typed and a kind reason.
"""

from __future__ import annotations

from datetime import date, datetime, time

from aiohttp import web

from core.actions.appointments import (
    InPast,
    NoSuchTime,
    do_add_appointment_as_coach,
    today_in_amsterdam,
)
from core.errors import InvalidInput, NotFound
from core.typed_dates import read_moment
from portal.errors import Problem, Trouble
from portal.security import coach_unit, read_form
from portal.views.case_page import EMPTY_APPOINTMENT, case_page_context, refused_form_page
from portal.views.common import path_id, see_other


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
    typed = {name: form.get(name, "")[:500] for name in EMPTY_APPOINTMENT}
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
            # The whole case page again, with the form as typed and why it was refused.
            context = await case_page_context(
                request,
                unit,
                case_id,
                appointment_form=typed,
                appointment_error=error,
                appointment_done=None,
            )
    if error is not None:
        return refused_form_page(request, context)
    if added.youth_told:
        done = "appointment_told"
    elif added.youth_on_page:
        done = "appointment_on_page"
    else:
        done = "appointment_added"
    return see_other(f"/cases/{case_id}?done={done}#appointments")
