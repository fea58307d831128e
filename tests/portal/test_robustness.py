"""Odd but possible input gets a form error, never a 500; the portal names no versions and
names cannot turn the text around them."""

from __future__ import annotations

from core.db import Database
from core.models import Case
from tests import builders
from tests.portal.conftest import Portal


async def test_a_date_at_the_end_of_time_gets_a_form_error_not_a_500(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    await portal.log_in()
    case = f"/cases/{world.case.id}"
    for date in ("9999-12-31", "0001-01-01"):
        planned = await portal.send(
            f"{case}/appointments", {"what": "Intake", "date": date, "time": "10:00"}
        )
        assert planned.status in (303, 400), (date, planned.status)
        if planned.status == 400:
            assert 'role="alert"' in await planned.text()
        aftercare = await portal.send(f"{case}/aftercare", {"since": date})
        assert aftercare.status == 303
        assert aftercare.headers["Location"].endswith("?done=bad_date#follow-up")
        assert "Kies een datum" in await portal.page(aftercare.headers["Location"])


async def test_the_server_header_names_no_versions(portal: Portal) -> None:
    for path in ("/login", "/healthz", "/static/koers.css", "/does-not-exist"):
        response = await portal.get(path)
        assert response.headers["Server"] == "Koers", path


async def test_a_name_with_a_right_to_left_override_is_isolated(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    async with database.transaction() as session:
        case = await session.get(Case, world.case.id)
        assert case is not None
        case.first_name = "Sam\u202egnp.exe"
    await portal.log_in()
    listed = await portal.page("/cases")
    assert "<bdi>Sam\u202egnp.exe</bdi>" in listed
    assert "<bdi>Sam\u202egnp.exe</bdi>" in await portal.page(f"/cases/{world.case.id}")
