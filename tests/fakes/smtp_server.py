"""A real SMTP server (aiosmtpd) on 127.0.0.1 in the test's event loop, with faults on demand.

It keeps every message it accepted, parsed; tests wait for mail to arrive (an event, no sleeps).
Faults, each for the next N messages: answer DATA with a code (4xx: try later, 5xx: never), or
accept the message and then drop the connection before answering (the sender cannot know).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

from aiosmtpd.smtp import SMTP, Envelope, Session


@dataclass
class _Fault:
    kind: str  # "reply" or "drop"
    reply: str = ""


@dataclass
class FakeSmtpServer:
    received: list[EmailMessage] = field(default_factory=list)
    # Messages that reached us although the sender heard no answer (a dropped connection).
    dropped: int = 0
    _faults: list[_Fault] = field(default_factory=list)
    _server: asyncio.Server | None = None
    _changed: asyncio.Condition = field(default_factory=asyncio.Condition)

    @property
    def port(self) -> int:
        assert self._server is not None
        return int(self._server.sockets[0].getsockname()[1])

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    async def __aenter__(self) -> FakeSmtpServer:
        loop = asyncio.get_running_loop()
        self._server = await loop.create_server(
            lambda: SMTP(self, hostname="fake-smtp.test", loop=loop), "127.0.0.1", 0
        )
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.close()
        await self._server.wait_closed()

    def fail_next(self, reply: str, times: int = 1) -> None:
        """The next `times` messages get this answer to DATA, e.g. "451 4.3.0 Try again later"."""
        self._faults += [_Fault("reply", reply)] * times

    def drop_next(self, times: int = 1) -> None:
        """The next `times` messages are taken, then the connection closes without an answer."""
        self._faults += [_Fault("drop")] * times

    async def wait_for(self, count: int, timeout: float = 15.0) -> list[EmailMessage]:
        """Until `count` messages were accepted (or dropped after arriving); returns those."""

        async def enough() -> None:
            async with self._changed:
                await self._changed.wait_for(lambda: len(self.received) >= count)

        await asyncio.wait_for(enough(), timeout)
        return list(self.received)

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        fault = self._faults.pop(0) if self._faults else None
        if fault is not None and fault.kind == "reply":
            return fault.reply
        content: Any = envelope.original_content or envelope.content
        parsed = message_from_bytes(content, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        async with self._changed:
            self.received.append(parsed)
            if fault is not None:
                self.dropped += 1
            self._changed.notify_all()
        if fault is not None:
            assert server.transport is not None
            server.transport.abort()
        return "250 OK"
