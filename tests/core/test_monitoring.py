"""The network's figures, computed from what happened: reach, response times, follow-up, out
of view per week, the journey, referrals and outcomes after leaving school; small numbers
hidden outside one's own team. On SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import select

from core.actions.journey import do_set_outcome
from core.actions.network import do_add_organisation, do_add_team
from core.actions.organisation import do_add_case, do_add_coach
from core.clock import local, utcnow
from core.db import Database
from core.errors import InvalidInput
from core.journey_models import CaseEvent
from core.models import Alert, Case, CaseMember, CheckIn, Person, Thread
from core.monitoring import (
    SUPPRESSED,
    figures_csv,
    network_figures,
    period_of,
    scope_of,
    suppressed,
)
from core.monitoring_summary import do_refresh_figures
from tests.builders import PASSWORD


async def a_year_of_a_team(database: Database) -> int:
    """Team Koers with 6 young people; returns the team's id."""
    now = utcnow()
    today = local(now).date()
    async with database.transaction() as session:
        anna = await do_add_coach(session, name="Anna", email="a@koers.test", password=PASSWORD)
        cases = [
            await do_add_case(session, coach=anna, first_name=name, actor=anna)
            for name in ("Sam", "Lisa", "Omar", "Eva", "Finn", "Noor")
        ]
        sam, lisa, omar, eva, finn, noor = cases
        noor.coach_id = None  # waits to be picked up
        for case in cases:
            case.created_at = now - timedelta(days=30)
        omar.out_of_view = True
        sam.stage, lisa.stage = "first_weeks", "aftercare_1"
        for case, (role, telegram) in zip(
            cases[:3], [("youth", True), ("youth", False), ("parent", True)], strict=True
        ):
            person = Person(
                first_name="x", consent_at=now, telegram_chat_id=1 if telegram else None
            )
            session.add(person)
            await session.flush()
            session.add(CaseMember(case_id=case.id or 0, person_id=person.id or 0, role=role))
        await session.flush()
        member = (await session.exec(select(CaseMember))).first()
        assert member is not None
        # Four questions asked 10 days ago: answered after 10, 30 and 600 minutes; one not yet.
        asked = now - timedelta(days=10)
        for minutes, due in ((10, 60), (30, 60), (600, 60), (None, 60)):
            session.add(
                Thread(
                    case_id=sam.id or 0,
                    member_id=member.id,
                    created_at=asked,
                    due_at=asked + timedelta(minutes=due),
                    first_answer_at=asked + timedelta(minutes=minutes) if minutes else None,
                )
            )
        session.add(CheckIn(case_id=sam.id or 0, member_id=member.id, asked_at=asked, mood=3))
        session.add(CheckIn(case_id=sam.id or 0, member_id=member.id, asked_at=asked))
        session.add(
            Alert(coach_id=anna.id or 0, case_id=omar.id, kind="out_of_view", created_at=asked)
        )
        # Eva and Finn left school 13 months ago; Eva was in work a year after, Finn not known.
        for case in (eva, finn):
            case.leaving_date = today - timedelta(days=400)
        await do_set_outcome(session, case_id=eva.id or 0, outcome="work", actor=anna)
        await session.flush()
        # Eva's outcome was recorded 395 days ago: right after she left.
        for event in (await session.exec(select(CaseEvent))).all():
            event.at = now - timedelta(days=395)
        return anna.team_id


