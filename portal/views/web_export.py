"""The web channel's "Mijn gegevens downloaden": the same file the bot sends, as a download."""

from __future__ import annotations

from aiohttp import web

from core.actions.export import do_export_person_data
from core.models import Channel
from core.people import membership
from portal.security import person_unit


async def download(request: web.Request) -> web.Response:
    """A GET changes nothing but the audit log, like every look at a person's data."""
    async with person_unit(request) as unit:
        who = await membership(unit.session, unit.member.id or 0)
        assert who is not None
        export = await do_export_person_data(unit.session, who=who, channel=Channel.WEB)
    response = web.Response(
        body=export.content.encode("utf-8"), content_type="text/plain", charset="utf-8"
    )
    # The name is ASCII (koers-YYYY-MM-DD.txt): no quoting or encoding rules needed.
    response.headers["Content-Disposition"] = f'attachment; filename="{export.file_name}"'
    return response
