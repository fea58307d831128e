"""Invites on the case page: making one, a fresh link for someone on the case, showing an open
invite's links and QR codes again (from the database, so any process after any restart), and
retiring one. The rules are in core/actions/invites.py and core/actions/open_invites.py."""

from __future__ import annotations

from aiohttp import web

from core import access, bots
from core.actions.invites import do_create_case_invite, do_issue_fresh_link
from core.actions.open_invites import do_retire_open_invite, do_show_open_invite
from core.actions.web_access import do_end_web_access
from core.errors import InvalidInput, NotFound
from core.models import CaseMember, Person
from portal.context import known_bot_username, settings_of
from portal.errors import Problem, Trouble
from portal.rendering import render_page
from portal.security import CoachUnit, coach_unit, form_text, read_form
from portal.views.common import coach_context, path_id, see_other

INVITE_NOTICES = {"youth_linked", "case_closed", "no_coach"}


async def create_invite(request: web.Request) -> web.Response:
    """Makes the invite, then redirects to its page: a reload there makes no second one."""
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
                bot_username=known_bot_username(request) or "",
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
    return see_other(f"/cases/{case_id}/members/{issued.member_id}/invite")


async def fresh_link(request: web.Request) -> web.Response:
    """POST …/members/{id}/link: new links for someone on the case; their old ones stop."""
    case_id, member_id = path_id(request, "case_id"), path_id(request, "member_id")
    form = await read_form(request)
    settings = settings_of(request)
    async with coach_unit(request, form) as unit:
        await _member_of_case(unit, case_id, member_id)
        try:
            await do_issue_fresh_link(
                unit.session,
                member_id=member_id,
                actor=unit.coach,
                bot_username=known_bot_username(request) or "",
                base_url=settings.base_url,
                valid_days=settings.invite_days,
                web_link_days=settings.web_link_days,
            )
        except InvalidInput:
            return see_other(f"/cases/{case_id}?done=case_closed_no_links#members")
    return see_other(f"/cases/{case_id}/members/{member_id}/invite?fresh=1")


async def show_invite(request: web.Request) -> web.Response:
    """GET …/members/{id}/invite: the person's open invite, its links and QR codes (the QR
    for Telegram only when Koers knows its bot). Used or retired: says so, and what to do."""
    case_id, member_id = path_id(request, "case_id"), path_id(request, "member_id")
    settings = settings_of(request)
    bot = known_bot_username(request)
    async with coach_unit(request) as unit:
        case = await access.case_for(unit.session, unit.coach, case_id)
        member = await _member_of_case(unit, case_id, member_id)
        person = await unit.session.get(Person, member.person_id)
        if bot is not None:
            # The bot of the case's region, which the code was made for.
            bot = await bots.bot_username(
                unit.session, await bots.case_bot(unit.session, case), bot
            )
        try:
            invite = await do_show_open_invite(
                unit.session, actor=unit.coach, case_id=case_id, member_id=member_id
            )
        except NotFound:
            invite = None
    fresh = request.query.get("fresh") == "1"
    context = coach_context(
        unit,
        "cases",
        case=case,
        member=member,
        role=member.role,
        invite=invite,
        telegram_link=invite.telegram_link(bot) if invite and bot else None,
        web_link=invite.web_link(settings.base_url) if invite else None,
        fresh_for=(person.first_name if person else "") if fresh else None,
    )
    return render_page(request, "invite.html", context, status=200 if invite else 410)


async def retire_invite(request: web.Request) -> web.Response:
    """POST …/members/{id}/invite/retire: the open code and web link stop working."""
    case_id, member_id = path_id(request, "case_id"), path_id(request, "member_id")
    form = await read_form(request)
    async with coach_unit(request, form) as unit:
        await _member_of_case(unit, case_id, member_id)
        await do_retire_open_invite(
            unit.session, actor=unit.coach, case_id=case_id, member_id=member_id
        )
    return see_other(f"/cases/{case_id}?done=invite_retired#invite")


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
