"""The home screen: teams, assessments, the overview, menus and the app's frame."""

WORDS: dict[str, dict[str, str]] = {
    "about.text": {
        "da": "IPS-fidelitet {version}<br>Vurdering af IPS-teams efter den danske minimumsdefinition.",
        "en": "IPS fidelity {version}<br>Fidelity reviews of IPS teams against the Danish minimum definition.",
    },
    "app.db_failed": {
        "da": "Databasen kunne ikke åbnes: {why}",
        "en": "The database could not be opened: {why}",
    },
    "app.loading": {"da": "Åbner databasen …", "en": "Opening the database …"},
    "app.retry": {"da": "&Prøv igen", "en": "&Try again"},
    "app.title": {"da": "IPS-fidelitet", "en": "IPS fidelity"},
    "assessments.confirm_delete": {
        "da": "Slet vurderingen fra {date} ({period})? Det kan ikke fortrydes.",
        "en": "Delete the assessment of {date} ({period})? This cannot be undone.",
    },
    "assessments.delete": {"da": "Sl&et", "en": "&Remove"},
    "assessments.new": {"da": "&Ny vurdering", "en": "&New assessment"},
    "assessments.none": {
        "da": "Teamet har ingen vurderinger endnu.",
        "en": "The team has no assessments yet.",
    },
    "assessments.open": {"da": "Å&bn", "en": "&Open"},
    "assessments.title": {"da": "Vurderinger af {team}", "en": "Assessments of {team}"},
    "assessments.trend": {"da": "&Udvikling", "en": "Develo&pment"},
    "crash.text": {
        "da": "Der skete en uventet fejl ({what}). Det, du har indtastet, er gemt.\n\nFejlen er skrevet i logfilen:\n{log}\n\nSend gerne logfilen til den, der supporterer programmet.",
        "en": "An unexpected error happened ({what}). What you have entered is saved.\n\nThe error is written to the log file:\n{log}\n\nPlease send the log file to whoever supports the program.",
    },
    "crash.text_no_log": {
        "da": "Der skete en uventet fejl ({what}). Det, du har indtastet, er gemt.\n\nLogmappen {folder} kan ikke skrives, så fejlen er ikke gemt i en logfil.",
        "en": "An unexpected error happened ({what}). What you have entered is saved.\n\nThe log folder {folder} cannot be written, so the error is not saved in a log file.",
    },
    "crash.title": {"da": "Uventet fejl", "en": "Unexpected error"},
    "lang.da": {"da": "Dansk", "en": "Dansk (Danish)"},
    "lang.en": {"da": "English (engelsk)", "en": "English"},
    "menu.edit": {"da": "&Rediger", "en": "&Edit"},
    "menu.file": {"da": "&Filer", "en": "&File"},
    "menu.help": {"da": "&Hjælp", "en": "&Help"},
    "menu.language": {"da": "&Sprog", "en": "&Language"},
    "menu.view": {"da": "&Vis", "en": "&View"},
    "new.bad_period": {
        "da": "Skriv perioden som år og kvartal, fx 2026-Q4",
        "en": "Write the period as year and quarter, e.g. 2026-Q4",
    },
    "new.create_second": {
        "da": "Opret alligevel en ny vurdering (fx en genvurdering)",
        "en": "Create a new assessment anyway (e.g. a re-review)",
    },
    "new.date": {"da": "&Dato", "en": "&Date"},
    "new.date_far": {
        "da": "Datoen ligger mere end et år ude i fremtiden",
        "en": "The date is more than a year in the future",
    },
    "new.duplicate": {
        "da": "Teamet har allerede en vurdering for {period} (dato {date}). En ny vurdering bliver den gældende for perioden.",
        "en": "The team already has an assessment for {period} (dated {date}). A new one becomes the one that counts for the period.",
    },
    "new.instrument": {"da": "&Instrument", "en": "&Instrument"},
    "new.no_reviewers": {
        "da": "Skriv mindst ét navn under »Bedømmere«",
        "en": "Enter at least one name under 'Reviewers'",
    },
    "new.open_existing": {"da": "Å&bn den eksisterende", "en": "&Open the existing one"},
    "new.period": {"da": "&Periode", "en": "&Period"},
    "new.reviewers": {"da": "&Bedømmere", "en": "&Reviewers"},
    "new.reviewers_placeholder": {
        "da": "navne adskilt af komma",
        "en": "names separated by commas",
    },
    "new.start": {"da": "&Start vurderingen", "en": "&Start the assessment"},
    "new.title": {"da": "Ny vurdering af {team}", "en": "New assessment of {team}"},
    "overview.col.last_rated": {"da": "Sidst vurderet", "en": "Last review"},
    "overview.col.stale": {"da": "Over 6 måneder siden", "en": "Over 6 months ago"},
    "overview.count": {
        "da": "Viser {shown} af {total} teams",
        "en": "Showing {shown} of {total} teams",
    },
    "overview.csv": {"da": "Gem som &CSV …", "en": "Save as &CSV …"},
    "overview.csv_filter": {"da": "CSV til Excel (*.csv)", "en": "CSV for Excel (*.csv)"},
    "overview.default_name": {"da": "ips-oversigt", "en": "ips-overview"},
    "overview.follow_up_tip": {
        "da": "Teamets handlinger, der ikke er afsluttet; ⚠ markerer dem, hvis frist er overskredet",
        "en": "The team's actions not finished; ⚠ marks those past their deadline",
    },
    "overview.help.csv": {
        "da": "gem oversigten som CSV til dansk Excel (semikolon, decimalkomma)",
        "en": "save the overview as CSV for Danish Excel (semicolons, decimal comma)",
    },
    "overview.help.period": {
        "da": "vis vurderingen i dette kvartal i stedet for den seneste",
        "en": "show the assessment in this quarter instead of the latest",
    },
    "overview.help.xlsx": {
        "da": "gem oversigten som Excel-fil (XLSX)",
        "en": "save the overview as an Excel file (XLSX)",
    },
    "overview.legend": {
        "da": "Farverne følger scoren: <span style='background:{full}'>&nbsp;100&nbsp;</span> <span style='background:{high}'>&nbsp;75–99,9&nbsp;</span> <span style='background:{mid}'>&nbsp;50–74,9&nbsp;</span> <span style='background:{low}'>&nbsp;under 50&nbsp;</span> · {mark} = seneste vurdering er over 6 måneder gammel · Dobbeltklik eller Enter åbner teamet",
        "en": "Colours follow the score: <span style='background:{full}'>&nbsp;100&nbsp;</span> <span style='background:{high}'>&nbsp;75–99.9&nbsp;</span> <span style='background:{mid}'>&nbsp;50–74.9&nbsp;</span> <span style='background:{low}'>&nbsp;below 50&nbsp;</span> · {mark} = the last review is more than 6 months old · Double-click or Enter opens the team",
    },
    "overview.municipality": {"da": "&Kommune:", "en": "&Municipality:"},
    "overview.no_review": {"da": "ingen", "en": "none"},
    "overview.open": {"da": "Åbn &teamet", "en": "Open the &team"},
    "overview.period": {"da": "P&eriode:", "en": "Pe&riod:"},
    "overview.psychiatry": {"da": "&Psykiatri:", "en": "&Psychiatry:"},
    "overview.save_failed": {
        "da": "Oversigten kunne ikke gemmes i {path}: {why}. Vælg en anden mappe eller luk filen, hvis den er åben i Excel.",
        "en": "The overview could not be saved in {path}: {why}. Choose another folder, or close the file if it is open in Excel.",
    },
    "overview.save_title": {"da": "Gem oversigten", "en": "Save the overview"},
    "overview.saved": {
        "da": "Oversigten er gemt i {path}",
        "en": "The overview is saved in {path}",
    },
    "overview.sheet": {"da": "Oversigt", "en": "Overview"},
    "overview.stale_note": {
        "da": "! = seneste vurdering er mere end 6 måneder gammel (eller mangler)",
        "en": "! = the last review is more than 6 months old (or missing)",
    },
    "overview.stale_tip": {
        "da": "Seneste vurdering er mere end 6 måneder gammel (eller mangler)",
        "en": "The last review is more than 6 months old (or missing)",
    },
    "overview.title": {"da": "Alle teams", "en": "All teams"},
    "overview.xlsx": {"da": "Gem som E&xcel …", "en": "Save as E&xcel …"},
    "overview.xlsx_filter": {"da": "Excel-projektmappe (*.xlsx)", "en": "Excel workbook (*.xlsx)"},
    "shortcuts.text": {
        "da": "<table cellpadding=3><tr><td><b>1 / 2 / 3</b></td><td>Opfyldt / Delvist opfyldt / Ikke opfyldt, og videre til næste element</td></tr><tr><td><b>→ ↓ PageDown</b></td><td>Næste element</td></tr><tr><td><b>← ↑ PageUp</b></td><td>Forrige element</td></tr><tr><td><b>Alt+N</b></td><td>Skriv en note; Tab eller Esc forlader noten</td></tr><tr><td><b>Alt+understreget bogstav</b></td><td>Sæt eller fjern en kilde (fx Alt+I for Interview)</td></tr><tr><td><b>Ctrl+N</b></td><td>Tilføj en konsulent (på caseload-siden)</td></tr><tr><td><b>Tab / Enter</b></td><td>Næste felt / gem feltet i caseload-tabellen</td></tr><tr><td><b>Ctrl+PageDown / Ctrl+PageUp</b></td><td>Næste / forrige side, også fra caseload-tabellen</td></tr><tr><td><b>Ctrl+1</b></td><td>Oversigt over teams og vurderinger</td></tr><tr><td><b>Ctrl+2</b></td><td>Gennemgangen</td></tr><tr><td><b>Ctrl+3</b></td><td>Resultat</td></tr><tr><td><b>Ctrl+4</b></td><td>Det valgte teams udvikling: kurver, radar og ændringer</td></tr><tr><td><b>Ctrl+5</b></td><td>Alle teams: sortér med et klik på kolonnen; Enter åbner teamet</td></tr><tr><td><b>Ctrl+6</b></td><td>Handleplan for vurderingen</td></tr><tr><td><b>Ctrl+E</b></td><td>Eksportér rapporten som PDF</td></tr><tr><td><b>Ctrl+P</b></td><td>Udskriv rapporten</td></tr><tr><td><b>Ctrl+Skift+B</b></td><td>Lav en sikkerhedskopi af databasen</td></tr><tr><td><b>Ctrl+Skift+A</b></td><td>Teamets samarbejdsaftale</td></tr><tr><td><b>Ctrl+Skift+O</b></td><td>Opfølgning på teamets åbne handlinger</td></tr><tr><td><b>Ctrl+N / Delete</b></td><td>Ny handling / slet handling (i handleplanen)</td></tr><tr><td><b>Ctrl+M</b></td><td>Læg markerede handlinger sammen</td></tr><tr><td><b>Alt+↑ / Alt+↓</b></td><td>Flyt handling op / ned</td></tr><tr><td><b>F1</b></td><td>Vejledningen</td></tr><tr><td><b>Ctrl+Z / Ctrl+Skift+Z</b></td><td>Fortryd / Gentag</td></tr></table><p>Alt gemmes, så snart det er indtastet.</p>",
        "en": "<table cellpadding=3><tr><td><b>1 / 2 / 3</b></td><td>Met / Partly met / Not met, and on to the next element</td></tr><tr><td><b>→ ↓ PageDown</b></td><td>Next element</td></tr><tr><td><b>← ↑ PageUp</b></td><td>Previous element</td></tr><tr><td><b>Alt+N</b></td><td>Write a note; Tab or Esc leaves the note</td></tr><tr><td><b>Alt+underlined letter</b></td><td>Tick or untick a source (e.g. Alt+I for Interview)</td></tr><tr><td><b>Ctrl+N</b></td><td>Add a consultant (on the caseload page)</td></tr><tr><td><b>Tab / Enter</b></td><td>Next field / save the field in the caseload table</td></tr><tr><td><b>Ctrl+PageDown / Ctrl+PageUp</b></td><td>Next / previous page, also from the caseload table</td></tr><tr><td><b>Ctrl+1</b></td><td>Overview of teams and assessments</td></tr><tr><td><b>Ctrl+2</b></td><td>The walk-through</td></tr><tr><td><b>Ctrl+3</b></td><td>Results</td></tr><tr><td><b>Ctrl+4</b></td><td>The selected team's development: lines, radar and changes</td></tr><tr><td><b>Ctrl+5</b></td><td>All teams: click a column to sort; Enter opens the team</td></tr><tr><td><b>Ctrl+6</b></td><td>The review's action plan</td></tr><tr><td><b>Ctrl+E</b></td><td>Export the report as PDF</td></tr><tr><td><b>Ctrl+P</b></td><td>Print the report</td></tr><tr><td><b>Ctrl+Shift+B</b></td><td>Back up the database</td></tr><tr><td><b>Ctrl+Shift+A</b></td><td>The team's cooperation agreement</td></tr><tr><td><b>Ctrl+Shift+O</b></td><td>Follow-up of the team's open actions</td></tr><tr><td><b>Ctrl+N / Delete</b></td><td>New action / delete action (in the action plan)</td></tr><tr><td><b>Ctrl+M</b></td><td>Merge the selected actions</td></tr><tr><td><b>Alt+↑ / Alt+↓</b></td><td>Move action up / down</td></tr><tr><td><b>F1</b></td><td>The user guide</td></tr><tr><td><b>Ctrl+Z / Ctrl+Shift+Z</b></td><td>Undo / Redo</td></tr></table><p>Everything is saved as soon as it is entered.</p>",
    },
    "shortcuts.title": {"da": "Tastaturgenveje", "en": "Keyboard shortcuts"},
    "teams.agreement": {"da": "Sam&arbejdsaftale …", "en": "&Agreement …"},
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
    "teams.edit": {"da": "Re&diger", "en": "Ed&it"},
    "teams.follow_up": {"da": "&Opfølgning …", "en": "Follo&w-up …"},
    "teams.new": {"da": "Nyt &team", "en": "New &team"},
    "teams.none": {
        "da": "Ingen teams endnu. Opret det første med »Nyt team«.",
        "en": "No teams yet. Create the first with 'New team'.",
    },
    "teams.title": {"da": "Teams", "en": "Teams"},
}
