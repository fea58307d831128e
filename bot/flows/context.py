"""What a flow needs besides the event: the open transaction and how people are reached."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel.ext.asyncio.session import AsyncSession

from core.mail import WebReach
from core.models import Channel


@dataclass(frozen=True)
class FlowContext:
    session: AsyncSession
    reach: WebReach
    # Where the person is talking: what they write is kept with it, and a Telegram button
    # only counts in its own chat.
    channel: Channel = Channel.TELEGRAM

    @property
    def base_url(self) -> str:
        """Where the portal lives: links in messages point here."""
        return self.reach.base_url
