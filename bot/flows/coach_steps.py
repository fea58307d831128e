"""Where a coach is in a coach flow: kept on Coach.conversation as {"flow", "step", "data"}."""

from __future__ import annotations

from typing import Any

from bot.flows.context import FlowContext
from bot.flows.events import Incoming, Kind, Response
from core.actions.portal_case_file import do_record_refused_request
from core.errors import OtherTeam
from core.models import Coach
from messages import texts
from messages.i18n import render

# Typed instead of pressing "Stoppen".
STOP_WORDS = frozenset({"stop", "stoppen"})


class CoachSteps:
    """The step of one named coach flow; another flow's step is not this flow's business."""

    def __init__(self, flow: str) -> None:
        self.flow = flow

    def running(self, coach: Coach) -> dict[str, Any] | None:
        conversation = coach.conversation or {}
        return conversation if conversation.get("flow") == self.flow else None

    def enter(self, coach: Coach, step: str, **data: Any) -> None:
        coach.conversation = {"flow": self.flow, "step": step, "data": data}

    def leave(self, coach: Coach) -> None:
        if self.running(coach) is not None:
            coach.conversation = None

    def stop_typed(self, coach: Coach, event: Incoming) -> Response | None:
        """ "stop" typed while the flow waits for words: the flow ends, and says so."""
        if event.kind == Kind.TEXT and event.text.strip().casefold() in STOP_WORDS:
            self.leave(coach)
            return Response().say(render(coach.language, texts.FLOW_STOPPED))
        return None


async def refused_button(
    ctx: FlowContext, coach: Coach, refused: OtherTeam, request: str
) -> Response:
    """A forged button for another team's case or thread: "not for you", and written down in
    the audit log with what was asked (`request`, e.g. "telegram note")."""
    await do_record_refused_request(
        ctx.session, coach_id=coach.id or 0, case_id=refused.case_id, via=None, request=request
    )
    return Response(button_answer=render(coach.language, texts.NOT_YOUR_BUTTON))
