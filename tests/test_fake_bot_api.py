"""The fake Telegram Bot API, exercised with the real python-telegram-bot client."""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import aiohttp
import pytest
from telegram import (
    Bot,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    MessageOriginUser,
    ReplyKeyboardMarkup,
    Update,
)
from telegram.constants import ChatAction
from telegram.error import BadRequest, Conflict, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes

from tests.fakes.fake_bot_api import FakeBotApi

TOKEN = "123:TEST"
CHAT = 4711
PROJECT_ROOT = Path(__file__).resolve().parents[1]
#: PTB 22 warns that int durations (retry_after, Voice.duration) will become timedeltas.
QUIET_DURATIONS = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi(token=TOKEN, username="koers_test_bot") as fake:
        yield fake


@pytest.fixture
async def bot(api: FakeBotApi) -> AsyncIterator[Bot]:
    async with Bot(TOKEN, base_url=api.base_url) as client:
        yield client


def seconds(value: int | float | timedelta) -> float:
    """PTB 22 returns durations as int or timedelta (``PTB_TIMEDELTA``); read either quietly."""
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def keyboard(*data: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(d.title(), callback_data=d) for d in data]])


async def test_the_bot_learns_who_it_is_from_get_me(api: FakeBotApi, bot: Bot) -> None:
    me = await bot.get_me()

    assert bot.username == "koers_test_bot"
    assert (me.id, me.is_bot, me.can_join_groups) == (123, True, True)
    assert me.supports_inline_queries is False
    assert api.calls("getMe")[0].token == TOKEN


async def test_a_sent_message_is_recorded_and_parsed_by_the_client(
    api: FakeBotApi, bot: Bot
) -> None:
    first = await bot.send_message(CHAT, "Hoi Sam", reply_markup=keyboard("ja", "nee"))
    second = await bot.send_message(CHAT, "Nog iets")

    assert (first.message_id, second.message_id) == (1, 2)
    assert first.text == "Hoi Sam"
    assert first.chat.id == CHAT and first.chat.type == "private"
    assert first.from_user is not None and first.from_user.username == "koers_test_bot"
    assert first.reply_markup == keyboard("ja", "nee")
    assert abs(first.date.timestamp() - time.time()) < 5
    recorded = api.sent_to(CHAT)
    assert [m.text for m in recorded] == ["Hoi Sam", "Nog iets"]
    assert recorded[0].method == "sendMessage"
    assert recorded[0].message_id == 1
    assert [b["callback_data"] for b in recorded[0].buttons] == ["ja", "nee"]
    assert recorded[0].params["chat_id"] == CHAT  # form string converted to int


async def test_a_reply_keyboard_is_recorded_but_not_echoed_in_the_message(
    api: FakeBotApi, bot: Bot
) -> None:
    markup = ReplyKeyboardMarkup([["Ja", "Nee"]], one_time_keyboard=True)

    message = await bot.send_message(CHAT, "Kies", reply_markup=markup)

    assert message.reply_markup is None
    assert api.sent_to(CHAT)[0].reply_markup == markup.to_dict()


async def test_get_updates_returns_an_injected_message_until_the_offset_confirms_it(
    api: FakeBotApi, bot: Bot
) -> None:
    injected = api.inject_message(CHAT, "hallo", first_name="Sam")

    updates = await bot.get_updates()
    again = await bot.get_updates(offset=updates[-1].update_id)
    confirmed = await bot.get_updates(offset=updates[-1].update_id + 1)

    assert len(updates) == 1 and isinstance(updates[0], Update)
    message = updates[0].message
    assert updates[0].update_id == injected["update_id"] == 1000
    assert message is not None and message.text == "hallo"
    assert message.chat.id == CHAT and message.from_user is not None
    assert (message.from_user.id, message.from_user.first_name) == (CHAT, "Sam")
    assert message.from_user.language_code == "nl"
    assert [u.update_id for u in again] == [1000]
    assert confirmed == () and api.pending_updates == []
    assert api.offsets == [1000, 1001]


