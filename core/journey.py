"""The journey a young person travels, in stages, and where it led (DESIGN §1, §6).

A region maps its customer journey as a handful of stages; Koers starts from the default set
below, and a team may rename a stage or add its own (Team.rules["stages"]: a list of
{"id", "name"}). The outcome is where the young person is now (work, training, …): it can change
while a case runs (monitoring reads it 6, 12 and 24 months after leaving school) and is kept when
a case closes. Both keep their history as case events (core/actions/journey.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from core.errors import InvalidInput
from core.models import Team

LAST_SCHOOL_YEAR = "last_school_year"
LEAVING_SCHOOL = "leaving_school"
FIRST_WEEKS = "first_weeks"
AFTERCARE_YEAR_1 = "aftercare_1"
AFTERCARE_YEAR_2 = "aftercare_2"
CLOSED = "closed"

DEFAULT_STAGES = (
    LAST_SCHOOL_YEAR,
    LEAVING_SCHOOL,
    FIRST_WEEKS,
    AFTERCARE_YEAR_1,
    AFTERCARE_YEAR_2,
    CLOSED,
)

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

# Other spellings scripts and people use for the same value.
_ALIASES = {
    "aftercare_year_1": AFTERCARE_YEAR_1,
    "aftercare1": AFTERCARE_YEAR_1,
    "aftercare_year_2": AFTERCARE_YEAR_2,
    "aftercare2": AFTERCARE_YEAR_2,
    "first_weeks_of_work": FIRST_WEEKS,
    "work_regular": "work",
    "regular_work": "work",
    "work_with_support": "work_supported",
    "supported_work": "work_supported",
    "school": "training",
    "education": "training",
}

STAGE_ID_LIMIT = 40
STAGE_NAME_LIMIT = 60


@dataclass(frozen=True)
class Stage:
    id: str
    # The region's own name; None: the default stage's name from the catalog.
    name: str | None = None


def _plain(value: str) -> str:
    key = "_".join(value.strip().lower().replace("-", " ").split())
    return _ALIASES.get(key, key)


def stages_of(team: Team | None) -> list[Stage]:
    """The team's journey: the default stages (renamed where the team chose), then its own
    stages before "closed". Malformed entries are ignored."""
    chosen: Any = ((team.rules or {}) if team is not None else {}).get("stages") or []
    names: dict[str, str] = {}
    added: list[str] = []
    for entry in chosen if isinstance(chosen, list) else []:
        if not isinstance(entry, dict):
            continue
        stage_id, name = _plain(str(entry.get("id", ""))), str(entry.get("name", "")).strip()
        if not stage_id or len(stage_id) > STAGE_ID_LIMIT:
            continue
        if name:
            names[stage_id] = name[:STAGE_NAME_LIMIT]
        if stage_id not in DEFAULT_STAGES and stage_id not in added:
            added.append(stage_id)
    ids = [*DEFAULT_STAGES[:-1], *added, CLOSED]
    return [Stage(id=stage_id, name=names.get(stage_id)) for stage_id in ids]


def checked_stage(value: str, team: Team | None) -> str:
    """The stage id when it is one of the team's stages; else InvalidInput("stage")."""
    stage_id = _plain(value)
    if stage_id not in {stage.id for stage in stages_of(team)}:
        raise InvalidInput("stage")
    return stage_id


def checked_outcome(value: str | None) -> str | None:
    """The outcome when it is one of ours (None for none given); else InvalidInput("outcome")."""
    if value is None or not value.strip():
        return None
    outcome = _plain(value)
    if outcome not in OUTCOMES:
        raise InvalidInput("outcome")
    return outcome
