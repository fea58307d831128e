"""What a flow needs besides the event: the open transaction and where the portal lives."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel.ext.asyncio.session import AsyncSession


@dataclass(frozen=True)
class FlowContext:
    session: AsyncSession
    base_url: str
