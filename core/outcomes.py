"""How a young person's trajectory ended (DESIGN §1 monitoring): the outcomes a case closes with."""

from __future__ import annotations

from core.errors import InvalidInput

# Work (regular / with support), training or school, day activities, benefit, moved away,
# out of view, other.
OUTCOMES = (
    "work",
    "work_supported",
    "training",
    "day_activities",
    "benefit",
    "moved_away",
    "out_of_view",
    "other",
)


def checked_outcome(value: str | None) -> str | None:
    """The outcome when it is one of ours (None for none given); else InvalidInput."""
    if value is None or value == "":
        return None
    if value not in OUTCOMES:
        raise InvalidInput("outcome")
    return value
