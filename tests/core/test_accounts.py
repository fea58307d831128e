"""Coach accounts: throttled logins that nobody can use to lock a coach out, and passwords
that are not among the ones everybody guesses first."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import func, select

import core.actions.sessions as sessions
from core.actions.organisation import do_add_coach, do_set_password
from core.actions.sessions import LoginProblem, StartedSession, do_log_in
from core.clock import utcnow
from core.db import Database
from core.errors import InvalidInput
from core.models import Coach, LoginAttempt
from core.passwords import check_new_password, verify_password
from tests import builders

ATTACKER, COACH = "203.0.113.5", "198.51.100.7"
WINDOW = timedelta(minutes=15)


async def log_in(database: Database, email: str, password: str, ip: str) -> object:
    async with database.transaction() as session:
        return await do_log_in(
            session, email=email, password=password, ip=ip, max_failures=5, window=WINDOW
        )


async def test_an_attacker_guessing_cannot_lock_the_coach_out(database: Database) -> None:
    await builders.add_coach(database)
    for _ in range(8):
        await log_in(database, "anna@koers.test", "raden raden raden", ATTACKER)
    refused = await log_in(database, "anna@koers.test", builders.PASSWORD, ATTACKER)
    assert refused == LoginProblem.THROTTLED
    assert isinstance(
        await log_in(database, "anna@koers.test", builders.PASSWORD, COACH), StartedSession
    )


async def test_rotating_addresses_from_one_place_is_throttled_without_hashing(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    checked = 0

    def counting(password_hash: str | None, password: str) -> bool:
        nonlocal checked
        checked += 1
        return verify_password(password_hash, password)

    monkeypatch.setattr(sessions, "verify_password", counting)
    outcomes = [
        await log_in(database, f"iemand{number}@example.nl", "raden raden raden", ATTACKER)
        for number in range(40)
    ]
    assert outcomes[:20] == [LoginProblem.INVALID] * 20
    assert outcomes[20:] == [LoginProblem.THROTTLED] * 20
    assert checked == 20  # no password hashing for a throttled try


async def test_old_login_attempts_are_cleared(database: Database) -> None:
    async with database.transaction() as session:
        session.add(
            LoginAttempt(
                email="x@y.nl", ip=ATTACKER, succeeded=False, at=utcnow() - timedelta(days=2)
            )
        )
    await log_in(database, "anna@koers.test", "raden raden raden", COACH)
    async with database.transaction() as session:
        left = (await session.exec(select(func.count()).select_from(LoginAttempt))).one()
    assert left == 1


@pytest.mark.parametrize(
    ("password", "problem"),
    [
        ("kort", "password_too_short"),
        ("elf-tekens!", "password_too_short"),
        ("password1234", "password_common"),
        ("qwertyuiop123", "password_common"),
        ("aaaaaaaaaaaaaaaa", "password_common"),
        ("1234567890123", "password_common"),
    ],
)
def test_a_short_or_common_password_is_refused(password: str, problem: str) -> None:
    with pytest.raises(InvalidInput, match=problem):
        check_new_password(password)


def test_a_sentence_of_a_few_words_is_a_good_password() -> None:
    assert check_new_password("fiets naar de bakker") == "fiets naar de bakker"


async def test_an_operator_resets_a_password_and_the_old_sessions_end(database: Database) -> None:
    async with database.transaction() as session:
        coach = await do_add_coach(
            session, name="Bo", email="bo@koers.test", password="eerste lange zin hier"
        )
    await log_in(database, "bo@koers.test", "eerste lange zin hier", COACH)
    async with database.transaction() as session:
        found = await session.get(Coach, coach.id)
        assert found is not None
        with pytest.raises(InvalidInput, match="password_common"):
            await do_set_password(session, coach=found, password="password12345")
        await do_set_password(session, coach=found, password="tweede lange zin daar")
    assert await log_in(database, "bo@koers.test", "eerste lange zin hier", COACH) == (
        LoginProblem.INVALID
    )
    assert isinstance(
        await log_in(database, "bo@koers.test", "tweede lange zin daar", COACH), StartedSession
    )
