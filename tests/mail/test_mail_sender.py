"""The mail sender over real SMTP: refused for now → again later; refused for good → never
again; an answer lost after the message was handed over → sent again (same Message-ID) and
counted as uncertain; a send cut off by a stopped process → sent again at start."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from sqlmodel import select, update

from core.actions.mail_notices import tell_answer_by_mail
from core.clock import utcnow
from core.db import Database
from core.mail import WebReach, smtp_server
from core.models import MailMessage, OutboxStatus
from core.people import membership
from mail.sender import MailSender
from tests import builders
from tests.fakes.smtp_server import FakeSmtpServer
from tests.portal.conftest import free_port


@pytest.fixture
async def smtp() -> AsyncIterator[FakeSmtpServer]:
    async with FakeSmtpServer() as server:
        yield server


def sender_for(database: Database, url: str) -> MailSender:
    return MailSender(database, smtp_server(url), "Koers <koers@koers.test>", timeout=5)


async def queued_note(database: Database, address: str = "sam@example.test") -> int:
    """A 'your coach answered' note with a link, as a coach's answer queues it."""
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case, role="parent", email=address)
    async with database.transaction() as session:
        who = await membership(session, issued.member_id or 0)
        assert who is not None
        assert await tell_answer_by_mail(session, who, WebReach("http://k.test", mail=True))
        await session.flush()
        return (await session.exec(select(MailMessage.id))).one() or 0


async def row(database: Database, mail_id: int) -> MailMessage:
    async with database.transaction() as session:
        found = await session.get(MailMessage, mail_id)
        assert found is not None
        return found


async def due_now(database: Database) -> None:
    """Skips the back-off wait: the next pass finds the mail due."""
    async with database.transaction() as session:
        await session.exec(update(MailMessage).values(next_attempt_at=utcnow()))


async def test_a_mail_refused_for_now_is_sent_again_and_arrives_once(
    database: Database, smtp: FakeSmtpServer
) -> None:
    mail_id = await queued_note(database)
    sender = sender_for(database, smtp.url)
    smtp.fail_next("451 4.3.0 Try again later")

    assert await sender.send_due() == 0
    waiting = await row(database, mail_id)
    assert waiting.status == OutboxStatus.PENDING and waiting.next_attempt_at > utcnow()
    assert waiting.last_error is not None and "451" in waiting.last_error
    assert await sender.send_due() == 0  # not due yet

    await due_now(database)
    assert await sender.send_due() == 1
    sent = await row(database, mail_id)
    assert (sent.status, sent.attempts, sent.uncertain_attempts) == (OutboxStatus.SENT, 2, 0)
    assert len(smtp.received) == 1 and sent.body == ""


async def test_a_mail_whose_answer_was_lost_is_sent_again_with_the_same_message_id(
    database: Database, smtp: FakeSmtpServer
) -> None:
    mail_id = await queued_note(database)
    sender = sender_for(database, smtp.url)
    smtp.drop_next()

    assert await sender.send_due() == 0
    assert (await row(database, mail_id)).uncertain_attempts == 1
    await due_now(database)
    assert await sender.send_due() == 1

    first, second = await smtp.wait_for(2)
    assert smtp.dropped == 1
    assert first["Message-ID"] == second["Message-ID"]
    assert (await row(database, mail_id)).status == OutboxStatus.SENT


async def test_a_mail_refused_for_good_is_not_sent_again(
    database: Database, smtp: FakeSmtpServer
) -> None:
    mail_id = await queued_note(database, "nobody@example.test")
    sender = sender_for(database, smtp.url)
    smtp.fail_next("550 5.1.1 No such user")

    assert await sender.send_due() == 0
    failed = await row(database, mail_id)
    assert failed.status == OutboxStatus.FAILED and failed.last_error is not None
    assert "550" in failed.last_error and failed.body == ""
    await due_now(database)
    assert await sender.send_due() == 0
    assert smtp.received == []


async def test_no_mail_server_listening_is_a_retry_and_not_an_uncertain_send(
    database: Database,
) -> None:
    mail_id = await queued_note(database)
    sender = sender_for(database, f"smtp://127.0.0.1:{free_port()}")

    assert await sender.send_due() == 0
    waiting = await row(database, mail_id)
    assert waiting.status == OutboxStatus.PENDING
    assert waiting.uncertain_attempts == 0 and waiting.attempts == 1


async def test_a_send_cut_off_by_a_stopped_process_is_sent_again_and_counted(
    database: Database, smtp: FakeSmtpServer
) -> None:
    mail_id = await queued_note(database)
    async with database.transaction() as session:
        # As a process leaves it that was killed between claiming and hearing back.
        await session.exec(
            update(MailMessage).values(
                status=OutboxStatus.SENDING, claimed_at=utcnow() - timedelta(minutes=10)
            )
        )
    sender = sender_for(database, smtp.url)
    running = asyncio.create_task(sender.run())
    try:
        (mail,) = await smtp.wait_for(1)
    finally:
        sender.stop()
        await running
    assert mail["To"] == "sam@example.test"
    again = await row(database, mail_id)
    assert again.status == OutboxStatus.SENT and again.uncertain_attempts == 1