async def test_limit_and_a_negative_offset_behave_like_telegram(api: FakeBotApi, bot: Bot) -> None:
    for text in ("een", "twee", "drie"):
        api.inject_message(CHAT, text)

    limited = await bot.get_updates(limit=2)
    last = await bot.get_updates(offset=-1)

    assert [u.message.text for u in limited if u.message] == ["een", "twee"]
    assert [u.message.text for u in last if u.message] == ["drie"]
    assert len(api.pending_updates) == 1


async def test_only_the_allowed_update_types_are_delivered(api: FakeBotApi, bot: Bot) -> None:
    sent = await bot.send_message(CHAT, "Kom je?", reply_markup=keyboard("ja"))
    api.inject_callback(CHAT, "ja", message_id=sent.message_id)
    api.inject_message(CHAT, "ja hoor")

    only_messages = await bot.get_updates(allowed_updates=["message"])
    still_only_messages = await bot.get_updates()  # Telegram remembers allowed_updates
    everything = await bot.get_updates(allowed_updates=[])

    assert [u.message.text for u in only_messages if u.message] == ["ja hoor"]
    assert len(still_only_messages) == 1
    assert [bool(u.callback_query) for u in everything] == [True, False]


async def test_a_long_poll_returns_early_when_a_message_is_injected(
    api: FakeBotApi, bot: Bot
) -> None:
    async def user_writes_soon() -> None:
        await asyncio.sleep(0.1)
        api.inject_message(CHAT, "ben je daar?")

    writer = asyncio.create_task(user_writes_soon())
    started = time.monotonic()
    updates = await bot.get_updates(timeout=5)
    await writer

    assert time.monotonic() - started < 1.5
    assert [u.message.text for u in updates if u.message] == ["ben je daar?"]
    assert api.calls("getUpdates")[0].params["timeout"] == 5


async def test_an_empty_long_poll_waits_for_its_timeout(api: FakeBotApi, bot: Bot) -> None:
    started = time.monotonic()
    updates = await bot.get_updates(timeout=0.3)

    assert updates == ()
    assert 0.25 < time.monotonic() - started < 1.5


async def test_a_second_poller_ends_the_first_with_a_conflict(api: FakeBotApi, bot: Bot) -> None:
    first = asyncio.create_task(bot.get_updates(timeout=5))
    await api.wait_for_call("getUpdates")

    # A Bot polls over a pool of one connection, so the second poller is another instance.
    async with Bot(TOKEN, base_url=api.base_url) as other_instance:
        second = await other_instance.get_updates(timeout=0)

    with pytest.raises(Conflict, match="terminated by other getUpdates request"):
        await first
    assert second == ()


async def test_get_updates_while_a_webhook_is_set_is_a_conflict(api: FakeBotApi, bot: Bot) -> None:
    await bot.set_webhook("https://koers.example/telegram", secret_token="s3cr3t")

    with pytest.raises(Conflict, match="webhook is active"):
        await bot.get_updates()
    info = await bot.get_webhook_info()
    await bot.delete_webhook()

    assert info.url == "https://koers.example/telegram"
    assert api.webhook_secret_token is None and api.webhook_url == ""
    assert api.calls("setWebhook")[0].params["secret_token"] == "s3cr3t"
    assert await bot.get_updates() == ()


@QUIET_DURATIONS
async def test_a_429_reaches_the_client_as_retry_after(api: FakeBotApi, bot: Bot) -> None:
    api.fail_next("sendMessage", status=429, retry_after=7)

    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(CHAT, "te snel")

    assert seconds(caught.value.retry_after) == 7
    assert api.sent_to(CHAT) == []
    assert api.all_calls[-1].fault == "fail:429" and api.all_calls[-1].status == 429


async def test_a_403_reaches_the_client_as_forbidden(api: FakeBotApi, bot: Bot) -> None:
    api.fail_next("sendMessage", status=403)

    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(CHAT, "hallo?")


