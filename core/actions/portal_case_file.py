"""Opening a case file in the portal: the read, and the audit entry every view of a file needs."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from core import audit, queries
from core.errors import NotFound
from core.models import Coach


async def do_open_case_file(
    session: AsyncSession, *, coach: Coach, case_id: int
) -> queries.CaseFile:
    """The case file for a coach of the case's team; logs the view (DESIGN §8). Others: NotFound."""
    found = await queries.case_file(session, team_id=coach.team_id, case_id=case_id)
    if found is None:
        raise NotFound(f"no case {case_id}")
    audit.record(session, actor=coach, action="case_viewed", case_id=case_id)
    return found
