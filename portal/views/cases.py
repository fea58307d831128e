"""Cases in the portal: the team's list, adding a case, a case file, and creating an invite."""

from __future__ import annotations

from datetime import date

from aiohttp import web

from core import queries
from core.actions.invites import do_create_case_invite
from core.actions.organisation import do_add_case
from core.actions.portal_case_file import do_open_case_file
from core.clock import local, utcnow
from core.errors import InvalidInput
from core.models import Role
from portal.context import ShownInvite, bot_username, invites_shown_once, settings_of
from portal.errors import Problem, Trouble
from portal.rendering import render_page
from portal.security import coach_unit, form_text, read_form
from portal.views.appointments import appointments_block
from portal.views.common import coach_context, path_id, see_other
from portal.views.follow_up import follow_up_block
from portal.views.notes import notes_block

ROLES = [role.value for role in Role]
OLDEST_BIRTH_YEAR = 1900


async def case_list(request: web.Request) -> web.Response:
    async with coach_unit(request) as unit:
        rows = await queries.team_cases(unit.session, team_id=unit.coach.team_id)
    return render_page(request, "cases.html", coach_context(unit, "cases", rows=rows))


async def new_case_form(request: web.Request) -> web.Response:
    async with coach_unit(request) as unit:
        pass  # only the sign-in check, and the CSRF token the form needs
    context = coach_context(unit, "cases", first_name="", birth_date="", error=None)
    return render_page(request, "case_new.html", context)


def _birth_date(text: str) -> date | None:
    """The date from <input type=date> (YYYY-MM-DD); empty is fine; else InvalidInput."""
    if not text.strip():
        return None
    try:
        found = date.fromisoformat(text.strip())
    except ValueError as error:
        raise InvalidInput("birth_date") from error
    if found.year < OLDEST_BIRTH_YEAR or found > local(utcnow()).date():
        raise InvalidInput("birth_date")
    return found


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


async def show_case(request: web.Request) -> web.Response:
    case_id = path_id(request, "case_id")
    async with coach_unit(request) as unit:
        found = await do_open_case_file(unit.session, coach=unit.coach, case_id=case_id)
        notes = await notes_block(request, unit, case_id)
        appointments = await appointments_block(request, unit, case_id)
        follow_up = await follow_up_block(request, unit, case_id)
    context = coach_context(
        unit, "cases", file=found, roles=ROLES, **notes, **appointments, **follow_up
    )
    return render_page(request, "case.html", context)


async def create_invite(request: web.Request) -> web.Response:
    """Makes the invite, then redirects: a reload of the page that shows it makes no second one."""
    case_id = path_id(request, "case_id")
    form = await read_form(request)
    role = form_text(form, "role")
    settings = settings_of(request)
    async with coach_unit(request, form) as unit:
        case = await queries.team_case(unit.session, team_id=unit.coach.team_id, case_id=case_id)
        if case is None:
            raise Problem(404, Trouble.NOT_FOUND)
        issued = await do_create_case_invite(
            unit.session,
            case_id=case_id,
            role=role,
            bot_username=bot_username(request),
            base_url=settings.base_url,
            valid_days=settings.invite_days,
            web_link_days=settings.web_link_days,
            actor=unit.coach,
        )
    shown = ShownInvite(case_id=case_id, role=role, invite=issued)
    key = invites_shown_once(request).put(unit.active.record.id or 0, shown)
    return see_other(f"/cases/{case_id}/invites/{key}")


async def show_invite(request: web.Request) -> web.Response:
    """The new invite's links, once: a second look says they were shown and offers a new one."""
    case_id = path_id(request, "case_id")
    key = request.match_info["key"]
    async with coach_unit(request) as unit:
        case = await queries.team_case(unit.session, team_id=unit.coach.team_id, case_id=case_id)
        if case is None:
            raise Problem(404, Trouble.NOT_FOUND)
    shown = invites_shown_once(request).take(unit.active.record.id or 0, key)
    if shown is not None and shown.case_id != case_id:
        shown = None
    context = coach_context(
        unit,
        "cases",
        case=case,
        role=shown.role if shown else "",
        invite=shown.invite if shown else None,
    )
    return render_page(request, "invite.html", context, status=200 if shown else 410)
