"""Importing a school's leavers file in the portal (coordinators): upload, a preview with every
problem before anything is stored, the import with a progress bar, and the template file."""

from __future__ import annotations

from aiohttp import BodyPartReader, web

from core.actions.leavers_upload import (
    MAX_UPLOAD_BYTES,
    do_start_import,
    do_store_upload,
    upload_for,
    upload_preview,
)
from core.actions.school_leavers import ImportPlan
from core.actions.team_people import waiting_count
from core.errors import InvalidInput
from core.network_models import UploadStatus
from core.school_leavers import DUTCH_HEADERS, Leaver, template_csv
from core.timeline_entries import Label
from messages.import_texts import PROBLEMS
from portal.context import database_of
from portal.errors import Problem, Trouble
from portal.rendering import render_page
from portal.running_imports import IMPORTS
from portal.security import coach_unit, read_form
from portal.views.common import coach_context, coordinator_only, path_id, see_other

# Rows of the file the preview lists; the counts cover all of them.
PREVIEW_ROWS = 50
# Problems the preview lists before "and N more".
PROBLEMS_SHOWN = 200


async def import_page(request: web.Request) -> web.Response:
    async with coach_unit(request) as unit:
        coordinator_only(unit)
        waiting = await waiting_count(unit.session, team_id=unit.coach.team_id)
    context = coach_context(unit, "team", columns=DUTCH_HEADERS, waiting=waiting, error=None)
    return render_page(request, "leavers.html", context)


async def template_file(request: web.Request) -> web.Response:
    async with coach_unit(request) as unit:
        coordinator_only(unit)
    return web.Response(
        body=template_csv(),
        content_type="text/csv",
        charset="utf-8",
        headers={"Content-Disposition": 'attachment; filename="leerlingen-koers.csv"'},
    )


async def upload(request: web.Request) -> web.Response:
    csrf, filename, content = await _read_upload(request)
    async with coach_unit(request, {"csrf": csrf}) as unit:
        coordinator_only(unit)
        try:
            stored = await do_store_upload(
                unit.session, actor=unit.coach, filename=filename, content=content
            )
        except InvalidInput as refused:
            error = str(refused)
        else:
            return see_other(f"/leavers/{stored.id}")
        waiting = await waiting_count(unit.session, team_id=unit.coach.team_id)
    context = coach_context(unit, "team", columns=DUTCH_HEADERS, waiting=waiting, error=error)
    return render_page(request, "leavers.html", context, status=400)


async def _read_upload(request: web.Request) -> tuple[str, str, bytes]:
    """The form's CSRF token, the file's name and its bytes; a file over the limit is a 413."""
    if request.content_type != "multipart/form-data":
        raise Problem(400, Trouble.BAD_REQUEST)
    csrf, filename, content = "", "", b""
    try:
        reader = await request.multipart()
        while (part := await reader.next()) is not None:
            if not isinstance(part, BodyPartReader):
                raise Problem(400, Trouble.BAD_REQUEST)
            if part.name == "csrf":
                csrf = (await part.read(decode=True)).decode("utf-8", "replace")[:128]
            elif part.name == "file":
                filename = part.filename or ""
                content = await _read_limited(part)
            else:
                await part.release()
    except (ValueError, AssertionError) as error:
        raise Problem(400, Trouble.BAD_REQUEST) from error
    return csrf, filename, content


async def _read_limited(part: BodyPartReader) -> bytes:
    chunks, size = [], 0
    while chunk := await part.read_chunk(64 * 1024):
        size += len(chunk)
        if size > MAX_UPLOAD_BYTES:
            raise Problem(413, Trouble.TOO_LARGE)
        chunks.append(chunk)
    return b"".join(chunks)


async def upload_page(request: web.Request) -> web.Response:
    """The preview while the file waits; the progress bar while it is imported; the result."""
    upload_id = path_id(request, "upload_id")
    async with coach_unit(request) as unit:
        coordinator_only(unit)
        found = await upload_for(unit.session, unit.coach, upload_id)
        plan = None
        if found.status == UploadStatus.CHECKED:
            plan = await upload_preview(unit.session, unit.coach, found)
        waiting = await waiting_count(unit.session, team_id=unit.coach.team_id)
    context = coach_context(
        unit,
        "team",
        upload=found,
        plan=plan,
        problems=[
            (p.row, p.column, Label(PROBLEMS[p.code], dict(p.params)))
            for p in (plan.problems if plan else [])[:PROBLEMS_SHOWN]
        ],
        more_problems=max(0, len(plan.problems) - PROBLEMS_SHOWN) if plan else 0,
        rows=_preview_rows(plan) if plan else [],
        progress=request.app[IMPORTS].progress.get(upload_id),
        waiting=waiting,
    )
    return render_page(request, "leavers_upload.html", context)


def _preview_rows(plan: ImportPlan) -> list[tuple[str, Leaver]]:
    """The file's first rows, each with what importing does to it (new, updated, unchanged)."""
    rows = [("new", leaver) for leaver in plan.new]
    rows += [("updated", change.leaver) for change in plan.changed]
    rows += [("unchanged", leaver) for leaver in plan.unchanged]
    rows.sort(key=lambda row: row[1].row)
    return rows[:PREVIEW_ROWS]


async def start_import(request: web.Request) -> web.Response:
    upload_id = path_id(request, "upload_id")
    form = await read_form(request)
    async with coach_unit(request, form) as unit:
        coordinator_only(unit)
        started = await do_start_import(unit.session, actor=unit.coach, upload_id=upload_id)
        coach_id = unit.coach.id or 0
    if started:
        request.app[IMPORTS].start(database_of(request), coach_id=coach_id, upload_id=upload_id)
    return see_other(f"/leavers/{upload_id}")
