"""The portal: notes on a case file, and a coach saying when they are away (and back)."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import col, select

from core.actions.absence import day_start, responsible_coach
from core.actions.organisation import do_add_case, do_add_coach
from core.clock import local, utcnow
from core.db import Database
from core.models import AuditEntry, Case, CaseNote, Channel, CoachAbsence
from messages.coach_texts import format_day
from tests import builders
from tests.portal.conftest import Portal


async def test_a_coach_adds_notes_and_sees_them_newest_first(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    await portal.log_in()
    page = await portal.page(f"/cases/{world.case.id}")
    assert "Nog geen notities." in page and f'action="/cases/{world.case.id}/notes"' in page

    first = await portal.send(f"/cases/{world.case.id}/notes", {"body": "Eerste gesprek gehad."})
    assert first.status == 303
    assert first.headers["Location"] == f"/cases/{world.case.id}?done=note_added#notes"
    await portal.send(f"/cases/{world.case.id}/notes", {"body": "Moeder belde <b>boos</b>."})
    page = await portal.page(f"/cases/{world.case.id}?done=note_added")
    assert "Notitie bewaard." in page
    assert page.index("Moeder belde") < page.index("Eerste gesprek gehad.")
    assert "&lt;b&gt;boos&lt;/b&gt;" in page and "<b>boos</b>" not in page

    empty = await portal.send(f"/cases/{world.case.id}/notes", {"body": "   "})
    assert empty.headers["Location"].endswith("done=note_empty#notes")
    too_long = await portal.send(f"/cases/{world.case.id}/notes", {"body": "x" * 2_001})
    assert too_long.headers["Location"].endswith("done=note_too_long#notes")

    async with database.transaction() as session:
        notes = (await session.exec(select(CaseNote).order_by(col(CaseNote.id)))).all()
        assert [(n.body, n.channel, n.coach_id) for n in notes] == [
            ("Eerste gesprek gehad.", Channel.PORTAL, world.coach.id),
            ("Moeder belde <b>boos</b>.", Channel.PORTAL, world.coach.id),
        ]
        audited = await session.exec(select(AuditEntry).where(AuditEntry.action == "note_added"))
        entries = audited.all()
        assert len(entries) == 2 and all("boos" not in str(e.detail) for e in entries)


async def test_a_note_needs_the_csrf_token_and_a_case_of_the_own_team(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    async with database.transaction() as session:
        eva = await do_add_coach(
            session,
            name="Eva",
            email="eva@koers.test",
            password="lang genoeg wachtwoord",
            team_name="Team Zuid",
        )
        foreign = await do_add_case(session, coach=eva, first_name="Daan", actor=eva)
    await portal.log_in()

    forged = await portal.post(f"/cases/{world.case.id}/notes", {"body": "Hallo", "csrf": "nope"})
    assert forged.status == 403
    without = await portal.post(f"/cases/{world.case.id}/notes", {"body": "Hallo"})
    assert without.status == 403
    other_team = await portal.send(f"/cases/{foreign.id}/notes", {"body": "Hallo"})
    assert other_team.status == 404
    async with database.transaction() as session:
        assert (await session.exec(select(CaseNote))).all() == []


async def test_a_coach_sets_an_absence_the_backup_takes_over_and_the_coach_ends_it(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    bram = await builders.add_coach(database, name="Bram", email="bram@koers.test")
    async with database.transaction() as session:
        case = await session.get(Case, world.case.id)
        assert case is not None
        case.backup_coach_id = bram.id
    await portal.log_in()
    page = await portal.page("/absence")
    assert "Je staat nu niet als weg." in page

    today = local(utcnow()).date()
    last_day = today + timedelta(days=4)
    response = await portal.send("/absence", {"first_day": "", "last_day": last_day.isoformat()})
    assert response.status == 303 and response.headers["Location"] == "/absence?done=set"
    page = await portal.page("/absence?done=set")
    assert f"Je bent weg tot en met {format_day(last_day, 'nl')}." in page
    assert "<bdi>Bram</bdi> krijgt de nieuwe berichten van: <bdi>Sam</bdi>" in page
    async with database.transaction() as session:
        absence = (await session.exec(select(CoachAbsence))).one()
        assert absence.ends_at == day_start(last_day + timedelta(days=1))
        case = await session.get(Case, world.case.id)
        assert case is not None
        assert (await responsible_coach(session, case)).name == "Bram"

    past = await portal.send("/absence", {"first_day": "", "last_day": "2001-01-01"})
    assert past.status == 400 and "al voorbij" in await past.text()
    nonsense = await portal.send("/absence", {"first_day": "", "last_day": "morgen"})
    assert nonsense.status == 400 and "geldige datum" in await nonsense.text()

    ended = await portal.send("/absence/end")
    assert ended.headers["Location"] == "/absence?done=ended"
    assert "Welkom terug!" in await portal.page("/absence?done=ended")
    async with database.transaction() as session:
        case = await session.get(Case, world.case.id)
        assert case is not None
        anna = await responsible_coach(session, case)
        assert anna.id == world.coach.id


async def test_a_planned_absence_can_be_cancelled_and_only_by_its_coach(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    await portal.log_in()
    today = local(utcnow()).date()
    first, last = today + timedelta(days=10), today + timedelta(days=12)
    await portal.send("/absence", {"first_day": first.isoformat(), "last_day": last.isoformat()})
    page = await portal.page("/absence")
    assert f"Weg van {format_day(first, 'nl')} tot en met {format_day(last, 'nl')}." in page
    async with database.transaction() as session:
        absence = (await session.exec(select(CoachAbsence))).one()
        assert absence.starts_at == day_start(first)
        case = await session.get(Case, world.case.id)
        assert case is not None
        assert (await responsible_coach(session, case)).id == world.coach.id
        bram = await do_add_coach(
            session, name="Bram", email="bram@koers.test", password="lang genoeg wachtwoord"
        )
        own = CoachAbsence(
            coach_id=bram.id or 0,
            starts_at=day_start(first),
            ends_at=day_start(last),
        )
        session.add(own)
        await session.flush()
        brams_id = own.id

    assert (await portal.send(f"/absence/{brams_id}/cancel")).status == 404
    cancelled = await portal.send(f"/absence/{absence.id}/cancel")
    assert cancelled.headers["Location"] == "/absence?done=cancelled"
    async with database.transaction() as session:
        mine = await session.get(CoachAbsence, absence.id)
        theirs = await session.get(CoachAbsence, brams_id)
        assert mine is not None and mine.cancelled_at is not None
        assert theirs is not None and theirs.cancelled_at is None
