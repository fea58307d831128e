"""A team changes its follow-up rules (core/team_rules.py): reminders, quiet hours, deadlines."""

from __future__ import annotations

from dataclasses import fields
from datetime import time

from sqlmodel.ext.asyncio.session import AsyncSession

from core import audit
from core.errors import InvalidInput, NotFound
from core.models import Team
from core.team_rules import TeamRules

KNOWN = {field.name: field for field in fields(TeamRules)}


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
