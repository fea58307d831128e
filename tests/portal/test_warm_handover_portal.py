"""A warm handover in the portal: a coach proposes it for a young person Koers cannot reach
yet and records their answer from a conversation; the receiving coordinator reads only the
parts agreed to, needs a reason to decline, and accepts with a coach; the new case shows the
handover file, the old one is closed, and another team's coach cannot see either."""

from __future__ import annotations

import re

from sqlmodel import select

from core.actions.handover import HandoverFile, do_propose_handover
from core.db import Database
from core.mail import WebReach
from core.models import Case
from core.network_models import Handover
from tests import builders
from tests.bot.test_warm_handover import the_municipality
from tests.fakes.chat import WebChat
from tests.portal.conftest import Portal, young_person_on_the_web


async def test_a_handover_proposed_in_the_portal_is_answered_in_person_and_taken_on(
    database: Database, portal: Portal
) -> None:
    world = await builders.coach_with_case(database)
    _, bram = await the_municipality(database)
    await portal.log_in()
    case_path = f"/cases/{world.case.id}"
    page = await portal.page(case_path)
    assert "Dossier overdragen aan een ander team" in page
    assert "Jongerenloket (Gemeente Utrecht)" in page

    refused = await portal.send(case_path + "/handover", {"to_team": "", "story": "Typed"})
    assert refused.status == 400
    assert "Kies het team dat het dossier overneemt." in await refused.text()
    assert "Typed" in await refused.text()  # nothing typed is lost

    proposed = await portal.send(
        case_path + "/handover",
        {
            "to_team": str(bram.team_id),
            "story": "Sam wil in de bouw werken.",
            "what_works": "Bellen, niet mailen.",
            "watch_out": "Zijn vader mag dit niet lezen.",
            "read_days": "0",
        },
    )
    assert proposed.headers["Location"].endswith("done=handover_not_asked#handover")
    page = await portal.page(case_path)
    assert "wacht op akkoord van de jongere" in page
    again = await portal.send(case_path + "/handover", {"to_team": str(bram.team_id)})
    assert again.status == 400  # one open handover at a time

    async with database.transaction() as session:
        handover = (await session.exec(select(Handover))).one()
    token = await portal.csrf(case_path)
    answered = await portal.client.post(
        f"/handovers/{handover.id}/consent",
        data=[("csrf", token), ("part", "story"), ("part", "what_works")],
        allow_redirects=False,
    )
    assert answered.status == 303
    assert "akkoord; het andere team beslist" in await portal.page(case_path)

    coordinator = portal.another_browser()
    await coordinator.log_in("carla@utrecht.test")
    team_page = await coordinator.page("/team")
    assert "Warme overdrachten voor jullie team" in team_page
    assert "Sam wil in de bouw werken." in team_page and "Bellen, niet mailen." in team_page
    assert "Zijn vader mag dit niet lezen." not in team_page  # Sam did not agree to that part

    no_reason = await coordinator.send(f"/handovers/{handover.id}/decline", {"reason": " "})
    assert no_reason.headers["Location"].startswith("/team?done=handover_reason")
    taken = await coordinator.send(f"/handovers/{handover.id}/accept", {"coach": str(bram.id)})
    assert taken.headers["Location"].startswith("/team?done=handover_accepted")
    async with database.transaction() as session:
        cases = (await session.exec(select(Case).order_by(Case.id))).all()
    old, new = cases
    assert (old.status, new.team_id, new.coach_id) == ("closed", bram.team_id, bram.id)

    new_page = await coordinator.page(f"/cases/{new.id}")
    assert "Overdrachtsdossier" in new_page and "Sam wil in de bouw werken." in new_page
    assert "Zijn vader mag dit niet lezen." not in new_page
    assert re.search(r"Overgenomen van\s+Team Koers", new_page)
    assert "Overgedragen aan Jongerenloket" in await portal.page(case_path)
    # Anna did not get read access (none proposed): the new case is not hers to see.
    assert (await portal.get(f"/cases/{new.id}")).status == 404
    assert (await coordinator.get(case_path)).status == 404
    await coordinator.client.close()


async def test_a_young_person_on_the_web_agrees_to_everything_on_their_page(
    database: Database, portal: Portal
) -> None:
    world, _ = await young_person_on_the_web(database, portal)
    _, bram = await the_municipality(database)
    async with database.transaction() as session:
        proposed = await do_propose_handover(
            session,
            actor=world.coach,
            case_id=world.case.id or 0,
            to_team_id=bram.team_id,
            file=HandoverFile(story="Sam zoekt werk in de groenvoorziening."),
            reach=WebReach(portal.base_url),
            read_days=30,
        )
    assert proposed.asked
    sam = WebChat(portal)
    shown = await sam.waiting()
    assert any("Anna wil je dossier doorgeven aan Jongerenloket" in t for t in shown.texts)
    assert "Alles mag mee" in shown.buttons and "Ik kies zelf" in shown.buttons
    asked = await sam.press("Alles mag mee")
    assert any("Mag Anna nog 30 dagen meelezen" in t for t in asked.texts)
    thanks = await sam.press("Nee")
    assert any("Jongerenloket kijkt of ze je kunnen helpen" in t for t in thanks.texts)
    async with database.transaction() as session:
        handover = await session.get(Handover, proposed.handover.id)
        assert handover is not None and handover.status == "consented"
        assert handover.parts == ["story", "what_works", "watch_out", "appointments", "network"]
        assert (handover.old_coach_may_read, handover.consent_via) == (False, "web")
