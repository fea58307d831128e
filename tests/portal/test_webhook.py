"""The Telegram webhook behind the portal: secret header, JSON checks, stored once, then 200."""

from __future__ import annotations

import json

from sqlmodel import select

from core.db import Database
from core.models import InboundUpdate
from tests.portal.conftest import WEBHOOK_SECRET, Portal

HEADER = "X-Telegram-Bot-Api-Secret-Token"


def update(update_id: int) -> dict[str, object]:
    return {
        "update_id": update_id,
        "message": {
            "message_id": 1,
            "date": 1_700_000_000,
            "chat": {"id": 5151, "type": "private", "first_name": "Lot"},
            "from": {"id": 5151, "is_bot": False, "first_name": "Lot"},
            "text": "hallo",
        },
    }


async def stored(database: Database) -> list[int]:
    async with database.transaction() as session:
        return list((await session.exec(select(InboundUpdate.update_id))).all())


async def test_the_webhook_rejects_a_missing_or_wrong_secret(
    telegram_portal: Portal, database: Database
) -> None:
    body = json.dumps(update(1))
    for headers in ({}, {HEADER: "wrong"}, {HEADER: WEBHOOK_SECRET + "x"}, {HEADER: "é"}):
        response = await telegram_portal.client.post(
            "/telegram/webhook", data=body, headers={"Content-Type": "application/json", **headers}
        )
        assert response.status == 403
        assert "<html" not in await response.text()
    assert await stored(database) == []


async def test_the_webhook_rejects_malformed_json_and_non_updates(
    telegram_portal: Portal, database: Database
) -> None:
    bodies = [b"{not json", b"\xff\xfe", b"[1, 2]", b'"text"', b"{}", b'{"update_id": "7"}']
    bodies += [
        b'{"update_id": true}',
        b'{"update_id": 1.5}',
        b'{"update_id": 99999999999999999999}',
    ]
    for body in bodies:
        response = await telegram_portal.client.post(
            "/telegram/webhook", data=body, headers={HEADER: WEBHOOK_SECRET}
        )
        assert response.status == 400, body
        assert "Traceback" not in await response.text()
    assert await stored(database) == []


async def test_the_webhook_stores_an_update_once_even_when_posted_twice(
    telegram_portal: Portal, database: Database
) -> None:
    for _ in range(2):
        response = await telegram_portal.client.post(
            "/telegram/webhook",
            data=json.dumps(update(424242)),
            headers={HEADER: WEBHOOK_SECRET, "Content-Type": "application/json"},
        )
        assert response.status == 200
    assert await stored(database) == [424242]


async def test_the_webhook_refuses_an_oversized_body(telegram_portal: Portal) -> None:
    body = json.dumps({"update_id": 1, "pad": "x" * (2 * 1024 * 1024)})
    response = await telegram_portal.client.post(
        "/telegram/webhook", data=body, headers={HEADER: WEBHOOK_SECRET}
    )
    assert response.status == 413


async def test_without_telegram_there_is_no_webhook(portal: Portal) -> None:
    response = await portal.client.post(
        "/telegram/webhook", data=json.dumps(update(1)), headers={HEADER: WEBHOOK_SECRET}
    )
    assert response.status == 404


async def test_the_health_check_answers_ok(portal: Portal) -> None:
    response = await portal.get("/healthz")
    assert response.status == 200
    assert await response.json() == {"status": "ok", "loops": {}}
