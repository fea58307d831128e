"""Case notes in the portal: a coach adds a short note on a case file (shown on the case page)."""

from __future__ import annotations

from aiohttp import web

from core.actions.notes import NoteTooLong, do_add_note
from core.errors import InvalidInput
from core.models import Channel
from portal.security import coach_unit, form_text, read_form
from portal.views.common import path_id, see_other


async def add_note(request: web.Request) -> web.Response:
    """POST /cases/{id}/notes; back to the case page, which says how it went."""
    case_id = path_id(request, "case_id")
    form = await read_form(request)
    body = form_text(form, "body")
    done = "note_added"
    async with coach_unit(request, form) as unit:
        try:
            await do_add_note(
                unit.session, coach=unit.coach, case_id=case_id, body=body, channel=Channel.PORTAL
            )
        except NoteTooLong:
            done = "note_too_long"
        except InvalidInput:
            done = "note_empty"
    return see_other(f"/cases/{case_id}?done={done}#notes")
