"""Follow-up: action plans, actions, parties and the cooperation agreement."""

WORDS: dict[str, dict[str, str]] = {
    "action.about": {"da": "&Om IPS-fidelitet", "en": "&About IPS fidelity"},
    "action.action_plan": {"da": "&Handleplan", "en": "&Action plan"},
    "action.agreement": {"da": "&Samarbejdsaftale …", "en": "Cooperation &agreement …"},
    "action.all_teams": {"da": "&Alle teams", "en": "&All teams"},
    "action.backup": {"da": "Si&kkerhedskopi …", "en": "&Backup …"},
    "action.empty_text": {"da": "Handlingen skal have en tekst", "en": "The action needs a text"},
    "action.export_pdf": {"da": "&Eksportér PDF …", "en": "&Export PDF …"},
    "action.follow_up": {"da": "&Opfølgning på handlinger …", "en": "&Follow-up of actions …"},
    "action.long_owner": {
        "da": "Tovholderens navn må højst være 200 tegn",
        "en": "The owner's name may be at most 200 characters",
    },
    "action.merge_other_plan": {
        "da": "Kun handlinger fra samme handleplan kan lægges sammen",
        "en": "Only actions from the same action plan can be merged",
    },
    "action.merge_two_origins": {
        "da": "To handlinger, der viderefører hver sin tidligere handling, kan ikke lægges sammen; afslut den ene i stedet",
        "en": "Two actions that each continue an earlier action cannot be merged; finish one of them instead",
    },
    "action.new_assessment": {"da": "&Ny vurdering …", "en": "&New assessment …"},
    "action.new_team": {"da": "Nyt &team …", "en": "New &team …"},
    "action.no_deadline": {
        "da": "Handlingen skal have en frist (en dato)",
        "en": "The action needs a deadline (a date)",
    },
    "action.not_found": {
        "da": "Ingen handling har id »{ref}«",
        "en": "No action has the id '{ref}'",
    },
    "action.overview": {"da": "&Oversigt", "en": "&Overview"},
    "action.party.faelles": {"da": "Fælles", "en": "Joint"},
    "action.print": {"da": "&Udskriv …", "en": "&Print …"},
    "action.quit": {"da": "&Afslut", "en": "&Quit"},
    "action.redo": {"da": "&Gentag", "en": "&Redo"},
    "action.reorder_mismatch": {
        "da": "Den nye rækkefølge skal indeholde hver handling i planen præcis én gang",
        "en": "The new order must contain every action of the plan exactly once",
    },
    "action.restore": {"da": "&Gendan …", "en": "&Restore …"},
    "action.results": {"da": "&Resultat", "en": "&Results"},
    "action.shortcuts": {"da": "&Tastaturgenveje", "en": "&Keyboard shortcuts"},
    "action.status.aaben": {"da": "Åben", "en": "Open"},
    "action.status.i_gang": {"da": "I gang", "en": "In progress"},
    "action.suggest.caseload": {
        "da": "Nedbring caseload, så ingen fuldtidskonsulent har over {limit} (nu: {consultants})",
        "en": "Bring the caseload down so that no full-time consultant has more than {limit} (now: {consultants})",
    },
    "action.suggest.element": {
        "da": "Få {element} på plads (vurderet: {rating}): {text}",
        "en": "Put {element} in place (rated: {rating}): {text}",
    },
    "action.team_trend": {"da": "Teamets &udvikling", "en": "Team &development"},
    "action.too_long": {
        "da": "Teksten er for lang (højst 20.000 tegn)",
        "en": "The text is too long (at most 20,000 characters)",
    },
    "action.undo": {"da": "&Fortryd", "en": "&Undo"},
    "action.unknown_element": {
        "da": "»{element}« er hverken et element i instrumentet eller caseload",
        "en": "'{element}' is neither an element of the instrument nor caseload",
    },
    "action.unknown_party": {
        "da": "Ansvarlig part »{party}« findes ikke; brug kommune, psykiatri eller faelles",
        "en": "The responsible party '{party}' does not exist; use kommune, psykiatri or faelles",
    },
    "action.unknown_status": {
        "da": "Status »{status}« findes ikke; brug aaben, i_gang eller afsluttet",
        "en": "The status '{status}' does not exist; use aaben, i_gang or afsluttet",
    },
    "action.walkthrough": {"da": "&Gennemgang", "en": "&Walk-through"},
    "agreement.autosave": {
        "da": "Hvert felt gemmes, når du forlader det. Der er ingen Gem-knap.",
        "en": "Each field is saved when you leave it. There is no Save button.",
    },
    "agreement.bad_count": {
        "da": "Måltallet {field} skal være et helt tal fra 0 eller stå tomt",
        "en": "The target figure {field} must be a whole number from 0 or left empty",
    },
    "agreement.bad_signatory": {
        "da": "En underskriver skal have et navn (højst 200 tegn) og høre til kommunen, psykiatrien eller ingen af dem",
        "en": "A signatory needs a name (at most 200 characters) and belongs to the municipality, psychiatry or neither",
    },
    "agreement.close": {"da": "&Luk", "en": "&Close"},
    "agreement.confirm_delete": {
        "da": "Slet samarbejdsaftalen, der gælder fra {date}? Det kan ikke fortrydes.",
        "en": "Delete the cooperation agreement in force from {date}? This cannot be undone.",
    },
    "agreement.count_invalid": {
        "da": "Skriv et helt tal fra 0, eller lad feltet stå tomt",
        "en": "Write a whole number from 0, or leave the field empty",
    },
    "agreement.create": {"da": "&Opret", "en": "C&reate"},
    "agreement.delete": {"da": "Slet denne version", "en": "Delete this version"},
    "agreement.empty": {
        "da": "Teamet har ingen samarbejdsaftale registreret. Vælg en startdato og opret den.",
        "en": "The team has no cooperation agreement recorded. Choose a start date and create it.",
    },
    "agreement.field.clinics": {
        "da": "Ambulatorier og afdelinger",
        "en": "Clinics and departments",
    },
    "agreement.field.duration": {"da": "Varighed og evaluering", "en": "Duration and evaluation"},
    "agreement.field.follow_up_cadence": {
        "da": "Opfølgning på måltal",
        "en": "Follow-up of the target figures",
    },
    "agreement.field.leadership": {
        "da": "Ledelsesmæssigt samarbejde",
        "en": "Cooperation between leaders",
    },
    "agreement.field.presence_conferences": {
        "da": "Deltagelse i konferencer og møder",
        "en": "Conferences and meetings",
    },
    "agreement.field.presence_place": {
        "da": "Tilstedeværelse i psykiatrien: sted",
        "en": "Presence in psychiatry: place",
    },
    "agreement.field.presence_times": {
        "da": "Tilstedeværelse i psykiatrien: tider",
        "en": "Presence in psychiatry: times",
    },
    "agreement.field.referral": {
        "da": "Identifikation og henvisning",
        "en": "Identification and referral",
    },
    "agreement.field.signatories": {"da": "Underskrevet af", "en": "Signed by"},
    "agreement.field.start_date": {"da": "Gælder fra", "en": "In force from"},
    "agreement.field.startup": {"da": "Den gode opstart", "en": "A good start"},
    "agreement.field.target_age": {
        "da": "Målgruppe: aldersgruppe",
        "en": "Target group: age group",
    },
    "agreement.field.target_benefits": {
        "da": "Målgruppe: modtager ydelser",
        "en": "Target group: benefits received",
    },
    "agreement.field.target_clinics": {
        "da": "Målgruppe: følges ambulant i",
        "en": "Target group: outpatients of",
    },
    "agreement.field.target_in_job": {
        "da": "Måltal: deltagere i ordinært job eller uddannelse",
        "en": "Target: participants in ordinary job or education",
    },
    "agreement.field.target_motivation": {
        "da": "Målgruppe: motivation",
        "en": "Target group: motivation",
    },
    "agreement.field.target_other": {"da": "Målgruppe: andet", "en": "Target group: other"},
    "agreement.field.target_participants": {
        "da": "Måltal: løbende deltagere",
        "en": "Target: participants at any one time",
    },
    "agreement.field.target_referrals": {
        "da": "Måltal: henvisninger fra psykiatrien",
        "en": "Target: referrals from psychiatry",
    },
    "agreement.group.figures": {"da": "Måltal", "en": "Target figures"},
    "agreement.group.leadership": {
        "da": "Formelt ledelsesmæssigt samarbejde",
        "en": "Formal cooperation between leaders",
    },
    "agreement.group.parties": {"da": "Samarbejdsaftalens parter", "en": "The parties"},
    "agreement.group.presence": {
        "da": "IPS-konsulenternes tilstedeværelse i psykiatrien",
        "en": "The consultants' presence in psychiatry",
    },
    "agreement.group.referral": {
        "da": "Identifikation og henvisning af borgere",
        "en": "Identifying and referring citizens",
    },
    "agreement.group.signatories": {"da": "Underskrift og dato", "en": "Signature and date"},
    "agreement.group.startup": {
        "da": "Den gode opstart – det første halve år",
        "en": "A good start – the first six months",
    },
    "agreement.group.target": {"da": "Målgruppekriterier", "en": "Target-group criteria"},
    "agreement.in_force": {
        "da": "gælder fra {date} (gældende nu)",
        "en": "in force from {date} (current)",
    },
    "agreement.leadership_hint": {
        "da": "fx ledere fra kommune og psykiatri mødes mindst to gange om året",
        "en": "e.g. leaders from municipality and psychiatry meet at least twice a year",
    },
    "agreement.new_version": {"da": "&Ny version fra", "en": "&New version from"},
    "agreement.no_start_date": {
        "da": "Samarbejdsaftalen skal have en startdato",
        "en": "The cooperation agreement needs a start date",
    },
    "agreement.none": {
        "da": "Ingen samarbejdsaftale registreret",
        "en": "No cooperation agreement recorded",
    },
    "agreement.not_found": {
        "da": "Ingen samarbejdsaftale har id »{ref}«",
        "en": "No cooperation agreement has the id '{ref}'",
    },
    "agreement.same_start": {
        "da": "Teamet har allerede en samarbejdsaftale med virkning fra {date}",
        "en": "The team already has a cooperation agreement in force from {date}",
    },
    "agreement.sign.add": {"da": "Tilføj &underskriver", "en": "Add &signatory"},
    "agreement.sign.hint": {
        "da": "Underskrivere uden navn gemmes ikke.",
        "en": "Signatories without a name are not saved.",
    },
    "agreement.sign.none_party": {"da": "(ingen)", "en": "(none)"},
    "agreement.sign.party": {"da": "Part", "en": "Party"},
    "agreement.sign.remove": {"da": "Fjern underskriver", "en": "Remove signatory"},
    "agreement.sign.role": {"da": "Stilling", "en": "Role"},
    "agreement.start_date": {"da": "Gælder &fra", "en": "In force &from"},
    "agreement.title": {"da": "Samarbejdsaftale · {team}", "en": "Cooperation agreement · {team}"},
    "agreement.too_long": {
        "da": "Feltet {field} må højst være {limit} tegn",
        "en": "The field {field} may be at most {limit} characters",
    },
    "agreement.too_many_signatories": {
        "da": "Højst {limit} underskrivere",
        "en": "At most {limit} signatories",
    },
    "agreement.version": {"da": "&Version", "en": "&Version"},
    "agreement.version_item": {"da": "gælder fra {date}", "en": "in force from {date}"},
    "followup.intro": {
        "da": "Alle åbne handlinger fra teamets handleplaner. Ret status og opfølgning direkte i tabellen.",
        "en": "Every open action from the team's action plans. Change status and follow-up note in the table.",
    },
    "followup.none": {"da": "Ingen åbne handlinger.", "en": "No open actions."},
    "followup.show_done": {"da": "&Vis også afsluttede", "en": "&Show finished too"},
    "followup.title": {"da": "Opfølgning · {team}", "en": "Follow-up · {team}"},
    "party.municipality_named": {"da": "{name} Kommune", "en": "{name} Municipality"},
    "plan.add": {"da": "&Tilføj handling", "en": "&Add action"},
    "plan.back": {"da": "← Resultat", "en": "← Results"},
    "plan.bad_date": {
        "da": "Skriv fristen som 2027-04-30, 30-04-2027 eller 30.04.2027",
        "en": "Write the deadline as 2027-04-30, 30-04-2027 or 30.04.2027",
    },
    "plan.bad_element": {
        "da": "»{element}« er hverken et element i instrumentet eller Caseload",
        "en": "'{element}' is neither an element of the instrument nor Caseload",
    },
    "plan.carried": {"da": "Videreført fra {period}", "en": "Carried over from {period}"},
    "plan.carried_legend": {
        "da": "↻ = videreført fra forrige handleplan",
        "en": "↻ = carried over from the previous action plan",
    },
    "plan.carried_over": {
        "da": "{count} åbne handlinger videreført fra forrige vurdering",
        "en": "{count} open actions carried over from the previous review",
    },
    "plan.col.text": {"da": "Aftale og handling", "en": "Agreement and action"},
    "plan.confirm_delete": {
        "da": "Slet {count} handlinger fra handleplanen? Det kan ikke fortrydes.",
        "en": "Delete {count} actions from the action plan? This cannot be undone.",
    },
    "plan.confirm_delete_carried": {
        "da": "Mindst én af dem er videreført fra en tidligere handleplan; sletter du den, står den åben der igen. Sæt hellere status til Afsluttet.",
        "en": "At least one of them is carried over from an earlier plan; deleting it leaves it open there again. Better set its status to Finished.",
    },
    "plan.confirm_delete_one": {
        "da": "Slet handlingen fra handleplanen? Det kan ikke fortrydes.",
        "en": "Delete the action from the action plan? This cannot be undone.",
    },
    "plan.confirm_merge": {
        "da": "Læg {count} handlinger sammen til én? Teksterne sættes efter hinanden, og den tidligste frist gælder. Det kan ikke fortrydes.",
        "en": "Merge {count} actions into one? The texts are joined and the earliest deadline applies. This cannot be undone.",
    },
    "plan.down": {"da": "Flyt &ned", "en": "Move d&own"},
    "plan.empty": {
        "da": "Handleplanen er tom. Når vurderingen er færdig, foreslås en handling for hvert element, der ikke er opfyldt.",
        "en": "The action plan is empty. When the review is finished, an action is suggested for every element not met.",
    },
    "plan.heading": {
        "da": "Handleplan · {team} · {period} · {date}",
        "en": "Action plan · {team} · {period} · {date}",
    },
    "plan.hint": {
        "da": "Skriv i en celle for at rette den; Enter gemmer. Ctrl+N ny handling, Delete sletter, Ctrl+M lægger markerede sammen, Alt+↑/↓ flytter.",
        "en": "Type to edit a cell; Enter saves. Ctrl+N new action, Delete deletes, Ctrl+M merges the selected, Alt+↑/↓ moves.",
    },
    "plan.merge": {"da": "Læg sa&mmen", "en": "&Merge"},
    "plan.new_text": {"da": "Ny handling", "en": "New action"},
    "plan.nothing_to_suggest": {
        "da": "Ingen nye forslag: hvert element under fuld score (og en caseload over grænsen) har allerede en handling",
        "en": "Nothing new to suggest: every element below full marks (and a caseload over the limit) already has an action",
    },
    "plan.now_met": {"da": "✔ nu opfyldt", "en": "✔ now met"},
    "plan.now_met_tip": {
        "da": "Elementet er opfyldt i denne vurdering. Er handlingen gennemført, så sæt status til Afsluttet.",
        "en": "The element is met in this review. If the action is done, set its status to Finished.",
    },
    "plan.open_count": {"da": "{count} åbne", "en": "{count} open"},
    "plan.overdue": {"da": "⚠ overskredet", "en": "⚠ overdue"},
    "plan.overdue_count": {"da": "⚠ {count} overskredne", "en": "⚠ {count} overdue"},
    "plan.overdue_one": {"da": "⚠ 1 overskredet", "en": "⚠ 1 overdue"},
    "plan.suggest": {"da": "For&eslå handlinger", "en": "&Suggest actions"},
    "plan.suggested": {
        "da": "{count} handlinger foreslået ud fra vurderingen",
        "en": "{count} actions suggested from the review",
    },
    "plan.up": {"da": "Flyt &op", "en": "Move &up"},
}
