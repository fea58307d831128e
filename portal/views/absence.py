"""A coach's absence in the portal: when they are away, who takes over, and being back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from aiohttp import web

from core.actions.absence import (
    cases_by_stand_in,
    current_absence,
    do_end_absence,
    do_set_absence,
    last_day,
    planned_absences,
)
from core.clock import local, utcnow
from core.errors import InvalidInput
from core.models import Case, Coach, CoachAbsence
from messages.coach_texts import format_day
from portal.rendering import render_page
from portal.security import CoachUnit, coach_unit, form_text, read_form
from portal.views.common import coach_context, notice, path_id, see_other

NOTICES = frozenset({"set", "ended", "cancelled", "not_away"})


@dataclass(frozen=True)
class ShownAbsence:
    absence: CoachAbsence
    first_day: str
    last_day: str
    current: bool


@dataclass(frozen=True)
class StandIn:
    coach: Coach
    cases: list[Case]


async def _page(
    request: web.Request,
    unit: CoachUnit,
    *,
    error: str | None = None,
    first_day: str = "",
    last: str = "",
) -> web.Response:
    now = utcnow()
    current = await current_absence(unit.session, unit.coach, now)
    shown = [
        ShownAbsence(
            absence=absence,
            first_day=format_day(local(absence.starts_at).date(), None),
            last_day=format_day(last_day(absence), None),
            current=current is not None and absence.id == current.id,
        )
        for absence in await planned_absences(unit.session, unit.coach, now)
    ]
    stand_ins = [
        StandIn(coach=coach, cases=cases)
        for coach, cases in await cases_by_stand_in(unit.session, unit.coach, now)
    ]
    today = local(now).date().isoformat()
    context = coach_context(
        unit,
        "absence",
        absences=shown,
        away=current is not None,
        stand_ins=stand_ins,
        done=notice(request, NOTICES),
        error=error,
        first_day=first_day or today,
        last_day=last,
        today=today,
    )
    return render_page(request, "absence.html", context, status=400 if error else 200)


async def absence_page(request: web.Request) -> web.Response:
    async with coach_unit(request) as unit:
        return await _page(request, unit)


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        return None


async def set_absence(request: web.Request) -> web.Response:
    """POST /absence: away from `first_day` (empty: today) up to and including `last_day`."""
    form = await read_form(request)
    first_text, last_text = form.get("first_day", "").strip(), form_text(form, "last_day")
    first, last = _day(first_text) if first_text else None, _day(last_text)
    error = "date" if last is None or (first_text and first is None) else None
    async with coach_unit(request, form) as unit:
        if last is not None and error is None:
            try:
                await do_set_absence(unit.session, coach=unit.coach, last_day=last, first_day=first)
            except InvalidInput as problem:
                error = str(problem)
        if error is not None:
            return await _page(request, unit, error=error, first_day=first_text, last=last_text)
    return see_other("/absence?done=set")


async def end_absence(request: web.Request) -> web.Response:
    """POST /absence/end: back now."""
    form = await read_form(request)
    async with coach_unit(request, form) as unit:
        ended = await do_end_absence(unit.session, coach=unit.coach)
    return see_other("/absence?done=" + ("ended" if ended is not None else "not_away"))


async def cancel_absence(request: web.Request) -> web.Response:
    """POST /absence/{id}/cancel: a coming absence does not happen (a current one ends now)."""
    absence_id = path_id(request, "absence_id")
    form = await read_form(request)
    async with coach_unit(request, form) as unit:
        ended = await do_end_absence(unit.session, coach=unit.coach, absence_id=absence_id)
    return see_other("/absence?done=" + ("cancelled" if ended is not None else "not_away"))