async def test_a_blocked_chat_is_forbidden_until_it_is_unblocked(api: FakeBotApi, bot: Bot) -> None:
    api.blocked_chats.add(CHAT)

    with pytest.raises(Forbidden):
        await bot.send_message(CHAT, "hallo?")
    other = await bot.send_message(CHAT + 1, "hallo daar")
    api.blocked_chats.discard(CHAT)
    await bot.send_message(CHAT, "weer terug")

    assert other.chat.id == CHAT + 1
    assert [m.text for m in api.sent_to(CHAT)] == ["weer terug"]
    assert api.calls("sendMessage")[0].fault == "blocked"


async def test_a_500_is_a_network_error_not_a_bad_request(api: FakeBotApi, bot: Bot) -> None:
    api.fail_next("sendMessage", status=500)

    with pytest.raises(NetworkError) as caught:
        await bot.send_message(CHAT, "hallo")

    assert not isinstance(caught.value, BadRequest)
    assert "Internal Server Error" in caught.value.message


async def test_too_long_and_empty_texts_are_bad_requests(api: FakeBotApi, bot: Bot) -> None:
    await bot.send_message(CHAT, "x" * 4096)

    # PTB strips "Bad Request: " from Telegram's description and capitalises the rest.
    with pytest.raises(BadRequest, match="Message is too long"):
        await bot.send_message(CHAT, "x" * 4097)
    with pytest.raises(BadRequest, match="Message text is empty"):
        await bot.send_message(CHAT, "  ")

    assert len(api.sent_to(CHAT)) == 1
    assert [c.status for c in api.calls("sendMessage")] == [200, 400, 400]


async def test_faults_are_consumed_so_a_test_can_fail_twice_then_succeed(
    api: FakeBotApi, bot: Bot
) -> None:
    api.fail_next("sendMessage", status=500, times=2, chat_id=CHAT)

    await bot.send_message(CHAT + 1, "andere chat")  # not faulted: another chat
    for _ in range(2):
        with pytest.raises(NetworkError):
            await bot.send_message(CHAT, "poging")
    await bot.send_message(CHAT, "poging")

    assert [m.text for m in api.sent_to(CHAT)] == ["poging"]
    assert [c.fault for c in api.calls("sendMessage")] == [None, "fail:500", "fail:500", None]


async def test_a_delayed_answer_times_out_although_the_message_was_sent(
    api: FakeBotApi, bot: Bot
) -> None:
    api.delay_next("sendMessage", 0.5)

    with pytest.raises(TimedOut):
        await bot.send_message(CHAT, "traag", read_timeout=0.1)

    assert [m.text for m in api.sent_to(CHAT)] == ["traag"]
    assert api.calls("sendMessage")[0].fault == "delay:0.5"


async def test_a_dropped_request_is_a_network_error_and_nothing_is_sent(
    api: FakeBotApi, bot: Bot
) -> None:
    api.drop_next("sendMessage")

    with pytest.raises(NetworkError) as caught:
        await bot.send_message(CHAT, "weg")
    await bot.send_message(CHAT, "wel aangekomen")

    assert not isinstance(caught.value, TimedOut)
    assert [m.text for m in api.sent_to(CHAT)] == ["wel aangekomen"]
    assert api.calls("sendMessage")[0].fault == "drop"
    assert api.calls("sendMessage")[0].status is None


async def test_an_injected_callback_arrives_as_a_callback_query(api: FakeBotApi, bot: Bot) -> None:
    sent = await bot.send_message(CHAT, "Kom je?", reply_markup=keyboard("ja", "nee"))
    api.inject_callback(CHAT, "ja", message_id=sent.message_id)

    (update,) = await bot.get_updates()
    query = update.callback_query
    assert query is not None and query.data == "ja"
    assert query.from_user.id == CHAT
    assert query.message is not None and query.message.message_id == sent.message_id
    await query.answer("Genoteerd")
    await query.edit_message_text("Je komt. Fijn!")

    assert [a.text for a in api.callback_answers] == ["Genoteerd"]
    assert api.callback_answers[0].chat_id == CHAT
    edited = api.message(CHAT, sent.message_id)
    assert edited is not None and edited["text"] == "Je komt. Fijn!"
    assert "reply_markup" not in edited  # editMessageText without markup drops the keyboard
    with pytest.raises(BadRequest, match="Query is too old"):
        await query.answer()
    with pytest.raises(ValueError, match="offers no button"):
        api.inject_callback(CHAT, "ja", message_id=sent.message_id)


