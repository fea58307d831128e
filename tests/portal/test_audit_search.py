"""A coordinator searches the team's audit log: who looked at or changed which case, when and
from where; filtered by who, what, case and day; another team's entries stay out of sight."""

from __future__ import annotations

import re

from core.db import Database
from tests import builders
from tests.portal.conftest import Portal

ROW = re.compile(
    r"<tr>\s*<td><time[^>]*>[^<]*</time></td>\s*<td>(.*?)</td>\s*<td><code>(\w+)</code>"
)


def rows(page: str) -> list[tuple[str, str]]:
    return [(re.sub(r"<[^>]+>", "", who), action) for who, action in ROW.findall(page)]


async def test_a_coordinator_finds_who_looked_at_a_case(database: Database, portal: Portal) -> None:
    world = await builders.coach_with_case(database)
    foreign = await builders.thread_in_another_team(database)
    await builders.add_coordinator(database)
    anna = portal.another_browser()
    await anna.log_in()
    await anna.page(f"/cases/{world.case.id}")
    assert (await anna.get(f"/cases/{foreign.case.id}")).status == 404
    await anna.client.session.close()

    await portal.log_in("carla@koers.test")
    everything = rows(await portal.page("/audit"))
    assert ("Anna", "case_viewed") in everything
    assert ("Anna", "refused_other_team") in everything
    assert all(who != "Eva" for who, _ in everything)  # another team's coach

    only_views = rows(await portal.page(f"/audit?what=viewed&case={world.case.id}"))
    assert only_views and all(action == "case_viewed" for _, action in only_views)
    assert rows(await portal.page("/audit?from=2000-01-01&to=2000-01-31")) == []
    assert rows(await portal.page("/audit?who=999999")) == []
    odd = await portal.page("/audit?case=abc&from=gisteren&page=-1")
    assert ("Anna", "case_viewed") in rows(odd)  # odd values are left out, not an error

    coach = portal.another_browser()
    await coach.log_in()
    assert (await coach.get("/audit")).status == 404
    await coach.client.close()
