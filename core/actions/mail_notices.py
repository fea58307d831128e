"""Telling a web-channel person by e-mail that something waits on their page, with a fresh link.

Only a note and a link, never content (messages/mail_texts.py). Two moments: their coach
answered (`tell_answer_by_mail`), Koers asks them something (`tell_question_by_mail`, a
check-in), and they asked for a new link on a page whose link no longer
works (`do_request_new_link`, which answers the same whether or not an address is on file).
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core.actions.weblinks import do_issue_web_link
from core.clock import utcnow
from core.mail import WebReach, enqueue_mail
from core.models import Case, CaseMember, CaseStatus, MailMessage, Person, WebLink
from core.people import Membership
from core.tokens import hash_token
from messages import mail_texts
from messages.i18n import render

ANSWER = "answer"
QUESTION = "question"
NEW_LINK = "new_link"
# One note per quiet spell: five answers in a row are one "your coach answered".
ANSWER_QUIET = timedelta(minutes=15)
# A page anyone can reach must not become a way to flood someone's mailbox.
NEW_LINKS_PER_DAY = 3
NEW_LINK_QUIET = timedelta(minutes=5)


def can_mail(person: Person, reach: WebReach) -> bool:
    return reach.mail and bool(person.email)


async def _recent(session: AsyncSession, person_id: int, purpose: str, since: timedelta) -> int:
    count = await session.exec(
        select(func.count())
        .select_from(MailMessage)
        .where(
            MailMessage.person_id == person_id,
            MailMessage.purpose == purpose,
            MailMessage.created_at > utcnow() - since,
        )
    )
    return count.one()


async def tell_answer_by_mail(session: AsyncSession, who: Membership, reach: WebReach) -> bool:
    """Queues "your coach answered" with a fresh single-use link; False when Koers cannot mail.

    True also when a note went out a moment ago: that one's link shows this answer too."""
    return await _tell_by_mail(
        session, who, reach, ANSWER, mail_texts.ANSWER_SUBJECT, mail_texts.ANSWER_BODY
    )


async def tell_question_by_mail(session: AsyncSession, who: Membership, reach: WebReach) -> bool:
    """Queues "Koers has a question for you" (a check-in waits on their page); False when
    Koers cannot mail them."""
    return await _tell_by_mail(
        session, who, reach, QUESTION, mail_texts.QUESTION_SUBJECT, mail_texts.QUESTION_BODY
    )


async def _tell_by_mail(
    session: AsyncSession,
    who: Membership,
    reach: WebReach,
    purpose: str,
    subject: str,
    body: str,
) -> bool:
    person = who.person
    if not can_mail(person, reach):
        return False
    if await _recent(session, person.id or 0, purpose, ANSWER_QUIET):
        return True
    link = await do_issue_web_link(
        session, member_id=who.member.id or 0, base_url=reach.base_url, valid_days=reach.link_days
    )
    language = person.language
    enqueue_mail(
        session,
        person=person,
        subject=render(language, subject),
        body=render(language, body, coach=who.coach.name, link=link, days=reach.link_days),
        purpose=purpose,
    )
    return True


async def do_request_new_link(session: AsyncSession, *, token: str, reach: WebReach) -> None:
    """A fresh link by mail for the person an old link (used or expired) belonged to.

    Returns nothing on purpose: the page says the same whether the link was known, the person
    has an address, or a limit held the mail back, so the page reveals nothing about anyone.
    A link retired by the coach, or of a closed case, brings nothing."""
    if not reach.mail:
        return
    found = (
        await session.exec(
            select(WebLink, CaseMember, Person)
            .join(CaseMember, col(CaseMember.id) == WebLink.member_id)
            .join(Person, col(Person.id) == CaseMember.person_id)
            .join(Case, col(Case.id) == CaseMember.case_id)
            .where(
                WebLink.token_hash == hash_token(token),
                col(WebLink.revoked_at).is_(None),
                Case.status == CaseStatus.ACTIVE,
            )
        )
    ).first()
    if found is None:
        return
    _, member, person = found
    if not person.email:
        return
    person_id = person.id or 0
    if await _recent(session, person_id, NEW_LINK, NEW_LINK_QUIET):
        return
    if await _recent(session, person_id, NEW_LINK, timedelta(days=1)) >= NEW_LINKS_PER_DAY:
        return
    link = await do_issue_web_link(
        session, member_id=member.id or 0, base_url=reach.base_url, valid_days=reach.link_days
    )
    enqueue_mail(
        session,
        person=person,
        subject=render(person.language, mail_texts.NEW_LINK_SUBJECT),
        body=render(person.language, mail_texts.NEW_LINK_BODY, link=link, days=reach.link_days),
        purpose=NEW_LINK,
    )
