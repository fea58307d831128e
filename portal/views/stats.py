"""The coordinator's monitoring page (DESIGN §6): the network's figures for their team, their
organisation or their region over a period, with charts, and the same figures as CSV. No names;
outside the coordinator's own team, figures about fewer than five young people read "< 5"."""

from __future__ import annotations

from datetime import date
from typing import Any

from aiohttp import web

from core.errors import InvalidInput
from core.journey import OUTCOMES, stages_of
from core.models import Team
from core.monitoring import (
    Period,
    Scope,
    figures_csv,
    network_figures,
    period_of,
    scope_of,
    suppressed,
)
from core.network_models import Organisation
from core.timeline_entries import stage_label, written
from messages import journey_texts
from messages.i18n import format_short_date, render
from portal import charts
from portal.rendering import render_page
from portal.security import CoachUnit, coach_unit
from portal.views.common import coach_context, coordinator_only

SCOPES = ("team", "organisation", "region")


async def _asked(unit: CoachUnit, request: web.Request) -> tuple[Scope, Period, bool]:
    """The scope (the coordinator's team, organisation or region) and period asked for; and
    whether the figures must hide small numbers (anything wider than the own team)."""
    coordinator_only(unit)
    kind = request.query.get("scope", "team")
    kind = kind if kind in SCOPES else "team"
    team = await unit.session.get(Team, unit.coach.team_id)
    assert team is not None
    organisation = await unit.session.get(Organisation, team.organisation_id)
    assert organisation is not None
    ids = {"team": team.id, "organisation": organisation.id, "region": organisation.region_id}
    scope = await scope_of(unit.session, kind, ids[kind])
    try:
        period = period_of(request.query.get("from"), request.query.get("to"))
    except InvalidInput:
        period = period_of(None, None)
    return scope, period, kind != "team"


async def stats_page(request: web.Request) -> web.Response:
    async with coach_unit(request) as unit:
        scope, period, hide = await _asked(unit, request)
        figures = await network_figures(unit.session, scope, period)
        team = await unit.session.get(Team, unit.coach.team_id)
        scopes = await _scope_names(unit, team)
    shown = suppressed(figures) if hide else figures
    context = coach_context(
        unit,
        "stats",
        figures=shown,
        scope=scope,
        scopes=scopes,
        period=period,
        hidden=hide,
        charts=_charts(figures if not hide else shown, team, unit.coach.language),
        outcome_names={**journey_texts.OUTCOME_NAMES},
        outcomes=OUTCOMES,
        stage_names={s.id: stage_label(s.id, team) for s in stages_of(team)},
        status_names=journey_texts.REFERRAL_STATUS_NAMES,
        reason_names=journey_texts.REFERRAL_REASON_NAMES,
        query=request.query_string,
    )
    return render_page(request, "stats.html", context)


async def stats_csv(request: web.Request) -> web.Response:
    async with coach_unit(request) as unit:
        scope, period, hide = await _asked(unit, request)
        figures = await network_figures(unit.session, scope, period)
    shown = suppressed(figures) if hide else figures
    name = f"koers-cijfers-{scope.kind}-{period.start.isoformat()}-{period.end.isoformat()}.csv"
    return web.Response(
        body=("\ufeff" + figures_csv(shown)).encode("utf-8"),
        content_type="text/csv",
        charset="utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


async def _scope_names(unit: CoachUnit, team: Team | None) -> list[tuple[str, str]]:
    assert team is not None
    organisation = await unit.session.get(Organisation, team.organisation_id)
    assert organisation is not None
    region = await scope_of(unit.session, "region", organisation.region_id)
    return [("team", team.name), ("organisation", organisation.name), ("region", region.name)]


def _number(value: Any) -> int:
    """A chart's bar: a hidden "< 5" is drawn as nothing (the table says "< 5")."""
    return value if isinstance(value, int) else 0


def _charts(figures: dict[str, Any], team: Team | None, language: str) -> dict[str, str]:
    weeks = figures["out_of_view"]["per_week"]
    stages = figures["stages"]
    names = {s.id: written(stage_label(s.id, team), language) for s in stages_of(team)}
    order = [s for s in names if s in stages] + [s for s in stages if s not in names]
    label = render(language, journey_texts.STAGE_NOT_SET)
    outcome_rows = [
        (months, figures["outcomes_after_leaving"][months]) for months in ("6", "12", "24")
    ]
    return {
        "out_of_view": charts.bars(
            [format_short_date(date.fromisoformat(w["week"]), language) for w in weeks],
            [("", [_number(w["count"]) for w in weeks])],
        ),
        # One bar per stage (named in the legend below the chart), for cases and out of view.
        "stages": charts.bars(
            [
                render(language, journey_texts.CASES_LABEL),
                render(language, journey_texts.OUT_OF_VIEW_LABEL),
            ],
            [
                (
                    names.get(stage, label),
                    [_number(stages[stage]["cases"]), _number(stages[stage]["out_of_view"])],
                )
                for stage in order
            ],
        ),
        "outcomes": charts.bars(
            [months for months, _ in outcome_rows],
            [
                (
                    render(language, journey_texts.IN_WORK_OR_TRAINING),
                    [_share(entry.get("in_work_or_training_share")) for _, entry in outcome_rows],
                )
            ],
            percent=True,
            x_title=render(language, journey_texts.MONTHS_AFTER_SCHOOL),
        ),
    }


def _share(value: Any) -> int | None:
    return round(value * 100) if isinstance(value, float) else None
