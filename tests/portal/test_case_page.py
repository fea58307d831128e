"""The case page as a coach uses it: the journey, the case's details, referrals followed to
their outcome, and the whole story as a timeline that filters and pages."""

from __future__ import annotations

import html
import re
from datetime import timedelta

from sqlmodel import select

from core.actions.notes import do_add_note
from core.actions.organisation import do_add_coach
from core.clock import AMSTERDAM, utcnow
from core.db import Database
from core.journey_models import Referral
from core.models import Case, Channel, DueTask
from tests import builders
from tests.builders import World
from tests.portal.conftest import Portal

EVENT = re.compile(r'<li class="event event-(\w+)">.*?<p dir="auto">(.*?)(?: <a |</p>)', re.S)


def timeline(page: str) -> list[tuple[str, str]]:
    """(kind, line) of every timeline entry on the page, top to bottom."""
    return [
        (kind, html.unescape(re.sub(r"<[^>]+>", "", line))) for kind, line in EVENT.findall(page)
    ]


async def signed_in(portal: Portal, database: Database) -> World:
    world = await builders.coach_with_case(database)
    await portal.log_in()
    return world


async def test_a_coach_sets_the_stage_and_outcome_and_reads_them_back(
    portal: Portal, database: Database
) -> None:
    world = await signed_in(portal, database)
    case_page = f"/cases/{world.case.id}"
    page = await portal.page(case_page)
    assert "Nog geen fase" in page and "Nog geen uitkomst" in page
    assert timeline(page) == [
        ("member", "Nieuw in het dossier: jongere"),
        ("created", "Dossier gemaakt"),
    ]
    saved = await portal.send(
        f"{case_page}/journey", {"stage": "first_weeks", "outcome": "work_supported"}
    )
    assert saved.headers["Location"] == f"{case_page}?done=journey_saved#case-facts"
    page = await portal.page(f"{case_page}?done=journey_saved")
    assert '<p class="notice" role="status">Bewaard.</p>' in page
    assert "<dd>Eerste weken werk of opleiding</dd>" in page and "<dd>Werk met steun</dd>" in page
    assert timeline(page)[:2] == [
        ("outcome", "Uitkomst: Werk met steun"),
        ("stage", "Fase: Eerste weken werk of opleiding"),
    ]
    refused = await portal.send(f"{case_page}/journey", {"stage": "lottery"})
    assert refused.status == 400
    async with database.transaction() as session:
        case = await session.get(Case, world.case.id)
        assert case is not None and case.stage == "first_weeks"


async def test_a_refused_edit_keeps_what_was_typed_and_a_good_one_gives_the_case_away(
    portal: Portal, database: Database
) -> None:
    world = await signed_in(portal, database)
    async with database.transaction() as session:
        bram = await do_add_coach(
            session, name="Bram", email="bram@koers.test", password=builders.PASSWORD
        )
    case_page = f"/cases/{world.case.id}"
    typed = {
        "first_name": "Sam",
        "birth_date": "",
        "coach": str(world.coach.id),
        "backup": "",
        "school": "Praktijkschool De Brug",
        "leaving_date": "9999-12-31",
    }
    refused = await portal.send(f"{case_page}/edit", typed)
    assert refused.status == 400
    page = await refused.text()
    assert "Die uitstroomdatum kan niet." in page
    assert 'value="Praktijkschool De Brug"' in page and '<details id="edit-case" open>' in page

    saved = await portal.send(
        f"{case_page}/edit", {**typed, "leaving_date": "2027-07-01", "coach": str(bram.id)}
    )
    assert saved.headers["Location"] == f"{case_page}?done=case_saved#case-facts"
    page = await portal.page(case_page)
    assert "<dt>Coach</dt><dd><bdi>Bram</bdi></dd>" in page
    assert "1 juli 2027" in page and "Praktijkschool De Brug" in page
    assert timeline(page)[:2] == [
        ("reassigned", "Nieuwe coach: Bram"),
        ("edited", "Dossier aangepast: school, uitstroomdatum"),
    ]


