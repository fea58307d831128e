"""Settings: language, a pause, what Koers knows, who sees what, my data as a file, erasure."""

from __future__ import annotations

from bot.flows.context import FlowContext
from bot.flows.events import Incoming, Response
from bot.flows.linking import language_buttons
from bot.flows.menu import main_menu, stop_buttons
from bot.flows.questions import pass_to_coach
from core import conversation
from core.actions.export import do_export_person_data
from core.actions.settings import (
    PAUSE_CHOICES_DAYS,
    do_pause_notifications,
    do_request_erasure,
    do_set_good_news_sharing,
    do_set_parent_view,
    do_show_stored_data,
    gets_reminders,
)
from core.choices import Buttons, button
from core.models import Channel, Role
from core.people import Membership
from core.yes_no import typed_yes_no
from messages import settings_texts, texts, web_texts
from messages.i18n import format_moment, render

NAME = "settings"
# The questions a young person answers with yes or no (buttons, or typed).
YES_NO_STEPS = frozenset({"parentsset", "goodnewsset"})
LABEL = texts.MENU_SETTINGS
# Where a web-channel person downloads their data (portal/views/web_export.py).
EXPORT_PATH = "/me/export"
PAUSE_LABELS = dict(
    zip(
        PAUSE_CHOICES_DAYS,
        (texts.PAUSE_WEEK, texts.PAUSE_TWO_WEEKS, texts.PAUSE_MONTH),
        strict=True,
    )
)


def _choices(who: Membership) -> Buttons:
    language = who.person.language
    options = [
        button(language, texts.SETTINGS_LANGUAGE, "settings", "language"),
    ]
    if gets_reminders(who):
        options.append(button(language, texts.SETTINGS_PAUSE, "settings", "pause"))
    options.append(button(language, texts.SETTINGS_KNOWN, "settings", "known"))
    if who.role == Role.YOUTH:
        options.append(button(language, texts.SETTINGS_PARENT_VIEW, "settings", "parents"))
        options.append(button(language, settings_texts.SETTINGS_GOOD_NEWS, "settings", "goodnews"))
    options.append(button(language, settings_texts.SETTINGS_EXPORT, "settings", "export"))
    options.append(button(language, texts.SETTINGS_ERASE, "settings", "erase"))
    rows = [options[i : i + 2] for i in range(0, len(options), 2)]
    return rows + stop_buttons(language)


async def start(ctx: FlowContext, who: Membership) -> Response:
    conversation.enter(who.person, NAME, "choose")
    return Response().say(render(who.person.language, texts.SETTINGS_INTRO), _choices(who))


async def on_text(ctx: FlowContext, who: Membership, event: Incoming) -> Response:
    """Settings wait for buttons; a typed yes or no answers a yes/no question, any other text
    is not a choice, so it goes where texts go: the coach."""
    now = conversation.running(who.person)
    if now is not None and now.step in YES_NO_STEPS:
        typed = typed_yes_no(event.text, language=who.person.language)
        if typed is not None:
            return await on_button(ctx, who, now.step, "yes" if typed else "no")
    conversation.leave(who.person)
    return await pass_to_coach(
        ctx, who, text=event.text, media_kind=event.media_kind, media_file_id=event.media_file_id
    )


