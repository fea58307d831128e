"""Koers's background loops (poller, inbox, sender, scheduler) never die silently.

Each loop runs under one supervisor: an unexpected exception is logged (the traceback once,
a repeat of the same error as one line), the loop starts again after a growing pause, and its
state is what `/healthz` and `/readyz` report. A loop that cannot go on at all (Telegram
refuses the token) raises `Stopped`: it is not restarted, and the health check says why.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from core.clock import utcnow

log = logging.getLogger(__name__)

FIRST_PAUSE_SECONDS = 1.0
MAX_PAUSE_SECONDS = 60.0
# A loop that ran this long before failing starts again quickly, as after a first failure.
STEADY_SECONDS = 60.0


class Stopped(Exception):
    """A loop cannot go on, and starting it again would not help; the message says why."""


class LoopState(StrEnum):
    RUNNING = "running"
    RESTARTING = "restarting"  # failed; waiting to start again
    STOPPED = "stopped"  # gave up (Stopped), or ended while Koers was not stopping
    FINISHED = "finished"  # ended because Koers stops
    DONE = "done"  # a job run once (connecting to Telegram) succeeded


@dataclass
class LoopHealth:
    name: str
    state: LoopState = LoopState.RUNNING
    since: datetime = field(default_factory=utcnow)
    failures: int = 0
    last_error: str | None = None
    once: bool = False

    @property
    def healthy(self) -> bool:
        if self.once:  # healthy once it has done its work, not while still trying
            return self.state in (LoopState.DONE, LoopState.FINISHED)
        return self.state in (LoopState.RUNNING, LoopState.FINISHED)

    def as_dict(self) -> dict[str, object]:
        return {
            "state": self.state.value,
            "since": self.since.isoformat(),
            "failures": self.failures,
            "last_error": self.last_error,
        }


class Supervisor:
    """Starts loops as tasks and keeps them running; remembers how each one is doing."""

    def __init__(self) -> None:
        self.loops: dict[str, LoopHealth] = {}
        self.stopping = asyncio.Event()
        self._logged: dict[str, str] = {}
        # Set (and replaced) at every change of a loop's state: `until` waits on it.
        self._changed = asyncio.Event()

    def start(
        self, name: str, loop: Callable[[], Awaitable[None]], *, once: bool = False
    ) -> asyncio.Task[None]:
        """Runs `loop` until it returns; `once`: a job that is done when it returns (e.g.
        connecting), rather than a loop that should run until Koers stops."""
        self.loops[name] = LoopHealth(name, once=once)
        return asyncio.create_task(self._keep_running(name, loop, once), name=f"koers-{name}")

    def stop(self) -> None:
        """Loops waiting to start again stop waiting; running ones are stopped by their owner."""
        self.stopping.set()

    @property
    def healthy(self) -> bool:
        return all(loop.healthy for loop in self.loops.values())

    def report(self) -> dict[str, dict[str, object]]:
        return {name: loop.as_dict() for name, loop in sorted(self.loops.items())}

    async def until(self, condition: Callable[[], bool]) -> None:
        """Returns once `condition` holds, looking again at every change of a loop's state."""
        while not condition():
            await self._changed.wait()

    def failed(self, name: str, error: BaseException) -> None:
        """Records a failure of a loop (or of one scheduler tick) and logs it once."""
        health = self.loops.setdefault(name, LoopHealth(name))
        reason = f"{type(error).__name__}: {error}"[:500]
        health.failures += 1
        self._mark(health, LoopState.RESTARTING, error=reason)
        if self._logged.get(name) == reason:
            log.warning("%s failed again (%d times): %s", name, health.failures, reason)
        else:
            self._logged[name] = reason
            log.error("%s failed; starting it again", name, exc_info=error)

    def succeeded(self, name: str) -> None:
        health = self.loops.setdefault(name, LoopHealth(name))
        if health.state != LoopState.RUNNING:
            if health.state == LoopState.RESTARTING:
                log.info("%s runs again after %d failures", name, health.failures)
            self._mark(health, LoopState.RUNNING)
        self._logged.pop(name, None)

    def _mark(self, health: LoopHealth, state: LoopState, *, error: str | None = None) -> None:
        health.state, health.since = state, utcnow()
        if error is not None:
            health.last_error = error
        changed, self._changed = self._changed, asyncio.Event()
        changed.set()

    async def _keep_running(
        self, name: str, loop: Callable[[], Awaitable[None]], once: bool
    ) -> None:
        health = self.loops[name]
        pause = FIRST_PAUSE_SECONDS
        while True:
            started = time.monotonic()
            self._mark(health, LoopState.RUNNING)
            try:
                await loop()
            except asyncio.CancelledError:
                self._mark(health, LoopState.FINISHED)
                raise
            except Stopped as reason:
                self._mark(health, LoopState.STOPPED, error=str(reason))
                log.error("%s stopped: %s", name, reason)
                return
            except Exception as error:
                steady = time.monotonic() - started > STEADY_SECONDS
                if steady:
                    # A new bout of trouble after a good run: worth a full traceback again.
                    self._logged.pop(name, None)
                    pause = FIRST_PAUSE_SECONDS
                self.failed(name, error)
            else:
                if once:
                    self._mark(health, LoopState.DONE)
                elif self.stopping.is_set():
                    self._mark(health, LoopState.FINISHED)
                else:
                    self._mark(health, LoopState.STOPPED, error="ended on its own")
                    log.error("%s ended on its own", name)
                return
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.stopping.wait(), timeout=pause)
            if self.stopping.is_set():
                self._mark(health, LoopState.FINISHED)
                return
            pause = min(pause * 2, MAX_PAUSE_SECONDS)
