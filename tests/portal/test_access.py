"""Who can open a case: an invite always makes a new person, a fresh link is a separate act,
and closing a case or stopping someone's access ends their web pages at once."""

from __future__ import annotations

import re

import pytest
from sqlmodel import select

from core.access import OPERATOR
from core.actions.invites import do_create_case_invite
from core.actions.organisation import do_add_coach
from core.actions.retention import do_close_case
from core.audit import case_audit
from core.db import Database
from core.errors import InvalidInput
from core.models import CaseMember, Coach, Person, Role, Thread
from tests import builders
from tests.fakes.chat import WebChat
from tests.portal.conftest import Portal, ask, link_telegram, person_id_of

LINK = re.compile(r"http://127\.0\.0\.1:\d+/w/[A-Za-z0-9_-]+")


def path(link: str | None) -> str:
    """The path of a link, whichever port the portal under test runs on."""
    assert link
    return "/" + link.split("/", 3)[3]


async def name_person(database: Database, member_id: int, name: str) -> None:
    person_id = await person_id_of(database, member_id)
    async with database.transaction() as session:
        person = await session.get(Person, person_id)
        assert person is not None
        person.first_name = name


async def invite_in_portal(portal: Portal, case_id: int, role: str) -> str:
    """The coach makes an invite in the portal; returns the web link shown (once)."""
    response = await portal.send(f"/cases/{case_id}/invites", {"role": role})
    assert response.status == 303
    page = await portal.page(response.headers["Location"])
    found = LINK.search(page)
    assert found, page
    return found.group(0)