async def on_button(ctx: FlowContext, who: Membership, action: str, value: str) -> Response:
    language = who.person.language
    if action == "language":
        conversation.leave(who.person)
        return Response().say(render(language, texts.ASK_LANGUAGE), language_buttons())
    if action in ("pause", "pausefor") and not gets_reminders(who):
        return Response(button_answer=render(language, texts.STALE_BUTTON))
    if action == "pause":
        return _pause_question(who)
    if action == "pausefor":
        days = int(value) if value.isdigit() else None
        until = await do_pause_notifications(ctx.session, who=who, days=days)
        conversation.leave(who.person)
        if until is None:
            return main_menu(who, Response().say(render(language, texts.PAUSE_ENDED)))
        date = format_moment(until, language)
        return main_menu(who, Response().say(render(language, texts.PAUSED_UNTIL, date=date)))
    if action == "known":
        return await _known(ctx, who)
    if action == "parents" and who.role == Role.YOUTH:
        return _parent_view_question(who)
    if action == "parentsset" and who.role == Role.YOUTH and value in ("yes", "no"):
        await do_set_parent_view(ctx.session, who=who, allowed=value == "yes")
        conversation.leave(who.person)
        said = texts.PARENT_VIEW_ON if value == "yes" else texts.PARENT_VIEW_OFF
        return main_menu(who, Response().say(render(language, said)))
    if action == "goodnews" and who.role == Role.YOUTH:
        return _good_news_question(who)
    if action == "goodnewsset" and who.role == Role.YOUTH and value in ("yes", "no"):
        await do_set_good_news_sharing(ctx.session, who=who, allowed=value == "yes")
        conversation.leave(who.person)
        said = (
            settings_texts.GOOD_NEWS_SHARE_ON
            if value == "yes"
            else settings_texts.GOOD_NEWS_SHARE_OFF
        )
        return main_menu(who, Response().say(render(language, said, coach=who.coach.name)))
    if action == "export" and ctx.channel == Channel.WEB:
        # On the web the file is a download: the page offers it, the download writes the audit.
        conversation.leave(who.person)
        download = {"text": render(language, settings_texts.SETTINGS_EXPORT), "url": EXPORT_PATH}
        ready = render(language, settings_texts.EXPORT_READY_WEB)
        return main_menu(who, Response().say(ready, [[download]]))
    if action == "export":
        # The action queues "the file follows" and the file itself; the menu comes after them.
        await do_export_person_data(ctx.session, who=who)
        conversation.leave(who.person)
        return main_menu(who)
    if action == "erase":
        sure = [
            [
                button(language, texts.ERASE_YES, "settings", "erasesure"),
                button(language, texts.ERASE_NO, "nav", "menu"),
            ]
        ]
        # Telegram's question speaks of "this chat"; a web page has none.
        confirm = web_texts.ERASE_CONFIRM if ctx.channel == Channel.WEB else texts.ERASE_CONFIRM
        return Response().say(render(language, confirm, coach=who.coach.name), sure)
    if action == "erasesure":
        await do_request_erasure(ctx.session, who=who)
        conversation.leave(who.person)
        said = render(language, texts.ERASE_REQUESTED, coach=who.coach.name)
        return main_menu(who, Response().say(said))
    return Response(button_answer=render(language, texts.STALE_BUTTON))


def _pause_question(who: Membership) -> Response:
    language = who.person.language
    choices = [
        button(language, label, "settings", "pausefor", days)
        for days, label in PAUSE_LABELS.items()
    ]
    rows = [choices]
    if who.person.notifications_paused_until is not None:
        rows.append([button(language, texts.PAUSE_RESUME, "settings", "pausefor", "0")])
    return Response().say(render(language, texts.PAUSE_ASK), rows + stop_buttons(language))


def _parent_view_question(who: Membership) -> Response:
    conversation.advance(who.person, "parentsset")
    language = who.person.language
    question = (
        texts.PARENT_VIEW_ASK_ON
        if who.case.parents_may_see_appointments
        else texts.PARENT_VIEW_ASK_OFF
    )
    rows = [
        [
            button(language, texts.PARENT_VIEW_ALLOW, "settings", "parentsset", "yes"),
            button(language, texts.PARENT_VIEW_DENY, "settings", "parentsset", "no"),
        ]
    ]
    return Response().say(render(language, question), rows)


def _good_news_question(who: Membership) -> Response:
    conversation.advance(who.person, "goodnewsset")
    language = who.person.language
    question = (
        settings_texts.GOOD_NEWS_SHARE_ASK_ON
        if who.case.good_news_shared_with_youth
        else settings_texts.GOOD_NEWS_SHARE_ASK_OFF
    )
    rows = [
        [
            button(language, settings_texts.GOOD_NEWS_SHARE_YES, "settings", "goodnewsset", "yes"),
            button(language, settings_texts.GOOD_NEWS_SHARE_NO, "settings", "goodnewsset", "no"),
        ]
    ]
    return Response().say(render(language, question, coach=who.coach.name), rows)


async def _known(ctx: FlowContext, who: Membership) -> Response:
    language = who.person.language
    summary = await do_show_stored_data(ctx.session, who=who)
    if who.role == Role.YOUTH:
        choices = render(
            language,
            settings_texts.KNOWN_CHOICES,
            parents=_yes_no(who.case.parents_may_see_appointments, language),
            good_news=_yes_no(who.case.good_news_shared_with_youth, language),
        )
        summary = f"{summary}\n\n{choices}"
    return Response().say(summary, _choices(who))


def _yes_no(value: bool, language: str | None) -> str:
    return render(language, settings_texts.VALUE_YES if value else settings_texts.VALUE_NO)
