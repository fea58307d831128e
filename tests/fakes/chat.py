"""A person talking to Koers, the same way on any channel: press a button, type something.

A scenario written against `Chat` runs unchanged through the Telegram adapter (the real
python-telegram-bot Application against the fake Bot API), through the web adapter (the
portal's /me/talk page over HTTP), and in-process straight into the dialogue's entry (fast,
no channel at all). Each step returns what Koers answered, once Koers settled.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Protocol

from core.choices import Choice, choice_of
from core.db import Database
from tests.fakes.fake_bot_api import FakeBotApi
from tests.fakes.settle import settled
from tests.fakes.wire import SentMessage

_SAYS = re.compile(r'<p class="says" dir="auto">(.*?)</p>', re.S)
_CHOICE = re.compile(
    r'<button type="submit" name="choice" value="([^"]*)"[^>]*>(.*?)</button>', re.S
)
_LINK = re.compile(r'<a class="button secondary" href="([^"]*)"[^>]*>(.*?)</a>', re.S)
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class Answer:
    """What Koers said back: its messages, and the labels of the buttons under them."""

    texts: list[str]
    buttons: list[str]

    @property
    def text(self) -> str:
        return "\n\n".join(self.texts)

    def __contains__(self, words: str) -> bool:
        return words in self.text


class Chat(Protocol):
    async def press(self, label: str) -> Answer: ...

    async def type(self, text: str) -> Answer: ...

    async def waiting(self) -> Answer:
        """What Koers said of its own accord since the last step (a check-in question)."""
        ...


@dataclass
class TelegramChat:
    """A private chat at the fake Bot API, linked as a person of a case."""

    api: FakeBotApi
    database: Database
    chat_id: int
    first_name: str = "Sam"
    _seen: int = field(default=0)

    def start_here(self) -> None:
        """What was said before this moment is not part of the next answer."""
        self._seen = len(self.api.sent_to(self.chat_id))

    async def _answer(self) -> Answer:
        # Stored first (confirmed by getUpdates' offset), then handled, then sent: settled.
        await self.api.wait_until_fetched()
        await settled(self.database)
        new = self.api.sent_to(self.chat_id)[self._seen :]
        self._seen += len(new)
        return Answer(
            texts=[m.text or "" for m in new],
            buttons=[str(b["text"]) for m in new for b in m.buttons],
        )

    def _message_with(self, label: str) -> tuple[SentMessage, str]:
        for message in reversed(self.api.sent_to(self.chat_id)):
            for button in message.buttons:
                if button.get("text") == label and "callback_data" in button:
                    return message, str(button["callback_data"])
        raise AssertionError(f"no button {label!r} in chat {self.chat_id}")

    async def press(self, label: str) -> Answer:
        message, data = self._message_with(label)
        self.api.inject_callback(
            self.chat_id, data, message_id=message.message_id or 0, first_name=self.first_name
        )
        return await self._answer()

    async def type(self, text: str) -> Answer:
        self.api.inject_message(self.chat_id, text, first_name=self.first_name)
        return await self._answer()

    async def waiting(self) -> Answer:
        return await self._answer()


@dataclass
class ChatWindow:
    """One Telegram chat as its owner reads it, message by message: the next new message with
    these words (or this button), a button pressed, something typed. It waits on the fake Bot
    API's own events, never for a fixed time."""

    api: FakeBotApi
    chat_id: int
    name: str = "Sam"
    seen: int = 0
    # Whether a press must be of a button the message shows now; False presses old buttons too
    # (a stale or forged press, which Koers must refuse kindly).
    check_buttons: bool = True

    async def sees(
        self, contains: str = "", *, button: str = "", timeout: float = 5.0
    ) -> SentMessage:
        """The next message after those already seen with these words and a button with this
        label or data."""
        found: list[SentMessage] = []

        def arrived() -> bool:
            sent = self.api.sent_to(self.chat_id)
            for index in range(self.seen, len(sent)):
                message = sent[index]
                offered = {
                    str(b.get(key)) for b in message.buttons for key in ("text", "callback_data")
                }
                if contains in (message.text or "") and (not button or button in offered):
                    self.seen = index + 1
                    found.append(message)
                    return True
            return False

        if not await self.api.wait_until(arrived, timeout):
            raise AssertionError(
                f"no new message with {contains!r}.\n" + self.api.describe(self.chat_id)
            )
        return found[0]

    async def press(
        self, message: SentMessage, label: str, *, check_button: bool | None = None
    ) -> str | None:
        """Presses the button with this label; returns the short answer Telegram shows."""
        data = {b["text"]: b["callback_data"] for b in message.buttons}[label]
        return await self.press_data(message, data, check_button=check_button)

    async def press_data(
        self, message: SentMessage, data: str, *, check_button: bool | None = None
    ) -> str | None:
        before = len(self.api.calls("answerCallbackQuery"))
        self.api.inject_callback(
            self.chat_id,
            data,
            message_id=message.message_id or 0,
            first_name=self.name,
            check_button=self.check_buttons if check_button is None else check_button,
        )
        answer = await self.api.wait_for_call("answerCallbackQuery", count=before + 1)
        return answer.params.get("text")

    def types(self, text: str, **media: bool) -> None:
        self.api.inject_message(self.chat_id, text, first_name=self.name, **media)


