"""Every string the Qt app shows, Danish first. Instrument texts come from the pack instead.

Same shape as `ipsfidelity.messages`; `tests/ui/test_strings.py` checks that both
languages exist with identical placeholders.
"""

from __future__ import annotations

from ipsfidelity.i18n import language

STRINGS: dict[str, dict[str, str]] = {
    # the principle's explanation is not part of the minimum definition itself
    "element.help_prefix": {"da": "Uddybning: {text}", "en": "Explanation: {text}"},
    "app.title": {"da": "IPS-fidelitet", "en": "IPS fidelity"},
    "app.loading": {"da": "Åbner databasen …", "en": "Opening the database …"},
    "app.retry": {"da": "&Prøv igen", "en": "&Try again"},
    "app.db_failed": {
        "da": "Databasen kunne ikke åbnes: {why}",
        "en": "The database could not be opened: {why}",
    },
    "saved": {"da": "Gemt", "en": "Saved"},
    "saving": {"da": "Gemmer …", "en": "Saving …"},
    "not_saved": {"da": "Ikke gemt: {why}", "en": "Not saved: {why}"},
    # menus
    "menu.file": {"da": "&Filer", "en": "&File"},
    "menu.edit": {"da": "&Rediger", "en": "&Edit"},
    "menu.view": {"da": "&Vis", "en": "&View"},
    "menu.language": {"da": "&Sprog", "en": "&Language"},
    "menu.help": {"da": "&Hjælp", "en": "&Help"},
    "action.new_team": {"da": "Nyt &team …", "en": "New &team …"},
    "action.new_assessment": {"da": "&Ny vurdering …", "en": "&New assessment …"},
    "action.export_pdf": {"da": "&Eksportér PDF …", "en": "&Export PDF …"},
    "action.print": {"da": "&Udskriv …", "en": "&Print …"},
    "action.quit": {"da": "&Afslut", "en": "&Quit"},
    "action.undo": {"da": "&Fortryd", "en": "&Undo"},
    "action.redo": {"da": "&Gentag", "en": "&Redo"},
    "action.overview": {"da": "&Oversigt", "en": "&Overview"},
    "action.walkthrough": {"da": "&Gennemgang", "en": "&Walk-through"},
    "action.results": {"da": "&Resultat", "en": "&Results"},
    "action.shortcuts": {"da": "&Tastaturgenveje", "en": "&Keyboard shortcuts"},
    "action.about": {"da": "&Om IPS-fidelitet", "en": "&About IPS fidelity"},
    "lang.da": {"da": "Dansk", "en": "Dansk (Danish)"},
    "lang.en": {"da": "English (engelsk)", "en": "English"},
    "undo.rating": {"da": "vurdering af {element}", "en": "rating of {element}"},
    "undo.note": {"da": "note til {element}", "en": "note on {element}"},
    "undo.evidence": {"da": "kilder til {element}", "en": "sources for {element}"},
    "undo.caseload": {"da": "caseload", "en": "caseload"},
    # home: teams and assessments
    "teams.title": {"da": "Teams", "en": "Teams"},
    "teams.new": {"da": "Nyt &team", "en": "New &team"},
    "teams.edit": {"da": "Re&diger", "en": "Ed&it"},
    "teams.delete": {"da": "S&let", "en": "&Delete"},
    "teams.none": {
        "da": "Ingen teams endnu. Opret det første med »Nyt team«.",
        "en": "No teams yet. Create the first with 'New team'.",
    },
    "teams.confirm_delete": {
        "da": "Slet teamet »{name}« og alle dets {count} vurderinger? Det kan ikke fortrydes.",
        "en": "Delete the team '{name}' and all its {count} assessments? This cannot be undone.",
    },
    "teams.confirm_delete_empty": {
        "da": "Slet teamet »{name}«? Det har ingen vurderinger. Det kan ikke fortrydes.",
        "en": "Delete the team '{name}'? It has no assessments. This cannot be undone.",
    },
    "teams.confirm_delete_one": {
        "da": "Slet teamet »{name}« og dets ene vurdering? Det kan ikke fortrydes.",
        "en": "Delete the team '{name}' and its one assessment? This cannot be undone.",
    },
    "assessments.title": {"da": "Vurderinger af {team}", "en": "Assessments of {team}"},
    "assessments.title_none": {"da": "Vurderinger", "en": "Assessments"},
    "assessments.open": {"da": "Å&bn", "en": "&Open"},
    "assessments.new": {"da": "&Ny vurdering", "en": "&New assessment"},
    "assessments.delete": {"da": "Sl&et", "en": "&Remove"},
    "assessments.none": {
        "da": "Teamet har ingen vurderinger endnu.",
        "en": "The team has no assessments yet.",
    },
    "assessments.confirm_delete": {
        "da": "Slet vurderingen fra {date} ({period})? Det kan ikke fortrydes.",
        "en": "Delete the assessment of {date} ({period})? This cannot be undone.",
    },
    "col.period": {"da": "Periode", "en": "Period"},
    "col.date": {"da": "Dato", "en": "Date"},
    "col.reviewers": {"da": "Vurderet af", "en": "Reviewers"},
    "col.overall": {"da": "Samlet", "en": "Overall"},
    "col.verdict": {"da": "Resultat", "en": "Verdict"},
    "col.progress": {"da": "Udfyldt", "en": "Progress"},
    "progress": {"da": "{rated}/{total} vurderet", "en": "{rated}/{total} rated"},
    # team dialog
    "team.dialog_new": {"da": "Nyt team", "en": "New team"},
    "team.dialog_edit": {"da": "Rediger team", "en": "Edit team"},
    "team.name": {"da": "&Navn", "en": "&Name"},
    "team.municipality": {"da": "&Kommune", "en": "&Municipality"},
    "team.psychiatry": {"da": "&Psykiatrisk enhed", "en": "&Psychiatry unit"},
    "team.clinics": {"da": "K&linikker", "en": "C&linics"},
    "team.name_placeholder": {"da": "fx IPS Glostrup", "en": "e.g. IPS Glostrup"},
    "team.clinics_placeholder": {"da": "fx F-ACT og OPUS", "en": "e.g. F-ACT and OPUS"},
    # new assessment dialog
    "new.title": {"da": "Ny vurdering af {team}", "en": "New assessment of {team}"},
    "new.date": {"da": "&Dato", "en": "&Date"},
    "new.period": {"da": "&Periode", "en": "&Period"},
    "new.reviewers": {"da": "&Vurderet af", "en": "&Reviewers"},
    "new.reviewers_placeholder": {
        "da": "navne adskilt af komma",
        "en": "names separated by commas",
    },
    "new.instrument": {"da": "&Instrument", "en": "&Instrument"},
    "new.date_far": {
        "da": "Datoen ligger mere end et år ude i fremtiden",
        "en": "The date is more than a year in the future",
    },
    "new.bad_period": {
        "da": "Skriv perioden som år og kvartal, fx 2026-Q4",
        "en": "Write the period as year and quarter, e.g. 2026-Q4",
    },
    "new.start": {"da": "&Start vurderingen", "en": "&Start the assessment"},
    "new.duplicate": {
        "da": "Teamet har allerede en vurdering for {period} (dato {date}). "
        "En ny vurdering bliver den gældende for perioden.",
        "en": "The team already has an assessment for {period} (dated {date}). "
        "A new one becomes the one that counts for the period.",
    },
    "new.open_existing": {"da": "Å&bn den eksisterende", "en": "&Open the existing one"},
    "new.create_second": {
        "da": "Opret alligevel en ny vurdering (fx en genvurdering)",
        "en": "Create a new assessment anyway (e.g. a re-review)",
    },
    "new.no_reviewers": {
        "da": "Skriv mindst ét navn under »Vurderet af«",
        "en": "Enter at least one name under 'Reviewers'",
    },
    # walk-through
    "review.heading": {"da": "{team} · {period} · {date}", "en": "{team} · {period} · {date}"},
    "review.back": {"da": "← Oversigt", "en": "← Overview"},
    "review.results": {"da": "Resultat →", "en": "Results →"},
    "review.previous": {"da": "‹ Forrige", "en": "‹ Previous"},
    "review.next": {"da": "Næste ›", "en": "Next ›"},
    "review.principle": {"da": "Princip {id}: {title}", "en": "Principle {id}: {title}"},
    "review.element": {"da": "Element {id}", "en": "Element {id}"},
    "review.element_of": {"da": "Element {index} af {total}", "en": "Element {index} of {total}"},
    "review.rating": {"da": "Vurdering", "en": "Rating"},
    "review.rating_hint": {
        "da": "Tast 1, 2 eller 3 for at vurdere og gå videre",
        "en": "Press 1, 2 or 3 to rate and move on",
    },
    "review.note": {"da": "&Note", "en": "&Note"},
    "review.note_placeholder": {
        "da": "Hvad så I? (Tab eller Esc forlader feltet)",
        "en": "What did you see? (Tab or Esc leaves the field)",
    },
    "review.evidence": {"da": "Kilder", "en": "Evidence"},
    "review.caseload_item": {"da": "Caseload", "en": "Caseload"},
    "status.not_rated": {"da": "ikke vurderet", "en": "not rated"},
    # caseload page
    "caseload.add": {"da": "&Tilføj konsulent", "en": "&Add consultant"},
    "caseload.remove": {"da": "&Fjern konsulent", "en": "&Remove consultant"},
    "caseload.col.name": {"da": "Konsulent", "en": "Consultant"},
    "caseload.col.fte": {"da": "Årsværk", "en": "FTE"},
    "caseload.col.ips": {"da": "IPS-sager", "en": "IPS cases"},
    "caseload.col.other": {"da": "Andre sager", "en": "Other cases"},
    "caseload.col.load": {"da": "Belastning", "en": "Load"},
    "caseload.col.status": {"da": "Status", "en": "Status"},
    "caseload.hint": {
        "da": "Ctrl+N tilføjer en konsulent; Tab går til næste felt; Enter gemmer feltet.",
        "en": "Ctrl+N adds a consultant; Tab goes to the next field; Enter saves the field.",
    },
    "caseload.bad_fte": {
        "da": "Årsværk skal være mindst 0,01 og højst 1, fx 0,8",
        "en": "FTE must be at least 0.01 and at most 1, e.g. 0.8",
    },
    "caseload.bad_cases": {
        "da": "Antal sager skal være et helt tal fra 0",
        "en": "Cases must be a whole number from 0",
    },
    "caseload.empty_name": {
        "da": "Konsulenten skal have et navn",
        "en": "The consultant needs a name",
    },
    "caseload.duplicate_name": {
        "da": "»{name}« står allerede i tabellen",
        "en": "'{name}' is already in the table",
    },
    "caseload.not_saved": {
        "da": "Ikke gemt – ret det markerede felt",
        "en": "Not saved – correct the marked field",
    },
    "caseload.implausible": {
        "da": "{count} sager for én konsulent er usædvanligt mange (over {limit})",
        "en": "{count} cases for one consultant is unusually many (over {limit})",
    },
    "caseload.confirm": {
        "da": "Tryk Enter igen for at gemme tallet, eller ret det",
        "en": "Press Enter again to save the number, or correct it",
    },
    "caseload.unconfirmed": {
        "da": "Ikke gemt: åbn feltet og bekræft med Enter to gange",
        "en": "Not saved: open the field and confirm with Enter twice",
    },
    "caseload.unsaved_row": {
        "da": "Rækker uden navn gemmes ikke",
        "en": "Rows without a name are not saved",
    },
    # results
    "results.title": {"da": "Resultat", "en": "Results"},
    "results.overall": {"da": "Samlet score", "en": "Overall score"},
    "results.caseload": {"da": "Caseload", "en": "Caseload"},
    "results.col.principle": {"da": "Princip", "en": "Principle"},
    "results.col.score": {"da": "Score", "en": "Score"},
    "results.col.rated": {"da": "Vurderet", "en": "Rated"},
    "results.series_now": {"da": "Denne vurdering ({period})", "en": "This assessment ({period})"},
    "results.series_before": {"da": "Forrige ({period})", "en": "Previous ({period})"},
    "results.back": {"da": "← Tilbage til gennemgangen", "en": "← Back to the walk-through"},
    # comparing: the team's development and the overview across teams
    "action.team_trend": {"da": "Teamets &udvikling", "en": "Team &development"},
    "action.all_teams": {"da": "&Alle teams", "en": "&All teams"},
    "assessments.trend": {"da": "&Udvikling", "en": "Develo&pment"},
    "trend.title": {"da": "Udvikling · {team}", "en": "Development · {team}"},
    "trend.back": {"da": "← Tilbage", "en": "← Back"},
    "trend.assessments": {"da": "Teamets vurderin&ger", "en": "The team's a&ssessments"},
    "trend.none": {
        "da": "Teamet har ingen vurderinger endnu, så der er intet at sammenligne.",
        "en": "The team has no assessments yet, so there is nothing to compare.",
    },
    "trend.no_team": {
        "da": "Vælg et team i oversigten først.",
        "en": "Choose a team in the overview first.",
    },
    "trend.chart_title": {"da": "Score over tid", "en": "Score over time"},
    "trend.overall": {"da": "Samlet", "en": "Overall"},
    "trend.show": {"da": "Vis principper:", "en": "Show principles:"},
    "trend.all": {"da": "Alle", "en": "All"},
    "trend.none_shown": {"da": "Ingen", "en": "None"},
    "trend.score_axis": {"da": "Score", "en": "Score"},
    "trend.outcome_share": {"da": "I job eller uddannelse", "en": "In job or education"},
    "trend.outcome_reference": {
        "da": "Projekt Inklusion: {share} %",
        "en": "Inklusion project: {share}%",
    },
    "trend.first": {"da": "V&urdering:", "en": "&Assessment:"},
    "trend.second": {"da": "&Sammenlignet med:", "en": "&Compared with:"},
    "trend.choice": {"da": "{period} · {date}", "en": "{period} · {date}"},
    "trend.nothing_else": {
        "da": "Der er kun én vurdering; sammenligning kræver to.",
        "en": "There is only one assessment; comparing needs two.",
    },
    "trend.other_instrument": {
        "da": "De to vurderinger bruger forskellige instrumenter og vises ikke oven i hinanden.",
        "en": "The two assessments use different instruments and are not overlaid.",
    },
    "trend.col.principle": {"da": "Princip", "en": "Principle"},
    "trend.col.change": {"da": "Ændring", "en": "Change"},
    "trend.overall_row": {"da": "Samlet score", "en": "Overall score"},
    "trend.changes": {
        "da": "Elementer, der har skiftet vurdering",
        "en": "Elements whose rating changed",
    },
    "trend.no_changes": {
        "da": "Ingen elementer har skiftet vurdering.",
        "en": "No element changed rating.",
    },
    "trend.col.element": {"da": "Element", "en": "Element"},
    "trend.arrow.up": {"da": "steget", "en": "up"},
    "trend.arrow.down": {"da": "faldet", "en": "down"},
    "trend.arrow.same": {"da": "uændret", "en": "unchanged"},
    "overview.title": {"da": "Alle teams", "en": "All teams"},
    "overview.municipality": {"da": "&Kommune:", "en": "&Municipality:"},
    "overview.psychiatry": {"da": "&Psykiatri:", "en": "&Psychiatry:"},
    "overview.period": {"da": "P&eriode:", "en": "Pe&riod:"},
    "overview.all": {"da": "Alle", "en": "All"},
    "overview.latest": {"da": "Seneste vurdering", "en": "Latest assessment"},
    "overview.count": {
        "da": "Viser {shown} af {total} teams",
        "en": "Showing {shown} of {total} teams",
    },
    "overview.csv": {"da": "Gem som &CSV …", "en": "Save as &CSV …"},
    "overview.xlsx": {"da": "Gem som E&xcel …", "en": "Save as E&xcel …"},
    "overview.open": {"da": "Åbn &teamet", "en": "Open the &team"},
    "overview.save_title": {"da": "Gem oversigten", "en": "Save the overview"},
    "overview.csv_filter": {"da": "CSV til Excel (*.csv)", "en": "CSV for Excel (*.csv)"},
    "overview.xlsx_filter": {"da": "Excel-projektmappe (*.xlsx)", "en": "Excel workbook (*.xlsx)"},
    "overview.default_name": {"da": "ips-oversigt", "en": "ips-overview"},
    "overview.saved": {
        "da": "Oversigten er gemt i {path}",
        "en": "The overview is saved in {path}",
    },
    "overview.save_failed": {
        "da": "Oversigten kunne ikke gemmes i {path}: {why}. Vælg en anden mappe eller luk filen, hvis den er åben i Excel.",
        "en": "The overview could not be saved in {path}: {why}. Choose another folder, or close the file if it is open in Excel.",
    },
    "io.missing_folder": {"da": "mappen findes ikke", "en": "the folder does not exist"},
    "io.no_access": {"da": "du har ikke adgang til at skrive der", "en": "you may not write there"},
    "io.disk_full": {"da": "disken er fuld", "en": "the disk is full"},
    "io.read_only": {"da": "stedet er skrivebeskyttet", "en": "the place is read-only"},
    "io.other": {"da": "fejl fra systemet: {detail}", "en": "system error: {detail}"},
    "overview.col.team": {"da": "Team", "en": "Team"},
    "overview.col.municipality": {"da": "Kommune", "en": "Municipality"},
    "overview.col.psychiatry": {"da": "Psykiatri", "en": "Psychiatry"},
    "overview.col.last_review": {"da": "Sidst vurderet", "en": "Last review"},
    "overview.no_review": {"da": "ingen", "en": "none"},
    "overview.follow_up_tip": {
        "da": "Teamets handlinger, der ikke er afsluttet; ⚠ markerer dem, hvis frist er overskredet",
        "en": "The team's actions not finished; ⚠ marks those past their deadline",
    },
    "overview.stale_tip": {
        "da": "Seneste vurdering er mere end 6 måneder gammel (eller mangler)",
        "en": "The last review is more than 6 months old (or missing)",
    },
    "overview.legend": {
        "da": "Farverne følger scoren: <span style='background:{full}'>&nbsp;100&nbsp;</span> "
        "<span style='background:{high}'>&nbsp;75–99,9&nbsp;</span> "
        "<span style='background:{mid}'>&nbsp;50–74,9&nbsp;</span> "
        "<span style='background:{low}'>&nbsp;under 50&nbsp;</span> · "
        "{mark} = seneste vurdering er over 6 måneder gammel · Dobbeltklik eller Enter åbner teamet",
        "en": "Colours follow the score: <span style='background:{full}'>&nbsp;100&nbsp;</span> "
        "<span style='background:{high}'>&nbsp;75–99.9&nbsp;</span> "
        "<span style='background:{mid}'>&nbsp;50–74.9&nbsp;</span> "
        "<span style='background:{low}'>&nbsp;below 50&nbsp;</span> · "
        "{mark} = the last review is more than 6 months old · Double-click or Enter opens the team",
    },
    "results.export": {"da": "&Eksportér PDF …", "en": "&Export PDF …"},
    "results.print": {"da": "&Udskriv …", "en": "&Print …"},
    # the report: export and print
    "report.no_assessment": {
        "da": "Vælg eller åbn en vurdering først.",
        "en": "Select or open an assessment first.",
    },
    "report.busy": {
        "da": "Rapporten er ved at blive lavet. Vent et øjeblik.",
        "en": "The report is being made. Please wait a moment.",
    },
    "report.save_title": {"da": "Eksportér rapporten som PDF", "en": "Export the report as PDF"},
    "report.pdf_filter": {"da": "PDF-filer (*.pdf)", "en": "PDF files (*.pdf)"},
    "report.export_title": {"da": "Eksportér PDF", "en": "Export PDF"},
    "report.print_title": {"da": "Udskriv rapporten", "en": "Print the report"},
    "report.cancel": {"da": "Annuller", "en": "Cancel"},
    "report.starting": {"da": "Starter …", "en": "Starting …"},
    "report.draft_note": {
        "da": "Vurderingen er ikke færdig, så rapporten markeres som kladde på hver side.",
        "en": "The assessment is not finished, so every page of the report is marked as a draft.",
    },
    "report.saved": {"da": "Rapporten er gemt: {path}", "en": "The report is saved: {path}"},
    "report.saved_draft": {
        "da": "Rapporten er gemt som kladde (vurderingen er ikke færdig): {path}",
        "en": "The report is saved as a draft (the assessment is not finished): {path}",
    },
    "report.cancelled": {
        "da": "Eksporten blev annulleret. Der er ikke gemt nogen fil.",
        "en": "The export was cancelled. No file was saved.",
    },
    "report.printing_page": {
        "da": "Udskriver side {page} af {pages} …",
        "en": "Printing page {page} of {pages} …",
    },
    "report.printed": {
        "da": "Rapporten er sendt til printeren ({pages} sider).",
        "en": "The report was sent to the printer ({pages} pages).",
    },
    "report.printed_to_file": {
        "da": "Rapporten er udskrevet til filen {path} ({pages} sider).",
        "en": "The report was printed to the file {path} ({pages} pages).",
    },
    "report.print_cancelled": {
        "da": "Udskriften blev annulleret.",
        "en": "The printing was cancelled.",
    },
    "report.printer_failed": {
        "da": "Printeren kunne ikke startes. Tjek at den er tændt og valgt rigtigt.",
        "en": "The printer could not be started. Check that it is on and chosen correctly.",
    },
    # follow-up: cooperation agreement
    "action.agreement": {"da": "&Samarbejdsaftale …", "en": "Cooperation &agreement …"},
    "action.follow_up": {"da": "&Opfølgning på handlinger …", "en": "&Follow-up of actions …"},
    "action.action_plan": {"da": "&Handleplan", "en": "&Action plan"},
    "teams.agreement": {"da": "Sam&arbejdsaftale …", "en": "&Agreement …"},
    "teams.follow_up": {"da": "&Opfølgning …", "en": "Follo&w-up …"},
    "agreement.title": {"da": "Samarbejdsaftale · {team}", "en": "Cooperation agreement · {team}"},
    "agreement.version": {"da": "&Version", "en": "&Version"},
    "agreement.version_item": {"da": "gælder fra {date}", "en": "in force from {date}"},
    "agreement.in_force": {
        "da": "gælder fra {date} (gældende nu)",
        "en": "in force from {date} (current)",
    },
    "agreement.new_version": {"da": "&Ny version fra", "en": "&New version from"},
    "agreement.create": {"da": "&Opret", "en": "C&reate"},
    "agreement.delete": {"da": "Slet denne version", "en": "Delete this version"},
    "agreement.confirm_delete": {
        "da": "Slet samarbejdsaftalen, der gælder fra {date}? Det kan ikke fortrydes.",
        "en": "Delete the cooperation agreement in force from {date}? This cannot be undone.",
    },
    "agreement.empty": {
        "da": "Teamet har ingen samarbejdsaftale registreret. Vælg en startdato og opret den.",
        "en": "The team has no cooperation agreement recorded. Choose a start date and create it.",
    },
    "agreement.autosave": {
        "da": "Hvert felt gemmes, når du forlader det. Der er ingen Gem-knap.",
        "en": "Each field is saved when you leave it. There is no Save button.",
    },
    "agreement.group.parties": {"da": "Samarbejdsaftalens parter", "en": "The parties"},
    "agreement.group.target": {"da": "Målgruppekriterier", "en": "Target-group criteria"},
    "agreement.group.startup": {
        "da": "Den gode opstart – det første halve år",
        "en": "A good start – the first six months",
    },
    "agreement.group.figures": {"da": "Måltal", "en": "Target figures"},
    "agreement.group.referral": {
        "da": "Identifikation og henvisning af borgere",
        "en": "Identifying and referring citizens",
    },
    "agreement.group.presence": {
        "da": "IPS-konsulenternes tilstedeværelse i psykiatrien",
        "en": "The consultants' presence in psychiatry",
    },
    "agreement.group.leadership": {
        "da": "Formelt ledelsesmæssigt samarbejde",
        "en": "Formal cooperation between leaders",
    },
    "agreement.group.duration": {"da": "Varighed og evaluering", "en": "Duration and evaluation"},
    "agreement.group.signatories": {"da": "Underskrift og dato", "en": "Signatures and dates"},
    "agreement.start_date": {"da": "Gælder &fra", "en": "In force &from"},
    "agreement.bad_count": {
        "da": "Skriv et helt tal fra 0, eller lad feltet stå tomt",
        "en": "Write a whole number from 0, or leave the field empty",
    },
    "agreement.leadership_hint": {
        "da": "fx ledere fra kommune og psykiatri mødes mindst to gange om året",
        "en": "e.g. leaders from municipality and psychiatry meet at least twice a year",
    },
    "agreement.sign.name": {"da": "Navn", "en": "Name"},
    "agreement.sign.role": {"da": "Stilling", "en": "Role"},
    "agreement.sign.party": {"da": "Part", "en": "Party"},
    "agreement.sign.date": {"da": "Dato", "en": "Date"},
    "agreement.sign.add": {"da": "Tilføj &underskriver", "en": "Add &signatory"},
    "agreement.sign.remove": {"da": "Fjern underskriver", "en": "Remove signatory"},
    "agreement.sign.none_party": {"da": "(ingen)", "en": "(none)"},
    "agreement.sign.bad_date": {
        "da": "Skriv datoen som åååå-mm-dd, fx 2026-03-01",
        "en": "Write the date as yyyy-mm-dd, e.g. 2026-03-01",
    },
    "agreement.sign.hint": {
        "da": "Underskrivere uden navn gemmes ikke.",
        "en": "Signatories without a name are not saved.",
    },
    "agreement.close": {"da": "&Luk", "en": "&Close"},
    # P3.1: the agreement beside the element it is evidence for
    "indicator.agreement_none": {
        "da": "Ingen samarbejdsaftale registreret for teamet på vurderingsdatoen.",
        "en": "No cooperation agreement recorded for the team on the review date.",
    },
    "indicator.agreement_since": {
        "da": "Samarbejdsaftale registreret, gældende fra {date}.",
        "en": "Cooperation agreement recorded, in force from {date}.",
    },
    "indicator.open_agreement": {"da": "Åbn &samarbejdsaftalen …", "en": "Open the &agreement …"},
    "indicator.record_agreement": {
        "da": "Registrér &samarbejdsaftale …",
        "en": "Record an &agreement …",
    },
    "review.plan_items": {"da": "Handlinger om {element}", "en": "Actions on {element}"},
    "review.plan_item": {
        "da": "{mark} {text} — {party}, {owner}, frist {deadline}, {status}",
        "en": "{mark} {text} — {party}, {owner}, deadline {deadline}, {status}",
    },
    "review.carried_from": {"da": "fra {period}", "en": "from {period}"},
    "review.action_plan": {"da": "Handleplan →", "en": "Action plan →"},
    # action plan
    "plan.title": {"da": "Handleplan", "en": "Action plan"},
    "report.file_name": {"da": "Vurdering {team} {period}", "en": "Assessment {team} {period}"},
    "plan.heading": {
        "da": "Handleplan · {team} · {period} · {date}",
        "en": "Action plan · {team} · {period} · {date}",
    },
    "plan.back": {"da": "← Resultat", "en": "← Results"},
    "plan.col.text": {"da": "Aftale og handling", "en": "Agreement and action"},
    "plan.col.elements": {"da": "Element", "en": "Element"},
    "plan.col.party": {"da": "Ansvarlig part", "en": "Responsible party"},
    "plan.col.owner": {"da": "Tovholder", "en": "Owner"},
    "plan.col.deadline": {"da": "Frist", "en": "Deadline"},
    "plan.col.status": {"da": "Status", "en": "Status"},
    "plan.col.follow_up": {"da": "Opfølgning", "en": "Follow-up note"},
    "plan.col.period": {"da": "Vurdering", "en": "Review"},
    "plan.add": {"da": "&Tilføj handling", "en": "&Add action"},
    "plan.delete": {"da": "S&let", "en": "&Delete"},
    "plan.merge": {"da": "Læg sa&mmen", "en": "&Merge"},
    "plan.up": {"da": "Flyt &op", "en": "Move &up"},
    "plan.down": {"da": "Flyt &ned", "en": "Move d&own"},
    "plan.suggest": {"da": "For&eslå handlinger", "en": "&Suggest actions"},
    "plan.new_text": {"da": "Ny handling", "en": "New action"},
    "plan.empty": {
        "da": "Handleplanen er tom. Når vurderingen er færdig, foreslås en handling for hvert element, der ikke er opfyldt.",
        "en": "The action plan is empty. When the review is finished, an action is suggested for every element not met.",
    },
    "plan.hint": {
        "da": "Skriv i en celle for at rette den; Enter gemmer. Ctrl+N ny handling, Delete sletter, Ctrl+M lægger markerede sammen, Alt+↑/↓ flytter.",
        "en": "Type to edit a cell; Enter saves. Ctrl+N new action, Delete deletes, Ctrl+M merges the selected, Alt+↑/↓ moves.",
    },
    "plan.confirm_delete": {
        "da": "Slet {count} handlinger fra handleplanen? Det kan ikke fortrydes.",
        "en": "Delete {count} actions from the action plan? This cannot be undone.",
    },
    "plan.confirm_delete_one": {
        "da": "Slet handlingen fra handleplanen? Det kan ikke fortrydes.",
        "en": "Delete the action from the action plan? This cannot be undone.",
    },
    "plan.confirm_delete_carried": {
        "da": "Mindst én af dem er videreført fra en tidligere handleplan; sletter du den, står den åben der igen. Sæt hellere status til Afsluttet.",
        "en": "At least one of them is carried over from an earlier plan; deleting it leaves it open there again. Better set its status to Finished.",
    },
    "plan.confirm_merge": {
        "da": "Læg {count} handlinger sammen til én? Teksterne sættes efter hinanden, og den tidligste frist gælder. Det kan ikke fortrydes.",
        "en": "Merge {count} actions into one? The texts are joined and the earliest deadline applies. This cannot be undone.",
    },
    "plan.bad_date": {
        "da": "Skriv fristen som åååå-mm-dd, fx 2026-12-15",
        "en": "Write the deadline as yyyy-mm-dd, e.g. 2026-12-15",
    },
    "plan.bad_element": {
        "da": "»{element}« er hverken et element i instrumentet eller Caseload",
        "en": "'{element}' is neither an element of the instrument nor Caseload",
    },
    "plan.empty_text": {"da": "Handlingen skal have en tekst", "en": "The action needs a text"},
    "plan.carried": {"da": "Videreført fra {period}", "en": "Carried over from {period}"},
    "plan.carried_legend": {
        "da": "↻ = videreført fra forrige handleplan",
        "en": "↻ = carried over from the previous action plan",
    },
    "plan.now_met": {"da": "✔ nu opfyldt", "en": "✔ now met"},
    "plan.now_met_tip": {
        "da": "Elementet er opfyldt i denne vurdering. Er handlingen gennemført, så sæt status til Afsluttet.",
        "en": "The element is met in this review. If the action is done, set its status to Finished.",
    },
    "plan.overdue": {"da": "⚠ overskredet", "en": "⚠ overdue"},
    "plan.overdue_count": {"da": "⚠ {count} overskredne", "en": "⚠ {count} overdue"},
    "plan.open_count": {"da": "{count} åbne", "en": "{count} open"},
    "plan.overdue_one": {"da": "⚠ 1 overskredet", "en": "⚠ 1 overdue"},
    "plan.nothing_to_suggest": {
        "da": "Ingen nye forslag: hvert element under fuld score (og en caseload over grænsen) har allerede en handling",
        "en": "Nothing new to suggest: every element below full marks (and a caseload over the limit) already has an action",
    },
    "plan.suggested": {
        "da": "{count} handlinger foreslået ud fra vurderingen",
        "en": "{count} actions suggested from the review",
    },
    "plan.carried_over": {
        "da": "{count} åbne handlinger videreført fra forrige vurdering",
        "en": "{count} open actions carried over from the previous review",
    },
    "undo.plan_edit": {"da": "handling: {field}", "en": "action: {field}"},
    "undo.plan_add": {"da": "ny handling", "en": "new action"},
    "undo.plan_move": {"da": "flyt handling", "en": "move action"},
    "col.follow_up": {"da": "Opfølgning", "en": "Follow-up"},
    # follow-up list across the team's reviews
    "followup.title": {"da": "Opfølgning · {team}", "en": "Follow-up · {team}"},
    "followup.intro": {
        "da": "Alle åbne handlinger fra teamets handleplaner. Ret status og opfølgning direkte i tabellen.",
        "en": "Every open action from the team's action plans. Change status and follow-up note in the table.",
    },
    "followup.show_done": {"da": "&Vis også afsluttede", "en": "&Show finished too"},
    "followup.none": {"da": "Ingen åbne handlinger.", "en": "No open actions."},
    # outcome figures
    "outcome.title": {"da": "Resultattal (valgfrit)", "en": "Outcome figures (optional)"},
    "outcome.participants": {"da": "&Deltagere i IPS", "en": "&Participants in IPS"},
    "outcome.in_job": {
        "da": "Heraf i ordinært &job eller uddannelse",
        "en": "Of whom in ordinary &job or education",
    },
    "outcome.only_counts": {
        "da": "Kun antal – skriv aldrig navne eller CPR-numre.",
        "en": "Counts only – never names or CPR numbers.",
    },
    "outcome.bad_number": {"da": "Skriv et helt tal fra 0", "en": "Write a whole number from 0"},
    "outcome.too_many": {
        "da": "Der kan ikke være flere i job eller uddannelse end deltagere ({participants})",
        "en": "There cannot be more in job or education than participants ({participants})",
    },
    "outcome.need_both": {"da": "Udfyld begge tal", "en": "Fill in both figures"},
    "outcome.none": {
        "da": "Ingen resultattal for denne vurdering.",
        "en": "No outcome figures for this review.",
    },
    "outcome.trend": {"da": "Udvikling", "en": "Trend"},
    "outcome.no_trend": {
        "da": "Teamet har ingen resultattal endnu.",
        "en": "The team has no outcome figures yet.",
    },
    "outcome.col.share": {"da": "Andel", "en": "Share"},
    "outcome.col.counts": {"da": "I job/uddannelse", "en": "In job/education"},
    # help
    "shortcuts.title": {"da": "Tastaturgenveje", "en": "Keyboard shortcuts"},
    "shortcuts.text": {
        "da": "<table cellpadding=3>"
        "<tr><td><b>1 / 2 / 3</b></td><td>Opfyldt / Delvist opfyldt / Ikke opfyldt, og videre til næste element</td></tr>"
        "<tr><td><b>→ ↓ PageDown</b></td><td>Næste element</td></tr>"
        "<tr><td><b>← ↑ PageUp</b></td><td>Forrige element</td></tr>"
        "<tr><td><b>Alt+N</b></td><td>Skriv en note; Tab eller Esc forlader noten</td></tr>"
        "<tr><td><b>Alt+understreget bogstav</b></td><td>Sæt eller fjern en kilde (fx Alt+I for Interview)</td></tr>"
        "<tr><td><b>Ctrl+N</b></td><td>Tilføj en konsulent (på caseload-siden)</td></tr>"
        "<tr><td><b>Tab / Enter</b></td><td>Næste felt / gem feltet i caseload-tabellen</td></tr>"
        "<tr><td><b>Ctrl+PageDown / Ctrl+PageUp</b></td><td>Næste / forrige side, også fra caseload-tabellen</td></tr>"
        "<tr><td><b>Ctrl+1</b></td><td>Oversigt over teams og vurderinger</td></tr>"
        "<tr><td><b>Ctrl+2</b></td><td>Gennemgangen</td></tr>"
        "<tr><td><b>Ctrl+3</b></td><td>Resultat</td></tr>"
        "<tr><td><b>Ctrl+4</b></td><td>Det valgte teams udvikling: kurver, radar og ændringer</td></tr>"
        "<tr><td><b>Ctrl+5</b></td><td>Alle teams: sortér med et klik på kolonnen; Enter åbner teamet</td></tr>"
        "<tr><td><b>Ctrl+6</b></td><td>Handleplan for vurderingen</td></tr>"
        "<tr><td><b>Ctrl+E</b></td><td>Eksportér rapporten som PDF</td></tr>"
        "<tr><td><b>Ctrl+P</b></td><td>Udskriv rapporten</td></tr>"
        "<tr><td><b>Ctrl+Skift+B</b></td><td>Lav en sikkerhedskopi af databasen</td></tr>"
        "<tr><td><b>Ctrl+Skift+A</b></td><td>Teamets samarbejdsaftale</td></tr>"
        "<tr><td><b>Ctrl+Skift+O</b></td><td>Opfølgning på teamets åbne handlinger</td></tr>"
        "<tr><td><b>Ctrl+N / Delete</b></td><td>Ny handling / slet handling (i handleplanen)</td></tr>"
        "<tr><td><b>Ctrl+M</b></td><td>Læg markerede handlinger sammen</td></tr>"
        "<tr><td><b>Alt+↑ / Alt+↓</b></td><td>Flyt handling op / ned</td></tr>"
        "<tr><td><b>F1</b></td><td>Denne oversigt</td></tr>"
        "<tr><td><b>Ctrl+Z / Ctrl+Skift+Z</b></td><td>Fortryd / Gentag</td></tr>"
        "</table><p>Alt gemmes, så snart det er indtastet.</p>",
        "en": "<table cellpadding=3>"
        "<tr><td><b>1 / 2 / 3</b></td><td>Met / Partly met / Not met, and on to the next element</td></tr>"
        "<tr><td><b>→ ↓ PageDown</b></td><td>Next element</td></tr>"
        "<tr><td><b>← ↑ PageUp</b></td><td>Previous element</td></tr>"
        "<tr><td><b>Alt+N</b></td><td>Write a note; Tab or Esc leaves the note</td></tr>"
        "<tr><td><b>Alt+underlined letter</b></td><td>Tick or untick a source (e.g. Alt+I for Interview)</td></tr>"
        "<tr><td><b>Ctrl+N</b></td><td>Add a consultant (on the caseload page)</td></tr>"
        "<tr><td><b>Tab / Enter</b></td><td>Next field / save the field in the caseload table</td></tr>"
        "<tr><td><b>Ctrl+PageDown / Ctrl+PageUp</b></td><td>Next / previous page, also from the caseload table</td></tr>"
        "<tr><td><b>Ctrl+1</b></td><td>Overview of teams and assessments</td></tr>"
        "<tr><td><b>Ctrl+2</b></td><td>The walk-through</td></tr>"
        "<tr><td><b>Ctrl+3</b></td><td>Results</td></tr>"
        "<tr><td><b>Ctrl+4</b></td><td>The selected team's development: lines, radar and changes</td></tr>"
        "<tr><td><b>Ctrl+5</b></td><td>All teams: click a column to sort; Enter opens the team</td></tr>"
        "<tr><td><b>Ctrl+6</b></td><td>The review's action plan</td></tr>"
        "<tr><td><b>Ctrl+E</b></td><td>Export the report as PDF</td></tr>"
        "<tr><td><b>Ctrl+P</b></td><td>Print the report</td></tr>"
        "<tr><td><b>Ctrl+Shift+B</b></td><td>Back up the database</td></tr>"
        "<tr><td><b>Ctrl+Shift+A</b></td><td>The team's cooperation agreement</td></tr>"
        "<tr><td><b>Ctrl+Shift+O</b></td><td>Follow-up of the team's open actions</td></tr>"
        "<tr><td><b>Ctrl+N / Delete</b></td><td>New action / delete action (in the action plan)</td></tr>"
        "<tr><td><b>Ctrl+M</b></td><td>Merge the selected actions</td></tr>"
        "<tr><td><b>Alt+↑ / Alt+↓</b></td><td>Move action up / down</td></tr>"
        "<tr><td><b>F1</b></td><td>This list</td></tr>"
        "<tr><td><b>Ctrl+Z / Ctrl+Shift+Z</b></td><td>Undo / Redo</td></tr>"
        "</table><p>Everything is saved as soon as it is entered.</p>",
    },
    "about.text": {
        "da": "IPS-fidelitet {version}<br>Vurdering af IPS-teams efter den danske minimumsdefinition.",
        "en": "IPS fidelity {version}<br>Fidelity reviews of IPS teams against the Danish minimum definition.",
    },
    "lang.restart": {"da": "Sproget er skiftet.", "en": "The language has been changed."},
    # data safety: backups, restore, a damaged database
    "action.backup": {"da": "Si&kkerhedskopi …", "en": "&Backup …"},
    "action.restore": {"da": "&Gendan …", "en": "&Restore …"},
    "backup.title": {"da": "Sikkerhedskopi", "en": "Backup"},
    "backup.ask": {
        "da": "Lav en sikkerhedskopi af databasen nu?\n\nSikkerhedskopimappen:\n{folder}\n\nVælg »Gem som …« for at lægge kopien et andet sted, fx på en USB-nøgle.",
        "en": "Make a backup of the database now?\n\nThe backups folder:\n{folder}\n\nChoose “Save as …” to put the copy somewhere else, e.g. on a USB stick.",
    },
    "backup.to_folder": {"da": "Gem i sikkerhedskopimappen", "en": "Save in the backups folder"},
    "backup.save_as": {"da": "Gem som …", "en": "Save as …"},
    "backup.save_title": {"da": "Gem sikkerhedskopi", "en": "Save backup"},
    "backup.filter": {"da": "Databasefiler (*.sqlite3)", "en": "Database files (*.sqlite3)"},
    "backup.working": {"da": "Laver sikkerhedskopi …", "en": "Making a backup …"},
    "backup.done": {
        "da": "Sikkerhedskopien er gemt:\n{path}",
        "en": "The backup is saved:\n{path}",
    },
    "backup.startup_done": {
        "da": "Sikkerhedskopi lavet ved start ({name}); Filer → Gendan … viser alle kopier",
        "en": "Backup made at start ({name}); File → Restore … lists every copy",
    },
    "backup.sqlite_only": {
        "da": "Sikkerhedskopier laves kun af en SQLite-database. En PostgreSQL-server tager sine egne.",
        "en": "Backups are made of an SQLite database only. A PostgreSQL server keeps its own.",
    },
    "restore.title": {"da": "Gendan fra sikkerhedskopi", "en": "Restore from a backup"},
    "restore.intro": {
        "da": "Vælg den sikkerhedskopi, databasen skal gendannes fra:",
        "en": "Choose the backup to restore the database from:",
    },
    "restore.col_date": {"da": "Tidspunkt", "en": "Time"},
    "restore.col_size": {"da": "Størrelse", "en": "Size"},
    "restore.col_kind": {"da": "Slags", "en": "Kind"},
    "restore.kind_backup": {"da": "Sikkerhedskopi", "en": "Backup"},
    "restore.kind_before": {"da": "Før en gendannelse", "en": "Before a restore"},
    "restore.none": {
        "da": "Der er endnu ingen sikkerhedskopier i mappen. Vælg en fil i stedet.",
        "en": "There are no backups in the folder yet. Choose a file instead.",
    },
    "restore.pick_file": {"da": "Vælg &fil …", "en": "Choose &file …"},
    "restore.button": {"da": "&Gendan …", "en": "&Restore …"},
    "restore.open_title": {"da": "Vælg sikkerhedskopi", "en": "Choose a backup"},
    "restore.checking": {"da": "Kontrollerer sikkerhedskopien …", "en": "Checking the backup …"},
    "restore.confirm": {
        "da": "Gendan databasen fra denne sikkerhedskopi?\n\n{file}\n\nDet, der er indtastet siden kopien blev lavet, erstattes. Først gemmes en kopi af den nuværende database i sikkerhedskopimappen, så intet går tabt.",
        "en": "Restore the database from this backup?\n\n{file}\n\nWhat was entered since the copy was made is replaced. A copy of the current database is first kept in the backups folder, so nothing is lost.",
    },
    "restore.working": {"da": "Gendanner …", "en": "Restoring …"},
    "restore.done": {
        "da": "Databasen er gendannet fra {file}.",
        "en": "The database has been restored from {file}.",
    },
    "restore.kept": {
        "da": "Den tidligere database er gemt som {path}.",
        "en": "The previous database is kept as {path}.",
    },
    "restore.failed": {"da": "Gendannelsen mislykkedes: {why}", "en": "The restore failed: {why}"},
    "damaged.title": {"da": "Databasen er beskadiget", "en": "The database is damaged"},
    "missing.title": {"da": "Databasen mangler", "en": "The database is missing"},
    "missing.text": {
        "da": "Databasefilen kan ikke findes eller er tom:\n{path}\n\nÅrsag: {reason}\n\nDer findes sikkerhedskopier af den. Gendan den nyeste, eller start en ny, tom database.",
        "en": "The database file cannot be found or is empty:\n{path}\n\nReason: {reason}\n\nThere are backups of it. Restore the newest, or start a new, empty database.",
    },
    "damaged.foreign_title": {
        "da": "Filen er ikke en database",
        "en": "The file is not a database",
    },
    "damaged.text": {
        "da": "Databasefilen kan ikke bruges:\n{path}\n\nÅrsag: {reason}\n\nFilen bliver ikke ændret eller overskrevet. Den lægges til side uændret, hvis du gendanner eller starter en ny.",
        "en": "The database file cannot be used:\n{path}\n\nReason: {reason}\n\nThe file is not changed or overwritten. It is set aside unchanged if you restore or start a new one.",
    },
    "damaged.newest": {
        "da": "Nyeste sikkerhedskopi: {date} ({size}).",
        "en": "Newest backup: {date} ({size}).",
    },
    "damaged.no_backup": {
        "da": "Der er ingen sikkerhedskopi af denne database.",
        "en": "There is no backup of this database.",
    },
    "damaged.restore": {"da": "Gendan nyeste sikkerhedskopi", "en": "Restore the newest backup"},
    "damaged.new": {"da": "Start en ny, tom database", "en": "Start a new, empty database"},
    "damaged.quit": {"da": "Afslut", "en": "Quit"},
    "damaged.loading": {
        "da": "Databasen er beskadiget. Vælg, hvad der skal ske.",
        "en": "The database is damaged. Choose what should happen.",
    },
    "damaged.set_aside": {
        "da": "Den beskadigede fil ligger uændret som {path}.",
        "en": "The damaged file is kept unchanged as {path}.",
    },
    # personal data
    "privacy.note_warning": {
        "da": "Noten ser ud til at indeholde et CPR-nummer ({found}). Skriv ikke personoplysninger om borgere her.",
        "en": "The note seems to hold a CPR number ({found}). Do not write personal data about citizens here.",
    },
    "privacy.note_warning_many": {
        "da": "Noten ser ud til at indeholde CPR-numre ({found}). Skriv ikke personoplysninger om borgere her.",
        "en": "The note seems to hold CPR numbers ({found}). Do not write personal data about citizens here.",
    },
    "privacy.report_title": {"da": "Mulige CPR-numre", "en": "Possible CPR numbers"},
    "privacy.report_text": {
        "da": "Disse tekster ser ud til at indeholde CPR-numre: {places}. En rapport må ikke vise borgeres personoplysninger.\n\nSkjul numrene i rapporten (XXXXXX-XXXX), medtag dem alligevel, eller annuller og ret teksterne.",
        "en": "These texts seem to hold CPR numbers: {places}. A report must not show citizens' personal data.\n\nHide the numbers in the report (XXXXXX-XXXX), include them anyway, or cancel and correct the texts.",
    },
    "privacy.mask": {"da": "Skjul numrene", "en": "Hide the numbers"},
    "privacy.keep": {"da": "Medtag alligevel", "en": "Include anyway"},
    "privacy.text_warning": {
        "da": "Teksten ser ud til at indeholde et CPR-nummer ({found}). Skriv ikke personoplysninger om borgere her.",
        "en": "The text seems to hold a CPR number ({found}). Do not write personal data about citizens here.",
    },
    "privacy.text_warning_many": {
        "da": "Teksten ser ud til at indeholde CPR-numre ({found}). Skriv ikke personoplysninger om borgere her.",
        "en": "The text seems to hold CPR numbers ({found}). Do not write personal data about citizens here.",
    },
    # crash
    "crash.title": {"da": "Uventet fejl", "en": "Unexpected error"},
    "crash.text": {
        "da": "Der skete en uventet fejl ({what}). Det, du har indtastet, er gemt.\n\nFejlen er skrevet i logfilen:\n{log}\n\nSend gerne logfilen til den, der supporterer programmet.",
        "en": "An unexpected error happened ({what}). What you have entered is saved.\n\nThe error is written to the log file:\n{log}\n\nPlease send the log file to whoever supports the program.",
    },
    "crash.text_no_log": {
        "da": "Der skete en uventet fejl ({what}). Det, du har indtastet, er gemt.\n\nLogmappen {folder} kan ikke skrives, så fejlen er ikke gemt i en logfil.",
        "en": "An unexpected error happened ({what}). What you have entered is saved.\n\nThe log folder {folder} cannot be written, so the error is not saved in a log file.",
    },
}


def t(key: str, /, **values: object) -> str:
    """The UI string `key` in the current language, with `values` filled in."""
    entry = STRINGS[key]
    text = entry.get(language()) or entry["da"]
    return text.format(**values) if values else text
