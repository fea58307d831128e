"""The portal's URL map: every route in one place."""

from __future__ import annotations

from pathlib import Path

from aiohttp import web

from portal.views import (
    absence,
    account,
    appointments,
    audit,
    auth,
    case_page,
    cases,
    erasure,
    follow_up,
    handover,
    inbox,
    invites,
    journey,
    leavers,
    notes,
    stats,
    team,
    threads,
    web_channel,
    web_export,
    web_settings,
    web_talk,
    webhook,
)

STATIC_DIR = Path(__file__).parent / "static"
# Ids in paths are digits only; the views also refuse numbers no row can have.
ID = r"{%s:\d+}"


def setup_routes(app: web.Application, *, webhook_enabled: bool, region_bots: bool = False) -> None:
    router = app.router
    router.add_get("/", auth.home)
    router.add_get("/login", auth.login_form)
    router.add_post("/login", auth.log_in)
    router.add_post("/logout", auth.log_out)

    router.add_get("/inbox", inbox.inbox)
    router.add_post("/alerts/" + ID % "alert_id" + "/seen", inbox.resolve_alert)
    intake = "/intake/" + ID % "intake_id"
    router.add_post(intake + "/handled", inbox.mark_intake_handled)
    router.add_post(intake + "/answer", inbox.answer_intake)
    router.add_post(intake + "/give", inbox.give_intake)
    router.add_post(intake + "/case", inbox.make_case_of_intake)
    thread = "/threads/" + ID % "thread_id"
    router.add_get(thread, threads.show_thread)
    router.add_post(thread + "/reply", threads.reply)
    router.add_post(thread + "/take", threads.take)
    router.add_post(thread + "/close", threads.close)

    router.add_get("/cases", cases.case_list)
    router.add_post("/cases", cases.add_case)
    router.add_get("/cases/new", cases.new_case_form)
    case = "/cases/" + ID % "case_id"
    router.add_get(case, case_page.show_case)
    router.add_post(case + "/edit", journey.edit_case)
    router.add_post(case + "/journey", journey.set_journey)
    router.add_post(case + "/referrals", journey.add_referral)
    router.add_post(
        case + "/referrals/" + ID % "referral_id" + "/status", journey.set_referral_status
    )
    router.add_post(case + "/invites", invites.create_invite)
    member = case + "/members/" + ID % "member_id"
    router.add_post(member + "/link", invites.fresh_link)
    router.add_get(member + "/invite", invites.show_invite)
    router.add_post(member + "/invite/retire", invites.retire_invite)
    router.add_post(member + "/end-access", invites.end_access)
    router.add_post(member + "/placement", journey.set_placement_start)
    router.add_post(member + "/erase", erasure.erase_member)
    router.add_post(case + "/erase", erasure.erase_case)
    router.add_get(case + "/audit", audit.case_log)
    router.add_post(case + "/handover", handover.propose)
    handover_path = "/handovers/" + ID % "handover_id"
    router.add_post(handover_path + "/withdraw", handover.withdraw)
    router.add_post(handover_path + "/consent", handover.consent_in_person)
    router.add_post(handover_path + "/accept", handover.accept)
    router.add_post(handover_path + "/decline", handover.decline)
    router.add_post(case + "/notes", notes.add_note)
    router.add_post(case + "/appointments", appointments.add_appointment)
    router.add_post(case + "/aftercare", follow_up.start_aftercare)
    router.add_post(case + "/cadence", follow_up.set_cadence)
    router.add_post(case + "/close", follow_up.close_case)

    router.add_get("/stats", stats.stats_page)
    router.add_get("/stats.csv", stats.stats_csv)
    router.add_get("/team", team.team_page)
    router.add_get("/audit", audit.search)
    router.add_post("/team/coaches", team.add_coach)
    team_coach = "/team/coaches/" + ID % "coach_id"
    router.add_post(team_coach + "/backup", team.set_backup)
    router.add_post(team_coach + "/leave", team.coach_leaves)
    router.add_get("/team/assign", team.assign_page)
    router.add_post("/team/assign", team.assign)
    router.add_get("/leavers", leavers.import_page)
    router.add_post("/leavers", leavers.upload)
    router.add_get("/leavers/template.csv", leavers.template_file)
    upload = "/leavers/" + ID % "upload_id"
    router.add_get(upload, leavers.upload_page)
    router.add_post(upload + "/import", leavers.start_import)
    router.add_get("/account/password", account.password_form)
    router.add_post("/account/password", account.change_password)
    router.add_get("/absence", absence.absence_page)
    router.add_post("/absence", absence.set_absence)
    router.add_post("/absence/end", absence.end_absence)
    router.add_post("/absence/" + ID % "absence_id" + "/cancel", absence.cancel_absence)

    router.add_get("/w/{token}", web_channel.confirm_link)
    router.add_post("/w/{token}", web_channel.open_link)
    router.add_post("/w/{token}/new", web_channel.ask_new_link)
    router.add_get("/me", web_channel.my_page)
    router.add_post("/me/ask", web_channel.ask)
    router.add_post("/me/consent", web_channel.consent)
    router.add_post("/me/logout", web_channel.log_out)
    # The Telegram dialogue on the web: every menu choice, from the same flows (web_talk.py).
    router.add_get("/me/talk", web_talk.talk_page)
    router.add_post("/me/talk", web_talk.talk)
    # The pages the menu once had: a bookmark still arrives somewhere useful.
    for old_page in ("/me/concern", "/me/report", "/me/good-news", "/me/appointments", "/me/coach"):
        router.add_get(old_page, web_talk.to_talk)
    router.add_get("/me/settings", web_settings.settings_page)
    router.add_post("/me/settings/email", web_settings.email)
    router.add_get("/me/export", web_export.download)

    if webhook_enabled:
        router.add_post("/telegram/webhook", webhook.telegram_webhook)
    if region_bots:
        router.add_post("/telegram/webhook/{bot}", webhook.region_webhook)
    router.add_get("/healthz", webhook.health)
    router.add_get("/readyz", webhook.ready)
    router.add_get("/metrics", webhook.metrics_page)
    router.add_static("/static", STATIC_DIR, append_version=False)
