"""The portal's application factory: wires settings, database, Telegram, templates and routes."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from aiohttp import web
from aiohttp.abc import AbstractAccessLogger

from core.config import Settings
from core.db import Database
from core.supervisor import Supervisor
from portal.context import DATABASE, REGION_BOTS, SETTINGS, SUPERVISOR, TELEGRAM
from portal.errors import error_pages
from portal.rendering import setup_templates
from portal.routes import setup_routes
from portal.running_imports import setup_imports
from portal.security import same_origin_posts, security_headers

if TYPE_CHECKING:
    from bot.app import TelegramService

# Forms and Telegram updates are small; a bigger body is refused with 413.
MAX_BODY_BYTES = 1024 * 1024


def create_app(
    settings: Settings,
    database: Database,
    *,
    telegram: TelegramService | None = None,
    supervisor: Supervisor | None = None,
    region_bots: dict[str, TelegramService] | None = None,
) -> web.Application:
    """The portal. The caller starts and stops the database and the Telegram service."""
    app = web.Application(
        middlewares=[error_pages, same_origin_posts], client_max_size=MAX_BODY_BYTES
    )
    app[SETTINGS] = settings
    app[DATABASE] = database
    app[TELEGRAM] = telegram
    app[REGION_BOTS] = region_bots or {}
    app[SUPERVISOR] = supervisor or (telegram.supervisor if telegram else Supervisor())
    setup_imports(app, database)
    setup_templates(app)
    setup_routes(app, webhook_enabled=telegram is not None, region_bots=bool(region_bots))
    app.on_response_prepare.append(security_headers)
    return app


_WEB_LINK = re.compile(r"^/w/[^/]+")


class PortalAccessLogger(AbstractAccessLogger):
    """An access log without secrets: web-link tokens are cut from paths, queries left out.

    Use it where the portal is served: `web.AppRunner(app, access_log_class=PortalAccessLogger)`.
    """

    def log(self, request: web.BaseRequest, response: web.StreamResponse, time: float) -> None:
        path = _WEB_LINK.sub("/w/…", request.path)
        self.logger.info("%s %s %s %.3fs", request.method, path, response.status, time)
