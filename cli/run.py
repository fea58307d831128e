"""`koers run`: one process serving portal, Telegram bot and scheduler until SIGTERM or SIGINT."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import socket
import sys
from pathlib import Path

from aiohttp import web

from core.actions.demo import (
    DEMO_COORDINATOR_EMAIL,
    do_issue_demo_links,
    do_load_demo,
    has_demo,
    is_empty,
)
from core.config import Settings
from core.crisis import compile_every_phrase, prepare_crisis_check
from core.db import Database
from core.logs import configure_logging
from core.mail import smtp_server
from core.migrate import migrate
from core.supervisor import Supervisor
from mail.sender import MailSender

log = logging.getLogger("koers")


async def load_demo_if_empty(database: Database) -> bool:
    async with database.transaction() as session:
        if not await is_empty(session):
            return False
        await do_load_demo(session)
        return True


async def serve(settings: Settings) -> int:
    configure_logging(settings.log_format)
    # httpx logs every request URL, and those URLs hold the bot token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    for chatty in ("alembic", "apscheduler"):
        logging.getLogger(chatty).setLevel(logging.WARNING)
    from bot.app import TelegramService
    from portal.app import PortalAccessLogger, create_app
    from scheduler.service import SchedulerService

    try:
        listening = _bind(settings.host, settings.port)
    except OSError as error:
        # One line that says what to do, not a traceback; the database is not touched yet.
        print(
            f"koers: cannot listen on {settings.host}:{settings.port}: {error.strerror}.",
            file=sys.stderr,
        )
        print(
            f"koers: choose another port, e.g. KOERS_PORT={settings.port + 1} make run",
            file=sys.stderr,
        )
        return 2
    database = Database(settings.database_url)
    # The crisis check's model trains while the database migrates, so no message waits on it.
    crisis_check = asyncio.create_task(
        asyncio.to_thread(prepare_crisis_check, Path(settings.cache_dir))
    )
    await migrate(database)
    await crisis_check
    warm_up: asyncio.Task[None] | None = None
    if settings.environment == "production":
        # Up first; the phrase groups compile meanwhile (elsewhere each when first needed).
        warm_up = asyncio.create_task(asyncio.to_thread(compile_every_phrase))
    if settings.load_demo:
        await load_demo_if_empty(database)

    supervisor = Supervisor()
    telegram = None
    if settings.telegram_token:
        telegram = TelegramService(settings, database, supervisor=supervisor)
    # The regions' own bots: each with its own loops, webhook route and sender (core/bots.py).
    region_bots = {
        key: TelegramService(settings, database, supervisor=supervisor, bot=secrets)
        for key, secrets in settings.region_bots().items()
    }
    everyone = [*([telegram] if telegram else []), *region_bots.values()]
    await asyncio.gather(*(service.start() for service in everyone))
    scheduler = SchedulerService(settings, database, supervisor=supervisor)
    scheduler.start()
    mail = _start_mail(settings, database, supervisor)
    app = create_app(
        settings, database, telegram=telegram, supervisor=supervisor, region_bots=region_bots
    )
    runner = web.AppRunner(app, access_log_class=PortalAccessLogger)
    await runner.setup()
    site = web.SockSite(runner, listening)
    await site.start()

    username = telegram.username(settings.bot_username) if telegram else settings.bot_username
    await _print_welcome(settings, database, username, telegram_enabled=telegram is not None)

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    await stop.wait()

    log.info("stopping")
    if warm_up is not None:
        warm_up.cancel()
    await runner.cleanup()
    scheduler.stop()
    if mail is not None:
        supervisor.stop()
        mail.stop()
    for service in everyone:
        with contextlib.suppress(Exception):
            await service.stop()
    await database.dispose()
    log.info("stopped")
    return 0


def _bind(host: str, port: int) -> socket.socket:
    """The port first: a port in use is told before anything else happens."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listening = socket.socket(family, socket.SOCK_STREAM)
    try:
        listening.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listening.bind((host, port))
        listening.listen(128)
    except OSError:
        listening.close()
        raise
    listening.setblocking(False)
    return listening


def _start_mail(
    settings: Settings, database: Database, supervisor: Supervisor
) -> MailSender | None:
    """E-mail only when KOERS_SMTP_URL is set; without it coaches are told people will not
    hear of an answer until they open their page."""
    if settings.smtp_url is None:
        return None
    sender = MailSender(database, smtp_server(settings.smtp_url), settings.mail_sender)
    supervisor.start("mail", sender.run)
    return sender


async def _print_welcome(
    settings: Settings, database: Database, username: str, *, telegram_enabled: bool
) -> None:
    lines = [f"Koers is running on {settings.base_url}"]
    if not telegram_enabled:
        lines.append("No KOERS_TELEGRAM_TOKEN set: the web channel only (see README).")
    if settings.smtp_url is None:
        lines.append("No KOERS_SMTP_URL set: Koers sends no e-mail.")
    async with database.transaction() as session:
        demo = settings.load_demo and await has_demo(session)
        links = None
        if demo:
            links = await do_issue_demo_links(
                session,
                bot_username=username,
                base_url=settings.base_url,
                valid_days=settings.web_link_days,
            )
    if links is not None:
        lines += [
            "",
            "Demo data (fresh single-use links at every start):",
            f"  Coach portal:  {settings.base_url}/login",
            f"                 email {links.coach_email}  password {links.password}",
            f"                 coordinator (team, import, figures): {DEMO_COORDINATOR_EMAIL},"
            " same password",
        ]
        labels = {"youth": "Young person", "parent": "Parent", "employer": "Employer"}
        for role, issued in links.invites.items():
            lines.append(f"  {labels[role] + ':':<14} {issued.web_link}")
            if telegram_enabled:
                lines.append(f"  {'':<14} {issued.link}")
    print("\n".join(lines), flush=True)
