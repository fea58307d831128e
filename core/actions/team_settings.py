"""A team changes its follow-up rules (core/team_rules.py): reminders, quiet hours, deadlines;
and its journey's stages (core/journey.py)."""

from __future__ import annotations

import re
from dataclasses import fields
from datetime import time

from sqlmodel.ext.asyncio.session import AsyncSession

from core import audit
from core.errors import InvalidInput, NotFound
from core.journey import DEFAULT_STAGES, STAGE_NAME_LIMIT, Stage, stages_of
from core.models import Team
from core.team_rules import TeamRules

KNOWN = {field.name: field for field in fields(TeamRules)}
STAGE_ID = re.compile(r"[a-z0-9_]{1,40}")


async def do_set_team_rules(
    session: AsyncSession, *, team_id: int, changes: dict[str, str]
) -> TeamRules:
    """Checks every change before keeping any; an unknown name or a bad value changes nothing."""
    team = await session.get(Team, team_id)
    if team is None:
        raise NotFound(f"no team {team_id}")
    chosen = dict(team.rules or {})
    defaults = TeamRules()
    for name, value in changes.items():
        if name not in KNOWN:
            raise InvalidInput(f"unknown rule {name!r}; known: {', '.join(sorted(KNOWN))}")
        try:
            if isinstance(getattr(defaults, name), time):
                chosen[name] = time.fromisoformat(value).strftime("%H:%M")
            else:
                number = float(value)
                if number < 0:
                    raise ValueError(value)
                chosen[name] = number
        except ValueError as error:
            raise InvalidInput(f"{name}: {value!r} is not a valid value") from error
    team.rules = chosen
    audit.record(session, actor=None, action="team_rules_set", team_id=team_id, rules=chosen)
    return TeamRules.of(team)


async def do_set_team_stages(
    session: AsyncSession, *, team_id: int, names: dict[str, str]
) -> list[Stage]:
    """A region's own journey: renames default stages and adds its own ({id: name}; an empty
    name takes a stage of its own out again). An id that cannot be one changes nothing."""
    team = await session.get(Team, team_id)
    if team is None:
        raise NotFound(f"no team {team_id}")
    current = {stage.id: stage.name for stage in stages_of(team) if stage.name}
    own = [s.id for s in stages_of(team) if s.id not in DEFAULT_STAGES]
    for stage_id, name in names.items():
        if not STAGE_ID.fullmatch(stage_id):
            raise InvalidInput(f"stage id {stage_id!r}: use a-z, 0-9 and _, at most 40")
        name = " ".join(name.split())[:STAGE_NAME_LIMIT]
        if name:
            current[stage_id] = name
            if stage_id not in DEFAULT_STAGES and stage_id not in own:
                own.append(stage_id)
        else:
            current.pop(stage_id, None)
            own = [kept for kept in own if kept != stage_id]
    ordered = [*DEFAULT_STAGES, *own]
    chosen = [{"id": s, "name": current[s]} for s in ordered if s in current]
    team.rules = {**(team.rules or {}), "stages": chosen}
    audit.record(session, actor=None, action="team_stages_set", team_id=team_id)
    return stages_of(team)
