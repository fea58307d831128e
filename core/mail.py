"""E-mail to web-channel people: where to reach them, the SMTP address, and queueing a note.

E-mail carries only a short note with a fresh link ("your coach answered"), never what anyone
wrote (DESIGN §3). Notes go through the mail outbox (`MailMessage`) in the transaction of the
change that caused them; mail/sender.py delivers them.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from sqlmodel.ext.asyncio.session import AsyncSession

from core.models import MailMessage, Person

# Deliberately plain: one @, a dot in the domain, no spaces. The real test is the mail arriving.
EMAIL = re.compile(r"[^@\s<>\"',;]+@[^@\s<>\"',;]+\.[^@\s<>\"',;.]{2,}")
EMAIL_LIMIT = 254
SCHEMES = {"smtp": "plain", "smtp+starttls": "starttls", "smtps": "tls"}
DEFAULT_PORTS = {"plain": 25, "starttls": 587, "tls": 465}


@dataclass(frozen=True)
class WebReach:
    """Where people's web pages live, and whether Koers can e-mail them that something waits."""

    base_url: str
    mail: bool = False
    link_days: int = 14


@dataclass(frozen=True)
class SmtpServer:
    host: str
    port: int
    security: str  # plain, starttls or tls
    username: str | None = None
    password: str | None = None


def smtp_server(url: str) -> SmtpServer:
    """Reads KOERS_SMTP_URL; a scheme or host Koers cannot use is a ValueError at start."""
    parts = urlsplit(url)
    security = SCHEMES.get(parts.scheme)
    if security is None or not parts.hostname:
        raise ValueError(
            "KOERS_SMTP_URL must look like smtp://host:port, smtp+starttls://user:pass@host:port"
            " or smtps://host:port"
        )
    return SmtpServer(
        host=parts.hostname,
        port=parts.port or DEFAULT_PORTS[security],
        security=security,
        username=unquote(parts.username) if parts.username else None,
        password=unquote(parts.password) if parts.password else None,
    )


def checked_email(text: str) -> str | None:
    """The address as a person typed it, trimmed; None when it cannot be an address."""
    address = text.strip()
    if len(address) > EMAIL_LIMIT or not EMAIL.fullmatch(address):
        return None
    return address


def enqueue_mail(
    session: AsyncSession, *, person: Person, subject: str, body: str, purpose: str
) -> MailMessage:
    assert person.email, "a mail needs an address"
    row = MailMessage(
        person_id=person.id,
        to_address=person.email,
        subject=subject,
        body=body,
        purpose=purpose,
        message_id=uuid.uuid4().hex,
    )
    session.add(row)
    return row
