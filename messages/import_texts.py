"""Importing a school's leavers file: what is wrong with a row, in plain Dutch at level B1.

Placeholders use {braces}; every catalog must keep them exactly (see messages/texts.py).
"""

from __future__ import annotations

from messages import N_

# Why a row or the file cannot be imported; the page and `koers import --json` show these.
PROBLEMS: dict[str, str] = {
    "not_text": N_("Dit is geen tekstbestand. Sla het op als CSV (UTF-8) en probeer het opnieuw."),
    "empty": N_("Het bestand is leeg."),
    "no_rows": N_("Onder de kopregel staan geen leerlingen."),
    "missing_column": N_("Deze kolom ontbreekt. Zet hem in de kopregel."),
    "double_column": N_("Deze kolom staat er twee keer in."),
    "bsn": N_("Koers bewaart geen BSN. Haal deze kolom uit het bestand en probeer het opnieuw."),
    "too_many_cells": N_("Deze regel heeft meer vakjes dan de kopregel."),
    "required": N_("Dit vakje is leeg, maar het moet ingevuld zijn."),
    "too_long": N_("Dit is te lang (hoogstens {limit} tekens)."),
    "double_number": N_("Dit leerlingnummer staat al in regel {row}."),
    "not_a_date": N_("Dit is geen datum. Schrijf bijvoorbeeld 2026-07-01 of 01-07-2026."),
    "birth_date_range": N_("Deze geboortedatum kan niet kloppen."),
    "leaving_date_range": N_("Deze uitstroomdatum kan niet kloppen."),
    "unknown_coach": N_("Er is geen coach met dit e-mailadres in dit team."),
    "unknown_stage": N_("Deze fase kent het team niet. Kies uit: {stages}."),
}
