"""A coach in Telegram: /inbox, a thread shown and answered, closing with the button."""

from __future__ import annotations

from sqlmodel import select

from bot.app import TelegramService
from core.audit import case_audit
from core.db import Database
from core.models import Thread, ThreadStatus
from tests import builders
from tests.fakes.fake_bot_api import FakeBotApi
from tests.fakes.linking import COACH_CHAT, YOUTH_CHAT, coach_alert, linked_world


async def test_the_coach_lists_open_questions_shows_one_and_answers_it(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    await linked_world(database, fake_api)
    fake_api.inject_message(COACH_CHAT, "/inbox")
    assert (await fake_api.wait_for_message(COACH_CHAT, contains="niets open")).buttons == []

    fake_api.inject_message(YOUTH_CHAT, "Waar moet ik mijn loonstrook inleveren?")
    await coach_alert(database, fake_api, "loonstrook")
    fake_api.inject_message(COACH_CHAT, "/inbox")
    listing = await fake_api.wait_for_message(COACH_CHAT, contains="Open vragen en meldingen: 1")
    (choice,) = listing.buttons
    assert choice["text"].startswith("Sam: Waar moet ik")
    fake_api.inject_callback(
        COACH_CHAT, choice["callback_data"], message_id=listing.message_id or 0
    )
    shown = await coach_alert(database, fake_api, "antwoord uiterlijk")
    assert "Sam: Waar moet ik mijn loonstrook inleveren?" in (shown.text or "")
    assert [b["text"] for b in shown.buttons] == [
        "Ik pak het op",
        "Open in portaal",
        "Sluiten",
        "Notitie",
    ]

    fake_api.inject_message(COACH_CHAT, "Bij de balie.", reply_to_message_id=shown.message_id)
    await fake_api.wait_for_message(YOUTH_CHAT, contains="Bij de balie.")


async def test_the_coach_closes_a_thread_from_its_alert(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    await linked_world(database, fake_api)
    fake_api.inject_message(YOUTH_CHAT, "Laat maar, ik weet het al.")
    alert = await coach_alert(database, fake_api, "ik weet het al")
    close = next(b for b in alert.buttons if b["text"] == "Sluiten")
    fake_api.inject_callback(COACH_CHAT, close["callback_data"], message_id=alert.message_id or 0)
    await fake_api.wait_for_call("answerCallbackQuery", count=3)
    assert fake_api.callback_answers[-1].params.get("text") == "Gesloten."
    async with database.transaction() as session:
        thread = (await session.exec(select(Thread))).one()
        assert thread.status == ThreadStatus.CLOSED and thread.closed_at is not None
    fake_api.inject_message(COACH_CHAT, "/inbox")
    await fake_api.wait_for_message(COACH_CHAT, contains="niets open")


async def test_a_forged_button_for_another_teams_thread_is_refused_and_written_down(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = await linked_world(database, fake_api)
    foreign = await builders.thread_in_another_team(database, "Alleen voor Eva")
    fake_api.inject_message(YOUTH_CHAT, "Hoe laat begin ik morgen?")
    alert = await coach_alert(database, fake_api, "Hoe laat begin ik")

    # Take and close under an alert, and the note button under a shown thread.
    for data in ("v1:take:{}", "v1:close:{}", "v1:note:thread:{}"):
        before = len(fake_api.callback_answers)
        fake_api.inject_callback(
            COACH_CHAT,
            data.format(foreign.thread_id),
            message_id=alert.message_id or 0,
            check_button=False,
        )
        answer = await fake_api.wait_for_call("answerCallbackQuery", count=before + 1)
        assert answer.params.get("text") == "Deze knop is niet voor jou."

    async with database.transaction() as session:
        thread = await session.get(Thread, foreign.thread_id)
        assert thread is not None
        assert (thread.status, thread.taken_by_coach_id) == (ThreadStatus.OPEN, None)
        entries = await case_audit(session, case_id=foreign.case.id or 0)
    refused = [e for e in entries if e["action"] == "refused_other_team"]
    assert sorted(e["detail"]["request"] for e in refused) == [
        "telegram close",
        "telegram note",
        "telegram take",
    ]
    assert {e["actor"] for e in refused} == {f"coach:{world.coach.id}"}
