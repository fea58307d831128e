"""Words left in a flow the person never finished reach their coach after a while.

Inside a flow, text that was not the answer asked for is kept in the conversation ("typed", and
"held" while Koers asks whom a message is about; core/conversation.py) until the flow ends;
every way out passes it on. A person who simply never comes back would leave it there. So after
each update that leaves kept words behind, a check is planned two hours on; if the conversation
is still exactly as it was, the flow ends and the words go to the coach, and the person is told.
"""

from __future__ import annotations

from datetime import timedelta

from sqlmodel.ext.asyncio.session import AsyncSession

from core import conversation, tasks
from core.actions.notify import tell_person
from core.actions.questions import do_receive_message
from core.actions.roles import current_membership
from core.clock import utcnow
from core.models import Channel, DueTask, Person
from core.team_rules import team_rules
from messages import followup_texts
from messages.i18n import render

WAITING_WORDS = "waiting_words"
WAIT = timedelta(hours=2)


async def plan_waiting_words(session: AsyncSession, person: Person) -> None:
    """Plans the check when the person's conversation keeps words that reached nobody yet."""
    typed, held = conversation.kept(person)
    if person.id is None or (not typed and not held):
        return
    fingerprint = conversation.fingerprint(person)
    await tasks.plan(
        session,
        kind=WAITING_WORDS,
        key=f"{WAITING_WORDS}:{person.id}:{fingerprint}",
        due_at=utcnow() + WAIT,
        detail={"person": person.id, "fingerprint": fingerprint},
    )


async def do_pass_waiting_words(
    session: AsyncSession, task: DueTask, context: tasks.TaskContext
) -> tasks.Outcome:
    detail = task.detail or {}
    person = await session.get(Person, int(detail.get("person", 0)))
    if person is None or conversation.fingerprint(person) != detail.get("fingerprint"):
        return tasks.Skipped("moved_on")
    who = await current_membership(session, person)
    if who is None:
        return tasks.Skipped("not_linked")
    rules = await team_rules(session, who.case.team_id)
    now = utcnow()
    if rules.in_quiet_hours(now):
        return tasks.Later(rules.after_quiet_hours(now), "quiet_hours")
    typed, held = conversation.kept(person)
    conversation.end(person)
    received = None
    if typed:
        received = await do_receive_message(
            session,
            who=who,
            text="\n\n".join(typed),
            channel=Channel.TELEGRAM,
            base_url=context.base_url,
        )
    for item in held:
        received = await do_receive_message(
            session,
            who=who,
            text=str(item.get("text") or ""),
            channel=Channel.TELEGRAM,
            media_kind=item.get("media_kind"),
            media_file_id=item.get("media_file_id"),
            note=item.get("note"),
            base_url=context.base_url,
        )
    assert received is not None
    language = person.language
    tell_person(
        session,
        person,
        render(language, followup_texts.WAITING_WORDS_PASSED, coach=received.coach.name),
    )
    return tasks.Done("passed")
