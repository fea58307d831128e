"""Case notes in the portal: a coach adds a short note on a case file (shown on the case page)."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from core.actions.notes import MAX_NOTE_LENGTH, NoteTooLong, case_notes, do_add_note
from core.errors import InvalidInput
from core.models import Channel
from portal.security import CoachUnit, coach_unit, form_text, read_form
from portal.views.common import notice, path_id, see_other

# The case page's notices after adding a note (read by the case page's notes block).
NOTE_NOTICES = frozenset({"note_added", "note_empty", "note_too_long"})


async def notes_block(request: web.Request, unit: CoachUnit, case_id: int) -> dict[str, Any]:
    """What the case page's notes block shows: the notes, newest first, and how adding went."""
    return {
        "notes": await case_notes(unit.session, coach=unit.coach, case_id=case_id),
        "note_done": notice(request, NOTE_NOTICES),
        "max_note": MAX_NOTE_LENGTH,
    }


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
