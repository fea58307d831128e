"""A case's audit log in the portal, for coordinators: who looked at it or changed it, when,
from where (NEN 7513). Looking at the log is itself logged."""

from __future__ import annotations

from aiohttp import web

from core import access, audit
from core.audit import case_audit
from portal.errors import Problem, Trouble
from portal.rendering import render_page
from portal.security import coach_unit
from portal.views.common import coach_context, path_id


async def case_log(request: web.Request) -> web.Response:
    case_id = path_id(request, "case_id")
    async with coach_unit(request) as unit:
        case = await access.case_for(unit.session, unit.coach, case_id)
        allowed = unit.coach.is_coordinator
        if allowed:
            entries = await case_audit(unit.session, case_id=case_id)
            audit.record(unit.session, actor=unit.coach, action="audit_viewed", case_id=case_id)
    if not allowed:
        raise Problem(404, Trouble.NOT_FOUND)
    return render_page(
        request, "audit.html", coach_context(unit, "cases", case=case, entries=entries)
    )
