"""The case page's handover block: the handover under way (with its answer), the form to
propose one, and, on a case that came in through a handover, the file as far as the young
person agreed to share it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from aiohttp import web
from sqlmodel import col, select

from core.actions.handover import READ_DAYS, case_handovers
from core.actions.handover_receive import shared_parts
from core.models import Case, Team
from core.network_models import HANDOVER_PARTS, OPEN_HANDOVER, Handover, Organisation
from portal.security import CoachUnit
from portal.views.common import notice

HANDOVER_NOTICES = frozenset(
    {"handover_proposed", "handover_asked", "handover_not_asked", "handover_withdrawn"}
)
EMPTY_FORM = {"to_team": "", "story": "", "what_works": "", "watch_out": "", "read_days": "0"}


async def handover_block(request: web.Request, unit: CoachUnit, case: Case) -> dict[str, Any]:
    handovers = await case_handovers(unit.session, case.id or 0)
    received = next((h for h in handovers if h.new_case_id == case.id), None)
    return {
        "handover_open": next(
            (h for h in handovers if h.case_id == case.id and h.status in OPEN_HANDOVER), None
        ),
        "handovers_past": [h for h in handovers if h.case_id == case.id],
        "handover_received": received,
        "handover_file": handover_file(received) if received else [],
        "handover_teams": await other_teams(unit, case.team_id),
        "handover_team_names": await _team_names(unit, handovers),
        "handover_form": EMPTY_FORM,
        "handover_error": None,
        "handover_done": notice(request, HANDOVER_NOTICES),
        "handover_parts": HANDOVER_PARTS,
        "handover_read_days": READ_DAYS,
    }


def handover_file(handover: Handover) -> list[tuple[str, Any]]:
    """(part, what it holds) for each part the young person agreed to share."""
    snapshot = handover.snapshot or {}
    values: dict[str, Any] = {
        "story": handover.story,
        "what_works": handover.what_works,
        "watch_out": handover.watch_out,
        "appointments": [
            (datetime.fromisoformat(a["at"]), a["what"], a.get("where"))
            for a in snapshot.get("appointments", [])
        ],
        "network": [(n["role"], n["name"]) for n in snapshot.get("network", [])],
    }
    return [(part, values[part]) for part in shared_parts(handover)]


async def other_teams(unit: CoachUnit, own_team_id: int) -> list[tuple[int, str, str]]:
    """Teams a case can go to: (id, team, organisation), other organisations' first."""
    rows = await unit.session.exec(
        select(Team.id, Team.name, Organisation.name, Team.organisation_id)
        .join(Organisation, col(Organisation.id) == Team.organisation_id)
        .where(Team.id != own_team_id)
        .order_by(col(Organisation.name), col(Team.name))
    )
    own = await unit.session.get(Team, own_team_id)
    found = [(t, name, org, org_id) for t, name, org, org_id in rows.all() if t is not None]
    found.sort(key=lambda row: own is not None and row[3] == own.organisation_id)
    return [(t, name, org) for t, name, org, _ in found]


async def _team_names(unit: CoachUnit, handovers: list[Handover]) -> dict[int, str]:
    ids = {h.to_team_id for h in handovers} | {h.from_team_id for h in handovers}
    rows = await unit.session.exec(select(Team.id, Team.name).where(col(Team.id).in_(ids)))
    return {team_id: name for team_id, name in rows.all() if team_id is not None}
