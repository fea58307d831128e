"""Writing down what changed on a case, for its timeline: one row per change, in the same
transaction as the change."""

from __future__ import annotations

from typing import Any

from sqlmodel.ext.asyncio.session import AsyncSession

from core.access import Actor
from core.journey_models import CaseEvent, CaseEventKind
from core.models import Coach


def note_event(
    session: AsyncSession,
    *,
    case_id: int,
    kind: CaseEventKind,
    actor: Actor | None,
    **detail: Any,
) -> None:
    """`detail` holds codes and ids only: the timeline renders them in the reader's language."""
    coach_id = actor.id if isinstance(actor, Coach) else None
    session.add(CaseEvent(case_id=case_id, kind=kind, coach_id=coach_id, detail=detail or None))
