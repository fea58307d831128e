"""Erasure in the portal: a coordinator erases a case at once; a parent or employer who leaves
is erased from the case. Both need a confirming tick: nothing can bring the data back."""

from __future__ import annotations

from aiohttp import web

from core.actions.erasure import do_erase_case, do_erase_member
from core.errors import InvalidInput, NotAllowed
from core.models import CaseMember
from portal.errors import Problem, Trouble
from portal.security import coach_unit, read_form
from portal.views.common import path_id, see_other


async def erase_case(request: web.Request) -> web.Response:
    """POST /cases/{id}/erase (coordinators): everything about the case and its people."""
    case_id = path_id(request, "case_id")
    form = await read_form(request)
    if form.get("confirm") != "yes":
        return see_other(f"/cases/{case_id}?done=erase_unconfirmed#erase")
    async with coach_unit(request, form) as unit:
        try:
            await do_erase_case(unit.session, case_id=case_id, actor=unit.coach)
        except NotAllowed:
            return see_other(f"/cases/{case_id}?done=erase_coordinator_only#erase")
    return see_other("/cases?done=case_erased")


async def erase_member(request: web.Request) -> web.Response:
    """POST /cases/{id}/members/{member}/erase: a parent or employer who leaves the case."""
    case_id, member_id = path_id(request, "case_id"), path_id(request, "member_id")
    form = await read_form(request)
    if form.get("confirm") != "yes":
        return see_other(f"/cases/{case_id}?done=erase_unconfirmed#members")
    async with coach_unit(request, form) as unit:
        member = await unit.session.get(CaseMember, member_id)
        if member is None or member.case_id != case_id:
            raise Problem(404, Trouble.NOT_FOUND)
        try:
            await do_erase_member(unit.session, member_id=member_id, actor=unit.coach)
        except InvalidInput:
            return see_other(f"/cases/{case_id}?done=erase_youth_is_case#erase")
    return see_other(f"/cases/{case_id}?done=member_erased#members")
