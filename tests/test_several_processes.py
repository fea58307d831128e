"""Two `koers run` processes on one PostgreSQL behind a load balancer (played by this test, as
Telegram does it: an update is posted again until a process answered 200), one SIGKILLed in the
middle of a burst and PostgreSQL restarted during it: every update is handled once, every
message is sent once (apart from sends whose outcome Telegram never told, counted as uncertain),
and every due task is done once."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any
from urllib.error import URLError
from urllib.request import Request, urlopen

import pytest
from sqlmodel import func, select

from core.db import Database
from core.models import InboundUpdate, InboxStatus, OutboxMessage
from tests.blackbox import FakeApiProcess, KoersProcess, add_anna, free_port, koers
from tests.reminder_world import linked_youth_with_appointments, reminder_rows

STRANGERS = 150
REMINDERS = 200
YOUTH_CHAT = 7501
FIRST_STRANGER = 8500
SECRET = "several_processes-secret"


def restart_postgresql() -> None:
    """Restarts this machine's PostgreSQL (Debian's cluster tools): every connection drops."""
    clusters = sorted(Path("/etc/postgresql").glob("*/main"))
    if not clusters or shutil.which("pg_ctlcluster") is None:
        message = "restarting PostgreSQL needs Debian's pg_ctlcluster on this machine"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    version = clusters[-1].parent.name
    subprocess.run(
        ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "restart"],
        check=True,
        timeout=120,
    )


class LoadBalancer:
    """Posts each update to the processes in turn; one that does not answer 200 (killed, or
    its database away) gets it again elsewhere, as Telegram retries."""

    def __init__(self, ports: list[int]) -> None:
        self.ports = ports
        self.turn = 0
        self.retries = 0

    def deliver(self, update: dict[str, Any], timeout: float = 90.0) -> None:
        deadline = time.monotonic() + timeout
        self.turn += 1
        while True:
            for offset in range(len(self.ports)):
                port = self.ports[(self.turn + offset) % len(self.ports)]
                if self._post(port, update) == 200:
                    return
                self.retries += 1
            # Each round is real requests: a refused connection (the killed process) or a 500
            # (PostgreSQL restarting, which `restart_postgresql` waits out) answers at once.
            assert time.monotonic() < deadline, f"no process took update {update['update_id']}"

    @staticmethod
    def _post(port: int, update: dict[str, Any]) -> int:
        request = Request(
            f"http://127.0.0.1:{port}/telegram/webhook",
            data=json.dumps(update).encode(),
            headers={
                "Content-Type": "application/json",
                "X-Telegram-Bot-Api-Secret-Token": SECRET,
            },
        )
        try:
            with urlopen(request, timeout=10) as response:
                return int(response.status)
        except URLError as error:  # refused, reset, or an HTTP error status
            return int(getattr(error, "code", 0) or 0)
        except (ConnectionError, TimeoutError):
            return 0


def _start_from_stranger(number: int) -> dict[str, Any]:
    chat = FIRST_STRANGER + number
    person = {"id": chat, "is_bot": False, "first_name": f"Vreemde {number}"}
    return {
        "update_id": 50_000 + number,
        "message": {
            "message_id": 1,
            "date": int(time.time()),
            "chat": {"id": chat, "type": "private", "first_name": person["first_name"]},
            "from": person,
            "text": "/start",
            "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
        },
    }


async def _handled_and_answered(database_url: str) -> tuple[dict[str, int], dict[int, int]]:
    """Inbound updates by state, and how many replies were queued per stranger's chat."""
    database = Database(database_url)
    try:
        async with database.transaction() as session:
            states = dict(
                (
                    await session.exec(
                        select(InboundUpdate.status, func.count()).group_by(InboundUpdate.status)
                    )
                ).all()
            )
            queued = dict(
                (
                    await session.exec(
                        select(OutboxMessage.chat_id, func.count())
                        .where(OutboxMessage.chat_id >= FIRST_STRANGER)
                        .group_by(OutboxMessage.chat_id)
                    )
                ).all()
            )
            return states, queued
    finally:
        await database.dispose()


def test_two_processes_lose_and_repeat_nothing_through_a_kill_and_a_postgresql_restart(
    koers_env: dict[str, str],
    fake_api_process: FakeApiProcess,
    database_url: str,
    database: Database,
) -> None:
    if database.is_sqlite:
        pytest.skip("several processes share one PostgreSQL; SQLite is for one process")
    api = fake_api_process
    first_port, second_port = int(koers_env["KOERS_PORT"]), free_port()
    shared = {
        **koers_env,
        "KOERS_TELEGRAM_MODE": "webhook",
        "KOERS_WEBHOOK_SECRET": SECRET,
        "KOERS_PUBLIC_URL": f"http://127.0.0.1:{first_port}",
    }
    first_env = {**shared, "KOERS_PORT": str(first_port)}
    second_env = {**shared, "KOERS_PORT": str(second_port)}
    add_anna(first_env)
    case = koers(first_env, "case", "add", "--first-name", "Sam", "--coach", "anna@team.nl")
    koers(
        first_env, "team", "rules", "1", "--set", "quiet_from=00:00", "--set", "quiet_until=00:00"
    )
    asyncio.run(
        linked_youth_with_appointments(
            database_url, int(case["id"]), chat_id=YOUTH_CHAT, count=REMINDERS
        )
    )

    first = KoersProcess(first_env, first_port)
    second = KoersProcess(second_env, second_port)
    balancer = LoadBalancer([first_port, second_port])
    try:
        for number in range(STRANGERS):
            if number == STRANGERS // 3:
                second.kill()  # mid-burst: what it stored but did not handle is the other's
            if number == 2 * STRANGERS // 3:
                restart_postgresql()
            balancer.deliver(_start_from_stranger(number))
        second = KoersProcess(second_env, second_port)  # back behind the balancer
        for number in range(STRANGERS):
            api.wait_for_sends(FIRST_STRANGER + number, count=1, timeout=90)
        api.wait_for_sends(YOUTH_CHAT, count=REMINDERS, timeout=120)
    finally:
        first.terminate()
        second.terminate()

    states, queued = asyncio.run(_handled_and_answered(database_url))
    assert balancer.retries > 0, "no update had to go to the other process; nothing was tested"
    assert states == {InboxStatus.HANDLED: STRANGERS}  # each stored once, handled, none failed
    assert queued == {FIRST_STRANGER + n: 1 for n in range(STRANGERS)}  # handled once each
    done, reminders_queued = asyncio.run(reminder_rows(database_url))
    assert done == reminders_queued == REMINDERS  # each due task done once, queued once

    received = {n: len(api.sent(FIRST_STRANGER + n)) for n in range(STRANGERS)}
    texts = [m.get("text") or "" for m in api.sent(YOUTH_CHAT)]
    reminded = [sum(f"Afspraak {n}\n" in t for t in texts) for n in range(REMINDERS)]
    assert all(count >= 1 for count in [*received.values(), *reminded])
    repeats = sum(c - 1 for c in received.values()) + sum(c - 1 for c in reminded)
    assert repeats <= koers(first_env, "status")["uncertain_attempts"]
