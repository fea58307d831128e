"""The coach's inbox: open threads of the team, unresolved alerts and open intake requests."""

from __future__ import annotations

from aiohttp import web

from core import queries
from portal.rendering import render_page
from portal.security import coach_unit
from portal.views.common import coach_context, notice


async def inbox(request: web.Request) -> web.Response:
    async with coach_unit(request) as unit:
        found = await queries.inbox(unit.session, team_id=unit.coach.team_id)
    context = coach_context(unit, "inbox", inbox=found, done=notice(request, {"closed"}))
    return render_page(request, "inbox.html", context)
