"""What the web pages for young people, parents and employers say, in Dutch at level B1.

Only sentences the web needs in its own words live here; where Telegram's sentence fits the web
page too, the page uses that one (messages/texts.py, concern_texts.py, report_texts.py).
Placeholders use {braces}; every catalog must keep them exactly.
"""

from __future__ import annotations

from messages import N_

# Settings: how things are now.
PAUSED_NOW = N_("Koers stuurt je nu geen herinneringen, tot {date}.")
# Telegram's question speaks of "this chat"; on the web page there is none.
ERASE_CONFIRM = N_(
    "Weet je het zeker? Dan wist {coach} alles wat Koers over je weet.\n"
    "Daarna kan Koers je niet meer helpen."
)
NO_PLACEMENT = N_(
    "Er is nu geen jongere bij jou geplaatst.\n"
    "Heb je een vraag? Stel hem op je eigen pagina. {coach} leest mee."
)

# Settings: an e-mail address for a note when the coach answers.
EMAIL_NOW = N_("Als je coach antwoordt, mailt Koers je op {email}.")
EMAIL_SAVED = N_("Opgeslagen. Als je coach antwoordt, mailt Koers je op {email}.")
EMAIL_REMOVED = N_("Je e-mailadres is gewist. Koers mailt je niet meer.")
