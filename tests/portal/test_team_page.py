"""A coordinator arranges the team in the portal: adds a coach, sets each coach's backup,
moves a coach's cases to a colleague several at once, and lets a coach leave only once their
cases have a new coach; a coach who left cannot log in any more."""

from __future__ import annotations

from sqlmodel import select

from core.actions.crisis_followup import crisis_recipients
from core.db import Database
from core.models import Case, Coach
from tests import builders
from tests.portal.conftest import Portal


async def _coach(database: Database, email: str) -> Coach:
    async with database.transaction() as session:
        found = (await session.exec(select(Coach).where(Coach.email == email))).one()
        return found


async def test_a_coordinator_adds_a_coach_sets_backups_moves_cases_and_lets_a_coach_leave(
    database: Database, portal: Portal
) -> None:
    anna = await builders.add_coach(database)
    sam = await builders.add_case(database, anna, first_name="Sam")
    lisa = await builders.add_case(database, anna, first_name="Lisa")
    await builders.add_coordinator(database)
    await portal.log_in("carla@koers.test")
    assert 'href="/team"' in await portal.page("/inbox")

    short = await portal.send(
        "/team/coaches", {"name": "Bram", "email": "bram@koers.test", "password": "kort"}
    )
    assert short.status == 400
    page = await short.text()
    assert "minstens 12 tekens" in page and 'value="bram@koers.test"' in page
    added = await portal.send(
        "/team/coaches",
        {"name": "Bram", "email": "bram@koers.test", "password": "een heel goed wachtwoord"},
    )
    assert added.headers["Location"] == "/team?done=coach_added"
    bram = await _coach(database, "bram@koers.test")
    assert bram.team_id == anna.team_id and not bram.is_coordinator

    backup = await portal.send(f"/team/coaches/{anna.id}/backup", {"backup": str(bram.id)})
    assert backup.headers["Location"] == "/team?done=backup_set"
    async with database.transaction() as session:
        case = await session.get(Case, sam.id)
        assert case is not None and case.backup_coach_id is None
        # Sam's case names no backup of its own: Anna's backup stands in (a crisis reaches him).
        assert bram.id in [c.id for c in await crisis_recipients(session, case)]

    refused = await portal.send(f"/team/coaches/{anna.id}/leave")
    assert refused.status == 400
    assert "nog dossiers" in await refused.text()

    listed = await portal.page(f"/team/assign?from={anna.id}")
    assert "Sam" in listed and "Lisa" in listed
    moved = await portal.send(
        "/team/assign", {"from": str(anna.id), "coach": str(bram.id), "all": "yes"}
    )
    assert moved.status == 303
    async with database.transaction() as session:
        for case_id in (sam.id, lisa.id):
            case = await session.get(Case, case_id)
            assert case is not None and case.coach_id == bram.id

    left = await portal.send(f"/team/coaches/{anna.id}/leave")
    assert left.headers["Location"] == "/team?done=coach_left"
    team_page = await portal.page("/team")
    assert "anna@koers.test" not in team_page
    gone = await _coach(database, "anna@koers.test")
    assert gone.left_at is not None and gone.backup_coach_id is None
    assert (await _coach(database, "bram@koers.test")).backup_coach_id is None

    former = portal.another_browser()
    response = await former.post(
        "/login", {"email": "anna@koers.test", "password": builders.PASSWORD}
    )
    assert response.status != 303  # refused like an unknown address
    await former.client.close()


async def test_handing_out_without_a_choice_says_what_is_missing(
    database: Database, portal: Portal
) -> None:
    await builders.add_coordinator(database)
    carla = await _coach(database, "carla@koers.test")
    async with database.transaction() as session:
        session.add(Case(team_id=carla.team_id, first_name="Noor", external_id="77"))
    await portal.log_in("carla@koers.test")
    nobody = await portal.send("/team/assign", {"from": "none", "coach": str(carla.id)})
    assert nobody.status == 400 and "Kies eerst een of meer jongeren" in await nobody.text()
    no_coach = await portal.send("/team/assign", {"from": "none", "coach": "", "all": "yes"})
    assert no_coach.status == 400 and "Kies een coach uit het team" in await no_coach.text()
    self_leave = await portal.send(f"/team/coaches/{carla.id}/leave")
    assert self_leave.status == 400

    # Someone waiting to be picked up is invited once they have a coach.
    async with database.transaction() as session:
        noor = (await session.exec(select(Case).where(Case.first_name == "Noor"))).one()
    invited = await portal.send(f"/cases/{noor.id}/invites", {"role": "youth"})
    assert invited.headers["Location"] == f"/cases/{noor.id}?done=no_coach#invite"
    assert "Dit dossier heeft nog geen coach." in await portal.page(invited.headers["Location"])
