"""The coach's inbox in Telegram: /inbox lists what is open; a thread shown can be answered."""

from __future__ import annotations

from bot.flows import coach_note
from bot.flows.context import FlowContext
from bot.flows.events import Response
from core import queries
from core.actions.notify import thread_buttons
from core.choices import THREAD, button, choice_button
from core.models import Coach
from core.people import described_for_coach
from core.triage import Item, Triage, TriageFilter, triage
from messages import coach_texts, journey_texts, texts
from messages.i18n import format_moment, render

# Telegram shows about this many buttons comfortably; the portal has the full list.
MAX_LISTED = 8
LAST_MESSAGES_SHOWN = 3
BUTTON_TEXT_LENGTH = 40


async def inbox(ctx: FlowContext, coach: Coach) -> Response:
    """What is open, in the portal inbox's order (core/triage.py): a thread is a button to
    open it; an alert, intake request or referral is a line (the portal has its actions)."""
    found = await triage(ctx.session, coach=coach, shown=TriageFilter(), page_size=MAX_LISTED)
    language = coach.language
    if not found.items:
        return Response().say(render(language, texts.COACH_INBOX_EMPTY))
    rows, lines = [], []
    for item in found.items:
        if item.thread_id is not None and item.thread_id in found.threads:
            shown = found.threads[item.thread_id]
            asker = shown.asker
            who = described_for_coach(asker.person, asker.member, asker.case, language)
            label = f"{who}: {shown.first_words}"
            if len(label) > BUTTON_TEXT_LENGTH:
                label = label[: BUTTON_TEXT_LENGTH - 1] + "…"
            rows.append([choice_button(label, THREAD, "show", item.thread_id)])
        else:
            lines.append(_line(found, item, language))
    header = render(language, texts.COACH_INBOX_HEADER, count=found.matching)
    return Response().say("\n".join([header, *lines]), rows)


def _line(found: Triage, item: Item, language: str | None) -> str:
    if item.alert_id is not None and item.alert_id in found.alerts:
        alert = found.alerts[item.alert_id]
        what = render(
            language, journey_texts.ALERT_NAMES.get(alert.alert.kind, journey_texts.ALERT_OTHER)
        )
        name = alert.case.first_name if alert.case is not None else ""
        return render(language, coach_texts.INBOX_LINE, name=name, what=what)
    if item.referral_id is not None and item.referral_id in found.referrals:
        referral, case = found.referrals[item.referral_id]
        return render(
            language,
            coach_texts.INBOX_LINE_REFERRAL,
            name=case.first_name,
            organisation=referral.organisation,
        )
    intake = found.intakes.get(item.intake_id or 0)
    name = (intake.first_name if intake else None) or render(language, coach_texts.SOMEONE)
    return render(language, coach_texts.INBOX_LINE_INTAKE, name=name)


async def show_thread(ctx: FlowContext, coach: Coach, thread_id: int) -> Response | None:
    """The thread's last messages, as a message the coach can reply to; None if not theirs."""
    found = await queries.conversation(ctx.session, team_id=coach.team_id, thread_id=thread_id)
    if found is None:
        return None
    language = coach.language
    asker = found.asker
    who = described_for_coach(asker.person, asker.member, asker.case, language)
    lines = []
    for shown in found.messages[-LAST_MESSAGES_SHOWN:]:
        if shown.coach is not None:
            line = render(
                language,
                texts.COACH_THREAD_LINE_COACH,
                coach=shown.coach.name,
                text=shown.message.body,
            )
        else:
            line = render(
                language, texts.COACH_THREAD_LINE_PERSON, who=who, text=shown.message.body
            )
        lines.append(line)
    due = format_moment(found.thread.due_at, language) if found.thread.due_at else "—"
    text = render(language, texts.COACH_THREAD_SHOWN, who=who, due=due, messages="\n\n".join(lines))
    # A note is often what a coach wants after reading: for this thread's case, one press.
    note = button(language, coach_texts.BUTTON_NOTE, coach_note.NAME, "thread", thread_id)
    buttons = [*thread_buttons(coach, thread_id, ctx.base_url), [note]]
    return Response().say(text, buttons, thread_id=thread_id)
