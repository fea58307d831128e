"""When handling an update keeps failing, the person hears it is kept and the coach reads it."""

from __future__ import annotations

import pytest
from sqlmodel import select

import bot.telegram.handlers
from bot.app import TelegramService
from bot.flows.context import FlowContext
from bot.flows.events import Incoming, Response
from core.db import Database
from core.models import Alert, InboundUpdate, InboxStatus, ThreadMessage
from tests.fakes.fake_bot_api import FakeBotApi
from tests.fakes.linking import COACH_CHAT, YOUTH_CHAT, linked_world


async def test_a_message_that_cannot_be_handled_still_reaches_the_coach_once(
    database: Database,
    fake_api: FakeBotApi,
    telegram: TelegramService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    world = await linked_world(database, fake_api)

    async def broken(ctx: FlowContext, event: Incoming) -> Response:
        raise RuntimeError("a bug in a flow")

    monkeypatch.setattr(bot.telegram.handlers, "respond", broken)
    fake_api.inject_message(YOUTH_CHAT, "Mijn fiets is gestolen, ik kan niet komen")
    kept = await fake_api.wait_for_message(YOUTH_CHAT, contains="Er ging iets mis")
    assert "bewaard" in (kept.text or "")
    alert = await fake_api.wait_for_message(COACH_CHAT, contains="niet verwerken")
    assert "Mijn fiets is gestolen" in (alert.text or "") and "Sam" in (alert.text or "")

    async with database.transaction() as session:
        row = (await session.exec(select(InboundUpdate).order_by(InboundUpdate.id.desc()))).first()  # type: ignore[union-attr]
        assert row is not None and row.status == InboxStatus.FAILED and row.attempts == 3
        assert "a bug in a flow" in (row.last_error or "")
        alerts = (await session.exec(select(Alert).where(Alert.case_id == world.case.id))).all()
        assert [(a.kind, (a.detail or {}).get("text")) for a in alerts] == [
            ("message_unhandled", "Mijn fiets is gestolen, ik kan niet komen")
        ]
        # The failed attempts left nothing half-done behind.
        assert (await session.exec(select(ThreadMessage))).all() == []
    assert len([m for m in fake_api.sent_to(YOUTH_CHAT) if "iets mis" in (m.text or "")]) == 1
