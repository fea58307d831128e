"""A seeded storm of plausible and malformed Telegram updates, for the fuzz test.

Texts in every script up to 5,000 characters, commands, media, edits, forwards, group and
channel posts, buttons from old, foreign and garbled keyboards, updates of kinds Koers never
asked for, and a few updates python-telegram-bot cannot read. Each update says whether it is
malformed (it must end up *failed*, alone) or not (it must be *handled*).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from tests.fakes import telegram_updates as tg

JsonDict = dict[str, Any]

TEXTS = [
    "Hoi, waar moet ik morgen heen?",
    "ik snap de brief van de gemeente niet",
    "مرحبا، متى موعدي القادم؟",  # Arabic
    "שלום, מה שלומך",  # Hebrew
    "Привіт! Коли в мене зустріч?",  # Ukrainian
    "Cześć, gdzie mam jutro iść?",  # Polish
    "Merhaba, yarın saat kaçta?",  # Turkish
    "你好，我明天要去哪里？",  # Chinese
    "👍🏽🎉❤️‍🔥👨‍👩‍👧 ok",  # emoji with modifiers and joiners
    "\u202egnirts desrever\u202c en \u2066LRI\u2069",  # bidi controls
    "a\u200bb\u200dc\ufeffd",  # zero-width characters
    "Z̷̢͕͓̙͎̊̈́a̵͍͐l̴̢͇̔g̶͓̈́ö̵̼́",  # combining marks
    "e\u0301e\u0301n keer",  # decomposed accents
    "menu",
    "stop",
    "   ",
    "x",
    "<b>vet</b> & <script>alert(1)</script>",
    "'; DROP TABLE thread; --",
    "{{ 7*7 }} {0} %s",
]
COMMANDS = [
    "/start",
    "/start onbekende-code",
    "/start " + "A" * 64,
    "/start " + "ü" * 30,
    "/help",
    "/menu",
    "/inbox",
    "/HELP",
    "/",
    "/ ",
    "//",
    "/@",
    "/" + "x" * 300,
    "/help@another_bot",
    "/помощь",
    "/ ik snap het niet",
    "/start@koers_test_bot",
]
BUTTONS = [
    "v1:take:1",
    "v1:close:2",
    "v1:show:3",
    "v1:open:4",
    "v1:take:18446744073709551616",
    "v1:close:99999999999999999999999999999",
    "v1:take:-1",
    "v1:take:1e9",
    "v1:take:٣",
    "v1:take:²",
    "v1:menu:ask",
    "v1:menu:concern",
    "v1:menu:nope",
    "v1:nav:stop",
    "v1:lang:nl",
    "v1:lang:xx",
    "v1:consent:yes",
    "v1:settings:pausefor:7",
    "v1:settings:pausefor:99999999999999999999",
    "v1:checkin:attended:yes.42",
    "v1:checkin:mood:4.99999999999999999999",
    "v1:appointments:moved:5",
    "v1:report:case:7",
    "v1",
    "v1:",
    ":::",
    "v2:take:1",
    "like_post_123",
    '{"a": 1}',
    "x" * 80,
    "",
]


@dataclass(frozen=True)
class StormUpdate:
    payload: JsonDict
    malformed: bool
    kind: str


@dataclass(frozen=True)
class Crowd:
    """Who takes part: private chats of linked people and strangers, groups, a channel."""

    linked_chats: list[int]
    stranger_chats: list[int]
    group_chats: list[int]
    channel_chat: int
    bot_id: int
    bot_username: str


class Storm:
    def __init__(self, crowd: Crowd, seed: int) -> None:
        self.crowd = crowd
        self.random = random.Random(seed)
        self.message_ids = iter(range(100_000, 10**9))
        self.now = int(time.time())

    # ------------------------------------------------------------------ pieces

    def _private_chat(self) -> int:
        chats = self.crowd.linked_chats + self.crowd.stranger_chats
        return self.random.choice(chats)

    def _text(self) -> str:
        pick = self.random.random()
        if pick < 0.1:
            # Up to 5,000 characters: longer than Telegram allows, as a storm might send.
            size = self.random.randint(1_000, 5_000)
            return (self.random.choice(TEXTS) + " ") * (size // 10)
        return self.random.choice(TEXTS)

    def _message(self, chat_id: int, *, chat_type: str = "private", **fields: Any) -> JsonDict:
        if chat_type == "private":
            chat: JsonDict = tg.chat(chat_id)
            sender = tg.user(chat_id, self.random.choice(["Sam", "Noor", "Мирослава", "سامي"]))
        else:
            chat = {"id": chat_id, "type": chat_type, "title": "Klas 4B"}
            sender = tg.user(self.random.randint(10_000, 20_000), "Groepslid")
        message = tg.message(
            message_id=next(self.message_ids), date=self.now, chat=chat, sender=sender
        )
        message.update({key: value for key, value in fields.items() if value is not None})
        return message

    def _bot_message(self, chat_id: int, chat_type: str = "private") -> JsonDict:
        chat = tg.chat(chat_id) if chat_type == "private" else {"id": chat_id, "type": chat_type}
        return {
            "message_id": next(self.message_ids),
            "date": self.now - self.random.randint(0, 10**6),
            "chat": chat,
            "from": tg.bot_user(self.crowd.bot_id, "Koers", self.crowd.bot_username),
            "text": "Een oud bericht met knoppen",
        }

    # ------------------------------------------------------------ well-formed

    def text(self) -> JsonDict:
        text = self._text()
        return {"message": self._message(self._private_chat(), text=text)}

    def command(self) -> JsonDict:
        text = self.random.choice(COMMANDS)
        entities = tg.command_entities(text) if self.random.random() < 0.8 else None
        return {"message": self._message(self._private_chat(), text=text, entities=entities)}

    def media(self) -> JsonDict:
        seq = next(self.message_ids)
        chat = self._private_chat()
        caption = self._text()[:1024] if self.random.random() < 0.4 else None
        media = self.random.choice(
            [
                {"photo": tg.photo_sizes(seq), "caption": caption},
                {"voice": tg.voice_note(seq)},
                {"sticker": tg.sticker_file(seq)},
                {"document": tg.document_file(seq), "caption": caption},
                {"location": {"latitude": 52.37, "longitude": 4.89}},
                {"contact": {"phone_number": "+31600000000", "first_name": "Oma"}},
                {"dice": {"emoji": "🎲", "value": 3}},
                {
                    "video_note": {
                        "file_id": f"vn-{seq}",
                        "file_unique_id": f"u{seq}",
                        "length": 1,
                        "duration": 2,
                    }
                },
            ]
        )
        return {"message": self._message(chat, **media)}

    def edit(self) -> JsonDict:
        message = self._message(self._private_chat(), text=self._text(), edit_date=self.now)
        return {"edited_message": message}

    def forward(self) -> JsonDict:
        origin = tg.forward_origin(self.random.randint(1, 10**9), self.now - 3600)
        return {
            "message": self._message(self._private_chat(), text=self._text(), forward_origin=origin)
        }

    def group(self) -> JsonDict:
        chat = self.random.choice(self.crowd.group_chats)
        text = self.random.choice([*TEXTS, *COMMANDS])
        return {"message": self._message(chat, chat_type="supergroup", text=text)}

    def channel_post(self) -> JsonDict:
        post = {
            "message_id": next(self.message_ids),
            "date": self.now,
            "chat": {"id": self.crowd.channel_chat, "type": "channel", "title": "Nieuws"},
            "sender_chat": {"id": self.crowd.channel_chat, "type": "channel", "title": "Nieuws"},
            "text": self._text(),
        }
        return {self.random.choice(["channel_post", "edited_channel_post"]): post}

    def button(self) -> JsonDict:
        pick = self.random.random()
        chat = self._private_chat()
        query: JsonDict = {
            "id": str(self.random.randint(1, 10**18)),
            "from": tg.user(chat, "Sam"),
            "chat_instance": str(self.random.randint(1, 10**9)),
            "data": self.random.choice(BUTTONS),
        }
        if pick < 0.75:
            query["message"] = self._bot_message(chat)
        elif pick < 0.85:
            query["inline_message_id"] = "AgAAAInline"  # a button in an inline message
        elif pick < 0.95:
            group = self.random.choice(self.crowd.group_chats)
            query["message"] = self._bot_message(group, "supergroup")
        else:
            query["message"] = {"message_id": 1, "date": 0, "chat": tg.chat(chat)}  # inaccessible
        if query["data"] == "":
            del query["data"]  # a game button carries no data
        return {"callback_query": query}

    def unasked_kind(self) -> JsonDict:
        """Kinds Koers does not ask for, or that are newer than its python-telegram-bot."""
        chat = self._private_chat()
        return self.random.choice(
            [
                {
                    "my_chat_member": {
                        "chat": tg.chat(chat),
                        "from": tg.user(chat, "Sam"),
                        "date": self.now,
                        "old_chat_member": {"status": "member", "user": tg.user(chat, "Sam")},
                        "new_chat_member": {
                            "status": "kicked",
                            "user": tg.user(chat, "Sam"),
                            "until_date": 0,
                        },
                    }
                },
                {
                    "message_reaction": {
                        "chat": tg.chat(chat),
                        "message_id": 5,
                        "date": self.now,
                        "old_reaction": [],
                        "new_reaction": [{"type": "emoji", "emoji": "👍"}],
                    }
                },
                {"some_future_update": {"chat": tg.chat(chat), "mood": "great"}},
                {"message": self._message(chat, text=self._text(), future_field={"x": [1, 2]})},
            ]
        )

    # ------------------------------------------------------------ malformed

    def malformed(self) -> JsonDict:
        chat = self._private_chat()
        message = self._message(chat, text=self._text())
        broken = self.random.choice(
            [
                "no_date",
                "no_chat",
                "chat_no_type",
                "string",
                "date_text",
                "from_id_text",
                "text_number",
                "id_too_big",
                "entities_text",
                "deep",
            ]
        )
        if broken == "no_date":
            del message["date"]
        elif broken == "no_chat":
            del message["chat"]
        elif broken == "chat_no_type":
            del message["chat"]["type"]
        elif broken == "string":
            return {"message": "hallo"}
        elif broken == "date_text":
            message["date"] = "gisteren"
        elif broken == "from_id_text":
            message["from"]["id"] = "abc"
        elif broken == "text_number":
            message["text"] = 12345
        elif broken == "id_too_big":
            message["chat"]["id"] = message["from"]["id"] = 2**64 + chat
        elif broken == "entities_text":
            message["entities"] = "vet"
        elif broken == "deep":
            nested: Any = "bodem"
            for _ in range(60):
                nested = {"in": nested}
            message["reply_markup"] = nested
        return {"message": message}

    # ------------------------------------------------------------------ storm

    def updates(self, count: int, malformed_share: float = 0.05) -> Iterator[StormUpdate]:
        makers: list[tuple[float, str, Callable[[], JsonDict]]] = [
            (0.25, "text", self.text),
            (0.12, "command", self.command),
            (0.10, "media", self.media),
            (0.06, "edit", self.edit),
            (0.05, "forward", self.forward),
            (0.08, "group", self.group),
            (0.04, "channel", self.channel_post),
            (0.20, "button", self.button),
            (0.05, "unasked", self.unasked_kind),
        ]
        weights = [weight for weight, _, _ in makers]
        for _ in range(count):
            if self.random.random() < malformed_share:
                yield StormUpdate(self.malformed(), malformed=True, kind="malformed")
                continue
            _, kind, make = self.random.choices(makers, weights=weights)[0]
            yield StormUpdate(make(), malformed=False, kind=kind)
