"""How a concern or a crisis ended, chosen by the coach who closes it (issue: no cry missed).

A worry about a young person is not closed with one click: the coach says what was done, from
this short list, and adds a few words. Coordinators read it back on the thread and in the
case's history; it is what a crisis counsellor would want to see the next morning.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.errors import InvalidInput

CONCERN = "concern"

# Spoken with the young person and there is a plan; sent on to help (GP, mental-health care,
# the district team); a crisis service, 113 or 112 called in; parents or the network called in;
# solved, or no worry after all; something else (the note says what).
CONCERN_OUTCOMES = ("talked", "referred", "crisis_service", "network", "resolved", "other")
NOTE_LIMIT = 1000


def needs_outcome(kind: str) -> bool:
    """A concern (a crisis is an urgent concern) closes only with an outcome and a note."""
    return kind == CONCERN


@dataclass(frozen=True)
class ClosingOutcome:
    outcome: str
    note: str


def checked_closing(outcome: str | None, note: str | None) -> ClosingOutcome:
    """The outcome and note when both are given and fit; else InvalidInput naming what is wrong."""
    if outcome not in CONCERN_OUTCOMES:
        raise InvalidInput("outcome_missing")
    words = " ".join((note or "").split())
    if not words:
        raise InvalidInput("outcome_note_missing")
    if len(words) > NOTE_LIMIT:
        raise InvalidInput("outcome_note_too_long")
    return ClosingOutcome(outcome=outcome, note=words)