async def test_an_edit_without_changes_is_not_modified(api: FakeBotApi, bot: Bot) -> None:
    sent = await bot.send_message(CHAT, "Kom je?", reply_markup=keyboard("ja"))

    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_text("Kom je?", CHAT, sent.message_id, reply_markup=keyboard("ja"))
    edited = await bot.edit_message_reply_markup(CHAT, sent.message_id)
    with pytest.raises(BadRequest, match="Message to edit not found"):
        await bot.edit_message_text("?", CHAT, 99)

    assert isinstance(edited, type(sent)) and edited.reply_markup is None
    assert edited.edit_date is not None
    assert [m.method for m in api.sent] == ["sendMessage", "editMessageReplyMarkup"]


@QUIET_DURATIONS
async def test_media_messages_parse_into_photo_voice_sticker_and_document(
    api: FakeBotApi, bot: Bot
) -> None:
    api.inject_message(CHAT, "mijn cv", photo=True)
    api.inject_message(CHAT, voice=True)
    api.inject_message(CHAT, sticker=True)
    api.inject_message(CHAT, document=True)

    photo, voice, sticker, document = [u.message for u in await bot.get_updates()]

    assert photo is not None and photo.caption == "mijn cv" and photo.text is None
    assert photo.photo[-1].width == 1280 and photo.photo[0].file_id != photo.photo[-1].file_id
    assert voice is not None and voice.voice is not None and seconds(voice.voice.duration) == 3
    assert sticker is not None and sticker.sticker is not None
    assert sticker.sticker.type == "regular" and sticker.sticker.emoji
    assert document is not None and document.document is not None
    assert document.document.file_name == "document.pdf"


async def test_edited_forwarded_and_group_messages_parse_into_their_attributes(
    api: FakeBotApi, bot: Bot
) -> None:
    original = api.inject_message(CHAT, "afspraak om 9")
    api.inject_message(CHAT, "afspraak om 10", edited=True)
    api.inject_message(CHAT, "kijk", forward_from={"id": 99, "first_name": "Mo"})
    api.inject_message(-100, "hoi groep", chat_type="group", user_id=7)

    edit, forward, group = (await bot.get_updates())[1:]

    assert edit.message is None and edit.edited_message is not None
    assert edit.edited_message.message_id == original["message"]["message_id"]
    assert edit.edited_message.text == "afspraak om 10"
    assert edit.edited_message.edit_date is not None
    assert forward.message is not None
    origin = forward.message.forward_origin
    assert isinstance(origin, MessageOriginUser) and origin.sender_user.first_name == "Mo"
    assert group.message is not None and group.message.chat.type == "group"
    assert group.message.chat.id == -100 and group.message.chat.title
    assert group.message.from_user is not None and group.message.from_user.id == 7


async def test_a_command_gets_its_entity_and_a_reply_embeds_the_bot_message(
    api: FakeBotApi, bot: Bot
) -> None:
    api.inject_message(CHAT, "/start abc")
    question = await bot.send_message(CHAT, "Hoe heet je?")
    api.inject_message(CHAT, "Sam", reply_to_message_id=question.message_id)

    command, reply = [u.message for u in await bot.get_updates()]

    assert command is not None
    assert command.parse_entities(["bot_command"]) == {command.entities[0]: "/start"}
    assert (command.message_id, question.message_id) == (1, 2)  # ids are shared per chat
    assert reply is not None and reply.reply_to_message is not None
    assert reply.reply_to_message.text == "Hoe heet je?"
    assert reply.reply_to_message.from_user is not None
    assert reply.reply_to_message.from_user.is_bot


