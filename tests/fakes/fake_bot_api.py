"""Fake Telegram Bot API server for tests: records what the bot sends, injects user updates.

A small aiohttp app on 127.0.0.1 speaking enough of the Bot API for python-telegram-bot::

    async with FakeBotApi() as api:
        bot = telegram.Bot(api.token, base_url=api.base_url)
        api.inject_message(42, "/start")            # the "user side"
        sent = await api.wait_for_message(42, contains="Welkom")
        api.fail_next("sendMessage", status=429, retry_after=3)   # scripted faults
        (doc,) = api.documents_to(42)                # files: doc.file_name, doc.text

Standalone (black-box tests, manual runs)::

    python -m tests.fakes.fake_bot_api --port 0 --token 123:TEST
    # prints {"root": "http://127.0.0.1:PORT"}; drive it via POST {root}/_control/message etc.
"""

from __future__ import annotations

import asyncio
import copy
import itertools
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from http import HTTPStatus
from types import TracebackType
from typing import Any, Self

from aiohttp import web

from tests.fakes import telegram_updates as tg
from tests.fakes.standalone import handle_control, main
from tests.fakes.wire import (
    CHAT_METHODS,
    DEFAULT_DESCRIPTIONS,
    DEFAULT_GROUP_USER_ID,
    MAX_CAPTION_LENGTH,
    MAX_TEXT_LENGTH,
    NOT_MODIFIED,
    OPT_IN_UPDATES,
    POLL_CONFLICT,
    QUERY_INVALID,
    SEND_METHODS,
    WEBHOOK_CONFLICT,
    ApiCall,
    ApiError,
    Fault,
    Handler,
    JsonDict,
    SentMessage,
    dumps,
    normalize,
)


@dataclass(frozen=True)
class SentDocument:
    """A file the bot uploaded: its name, type and bytes as they arrived, and its caption."""

    message_id: int | None
    file_name: str
    content_type: str
    content: bytes
    caption: str | None

    @classmethod
    def of(cls, sent: SentMessage) -> SentDocument:
        upload = sent.params.get("document")
        if not isinstance(upload, dict):  # a file_id or URL: no bytes were uploaded
            upload = {"filename": str(upload or ""), "content_type": "", "content": b""}
        return cls(
            message_id=sent.message_id,
            file_name=str(upload.get("filename") or ""),
            content_type=str(upload.get("content_type") or ""),
            content=bytes(upload.get("content") or b""),
            caption=sent.text,
        )

    @property
    def text(self) -> str:
        """The content read as UTF-8 (fails loudly when it is not)."""
        return self.content.decode("utf-8")


