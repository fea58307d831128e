"""The operator's contract (DESIGN §9), black-box: the `koers` CLI and `koers run` as processes."""

from __future__ import annotations

import json
import os
import subprocess
import time
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest

from core.db import Database
from tests.blackbox import KOERS, FakeApiProcess, KoersProcess, free_port, koers

TOKEN = "777:BLACKBOX"
COACH_CHAT, YOUTH_CHAT = 9101, 7101


@pytest.fixture
def fake_api_process() -> Iterator[FakeApiProcess]:
    api = FakeApiProcess(TOKEN)
    yield api
    api.stop()


@pytest.fixture
def koers_env(
    database_url: str, database: Database, fake_api_process: FakeApiProcess
) -> dict[str, str]:
    """Environment for the `koers` processes; `database` empties a shared PostgreSQL first."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KOERS_")}
    env.update(
        KOERS_DATABASE_URL=database_url,
        KOERS_TELEGRAM_TOKEN=TOKEN,
        KOERS_TELEGRAM_API_URL=fake_api_process.root,
        KOERS_PORT=str(free_port()),
        KOERS_DEMO="false",
        KOERS_SEND_INTERVAL_PER_CHAT_SECONDS="0",
    )
    return env


def _press(api: FakeApiProcess, chat_id: int, message: dict[str, object], data: str) -> None:
    api.control("callback", {"chat_id": chat_id, "data": data, "message_id": message["message_id"]})


def test_an_operator_sets_up_a_case_and_a_question_travels_through_koers_run(
    koers_env: dict[str, str], fake_api_process: FakeApiProcess
) -> None:
    api = fake_api_process
    coach = koers(
        koers_env,
        "coach",
        "add",
        "--name",
        "Anna",
        "--email",
        "anna@team.nl",
        "--password",
        "lang-genoeg-wachtwoord",
    )
    assert isinstance(coach["id"], int)
    coach_invite = koers(koers_env, "coach", "invite", "anna@team.nl")
    assert coach_invite["link"] == f"https://t.me/koers_test_bot?start={coach_invite['code']}"
    case = koers(
        koers_env,
        "case",
        "add",
        "--first-name",
        "Sam",
        "--coach",
        "anna@team.nl",
        "--birth-date",
        "2008-04-01",
    )
    invite = koers(koers_env, "invite", str(case["id"]), "--role", "youth")
    assert invite["link"].endswith(invite["code"]) and "/w/" in invite["web_link"]
    at = (datetime.now() + timedelta(days=3)).strftime("%Y-%m-%dT10:30")
    appointment = koers(
        koers_env,
        "appointment",
        "add",
        str(case["id"]),
        "--what",
        "Sollicitatie",
        "--at",
        at,
        "--where",
        "Bakkerij",
        "--minutes",
        "45",
    )
    assert isinstance(appointment["id"], int)

    run = KoersProcess(koers_env, int(koers_env["KOERS_PORT"]))
    try:
        api.control("message", {"chat_id": COACH_CHAT, "text": f"/start {coach_invite['code']}"})
        api.wait_for(COACH_CHAT, "Gelukt")
        api.control("message", {"chat_id": YOUTH_CHAT, "text": f"/start {invite['code']}"})
        _press(api, YOUTH_CHAT, api.wait_for(YOUTH_CHAT, "welke taal"), "v1:lang:nl")
        _press(api, YOUTH_CHAT, api.wait_for(YOUTH_CHAT, "Is dat goed?"), "v1:consent:yes")
        api.control("message", {"chat_id": YOUTH_CHAT, "text": "Waar is de bakkerij?"})
        api.wait_for(YOUTH_CHAT, "Je vraag is ontvangen")
        alert = api.wait_for(COACH_CHAT, "Waar is de bakkerij?")
        time.sleep(0.5)  # a coach reads before replying; Koers records the alert's id meanwhile
        api.control(
            "message",
            {
                "chat_id": COACH_CHAT,
                "text": "Kerkstraat 4.",
                "reply_to_message_id": alert["message_id"],
            },
        )
        api.wait_for(YOUTH_CHAT, "Kerkstraat 4.")
    finally:
        assert run.terminate() == 0  # SIGTERM: a graceful stop

    state = koers(koers_env, "case", "show", str(case["id"]))
    assert state["id"] == case["id"] and state["first_name"] == "Sam"
    assert state["coach"] == "anna@team.nl" and state["status"] == "active"
    assert state["out_of_view"] is False and state["open_items"] == 1
    assert state["last_contact_at"] is not None
    assert [a["what"] for a in state["appointments"]] == ["Sollicitatie"]


def test_a_killed_koers_run_loses_no_message_and_every_repeat_is_accounted_for(
    koers_env: dict[str, str], fake_api_process: FakeApiProcess
) -> None:
    """SIGKILL mid-batch: each person still gets an answer; a repeat only where a send's outcome
    was unknown (recorded as uncertain) — the policy in bot/sender.py."""
    api = fake_api_process
    koers(
        koers_env,
        "coach",
        "add",
        "--name",
        "Anna",
        "--email",
        "anna@team.nl",
        "--password",
        "lang-genoeg-wachtwoord",
    )
    strangers = [8100 + i for i in range(25)]
    for chat in strangers:
        api.control("message", {"chat_id": chat, "text": "/start"})

    first = KoersProcess(koers_env, int(koers_env["KOERS_PORT"]))
    api.wait_for(strangers[0], "Hoi! Dit is Koers.")
    first.kill()

    second = KoersProcess(koers_env, int(koers_env["KOERS_PORT"]))
    try:
        for chat in strangers:
            api.wait_for(chat, "Hoi! Dit is Koers.")
    finally:
        assert second.terminate() == 0

    replies = {chat: len(api.sent(chat)) for chat in strangers}
    assert all(count >= 1 for count in replies.values())
    repeats = sum(count - 1 for count in replies.values())
    status = koers(koers_env, "status")
    assert status["uncertain_attempts"] >= repeats
    assert status["inbox"]["pending"] == 0 and status["inbox"]["failed"] == 0
    assert status["outbox"]["pending"] == 0 and status["outbox"]["failed"] == 0


def test_an_operator_changes_a_teams_quiet_hours_and_a_bad_value_changes_nothing(
    koers_env: dict[str, str],
) -> None:
    coach = koers(
        koers_env,
        "coach",
        "add",
        "--name",
        "Anna",
        "--email",
        "anna@team.nl",
        "--password",
        "correct horse battery",
    )
    assert coach["id"]
    shown = koers(koers_env, "team", "rules", "1")
    assert shown["rules"]["quiet_from"] == "21:00"
    changed = koers(koers_env, "team", "rules", "1", "--set", "quiet_from=22:00")
    assert changed["rules"]["quiet_from"] == "22:00"
    refused = subprocess.run(
        [KOERS, "team", "rules", "1", "--set", "quiet_from=laat", "--json"],
        env=koers_env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert refused.returncode == 1 and json.loads(refused.stdout)["error"] == "invalid"
    assert koers(koers_env, "team", "rules", "1")["rules"]["quiet_from"] == "22:00"
