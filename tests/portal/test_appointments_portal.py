"""Appointments on the case page: the coach adds one; past or unreadable moments are refused."""

from __future__ import annotations

import html
from datetime import date, datetime, timedelta

from sqlmodel import select

from core.actions.organisation import do_add_case, do_add_coach
from core.clock import AMSTERDAM, local, utcnow
from core.db import Database
from core.models import Appointment, AuditEntry, OutboxMessage, Person
from messages.i18n import format_moment
from tests import builders
from tests.portal.conftest import Portal, link_telegram, person_id_of

YOUTH_CHAT = 4242


async def appointments(database: Database) -> list[Appointment]:
    async with database.transaction() as session:
        return list((await session.exec(select(Appointment))).all())


def clocks_go_forward() -> str:
    """The next last Sunday of March: that night 02:00–03:00 does not exist in the Netherlands."""
    last = date(local(utcnow()).year + 1, 3, 31)
    return (last - timedelta(days=(last.weekday() + 1) % 7)).isoformat()


async def link_and_agree(database: Database, member_id: int) -> None:
    """The young person linked their chat and said yes to what Koers keeps."""
    person_id = await person_id_of(database, member_id)
    await link_telegram(database, person_id, YOUTH_CHAT)
    async with database.transaction() as session:
        person = await session.get(Person, person_id)
        assert person is not None
        person.consent_at, person.language = utcnow(), "nl"


async def test_coach_adds_an_appointment_in_the_portal(portal: Portal, database: Database) -> None:
    world = await builders.coach_with_case(database)
    youth = await builders.invite(database, world.case)
    await link_and_agree(database, youth.member_id or 0)
    await portal.log_in()
    page = await portal.page(f"/cases/{world.case.id}")
    assert "Afspraken" in page and "Er staan geen afspraken." in page
    assert 'type="date"' in page and 'type="time"' in page

    day = local(utcnow()).date() + timedelta(days=3)
    response = await portal.send(
        f"/cases/{world.case.id}/appointments",
        {
            "what": "Intake UWV",
            "where": "Stationsplein 1",
            "date": day.isoformat(),
            "time": "14:30",
        },
    )
    assert response.status == 303
    location = response.headers["Location"]
    assert location == f"/cases/{world.case.id}?done=appointment_told#appointments"

    page = html.unescape(await portal.page(location.split("#")[0]))
    starts = datetime(day.year, day.month, day.day, 14, 30, tzinfo=AMSTERDAM)
    when = format_moment(starts, "nl")
    assert "Afspraak bewaard. <bdi>Sam</bdi> krijgt een bericht in Telegram." in page
    assert "Intake UWV" in page and when in page and "Waar: Stationsplein 1" in page

    (saved,) = await appointments(database)
    assert (saved.what, saved.where, saved.created_by_coach_id) == (
        "Intake UWV",
        "Stationsplein 1",
        world.coach.id,
    )
    assert local(saved.starts_at).replace(tzinfo=None) == starts.replace(tzinfo=None)
    async with database.transaction() as session:
        (told,) = (
            await session.exec(select(OutboxMessage).where(OutboxMessage.chat_id == YOUTH_CHAT))
        ).all()
        assert told.text == (
            f"Anna heeft een afspraak voor je gemaakt:\nIntake UWV\n{when}\nWaar: Stationsplein 1"
        )
        actions = (await session.exec(select(AuditEntry.action))).all()
        assert "appointment_added" in actions


