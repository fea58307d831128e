"""The audit log in the portal, for coordinators: a case's (who looked at it or changed it,
when, from where; NEN 7513) and the team's, searched. Looking at the log is itself logged."""

from __future__ import annotations

from urllib.parse import urlencode

from aiohttp import web

from core import access, audit
from core.audit import case_audit
from core.audit_search import audit_filter, search_audit
from core.caseload import team_coaches
from portal.errors import Problem, Trouble
from portal.rendering import render_page
from portal.security import coach_unit
from portal.views.common import coach_context, coordinator_only, path_id


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


async def search(request: web.Request) -> web.Response:
    """The team's audit log, searched by who, what, which case and when (coordinators)."""
    asked = request.query
    shown = audit_filter(
        coach=asked.get("who", ""),
        action=asked.get("what", ""),
        case=asked.get("case", ""),
        first=asked.get("from", ""),
        last=asked.get("to", ""),
        page=asked.get("page", ""),
    )
    async with coach_unit(request) as unit:
        coordinator_only(unit)
        found = await search_audit(unit.session, actor=unit.coach, shown=shown)
        coaches = await team_coaches(unit.session, team_id=unit.coach.team_id)
        audit.record(unit.session, actor=unit.coach, action="audit_searched")
    query = {k: v for k, v in asked.items() if k != "page"}
    context = coach_context(
        unit, "team", found=found, shown=shown, coaches=coaches, query=urlencode(query)
    )
    return render_page(request, "audit_search.html", context)
