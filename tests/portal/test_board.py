"""The caseload board: a coach with many cases sees at once which need attention (and why),
who is out of view, who is doing fine, who is in aftercare and whom nobody has reached yet."""

from __future__ import annotations

import re
from datetime import date, timedelta

from sqlmodel import select

from core.actions.journey import do_set_stage
from core.caseload import CaseFilter, caseload
from core.clock import utcnow
from core.db import Database
from core.journey_models import Referral
from core.models import Case, CaseMember, CheckIn, Person
from tests import builders
from tests.portal.conftest import Portal, ask

SECTION = re.compile(r'<section aria-labelledby="group-(\w+)"(.*?)</section>', re.S)
TITLE = re.compile(r'<span class="title">(?:<bdi>)?([^<]+)(?:</bdi>)?</span>')


def board(page: str) -> dict[str, list[str]]:
    return {group: TITLE.findall(body) for group, body in SECTION.findall(page)}


async def a_caseload_in_every_state(database: Database) -> builders.World:
    world = await builders.coach_with_case(database)  # Sam: asks a question
    coach = world.coach
    cases = {"Sam": world.case}
    for name in ("Lisa", "Omar", "Eva", "Finn", "Noor", "Mila", "Jan", "Ties"):
        cases[name] = await builders.add_case(database, coach, first_name=name)
    members = {}
    for name in ("Sam", "Lisa", "Omar", "Eva", "Finn", "Noor", "Mila", "Jan"):
        members[name] = (await builders.invite(database, cases[name])).member_id or 0
    await ask(database, members["Sam"], "Hoe laat is de afspraak?")
    now = utcnow()
    async with database.transaction() as session:
        for name, member_id in members.items():
            member = await session.get(CaseMember, member_id)
            assert member is not None
            person = await session.get(Person, member.person_id)
            case = await session.get(Case, cases[name].id)
            assert person is not None and case is not None
            person.consent_at, person.telegram_chat_id = now, 5000 + (member.id or 0)
            case.last_contact_at = now - timedelta(days=3)
            if name == "Lisa":
                person.telegram_blocked_at = now
            if name == "Omar":
                person.consent_at, person.consent_declined_at = None, now
            if name == "Noor":
                case.out_of_view = True
            if name == "Jan":
                case.aftercare_since = date(2026, 7, 1)
        session.add(
            CheckIn(
                case_id=cases["Eva"].id or 0,
                member_id=members["Eva"],
                kind="aftercare",
                mood=1,
                alerted_at=now - timedelta(days=2),
            )
        )
        session.add(
            Referral(
                case_id=cases["Finn"].id or 0,
                service="Jobcoach",
                organisation="Werkpunt",
                first_appointment_at=now - timedelta(days=1),
            )
        )
        await do_set_stage(session, case_id=cases["Mila"].id or 0, stage="first_weeks", actor=coach)
    return world


async def test_the_board_groups_cases_and_says_why_one_needs_attention(
    database: Database,
) -> None:
    world = await a_caseload_in_every_state(database)
    async with database.transaction() as session:
        rows = await caseload(session, team_id=world.coach.team_id, shown=CaseFilter())
    grouped = {row.case.first_name: (row.group, row.reasons) for row in rows}
    assert grouped == {
        "Sam": ("needs_attention", ("open_items",)),
        "Lisa": ("needs_attention", ("blocked",)),
        "Omar": ("needs_attention", ("no_consent",)),
        "Eva": ("needs_attention", ("bad_checkin",)),
        "Finn": ("needs_attention", ("referral",)),
        "Noor": ("out_of_view", ()),
        "Mila": ("in_view", ()),
        "Jan": ("aftercare", ()),
        "Ties": ("to_pick_up", ()),
    }
    async with database.transaction() as session:
        staged = await caseload(
            session, team_id=world.coach.team_id, shown=CaseFilter(stage="first_weeks")
        )
        unstaged = await caseload(
            session, team_id=world.coach.team_id, shown=CaseFilter(stage="none")
        )
    assert [row.case.first_name for row in staged] == ["Mila"]
    assert len(unstaged) == 8


async def test_the_board_page_shows_the_groups_with_counts_and_reasons(
    portal: Portal, database: Database
) -> None:
    await a_caseload_in_every_state(database)
    await portal.log_in()
    page = await portal.page("/cases")
    assert board(page) == {
        "needs_attention": ["Eva", "Finn", "Lisa", "Omar", "Sam"],
        "out_of_view": ["Noor"],
        "in_view": ["Mila"],
        "aftercare": ["Jan"],
        "to_pick_up": ["Ties"],
    }
    assert "Vraagt aandacht (5)" in page and "Nog op te pakken (1)" in page
    for reason in ("chat geblokkeerd", "geen toestemming", "slechte check-in", "open punten"):
        assert f'<strong class="flag">{reason}</strong>' in page
    assert "verwijzing zonder uitkomst" in page
    assert "<dt>Open verwijzingen</dt><dd>1</dd>" in page  # Finn's, still waiting
    assert board(await portal.page("/cases?stage=first_weeks")) == {"in_view": ["Mila"]}
    assert board(await portal.page("/cases?stage=%3Cb%3E")) == board(page)
    async with database.transaction() as session:
        assert len((await session.exec(select(Case))).all()) == 9
