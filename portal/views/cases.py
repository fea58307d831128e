"""Cases in the portal: the team's list, adding a case, a case file, and creating an invite."""

from __future__ import annotations

from datetime import date

from aiohttp import web

from core import access
from core.actions.invites import do_create_case_invite, do_issue_fresh_link
from core.actions.organisation import do_add_case
from core.actions.web_access import do_end_web_access
from core.caseload import GROUPS, case_filter, caseload, team_coaches
from core.errors import InvalidInput
from core.journey import stages_of
from core.models import CaseMember, Person, Team
from core.timeline_entries import stage_label
from portal.context import ShownInvite, bot_username, invites_shown_once, settings_of
from portal.errors import Problem, Trouble
from portal.rendering import render_page
from portal.security import CoachUnit, coach_unit, form_text, read_form
from portal.views.common import coach_context, notice, path_id, see_other

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


async def create_invite(request: web.Request) -> web.Response:
    """Makes the invite, then redirects: a reload of the page that shows it makes no second one."""
    case_id = path_id(request, "case_id")
    form = await read_form(request)
    role = form_text(form, "role")
    settings = settings_of(request)
    issued, refused = None, ""
    async with coach_unit(request, form) as unit:
        await access.case_for(unit.session, unit.coach, case_id)
        try:
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
        except InvalidInput as problem:
            if str(problem) not in INVITE_NOTICES:
                raise  # a role that does not exist: the kind 400 page
            refused = str(problem)
    if issued is None:
        # The young person is linked already (a fresh link is the act for them), or closed.
        return see_other(f"/cases/{case_id}?done={refused}#invite")
    shown = ShownInvite(case_id=case_id, role=role, invite=issued)
    key = invites_shown_once(request).put(unit.active.record.id or 0, shown)
    return see_other(f"/cases/{case_id}/invites/{key}")


async def fresh_link(request: web.Request) -> web.Response:
    """POST …/members/{id}/link: new links for someone on the case; their old ones stop."""
    case_id, member_id = path_id(request, "case_id"), path_id(request, "member_id")
    form = await read_form(request)
    settings = settings_of(request)
    async with coach_unit(request, form) as unit:
        member = await _member_of_case(unit, case_id, member_id)
        try:
            issued = await do_issue_fresh_link(
                unit.session,
                member_id=member_id,
                actor=unit.coach,
                bot_username=bot_username(request),
                base_url=settings.base_url,
                valid_days=settings.invite_days,
                web_link_days=settings.web_link_days,
            )
        except InvalidInput:
            return see_other(f"/cases/{case_id}?done=case_closed_no_links#members")
        person = await unit.session.get(Person, member.person_id)
        name = person.first_name if person and person.first_name else None
    shown = ShownInvite(case_id=case_id, role=member.role, invite=issued, fresh_for=name or "")
    key = invites_shown_once(request).put(unit.active.record.id or 0, shown)
    return see_other(f"/cases/{case_id}/invites/{key}")


async def end_access(request: web.Request) -> web.Response:
    """POST …/members/{id}/end-access: their web pages log out and their links stop working."""
    case_id, member_id = path_id(request, "case_id"), path_id(request, "member_id")
    form = await read_form(request)
    async with coach_unit(request, form) as unit:
        await _member_of_case(unit, case_id, member_id)
        await do_end_web_access(unit.session, coach=unit.coach, member_id=member_id)
    return see_other(f"/cases/{case_id}?done=access_ended#members")


async def _member_of_case(unit: CoachUnit, case_id: int, member_id: int) -> CaseMember:
    await access.case_for(unit.session, unit.coach, case_id)
    member = await unit.session.get(CaseMember, member_id)
    if member is None or member.case_id != case_id:
        raise Problem(404, Trouble.NOT_FOUND)
    return member


async def show_invite(request: web.Request) -> web.Response:
    """The new invite's links, once: a second look says they were shown and offers a new one."""
    case_id = path_id(request, "case_id")
    key = request.match_info["key"]
    async with coach_unit(request) as unit:
        case = await access.case_for(unit.session, unit.coach, case_id)
    shown = invites_shown_once(request).take(unit.active.record.id or 0, key)
    if shown is not None and shown.case_id != case_id:
        shown = None
    context = coach_context(
        unit,
        "cases",
        case=case,
        role=shown.role if shown else "",
        invite=shown.invite if shown else None,
        fresh_for=shown.fresh_for if shown else None,
    )
    return render_page(request, "invite.html", context, status=200 if shown else 410)
