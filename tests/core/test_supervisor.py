"""No background loop dies silently: it starts again, says why once, and the health check knows."""

from __future__ import annotations

import asyncio
import logging

import pytest

from core import supervisor as supervision
from core.supervisor import LoopState, Stopped, Supervisor


@pytest.fixture(autouse=True)
def short_pauses(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(supervision, "FIRST_PAUSE_SECONDS", 0.01)


async def test_a_loop_that_fails_starts_again_and_its_traceback_is_logged_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    supervisor = Supervisor()
    runs = 0
    steady = asyncio.Event()

    async def flaky() -> None:
        nonlocal runs
        runs += 1
        if runs <= 3:
            raise ConnectionError("database went away")
        steady.set()
        await supervisor.stopping.wait()

    with caplog.at_level(logging.INFO, logger="core.supervisor"):
        task = supervisor.start("sender", flaky)
        await asyncio.wait_for(steady.wait(), timeout=5)
        health = supervisor.loops["sender"]
        assert (health.state, health.failures, runs) == (LoopState.RUNNING, 3, 4)
        assert health.last_error == "ConnectionError: database went away"
        assert supervisor.healthy
        supervisor.stop()
        await asyncio.wait_for(task, timeout=5)

    assert supervisor.loops["sender"].state == LoopState.FINISHED
    with_traceback = [record for record in caplog.records if record.exc_info]
    assert len(with_traceback) == 1
    repeats = [record.getMessage() for record in caplog.records if "failed again" in record.msg]
    assert repeats == [
        "sender failed again (2 times): ConnectionError: database went away",
        "sender failed again (3 times): ConnectionError: database went away",
    ]


async def test_a_failing_loop_makes_the_process_unhealthy_until_it_runs_again() -> None:
    supervisor = Supervisor()
    release = asyncio.Event()

    async def broken() -> None:
        if not release.is_set():
            raise RuntimeError("cannot reach Telegram")
        await supervisor.stopping.wait()

    supervisor.start("poller", broken)
    poller = supervisor.loops["poller"]
    await asyncio.wait_for(supervisor.until(lambda: poller.failures > 0), timeout=5)
    assert not supervisor.healthy
    assert supervisor.report()["poller"]["last_error"] == "RuntimeError: cannot reach Telegram"

    release.set()
    await asyncio.wait_for(supervisor.until(lambda: supervisor.healthy), timeout=5)
    assert poller.state == LoopState.RUNNING
    supervisor.stop()


async def test_a_loop_that_cannot_go_on_is_not_started_again_and_says_why() -> None:
    supervisor = Supervisor()
    runs = 0

    async def refused() -> None:
        nonlocal runs
        runs += 1
        raise Stopped("Telegram refused the bot token")

    await asyncio.wait_for(supervisor.start("poller", refused), timeout=5)
    assert runs == 1
    assert not supervisor.healthy
    assert supervisor.report()["poller"]["state"] == "stopped"
    assert supervisor.report()["poller"]["last_error"] == "Telegram refused the bot token"


async def test_a_loop_that_ends_on_its_own_is_reported() -> None:
    supervisor = Supervisor()

    async def gone() -> None:
        return None

    await asyncio.wait_for(supervisor.start("inbox", gone), timeout=5)
    assert supervisor.loops["inbox"].state == LoopState.STOPPED
    assert not supervisor.healthy


async def test_stopping_ends_the_wait_before_a_restart_at_once() -> None:
    supervisor = Supervisor()

    async def always_failing() -> None:
        raise RuntimeError("bug")

    supervision_task = supervisor.start("inbox", always_failing)
    inbox = supervisor.loops["inbox"]
    await asyncio.wait_for(supervisor.until(lambda: inbox.failures >= 3), timeout=5)
    supervisor.stop()
    await asyncio.wait_for(supervision_task, timeout=1)
    assert supervisor.loops["inbox"].state == LoopState.FINISHED
