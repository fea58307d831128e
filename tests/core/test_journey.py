"""A case's journey, outcome, details and timeline, through the core actions (in-process)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlmodel import col, select

from core.access import OPERATOR
from core.actions.aftercare import do_start_aftercare
from core.actions.case_edit import CaseDetails, do_edit_case
from core.actions.journey import do_set_outcome, do_set_stage
from core.actions.notes import do_add_note
from core.actions.organisation import do_add_coach
from core.actions.placement_checkins import do_set_placement_start
from core.actions.retention import do_close_case
from core.actions.team_settings import do_set_team_stages
from core.clock import utcnow
from core.db import Database
from core.errors import InvalidInput, NotFound
from core.journey_models import CaseEvent
from core.models import Case, Channel, OutboxMessage, Person, Team
from core.timeline import case_timeline
from scheduler.jobs import HANDLERS
from scheduler.runner import run_due
from tests import builders


async def summaries(database: Database, case_id: int, group: str | None = None) -> list[str]:
    async with database.transaction() as session:
        case = await session.get(Case, case_id)
        assert case is not None
        page = await case_timeline(session, case, group=group)
        return [entry.summary("nl") for entry in page.entries]


async def test_a_coach_moves_a_case_along_the_journey_and_its_history_is_kept(
    database: Database,
) -> None:
    world = await builders.coach_with_case(database)
    case_id = world.case.id or 0
    async with database.transaction() as session:
        await do_set_stage(session, case_id=case_id, stage="last_school_year", actor=world.coach)
        await do_set_stage(session, case_id=case_id, stage="First weeks", actor=world.coach)
        await do_set_outcome(session, case_id=case_id, outcome="work", actor=world.coach)
        await do_set_outcome(
            session, case_id=case_id, outcome="work-with-support", actor=world.coach
        )
        # The same value again is no change, and is not written down twice.
        await do_set_outcome(session, case_id=case_id, outcome="work_supported", actor=world.coach)
        with pytest.raises(InvalidInput, match="stage"):
            await do_set_stage(session, case_id=case_id, stage="lottery", actor=world.coach)
        with pytest.raises(InvalidInput, match="outcome"):
            await do_set_outcome(session, case_id=case_id, outcome="", actor=world.coach)

    async with database.transaction() as session:
        case = await session.get(Case, case_id)
        assert case is not None
        assert (case.stage, case.outcome) == ("first_weeks", "work_supported")
        events = (await session.exec(select(CaseEvent).order_by(col(CaseEvent.id)))).all()
        assert [(e.kind, (e.detail or {}).get("previous")) for e in events] == [
            ("stage", None),
            ("stage", "last_school_year"),
            ("outcome", None),
            ("outcome", "work"),
        ]
    assert (await summaries(database, case_id, "changes"))[:4] == [
        "Uitkomst: Werk met steun",
        "Uitkomst: Werk",
        "Fase: Eerste weken werk of opleiding",
        "Fase: Laatste schooljaar",
    ]


async def test_a_region_renames_a_stage_and_adds_its_own(database: Database) -> None:
    world = await builders.coach_with_case(database)
    case_id = world.case.id or 0
    async with database.transaction() as session:
        team = await session.get(Team, world.coach.team_id)
        assert team is not None
        team.rules = {
            "stages": [
                {"id": "leaving_school", "name": "Overstap naar werk"},
                {"id": "praktijkroute", "name": "Praktijkroute"},
                "not a stage",
            ]
        }
    async with database.transaction() as session:
        await do_set_stage(session, case_id=case_id, stage="leaving_school", actor=world.coach)
        await do_set_stage(session, case_id=case_id, stage="praktijkroute", actor=world.coach)
    assert (await summaries(database, case_id, "changes"))[:2] == [
        "Fase: Praktijkroute",
        "Fase: Overstap naar werk",
    ]


async def test_aftercare_and_closing_move_the_stage_and_keep_the_outcome(
    database: Database,
) -> None:
    world = await builders.coach_with_case(database)
    case_id = world.case.id or 0
    async with database.transaction() as session:
        await do_set_stage(session, case_id=case_id, stage="leaving_school", actor=world.coach)
        await do_start_aftercare(
            session, coach=world.coach, case_id=case_id, since=date(2026, 7, 1)
        )
    async with database.transaction() as session:
        case = await session.get(Case, case_id)
        assert case is not None
        assert (case.stage, case.leaving_date) == ("aftercare_1", date(2026, 7, 1))
        await do_close_case(session, case_id=case_id, actor=OPERATOR, outcome="training")
    async with database.transaction() as session:
        case = await session.get(Case, case_id)
        assert case is not None
        assert (case.stage, case.outcome, case.status) == ("closed", "training", "closed")
    assert (await summaries(database, case_id, "changes"))[:3] == [
        "Dossier gesloten",
        "Fase: Afgesloten",
        "Uitkomst: Opleiding of school",
    ]


async def test_a_coach_of_another_team_cannot_move_the_case(database: Database) -> None:
    world = await builders.coach_with_case(database)
    async with database.transaction() as session:
        stranger = await do_add_coach(
            session,
            name="Vera",
            email="vera@elders.test",
            password=builders.PASSWORD,
            team_name="Elders",
        )
        with pytest.raises(NotFound):
            await do_set_stage(
                session, case_id=world.case.id or 0, stage="first_weeks", actor=stranger
            )


async def test_a_coach_edits_the_case_and_gives_it_to_a_colleague_who_is_told(
    database: Database,
) -> None:
    world = await builders.coach_with_case(database)
    case_id = world.case.id or 0
    async with database.transaction() as session:
        bram = await do_add_coach(
            session, name="Bram", email="bram@koers.test", password=builders.PASSWORD
        )
        bram.telegram_chat_id = 7001
        youth = (await session.exec(select(Person))).one()
        youth.telegram_chat_id, youth.consent_at, youth.language = 7002, utcnow(), "nl"
    details = CaseDetails.of(world.case)
    async with database.transaction() as session:
        with pytest.raises(InvalidInput, match="backup"):
            await do_edit_case(
                session,
                case_id=case_id,
                actor=world.coach,
                details=replace(details, backup_coach_id=world.coach.id),
            )
        with pytest.raises(InvalidInput, match="leaving_date"):
            await do_edit_case(
                session,
                case_id=case_id,
                actor=world.coach,
                details=replace(details, leaving_date=date(9999, 12, 31)),
            )
    async with database.transaction() as session:
        await do_edit_case(
            session,
            case_id=case_id,
            actor=world.coach,
            details=replace(
                details,
                first_name="Samira",
                school="Praktijkschool De Brug",
                leaving_date=date(2027, 7, 1),
                coach_id=bram.id or 0,
                backup_coach_id=world.coach.id,
            ),
        )
    async with database.transaction() as session:
        case = await session.get(Case, case_id)
        assert case is not None
        assert (case.first_name, case.school, case.coach_id, case.backup_coach_id) == (
            "Samira",
            "Praktijkschool De Brug",
            bram.id,
            world.coach.id,
        )
        youth = (await session.exec(select(Person))).one()
        assert youth.first_name == "Samira"
        sent = (await session.exec(select(OutboxMessage).order_by(col(OutboxMessage.id)))).all()
        assert [(m.chat_id, m.text) for m in sent] == [
            (7001, "Je bent nu de coach van Samira. Je vindt het dossier in het portaal."),
            (
                7002,
                "Je hebt een nieuwe coach: Bram. Je kunt je vragen gewoon hier blijven stellen.",
            ),
        ]
    changes = await summaries(database, case_id, "changes")
    assert changes[:2] == [
        "Nieuwe coach: Bram",
        "Dossier aangepast: naam, back-up coach, school, uitstroomdatum",
    ]


async def test_the_timeline_is_newest_first_filters_and_pages(database: Database) -> None:
    world = await builders.coach_with_case(database)
    case_id = world.case.id or 0
    async with database.transaction() as session:
        for number in range(55):
            await do_add_note(
                session,
                coach=world.coach,
                case_id=case_id,
                body=f"Notitie {number}",
                channel=Channel.PORTAL,
            )
        await do_set_stage(session, case_id=case_id, stage="first_weeks", actor=world.coach)
    async with database.transaction() as session:
        case = await session.get(Case, case_id)
        assert case is not None
        first = await case_timeline(session, case)
        assert first.entries[0].summary("nl") == "Fase: Eerste weken werk of opleiding"
        assert first.entries[1].summary("nl") == "Notitie: Notitie 54"
        assert len(first.entries) == 50 and first.older_than is not None
        rest = await case_timeline(session, case, before=first.older_than)
        seen = [e.summary("nl") for e in first.entries + rest.entries]
        assert rest.older_than is None
        assert seen[-2:] == ["Nieuw in het dossier: jongere", "Dossier gemaakt"]
        assert len(set(seen)) == len(seen) == 55 + 1 + 2
        notes = await case_timeline(session, case, group="notes", limit=100)
        assert {e.kind for e in notes.entries} == {"note"} and len(notes.entries) == 55
        assert all(e.by == "Anna" for e in notes.entries)


async def test_a_region_sets_its_stages_and_a_bad_id_changes_nothing(database: Database) -> None:
    world = await builders.coach_with_case(database)
    team_id = world.coach.team_id
    async with database.transaction() as session:
        found = await do_set_team_stages(
            session,
            team_id=team_id,
            names={"leaving_school": "Overstap", "praktijkroute": " Praktijk  route "},
        )
        assert [(s.id, s.name) for s in found][1] == ("leaving_school", "Overstap")
        assert [s.id for s in found][-2:] == ["praktijkroute", "closed"]
        with pytest.raises(InvalidInput):
            await do_set_team_stages(session, team_id=team_id, names={"Bad Id": "x"})
        await do_set_stage(
            session, case_id=world.case.id or 0, stage="praktijkroute", actor=world.coach
        )
    assert (await summaries(database, world.case.id or 0, "changes"))[0] == "Fase: Praktijk route"


async def test_the_journey_moves_on_by_itself_when_work_starts_and_after_a_year_of_aftercare(
    database: Database,
) -> None:
    world = await builders.coach_with_case(database)
    case_id = world.case.id or 0
    employer = await builders.invite(database, world.case, role="employer")
    async with database.transaction() as session:
        await do_set_stage(session, case_id=case_id, stage="leaving_school", actor=world.coach)
        await do_set_placement_start(
            session, actor=world.coach, member_id=employer.member_id or 0, start=date(2025, 6, 2)
        )
        case = await session.get(Case, case_id)
        assert case is not None and case.stage == "first_weeks"
        # Aftercare that began more than a year ago: year 2 is due at once.
        await do_start_aftercare(
            session, coach=world.coach, case_id=case_id, since=date(2025, 6, 1)
        )
        assert case.stage == "aftercare_1"
    report = await run_due(database, HANDLERS)
    assert report.kinds.get("aftercare_year_two") == 1
    async with database.transaction() as session:
        case = await session.get(Case, case_id)
        assert case is not None and case.stage == "aftercare_2"
    assert (await summaries(database, case_id, "changes"))[0] == "Fase: Nazorg jaar 2"
