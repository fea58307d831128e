"""What Koers e-mails to people on the web channel: a short note and a fresh link, no content.

Dutch at level B1. Placeholders use {braces}; every catalog must keep them exactly. A mail never
says what anyone wrote: a mailbox is read by others, and mail travels unencrypted.
"""

from __future__ import annotations

from messages import N_

ANSWER_SUBJECT = N_("Je coach heeft geantwoord")
ANSWER_BODY = N_(
    "Hoi,\n\n"
    "{coach} heeft je een antwoord gestuurd in Koers.\n"
    "Lees het op je eigen pagina:\n\n"
    "{link}\n\n"
    "De link werkt één keer en {days} dagen lang.\n\n"
    "Dit is een automatische mail. Een antwoord op deze mail komt niet aan."
)
QUESTION_SUBJECT = N_("Koers heeft een vraag voor je")
QUESTION_BODY = N_(
    "Hoi,\n\n"
    "Koers heeft een korte vraag voor je. {coach} wil graag weten hoe het gaat.\n"
    "Antwoord op je eigen pagina:\n\n"
    "{link}\n\n"
    "De link werkt één keer en {days} dagen lang.\n\n"
    "Dit is een automatische mail. Een antwoord op deze mail komt niet aan."
)
NEW_LINK_SUBJECT = N_("Je nieuwe link voor Koers")
NEW_LINK_BODY = N_(
    "Hoi,\n\n"
    "Je vroeg om een nieuwe link naar je pagina in Koers. Hier is hij:\n\n"
    "{link}\n\n"
    "De link werkt één keer en {days} dagen lang.\n"
    "Heb jij dit niet gevraagd? Dan hoef je niets te doen.\n\n"
    "Dit is een automatische mail. Een antwoord op deze mail komt niet aan."
)

# For the coach: where the answer went when the person does not use Telegram.
REPLY_SENT_BY_MAIL = N_(
    "Verstuurd. {name} gebruikt geen Telegram: je antwoord staat op de webpagina van {name}, "
    "en {name} krijgt een mail dat er een antwoord is."
)
REPLY_ON_PAGE_ONLY = N_(
    "Verstuurd. Let op: {name} gebruikt geen Telegram en Koers kan {name} niet mailen. {name} "
    "ziet je antwoord pas als {name} de webpagina opent. Laat het {name} zo nodig zelf weten."
)
