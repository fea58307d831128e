"""Reading a typed yes or no, in every language Koers speaks, where a button asks for one.

People type "ja", "yes", "evet", "نعم", "tak", "так" instead of pressing a button; at consent and
at every yes/no step that is an answer, not a question for the coach. Only short replies count
("ja hoor", "nee, liever niet"): "ja maar wat gebeurt er met mijn gegevens?" is a question.
"""

from __future__ import annotations

import re
import unicodedata

# At most this many words after the yes or no ("ja, is goed hoor").
MAX_WORDS = 4
YES_WORDS = frozenset(
    {
        # Dutch
        "ja", "jawel", "jazeker", "jep", "jup", "jes", "prima", "goed", "oke", "ok", "okay",
        "okee", "oki", "akkoord", "zeker", "tuurlijk", "natuurlijk", "graag", "mag", "yes",
        # English
        "yeah", "yea", "yep", "yup", "sure", "yess", "ya", "y", "agree", "fine",
        # Turkish
        "evet", "evt", "tamam", "tmm", "olur", "tabi", "tabii", "peki", "kabul",
        # Arabic, and Arabic in Latin letters
        "نعم", "ايوه", "ايوا", "اه", "ايه", "اي", "اكيد", "تمام", "موافق", "موافقه", "طيب", "ماشي",
        "na3am", "naam", "aywa", "aiwa", "ah", "eh", "wakha", "iyeh",
        # Polish
        "tak", "jasne", "dobrze", "zgoda", "pewnie", "spoko",
        # Ukrainian and Russian
        "так", "ага", "добре", "гаразд", "звісно", "згоден", "згодна", "да", "хорошо", "ладно",
        "конечно", "согласен", "согласна", "угу",
    }
)  # fmt: skip
NO_WORDS = frozenset(
    {
        "nee", "neen", "nope", "nah", "nein", "no", "n", "niet", "liever",
        "hayir", "hayır", "yok", "istemiyorum", "olmaz",
        "لا", "لأ", "لاء", "مش", "ما", "la", "laa", "lla",
        "nie",
        "ні", "не", "нє", "нет", "неа", "нi",
    }
)  # fmt: skip
# Words that may follow a yes or no without changing it ("ja hoor", "nee dank je").
FILLERS = frozenset(
    {
        "hoor", "dan", "is", "dat", "het", "mag", "goed", "prima", "graag", "dank", "je",
        "bedankt", "niet", "liever", "please", "thanks", "thank", "you", "sure", "its", "ok",
        "fine", "that", "teşekkürler", "tamam", "olur", "lütfen", "شكرا", "تمام",
        "dzięki", "dziękuję", "proszę", "może", "дякую", "спасибо", "будь", "ласка", "пожалуйста",
        "wel", "okay", "oke", "wallah", "zeker", "natuurlijk", "thx", "ty", "pls",
        "nie", "no", "не", "надо", "треба", "istemiyorum", "ne", "rather", "not",
    }
)  # fmt: skip
YES_EMOJI = ("👍", "✅", "👌", "🙆")
NO_EMOJI = ("👎", "❌", "🙅", "⛔")
_WORD = re.compile(r"[^\W\d_]+|\d+", re.UNICODE)
_REPEATS = re.compile(r"(.)\1{2,}")


def _plain(text: str) -> str:
    # Arabic hamza and alef forms read alike ("أيوه", "ايوه"); "jaaaa" is "ja".
    folded = unicodedata.normalize("NFKC", text).casefold()
    folded = folded.translate(str.maketrans("أإآى", "اااي"))
    return _REPEATS.sub(r"\1", folded)


def typed_yes_no(text: str | None, *, language: str | None = None) -> bool | None:
    """True for a typed yes, False for a typed no, None for anything else (a question, a
    sentence, a word that is neither). Polish "no" means "yeah", so it counts for neither."""
    if not text:
        return None
    stripped = text.strip()
    if stripped and all(ch in YES_EMOJI or ch.isspace() for ch in stripped):
        return True
    if stripped and all(ch in NO_EMOJI or ch.isspace() for ch in stripped):
        return False
    words = _WORD.findall(_plain(stripped))
    if not words or len(words) > MAX_WORDS or "?" in stripped:
        return None
    first, rest = words[0], words[1:]
    if any(word not in FILLERS | YES_WORDS | NO_WORDS for word in rest):
        return None
    if first == "no" and language == "pl":
        return None
    if first in YES_WORDS:
        # "ja, liever niet" or "ok nee" say no in the end.
        return not any(word in {"nee", "niet", "no", "not", "nie", "ні", "нет"} for word in rest)
    if first in NO_WORDS:
        return False
    return None