async def test_a_second_parent_invite_opens_a_new_person_not_the_first_parent(
    portal: Portal, second_browser: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    first = await builders.invite(database, world.case, role="parent")
    await name_person(database, first.member_id or 0, "Petra")
    await second_browser.open_and_agree(first.web_link or "")
    await second_browser.send("/me/ask", {"text": "Wanneer is het oudergesprek?"})

    await portal.log_in()
    link = await invite_in_portal(portal, world.case.id or 0, "parent")
    portal.client.session.cookie_jar.clear()  # the new parent's own phone
    await portal.open_web_link(path(link))
    page = await portal.page("/me")
    assert "Petra" not in page and "oudergesprek" not in page

    async with database.transaction() as session:
        parents = (
            await session.exec(select(CaseMember).where(CaseMember.role == Role.PARENT))
        ).all()
    assert len({member.person_id for member in parents}) == 2


async def test_an_employer_invite_never_reuses_an_unlinked_employer(database: Database) -> None:
    world = await builders.coach_with_case(database)
    first = await builders.invite(database, world.case, role="employer")
    second = await builders.invite(database, world.case, role="employer")
    assert first.member_id != second.member_id
    assert await person_id_of(database, first.member_id or 0) != await person_id_of(
        database, second.member_id or 0
    )


async def test_the_young_person_once_linked_gets_no_second_invite_but_a_fresh_link(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case)
    await link_telegram(database, await person_id_of(database, issued.member_id or 0), 7301)

    with pytest.raises(InvalidInput, match="youth_linked"):
        await builders.invite(database, world.case)
    await portal.log_in()
    response = await portal.send(f"/cases/{world.case.id}/invites", {"role": "youth"})
    assert response.headers["Location"].endswith("?done=youth_linked#invite")
    assert "is al gekoppeld" in await portal.page(response.headers["Location"])


async def test_a_fresh_link_for_petra_opens_her_page_and_retires_her_old_links(
    portal: Portal, second_browser: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    first = await builders.invite(database, world.case, role="parent")
    await name_person(database, first.member_id or 0, "Petra")

    await portal.log_in()
    case_page = await portal.page(f"/cases/{world.case.id}")
    assert "Nieuwe link voor <bdi>Petra</bdi>" in case_page
    response = await portal.send(f"/cases/{world.case.id}/members/{first.member_id}/link")
    shown = await portal.page(response.headers["Location"])
    assert "Nieuwe link voor <bdi>Petra</bdi>" in shown
    fresh = LINK.search(shown)
    assert fresh is not None

    old = await second_browser.post(path(first.web_link))
    assert old.status in (404, 410)  # a kind "this link no longer works" page
    await second_browser.open_and_agree(path(fresh.group(0)))
    assert "Petra" in await second_browser.page("/me")


async def test_closing_a_case_ends_its_web_sessions_and_links_at_once(
    portal: Portal, second_browser: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    youth = await builders.invite(database, world.case)
    unused = await builders.invite(database, world.case, role="employer")
    await second_browser.open_and_agree(youth.web_link or "")
    assert (await second_browser.get("/me")).status == 200

    async with database.transaction() as session:
        await do_close_case(session, case_id=world.case.id or 0, actor=OPERATOR, outcome="work")
    assert (await second_browser.get("/me")).status != 200
    assert (await portal.post(path(unused.web_link))).status in (404, 410)
    with pytest.raises(InvalidInput, match="case_closed"):
        async with database.transaction() as session:
            await do_create_case_invite(
                session,
                case_id=world.case.id or 0,
                role="parent",
                bot_username="koers_test_bot",
                base_url="http://127.0.0.1:8080",
                valid_days=14,
                actor=OPERATOR,
            )


async def test_a_coach_stops_one_persons_web_access(
    portal: Portal, second_browser: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    parent = await builders.invite(database, world.case, role="parent")
    await second_browser.open_and_agree(parent.web_link or "")
    assert (await second_browser.get("/me")).status == 200

    await portal.log_in()
    response = await portal.send(f"/cases/{world.case.id}/members/{parent.member_id}/end-access")
    assert response.headers["Location"].endswith("?done=access_ended#members")
    assert (await second_browser.get("/me")).status != 200


async def test_a_parents_erasure_request_names_her_and_leads_to_erasing_her(
    portal: Portal, second_browser: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    parent = await builders.invite(database, world.case, role="parent")
    await name_person(database, parent.member_id or 0, "Petra")
    await second_browser.open_and_agree(parent.web_link or "")
    chat = WebChat(second_browser)
    await chat.press("Instellingen")
    await chat.press("Alles wissen")
    await chat.press("Ja, wis alles")

    await portal.log_in()
    inbox = await portal.page("/inbox")
    assert "<bdi>Petra</bdi> (ouder) vraagt om alles te wissen" in inbox
    target = f"/cases/{world.case.id}#erase-member-{parent.member_id}"
    assert f'href="{target}"' in inbox
    case_page = await portal.page(f"/cases/{world.case.id}")
    assert f'id="erase-member-{parent.member_id}" open' in case_page

    response = await portal.send(
        f"/cases/{world.case.id}/members/{parent.member_id}/erase", {"confirm": "yes"}
    )
    assert response.headers["Location"].endswith("?done=member_erased#members")
    async with database.transaction() as session:
        names = (await session.exec(select(Person.first_name))).all()
    assert "Petra" not in names


async def test_only_a_coordinator_erases_a_whole_case_and_only_when_ticked(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    await portal.log_in()
    unticked = await portal.send(f"/cases/{world.case.id}/erase", {})
    assert unticked.headers["Location"].endswith("?done=erase_unconfirmed#erase")
    refused = await portal.send(f"/cases/{world.case.id}/erase", {"confirm": "yes"})
    assert refused.headers["Location"].endswith("?done=erase_coordinator_only#erase")

    async with database.transaction() as session:
        coach = await session.get(Coach, world.coach.id)
        assert coach is not None
        coach.is_coordinator = True
    erased = await portal.send(f"/cases/{world.case.id}/erase", {"confirm": "yes"})
    assert erased.headers["Location"] == "/cases?done=case_erased"
    assert "Dossier gewist" in await portal.page("/cases?done=case_erased")
    assert (await portal.get(f"/cases/{world.case.id}")).status == 404


async def _eva_in_another_team(database: Database) -> None:
    async with database.transaction() as session:
        await do_add_coach(
            session,
            name="Eva",
            email="eva@elders.test",
            password=builders.PASSWORD,
            team_name="Team Elders",
        )


async def test_every_look_at_a_case_is_logged_with_session_and_address_and_refusals_too(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    await _eva_in_another_team(database)
    issued = await builders.invite(database, world.case)
    thread_id = await ask(database, issued.member_id or 0, "Hoi")

    await portal.log_in()
    await portal.page(f"/cases/{world.case.id}")
    await portal.page(f"/threads/{thread_id}")
    await portal.send("/logout")
    await portal.log_in(email="eva@elders.test")
    assert (await portal.get(f"/cases/{world.case.id}")).status == 404
    assert (await portal.get(f"/threads/{thread_id}")).status == 404

    async with database.transaction() as session:
        entries = await case_audit(session, case_id=world.case.id or 0)
    seen = [(entry["who"], entry["action"]) for entry in reversed(entries)]
    assert ("Anna", "case_viewed") in seen and ("Anna", "thread_viewed") in seen
    assert seen.count(("Eva", "refused_other_team")) == 2
    viewed = next(entry for entry in entries if entry["action"] == "case_viewed")
    assert viewed["address"] == "127.0.0.1" and isinstance(viewed["portal_session"], int)


async def test_a_change_tried_on_another_teams_case_is_refused_and_logged_with_what_was_asked(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    await _eva_in_another_team(database)
    issued = await builders.invite(database, world.case, role="parent")
    thread_id = await ask(database, issued.member_id or 0, "Hoi")
    await portal.log_in(email="eva@elders.test")

    tried = [
        (f"/threads/{thread_id}/reply", {"text": "Hallo"}),
        (f"/threads/{thread_id}/close", {}),
        (f"/cases/{world.case.id}/invites", {"role": "parent"}),
        (f"/cases/{world.case.id}/members/{issued.member_id}/end-access", {}),
    ]
    for path, form in tried:
        assert (await portal.send(path, form)).status == 404, path

    async with database.transaction() as session:
        entries = await case_audit(session, case_id=world.case.id or 0)
        thread = await session.get(Thread, thread_id)
        assert thread is not None and thread.status == "open"
    refused = [entry for entry in entries if entry["action"] == "refused_other_team"]
    assert sorted(entry["detail"]["request"] for entry in refused) == sorted(
        [
            "POST /threads/{thread_id}/reply",
            "POST /threads/{thread_id}/close",
            "POST /cases/{case_id}/invites",
            "POST /cases/{case_id}/members/{member_id}/end-access",
        ]
    )
    assert {entry["who"] for entry in refused} == {"Eva"}
    assert all(entry["address"] == "127.0.0.1" for entry in refused)


async def test_a_coordinator_sees_who_looked_at_a_case_and_a_coach_does_not(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    await portal.log_in()
    await portal.page(f"/cases/{world.case.id}")
    assert (await portal.get(f"/cases/{world.case.id}/audit")).status == 404

    async with database.transaction() as session:
        coach = await session.get(Coach, world.coach.id)
        assert coach is not None
        coach.is_coordinator = True
    log = await portal.page(f"/cases/{world.case.id}/audit")
    assert "Wie keek er in het dossier" in log and "case_viewed" in log and "127.0.0.1" in log
