"""The portal's follow-up block: a coach starts aftercare, sets the cadence, closes a case."""

from __future__ import annotations

from sqlmodel import select

from core.clock import utcnow
from core.db import Database
from core.models import Case, CaseMember, CaseStatus, CheckIn, DueTask
from tests import builders
from tests.portal.conftest import Portal


async def test_a_coach_starts_aftercare_fixes_the_cadence_and_closes_the_case(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    await portal.log_in()
    page = await portal.page(f"/cases/{world.case.id}")
    assert "Start nazorg" in page
    bad = await portal.send(f"/cases/{world.case.id}/aftercare", {"since": "vorige week"})
    assert bad.headers["Location"].endswith("done=bad_date#follow-up")
    started = await portal.send(f"/cases/{world.case.id}/aftercare", {"since": "2026-07-01"})
    assert started.headers["Location"].endswith("done=aftercare_started#follow-up")
    page = await portal.page(f"/cases/{world.case.id}?done=aftercare_started")
    assert "In nazorg sinds 1 juli 2026." in page and "De nazorg stopt op 30 juni 2028." in page
    await portal.send(f"/cases/{world.case.id}/cadence", {"cadence": "14"})
    async with database.transaction() as session:
        case = await session.get(Case, world.case.id)
        assert case is not None
        assert case.checkin_every_days == 14 and case.checkin_cadence_fixed
        planned = (await session.exec(select(DueTask.kind))).all()
        assert "aftercare_checkin" in planned

    unconfirmed = await portal.send(f"/cases/{world.case.id}/close", {})
    assert unconfirmed.headers["Location"].endswith("done=close_unconfirmed#follow-up")
    closed = await portal.send(f"/cases/{world.case.id}/close", {"confirm": "yes"})
    assert closed.headers["Location"].endswith("done=case_closed#follow-up")
    async with database.transaction() as session:
        case = await session.get(Case, world.case.id)
        assert case is not None and case.status == CaseStatus.CLOSED
        purge = (await session.exec(select(DueTask).where(DueTask.kind == "purge_case"))).one()
        assert purge.case_id == world.case.id
    page = await portal.page(f"/cases/{world.case.id}")
    assert "De gegevens worden na de bewaartermijn gewist." in page


async def test_closing_needs_the_csrf_token(portal: Portal, database: Database) -> None:
    world = await builders.coach_with_case(database)
    await portal.log_in()
    refused = await portal.post(
        f"/cases/{world.case.id}/close", {"confirm": "yes", "csrf": "not-the-token"}
    )
    assert refused.status == 403
    async with database.transaction() as session:
        case = await session.get(Case, world.case.id)
        assert case is not None and case.status == CaseStatus.ACTIVE


async def test_the_case_page_shows_the_check_in_answers(portal: Portal, database: Database) -> None:
    world = await builders.coach_with_case(database)
    async with database.transaction() as session:
        member = (
            await session.exec(select(CaseMember).where(CaseMember.case_id == world.case.id))
        ).one()
        session.add(
            CheckIn(
                case_id=world.case.id or 0,
                member_id=member.id or 0,
                kind="aftercare",
                mood=2,
                told="Ruzie thuis",
                alerted_at=utcnow(),
            )
        )
    await portal.log_in()
    page = await portal.page(f"/cases/{world.case.id}")
    assert "😕 Niet zo goed" in page and "Ruzie thuis" in page
    assert "coach gewaarschuwd" in page and "nazorg" in page
