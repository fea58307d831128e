"""The mail sender: delivers queued `MailMessage` rows over SMTP with aiosmtplib.

Outcomes of a send, and what we do (the same policy as Telegram's sender, bot/sender.py):
- accepted by the server              → sent; the body (it holds a single-use link) is emptied;
- refused with a 5xx reply            → failed, never retried (it would fail the same way);
- a 4xx reply, no connection, a login
  that failed, a timeout before the
  message was handed over             → again later, with growing back-off;
- the connection dropped or timed out
  while the message was being handed
  over, or a process stopped mid-send → *uncertain*: the server may have taken it. We send
  again and count it in `uncertain_attempts`; every attempt carries the same Message-ID, so
  a mail that arrives twice can be recognised as one. A missed "your coach answered" costs a
  young person more than a second copy does.

Several processes on PostgreSQL may run a sender each: rows are claimed with
`FOR UPDATE SKIP LOCKED`, so each mail has one sender at a time.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass
from datetime import timedelta
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from typing import Literal

import aiosmtplib
from sqlmodel import col, select, update

from core.clock import utcnow
from core.db import Database
from core.mail import SmtpServer
from core.models import MailMessage, OutboxStatus

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 30
MAX_BACKOFF_SECONDS = 900
BATCH = 20
IDLE_WAIT_SECONDS = 0.5
# A row 'sending' for this long belongs to a process that stopped mid-send.
STALE_CLAIM = timedelta(minutes=5)
START_CLAIM = timedelta(0)


@dataclass(frozen=True)
class _Outcome:
    row_id: int
    kind: Literal["sent", "retry", "failed"]
    error: str | None = None
    uncertain: bool = False


class MailSender:
    def __init__(
        self, database: Database, server: SmtpServer, sender: str, *, timeout: float = 30.0
    ) -> None:
        self.database = database
        self.server = server
        self.sender = sender
        self.timeout = timeout
        self.wake = asyncio.Event()
        self.stopping = asyncio.Event()

    async def recover_interrupted(self, *, older_than: timedelta = STALE_CLAIM) -> int:
        """Rows left 'sending' by a stopped process have an unknown outcome: send them again.

        On SQLite one process sends, so at its start every such row is left over; on
        PostgreSQL another process may be sending right now, so only old claims count."""
        async with self.database.transaction() as session:
            result = await session.exec(
                update(MailMessage)
                .where(
                    col(MailMessage.status) == OutboxStatus.SENDING,
                    col(MailMessage.claimed_at) <= utcnow() - older_than,
                )
                .values(
                    status=OutboxStatus.PENDING,
                    uncertain_attempts=MailMessage.uncertain_attempts + 1,
                )
            )
        return result.rowcount or 0

    async def _claim(self) -> list[MailMessage]:
        now = utcnow()
        async with self.database.transaction() as session:
            due = (
                select(MailMessage)
                .where(
                    MailMessage.status == OutboxStatus.PENDING, MailMessage.next_attempt_at <= now
                )
                .order_by(col(MailMessage.id))
                .limit(BATCH)
            )
            if not self.database.is_sqlite:
                due = due.with_for_update(skip_locked=True)
            rows = list((await session.exec(due)).all())
            for row in rows:
                row.status, row.claimed_at, row.attempts = (
                    OutboxStatus.SENDING,
                    now,
                    row.attempts + 1,
                )
            await session.flush()
            # Kept readable after the commit: sending needs the address, subject and body.
            for row in rows:
                session.expunge(row)
        return rows

    async def send_due(self) -> int:
        """One pass: claims what is due, sends it, records every outcome. Returns how many
        mails the server accepted."""
        rows = await self._claim()
        if not rows:
            return 0
        outcomes = [await self._attempt(row) for row in rows]
        await self._record(outcomes)
        return sum(1 for outcome in outcomes if outcome.kind == "sent")

    def compose(self, row: MailMessage) -> EmailMessage:
        message = EmailMessage()
        message["From"] = self.sender
        message["To"] = row.to_address
        message["Subject"] = row.subject
        message["Date"] = format_datetime(row.created_at)
        domain = parseaddr(self.sender)[1].rpartition("@")[2] or "localhost"
        message["Message-ID"] = f"<{row.message_id}@{domain}>"
        # Tells mail servers not to answer with out-of-office replies.
        message["Auto-Submitted"] = "auto-generated"
        message.set_content(row.body)
        return message

    async def _attempt(self, row: MailMessage) -> _Outcome:
        server = self.server
        client = aiosmtplib.SMTP(
            hostname=server.host,
            port=server.port,
            use_tls=server.security == "tls",
            start_tls=server.security == "starttls",
            timeout=self.timeout,
        )
        handing_over = False
        try:
            async with client:
                if server.username:
                    await client.login(server.username, server.password or "")
                handing_over = True
                await client.send_message(self.compose(row))
        except aiosmtplib.SMTPResponseException as error:
            # The server answered: it did not take the message.
            kind: Literal["retry", "failed"] = "failed" if error.code >= 500 else "retry"
            if isinstance(error, aiosmtplib.SMTPAuthenticationError):
                kind = "retry"  # KOERS_SMTP_URL's login is wrong: mail waits until it is fixed
            return _Outcome(row.id or 0, kind, error=f"{error.code} {error.message}")
        except aiosmtplib.SMTPRecipientsRefused as error:
            # 4xx (a full mailbox, greylisting) may pass later; 5xx will not.
            lasting = all(refused.code >= 500 for refused in error.recipients)
            return _Outcome(row.id or 0, "failed" if lasting else "retry", error=str(error))
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as error:
            text = f"{type(error).__name__}: {error}"
            return _Outcome(row.id or 0, "retry", error=text, uncertain=handing_over)
        return _Outcome(row.id or 0, "sent")

    async def _record(self, outcomes: list[_Outcome]) -> None:
        now = utcnow()
        async with self.database.transaction() as session:
            for outcome in outcomes:
                row = await session.get(MailMessage, outcome.row_id)
                if row is None:  # erased while it was being sent
                    continue
                row.last_error = outcome.error[:2000] if outcome.error else None
                if outcome.kind == "sent":
                    row.status, row.sent_at, row.body = OutboxStatus.SENT, now, ""
                elif outcome.kind == "retry" and row.attempts < MAX_ATTEMPTS:
                    seconds = min(2 ** (row.attempts - 1), MAX_BACKOFF_SECONDS)
                    row.status = OutboxStatus.PENDING
                    row.next_attempt_at = now + timedelta(seconds=seconds)
                    if outcome.uncertain:
                        row.uncertain_attempts += 1
                        log.warning("mail %s: outcome unknown, will send again", row.id)
                else:
                    row.status, row.body = OutboxStatus.FAILED, ""
                    log.error("mail %s failed: %s", row.id, row.last_error)

    async def run(self) -> None:
        """Sends until stopped, looking again at once after a send and otherwise every half
        second (a coach's answer in another process is not announced to this one)."""
        await self.recover_interrupted(
            older_than=START_CLAIM if self.database.is_sqlite else STALE_CLAIM
        )
        recovered_at = asyncio.get_running_loop().time()
        while not self.stopping.is_set():
            if asyncio.get_running_loop().time() - recovered_at > STALE_CLAIM.total_seconds():
                await self.recover_interrupted()
                recovered_at = asyncio.get_running_loop().time()
            self.wake.clear()
            if await self.send_due():
                continue
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.wake.wait(), timeout=IDLE_WAIT_SECONDS)

    def stop(self) -> None:
        self.stopping.set()
        self.wake.set()
