"""Kind error pages: every refused or broken request gets a short page, never a stack trace."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from enum import StrEnum

from aiohttp import web

from core.errors import KoersError, NotFound
from portal.rendering import render_page, use_language

log = logging.getLogger(__name__)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

# Paths answered for machines (Telegram, health checks): short plain text, no HTML page.
MACHINE_PATHS = ("/telegram/", "/healthz", "/readyz", "/metrics")


class Trouble(StrEnum):
    """Which kind message error.html shows."""

    BAD_REQUEST = "bad_request"
    NOT_FOUND = "not_found"
    METHOD = "method"
    TOO_LARGE = "too_large"
    FORM_EXPIRED = "form_expired"  # missing or wrong CSRF token
    CROSS_ORIGIN = "cross_origin"
    SESSION_ENDED = "session_ended"  # a person whose web session is gone
    LINK_UNKNOWN = "link_unknown"
    LINK_USED = "link_used"
    LINK_EXPIRED = "link_expired"
    SERVER = "server"


class Problem(Exception):
    """Raised by views: answer with `status` and the kind page for `trouble`."""

    def __init__(
        self,
        status: int,
        trouble: Trouble,
        *,
        language: str | None = None,
        new_link_token: str | None = None,
    ) -> None:
        super().__init__(f"{status} {trouble}")
        self.status = status
        self.trouble = trouble
        self.language = language
        # A web link that no longer works: the page offers a new one by e-mail for it.
        self.new_link_token = new_link_token


_BY_STATUS = {
    400: Trouble.BAD_REQUEST,
    404: Trouble.NOT_FOUND,
    405: Trouble.METHOD,
    413: Trouble.TOO_LARGE,
}


def error_page(request: web.Request, problem: Problem) -> web.StreamResponse:
    if request.path.startswith(MACHINE_PATHS):
        return web.Response(status=problem.status, text=f"{problem.trouble}\n")
    return render_page(
        request,
        "error.html",
        {"trouble": problem.trouble.value, "new_link_token": problem.new_link_token},
        status=problem.status,
        language=problem.language,
    )


@web.middleware
async def error_pages(request: web.Request, handler: Handler) -> web.StreamResponse:
    use_language(None)
    try:
        return await handler(request)
    except Problem as problem:
        return error_page(request, problem)
    except web.HTTPException as error:
        if error.status < 400:
            raise
        trouble = _BY_STATUS.get(error.status, Trouble.BAD_REQUEST)
        status = error.status if error.status < 500 else 500
        response = error_page(request, Problem(status, trouble))
        if error.status == 405 and "Allow" in error.headers:
            response.headers["Allow"] = error.headers["Allow"]
        return response
    except NotFound:
        return error_page(request, Problem(404, Trouble.NOT_FOUND))
    except KoersError:
        return error_page(request, Problem(400, Trouble.BAD_REQUEST))
    except Exception:
        # The route pattern, not the path: a path may carry a web link's secret token.
        log.exception("portal request failed: %s %s", request.method, route_of(request))
        return error_page(request, Problem(500, Trouble.SERVER))


def route_of(request: web.Request) -> str:
    resource = request.match_info.route.resource
    return resource.canonical if resource is not None else "?"