def labels(message: SentMessage) -> list[str]:
    return [str(b["text"]) for b in message.buttons]


class Browser(Protocol):
    """What WebChat needs of the portal test client (tests/portal/conftest.py Portal)."""

    async def page(self, path: str) -> str: ...

    async def csrf(self, path: str = ...) -> str: ...

    async def post(self, path: str, data: dict[str, str] | None = None) -> object: ...


def _plain(fragment: str) -> str:
    return html.unescape(_TAG.sub("", fragment)).strip()


def read_talk_page(page: str) -> Answer:
    """The dialogue part of /me/talk: Koers's messages and their buttons (not the menu's)."""
    page = page[page.index('<section class="talk"') :]
    texts = [_plain(said) for said in _SAYS.findall(page)]
    buttons = [_plain(label) for _, label in _CHOICE.findall(page)]
    links = [_plain(label) for _, label in _LINK.findall(page)]
    return Answer(texts=texts, buttons=buttons + links)


@dataclass
class WebChat:
    """A browser signed in with a person's web link, consent given."""

    browser: Browser

    async def _answer(self) -> Answer:
        return read_talk_page(await self.browser.page("/me/talk"))

    async def press(self, label: str) -> Answer:
        page = await self.browser.page("/me/talk")
        # The dialogue's buttons come after the menu: the newest screen wins, as in Telegram.
        found = [value for value, shown in _CHOICE.findall(page) if _plain(shown) == label]
        if not found:
            raise AssertionError(f"no button {label!r} on /me/talk: {read_talk_page(page)}")
        await self._post({"choice": html.unescape(found[-1])})
        return await self._answer()

    async def type(self, text: str) -> Answer:
        await self._post({"text": text})
        return await self._answer()

    async def waiting(self) -> Answer:
        return await self._answer()

    async def _post(self, data: dict[str, str]) -> None:
        token = await self.browser.csrf("/me/talk")
        response = await self.browser.post("/me/talk", {**data, "csrf": token})
        status = getattr(response, "status", None)
        assert status == 303, (status, data)


@dataclass
class CoreChat:
    """The same conversation without any channel: straight into the dialogue's entry
    (`respond_to_person`) in a transaction, as fast as a unit test. The choices it may press
    are those of the last answer and the menu, as on the web page."""

    database: Database
    person_id: int
    base_url: str = "http://127.0.0.1:8080"
    _last: list[tuple[str, list[list[dict[str, str]]]]] = field(default_factory=list)

    async def _respond(self, kind: str, *, text: str = "", choice: Choice | None = None) -> Answer:
        # Imported here: tests/fakes stays importable without the application's flows.
        from bot.flows.context import FlowContext
        from bot.flows.events import Incoming, Kind, Sender
        from bot.flows.person import respond_to_person
        from core.actions.waiting_words import plan_waiting_words
        from core.mail import WebReach
        from core.models import Channel, Person

        async with self.database.transaction() as session:
            person = await session.get(Person, self.person_id)
            assert person is not None
            sender = Sender(user_id=0, chat_id=0, first_name=person.first_name)
            event = Incoming(sender, Kind(kind), text=text, choice=choice)
            context = FlowContext(session, WebReach(self.base_url), channel=Channel.WEB)
            response = await respond_to_person(context, person, event)
            await plan_waiting_words(session, person)
        shown = [(m.text, m.buttons or []) for m in response.messages]
        if not shown and response.button_answer:
            shown = [(response.button_answer, [])]
        self._last = shown
        return Answer(
            texts=[t for t, _ in shown],
            buttons=[b["text"] for _, rows in shown for row in rows for b in row],
        )

    async def _menu(self) -> list[list[dict[str, str]]]:
        from bot.flows.menu import main_menu
        from core.actions.roles import current_membership
        from core.models import Person

        async with self.database.transaction() as session:
            person = await session.get(Person, self.person_id)
            assert person is not None
            who = await current_membership(session, person)
            assert who is not None
            return [row for m in main_menu(who).messages for row in m.buttons or []]

    async def press(self, label: str) -> Answer:
        rows = [row for _, shown in self._last for row in shown] + await self._menu()
        found = [choice_of(b) for row in rows for b in row if b.get("text") == label]
        chosen = next((c for c in found if c is not None), None)
        if chosen is None:
            raise AssertionError(f"no button {label!r}; last answer: {self._last}")
        return await self._respond("button", choice=chosen)

    async def type(self, text: str) -> Answer:
        return await self._respond("text", text=text)

    async def waiting(self) -> Answer:
        """The person's screen: where Koers leaves what it starts for someone without a chat."""
        from core.models import Person
        from core.web_screen import shown

        async with self.database.transaction() as session:
            person = await session.get(Person, self.person_id)
            assert person is not None
            self._last = [(s.text, s.buttons) for s in shown(person)]
        return Answer(
            texts=[t for t, _ in self._last],
            buttons=[b["text"] for _, rows in self._last for row in rows for b in row],
        )
