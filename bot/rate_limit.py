"""Telegram's send limits, applied by the outbox sender: a global rate and a per-chat interval."""

from __future__ import annotations

import asyncio
import time


class GlobalRate:
    """At most `per_second` sends per second overall, evenly spaced; pausable after a 429."""

    def __init__(self, per_second: float) -> None:
        self.interval = 1.0 / per_second
        self._next = 0.0
        self._lock = asyncio.Lock()

    async def acquire(self) -> None:
        async with self._lock:
            now = time.monotonic()
            wait = self._next - now
            self._next = max(now, self._next) + self.interval
        if wait > 0:
            await asyncio.sleep(wait)

    def pause(self, seconds: float) -> None:
        self._next = max(self._next, time.monotonic() + seconds)


class PerChatInterval:
    """Remembers when each chat last got a message, so one chat gets at most one per interval."""

    def __init__(self, interval: float) -> None:
        self.interval = interval
        self._last: dict[int, float] = {}

    def wait_for(self, chat_id: int) -> float:
        last = self._last.get(chat_id)
        return 0.0 if last is None else max(0.0, last + self.interval - time.monotonic())

    def mark(self, chat_id: int) -> None:
        self._last[chat_id] = time.monotonic()
        if len(self._last) > 10_000:
            horizon = time.monotonic() - self.interval
            self._last = {c: t for c, t in self._last.items() if t > horizon}


def retry_after_seconds(retry_after: object) -> float:
    """A 429's retry_after in seconds (PTB gives a number or a timedelta, by its settings)."""
    total = getattr(retry_after, "total_seconds", None)
    # Not a timedelta: PTB's number (int or float), which mypy cannot see through `object`.
    return float(total()) if callable(total) else float(retry_after)  # type: ignore[arg-type]
