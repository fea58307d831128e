"""Cases in the portal: the list, adding a case, the case file (audited) and invites."""

from __future__ import annotations

import re

from sqlmodel import select

from core.db import Database
from core.models import AuditEntry, Case, CaseMember, Invite, Thread, WebLink
from portal.once import TTL_SECONDS, ShownOnce
from tests import builders
from tests.portal.conftest import Portal, ask, link_telegram, person_id_of


async def test_a_coach_creates_a_case_and_an_invite_with_links_and_a_qr_code(
    portal: Portal, database: Database
) -> None:
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
    assert re.fullmatch(rf"{location}/invites/[A-Za-z0-9_-]{{16,64}}", shown_at)
    response = await portal.get(shown_at)
    assert response.status == 200
    page = await response.text()
    telegram_link = re.search(r"https://t\.me/koers_bot\?start=[A-Za-z0-9_-]{22}", page)
    web_link = re.search(rf"{re.escape(portal.base_url)}/w/[A-Za-z0-9_-]{{22}}", page)
    assert telegram_link and web_link
    assert page.count("<svg") == 2 and 'class="qr"' in page
    assert "maar één keer" in page
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
    ilse, sam = page.index("Ilse"), page.index("Sam")
    assert ilse < sam  # by first name
    assert "Uit beeld" in page[ilse:sam]
    flat = re.sub(r"\s+", "", page)
    assert flat.count("<dt>Openpunten</dt><dd>0</dd>") == 1
    assert flat.count("<dt>Openpunten</dt><dd>1</dd>") == 1
    assert "nog geen" in page[ilse:sam]


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


async def test_reloading_the_invite_page_shows_the_links_once_and_makes_no_new_invite(
    portal: Portal, second_browser: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    await portal.log_in()
    response = await portal.send(f"/cases/{world.case.id}/invites", {"role": "parent"})
    shown_at = response.headers["Location"]

    # Another signed-in browser of the team cannot pick the links up with the address.
    await second_browser.log_in()
    stolen = await second_browser.get(shown_at)
    assert stolen.status == 410 and "/w/" not in await stolen.text()

    first = await portal.get(shown_at)
    assert first.status == 200
    page = await first.text()
    assert "https://t.me/koers_bot?start=" in page and f"{portal.base_url}/w/" in page
    assert "voor: ouder" in page

    reload = await portal.get(shown_at)  # the browser's reload is a GET: nothing is made
    assert reload.status == 410
    page = await reload.text()
    assert "Deze link is al getoond. Maak een nieuwe uitnodiging." in page
    assert "t.me/" not in page and "/w/" not in page
    assert f'href="/cases/{world.case.id}#invite"' in page
    async with database.transaction() as session:
        assert len((await session.exec(select(Invite))).all()) == 1
        assert len((await session.exec(select(WebLink))).all()) == 1
        made = (
            await session.exec(select(AuditEntry).where(AuditEntry.action == "invite_created"))
        ).all()
        assert len(made) == 1

    # Another case's address with this key shows nothing either.
    other = await builders.add_case(database, world.coach, first_name="Ilse")
    key = shown_at.rsplit("/", 1)[1]
    assert (await portal.get(f"/cases/{other.id}/invites/{key}")).status == 410


def test_shown_once_values_go_after_one_look_or_ten_minutes() -> None:
    now = [0.0]
    store: ShownOnce[str] = ShownOnce(clock=lambda: now[0], max_entries=3)
    key = store.put(1, "secret")
    assert store.take(2, key) is None  # not the owner's session: nothing, and still there
    assert store.take(1, key) == "secret"
    assert store.take(1, key) is None

    late = store.put(1, "late")
    now[0] += TTL_SECONDS
    assert store.take(1, late) is None and len(store) == 0

    keys = [store.put(1, str(n)) for n in range(5)]  # the oldest make way
    assert len(store) == 3
    assert store.take(1, keys[0]) is None and store.take(1, keys[4]) == "4"
