"""The audit log: who did what to which case, written in the same transaction as the change."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core.access import Operator
from core.clock import as_utc
from core.models import AuditEntry, Coach, Person


@dataclass(frozen=True)
class Via:
    """Where a look came from: the portal session and the address (NEN 7513)."""

    session_id: int | None
    address: str | None


def via(where: Via | None) -> dict[str, Any]:
    if where is None:
        return {}
    return {"portal_session": where.session_id, "address": (where.address or "")[:64]}


def actor_of(who: Coach | Person | Operator | None) -> str:
    if isinstance(who, Operator):
        return "operator"
    if isinstance(who, Coach):
        return f"coach:{who.id}"
    if isinstance(who, Person):
        return f"person:{who.id}"
    return "system"


def record(
    session: AsyncSession,
    *,
    actor: Coach | Person | Operator | None,
    action: str,
    case_id: int | None = None,
    **detail: Any,
) -> None:
    session.add(
        AuditEntry(actor=actor_of(actor), action=action, case_id=case_id, detail=detail or None)
    )


async def case_audit(session: AsyncSession, *, case_id: int) -> list[dict[str, Any]]:
    """Who saw or changed a case, when and from where, newest first (`koers audit`, the
    coordinator's page): the person's own view of it in the spirit of NEN 7513."""
    entries = (
        await session.exec(
            select(AuditEntry)
            .where(AuditEntry.case_id == case_id)
            .order_by(col(AuditEntry.at).desc(), col(AuditEntry.id).desc())
        )
    ).all()
    coach_ids = {_coach_id(entry.actor) for entry in entries} - {None}
    coaches = {
        coach.id: coach
        for coach in (await session.exec(select(Coach).where(col(Coach.id).in_(coach_ids)))).all()
    }
    shown = []
    for entry in entries:
        detail = dict(entry.detail or {})
        coach = coaches.get(_coach_id(entry.actor))
        shown.append(
            {
                "at": as_utc(entry.at).isoformat(),
                "actor": entry.actor,
                "who": coach.name if coach else entry.actor.split(":")[0],
                "action": entry.action,
                "address": detail.pop("address", None),
                "portal_session": detail.pop("portal_session", None),
                "detail": detail,
            }
        )
    return shown


def _coach_id(actor: str) -> int | None:
    kind, _, number = actor.partition(":")
    return int(number) if kind == "coach" and number.isdigit() else None
