"""The operator's contract (DESIGN §9), black-box: the `koers` CLI and `koers run` as processes."""

from __future__ import annotations

import asyncio
import json
import re
import subprocess
import threading
import time
from collections import Counter
from datetime import datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from urllib.error import HTTPError
from urllib.request import Request, urlopen

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import Envelope

from tests.blackbox import KOERS, FakeApiProcess, KoersProcess, add_anna, free_port, koers, refused
from tests.reminder_world import reminder_rows, young_people_with_appointments

COACH_CHAT, YOUTH_CHAT = 9101, 7101


def _press(api: FakeApiProcess, chat_id: int, message: dict[str, object], data: str) -> None:
    api.control("callback", {"chat_id": chat_id, "data": data, "message_id": message["message_id"]})


def test_an_operator_sets_up_a_case_and_a_question_travels_through_koers_run(
    koers_env: dict[str, str], fake_api_process: FakeApiProcess
) -> None:
    api = fake_api_process
    coach = add_anna(koers_env)
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
    add_anna(koers_env)
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


def test_an_operator_gives_a_password_on_standard_input_and_a_weak_one_isrefused(
    koers_env: dict[str, str],
) -> None:
    def add(email: str, password: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [KOERS, "coach", "add", "--name", "Bo", "--email", email, "--password-stdin", "--json"],
            env=koers_env,
            input=password + "\n",
            capture_output=True,
            text=True,
            timeout=60,
        )

    weak = add("bo@team.nl", "password1234")
    assert weak.returncode == 1 and json.loads(weak.stdout)["detail"] == "password_common"
    added = add("bo@team.nl", "een zin die niemand raadt")
    assert added.returncode == 0 and isinstance(json.loads(added.stdout)["id"], int)
    reset = subprocess.run(
        [KOERS, "coach", "password", "bo@team.nl", "--password-stdin", "--json"],
        env=koers_env,
        input="nog een andere lange zin\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert reset.returncode == 0 and json.loads(reset.stdout) == {
        "reset": json.loads(added.stdout)["id"]
    }


def test_an_operator_closes_and_then_erases_a_case(koers_env: dict[str, str]) -> None:
    koers(
        koers_env,
        "coach",
        "add",
        "--name",
        "Anna",
        "--email",
        "a@team.nl",
        "--password",
        "lang genoeg wachtwoord",
    )
    case = koers(koers_env, "case", "add", "--first-name", "Sam", "--coach", "a@team.nl")
    invite = koers(koers_env, "invite", str(case["id"]), "--role", "parent")
    again = koers(koers_env, "invite", str(case["id"]), "--role", "parent")
    assert invite["code"] != again["code"] and invite["web_link"] != again["web_link"]

    bad = refused(koers_env, "case", "close", str(case["id"]), "--outcome", "lottery")
    assert bad["error"] == "invalid"
    closed = koers(koers_env, "case", "close", str(case["id"]), "--outcome", "work")
    assert closed == {"closed": case["id"]}
    assert koers(koers_env, "case", "show", str(case["id"]))["status"] == "closed"
    assert refused(koers_env, "invite", str(case["id"]), "--role", "parent")["error"] == "invalid"

    assert koers(koers_env, "case", "erase", str(case["id"])) == {"erased": case["id"]}
    audit = koers(koers_env, "audit", str(case["id"]))
    actions = [entry["action"] for entry in audit["entries"]]
    assert actions[0] == "case_erased" and "case_closed" in actions and "invite_created" in actions
    assert refused(koers_env, "case", "show", str(case["id"]))["error"] == "not_found"
    assert refused(koers_env, "case", "erase", str(case["id"]))["error"] == "not_found"


# Enough that a tick takes a few seconds (batches of 100, about 1 ms a reminder), so the kill
# lands in the middle of it; spread over young people, since a chat gets one message at a time.
PEOPLE, EACH = 12, 100
FIRST_REMINDED_CHAT = 7600


def _reminders_received(api: FakeApiProcess, chat_id: int) -> Counter[int]:
    return Counter(
        int(number)
        for message in api.sent(chat_id)
        for number in re.findall(r"Afspraak (\d+)\n", message.get("text") or "")
    )


def _wait_for_every_reminder(api: FakeApiProcess, chat_id: int) -> Counter[int]:
    """Until each of the chat's reminders arrived (a repeat may come before the last one)."""
    expected = EACH
    while True:
        api.wait_for_sends(chat_id, count=expected, timeout=120)
        received = _reminders_received(api, chat_id)
        missing = EACH - len(received)
        if missing == 0:
            return received
        expected = sum(received.values()) + missing


