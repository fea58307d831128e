"""The caseload page: a coach with many cases finds one by name, sees a colleague's, the
closed ones, and who has been quiet longest; a tampered address still shows the page."""

from __future__ import annotations

import re
from datetime import timedelta

from core.access import OPERATOR
from core.actions.organisation import do_add_coach
from core.actions.retention import do_close_case
from core.clock import utcnow
from core.db import Database
from core.models import Case
from tests import builders
from tests.portal.conftest import Portal

NAMES = re.compile(r'<span class="title">(?:<bdi>)?([^<]+)(?:</bdi>)?</span>')


def names(page: str) -> list[str]:
    return NAMES.findall(page)


async def test_a_coach_searches_filters_and_sorts_the_caseload(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)  # Anna's Sam
    lisa = await builders.add_case(database, world.coach, first_name="Lisa")
    async with database.transaction() as session:
        bram = await do_add_coach(
            session, name="Bram", email="bram@koers.test", password=builders.PASSWORD
        )
    await builders.add_case(database, bram, first_name="Noor")
    ahmed = await builders.add_case(database, world.coach, first_name="Ahmed")
    now = utcnow()
    async with database.transaction() as session:
        for case_id, days in ((world.case.id, 2), (lisa.id, 30)):
            case = await session.get(Case, case_id)
            assert case is not None
            case.last_contact_at = now - timedelta(days=days)
        await do_close_case(session, case_id=ahmed.id or 0, actor=OPERATOR)
    await portal.log_in()

    # Grouped: Noor was never in touch (to be picked up) after Lisa and Sam (in view).
    assert names(await portal.page("/cases")) == ["Lisa", "Sam", "Noor"]
    assert "Aantal dossiers: 3" in await portal.page("/cases")
    assert names(await portal.page("/cases?q=SAM")) == ["Sam"]
    assert names(await portal.page("/cases?q=sa")) == ["Lisa", "Sam"]
    assert names(await portal.page(f"/cases?coach={bram.id}")) == ["Noor"]
    assert names(await portal.page("/cases?status=closed")) == ["Ahmed"]
    assert names(await portal.page("/cases?status=all")) == ["Lisa", "Sam", "Noor", "Ahmed"]
    # Quiet longest first within a group: a month ago, then two days ago.
    assert names(await portal.page("/cases?sort=contact")) == ["Lisa", "Sam", "Noor"]

    empty = await portal.page("/cases?q=Zzz")
    assert names(empty) == [] and "Geen dossiers gevonden." in empty
    # Whatever the address says, the page answers: unknown values are the defaults.
    odd = await portal.page("/cases?status=%3Cscript%3E&sort=x&coach=99999999999999&q=" + "x" * 300)
    assert "<script>" not in odd and "Geen dossiers gevonden." in odd
    page = await portal.page(f"/cases?q=Sam&coach={world.coach.id}&sort=contact")
    assert 'value="Sam"' in page and f'value="{world.coach.id}" selected' in page
    assert 'value="contact" selected' in page
