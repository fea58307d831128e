"""The Telegram menu on the web page: 'Er is iets', appointments, my coach, settings, and for
employers a report and something good — each calling the same action as the Telegram flow."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from typing import Any

import pytest
from aiohttp.test_utils import TestClient
from markupsafe import escape
from sqlmodel import col, select

from core.actions.appointments import do_add_appointment
from core.actions.concerns import DOMAINS
from core.clock import local, utcnow
from core.db import Database
from core.models import Case, Coach, OutboxMessage, Person, Thread, ThreadMessage
from core.people import membership
from messages import concern_texts, texts
from messages.i18n import render
from tests import builders
from tests.portal.conftest import Portal

COACH_CHAT = 7_001
WRONG_TOKEN = "not-the-session-csrf-token-at-all"


@pytest.fixture
async def third_browser(database: Database, portal: Portal) -> AsyncIterator[Portal]:
    """One more browser (own cookie jar): a young person, an employer and a coach at once."""
    client: TestClient[Any, Any] = TestClient(
        portal.client.server, headers={"Origin": portal.base_url}
    )
    yield Portal(client=client, database=database, settings=portal.settings)
    await client.session.close()


async def link_coach_chat(database: Database, coach: Coach) -> None:
    """As if the coach had linked Telegram: their alerts are queued in the outbox."""
    async with database.transaction() as session:
        found = await session.get(Coach, coach.id)
        assert found is not None
        found.telegram_user_id = found.telegram_chat_id = COACH_CHAT


async def coach_alerts(database: Database) -> list[str]:
    async with database.transaction() as session:
        query = select(OutboxMessage.text).where(OutboxMessage.chat_id == COACH_CHAT)
        return list((await session.exec(query.order_by(col(OutboxMessage.id)))).all())


async def threads(database: Database) -> list[Thread]:
    async with database.transaction() as session:
        return list((await session.exec(select(Thread).order_by(col(Thread.id)))).all())


async def bodies(database: Database) -> list[tuple[str, str]]:
    async with database.transaction() as session:
        query = select(ThreadMessage.body, ThreadMessage.channel).order_by(col(ThreadMessage.id))
        return [(body, channel) for body, channel in (await session.exec(query)).all()]


async def person_of(database: Database, member_id: int | None) -> Person:
    async with database.transaction() as session:
        who = await membership(session, member_id or 0)
        assert who is not None
        return who.person


async def employer_of(database: Database, case: Case, browser: Portal) -> int:
    """An employer placed with the young person of `case`, signed in on `browser`."""
    issued = await builders.invite(database, case, role="employer")
    await browser.open_and_agree(issued.web_link or "")
    return issued.member_id or 0


def checked(page: str, name: str, value: str) -> bool:
    return f'name="{name}" value="{value}" checked' in page


# -- a young person: 'Er is iets' -------------------------------------------------------------


async def test_young_person_raises_a_concern_on_the_web_page_and_the_coach_is_alerted(
    portal: Portal, second_browser: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    await link_coach_chat(database, world.coach)
    issued = await builders.invite(database, world.case)
    await portal.open_and_agree(issued.web_link or "")

    me = await portal.page("/me")
    for href, label in [
        ("/me#ask", "Vraag stellen"),
        ("/me/concern", "Er is iets"),
        ("/me/appointments", "Afspraken"),
        ("/me/coach", "Mijn coach"),
        ("/me/settings", "Instellingen"),
    ]:
        assert f'href="{href}"' in me and f">{label}</a>" in me, label
    assert "/me/report" not in me and "/me/good-news" not in me

    form = await portal.page("/me/concern")
    assert "Waar gaat het over?" in form and "Vertel wat er is. Typ het hier." in form
    assert 'value="money"' in form and ">Geld</span>" in form
    assert 'action="/me/concern"' in form

    text = "Ik kan de huur niet betalen 😟\nWat moet ik doen?"
    response = await portal.send(
        "/me/concern", {"domain": "money", "text": text.replace("\n", "\r\n")}
    )
    assert response.status == 303
    location = response.headers["Location"]
    assert location.startswith("/me?sent=")
    page = await portal.page(location)
    assert "Goed dat je het vertelt." in page
    assert "Anna kijkt ernaar en reageert uiterlijk" in page
    assert 'href="/me/concern"' in page  # the menu again
    assert "Ik kan de huur niet betalen 😟" in page

    (thread,) = await threads(database)
    assert (thread.kind, thread.category, thread.urgency) == ("concern", "money", None)
    assert await bodies(database) == [(text, "web")]
    (alert,) = await coach_alerts(database)
    assert alert.startswith("⚠️ Zorg van Sam") and "Over: Geld" in alert and text in alert

    await second_browser.log_in()
    inbox = await second_browser.page("/inbox")
    assert "Zorg · Geld" in inbox and "Ik kan de huur niet betalen" in inbox

    # Someone else's thread id in the address shows no confirmation of theirs.
    assert "Goed dat je het vertelt." not in await portal.page("/me?sent=999")


async def test_an_empty_concern_keeps_the_form_and_says_what_is_missing(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case)
    await portal.open_and_agree(issued.web_link or "")

    empty = await portal.send("/me/concern", {"domain": "housing", "text": " \r\n "})
    assert empty.status == 400
    page = await empty.text()
    assert "Je hebt nog niets getypt. Vertel wat er is." in page
    assert checked(page, "domain", "housing")

    typed = "Mijn huis is te klein 🏠 البيت صغير"
    no_domain = await portal.send("/me/concern", {"text": typed})
    assert no_domain.status == 400
    page = await no_domain.text()
    assert "Kies eerst waar het over gaat." in page
    assert f'dir="auto">{typed}</textarea>' in page
    assert not any(checked(page, "domain", domain) for domain in DOMAINS)

    unknown = await portal.send("/me/concern", {"domain": "lottery", "text": typed})
    assert unknown.status == 400 and "Kies eerst waar het over gaat." in await unknown.text()

    too_long = "a" * 5_001
    response = await portal.send("/me/concern", {"domain": "work", "text": too_long})
    assert response.status == 400
    page = await response.text()
    assert "Je tekst is te lang. Maak hem korter dan 5000 tekens." in page
    assert too_long in page and checked(page, "domain", "work")

    assert await threads(database) == []


async def test_a_long_concern_in_arabic_with_emoji_is_stored_whole(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case)
    async with database.transaction() as session:
        person = (await session.exec(select(Person))).one()
        person.language = "ar"
    await portal.open_and_agree(issued.web_link or "")
    piece = "مشكلة في المدرسة 📚👩🏽‍🏫\nregel "
    text = (piece * (5_000 // len(piece) + 1))[:5_000]

    form = await portal.page("/me/concern")
    assert '<html lang="ar" dir="rtl">' in form
    response = await portal.send("/me/concern", {"domain": "school", "text": text})
    assert response.status == 303
    assert await bodies(database) == [(text, "web")]
    page = await portal.page(response.headers["Location"])
    received = render("ar", concern_texts.CONCERN_RECEIVED, coach="Anna", due="")
    assert str(escape(received.splitlines()[0])) in page


async def test_crisis_words_in_the_concern_form_bring_help_lines_and_an_urgent_alert(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    await link_coach_chat(database, world.coach)
    issued = await builders.invite(database, world.case)
    await portal.open_and_agree(issued.web_link or "")

    response = await portal.send(
        "/me/concern", {"domain": "home", "text": "Thuis gaat het mis. Ik wil niet meer leven"}
    )
    assert response.status == 200
    page = await response.text()
    assert 'class="crisis" role="alert"' in page
    assert "113" in page and "0800-0113" in page and "112" in page
    assert "0800-0432" in page  # no birth date known: De Kindertelefoon too
    (thread,) = await threads(database)
    assert (thread.kind, thread.category, thread.urgency) == ("concern", "home", "urgent")
    (alert,) = await coach_alerts(database)
    assert alert.startswith("🚨 DRINGEND")


# -- an employer: a report and something good ---------------------------------------------------


async def test_employer_reports_on_the_web_page_and_sees_who_responds_by_when(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    await link_coach_chat(database, world.coach)
    await employer_of(database, world.case, portal)

    me = await portal.page("/me")
    assert 'href="/me/report"' in me and ">Melding doen</a>" in me
    assert 'href="/me/good-news"' in me and ">Iets goeds melden</a>" in me
    assert "/me/concern" not in me and "/me/appointments" not in me
    assert (await portal.get("/me/concern")).status == 404

    form = await portal.page("/me/report")
    case = str(world.case.id)
    assert "Over wie gaat het?" in form and checked(form, "case", case)  # the only one: chosen
    assert ">Te laat / afwezig</span>" in form and ">Vandaag</span>" in form

    # A sentence is needed, except "for information": the form says so and keeps the rest.
    missing = await portal.send(
        "/me/report", {"case": case, "category": "late_absent", "urgency": "today", "text": ""}
    )
    assert missing.status == 400
    page = await missing.text()
    assert "Schrijf kort wat er is gebeurd." in page
    assert checked(page, "category", "late_absent") and checked(page, "urgency", "today")
    assert await threads(database) == []

    text = "Sam is er vandaag niet en neemt de telefoon niet op."
    response = await portal.send(
        "/me/report", {"case": case, "category": "late_absent", "urgency": "today", "text": text}
    )
    assert response.status == 303
    page = await portal.page(response.headers["Location"])
    assert "Je melding over Sam is doorgegeven." in page
    assert "Anna reageert uiterlijk" in page
    assert 'href="/me/report"' in page

    info = await portal.send(
        "/me/report", {"case": case, "category": "health", "urgency": "info", "text": ""}
    )
    assert info.status == 303

    report, for_info = await threads(database)
    assert (report.kind, report.category, report.urgency) == ("report", "late_absent", "today")
    assert (for_info.category, for_info.urgency) == ("health", "info")
    assert await bodies(database) == [(text, "web"), ("(geen toelichting)", "web")]
    alerts = await coach_alerts(database)
    assert alerts[0].startswith("‼️ VANDAAG REAGEREN") and text in alerts[0]
    assert "(geen toelichting)" in alerts[1]


async def test_employer_cannot_report_about_a_young_person_not_placed_with_them(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    other = await builders.add_case(database, world.coach, first_name="Noor")
    await employer_of(database, world.case, portal)

    form = await portal.page("/me/report")
    assert "Sam" in form and "Noor" not in form

    text = "Noor was te laat."
    for value in (str(other.id), "abc", "99999999999"):
        response = await portal.send(
            "/me/report",
            {"case": value, "category": "late_absent", "urgency": "week", "text": text},
        )
        assert response.status == 400, value
        page = await response.text()
        assert "Over deze jongere kun je geen melding doen." in page
        assert text in page and checked(page, "category", "late_absent")
    nobody = await portal.send(
        "/me/report", {"category": "behaviour", "urgency": "week", "text": text}
    )
    assert nobody.status == 400
    assert "Kies over wie het gaat." in await nobody.text()
    good_news = await portal.send("/me/good-news", {"case": str(other.id), "text": "Top!"})
    assert good_news.status == 400
    assert "Over deze jongere kun je geen melding doen." in await good_news.text()
    assert await threads(database) == []


async def test_good_news_from_the_web_reaches_the_coach(
    portal: Portal, second_browser: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    await link_coach_chat(database, world.coach)
    await employer_of(database, world.case, portal)

    form = await portal.page("/me/good-news")
    assert "Over wie gaat het goede nieuws?" in form and "Wat ging er goed?" in form
    empty = await portal.send("/me/good-news", {"case": str(world.case.id), "text": "  "})
    assert empty.status == 400
    assert "Je hebt nog niets getypt. Schrijf wat er goed ging." in await empty.text()

    text = "Sam heeft vandaag de hele dag goed gewerkt 🎉"
    response = await portal.send("/me/good-news", {"case": str(world.case.id), "text": text})
    assert response.status == 303
    page = await portal.page(response.headers["Location"])
    assert "Dank je! Anna krijgt het te zien." in page

    (thread,) = await threads(database)
    assert (thread.kind, thread.urgency) == ("good_news", "info")
    assert await bodies(database) == [(text, "web")]
    (alert,) = await coach_alerts(database)
    assert alert.startswith("Goed nieuws van") and text in alert
    await second_browser.log_in()
    assert "Goed nieuws" in await second_browser.page("/inbox")


# -- appointments, my coach, settings -----------------------------------------------------------


async def test_parent_sees_appointments_on_the_web_only_when_allowed(
    portal: Portal, second_browser: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    day = local(utcnow()).date() + timedelta(days=3)
    async with database.transaction() as session:
        await do_add_appointment(
            session,
            case_id=world.case.id or 0,
            what="Gesprek bij het UWV",
            starts_local=datetime(day.year, day.month, day.day, 10, 0),
            where="Kantoor Utrecht",
        )
    parent = await builders.invite(database, world.case, role="parent")
    await portal.open_and_agree(parent.web_link or "")
    youth = await builders.invite(database, world.case)
    await second_browser.open_and_agree(youth.web_link or "")

    me = await portal.page("/me")
    assert 'href="/me/appointments"' not in me and 'href="/me/concern"' in me
    page = await portal.page("/me/appointments")
    assert "Sam heeft nog niet gezegd dat je de afspraken mag zien." in page
    assert "Gesprek bij het UWV" not in page
    # Only the young person decides: a parent's answer changes nothing.
    refused = await portal.send("/me/settings/parents", {"allowed": "yes"})
    assert refused.status == 200 and "Ouders en afspraken" not in await refused.text()

    own = await second_browser.page("/me/appointments")
    assert (
        "Je afspraken:" in own and "Gesprek bij het UWV" in own and "Waar: Kantoor Utrecht" in own
    )
    settings = await second_browser.page("/me/settings")
    assert "Je ouders zien nu je afspraken niet. Mogen ze die zien?" in settings
    response = await second_browser.send("/me/settings/parents", {"allowed": "yes"})
    assert response.status == 303
    assert "Oké. Je ouders kunnen je afspraken zien." in await second_browser.page(
        response.headers["Location"]
    )

    assert 'href="/me/appointments"' in await portal.page("/me")
    page = await portal.page("/me/appointments")
    assert "De afspraken van Sam:" in page and "Gesprek bij het UWV" in page

    await second_browser.send("/me/settings/parents", {"allowed": "no"})
    page = await portal.page("/me/appointments")
    assert "Sam heeft nog niet gezegd" in page and "Gesprek bij het UWV" not in page


async def test_my_coach_names_the_coach_their_hours_and_who_stands_in(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    backup = await builders.add_coach(database, name="Bram", email="bram@koers.test")
    async with database.transaction() as session:
        case = await session.get(Case, world.case.id)
        assert case is not None
        case.backup_coach_id = backup.id
    await employer_of(database, world.case, portal)

    page = await portal.page("/me/coach")
    assert "Je coach is Anna." in page
    assert "maandag tot en met vrijdag, van 9:00 tot 17:00" in page
    assert "Is Anna er niet? Dan helpt Bram je." in page
    assert 'href="/me#ask"' in page


async def test_settings_on_the_web_change_language_and_pause(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case)
    await portal.open_and_agree(issued.web_link or "")

    page = await portal.page("/me/settings")
    assert 'value="ar"' in page and "العربية" in page and checked(page, "language", "nl")

    response = await portal.send("/me/settings/language", {"language": "ar"})
    assert response.headers["Location"] == "/me/settings?done=language"
    page = await portal.page(response.headers["Location"])
    assert '<html lang="ar" dir="rtl">' in page
    assert str(escape(render("ar", texts.LANGUAGE_CHANGED))) in page
    assert checked(page, "language", "ar")
    assert (await person_of(database, issued.member_id)).language == "ar"
    await portal.send("/me/settings/language", {"language": "nl"})

    wrong = await portal.send("/me/settings/language", {"language": "xx"})
    assert wrong.status == 400 and "Kies een taal uit de lijst." in await wrong.text()
    assert (await person_of(database, issued.member_id)).language == "nl"

    response = await portal.send("/me/settings/pause", {"days": "14"})
    assert response.headers["Location"] == "/me/settings?done=paused"
    page = await portal.page(response.headers["Location"])
    assert "Oké. Tot " in page and "stuurt Koers je geen herinneringen." in page
    assert "Weer aanzetten" in page
    until = (await person_of(database, issued.member_id)).notifications_paused_until
    assert until is not None
    assert (
        timedelta(days=13, hours=23)
        < until.replace(tzinfo=None) - utcnow().replace(tzinfo=None)
        <= timedelta(days=14)
    )

    odd = await portal.send("/me/settings/pause", {"days": "5"})
    assert odd.status == 400 and "Kies hoe lang." in await odd.text()
    response = await portal.send("/me/settings/pause", {"days": "0"})
    assert "Oké. Je krijgt weer herinneringen." in await portal.page(response.headers["Location"])
    assert (await person_of(database, issued.member_id)).notifications_paused_until is None

    known = await portal.page("/me/settings/known")
    assert "Dit weet Koers over jou:" in known and "coach: Anna" in known

    # Erasure: the question changes nothing; only its button does.
    question = await portal.page("/me/settings/erase")
    assert "Weet je het zeker? Dan wist Anna alles wat Koers over je weet." in question
    assert (await person_of(database, issued.member_id)).erasure_requested_at is None
    response = await portal.send("/me/settings/erase")
    page = await portal.page(response.headers["Location"])
    assert "Je vraag is doorgegeven. Anna regelt het en laat het je weten." in page
    assert (await person_of(database, issued.member_id)).erasure_requested_at is not None


# -- forged and stale forms -----------------------------------------------------------------------


async def test_a_form_with_a_wrong_csrf_token_is_refused_and_nothing_is_recorded(
    portal: Portal, second_browser: Portal, third_browser: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case)
    await portal.open_and_agree(issued.web_link or "")
    await employer_of(database, world.case, second_browser)
    case = str(world.case.id)
    report = {"case": case, "category": "behaviour", "urgency": "today", "text": "Ruzie gehad."}

    forms = [
        (portal, "/me/concern", {"domain": "money", "text": "Ik heb schulden."}),
        (portal, "/me/settings/language", {"language": "en"}),
        (portal, "/me/settings/pause", {"days": "7"}),
        (portal, "/me/settings/parents", {"allowed": "yes"}),
        (portal, "/me/settings/erase", {}),
        (second_browser, "/me/report", report),
        (second_browser, "/me/good-news", {"case": case, "text": "Goed gedaan!"}),
    ]
    for browser, path, data in forms:
        for token in (WRONG_TOKEN, None):
            fields = {**data, "csrf": token} if token else data
            response = await browser.post(path, fields)
            assert response.status == 403, (path, token)
            assert "Dit formulier is verlopen" in await response.text()
        # From another website, even with the right token.
        token = await browser.csrf("/me")
        forged = await browser.post(
            path, {**data, "csrf": token}, headers={"Origin": "https://evil.example"}
        )
        assert forged.status == 403 and "Dit verzoek kwam niet van deze website" in (
            await forged.text()
        )
    # Without a session at all: the kind page that asks for a new link.
    stranger = await third_browser.post("/me/concern", {"domain": "money", "text": "Hoi"})
    assert stranger.status == 403
    assert "Vraag je coach om een nieuwe link" in await stranger.text()

    assert await threads(database) == []
    person = await person_of(database, issued.member_id)
    assert person.language is None and person.notifications_paused_until is None
    assert person.erasure_requested_at is None
    async with database.transaction() as session:
        case_row = await session.get(Case, world.case.id)
        assert case_row is not None and not case_row.parents_may_see_appointments
        assert (await session.exec(select(OutboxMessage))).all() == []


async def test_before_consent_the_forms_ask_consent_first_and_keep_what_was_typed(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case)
    await portal.open_web_link(issued.web_link or "")

    for path in ("/me/concern", "/me/settings", "/me/coach", "/me/appointments"):
        response = await portal.get(path)
        assert response.status == 303 and response.headers["Location"] == "/me", path
    response = await portal.send("/me/concern", {"domain": "money", "text": "Ik heb schulden."})
    assert response.status == 403
    page = await response.text()
    assert "Dit bewaart Koers over jou:" in page
    assert 'name="text" value="Ik heb schulden."' in page
    assert await threads(database) == []


async def test_crisis_words_in_an_employers_report_bring_help_lines_and_an_urgent_alert(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    await link_coach_chat(database, world.coach)
    await employer_of(database, world.case, portal)

    text = "Sam zei vandaag: ik wil dood"
    response = await portal.send("/me/report", {"case": str(world.case.id), "text": text})
    assert response.status == 200
    page = await response.text()
    assert 'class="crisis" role="alert"' in page and "113" in page
    (thread,) = await threads(database)
    assert (thread.kind, thread.urgency) == ("concern", "urgent")
    assert await bodies(database) == [(text, "web")]
    (alert,) = await coach_alerts(database)
    assert alert.startswith("🚨 DRINGEND")
