"""Crisis said in emoji, in any language: the few emoji the normaliser reads as words
(core/phrases.py: "🔪" is "emojiknife", "🩸" "emojiblood", "💊" "emojipill", "🪢" "emojirope",
"⚰" "emojicoffin", "🪦" "emojigrave"). One of them alone says little ("🔪🍅"); together they do."""

from __future__ import annotations

SIGNALS: tuple[str, ...] = (
    "emojiknife ~ emojiblood",
    "emojiblood ~ emojiknife",
    "emojipill emojipill emojipill",
    "emojipill|emojiknife|emojirope ~ emojicoffin|emojigrave",
    "emojicoffin|emojigrave ~ emojipill|emojiknife|emojirope",
    "emojirope ~ emojirope $",
)
TOPICS: tuple[str, ...] = ()
ABOUT: tuple[str, ...] = ()
HARMLESS: tuple[str, ...] = ()
