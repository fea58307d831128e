"""A crisis in the inbox comes first: crisis, overdue, due today, the rest, then what is there
only to read (good news has no deadline)."""

from __future__ import annotations

from datetime import datetime, timedelta

from core.clock import AMSTERDAM
from core.deadlines import Urgency
from core.triage import Item, Rank, thread_rank

# A Tuesday morning in Amsterdam.
NOW = datetime(2026, 12, 8, 9, 0, tzinfo=AMSTERDAM)


def item(name: str, *, due_in: timedelta | None, urgency: str | None = None) -> Item:
    kind = "good_news" if name == "good_news" else "question"
    due = NOW + due_in if due_in is not None else None
    return Item(
        rank=thread_rank(kind=kind, urgency=urgency, due_at=due, now=NOW),
        kind=name,
        at=NOW - timedelta(hours=1),
        due_at=due,
        case_id=1,
        coach_id=1,
    )


def test_the_inbox_puts_a_crisis_first_then_overdue_then_due_today_then_the_rest() -> None:
    items = [
        item("good_news", due_in=None),
        item("tomorrow", due_in=timedelta(hours=20)),
        item("tonight", due_in=timedelta(hours=8)),
        item("no_deadline", due_in=None),
        item("overdue_long", due_in=-timedelta(days=2)),
        item("crisis", due_in=timedelta(hours=1), urgency=Urgency.URGENT),
        item("overdue_just", due_in=-timedelta(minutes=5)),
    ]
    ordered = [i.kind for i in sorted(items, key=Item.sort_key)]
    assert ordered == [
        "crisis",
        "overdue_long",
        "overdue_just",
        "tonight",
        "tomorrow",
        "no_deadline",
        "good_news",
    ]
    ranks = {i.kind: i.rank for i in items}
    assert ranks["tonight"] == Rank.DUE_TODAY and ranks["tomorrow"] == Rank.LATER
    assert ranks["good_news"] == Rank.TO_READ