async def test_photos_documents_and_other_methods_are_answered(api: FakeBotApi, bot: Bot) -> None:
    photo = await bot.send_photo(CHAT, b"\x89PNG fake", caption="Je QR-code")
    document = await bot.send_document(CHAT, b"%PDF-1.4", filename="rooster.pdf")
    await bot.send_chat_action(CHAT, ChatAction.TYPING)
    await bot.set_my_commands([("start", "Begin opnieuw")])
    commands = await bot.get_my_commands()
    await bot.delete_my_commands()

    assert photo.photo and photo.caption == "Je QR-code"
    assert document.document is not None and document.document.file_name == "rooster.pdf"
    assert [(m.method, m.text) for m in api.sent_to(CHAT)] == [
        ("sendPhoto", "Je QR-code"),
        ("sendDocument", None),
    ]
    upload = api.sent_to(CHAT)[0].params["photo"]
    assert upload["content"] == b"\x89PNG fake"  # multipart upload decoded
    assert [(c.command, c.description) for c in commands] == [("start", "Begin opnieuw")]
    assert api.commands == {}
    assert await bot.log_out() and await bot.close()


async def test_an_uploaded_file_is_recorded_with_its_name_and_content(
    api: FakeBotApi, bot: Bot
) -> None:
    content = "Jouw gegevens bij Koers\n- naam: Sam\n- taal: Türkçe ✓\n".encode()
    upload = InputFile(content, filename="koers-2026-11-03.txt")
    sent = await bot.send_document(
        CHAT, document=upload, caption="Alles wat Koers weet", reply_markup=keyboard("menu")
    )

    assert sent.document is not None
    assert (sent.document.file_name, sent.document.mime_type) == (
        "koers-2026-11-03.txt",
        "text/plain",
    )
    assert sent.document.file_size == len(content) and sent.caption == "Alles wat Koers weet"
    assert sent.reply_markup == keyboard("menu")
    (document,) = api.documents_to(CHAT)
    assert (document.file_name, document.message_id) == ("koers-2026-11-03.txt", 1)
    assert document.content == content and "taal: Türkçe ✓" in document.text
    assert document.caption == "Alles wat Koers weet"
    assert await api.wait_for_document(CHAT) == document
    assert api.documents_to(CHAT + 1) == []


@QUIET_DURATIONS
async def test_faults_apply_to_uploads_like_to_messages(api: FakeBotApi, bot: Bot) -> None:
    def upload() -> InputFile:
        return InputFile(b"inhoud", filename="koers.txt")

    api.fail_next("sendDocument", status=429, retry_after=3)
    with pytest.raises(RetryAfter) as caught:
        await bot.send_document(CHAT, upload())
    assert seconds(caught.value.retry_after) == 3
    api.fail_next("sendDocument", status=502)
    with pytest.raises(NetworkError) as server_error:
        await bot.send_document(CHAT, upload())
    assert not isinstance(server_error.value, BadRequest)
    api.fail_next("sendDocument", status=400, description="Bad Request: file is empty")
    with pytest.raises(BadRequest):
        await bot.send_document(CHAT, upload())
    api.blocked_chats.add(CHAT)
    with pytest.raises(Forbidden):
        await bot.send_document(CHAT, upload())
    api.blocked_chats.discard(CHAT)
    api.delay_next("sendDocument", 0.5)
    with pytest.raises(TimedOut):
        await bot.send_document(CHAT, upload(), read_timeout=0.1)

    assert [c.fault for c in api.calls("sendDocument")] == [
        "fail:429",
        "fail:502",
        "fail:400",
        "blocked",
        "delay:0.5",
    ]
    assert [d.content for d in api.documents_to(CHAT)] == [b"inhoud"]  # only the late answer
    with pytest.raises(AssertionError, match="did not receive 2 file"):
        await api.wait_for_document(CHAT, count=2, timeout=0.1)