async def test_a_young_person_without_telegram_is_not_told_and_the_coach_sees_that(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    await builders.invite(database, world.case)
    await portal.log_in()
    day = local(utcnow()).date() + timedelta(days=1)
    response = await portal.send(
        f"/cases/{world.case.id}/appointments",
        {"what": "Gesprek", "where": "", "date": day.isoformat(), "time": "09:00"},
    )
    assert response.headers["Location"].endswith("?done=appointment_added#appointments")
    page = await portal.page(f"/cases/{world.case.id}?done=appointment_added")
    assert "Afspraak bewaard." in page and "krijgt een bericht" not in page
    (saved,) = await appointments(database)
    assert saved.where is None
    async with database.transaction() as session:
        assert (await session.exec(select(OutboxMessage))).all() == []


async def test_a_past_date_in_the_portal_is_refused_and_the_form_kept(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    await portal.log_in()
    response = await portal.send(
        f"/cases/{world.case.id}/appointments",
        {"what": "Sollicitatie", "where": "Bakkerij Smit", "date": "2020-03-02", "time": "10:15"},
    )
    assert response.status == 400
    page = html.unescape(await response.text())
    assert "Die datum en tijd zijn al voorbij." in page
    assert 'value="Sollicitatie"' in page and 'value="Bakkerij Smit"' in page
    assert 'value="2020-03-02"' in page and 'value="10:15"' in page
    assert await appointments(database) == []


async def test_an_unreadable_moment_or_an_empty_what_is_refused_kindly(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    await portal.log_in()
    path = f"/cases/{world.case.id}/appointments"
    day = (local(utcnow()).date() + timedelta(days=2)).isoformat()

    response = await portal.send(path, {"what": "Gesprek", "where": "", "date": "", "time": ""})
    assert response.status == 400
    assert "Kies een datum en een tijd" in await response.text()
    response = await portal.send(
        path, {"what": "Gesprek", "where": "", "date": "31-02-2027", "time": "10:00"}
    )
    assert response.status == 400
    assert "Kies een datum en een tijd" in await response.text()
    response = await portal.send(path, {"what": "  ", "where": "", "date": day, "time": "10:00"})
    assert response.status == 400
    assert "Vul in wat de afspraak is" in await response.text()
    response = await portal.send(
        path, {"what": "Gesprek", "where": "", "date": clocks_go_forward(), "time": "02:30"}
    )
    assert response.status == 400
    assert "de klok een uur vooruit" in html.unescape(await response.text())
    assert await appointments(database) == []

    # A browser without a date field: what people type there is read too.
    typed_day = local(utcnow()).date() + timedelta(days=2)
    response = await portal.send(
        path,
        {
            "what": "Gesprek",
            "where": "",
            "date": f"{typed_day.day}-{typed_day.month}-{typed_day.year}",
            "time": "14.30",
        },
    )
    assert response.status == 303
    (saved,) = await appointments(database)
    assert local(saved.starts_at).date() == typed_day and local(saved.starts_at).hour == 14


async def test_an_appointment_post_with_a_wrong_csrf_token_is_refused(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    await portal.log_in()
    day = (local(utcnow()).date() + timedelta(days=2)).isoformat()
    form = {"what": "Intake", "where": "", "date": day, "time": "10:00"}
    for extra in ({}, {"csrf": "wrong-token-wrong-token"}):
        response = await portal.post(f"/cases/{world.case.id}/appointments", {**form, **extra})
        assert response.status == 403
        assert "Dit formulier is verlopen" in await response.text()
    token = await portal.csrf()
    response = await portal.post(
        f"/cases/{world.case.id}/appointments",
        {**form, "csrf": token},
        headers={"Origin": "https://evil.example"},
    )
    assert response.status == 403
    assert await appointments(database) == []


async def test_a_case_of_another_team_cannot_get_an_appointment(
    portal: Portal, database: Database
) -> None:
    await builders.add_coach(database)
    async with database.transaction() as session:
        other = await do_add_coach(
            session,
            name="Bram",
            email="bram@koers.test",
            password=builders.PASSWORD,
            team_name="Oost",
        )
        foreign = await do_add_case(session, coach=other, first_name="Noor", actor=other)
    await portal.log_in()
    day = (local(utcnow()).date() + timedelta(days=2)).isoformat()
    response = await portal.send(
        f"/cases/{foreign.id}/appointments",
        {"what": "Intake", "where": "", "date": day, "time": "10:00"},
    )
    assert response.status == 404
    async with database.transaction() as session:
        assert (await session.exec(select(Appointment))).all() == []