async def test_a_coordinator_reads_the_figures_of_their_team(database: Database) -> None:
    team_id = await a_year_of_a_team(database)
    async with database.transaction() as session:
        scope = await scope_of(session, "team", team_id)
        figures = await network_figures(session, scope, period_of(None, None))
    reach = figures["reach"]
    assert (reach["active"], reach["waiting_to_be_picked_up"], reach["new_in_period"]) == (6, 1, 6)
    assert reach["linked_by_role"] == {"youth": 2, "parent": 1}
    assert reach["by_channel"] == {"telegram": 2, "web": 1}
    response = figures["response"]
    assert (response["threads"], response["answered"]) == (4, 3)
    assert (response["median_minutes"], response["p90_minutes"]) == (30, 600)
    assert response["within_deadline_share"] == 0.5
    assert figures["follow_up"]["checkins"] == {"sent": 2, "answered": 1, "missed": 1}
    assert figures["out_of_view"]["now"] == 1
    assert sum(week["count"] for week in figures["out_of_view"]["per_week"]) == 1
    assert len(figures["out_of_view"]["per_week"]) in (13, 14)
    assert figures["stages"]["first_weeks"] == {"cases": 1, "out_of_view": 0}
    assert figures["stages"]["none"] == {"cases": 4, "out_of_view": 1}
    after_a_year = figures["outcomes_after_leaving"]["12"]
    assert after_a_year["leavers"] == 2
    assert after_a_year["by_outcome"] == {"work": 1, "unknown": 1}
    assert after_a_year["in_work_or_training_share"] == 0.5
    assert figures["outcomes_after_leaving"]["24"]["leavers"] == 0

    hidden = suppressed(figures)
    assert hidden["reach"]["waiting_to_be_picked_up"] == SUPPRESSED
    assert hidden["reach"]["active"] == 6
    assert hidden["response"]["median_minutes"] == SUPPRESSED  # 4 threads: fewer than five
    assert hidden["outcomes_after_leaving"]["12"]["in_work_or_training_share"] == SUPPRESSED
    csv_text = figures_csv(hidden)
    assert "reach.active;6" in csv_text and "reach.waiting_to_be_picked_up;< 5" in csv_text
    assert "Sam" not in csv_text and "Eva" not in csv_text


async def test_an_organisation_and_a_region_add_up_their_teams(database: Database) -> None:
    team_id = await a_year_of_a_team(database)
    async with database.transaction() as session:
        municipality = await do_add_organisation(session, name="Gemeente", kind="municipality")
        team = await do_add_team(session, name="Loket", organisation=municipality)
        session.add(Case(team_id=team.id or 0, first_name="Ali"))
    async with database.transaction() as session:
        own = await scope_of(session, "team", team_id)
        region = await scope_of(session, "region", municipality.region_id)
        organisation = await scope_of(session, "organisation", municipality.id)
        period = period_of(None, None)
        assert (await network_figures(session, region, period))["reach"]["active"] == 7
        assert (await network_figures(session, organisation, period))["reach"]["active"] == 1
        assert (await network_figures(session, own, period))["reach"]["active"] == 6


def test_a_period_must_be_readable_forward_and_not_too_long() -> None:
    assert period_of("2026-01-01", "2026-03-31").start == date(2026, 1, 1)
    for start, end in (
        ("2026-03-01", "2026-01-01"),
        ("gisteren", None),
        ("2020-01-01", "2026-01-01"),
    ):
        with pytest.raises(InvalidInput):
            period_of(start, end)


async def test_the_page_reads_the_days_a_scheduler_run_kept_and_counts_today_afresh(
    database: Database,
) -> None:
    team_id = await a_year_of_a_team(database)
    async with database.transaction() as session:
        scope = await scope_of(session, "team", team_id)
        live = await network_figures(session, scope, period_of(None, None))
    assert await do_refresh_figures(database)
    assert not await do_refresh_figures(database)  # ran a moment ago: nothing to do
    async with database.transaction() as session:
        kept = await network_figures(session, scope, period_of(None, None))
        assert kept == live
        # The kept days are what the page reads: a question removed from ten days ago still
        # counts until the next run recounts the last two weeks...
        asked_long_ago = (await session.exec(select(Thread))).first()
        assert asked_long_ago is not None
        await session.delete(asked_long_ago)
    async with database.transaction() as session:
        assert (await network_figures(session, scope, period_of(None, None)))["response"][
            "threads"
        ] == 4
    assert await do_refresh_figures(database, force=True)
    async with database.transaction() as session:
        recounted = await network_figures(session, scope, period_of(None, None))
        assert recounted["response"]["threads"] == 3
        # ...while today is always counted afresh: a case added now is in at once.
        session.add(Case(team_id=team_id, first_name="Nieuw"))
    async with database.transaction() as session:
        fresh = await network_figures(session, scope, period_of(None, None))
    assert fresh["reach"]["new_in_period"] == recounted["reach"]["new_in_period"] + 1
