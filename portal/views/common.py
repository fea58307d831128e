"""Small helpers shared by the views: redirects, ids from paths and queries, page context."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from aiohttp import web

from core.audit import Via
from core.ids import parse_row_id
from portal.errors import Problem, Trouble
from portal.security import CoachUnit, PersonUnit

# The longest text a person or coach may send in one message from the portal.
MAX_TEXT = 5_000


def see_other(location: str) -> web.Response:
    """The redirect after a POST (303: the browser follows it with a GET)."""
    return web.Response(status=303, headers={"Location": location})


def path_id(request: web.Request, name: str) -> int:
    number = parse_row_id(request.match_info.get(name))
    if number is None:
        raise Problem(404, Trouble.NOT_FOUND)
    return number


def query_id(request: web.Request, name: str) -> int | None:
    return parse_row_id(request.query.get(name))


def notice(request: web.Request, known: Collection[str]) -> str | None:
    """A `?done=…` notice after a redirect, when it is one this page knows."""
    done = request.query.get("done")
    return done if done in known else None


def text_problem(text: str) -> str | None:
    """Why a message text cannot be sent ('empty', 'too_long'), or None when it can."""
    if not text.strip():
        return "empty"
    if len(text) > MAX_TEXT:
        return "too_long"
    return None


def via(request: web.Request, unit: CoachUnit) -> Via:
    """Where a look at a case comes from, for the audit log."""
    return Via(session_id=unit.active.record.id, address=request.remote)


def coordinator_only(unit: CoachUnit) -> None:
    """A coordinator's page: "not found" for everyone else, as for another team's case."""
    if not unit.coach.is_coordinator:
        raise Problem(404, Trouble.NOT_FOUND)


def coach_context(unit: CoachUnit, section: str, **values: Any) -> dict[str, Any]:
    return {
        "nav": "coach",
        "csrf": unit.active.record.csrf_token,
        "me": unit.coach,
        "section": section,
        **values,
    }


def person_context(unit: PersonUnit, **values: Any) -> dict[str, Any]:
    return {"nav": "person", "csrf": unit.active.record.csrf_token, **values}
