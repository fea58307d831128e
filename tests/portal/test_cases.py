"""Cases in the portal: the list, adding a case, the case file (audited) and invites."""

from __future__ import annotations

import re

from sqlmodel import select

from core.db import Database
from core.models import AuditEntry, Case, CaseMember, Invite, Thread, WebLink
from tests import builders
from tests.portal.conftest import Portal, ask, link_telegram, person_id_of


async def test_a_coach_creates_a_case_and_an_invite_with_links_and_a_qr_code(
    telegram_portal: Portal, database: Database
) -> None:
    portal = telegram_portal
    await builders.add_coach(database)
    await portal.log_in()
    assert "Voornaam van de jongere" in await portal.page("/cases/new")

    response = await portal.send("/cases", {"first_name": "Yasmin", "birth_date": "2008-05-31"})
    assert response.status == 303
    location = response.headers["Location"]
    assert re.fullmatch(r"/cases/\d+", location)
    case_page = await portal.page(location)
    assert "Yasmin" in case_page and "31 mei 2008" in case_page
    assert "nog niet gekoppeld in Telegram" in case_page

    response = await portal.send(f"{location}/invites", {"role": "youth"})
    assert response.status == 303
    shown_at = response.headers["Location"]
    assert re.fullmatch(rf"{location}/members/\d+/invite", shown_at)
    response = await portal.get(shown_at)
    assert response.status == 200
    page = await response.text()
    telegram_link = re.search(r"https://t\.me/koers_test_bot\?start=[A-Za-z0-9_-]{22}", page)
    web_link = re.search(rf"{re.escape(portal.base_url)}/w/[A-Za-z0-9_-]{{22}}", page)
    assert telegram_link and web_link
    assert page.count("<svg") == 2 and 'class="qr"' in page
    assert "Elke link werkt één keer" in page
    assert response.headers["Cache-Control"] == "no-store"

    async with database.transaction() as session:
        case = (await session.exec(select(Case).where(Case.first_name == "Yasmin"))).one()
        assert str(case.birth_date) == "2008-05-31"
        assert len((await session.exec(select(Invite))).all()) == 1
        assert len((await session.exec(select(WebLink))).all()) == 1

    # The web link from the page works (once) for the young person of this case.
    confirm = await portal.get(web_link.group(0).removeprefix(portal.base_url))
    assert confirm.status == 200


async def test_opening_a_case_file_writes_an_audit_entry(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    await portal.log_in()
    await portal.page(f"/cases/{world.case.id}")
    await portal.page("/cases")  # the list is not a case file
    async with database.transaction() as session:
        entries = (
            await session.exec(select(AuditEntry).where(AuditEntry.action == "case_viewed"))
        ).all()
    assert [(e.actor, e.case_id) for e in entries] == [(f"coach:{world.coach.id}", world.case.id)]


async def test_the_case_list_shows_open_items_last_contact_and_out_of_view(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    quiet = await builders.add_case(database, world.coach, first_name="Ilse")
    issued = await builders.invite(database, world.case)
    await ask(database, issued.member_id or 0, "Hoi")
    async with database.transaction() as session:
        stored = await session.get(Case, quiet.id)
        assert stored is not None
        stored.out_of_view = True
    await portal.log_in()

    page = await portal.page("/cases")
    sam, ilse = page.index("<bdi>Sam</bdi></span>"), page.index("<bdi>Ilse</bdi></span>")
    assert sam < ilse  # Sam's open question needs attention; Ilse is out of view
    assert "Uit beeld" in page[sam:ilse] and "nog geen" in page[ilse:]
    flat = re.sub(r"\s+", "", page)
    assert flat.count("<dt>Openpunten</dt><dd>0</dd>") == 1
    assert flat.count("<dt>Openpunten</dt><dd>1</dd>") == 1


async def test_the_case_file_shows_members_linked_by_telegram_and_open_threads(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    youth = await builders.invite(database, world.case)
    await builders.invite(database, world.case, role="employer")
    await link_telegram(database, await person_id_of(database, youth.member_id or 0), 4242)
    await ask(database, youth.member_id or 0, "Mag ik morgen later komen?")
    await portal.log_in()

    page = await portal.page(f"/cases/{world.case.id}")
    assert "gekoppeld in Telegram" in page and "nog niet gekoppeld in Telegram" in page
    assert "<strong>Werkgever</strong>" in page
    assert "Mag ik morgen later komen?" in page
    async with database.transaction() as session:
        assert len((await session.exec(select(CaseMember))).all()) == 2
        assert len((await session.exec(select(Thread))).all()) == 1


async def test_a_case_without_a_first_name_or_with_a_bad_birth_date_is_refused_kindly(
    portal: Portal, database: Database
) -> None:
    await builders.add_coach(database)
    await portal.log_in()
    response = await portal.send("/cases", {"first_name": "  "})
    assert response.status == 400
    assert "Vul een voornaam in" in await response.text()
    response = await portal.send("/cases", {"first_name": "Mo", "birth_date": "2999-01-01"})
    assert response.status == 400
    page = await response.text()
    assert "Deze geboortedatum klopt niet" in page and 'value="Mo"' in page
    async with database.transaction() as session:
        assert (await session.exec(select(Case))).all() == []


async def test_an_open_invite_is_shown_again_from_any_browser_until_it_is_used_or_retired(
    portal: Portal, second_browser: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    await portal.log_in()
    response = await portal.send(f"/cases/{world.case.id}/invites", {"role": "parent"})
    shown_at = response.headers["Location"]

    first = await portal.get(shown_at)
    assert first.status == 200
    page = await first.text()
    web_link = re.search(rf"{re.escape(portal.base_url)}/w/[A-Za-z0-9_-]{{22}}", page)
    assert web_link and "voor: ouder" in page
    # Without a bot, a Telegram link could not work: it is not shown, nor its QR code.
    assert "t.me/" not in page and page.count("<svg") == 1

    # A reload, and a colleague in another browser (as after a restart: it is all stored).
    assert web_link.group(0) in await portal.page(shown_at)
    await second_browser.log_in()
    case_page = await second_browser.page(f"/cases/{world.case.id}")
    assert "Open uitnodigingen" in case_page and f'href="{shown_at}"' in case_page
    assert web_link.group(0) in await second_browser.page(shown_at)
    async with database.transaction() as session:
        assert len((await session.exec(select(Invite))).all()) == 1
        assert len((await session.exec(select(WebLink))).all()) == 1
        actions = [e.action for e in (await session.exec(select(AuditEntry))).all()]
        assert actions.count("invite_created") == 1 and actions.count("invite_shown") == 3

    retired = await second_browser.send(f"{shown_at}/retire")
    assert retired.headers["Location"] == f"/cases/{world.case.id}?done=invite_retired#invite"
    gone = await portal.get(shown_at)
    assert gone.status == 410 and "/w/" not in await gone.text()
    assert "al gebruikt of ingetrokken" in await gone.text()
    assert "Open uitnodigingen" not in await portal.page(f"/cases/{world.case.id}")
    spent = await portal.get(web_link.group(0).removeprefix(portal.base_url))
    assert "/w/" not in await spent.text() or spent.status != 200
    async with database.transaction() as session:
        invite = (await session.exec(select(Invite))).one()
        link = (await session.exec(select(WebLink))).one()
        assert invite.link_code is None and link.link_token is None  # nothing kept to show

    # Another case's address with this person shows nothing.
    other = await builders.add_case(database, world.coach, first_name="Ilse")
    member_id = shown_at.split("/members/")[1].split("/")[0]
    assert (await portal.get(f"/cases/{other.id}/members/{member_id}/invite")).status == 404