async def test_a_coach_records_a_referral_and_its_outcome(
    portal: Portal, database: Database
) -> None:
    world = await signed_in(portal, database)
    case_page = f"/cases/{world.case.id}"
    next_week = (utcnow() + timedelta(days=7)).astimezone(AMSTERDAM).date().isoformat()
    typed = {
        "service": "Intake schuldhulp",
        "organisation": "",
        "contact": "Fatima",
        "date": next_week,
        "time": "10:00",
    }
    refused = await portal.send(f"{case_page}/referrals", typed)
    assert refused.status == 400
    page = await refused.text()
    assert "Vul de organisatie in" in page and 'value="Intake schuldhulp"' in page
    only_a_day = await portal.send(
        f"{case_page}/referrals", {**typed, "organisation": "Geldwijzer", "time": ""}
    )
    assert "Kies voor de eerste afspraak een datum én een tijd" in await only_a_day.text()

    added = await portal.send(f"{case_page}/referrals", {**typed, "organisation": "Geldwijzer"})
    assert added.headers["Location"] == f"{case_page}?done=referral_added#referrals"
    async with database.transaction() as session:
        referral = (await session.exec(select(Referral))).one()
        assert referral.appointment_id is not None and referral.contact == "Fatima"
    page = await portal.page(case_page)
    assert "Eerste afspraak:" in page and "Loopt nog" in page
    assert ("referral", "Verwezen naar Geldwijzer: Intake schuldhulp") in timeline(page)
    assert ("appointment", "Afspraak gemaakt: Intake schuldhulp, ") in [
        (kind, line[: len("Afspraak gemaakt: Intake schuldhulp, ")])
        for kind, line in timeline(page)
    ]

    status = f"{case_page}/referrals/{referral.id}/status"
    no_reason = await portal.send(status, {"status": "not_helped", "reason": ""})
    assert no_reason.headers["Location"].endswith(f"done=referral_reason#referral-{referral.id}")
    saved = await portal.send(status, {"status": "not_helped", "reason": "not_eligible"})
    assert saved.headers["Location"].endswith(f"done=referral_saved#referral-{referral.id}")
    page = await portal.page(f"{case_page}?show=referrals")
    assert [line for _, line in timeline(page)] == [
        "Verwijzing naar Geldwijzer: Kon geen hulp krijgen (komt er niet voor in aanmerking)",
        "Verwezen naar Geldwijzer: Intake schuldhulp",
    ]
    # A referral of another case cannot be reached through this case's address.
    other = await builders.add_case(database, world.coach, first_name="Lisa")
    forged = await portal.send(
        f"/cases/{other.id}/referrals/{referral.id}/status", {"status": "went"}
    )
    assert forged.status == 404


async def test_the_timeline_filters_and_pages_and_shrugs_off_a_tampered_address(
    portal: Portal, database: Database
) -> None:
    world = await signed_in(portal, database)
    async with database.transaction() as session:
        for number in range(60):
            await do_add_note(
                session,
                coach=world.coach,
                case_id=world.case.id or 0,
                body=f"Gesprek {number}",
                channel=Channel.PORTAL,
            )
    case_page = f"/cases/{world.case.id}"
    page = await portal.page(f"{case_page}?show=notes")
    first = timeline(page)
    assert len(first) == 50 and first[0] == ("note", "Notitie: Gesprek 59")
    older = re.search(r'href="([^"]*before=[^"]*)">Oudere</a>', page)
    assert older is not None
    rest = timeline(await portal.page(html.unescape(older.group(1))))
    assert [line for _, line in rest] == [f"Notitie: Gesprek {n}" for n in range(9, -1, -1)]
    for tampered in ("?show=bogus", "?before=gisteren", "?before=2026-01-01T00:00:00"):
        assert len(timeline(await portal.page(case_page + tampered))) == 50


async def test_a_coach_of_another_team_cannot_change_the_journey(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    async with database.transaction() as session:
        await do_add_coach(
            session,
            name="Eva",
            email="eva@elders.test",
            password=builders.PASSWORD,
            team_name="Team Elders",
        )
    await portal.log_in(email="eva@elders.test")
    case_page = f"/cases/{world.case.id}"
    for path, form in (
        ("/journey", {"stage": "closed"}),
        ("/edit", {"first_name": "X", "coach": "1"}),
        ("/referrals", {"service": "X", "organisation": "Y"}),
    ):
        assert (await portal.send(case_page + path, form)).status == 404
    async with database.transaction() as session:
        case = await session.get(Case, world.case.id)
        assert case is not None and case.stage is None and case.first_name == "Sam"
        assert (await session.exec(select(Referral))).all() == []


async def test_a_coach_records_an_employers_first_working_day(
    portal: Portal, database: Database
) -> None:
    world = await signed_in(portal, database)
    employer = await builders.invite(database, world.case, role="employer")
    youth = await builders.invite(database, world.case)
    case_page = f"/cases/{world.case.id}"
    assert "Eerste werkdag (mag leeg)" in await portal.page(case_page)
    placement = f"{case_page}/members/{employer.member_id}/placement"
    saved = await portal.send(placement, {"start": "2026-12-01"})
    assert (
        saved.headers["Location"] == f"{case_page}?done=placement_saved#member-{employer.member_id}"
    )
    page = await portal.page(f"{case_page}?done=placement_saved")
    assert 'value="2026-12-01"' in page and "Koers vraagt de werkgever na week 1, 2 en 4" in page
    assert ("edited", "Dossier aangepast: eerste werkdag") in timeline(page)
    for member_id, start in ((employer.member_id, "9999-12-31"), (youth.member_id, "2026-12-01")):
        refused = await portal.send(f"{case_page}/members/{member_id}/placement", {"start": start})
        assert refused.headers["Location"].endswith(f"done=placement_bad#member-{member_id}")
    async with database.transaction() as session:
        planned = (await session.exec(select(DueTask.kind))).all()
        assert planned.count("placement_checkin") == 3
