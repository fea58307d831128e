"""A coach's inbox and threads: seeing a question, replying, taking and closing it."""

from __future__ import annotations

from sqlmodel import col, select

from core.actions.organisation import do_add_coach
from core.actions.questions import do_receive_message
from core.db import Database
from core.models import Alert, Channel, IntakeRequest, OutboxMessage, Thread, ThreadMessage
from core.people import membership
from tests import builders
from tests.portal.conftest import Portal, ask, link_telegram, person_id_of

YOUTH_CHAT = 7001


async def test_a_coach_sees_a_question_replies_and_the_reply_is_queued_for_telegram(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case)
    person_id = await person_id_of(database, issued.member_id or 0)
    await link_telegram(database, person_id, YOUTH_CHAT)
    thread_id = await ask(database, issued.member_id or 0, "Moet ik morgen mijn pas meenemen? 🙏")

    await portal.log_in()
    inbox = await portal.page("/inbox")
    assert "Sam" in inbox and "Moet ik morgen mijn pas meenemen? 🙏" in inbox
    assert "uiterlijk" in inbox and "nog niet opgepakt" in inbox
    assert f'href="/threads/{thread_id}"' in inbox

    thread_page = await portal.page(f"/threads/{thread_id}")
    assert "Vraag van Sam" in thread_page and 'dir="auto"' in thread_page
    assert "krijgt je antwoord in Telegram" in thread_page

    response = await portal.send(f"/threads/{thread_id}/reply", {"text": "Ja, neem je pas mee."})
    assert response.status == 303
    assert response.headers["Location"] == f"/threads/{thread_id}?done=sent_telegram"
    shown = await portal.page(response.headers["Location"])
    assert "Ja, neem je pas mee." in shown and "verstuurd via Telegram" in shown

    async with database.transaction() as session:
        reply = (
            await session.exec(select(ThreadMessage).order_by(col(ThreadMessage.id).desc()))
        ).first()
        assert reply is not None
        assert (reply.body, reply.channel, reply.from_coach_id) == (
            "Ja, neem je pas mee.",
            Channel.PORTAL,
            world.coach.id,
        )
        queued = (
            await session.exec(select(OutboxMessage).where(OutboxMessage.chat_id == YOUTH_CHAT))
        ).all()
        assert len(queued) == 1
        assert "Antwoord van Anna" in queued[0].text
        assert "Ja, neem je pas mee." in queued[0].text
        thread = await session.get(Thread, thread_id)
        assert thread is not None and thread.taken_by_coach_id == world.coach.id


async def _same_deadline(database: Database) -> None:
    """Both questions due at one moment: the inbox puts the earliest deadline first, and only
    between equal deadlines the newest activity. Asked in working hours their deadlines differ
    by the moments they were asked; outside them they fall on the same morning."""
    async with database.transaction() as session:
        threads = (await session.exec(select(Thread))).all()
        due = max(thread.due_at for thread in threads if thread.due_at is not None)
        for thread in threads:
            thread.due_at = due


async def test_the_inbox_shows_the_newest_activity_first(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    other = await builders.add_case(database, world.coach, first_name="Daan")
    sam = await builders.invite(database, world.case)
    daan = await builders.invite(database, other)
    await ask(database, sam.member_id or 0, "Eerste vraag van Sam")
    await ask(database, daan.member_id or 0, "Vraag van Daan")
    await _same_deadline(database)
    await portal.log_in()
    page = await portal.page("/inbox")
    assert page.index("Vraag van Daan") < page.index("Eerste vraag van Sam")

    await ask(database, sam.member_id or 0, "Nog iets")  # Sam's thread has news again
    await _same_deadline(database)
    page = await portal.page("/inbox")
    assert page.index("Eerste vraag van Sam") < page.index("Vraag van Daan")


async def test_media_shows_as_a_clear_note_with_its_caption(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case)
    async with database.transaction() as session:
        who = await membership(session, issued.member_id or 0)
        assert who is not None
        for kind, caption in (("photo", ""), ("voice", ""), ("document", "Mijn rooster")):
            received = await do_receive_message(
                session,
                who=who,
                text=caption,
                channel=Channel.TELEGRAM,
                media_kind=kind,
                media_file_id=f"file-{kind}",
                base_url="http://x",
            )
    await portal.log_in()
    page = await portal.page(f"/threads/{received.thread.id}")
    assert "[foto]" in page and "[spraakbericht]" in page and "[bestand]" in page
    assert "Mijn rooster" in page
    assert page.count(">foto<") == 0  # no bare label posing as words


async def test_an_empty_reply_gets_a_kind_error_and_nothing_is_stored(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case)
    thread_id = await ask(database, issued.member_id or 0, "Hallo?")
    await portal.log_in()

    response = await portal.send(f"/threads/{thread_id}/reply", {"text": "   "})
    assert response.status == 400
    assert "Je antwoord is nog leeg" in await response.text()
    async with database.transaction() as session:
        count = len((await session.exec(select(ThreadMessage))).all())
        assert count == 1


async def test_a_coach_takes_and_closes_a_thread_and_it_leaves_the_inbox(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case)
    thread_id = await ask(database, issued.member_id or 0, "Waar is de afspraak?")
    await portal.log_in()

    response = await portal.send(f"/threads/{thread_id}/take")
    assert response.headers["Location"] == f"/threads/{thread_id}?done=taken"
    assert "jij pakt dit op" in await portal.page("/inbox")

    response = await portal.send(f"/threads/{thread_id}/close")
    assert response.headers["Location"] == f"/threads/{thread_id}?done=closed"
    assert "gesloten" in await portal.page(response.headers["Location"])
    assert "Waar is de afspraak?" not in await portal.page("/inbox")


async def test_the_inbox_shows_alerts_and_intake_requests_of_the_team(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    async with database.transaction() as session:
        session.add(Alert(coach_id=world.coach.id or 0, case_id=world.case.id, kind="chat_blocked"))
        session.add(
            IntakeRequest(
                team_id=world.coach.team_id, first_name="Noor", reason="no_code", text="مرحبا"
            )
        )
    await portal.log_in()
    page = await portal.page("/inbox")
    assert "Meldingen" in page and "geblokkeerd" in page
    assert "Aanmeldingen zonder coach" in page and "Noor" in page and "مرحبا" in page


async def test_a_coach_of_another_team_gets_404_on_a_thread_and_a_case(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case)
    thread_id = await ask(database, issued.member_id or 0, "Alleen voor Anna")
    async with database.transaction() as session:
        await do_add_coach(
            session,
            name="Bram",
            email="bram@other.test",
            password=builders.PASSWORD,
            team_name="Ander team",
        )
    await portal.log_in(email="bram@other.test")

    for path in (f"/threads/{thread_id}", f"/cases/{world.case.id}"):
        response = await portal.get(path)
        assert response.status == 404
        assert "Deze pagina bestaat niet" in await response.text()
    for action in ("reply", "take", "close"):
        response = await portal.send(f"/threads/{thread_id}/{action}", {"text": "Hoi"})
        assert response.status == 404
    response = await portal.send(f"/cases/{world.case.id}/invites", {"role": "parent"})
    assert response.status == 404
    inbox = await portal.page("/inbox")
    assert "Alleen voor Anna" not in inbox
    assert "Sam" not in await portal.page("/cases")

    async with database.transaction() as session:
        thread = await session.get(Thread, thread_id)
        assert thread is not None and thread.status == "open" and thread.taken_by_coach_id is None
        assert len((await session.exec(select(ThreadMessage))).all()) == 1