class FakeBotApi:
    """In-process fake of api.telegram.org; see the module docstring."""

    def __init__(
        self,
        token: str | None = "123:TEST",
        username: str = "koers_test_bot",
        *,
        first_name: str = "Koers (test)",
        port: int = 0,
        update_id_start: int = 1000,
    ) -> None:
        self.token = token  # None: accept any token
        self.username = username
        self.first_name = first_name
        prefix = (token or "").split(":", 1)[0]
        self.bot_id = int(prefix) if prefix.isdigit() else 123456789
        self.root = ""
        self.all_calls: list[ApiCall] = []
        self.sent: list[SentMessage] = []  # every recorded outgoing action, in order
        self.callback_answers: list[SentMessage] = []
        self.offsets: list[int] = []  # every getUpdates offset received
        self.blocked_chats: set[int] = set()
        self.webhook_url = ""
        self.webhook_secret_token: str | None = None
        self.allowed_updates: list[str] | None = None
        # False: deliver every update, asked for or not (a server Koers has never seen might).
        self.honour_allowed_updates = True
        self.commands: dict[str, list[JsonDict]] = {}  # see _commands_key
        self._port = port
        self._runner: web.AppRunner | None = None
        self._closing = False
        self._tick = asyncio.Event()
        self._pending: list[JsonDict] = []
        self._next_update_id = update_id_start
        self._last_ids: dict[int, int] = {}  # per chat, shared by user and bot like Telegram
        self._messages: dict[tuple[int, int], JsonDict] = {}
        self._chats: dict[int, JsonDict] = {}
        self._last_user_message: dict[int, int] = {}
        self._callbacks: dict[str, tuple[int, int] | None] = {}
        self._answered: set[str] = set()
        self._faults: list[Fault] = []
        self._poll_generation = 0
        self._seq = itertools.count(1)
        handlers: dict[str, Handler] = {
            "getMe": self._get_me,
            "getUpdates": self._get_updates,
            "setWebhook": self._set_webhook,
            "deleteWebhook": self._delete_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "sendMessage": self._send_message,
            "sendPhoto": self._send_photo,
            "sendDocument": self._send_document,
            "editMessageText": self._edit_message_text,
            "editMessageReplyMarkup": self._edit_message_reply_markup,
            "answerCallbackQuery": self._answer_callback_query,
            "sendChatAction": self._send_chat_action,
            "setMyCommands": self._set_my_commands,
            "deleteMyCommands": self._delete_my_commands,
            "getMyCommands": self._get_my_commands,
            "close": self._true,
            "logOut": self._true,
        }
        self._handlers = {name.lower(): (name, handler) for name, handler in handlers.items()}

    # ----------------------------------------------------------------- lifecycle

    @property
    def base_url(self) -> str:
        """The value for ``telegram.Bot(base_url=...)`` / ``ApplicationBuilder.base_url``."""
        return f"{self.root}/bot"

    async def start(self) -> None:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("POST", "/bot{token}/{method}", self._handle_api)
        app.router.add_route("GET", "/bot{token}/{method}", self._handle_api)
        app.router.add_route("*", "/_control/{action}", partial(handle_control, self))
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self._port).start()
        self.root = f"http://127.0.0.1:{self._runner.addresses[0][1]}"

    async def stop(self) -> None:
        """Wake pending long polls and delays, then close the server."""
        self._closing = True
        self._notify()
        if self._runner is not None:
            runner, self._runner = self._runner, None
            await runner.cleanup()

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    # ------------------------------------------------------------ assertions

    def sent_to(self, chat_id: int) -> list[SentMessage]:
        """Messages (sendMessage/sendPhoto/sendDocument) the bot sent to a chat, in order."""
        return [s for s in self.sent if s.chat_id == chat_id and s.method.lower() in SEND_METHODS]

    def documents_to(self, chat_id: int) -> list[SentDocument]:
        """Files (sendDocument uploads) the bot sent to a chat, in order, with their content."""
        return [
            SentDocument.of(sent)
            for sent in self.sent_to(chat_id)
            if sent.method.lower() == "senddocument"
        ]

    async def wait_for_document(
        self, chat_id: int, *, count: int = 1, timeout: float = 5.0
    ) -> SentDocument:
        """Wait until ``chat_id`` received ``count`` files; returns the latest."""
        if await self._wait_until(lambda: len(self.documents_to(chat_id)) >= count, timeout):
            return self.documents_to(chat_id)[-1]
        raise AssertionError(
            f"chat {chat_id} did not receive {count} file(s) within {timeout}s.\n"
            + self.describe(chat_id)
        )

    def calls(self, method: str) -> list[ApiCall]:
        return [call for call in self.all_calls if call.method.lower() == method.lower()]

    def message(self, chat_id: int, message_id: int) -> JsonDict | None:
        """The current state of a message (after edits), as Telegram would show it."""
        return self._messages.get((chat_id, message_id))

    @property
    def pending_updates(self) -> list[JsonDict]:
        """Injected updates not yet confirmed by a getUpdates offset."""
        return list(self._pending)

    async def wait_for_message(
        self, chat_id: int, *, count: int = 1, timeout: float = 5.0, contains: str | None = None
    ) -> SentMessage:
        """Wait until ``chat_id`` received ``count`` messages (containing ``contains``)."""

        def matches() -> list[SentMessage]:
            sent = self.sent_to(chat_id)
            return [s for s in sent if contains is None or contains in (s.text or "")]

        if await self._wait_until(lambda: len(matches()) >= count, timeout):
            return matches()[-1]
        wanted = f"{count} message(s)" + (f" containing {contains!r}" if contains else "")
        raise AssertionError(
            f"chat {chat_id} did not receive {wanted} within {timeout}s.\n" + self.describe(chat_id)
        )

    async def wait_until(self, predicate: Callable[[], bool], timeout: float = 5.0) -> bool:
        """Until `predicate()` holds, woken by every call the bot makes; False on timeout."""
        return await self._wait_until(predicate, timeout)

    async def wait_until_fetched(self, timeout: float = 5.0) -> None:
        """Until a getUpdates offset confirmed every injected update: Koers has stored them."""
        if not await self._wait_until(lambda: not self._pending, timeout):
            raise AssertionError(f"{len(self._pending)} update(s) never fetched in {timeout}s")

    async def wait_for_call(self, method: str, *, count: int = 1, timeout: float = 5.0) -> ApiCall:
        """Wait until ``method`` was requested ``count`` times; returns the latest call."""
        if await self._wait_until(lambda: len(self.calls(method)) >= count, timeout):
            return self.calls(method)[-1]
        raise AssertionError(
            f"{method} was called {len(self.calls(method))} time(s) within {timeout}s, "
            f"expected {count}. Calls: {[c.method for c in self.all_calls]}"
        )

    def describe(self, chat_id: int) -> str:
        """A readable summary of what the bot sent (and failed to send) to a chat."""
        lines = [f"Sent to chat {chat_id}:"]
        lines += [f"  {s.method} #{s.message_id}: {s.text!r}" for s in self.sent_to(chat_id)]
        if len(lines) == 1:
            lines.append("  (nothing)")
        for call in self.all_calls:
            if call.params.get("chat_id") == chat_id and call.error:
                lines.append(f"  failed {call.method} {call.status}: {call.error}")
        others = sorted({s.chat_id for s in self.sent if s.chat_id != chat_id}, key=str)
        if others:
            lines.append(f"The bot also sent to chats {others}.")
        return "\n".join(lines)

    # ---------------------------------------------------------- user side

    def inject_update(self, raw: JsonDict) -> JsonDict:
        """Queue an arbitrary Update for getUpdates; assigns ``update_id`` when missing."""
        update = dict(raw)
        if "update_id" not in update:
            update["update_id"] = self._next_update_id
        if isinstance(update["update_id"], int):
            self._next_update_id = max(self._next_update_id, update["update_id"] + 1)
        # Malformed updates (tests of bad input) are queued as they are, without bookkeeping.
        for key in ("message", "edited_message"):
            message = update.get(key)
            if _well_formed(message):
                chat_id, message_id = message["chat"]["id"], message["message_id"]
                self._messages[(chat_id, message_id)] = message
                self._chats[chat_id] = message["chat"]
                self._last_user_message[chat_id] = message_id
                self._last_ids[chat_id] = max(self._last_ids.get(chat_id, 0), message_id)
        query = update.get("callback_query")
        if isinstance(query, dict) and "id" in query:
            message = query.get("message")
            where = None
            if _well_formed(message):
                where = (message["chat"]["id"], message["message_id"])
            self._callbacks[str(query["id"])] = where
        self._pending.append(update)
        self._pending.sort(key=_update_order)
        self._notify()
        return update

    def inject_junk(self, item: Any) -> None:
        """Queue something that is not an update at all (no update_id) for getUpdates."""
        self._pending.append(item)
        self._pending.sort(key=_update_order)
        self._notify()

    def inject_message(
        self,
        chat_id: int,
        text: str | None = None,
        *,
        user_id: int | None = None,
        first_name: str = "Sam",
        chat_type: str = "private",
        reply_to_message_id: int | None = None,
        entities: list[JsonDict] | None = None,
        photo: bool = False,
        voice: bool = False,
        sticker: bool = False,
        document: bool = False,
        forward_from: int | JsonDict | None = None,
        edited: bool = False,
        language_code: str = "nl",
        message_id: int | None = None,
        username: str | None = None,
    ) -> JsonDict:
        """Queue a message from a user; media messages carry ``text`` as their caption.

        ``edited=True`` edits ``message_id`` (default: the user's latest message in the chat).
        """
        if user_id is None:
            user_id = chat_id if chat_type == tg.PRIVATE else DEFAULT_GROUP_USER_ID
        date = edit_date = int(time.time())
        if edited:
            message_id = message_id or self._last_user_message.get(chat_id)
            original = self._messages.get((chat_id, message_id or 0))
            date = original["date"] if original else date
        replied = None
        if reply_to_message_id is not None:
            replied = self._messages.get((chat_id, reply_to_message_id))
            if replied is None:
                raise ValueError(
                    f"no message {reply_to_message_id} in chat {chat_id} to reply to.\n"
                    + self.describe(chat_id)
                )
        message = tg.user_message(
            message_id=message_id or self._new_message_id(chat_id),
            date=date,
            chat=tg.chat(chat_id, chat_type, first_name=first_name),
            sender=tg.user(user_id, first_name, language_code=language_code, username=username),
            seq=next(self._seq),
            text=text,
            entities=entities,
            photo=photo,
            voice=voice,
            sticker=sticker,
            document=document,
            forward_from=forward_from,
            reply_to=replied,
            edit_date=edit_date if edited else None,
        )
        return self.inject_update({"edited_message" if edited else "message": message})

    def inject_callback(
        self,
        chat_id: int,
        data: str,
        *,
        message_id: int,
        user_id: int | None = None,
        first_name: str = "Sam",
        language_code: str = "nl",
        check_button: bool = True,
    ) -> JsonDict:
        """Queue a press on an inline button of a message the bot sent to ``chat_id``.

        With ``check_button`` the message must currently show a button with that
        ``callback_data``; pass False to simulate a stale or forged press.
        """
        message = self._messages.get((chat_id, message_id))
        if message is None or not message["from"].get("is_bot"):
            raise ValueError(
                f"the bot sent no message {message_id} to chat {chat_id}.\n"
                + self.describe(chat_id)
            )
        offered = tg.offered_callback_data(message)
        if check_button and data not in offered:
            raise ValueError(f"message {message_id} offers no button {data!r}; it has {offered}")
        if user_id is None:
            user_id = chat_id if chat_id > 0 else DEFAULT_GROUP_USER_ID
        query = tg.callback_query(
            query_id=str(4_380_000_000_000_000_000 + next(self._seq)),
            sender=tg.user(user_id, first_name, language_code=language_code),
            message=copy.deepcopy(message),
            data=data,
        )
        return self.inject_update({"callback_query": query})

    # ------------------------------------------------------------- faults

    def fail_next(
        self,
        method: str,
        *,
        status: int,
        description: str = "",
        retry_after: int | None = None,
        times: int = 1,
        chat_id: int | None = None,
    ) -> None:
        """Answer the next ``times`` calls of ``method`` (to ``chat_id``) with an error."""
        if status == 429 and retry_after is None:
            retry_after = 1
        if not description:
            description = DEFAULT_DESCRIPTIONS.get(status) or HTTPStatus(status).phrase
            if status == 429:
                description = f"Too Many Requests: retry after {retry_after}"
        self._faults.append(
            Fault("fail", method.lower(), times, chat_id, status, description, retry_after)
        )

    def delay_next(
        self, method: str, seconds: float, times: int = 1, *, chat_id: int | None = None
    ) -> None:
        """Answer slowly; the request takes effect at once (sent, then the answer is late)."""
        self._faults.append(Fault("delay", method.lower(), times, chat_id, seconds=seconds))

    def drop_next(self, method: str, times: int = 1, *, chat_id: int | None = None) -> None:
        """Close the connection without answering; the request does not take effect."""
        self._faults.append(Fault("drop", method.lower(), times, chat_id))

    def _take_fault(self, method: str, params: JsonDict) -> Fault | None:
        for fault in self._faults:
            if fault.method == method and fault.chat_id in (None, params.get("chat_id")):
                fault.times -= 1
                if fault.times <= 0:
                    self._faults.remove(fault)
                return fault
        return None

    # ------------------------------------------------------------ plumbing

    def _notify(self) -> None:
        self._tick.set()
        self._tick = asyncio.Event()

    async def _wait_until(self, predicate: Callable[[], bool], timeout: float) -> bool:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not predicate():
            remaining = deadline - loop.time()
            if remaining <= 0:
                return False
            try:
                await asyncio.wait_for(self._tick.wait(), remaining)
            except TimeoutError:
                return predicate()
        return True

    async def _handle_api(self, request: web.Request) -> web.StreamResponse:
        token, name = request.match_info["token"], request.match_info["method"]
        call = ApiCall(name, {}, token, request.method)
        self.all_calls.append(call)
        fault = None
        try:
            call.params = await self._decode(request)
            if self.token is not None and token != self.token:
                raise ApiError(401, "Unauthorized")
            if name.lower() not in self._handlers:
                raise ApiError(404, "Not Found: method not found")
            call.method, handler = self._handlers[name.lower()]
            fault = self._take_fault(name.lower(), call.params)
            call.fault = fault and fault.label
            if fault and fault.kind == "drop":
                self._notify()
                if request.transport is not None:
                    request.transport.close()
                return web.Response()  # written to a closed transport: aiohttp ignores it
            if fault and fault.kind == "fail":
                raise ApiError(fault.status, fault.description, fault.retry_after)
            if name.lower() in CHAT_METHODS and call.params.get("chat_id") in self.blocked_chats:
                call.fault = "blocked"
                raise ApiError(403, DEFAULT_DESCRIPTIONS[403])
            body, call.status = {"ok": True, "result": await handler(call.params)}, 200
        except ApiError as exc:
            body, call.status, call.error = exc.body(), exc.status, exc.description
        self._notify()
        if fault and fault.kind == "delay":  # the request took effect; only the answer is late
            await self._wait_until(lambda: self._closing, fault.seconds)
        return web.json_response(body, status=call.status, dumps=dumps)

    async def _decode(self, request: web.Request) -> JsonDict:
        params: JsonDict = dict(request.query)
        if request.content_type == "application/json" and request.body_exists:
            try:
                body = await request.json()
            except ValueError:
                raise ApiError(400, "Bad Request: can't parse JSON body") from None
            if not isinstance(body, dict):
                raise ApiError(400, "Bad Request: the JSON body must be an object")
            params.update(body)
        elif request.body_exists:
            for key, value in (await request.post()).items():
                if isinstance(value, web.FileField):
                    content = value.file.read()
                    params[key] = {
                        "filename": value.filename,
                        "content_type": value.content_type,
                        "size": len(content),
                        "content": content,
                    }
                else:
                    params[key] = value
        return normalize(params)

    def _new_message_id(self, chat_id: int) -> int:
        self._last_ids[chat_id] = self._last_ids.get(chat_id, 0) + 1
        return self._last_ids[chat_id]

    def _chat(self, chat_id: int) -> JsonDict:
        if chat_id in self._chats:
            return self._chats[chat_id]
        if chat_id > 0:
            return {"id": chat_id, "type": "private"}
        return {"id": chat_id, "type": "group", "title": "Test group"}

    def _record(
        self, method: str, where: tuple[int | None, int | None], text: str | None, params: JsonDict
    ) -> SentMessage:
        chat_id, message_id = where
        sent = SentMessage(method, chat_id, message_id, text, params.get("reply_markup"), params)
        self.sent.append(sent)
        return sent

    def _bot_message(self, method: str, params: JsonDict, **fields: Any) -> JsonDict:
        """Create, store and record a message the bot sends."""
        chat_id = params.get("chat_id")
        if chat_id is None or chat_id == "":
            raise ApiError(400, "Bad Request: chat_id is empty")
        if not isinstance(chat_id, int):
            raise ApiError(400, "Bad Request: chat not found")
        message = tg.message(
            message_id=self._new_message_id(chat_id),
            date=int(time.time()),
            chat=self._chat(chat_id),
            sender=tg.bot_user(self.bot_id, self.first_name, self.username),
            reply_markup=tg.inline_markup(params.get("reply_markup")),
            reply_to_message=self._replied(chat_id, params),
            **fields,
        )
        self._messages[(chat_id, message["message_id"])] = message
        text = message.get("text", message.get("caption"))
        self._record(method, (chat_id, message["message_id"]), text, params)
        return message

    def _replied(self, chat_id: int, params: JsonDict) -> JsonDict | None:
        reply = params.get("reply_parameters") or {}
        message_id = reply.get("message_id", params.get("reply_to_message_id"))
        if message_id is None:
            return None
        if (chat_id, message_id) in self._messages:
            return tg.minimal_copy(self._messages[(chat_id, message_id)])
        if reply.get("allow_sending_without_reply") or params.get("allow_sending_without_reply"):
            return None
        raise ApiError(400, "Bad Request: message to be replied not found")

    def _editable(self, params: JsonDict) -> JsonDict:
        message = self._messages.get((params.get("chat_id"), params.get("message_id")))
        if message is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        if not message["from"].get("is_bot"):
            raise ApiError(400, "Bad Request: message can't be edited")
        return message

    # ------------------------------------------------------------ methods

    async def _true(self, params: JsonDict) -> bool:
        return True

    async def _get_me(self, params: JsonDict) -> JsonDict:
        return tg.bot_profile(self.bot_id, self.first_name, self.username)

    async def _get_updates(self, params: JsonDict) -> list[JsonDict]:
        if self.webhook_url:
            raise ApiError(409, WEBHOOK_CONFLICT)
        offset = params.get("offset")
        if isinstance(offset, int):
            self.offsets.append(offset)
            if offset < 0:
                self._pending = self._pending[offset:]
            elif offset > 0:
                self._pending = [u for u in self._pending if _update_order(u) >= offset]
        if "allowed_updates" in params:
            self.allowed_updates = params["allowed_updates"] or None
        limit = min(max(int(params.get("limit") or 100), 1), 100)
        timeout = max(float(params.get("timeout") or 0), 0.0)
        self._poll_generation += 1
        generation = self._poll_generation
        self._notify()  # an older long poll, if any, ends with a Conflict

        await self._wait_until(
            lambda: (
                bool(self._deliverable()) or self._closing or generation != self._poll_generation
            ),
            timeout,
        )
        if generation != self._poll_generation:
            raise ApiError(409, POLL_CONFLICT)
        return copy.deepcopy(self._deliverable()[:limit])

    def _deliverable(self) -> list[JsonDict]:
        """Pending updates of the types asked for by ``allowed_updates`` (Telegram keeps it)."""
        allowed = set(self.allowed_updates or ()) if self.honour_allowed_updates else set()

        def wanted(kind: str) -> bool:
            if not self.honour_allowed_updates:
                return True
            return kind in allowed if allowed else kind not in OPT_IN_UPDATES

        return [update for update in self._pending if wanted(tg.update_type(update))]

    async def _set_webhook(self, params: JsonDict) -> bool:
        secret = params.get("secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", str(secret)):
            raise ApiError(400, "Bad Request: secret token contains unallowed characters")
        self.webhook_url = str(params.get("url") or "")
        self.webhook_secret_token = secret if self.webhook_url else None
        if "allowed_updates" in params:
            self.allowed_updates = params["allowed_updates"] or None
        if params.get("drop_pending_updates"):
            self._pending.clear()
        return True

    async def _delete_webhook(self, params: JsonDict) -> bool:
        return await self._set_webhook({"url": "", **params})

    async def _get_webhook_info(self, params: JsonDict) -> JsonDict:
        info: JsonDict = {
            "url": self.webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(self._pending),
        }
        if self.webhook_url:
            info["max_connections"] = 40
            if self.allowed_updates:
                info["allowed_updates"] = self.allowed_updates
        return info

    def _check_text(self, text: Any) -> str:
        if text is None or not str(text).strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if len(str(text)) > MAX_TEXT_LENGTH:
            raise ApiError(400, "Bad Request: message is too long")
        return str(text)

    def _check_caption(self, params: JsonDict) -> str | None:
        caption = params.get("caption")
        if caption is not None and len(str(caption)) > MAX_CAPTION_LENGTH:
            raise ApiError(400, "Bad Request: message caption is too long")
        return caption

    async def _send_message(self, params: JsonDict) -> JsonDict:
        text = self._check_text(params.get("text"))
        return self._bot_message(
            "sendMessage",
            params,
            text=text,
            entities=params.get("entities"),
            link_preview_options=params.get("link_preview_options"),
        )

    async def _send_photo(self, params: JsonDict) -> JsonDict:
        if not params.get("photo"):
            raise ApiError(400, "Bad Request: there is no photo in the request")
        caption = self._check_caption(params)
        photo = tg.photo_sizes(next(self._seq))
        return self._bot_message("sendPhoto", params, photo=photo, caption=caption)

    async def _send_document(self, params: JsonDict) -> JsonDict:
        upload = params.get("document")
        if not upload:
            raise ApiError(400, "Bad Request: there is no document in the request")
        caption = self._check_caption(params)
        document = tg.document_file(next(self._seq))
        if isinstance(upload, dict):
            document["file_name"] = upload.get("filename") or "document"
            document["mime_type"] = upload.get("content_type") or "application/octet-stream"
            document["file_size"] = upload.get("size", 0)
        return self._bot_message("sendDocument", params, document=document, caption=caption)

    async def _edit_message_text(self, params: JsonDict) -> JsonDict | bool:
        return self._edit("editMessageText", params, self._check_text(params.get("text")))

    async def _edit_message_reply_markup(self, params: JsonDict) -> JsonDict | bool:
        return self._edit("editMessageReplyMarkup", params, None)

    def _edit(self, method: str, params: JsonDict, text: str | None) -> JsonDict | bool:
        """Apply an edit to a bot message; ``text`` None keeps the text."""
        if params.get("inline_message_id"):
            self._record(method, (None, None), text, params)
            return True
        message = self._editable(params)
        changes = {"reply_markup": tg.inline_markup(params.get("reply_markup"))}
        if text is not None:
            changes |= {"text": text, "entities": params.get("entities")}
        if all(message.get(key) == value for key, value in changes.items()):
            raise ApiError(400, NOT_MODIFIED)
        for key, value in changes.items():
            if value is None:
                message.pop(key, None)
            else:
                message[key] = value
        message["edit_date"] = int(time.time())
        where = (message["chat"]["id"], message["message_id"])
        self._record(method, where, message.get("text", message.get("caption")), params)
        return message

    async def _answer_callback_query(self, params: JsonDict) -> bool:
        query_id = str(params.get("callback_query_id") or "")
        if query_id not in self._callbacks or query_id in self._answered:
            raise ApiError(400, QUERY_INVALID)
        self._answered.add(query_id)
        where = self._callbacks[query_id] or (None, None)
        answer = self._record("answerCallbackQuery", where, params.get("text"), params)
        self.callback_answers.append(answer)
        return True

    async def _send_chat_action(self, params: JsonDict) -> bool:
        if not params.get("chat_id"):
            raise ApiError(400, "Bad Request: chat_id is empty")
        if not params.get("action"):
            raise ApiError(400, "Bad Request: action is empty")
        return True

    @staticmethod
    def _commands_key(params: JsonDict) -> str:
        """The key into ``commands``: default, all_private_chats, chat:42, default@nl, ..."""
        scope = params.get("scope") or {}
        key = str(scope.get("type", "default"))
        if "chat_id" in scope:
            key += f":{scope['chat_id']}"
        return key + (f"@{params['language_code']}" if params.get("language_code") else "")

    async def _set_my_commands(self, params: JsonDict) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise ApiError(400, "Bad Request: can't parse commands JSON object")
        for command in commands:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", str(command.get("command", ""))):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", "")).strip()) <= 256:
                raise ApiError(400, "Bad Request: command description must be non-empty")
        self.commands[self._commands_key(params)] = commands
        return True

    async def _delete_my_commands(self, params: JsonDict) -> bool:
        self.commands.pop(self._commands_key(params), None)
        return True

    async def _get_my_commands(self, params: JsonDict) -> list[JsonDict]:
        return self.commands.get(self._commands_key(params), [])

    # ------------------------------------------------------ control endpoints


def _well_formed(message: Any) -> bool:
    """A message with an integer id in a chat with an integer id."""
    if not isinstance(message, dict) or not isinstance(message.get("message_id"), int):
        return False
    chat = message.get("chat")
    return isinstance(chat, dict) and isinstance(chat.get("id"), int)


def _update_order(update: Any) -> int:
    update_id = update.get("update_id") if isinstance(update, dict) else None
    return update_id if isinstance(update_id, int) else -1


if __name__ == "__main__":
    main()
