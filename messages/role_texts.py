"""What Koers says to someone in several roles (a parent of two, a young person who is a parent
too, an employer who is also a parent): whom a message is about, and switching, in Dutch B1.

Placeholders use {braces}; every catalog must keep them exactly. The dictionaries are keyed by
the role's code (core.models.Role).
"""

from __future__ import annotations

from messages import N_

# Above the menu: whom it is about now.
TALKING_AS: dict[str, str] = {
    "youth": N_("Je praat nu over jezelf."),
    "parent": N_("Je praat nu als ouder van {name}."),
    "employer": N_("Je praat nu als werkgever."),
}
# The button under the menu that opens the choice, and the choice's buttons.
SWITCH = N_("Wissel")
CHOICE_LABELS: dict[str, str] = {
    "youth": N_("Over mij"),
    "parent": N_("Ouder van {name}"),
    "employer": N_("Als werkgever"),
}
# A young person with more than one case of their own (rare): which one.
CHOICE_ABOUT_ME_ON = N_("Over mij ({name})")
ASK_SWITCH = N_("Over wie wil je praten? Kies een knop.")
# Free text from someone in several roles who did not choose yet: kept until they do.
ASK_WHOM = N_("Over wie gaat dit? Kies een knop. Dan krijgt de goede coach je bericht.")
ASK_WHOM_AGAIN = N_("Dit bericht heb ik ook bewaard. Over wie gaat het? Kies een knop.")
# After several messages without a choice, they all go to the coach of the role in the menu.
PASSED_WITHOUT_CHOICE = N_(
    "Ik heb je berichten doorgegeven. Gaat het over iemand anders? Kies dan Wissel."
)
# A choice that is no longer possible (the link was removed, or the guidance ended).
CHOICE_GONE = N_("Dat kan niet meer.")
CHOICE_GONE_TEXT = N_(
    "Over die persoon kun je hier niet meer praten. Je coach kan je vertellen waarom."
)
# A second invite from someone who is already linked: what they can do now.
ROLE_ADDED: dict[str, str] = {
    "youth": N_(
        "Je bent al aangemeld.\n"
        "Nu kun je ook over jezelf praten. Je coach is {coach}.\n"
        "Met de knop Wissel kies je over wie het gaat."
    ),
    "parent": N_(
        "Je bent al aangemeld.\n"
        "Nu kun je ook praten als ouder van {name}. De coach van {name} is {coach}.\n"
        "Met de knop Wissel kies je over wie het gaat."
    ),
    "employer": N_(
        "Je bent al aangemeld.\n"
        "Nu kun je ook praten als werkgever van {name}. De coach van {name} is {coach}.\n"
        "Met de knop Wissel kies je over wie het gaat."
    ),
}
