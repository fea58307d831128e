"""Clearing the inbox: a coach marks an alert as seen, or an intake request as handled."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from core import access, audit
from core.clock import utcnow
from core.errors import NotFound
from core.models import Alert, Coach, IntakeRequest


async def do_resolve_alert(session: AsyncSession, *, coach: Coach, alert_id: int) -> Alert:
    """An alert is cleared by the coach it was raised for; anyone else gets NotFound.

    Clearing twice (a double click) keeps the first time and logs nothing new.
    """
    alert = await session.get(Alert, alert_id)
    if alert is None or alert.coach_id != coach.id:
        raise NotFound(f"no alert {alert_id}")
    if alert.resolved_at is None:
        alert.resolved_at = utcnow()
        audit.record(
            session,
            actor=coach,
            action="alert_resolved",
            case_id=alert.case_id,
            alert_id=alert.id,
            kind=alert.kind,
        )
    return alert


async def do_mark_intake_handled(
    session: AsyncSession, *, coach: Coach, intake_id: int
) -> IntakeRequest:
    """An intake request is handled by a coach of the team it went to; others get NotFound."""
    intake = await access.intake_for(session, coach, intake_id)
    if intake.handled_at is None:
        intake.handled_at = utcnow()
        audit.record(
            session,
            actor=coach,
            action="intake_handled",
            intake_id=intake.id,
            reason=intake.reason,
        )
    return intake
