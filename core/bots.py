"""Which Telegram bot carries what: one deployment, a bot per region.

Telegram lets one bot send about 30 messages a second, so a national deployment gives each
labour-market region a bot of its own. A region names its bot by a short key ("utrecht"); the
token behind a key is the operator's secret (core/bot_secrets.py) and never stored. The bot of
KOERS_TELEGRAM_TOKEN is the deployment's default bot, key DEFAULT_BOT, used by every region that
names none.

Who talks through which bot:
- a case belongs to the bot of its team's region: invite links and QR codes open that bot;
- a person and a coach talk through the bot they linked their chat with (`telegram_bot`), and
  everything for them goes out through it, whichever case it is about;
- someone unknown who writes a region's bot lands with a team of that region.
"""

from __future__ import annotations

import hashlib
import re

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core.clock import utcnow
from core.models import Case, Coach, Person, Team
from core.network_models import Organisation, Region, TelegramBot

DEFAULT_BOT = "default"
# A key is part of a URL (/telegram/webhook/{key}) and of environment variable names.
BOT_KEY = re.compile(r"[a-z0-9][a-z0-9_]{0,39}")
# The default bot's sender lock, as it was before there were several bots.
DEFAULT_SENDER_LOCK = 0x4B4F455253  # "KOERS"


def sender_lock_key(bot: str) -> int:
    """The PostgreSQL advisory lock whose holder is the one sender of this bot."""
    if bot == DEFAULT_BOT:
        return DEFAULT_SENDER_LOCK
    digest = hashlib.sha256(f"koers-sender:{bot}".encode()).digest()
    return int.from_bytes(digest[:7], "big")  # fits PostgreSQL's bigint


def bot_of(recipient: Person | Coach) -> str:
    return recipient.telegram_bot or DEFAULT_BOT


async def region_bot(session: AsyncSession, team_id: int | None) -> str:
    """The bot of the team's region; the default bot when it names none."""
    if team_id is None:
        return DEFAULT_BOT
    bot = (
        await session.exec(
            select(Region.bot)
            .join(Organisation, col(Organisation.region_id) == col(Region.id))
            .join(Team, col(Team.organisation_id) == col(Organisation.id))
            .where(Team.id == team_id)
        )
    ).first()
    return bot or DEFAULT_BOT


async def case_bot(session: AsyncSession, case: Case) -> str:
    return await region_bot(session, case.team_id)


async def bot_username(session: AsyncSession, bot: str, default_username: str) -> str:
    """The name for t.me links to a bot: as Telegram told it when the bot last started; the
    default bot's known name otherwise."""
    if bot == DEFAULT_BOT:
        return default_username
    known = await session.get(TelegramBot, bot)
    return known.username if known is not None else default_username


async def do_record_bot(
    session: AsyncSession, *, bot: str, username: str, telegram_id: int
) -> None:
    """Remembers what Telegram said a bot is called, for links made by any process."""
    known = await session.get(TelegramBot, bot)
    if known is None:
        session.add(TelegramBot(key=bot, username=username, telegram_id=telegram_id))
        return
    known.username, known.telegram_id, known.seen_at = username, telegram_id, utcnow()


async def team_for_bot(session: AsyncSession, bot: str) -> Team | None:
    """The team someone unknown who writes this bot is heard by: the first of its region's."""
    query = select(Team).order_by(col(Team.id))
    if bot != DEFAULT_BOT:
        regional = query.join(Organisation, col(Organisation.id) == col(Team.organisation_id)).join(
            Region, col(Region.id) == col(Organisation.region_id)
        )
        team = (await session.exec(regional.where(Region.bot == bot))).first()
        if team is not None:
            return team
    return (await session.exec(query)).first()
