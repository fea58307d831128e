"""Secrets shown once: what a POST made, kept in memory for the one GET after its redirect.

Freshly issued invite links exist in clear text only here and on that one page: the database
keeps their hashes. An entry belongs to the browser session that made it, is gone after it was
shown, and expires unseen after TTL. Memory only: after a restart, or when the GET reaches
another Koers process, the page says the links were shown already; a new invite is one click.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")

TTL_SECONDS = 10 * 60
# Far more than a team makes in ten minutes; beyond it the oldest entries go first.
MAX_ENTRIES = 1000


@dataclass(frozen=True)
class _Entry(Generic[T]):
    owner: int
    expires: float
    value: T


class ShownOnce(Generic[T]):
    def __init__(
        self,
        *,
        ttl: float = TTL_SECONDS,
        max_entries: int = MAX_ENTRIES,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._ttl = ttl
        self._max = max_entries
        self._clock = clock
        self._entries: dict[str, _Entry[T]] = {}

    def __len__(self) -> int:
        return len(self._entries)

    def put(self, owner: int, value: T) -> str:
        """Keeps `value` for `owner` (a web session id); returns the key for the redirect."""
        self._drop_expired()
        while len(self._entries) >= self._max:
            del self._entries[next(iter(self._entries))]
        key = secrets.token_urlsafe(16)
        self._entries[key] = _Entry(owner=owner, expires=self._clock() + self._ttl, value=value)
        return key

    def take(self, owner: int, key: str) -> T | None:
        """The value, once, and only for its owner; None when shown, expired or not theirs."""
        self._drop_expired()
        entry = self._entries.get(key)
        if entry is None or entry.owner != owner:
            return None
        del self._entries[key]
        return entry.value

    def _drop_expired(self) -> None:
        now = self._clock()
        for key in [k for k, e in self._entries.items() if e.expires <= now]:
            del self._entries[key]
