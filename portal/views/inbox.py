"""The coach's triage inbox (core/triage.py), and clearing what was dealt with."""

from __future__ import annotations

from aiohttp import web

from core.actions.portal_followup import do_mark_intake_handled, do_resolve_alert
from core.triage import KINDS, WHOSE, Rank, triage, triage_filter
from portal.rendering import render_page
from portal.security import coach_unit, read_form
from portal.views.common import coach_context, notice, path_id, see_other

NOTICES = frozenset({"closed", "alert_seen", "intake_handled"})


async def inbox(request: web.Request) -> web.Response:
    """The triage inbox: ?whose=mine|standing_in|team, ?kind=…, ?overdue=1, ?page=N."""
    asked = request.query
    shown = triage_filter(
        whose=asked.get("whose", ""),
        kind=asked.get("kind", ""),
        overdue=asked.get("overdue", ""),
        page=asked.get("page", ""),
    )
    async with coach_unit(request) as unit:
        found = await triage(unit.session, coach=unit.coach, shown=shown)
    context = coach_context(
        unit,
        "inbox",
        triage=found,
        ranks=list(Rank),
        kinds=KINDS,
        whose_choices=WHOSE,
        done=notice(request, NOTICES),
    )
    return render_page(request, "inbox.html", context)


async def resolve_alert(request: web.Request) -> web.Response:
    alert_id = path_id(request, "alert_id")
    form = await read_form(request)
    async with coach_unit(request, form) as unit:
        await do_resolve_alert(unit.session, coach=unit.coach, alert_id=alert_id)
    return see_other("/inbox?done=alert_seen")


async def mark_intake_handled(request: web.Request) -> web.Response:
    intake_id = path_id(request, "intake_id")
    form = await read_form(request)
    async with coach_unit(request, form) as unit:
        await do_mark_intake_handled(unit.session, coach=unit.coach, intake_id=intake_id)
    return see_other("/inbox?done=intake_handled")