async def test_json_bodies_wrong_tokens_and_unknown_methods(api: FakeBotApi) -> None:
    async with aiohttp.ClientSession() as http:
        body = {"chat_id": str(CHAT), "text": "via json", "reply_markup": '{"inline_keyboard":[]}'}
        async with http.post(f"{api.base_url}{TOKEN}/sendMessage", json=body) as response:
            sent = await response.json()
        async with http.get(f"{api.base_url}999:WRONG/getMe") as response:
            unauthorized = (response.status, await response.json())
        async with http.get(f"{api.base_url}{TOKEN}/getChat") as response:
            unknown = (response.status, await response.json())

    assert sent["ok"] and sent["result"]["text"] == "via json"
    assert api.sent_to(CHAT)[0].reply_markup == {"inline_keyboard": []}
    assert unauthorized == (
        401,
        {"ok": False, "error_code": 401, "description": "Unauthorized"},
    )
    assert unknown == (
        404,
        {"ok": False, "error_code": 404, "description": "Not Found: method not found"},
    )
    assert [call.token for call in api.all_calls] == [TOKEN, "999:WRONG", TOKEN]


async def test_wait_for_message_times_out_describing_what_was_sent(
    api: FakeBotApi, bot: Bot
) -> None:
    await bot.send_message(CHAT, "Welkom bij Koers")

    found = await api.wait_for_message(CHAT, contains="Welkom")
    with pytest.raises(AssertionError) as caught:
        await api.wait_for_message(CHAT, count=2, timeout=0.1)

    assert found.text == "Welkom bij Koers"
    assert "did not receive 2 message(s)" in str(caught.value)
    assert "'Welkom bij Koers'" in str(caught.value)


async def test_a_polling_application_answers_a_command_and_a_button(api: FakeBotApi) -> None:
    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_text("Welkom!", reply_markup=keyboard("verder"))

    async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.callback_query is not None
        await update.callback_query.answer()
        await update.callback_query.edit_message_text("Top")

    app = Application.builder().token(TOKEN).base_url(api.base_url).build()
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CallbackQueryHandler(button))
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0, timeout=1)
        api.inject_message(CHAT, "/start")
        welcome = await api.wait_for_message(CHAT, contains="Welkom")
        api.inject_callback(CHAT, "verder", message_id=welcome.message_id)
        await api.wait_for_call("editMessageText")
        await app.updater.stop()
        await app.stop()

    assert api.pending_updates == []  # the shutdown getUpdates confirmed everything
    assert api.offsets[-1] == 1002
    assert len(api.callback_answers) == 1


async def test_the_standalone_server_is_driven_over_http_from_another_process() -> None:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tests.fakes.fake_bot_api",
        "--port",
        "0",
        "--token",
        TOKEN,
        cwd=PROJECT_ROOT,
        stdout=asyncio.subprocess.PIPE,
    )
    try:
        assert process.stdout is not None
        root = json.loads(await asyncio.wait_for(process.stdout.readline(), 10))["root"]
        async with Bot(TOKEN, base_url=f"{root}/bot") as bot, aiohttp.ClientSession() as http:
            me = await bot.get_me()
            message = {"chat_id": CHAT, "text": "hoi", "first_name": "Noor"}
            async with http.post(f"{root}/_control/message", json=message) as response:
                injected = await response.json()
            updates = await bot.get_updates()
            api_fault = {"method": "sendMessage", "status": 403}
            async with http.post(f"{root}/_control/fail", json=api_fault) as response:
                assert response.status == 200
            with pytest.raises(Forbidden):
                await bot.send_message(CHAT, "geblokkeerd")
            await bot.send_message(CHAT, "Hoi Noor")
            async with http.get(f"{root}/_control/sent", params={"chat_id": CHAT}) as response:
                sent = await response.json()
            async with http.get(f"{root}/_control/calls", params={"method": "getMe"}) as response:
                get_me_calls = await response.json()
    finally:
        process.terminate()
        await asyncio.wait_for(process.wait(), 5)

    assert root.startswith("http://127.0.0.1:")
    assert me.username == "koers_test_bot"
    assert [u.update_id for u in updates] == [injected["update_id"]]
    assert updates[0].message is not None and updates[0].message.from_user is not None
    assert updates[0].message.from_user.first_name == "Noor"
    assert [(m["method"], m["text"]) for m in sent] == [("sendMessage", "Hoi Noor")]
    assert [(c["token"], c["status"]) for c in get_me_calls] == [(TOKEN, 200)] * 2
    assert process.returncode == 0
