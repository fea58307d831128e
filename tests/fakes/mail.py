"""Running Koers's mail sender in a test, against the fake SMTP server."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from core.config import Settings
from core.db import Database
from core.mail import smtp_server
from mail.sender import MailSender


@asynccontextmanager
async def running_mail_sender(database: Database, settings: Settings) -> AsyncIterator[MailSender]:
    assert settings.smtp_url is not None
    sender = MailSender(database, smtp_server(settings.smtp_url), settings.mail_sender, timeout=5)
    task = asyncio.create_task(sender.run())
    try:
        yield sender
    finally:
        sender.stop()
        await task
