"""A leavers file uploaded in the portal: kept between its preview and the import, imported
once the coordinator agrees, then emptied (it holds names) and removed after a day."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import delete, update
from sqlmodel import col
from sqlmodel.ext.asyncio.session import AsyncSession

from core import access, audit
from core.access import Actor
from core.actions.school_leavers import ImportPlan, Progress, do_import_leavers, plan_import
from core.clock import utcnow
from core.db import Database
from core.errors import InvalidInput, NotFound
from core.models import Coach
from core.network_models import LeaversUpload, UploadStatus

MAX_UPLOAD_BYTES = 20 * 1024 * 1024
UPLOADS_KEPT = timedelta(days=1)
MAX_FILENAME = 200


async def do_store_upload(
    session: AsyncSession, *, actor: Coach, filename: str, content: bytes
) -> LeaversUpload:
    """Raises InvalidInput("empty") or ("too_large")."""
    access.require_coordinator(actor)
    if not content.strip():
        raise InvalidInput("empty")
    if len(content) > MAX_UPLOAD_BYTES:
        raise InvalidInput("too_large")
    upload = LeaversUpload(
        team_id=actor.team_id,
        coach_id=actor.id or 0,
        filename=" ".join(filename.split())[:MAX_FILENAME],
        content=content,
    )
    session.add(upload)
    await session.flush()
    audit.record(session, actor=actor, action="leavers_uploaded", upload=upload.id)
    return upload


async def upload_for(session: AsyncSession, actor: Actor, upload_id: int) -> LeaversUpload:
    """An upload of the actor's team, for a coordinator; NotFound for anyone else."""
    access.require_coordinator(actor)
    upload = await session.get(LeaversUpload, upload_id)
    if upload is None or not access.reaches(actor, upload.team_id):
        raise NotFound(f"no upload {upload_id}")
    return upload


async def upload_preview(session: AsyncSession, actor: Actor, upload: LeaversUpload) -> ImportPlan:
    return await plan_import(
        session, actor=actor, team_id=upload.team_id, content=upload.content or b""
    )


async def do_start_import(session: AsyncSession, *, actor: Actor, upload_id: int) -> bool:
    """Marks the upload as being imported; False when it is already (or was) imported."""
    upload = await upload_for(session, actor, upload_id)
    if upload.status != UploadStatus.CHECKED or upload.content is None:
        return False
    upload.status = UploadStatus.IMPORTING
    return True


async def run_import(
    database: Database, *, coach_id: int, upload_id: int, progress: Progress | None = None
) -> None:
    """Imports a started upload in one transaction; then records the outcome. A file that
    became invalid since its preview (a coach left, say) is marked failed, nothing stored."""
    try:
        async with database.transaction() as session:
            coach = await session.get(Coach, coach_id)
            upload = await session.get(LeaversUpload, upload_id)
            assert coach is not None and upload is not None
            counts = await do_import_leavers(
                session,
                actor=coach,
                team_id=upload.team_id,
                content=upload.content or b"",
                progress=progress,
            )
            upload.status, upload.counts = UploadStatus.IMPORTED, counts
            upload.content, upload.finished_at = None, utcnow()
    except InvalidInput:
        async with database.transaction() as session:
            upload = await session.get(LeaversUpload, upload_id)
            if upload is not None:
                upload.status, upload.finished_at = UploadStatus.FAILED, utcnow()


async def do_reset_interrupted_imports(session: AsyncSession) -> None:
    """At start: an import that was running when Koers stopped was rolled back; it may be
    started again (importing is idempotent, so a second run in parallel changes nothing)."""
    await session.exec(
        update(LeaversUpload)
        .where(col(LeaversUpload.status) == UploadStatus.IMPORTING)
        .values(status=UploadStatus.CHECKED)
    )


async def do_forget_old_uploads(session: AsyncSession) -> None:
    await session.exec(
        delete(LeaversUpload).where(col(LeaversUpload.created_at) < utcnow() - UPLOADS_KEPT)
    )
