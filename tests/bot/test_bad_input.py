"""Bad input gets a kind answer, and whatever a person sent still reaches their coach."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from bot.app import TelegramService
from core.clock import utcnow
from core.db import Database
from core.models import IntakeRequest, Invite, ThreadMessage
from tests import builders
from tests.fakes.fake_bot_api import FakeBotApi
from tests.fakes.linking import COACH_CHAT, YOUTH_CHAT, link_coach, link_youth, linked_world

STRANGER = 8001


async def _bodies(database: Database) -> list[str]:
    async with database.transaction() as session:
        query = select(ThreadMessage.body).order_by(ThreadMessage.id)  # type: ignore[arg-type]
        return list((await session.exec(query)).all())


async def _intakes(database: Database) -> list[IntakeRequest]:
    async with database.transaction() as session:
        return list((await session.exec(select(IntakeRequest))).all())


async def test_start_without_a_code_gets_a_kind_answer_and_opens_an_intake_request(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    await builders.coach_with_case(database)
    fake_api.inject_message(STRANGER, "/start", first_name="Mo")
    answer = await fake_api.wait_for_message(STRANGER)
    assert "link van je coach" in (answer.text or "")
    (intake,) = await _intakes(database)
    assert (intake.reason, intake.first_name, intake.telegram_chat_id) == (
        "no_code",
        "Mo",
        STRANGER,
    )


async def test_an_unknown_an_expired_and_a_used_code_never_link_the_chat(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = await builders.coach_with_case(database)
    fake_api.inject_message(STRANGER, "/start bestaat-niet")
    assert "ken ik niet" in ((await fake_api.wait_for_message(STRANGER)).text or "")

    expired = await builders.invite(database, world.case)
    async with database.transaction() as session:
        invite = (await session.exec(select(Invite).order_by(Invite.id.desc()))).first()  # type: ignore[union-attr]
        assert invite is not None
        invite.expires_at = utcnow() - timedelta(minutes=1)
    fake_api.inject_message(STRANGER, f"/start {expired.code}")
    assert "verlopen" in ((await fake_api.wait_for_message(STRANGER, count=2)).text or "")

    used = await builders.invite(database, world.case)
    fake_api.inject_message(YOUTH_CHAT, f"/start {used.code}")
    await fake_api.wait_for_message(YOUTH_CHAT, contains="welke taal")
    fake_api.inject_message(STRANGER, f"/start {used.code}")
    assert "al gebruikt" in ((await fake_api.wait_for_message(STRANGER, count=3)).text or "")

    assert [i.reason for i in await _intakes(database)] == ["code_unknown"]  # one per chat
    fake_api.inject_message(STRANGER, "Hallo? Ik wil hulp.")
    await fake_api.wait_for_message(STRANGER, contains="nog niet aangemeld")
    (intake,) = await _intakes(database)
    assert intake.text == "Hallo? Ik wil hulp."


async def test_a_group_chat_gets_told_koers_works_only_in_private_and_sees_no_case_data(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    await linked_world(database, fake_api)
    fake_api.inject_message(-100123, "Hoi Koers, wie is de coach van Sam?", chat_type="group")
    answer = await fake_api.wait_for_message(-100123)
    assert answer.text == "Koers werkt alleen in een privé-chat. Stuur mij een persoonlijk bericht."
    assert await _bodies(database) == []


async def test_photos_voice_stickers_edits_and_forwards_reach_the_coach(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    await linked_world(database, fake_api)
    fake_api.inject_message(YOUTH_CHAT, "mijn rooster", photo=True)
    await fake_api.wait_for_message(YOUTH_CHAT, contains="Je vraag is ontvangen")
    assert "[foto] mijn rooster" in (
        (await fake_api.wait_for_message(COACH_CHAT, contains="mijn rooster")).text or ""
    )
    fake_api.inject_message(YOUTH_CHAT, voice=True)
    await fake_api.wait_for_message(YOUTH_CHAT, contains="spraakbericht")
    await fake_api.wait_for_message(COACH_CHAT, contains="[spraakbericht]")
    fake_api.inject_message(YOUTH_CHAT, sticker=True)
    await fake_api.wait_for_message(YOUTH_CHAT, contains="sticker")
    fake_api.inject_message(YOUTH_CHAT, "Ik ben er om 9 uur")
    fake_api.inject_message(YOUTH_CHAT, "Ik ben er om 10 uur", edited=True)
    await fake_api.wait_for_message(YOUTH_CHAT, contains="aangepaste bericht")
    await fake_api.wait_for_message(COACH_CHAT, contains="(aangepast) Ik ben er om 10 uur")
    fake_api.inject_message(YOUTH_CHAT, "Kijk wat mijn baas stuurde", forward_from=555)
    await fake_api.wait_for_message(COACH_CHAT, contains="(doorgestuurd) Kijk wat mijn baas")

    bodies = await _bodies(database)
    assert "mijn rooster" in bodies and "Ik ben er om 10 uur" in bodies
    assert "Kijk wat mijn baas stuurde" in bodies


async def test_a_long_text_with_emoji_and_arabic_is_stored_whole_and_reaches_the_coach(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    await linked_world(database, fake_api)
    text = ("مرحبا، أحتاج مساعدة 🙏 " * 200)[:5000]
    fake_api.inject_message(YOUTH_CHAT, text)
    await fake_api.wait_for_message(YOUTH_CHAT, contains="ontvangen")
    await fake_api.wait_for_message(COACH_CHAT, count=3)  # linked + alert in two parts
    assert await _bodies(database) == [text]
    alert_text = "".join(m.text or "" for m in fake_api.sent_to(COACH_CHAT)[1:])
    assert "مرحبا" in alert_text and "🙏" in alert_text


async def test_unknown_commands_and_help_get_a_kind_answer(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    await linked_world(database, fake_api)
    fake_api.inject_message(YOUTH_CHAT, "/foobar")
    await fake_api.wait_for_message(YOUTH_CHAT, contains="commando ken ik niet")
    fake_api.inject_message(YOUTH_CHAT, "/help")
    await fake_api.wait_for_message(YOUTH_CHAT, contains="Je coach Anna leest mee")
    assert await _bodies(database) == []


async def test_text_typed_instead_of_pressing_a_button_is_kept_and_passed_on_after_consent(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = await builders.coach_with_case(database)
    await link_coach(database, fake_api, world)
    code = (await builders.invite(database, world.case)).code
    fake_api.inject_message(YOUTH_CHAT, f"/start {code}")
    await fake_api.wait_for_message(YOUTH_CHAT, contains="welke taal")
    fake_api.inject_message(YOUTH_CHAT, "ik heb geen geld voor de bus")
    again = await fake_api.wait_for_message(YOUTH_CHAT, count=2, contains="welke taal")
    fake_api.inject_callback(YOUTH_CHAT, "v1:lang:nl", message_id=again.message_id or 0)
    consent = await fake_api.wait_for_message(YOUTH_CHAT, contains="Is dat goed?")
    fake_api.inject_callback(YOUTH_CHAT, "v1:consent:yes", message_id=consent.message_id or 0)
    await fake_api.wait_for_message(YOUTH_CHAT, contains="Je vraag is ontvangen")
    await fake_api.wait_for_message(COACH_CHAT, contains="geen geld voor de bus")
    assert await _bodies(database) == ["ik heb geen geld voor de bus"]


async def test_a_stale_or_foreign_button_does_nothing_and_says_so(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    await linked_world(database, fake_api)
    consent = next(m for m in fake_api.sent_to(YOUTH_CHAT) if "Is dat goed?" in (m.text or ""))
    fake_api.inject_callback(YOUTH_CHAT, "v1:consent:no", message_id=consent.message_id or 0)
    await fake_api.wait_for_call("answerCallbackQuery", count=3)
    assert fake_api.callback_answers[-1].params.get("text") == "Deze knop werkt niet meer."

    fake_api.inject_message(YOUTH_CHAT, "Vraag")
    alert = await fake_api.wait_for_message(COACH_CHAT, contains="Vraag")
    # The young person presses the coach's "take it" data in their own chat: not theirs.
    fake_api.inject_callback(
        YOUTH_CHAT,
        f"v1:take:{alert.buttons[0]['callback_data'].split(':')[2]}",
        message_id=consent.message_id or 0,
        check_button=False,
    )
    await fake_api.wait_for_call("answerCallbackQuery", count=4)
    assert fake_api.callback_answers[-1].params.get("text") == "Deze knop werkt niet meer."


async def test_the_coach_takes_a_question_with_the_button(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    await linked_world(database, fake_api)
    fake_api.inject_message(YOUTH_CHAT, "Mag ik een dag vrij?")
    alert = await fake_api.wait_for_message(COACH_CHAT, contains="dag vrij")
    fake_api.inject_callback(
        COACH_CHAT, alert.buttons[0]["callback_data"], message_id=alert.message_id or 0
    )
    await fake_api.wait_for_call("answerCallbackQuery", count=3)
    assert fake_api.callback_answers[-1].params.get("text") == "Jij pakt dit op."


async def test_opening_your_own_link_again_just_greets_you_with_your_coach(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = await builders.coach_with_case(database)
    await link_coach(database, fake_api, world)
    code = await link_youth(database, fake_api, world)
    fake_api.inject_message(YOUTH_CHAT, f"/start {code}")
    again = await fake_api.wait_for_message(YOUTH_CHAT, contains="al aangemeld")
    assert again.text == "Je bent al aangemeld. Typ je vraag hier. Anna leest mee."
    assert await _intakes(database) == []


async def test_a_young_person_who_chose_turkish_gets_answers_in_turkish(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = await builders.coach_with_case(database)
    await link_coach(database, fake_api, world)
    code = (await builders.invite(database, world.case)).code
    fake_api.inject_message(YOUTH_CHAT, f"/start {code}")
    language = await fake_api.wait_for_message(YOUTH_CHAT, contains="welke taal")
    assert [b["text"] for b in language.buttons] == [
        "Nederlands",
        "English",
        "Türkçe",
        "العربية",
        "Polski",
        "Українська",
    ]
    fake_api.inject_callback(YOUTH_CHAT, "v1:lang:tr", message_id=language.message_id or 0)
    consent = await fake_api.wait_for_message(YOUTH_CHAT, count=2)
    assert "Anna" in (consent.text or "") and "Koers" in (consent.text or "")
    assert "Is dat goed?" not in (consent.text or "")
    fake_api.inject_callback(YOUTH_CHAT, "v1:consent:yes", message_id=consent.message_id or 0)
    menu = await fake_api.wait_for_message(YOUTH_CHAT, count=4)  # thanks, then the menu
    assert menu.buttons
    fake_api.inject_message(YOUTH_CHAT, "Yarın işe gitmem gerekiyor mu?")
    received = await fake_api.wait_for_message(YOUTH_CHAT, count=5)
    assert "Anna" in (received.text or "") and "ontvangen" not in (received.text or "")
    alert = await fake_api.wait_for_message(COACH_CHAT, contains="Yarın işe")
    assert "Nieuwe vraag" in (alert.text or "")  # the coach reads Dutch
