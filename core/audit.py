"""The audit log: who did what to which case, written in the same transaction as the change."""

from __future__ import annotations

from typing import Any

from sqlmodel.ext.asyncio.session import AsyncSession

from core.models import AuditEntry, Coach, Person


def actor_of(who: Coach | Person | None) -> str:
    if isinstance(who, Coach):
        return f"coach:{who.id}"
    if isinstance(who, Person):
        return f"person:{who.id}"
    return "system"


def record(
    session: AsyncSession,
    *,
    actor: Coach | Person | None,
    action: str,
    case_id: int | None = None,
    **detail: Any,
) -> None:
    session.add(
        AuditEntry(actor=actor_of(actor), action=action, case_id=case_id, detail=detail or None)
    )