def test_a_scheduler_killed_mid_tick_sends_each_reminder_once_after_a_restart(
    koers_env: dict[str, str], fake_api_process: FakeApiProcess, database_url: str
) -> None:
    api = fake_api_process
    add_anna(koers_env)
    # Without quiet hours the test means the same at any hour it runs.
    koers(
        koers_env, "team", "rules", "1", "--set", "quiet_from=00:00", "--set", "quiet_until=00:00"
    )
    asyncio.run(
        young_people_with_appointments(
            database_url, "anna@team.nl", first_chat=FIRST_REMINDED_CHAT, people=PEOPLE, each=EACH
        )
    )
    chats = [FIRST_REMINDED_CHAT + n for n in range(PEOPLE)]

    # The send limit lifted: two thousand reminders would otherwise take a minute.
    unlimited = {**koers_env, "KOERS_SEND_RATE_PER_SECOND": "100000"}
    first = KoersProcess(unlimited, int(koers_env["KOERS_PORT"]))
    # The first reminder reaching Telegram means a first batch of the tick was committed; the
    # tick goes on with the next batches, and the kill lands among them.
    api.wait_for_sends(None, count=1, timeout=30)
    first.kill()
    done_before, _ = asyncio.run(reminder_rows(database_url))

    second = KoersProcess(unlimited, int(koers_env["KOERS_PORT"]))
    try:
        received = [_wait_for_every_reminder(api, chat) for chat in chats]
    finally:
        assert second.terminate() == 0

    done, queued = asyncio.run(reminder_rows(database_url))
    total = PEOPLE * EACH
    assert 0 < done_before < total, "the kill did not land mid-tick; nothing was tested"
    assert done == queued == total  # each task done once, each reminder queued once
    repeats = sum(count - 1 for counts in received for count in counts.values())
    assert repeats <= koers(koers_env, "status")["uncertain_attempts"]


def test_an_invite_with_an_email_lets_koers_run_mail_a_new_link_over_smtp(
    koers_env: dict[str, str],
) -> None:
    """`koers invite --email`, KOERS_SMTP_URL and KOERS_MAIL_FROM, as an operator sets them up:
    a spent link's page asks for a new one, and `koers run` mails it over real SMTP."""
    received: list[EmailMessage] = []
    arrived = threading.Event()

    class Keep:
        async def handle_DATA(self, server: object, session: object, envelope: Envelope) -> str:
            parsed = message_from_bytes(envelope.original_content or b"", policy=policy.default)
            assert isinstance(parsed, EmailMessage)
            received.append(parsed)
            arrived.set()
            return "250 OK"

    smtp = Controller(Keep(), hostname="127.0.0.1", port=free_port())
    smtp.start()
    port = int(koers_env["KOERS_PORT"])
    env = {
        **koers_env,
        "KOERS_SMTP_URL": f"smtp://127.0.0.1:{smtp.port}",
        "KOERS_MAIL_FROM": "Koers <koers@team.test>",
    }
    try:
        koers(
            env,
            "coach",
            "add",
            "--name",
            "Anna",
            "--email",
            "a@team.nl",
            "--password",
            "lang genoeg wachtwoord",
        )
        case = koers(env, "case", "add", "--first-name", "Sam", "--coach", "a@team.nl")
        bad = refused(env, "invite", str(case["id"]), "--role", "parent", "--email", "nope")
        assert bad["error"] == "invalid"
        invite = koers(
            env, "invite", str(case["id"]), "--role", "parent", "--email", "ouder@example.test"
        )
        path = invite["web_link"].removeprefix(f"http://127.0.0.1:{port}")
        run = KoersProcess(env, port)
        try:
            origin = {"Origin": f"http://127.0.0.1:{port}"}
            _post(port, path, origin)  # opened once: spent
            page = _post(port, f"{path}/new", origin)
            assert "Kijk in je mail" in page
            assert arrived.wait(20), "no mail arrived"
        finally:
            assert run.terminate() == 0
    finally:
        smtp.stop()
    (mail,) = received
    assert mail["To"] == "ouder@example.test" and mail["From"] == "Koers <koers@team.test>"
    assert f"http://127.0.0.1:{port}/w/" in mail.get_content()


def _post(port: int, path: str, headers: dict[str, str]) -> str:
    request = Request(f"http://127.0.0.1:{port}{path}", data=b"", method="POST", headers=headers)
    try:
        with urlopen(request, timeout=10) as response:
            return str(response.read().decode())
    except HTTPError as error:  # a redirect after opening the link is fine; so is a 410 page
        return str(error.read().decode())
