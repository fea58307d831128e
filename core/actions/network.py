"""The network's shape: regions, the organisations in them (a school, a municipality, …) and
their teams. Existing installations got one default region and organisation (migration 0015);
a team added without an organisation joins that one."""

from __future__ import annotations

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core import audit
from core.access import Actor
from core.bots import BOT_KEY, DEFAULT_BOT
from core.errors import InvalidInput, NotFound
from core.models import Team
from core.network_models import Organisation, OrganisationKind, Region

DEFAULT_REGION_NAME = "Regio"
DEFAULT_ORGANISATION_NAME = "Organisatie"
MAX_NAME = 120


def checked_name(name: str, field: str = "name") -> str:
    name = " ".join(name.split())
    if not name or len(name) > MAX_NAME:
        raise InvalidInput(field)
    return name


async def default_region(session: AsyncSession) -> Region:
    region = (await session.exec(select(Region).order_by(col(Region.id)))).first()
    if region is None:
        region = Region(name=DEFAULT_REGION_NAME)
        session.add(region)
        await session.flush()
    return region


async def default_organisation(session: AsyncSession) -> Organisation:
    query = select(Organisation).order_by(col(Organisation.id))
    organisation = (await session.exec(query)).first()
    if organisation is None:
        region = await default_region(session)
        organisation = Organisation(region_id=region.id or 0, name=DEFAULT_ORGANISATION_NAME)
        session.add(organisation)
        await session.flush()
    return organisation


async def find_organisation(session: AsyncSession, named: str) -> Organisation:
    """An organisation by its id or its exact name."""
    query = select(Organisation).where(Organisation.name == " ".join(named.split()))
    if named.strip().isdigit():
        query = select(Organisation).where(Organisation.id == int(named))
    organisation = (await session.exec(query)).first()
    if organisation is None:
        raise NotFound(f"no organisation {named}")
    return organisation


async def do_add_region(
    session: AsyncSession, *, name: str, bot: str | None = None, actor: Actor | None = None
) -> Region:
    name = checked_name(name)
    if (await session.exec(select(Region).where(Region.name == name))).first():
        raise InvalidInput("name taken")
    region = Region(name=name)
    session.add(region)
    await session.flush()
    audit.record(session, actor=actor, action="region_added", region=region.id)
    if bot is not None:
        await do_set_region_bot(session, region=region, bot=bot, actor=actor)
    return region


async def do_set_region_bot(
    session: AsyncSession, *, region: Region, bot: str | None, actor: Actor | None = None
) -> Region:
    """The region's cases get links to its own bot (core/bots.py) from now on; None: back to
    the default bot. People already linked keep talking through the bot they linked with."""
    if bot is not None and (not BOT_KEY.fullmatch(bot) or bot == DEFAULT_BOT):
        raise InvalidInput("bot")
    region.bot = bot
    audit.record(session, actor=actor, action="region_bot_set", region=region.id, bot=bot)
    return region


async def do_add_organisation(
    session: AsyncSession,
    *,
    name: str,
    kind: str = OrganisationKind.OTHER,
    region: Region | None = None,
    actor: Actor | None = None,
) -> Organisation:
    name = checked_name(name)
    if kind not in set(OrganisationKind):
        raise InvalidInput("kind")
    if (await session.exec(select(Organisation).where(Organisation.name == name))).first():
        raise InvalidInput("name taken")
    region = region or await default_region(session)
    organisation = Organisation(region_id=region.id or 0, name=name, kind=kind)
    session.add(organisation)
    await session.flush()
    audit.record(session, actor=actor, action="organisation_added", organisation=organisation.id)
    return organisation


async def do_add_team(
    session: AsyncSession,
    *,
    name: str,
    organisation: Organisation | None = None,
    actor: Actor | None = None,
) -> Team:
    """A new team in an organisation (the default one when none is named)."""
    name = checked_name(name)
    organisation = organisation or await default_organisation(session)
    team = Team(organisation_id=organisation.id or 0, name=name)
    session.add(team)
    await session.flush()
    audit.record(session, actor=actor, action="team_added", team=team.id)
    return team
