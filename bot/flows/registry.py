"""The flows a person can be in, by name: what the menu starts and what a button belongs to."""

from __future__ import annotations

from typing import Protocol

from bot.flows import (
    appointments,
    ask,
    checkin,
    concern,
    employer_report,
    good_news,
    handover,
    my_coach,
    placement_checkin,
    settings,
)
from bot.flows.context import FlowContext
from bot.flows.events import Incoming, Response
from core.people import Membership


class Flow(Protocol):
    NAME: str
    LABEL: str

    async def start(self, ctx: FlowContext, who: Membership) -> Response: ...

    async def on_text(self, ctx: FlowContext, who: Membership, event: Incoming) -> Response: ...

    async def on_button(
        self, ctx: FlowContext, who: Membership, action: str, value: str
    ) -> Response: ...


FLOWS: dict[str, Flow] = {
    flow.NAME: flow
    for flow in (ask, my_coach, settings, employer_report, good_news, concern, appointments)
}
# Flows Koers starts itself, never from the menu.
FLOWS[checkin.NAME] = checkin
FLOWS[placement_checkin.NAME] = placement_checkin
FLOWS[handover.NAME] = handover
