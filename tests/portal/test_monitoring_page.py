"""The coordinator's figures page: the team's figures with charts drawn on the server, the
organisation's and region's with small numbers hidden, the CSV export; no names; coaches who
are not coordinators do not see it."""

from __future__ import annotations

import base64
import re

from core.db import Database
from tests import builders
from tests.core.test_monitoring import a_year_of_a_team
from tests.portal.conftest import Portal

CHART = re.compile(r'<img class="chart" src="data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)"')


async def test_a_coordinator_reads_the_figures_with_charts_and_downloads_them(
    database: Database, portal: Portal
) -> None:
    team_id = await a_year_of_a_team(database)
    await builders.add_coordinator(database, team_id=team_id)
    await portal.log_in("carla@koers.test")
    page = await portal.page("/stats")
    assert re.search(r'id="figure-active">6<', page)
    assert re.search(r'id="figure-waiting">1<', page)
    assert re.search(r'id="figure-median">30 min<', page)
    assert re.search(r'id="figure-in-work-12">50 %<', page)
    charts = CHART.findall(page)
    assert len(charts) == 3
    for chart in charts:
        svg = base64.b64decode(chart)
        assert svg.startswith(b"<svg") and b"<script" not in svg
    for name in ("Sam", "Lisa", "Omar", "Eva", "Finn", "Noor"):
        assert name not in page

    wider = await portal.page("/stats?scope=organisation")
    assert re.search(r'id="figure-waiting">&lt; 5<', wider)
    assert re.search(r'id="figure-active">6<', wider)

    export = await portal.get("/stats.csv?scope=team&from=2026-01-01&to=2026-12-31")
    assert export.status == 200
    assert "attachment" in export.headers["Content-Disposition"]
    text = (await export.read()).decode("utf-8-sig")
    assert text.startswith("figure;value\r\n") and "period.from;2026-01-01" in text

    odd = await portal.page("/stats?from=gisteren&scope=elders")
    assert re.search(r'id="figure-active">6<', odd)  # odd values fall back to the defaults

    coach = portal.another_browser()
    await coach.log_in("a@koers.test")
    assert (await coach.get("/stats")).status == 404
    assert (await coach.get("/stats.csv")).status == 404
    await coach.client.close()
