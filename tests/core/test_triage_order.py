"""A crisis in the inbox comes first: crisis, overdue, due within a day, the rest."""

from __future__ import annotations

from datetime import timedelta

from core.clock import utcnow
from core.deadlines import Urgency
from core.models import Thread
from core.queries import triage_order


def thread(name: str, *, due_in: timedelta | None, urgency: str | None = None) -> Thread:
    now = utcnow()
    return Thread(
        id=hash(name) % 1000,
        case_id=1,
        member_id=1,
        kind=name,
        urgency=urgency,
        due_at=now + due_in if due_in is not None else None,
        last_message_at=now,
    )


def test_the_inbox_puts_a_crisis_first_then_overdue_then_due_soon_then_the_rest() -> None:
    threads = [
        thread("later", due_in=timedelta(days=3)),
        thread("due_soon", due_in=timedelta(hours=5)),
        thread("no_deadline", due_in=None),
        thread("overdue", due_in=-timedelta(hours=2)),
        thread("crisis", due_in=timedelta(hours=4), urgency=Urgency.URGENT),
        thread("very_overdue", due_in=-timedelta(days=1)),
    ]
    ordered = [t.kind for t in sorted(threads, key=triage_order(utcnow()))]
    assert ordered == ["crisis", "very_overdue", "overdue", "due_soon", "later", "no_deadline"]
