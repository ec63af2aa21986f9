"""Every message the core and the command line show, Danish first."""

MESSAGES: dict[str, dict[str, str]] = {
    "action.caseload": {
        "da": "Caseload",
        "en": "Caseload",
    },
    "action.empty_text": {
        "da": "Handlingen skal have en tekst",
        "en": "The action needs a text",
    },
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
    "action.no_deadline": {
        "da": "Handlingen skal have en frist (en dato)",
        "en": "The action needs a deadline (a date)",
    },
    "action.not_found": {
        "da": "Ingen handling har id »{ref}«",
        "en": "No action has the id '{ref}'",
    },
    "action.overdue": {
        "da": "overskredet",
        "en": "overdue",
    },
    "action.party.faelles": {
        "da": "Fælles",
        "en": "Joint",
    },
    "action.party.kommune": {
        "da": "Kommune",
        "en": "Municipality",
    },
    "action.party.psykiatri": {
        "da": "Psykiatri",
        "en": "Psychiatry",
    },
    "action.reorder_mismatch": {
        "da": "Den nye rækkefølge skal indeholde hver handling i planen præcis én gang",
        "en": "The new order must contain every action of the plan exactly once",
    },
    "action.status.aaben": {
        "da": "Åben",
        "en": "Open",
    },
    "action.status.afsluttet": {
        "da": "Afsluttet",
        "en": "Finished",
    },
    "action.status.i_gang": {
        "da": "I gang",
        "en": "In progress",
    },
    "action.suggest.caseload": {
        "da": "Nedbring caseload, så ingen fuldtidskonsulent har over {limit} (nu: {consultants})",
        "en": "Bring the caseload down so that no full-time consultant has more than {limit} (now: {consultants})",
    },
    "action.suggest.element": {
        "da": "Få {element} på plads (vurderet: {rating}): {text}",
        "en": "Put {element} in place (rated: {rating}): {text}",
    },
    "action.too_long": {
        "da": "Teksten er for lang (højst 20.000 tegn)",
        "en": "The text is too long (at most 20,000 characters)",
    },
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
    "agreement.bad_count": {
        "da": "Måltallet {field} skal være et helt tal fra 0 eller stå tomt",
        "en": "The target figure {field} must be a whole number from 0 or left empty",
    },
    "agreement.bad_signatory": {
        "da": "En underskriver skal have et navn (højst 200 tegn) og høre til kommunen, psykiatrien eller ingen af dem",
        "en": "A signatory needs a name (at most 200 characters) and belongs to the municipality, psychiatry or neither",
    },
    "agreement.field.clinics": {
        "da": "Ambulatorier og afdelinger",
        "en": "Clinics and departments",
    },
    "agreement.field.duration": {
        "da": "Varighed og evaluering",
        "en": "Duration and evaluation",
    },
    "agreement.field.follow_up_cadence": {
        "da": "Opfølgning på måltal",
        "en": "Follow-up of the target figures",
    },
    "agreement.field.leadership": {
        "da": "Ledelsesmæssigt samarbejde",
        "en": "Cooperation between leaders",
    },
    "agreement.field.municipality": {
        "da": "Kommune",
        "en": "Municipality",
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
    "agreement.field.psychiatry": {
        "da": "Psykiatri",
        "en": "Psychiatry",
    },
    "agreement.field.referral": {
        "da": "Identifikation og henvisning",
        "en": "Identification and referral",
    },
    "agreement.field.signatories": {
        "da": "Underskrevet af",
        "en": "Signed by",
    },
    "agreement.field.start_date": {
        "da": "Gælder fra",
        "en": "In force from",
    },
    "agreement.field.startup": {
        "da": "Den gode opstart",
        "en": "A good start",
    },
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
    "agreement.field.target_other": {
        "da": "Målgruppe: andet",
        "en": "Target group: other",
    },
    "agreement.field.target_participants": {
        "da": "Måltal: løbende deltagere",
        "en": "Target: participants at any one time",
    },
    "agreement.field.target_referrals": {
        "da": "Måltal: henvisninger fra psykiatrien",
        "en": "Target: referrals from psychiatry",
    },
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
    "agreement.since": {
        "da": "Samarbejdsaftale med virkning fra {date}",
        "en": "Cooperation agreement in force from {date}",
    },
    "agreement.too_long": {
        "da": "Feltet {field} må højst være {limit} tegn",
        "en": "The field {field} may be at most {limit} characters",
    },
    "agreement.too_many_signatories": {
        "da": "Højst {limit} underskrivere",
        "en": "At most {limit} signatories",
    },
    "and": {
        "da": " og ",
        "en": " and ",
    },
    "assessment.ambiguous": {
        "da": "Flere vurderinger begynder med »{ref}«; skriv flere tegn af id'et",
        "en": "Several assessments start with '{ref}'; give more of the id",
    },
    "assessment.bad_period": {
        "da": "Perioden »{period}« skal skrives som år og kvartal, fx 2026-Q4",
        "en": "The period '{period}' must be a year and quarter, e.g. 2026-Q4",
    },
    "assessment.not_found": {
        "da": "Ingen vurdering har id »{ref}«",
        "en": "No assessment has the id '{ref}'",
    },
    "assessment.prefix_short": {
        "da": "»{ref}« er for kort; angiv mindst 4 tegn af vurderingens id",
        "en": "'{ref}' is too short; give at least 4 characters of the assessment id",
    },
    "backup.empty": {
        "da": "filen er tom",
        "en": "the file is empty",
    },
    "backup.failed": {
        "da": "Sikkerhedskopien {path} kunne ikke skrives: {why}",
        "en": "The backup {path} could not be written: {why}",
    },
    "backup.none": {
        "da": "Der er ingen sikkerhedskopi at gendanne",
        "en": "There is no backup to restore",
    },
    "backup.not_ours": {
        "da": "det er ikke en ipsfidelity-database",
        "en": "it is not an ipsfidelity database",
    },
    "backup.same_file": {
        "da": "Sikkerhedskopien og databasen er den samme fil",
        "en": "The backup and the database are the same file",
    },
    "backup.too_new": {
        "da": "den er lavet af en nyere version af programmet",
        "en": "it was made by a newer version of the program",
    },
    "backup.unusable": {
        "da": "Sikkerhedskopien {path} kan ikke gendannes: {why}",
        "en": "The backup {path} cannot be restored: {why}",
    },
    "caseload.duplicate_consultant": {
        "da": "Hver konsulent må kun stå én gang i caseload-tabellen",
        "en": "Each consultant may appear only once in the caseload table",
    },
    "caseload.invalid": {
        "da": "Caseload for {consultant} er ugyldig (årsværk {fte}, IPS-sager {ips}, andre sager {other}): årsværk skal være mindst 0,01 og højst 1, sager hele tal fra 0",
        "en": "Caseload for {consultant} is invalid (FTE {fte}, IPS cases {ips}, other cases {other}): FTE must be at least 0.01 and at most 1, cases whole numbers from 0",
    },
    "caseload.limit_mixed": {
        "da": "{limit} ({mixed} for en konsulent, der også har andre sager)",
        "en": "{limit} ({mixed} for a consultant who also has other cases)",
    },
    "caseload.no_name": {
        "da": "Konsulenten skal have et navn",
        "en": "The consultant needs a name",
    },
    "caseload.status.missing": {
        "da": "ikke udfyldt",
        "en": "not entered",
    },
    "caseload.status.ok": {
        "da": "i orden",
        "en": "ok",
    },
    "caseload.status.over": {
        "da": "over grænsen",
        "en": "over the limit",
    },
    "caseload.status.warning": {
        "da": "ved grænsen",
        "en": "at the limit",
    },
    "cli.actions.none": {
        "da": "Der er ingen handlinger.",
        "en": "There are no actions.",
    },
    "cli.actions.overdue": {
        "da": "{count} overskredne handlinger er markeret med !",
        "en": "{count} overdue actions are marked with !",
    },
    "cli.actions.overdue_one": {
        "da": "1 overskreden handling er markeret med !",
        "en": "1 overdue action is marked with !",
    },
    "cli.actions.written": {
        "da": "Gemt: {path} ({count} handlinger)",
        "en": "Saved: {path} ({count} actions)",
    },
    "cli.actions.written_one": {
        "da": "Gemt: {path} (1 handling)",
        "en": "Saved: {path} (1 action)",
    },
    "cli.assessments.none": {
        "da": "Der er ingen vurderinger endnu.",
        "en": "There are no assessments yet.",
    },
    "cli.bad_date": {
        "da": "»{value}« er ikke en dato (ÅÅÅÅ-MM-DD)",
        "en": "'{value}' is not a date (YYYY-MM-DD)",
    },
    "cli.caseload": {
        "da": "Caseload",
        "en": "Caseload",
    },
    "cli.col.action": {
        "da": "Handling",
        "en": "Action",
    },
    "cli.col.assessments": {
        "da": "Vurderinger",
        "en": "Assessments",
    },
    "cli.col.consensus": {
        "da": "Konsensus",
        "en": "Consensus",
    },
    "cli.col.date": {
        "da": "Dato",
        "en": "Date",
    },
    "cli.col.deadline": {
        "da": "Frist",
        "en": "Deadline",
    },
    "cli.col.element": {
        "da": "Element",
        "en": "Element",
    },
    "cli.col.elements": {
        "da": "Elementer",
        "en": "Elements",
    },
    "cli.col.follow_up": {
        "da": "Opfølgning",
        "en": "Follow-up",
    },
    "cli.col.id": {
        "da": "Id",
        "en": "Id",
    },
    "cli.col.municipality": {
        "da": "Kommune",
        "en": "Municipality",
    },
    "cli.col.new": {
        "da": "Efter",
        "en": "After",
    },
    "cli.col.old": {
        "da": "Før",
        "en": "Before",
    },
    "cli.col.overall": {
        "da": "Samlet",
        "en": "Overall",
    },
    "cli.col.overdue": {
        "da": "Overskredet",
        "en": "Overdue",
    },
    "cli.col.owner": {
        "da": "Tovholder",
        "en": "Owner",
    },
    "cli.col.party": {
        "da": "Ansvarlig part",
        "en": "Responsible party",
    },
    "cli.col.period": {
        "da": "Periode",
        "en": "Period",
    },
    "cli.col.principle": {
        "da": "Princip",
        "en": "Principle",
    },
    "cli.col.principles": {
        "da": "Principper",
        "en": "Principles",
    },
    "cli.col.psychiatry": {
        "da": "Psykiatri",
        "en": "Psychiatry",
    },
    "cli.col.rated": {
        "da": "Vurderet",
        "en": "Rated",
    },
    "cli.col.score": {
        "da": "Score",
        "en": "Score",
    },
    "cli.col.status": {
        "da": "Status",
        "en": "Status",
    },
    "cli.col.team": {
        "da": "Team",
        "en": "Team",
    },
    "cli.col.title": {
        "da": "Titel",
        "en": "Title",
    },
    "cli.col.verdict": {
        "da": "Resultat",
        "en": "Verdict",
    },
    "cli.col.version": {
        "da": "Version",
        "en": "Version",
    },
    "cli.col.what": {
        "da": "Hvad",
        "en": "What",
    },
    "cli.col.when": {
        "da": "Hvornår",
        "en": "When",
    },
    "cli.col.who": {
        "da": "Hvem",
        "en": "Who",
    },
    "cli.command": {
        "da": "KOMMANDO",
        "en": "COMMAND",
    },
    "cli.consensus.accepted": {
        "da": "Konsensus sat på {count} elementer, hvor bedømmerne er enige",
        "en": "Consensus set on {count} elements where the reviewers agree",
    },
    "cli.demo.done": {
        "da": "Demodata – oprettede vurderinger: {created}, oprettede teams: {teams}, vurderinger der fandtes allerede: {unchanged}.",
        "en": "Demo data – assessments created: {created}, teams created: {teams}, assessments already there: {unchanged}.",
    },
    "cli.description": {
        "da": "Vurdering af IPS-teams efter den danske minimumsdefinition. Uden kommando åbnes programmet.",
        "en": "Fidelity reviews of IPS teams against the Danish minimum definition. Without a command the app opens.",
    },
    "cli.export.done": {
        "da": "Gemt: {path}",
        "en": "Saved: {path}",
    },
    "cli.export.failed": {
        "da": "Kunne ikke skrive {path}: {why}",
        "en": "Could not write {path}: {why}",
    },
    "cli.finish.done": {
        "da": "Afsluttet {date} af {names}",
        "en": "Finished {date} by {names}",
    },
    "cli.help.accept_agreed": {
        "da": "sæt konsensus på alle elementer, hvor bedømmerne er enige",
        "en": "set the consensus on every element where the reviewers agree",
    },
    "cli.help.actions": {
        "da": "vis handleplanernes handlinger (overskredne markeres)",
        "en": "list the action plans' items (overdue ones are marked)",
    },
    "cli.help.actions_team": {
        "da": "kun dette teams handlinger",
        "en": "only this team's actions",
    },
    "cli.help.agreement": {
        "da": "enighed mellem bedømmerne (procent, vægtet kappa eller alfa)",
        "en": "agreement between the reviewers (percent, weighted kappa or alpha)",
    },
    "cli.help.allow_personal_data": {
        "da": "skriv filen, selv om tekster ser ud til at indeholde CPR-numre",
        "en": "write the file even though texts seem to hold CPR numbers",
    },
    "cli.help.as": {
        "da": "den bedømmer, der arbejder (navngives i historikken)",
        "en": "the reviewer at work (named in the history)",
    },
    "cli.help.assessment_ref": {
        "da": "vurderingens id eller en entydig begyndelse af det",
        "en": "the assessment's id or a unique start of it",
    },
    "cli.help.assessments": {
        "da": "vis vurderinger",
        "en": "list assessments",
    },
    "cli.help.caseload_unavailable": {
        "da": "marker caseload som ikke tilgængelig, med denne begrundelse",
        "en": "mark the caseload as not available, with this reason",
    },
    "cli.help.compare": {
        "da": "sammenlign et teams vurderinger kvartal for kvartal",
        "en": "compare a team's assessments quarter by quarter",
    },
    "cli.help.consensus": {
        "da": "vis bedømmernes egne bedømmelser ved siden af konsensus, uenigheder først",
        "en": "show the reviewers' own ratings beside the consensus, disagreements first",
    },
    "cli.help.csv": {
        "da": "skriv en CSV-fil til Excel (semikolon, UTF-8)",
        "en": "write a CSV file for Excel (semicolon, UTF-8)",
    },
    "cli.help.db": {
        "da": "database: sti til en SQLite-fil eller en URL som postgresql://... (ellers IPSFIDELITY_DB eller standardfilen)",
        "en": "database: a SQLite file path or a URL such as postgresql://... (else IPSFIDELITY_DB or the default file)",
    },
    "cli.help.demo": {
        "da": "fyld databasen med demodata fra Region Hovedstaden",
        "en": "fill the database with Region Hovedstaden demo data",
    },
    "cli.help.element": {
        "da": "elementets id, fx P3.2",
        "en": "the element's id, e.g. P3.2",
    },
    "cli.help.evidence": {
        "da": "kilder: interview, document, observation ...",
        "en": "sources: interview, document, observation ...",
    },
    "cli.help.export": {
        "da": "eksportér en vurdering til en udvekslingsfil (JSON)",
        "en": "export an assessment to an exchange file (JSON)",
    },
    "cli.help.export_reviewer": {
        "da": "kun denne bedømmers egne bedømmelser (flettes ind i samme vurdering ved import)",
        "en": "only this reviewer's own ratings (merged into the same review on import)",
    },
    "cli.help.finish": {
        "da": "underskriv og afslut en vurdering",
        "en": "sign off and finish a review",
    },
    "cli.help.history": {
        "da": "vurderingens historik: hvem ændrede hvad og hvornår",
        "en": "the review's history: who changed what, and when",
    },
    "cli.help.history_entity": {
        "da": "kun denne slags post: rating, reviewer_rating, caseload, assessment, signoff, reopening, action_item, outcome",
        "en": "only this kind of record: rating, reviewer_rating, caseload, assessment, signoff, reopening, action_item, outcome",
    },
    "cli.help.history_reviewer": {
        "da": "kun ændringer af eller for denne bedømmer",
        "en": "only changes by or for this reviewer",
    },
    "cli.help.import": {
        "da": "importér vurderinger fra udvekslingsfiler (JSON)",
        "en": "import assessments from exchange files (JSON)",
    },
    "cli.help.instruments": {
        "da": "vis de installerede instrumenter",
        "en": "list the installed instruments",
    },
    "cli.help.json": {
        "da": "skriv JSON i stedet for en tabel",
        "en": "print JSON instead of a table",
    },
    "cli.help.kind": {
        "da": "vis eller sæt vurderingens type (independent: ekstern, self: selvevaluering)",
        "en": "show or set the kind of review (independent or self)",
    },
    "cli.help.lang": {
        "da": "sprog for meddelelser (da eller en)",
        "en": "language for messages (da or en)",
    },
    "cli.help.mask_personal_data": {
        "da": "skriv CPR-lignende numre i filens tekster som XXXXXX-XXXX",
        "en": "write CPR-like numbers in the file's texts as XXXXXX-XXXX",
    },
    "cli.help.note": {
        "da": "en note til bedømmelsen",
        "en": "a note on the rating",
    },
    "cli.help.open": {
        "da": "kun handlinger, der ikke er afsluttet",
        "en": "only actions that are not finished",
    },
    "cli.help.overview": {
        "da": "oversigt over alle teams med seneste vurdering",
        "en": "overview of every team with its latest assessment",
    },
    "cli.help.rate": {
        "da": "sæt et elements bedømmelse: som en navngiven bedømmers egen (--as) eller som konsensus",
        "en": "set one element's rating: as a named reviewer's own (--as) or as the consensus",
    },
    "cli.help.rate_consensus": {
        "da": "sæt konsensus, også med --as (der så kun navngiver, hvem der arbejder)",
        "en": "set the consensus, also with --as (which then only names who is at work)",
    },
    "cli.help.rating": {
        "da": "bedømmelsen: met, partial, not_met eller not_rated",
        "en": "the rating: met, partial, not_met or not_rated",
    },
    "cli.help.reason": {
        "da": "hvorfor vurderingen genåbnes (vises i rapporten)",
        "en": "why the review is reopened (shown in the report)",
    },
    "cli.help.reopen": {
        "da": "genåbn en afsluttet vurdering med en begrundelse",
        "en": "reopen a finished review, with a reason",
    },
    "cli.help.report": {
        "da": "lav PDF-rapporten til styregruppen for en vurdering",
        "en": "make the steering-group PDF report for an assessment",
    },
    "cli.help.report_out": {
        "da": "PDF-filen, der skal skrives",
        "en": "the PDF file to write",
    },
    "cli.help.score": {
        "da": "vis en vurderings score og resultat",
        "en": "show an assessment's score and verdict",
    },
    "cli.help.sign": {
        "da": "en bedømmer, der underskriver (gentages for hver)",
        "en": "a reviewer who signs off (repeat for each)",
    },
    "cli.help.sign_date": {
        "da": "underskriftens dato (standard: i dag)",
        "en": "the date of the sign-off (default: today)",
    },
    "cli.help.since": {
        "da": "kun ændringer fra denne dato",
        "en": "only changes from this date",
    },
    "cli.help.team": {
        "da": "kun dette teams vurderinger",
        "en": "only this team's assessments",
    },
    "cli.help.teams": {
        "da": "vis teams",
        "en": "list teams",
    },
    "cli.history.none": {
        "da": "Ingen ændringer registreret",
        "en": "No changes recorded",
    },
    "cli.history.written": {
        "da": "Skrev {count} ændringer til {path}",
        "en": "Wrote {count} changes to {path}",
    },
    "cli.import.done": {
        "da": "Importeret – nye: {created}, opdaterede: {updated}, uændrede: {unchanged}.",
        "en": "Imported – new: {created}, updated: {updated}, unchanged: {unchanged}.",
    },
    "cli.import.merged": {
        "da": "{count} bedømmers egne bedømmelser flettet ind i deres vurdering",
        "en": "{count} reviewer's own ratings merged into their review",
    },
    "cli.interrupted": {
        "da": "Afbrudt.",
        "en": "Interrupted.",
    },
    "cli.metavar.name": {
        "da": "NAVN",
        "en": "NAME",
    },
    "cli.metavar.reason": {
        "da": "BEGRUNDELSE",
        "en": "REASON",
    },
    "cli.no": {
        "da": "Nej",
        "en": "No",
    },
    "cli.no_display": {
        "da": "Der er ingen skærm at vise programmet på (DISPLAY er ikke sat). Start det fra skrivebordet, eller brug kommandoerne (se ipsfidelity --help)",
        "en": "There is no screen to show the app on (DISPLAY is not set). Start it from the desktop, or use the commands (see ipsfidelity --help)",
    },
    "cli.reopen.done": {
        "da": "Genåbnet; vurderingen er nu: {state}",
        "en": "Reopened; the review is now: {state}",
    },
    "cli.teams.none": {
        "da": "Der er ingen teams endnu. Prøv »ipsfidelity demo«.",
        "en": "There are no teams yet. Try 'ipsfidelity demo'.",
    },
    "cli.unexpected": {
        "da": "Uventet fejl ({what}: {detail}). Detaljer er skrevet i {log}",
        "en": "Unexpected error ({what}: {detail}). Details are in {log}",
    },
    "cli.unexpected_no_log": {
        "da": "Uventet fejl ({what}: {detail}). Logmappen {folder} kan ikke skrives, så detaljerne er ikke gemt",
        "en": "Unexpected error ({what}: {detail}). The log folder {folder} cannot be written, so the details were not saved",
    },
    "cli.usage": {
        "da": "forkert brug: {detail}",
        "en": "wrong usage: {detail}",
    },
    "cli.yes": {
        "da": "Ja",
        "en": "Yes",
    },
    "compare.caseload": {
        "da": "Caseload: {before} → {after}",
        "en": "Caseload: {before} → {after}",
    },
    "compare.caseload_same": {
        "da": "Caseload: {status} (uændret)",
        "en": "Caseload: {status} (unchanged)",
    },
    "compare.col.delta": {
        "da": "Ændring",
        "en": "Change",
    },
    "compare.elements": {
        "da": "Elementer: {changed}",
        "en": "Elements: {changed}",
    },
    "compare.help.team": {
        "da": "teamets navn",
        "en": "the team's name",
    },
    "compare.none": {
        "da": "Teamet {team} har ingen vurderinger endnu.",
        "en": "The team {team} has no assessments yet.",
    },
    "compare.nothing": {
        "da": "ingen ændringer",
        "en": "no changes",
    },
    "compare.principles": {
        "da": "Principper: {moved}",
        "en": "Principles: {moved}",
    },
    "compare.step": {
        "da": "{period} mod {previous}:",
        "en": "{period} against {previous}:",
    },
    "compare.verdict": {
        "da": "Resultat: {before} → {after}",
        "en": "Verdict: {before} → {after}",
    },
    "compare.verdict_same": {
        "da": "Resultat: {status} (uændret)",
        "en": "Verdict: {status} (unchanged)",
    },
    "db.bad_url": {
        "da": "Databaseadressen »{url}« kan ikke bruges",
        "en": "The database address '{url}' cannot be used",
    },
    "db.cannot_create": {
        "da": "Databasen {path} kan ikke oprettes: {why}",
        "en": "The database {path} cannot be created: {why}",
    },
    "db.damage.not_sqlite": {
        "da": "filen er ikke en SQLite-database",
        "en": "the file is not a SQLite database",
    },
    "db.damage.sqlite": {
        "da": "SQLite melder fejl ({detail})",
        "en": "SQLite reports an error ({detail})",
    },
    "db.damage.truncated": {
        "da": "filen er afkortet (en del af den mangler)",
        "en": "the file is truncated (part of it is missing)",
    },
    "db.damaged": {
        "da": "Databasen {path} er beskadiget og kan ikke åbnes: {why}. Filen er ikke ændret; gendan den nyeste sikkerhedskopi eller start en ny fil",
        "en": "The database {path} is damaged and cannot be opened: {why}. The file is unchanged; restore the newest backup or start a new file",
    },
    "db.file_empty": {"da": "filen er tom (0 byte)", "en": "the file is empty (0 bytes)"},
    "db.file_gone": {"da": "filen findes ikke", "en": "the file does not exist"},
    "db.foreign_schema": {
        "da": "Databasen {where} indeholder tabeller, men er ikke en ipsfidelity-database; den røres ikke",
        "en": "The database {where} holds tables but is not an ipsfidelity database; it is left untouched",
    },
    "db.is_directory": {
        "da": "{path} er en mappe, ikke en databasefil",
        "en": "{path} is a folder, not a database file",
    },
    "db.migration_broke_keys": {
        "da": "Opgraderingen af databasen efterlod brudte henvisninger ({count}); den er rullet tilbage",
        "en": "Upgrading the database left broken references ({count}); it was rolled back",
    },
    "db.missing": {
        "da": "Databasen {path} findes ikke. Tjek stien (--db eller IPSFIDELITY_DB), eller opret den med »ipsfidelity demo«, »ipsfidelity import« eller ved at starte programmet",
        "en": "The database {path} does not exist. Check the path (--db or IPSFIDELITY_DB), or create it with 'ipsfidelity demo', 'ipsfidelity import' or by starting the app",
    },
    "db.not_sqlite": {
        "da": "{path} er ikke en ipsfidelity-database (filen er beskadiget eller af en anden type); den røres ikke",
        "en": "{path} is not an ipsfidelity database (the file is damaged or of another kind); it is left untouched",
    },
    "db.server_unreachable": {
        "da": "Der er ingen forbindelse til databaseserveren {where}. Tjek, at der er netværk, at serveren kører, og at adresse, bruger og adgangskode er rigtige. (Serverens svar: {why})",
        "en": "There is no connection to the database server {where}. Check that the network is up, that the server is running, and that the address, user and password are right. (The server said: {why})",
    },
    "db.unusable": {
        "da": "Databasen {where} kan ikke bruges: {why}",
        "en": "The database {where} cannot be used: {why}",
    },
    "export.place.cell": {
        "da": "række {row}, kolonne {column}",
        "en": "row {row}, column {column}",
    },
    "history.append_only": {
        "da": "Historikken kan ikke ændres eller slettes",
        "en": "The history cannot be changed or deleted",
    },
    "history.set_by_upgrade": {
        "da": "sat ved opgradering",
        "en": "set by upgrade",
    },
    "import.action_id_taken": {
        "da": "handlingen {id} hører allerede til en anden vurdering",
        "en": "the action {id} already belongs to another assessment",
    },
    "import.agreement_other_team": {
        "da": "samarbejdsaftalen {id} hører allerede til et andet team",
        "en": "the cooperation agreement {id} already belongs to another team",
    },
    "import.agreement_same_start": {
        "da": "teamet har allerede en anden samarbejdsaftale med virkning fra {date}",
        "en": "the team already has another cooperation agreement in force from {date}",
    },
    "import.bad_evidence": {
        "da": "element {element} har en ukendt kilde »{evidence}«",
        "en": "element {element} has an unknown evidence source '{evidence}'",
    },
    "import.bad_rating": {
        "da": "element {element} har vurderingen »{rating}«, der ikke er på skalaen ({allowed})",
        "en": "element {element} has the rating '{rating}', which is not on the scale ({allowed})",
    },
    "import.duplicate_action_id": {
        "da": "handlingen {id} står flere gange",
        "en": "the action {id} appears more than once",
    },
    "import.duplicate_consultant": {
        "da": "en konsulent står flere gange i caseload",
        "en": "a consultant appears more than once in the caseload",
    },
    "import.duplicate_element": {
        "da": "element {element} er vurderet mere end én gang",
        "en": "element {element} is rated more than once",
    },
    "import.duplicate_reviewer": {
        "da": "samme bedømmer optræder to gange under reviewer_ratings",
        "en": "the same reviewer appears twice under reviewer_ratings",
    },
    "import.invalid": {
        "da": "{detail}",
        "en": "{detail}",
    },
    "import.no_file": {
        "da": "filen findes ikke",
        "en": "the file does not exist",
    },
    "import.not_exchange": {
        "da": "ikke en ipsfidelity-udvekslingsfil",
        "en": "not an ipsfidelity exchange file",
    },
    "import.not_json": {
        "da": "ikke gyldig JSON ({why})",
        "en": "not valid JSON ({why})",
    },
    "import.not_json_at": {
        "da": "ikke gyldig JSON (fejl i linje {line}, kolonne {column})",
        "en": "not valid JSON (error at line {line}, column {column})",
    },
    "import.not_utf8": {
        "da": "filen er ikke UTF-8-tekst",
        "en": "the file is not UTF-8 text",
    },
    "import.older": {
        "da": "filen er ældre ({file}) end den gemte vurdering ({stored})",
        "en": "the file is older ({file}) than the stored assessment ({stored})",
    },
    "import.one_reviewer_expected": {
        "da": "en fil med én bedømmers bedømmelser (contents: reviewer) skal have præcis én bedømmer",
        "en": "a file with one reviewer's ratings (contents: reviewer) must hold exactly one reviewer",
    },
    "import.refused": {
        "da": "{origin}: afvist: {why}",
        "en": "{origin}: refused: {why}",
    },
    "import.same_assessment_twice": {
        "da": "den samme vurdering står i flere af filerne",
        "en": "the same assessment is in several of the files",
    },
    "import.team_name_taken": {
        "da": "et andet team hedder allerede »{name}«; omdøb det ene team først",
        "en": "another team is already called '{name}'; rename one of them first",
    },
    "import.team_renamed": {
        "da": "teamet »{name}« har forskellige navne i filerne",
        "en": "the team '{name}' has different names in the files",
    },
    "import.too_deep": {
        "da": "filen er indlejret dybere end {limit} niveauer",
        "en": "the file is nested deeper than {limit} levels",
    },
    "import.too_large": {
        "da": "filen er større end {limit} KiB",
        "en": "the file is larger than {limit} KiB",
    },
    "import.unknown_action_element": {
        "da": "action_plan.{index}: »{element}« er hverken et element i {pack} eller caseload",
        "en": "action_plan.{index}: '{element}' is neither an element of {pack} nor caseload",
    },
    "import.unknown_element": {
        "da": "ratings.{index}: elementet »{element}« findes ikke i {pack}",
        "en": "ratings.{index}: the element '{element}' is not in {pack}",
    },
    "import.unreadable": {
        "da": "filen kan ikke læses ({why})",
        "en": "the file cannot be read ({why})",
    },
    "import.wrong_version": {
        "da": "formatversion {version} understøttes ikke (denne version læser {supported})",
        "en": "format version {version} is not supported (this version reads {supported})",
    },
    "interrater.alpha_ordinal": {
        "da": "Krippendorffs alfa (ordinal)",
        "en": "Krippendorff's alpha (ordinal)",
    },
    "interrater.exact": {
        "da": "Bedømmerne gav samme bedømmelse på {percent} % af {elements} elementer",
        "en": "The reviewers gave the same rating on {percent}% of {elements} elements",
    },
    "interrater.few_elements": {
        "da": "Bemærk: kappa og alfa over kun {elements} elementer er usikre; én ændret bedømmelse flytter tallet meget",
        "en": "Note: kappa and alpha over only {elements} elements are uncertain; one changed rating moves the figure a lot",
    },
    "interrater.kappa_linear": {
        "da": "Cohens kappa (lineært vægtet)",
        "en": "Cohen's kappa (linear weights)",
    },
    "interrater.one_reviewer": {
        "da": "Kun én bedømmer har bedømt selvstændigt: ingen enighed at måle",
        "en": "Only one reviewer rated independently: no agreement to measure",
    },
    "lifecycle.already_finished": {
        "da": "Vurderingen er allerede afsluttet",
        "en": "The review is already finished",
    },
    "lifecycle.cannot_finish": {
        "da": "Vurderingen kan ikke afsluttes endnu: {problems}",
        "en": "The review cannot be finished yet: {problems}",
    },
    "lifecycle.kind.independent": {
        "da": "Ekstern vurdering",
        "en": "Independent review",
    },
    "lifecycle.kind.self": {
        "da": "Selvevaluering",
        "en": "Self-assessment",
    },
    "lifecycle.kind_only_in_draft": {
        "da": "Typen af vurdering kan kun ændres, mens vurderingen er en kladde",
        "en": "The kind of review can only be changed while the review is a draft",
    },
    "lifecycle.locked": {
        "da": "Vurderingen er afsluttet og kan ikke ændres. Genåbn den først med en begrundelse (ipsfidelity reopen VURDERING --reason ...)",
        "en": "The review is finished and cannot be changed. Reopen it first, with a reason (ipsfidelity reopen ASSESSMENT --reason ...)",
    },
    "lifecycle.needs_caseload": {
        "da": "caseload er ikke indtastet (eller markeret som ikke tilgængelig med en begrundelse)",
        "en": "the caseload is not entered (or marked as not available, with a reason)",
    },
    "lifecycle.needs_consensus": {
        "da": "mangler en fælles (konsensus-)bedømmelse af {elements}",
        "en": "a consensus rating is missing for {elements}",
    },
    "lifecycle.needs_reviewers": {
        "da": "vurderingen har ingen navngivne bedømmere",
        "en": "the review has no named reviewers",
    },
    "lifecycle.needs_signoff": {
        "da": "mangler underskrift fra {names}",
        "en": "sign-off is missing from {names}",
    },
    "lifecycle.not_a_reviewer": {
        "da": "»{name}« er ikke bedømmer på vurderingen (bedømmere: {reviewers})",
        "en": "'{name}' is not a reviewer of this review (reviewers: {reviewers})",
    },
    "lifecycle.not_finished": {
        "da": "Vurderingen er ikke afsluttet, så den skal ikke genåbnes",
        "en": "The review is not finished, so there is nothing to reopen",
    },
    "lifecycle.reason_needed": {
        "da": "Skriv en begrundelse",
        "en": "Give a reason",
    },
    "lifecycle.reason_too_long": {
        "da": "Begrundelsen må højst være {limit} tegn",
        "en": "The reason may be at most {limit} characters",
    },
    "lifecycle.reviewer_needed": {
        "da": "Angiv bedømmerens navn",
        "en": "Give the reviewer's name",
    },
    "lifecycle.signoff_date": {
        "da": "Underskriften skal have en dato",
        "en": "The sign-off needs a date",
    },
    "lifecycle.state.consensus": {
        "da": "Konsensus",
        "en": "Consensus",
    },
    "lifecycle.state.draft": {
        "da": "Kladde",
        "en": "Draft",
    },
    "lifecycle.state.finished": {
        "da": "Afsluttet",
        "en": "Finished",
    },
    "lifecycle.team_has_finished": {
        "da": "Teamet »{name}« har afsluttede vurderinger og kan ikke slettes. Genåbn dem først med en begrundelse",
        "en": "The team '{name}' has finished reviews and cannot be deleted. Reopen them first, with a reason",
    },
    "lifecycle.unknown_kind": {
        "da": "Ukendt type vurdering »{kind}« (brug independent eller self)",
        "en": "Unknown kind of review '{kind}' (use independent or self)",
    },
    "os.disk_full": {
        "da": "disken er fuld",
        "en": "the disk is full",
    },
    "os.is_folder": {
        "da": "det er en mappe",
        "en": "it is a folder",
    },
    "os.no_such_folder": {
        "da": "mappen findes ikke",
        "en": "the folder does not exist",
    },
    "os.not_a_folder": {
        "da": "en del af stien er ikke en mappe",
        "en": "part of the path is not a folder",
    },
    "os.not_regular": {
        "da": "den findes og er ikke en almindelig fil (men en enhed, en FIFO eller en sokkel); vælg et andet filnavn",
        "en": "it exists and is not a regular file (but a device, FIFO or socket); choose another file name",
    },
    "os.permission": {
        "da": "ingen adgang",
        "en": "permission denied",
    },
    "os.read_only": {
        "da": "stedet er skrivebeskyttet",
        "en": "the location is read-only",
    },
    "outcome.counts": {
        "da": "{in_job} af {participants} i job eller uddannelse",
        "en": "{in_job} of {participants} in job or education",
    },
    "outcome.not_whole": {
        "da": "Antal deltagere og antal i job eller uddannelse skal være hele tal fra 0",
        "en": "Participants and those in job or education must be whole numbers from 0",
    },
    "outcome.reference": {
        "da": "Forskningsprojektet Inklusion: 59,5 % af deltagerne kom i job eller uddannelse",
        "en": "The Danish Inklusion research project: 59.5% of participants reached work or education",
    },
    "outcome.share": {
        "da": "{in_job} af {participants} i job eller uddannelse ({share} %)",
        "en": "{in_job} of {participants} in job or education ({share}%)",
    },
    "outcome.too_many": {
        "da": "{in_job} i job eller uddannelse er flere end de {participants} deltagere",
        "en": "{in_job} in job or education is more than the {participants} participants",
    },
    "overview.col.caseload": {
        "da": "Caseload",
        "en": "Caseload",
    },
    "overview.col.last_review": {
        "da": "Seneste vurdering",
        "en": "Last review",
    },
    "overview.col.stale": {
        "da": "Over 6 måneder siden",
        "en": "Over 6 months ago",
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
    "overview.no": {
        "da": "Nej",
        "en": "No",
    },
    "overview.sheet": {
        "da": "Oversigt",
        "en": "Overview",
    },
    "overview.stale_note": {
        "da": "! = seneste vurdering er mere end 6 måneder gammel (eller mangler)",
        "en": "! = the last review is more than 6 months old (or missing)",
    },
    "overview.yes": {
        "da": "Ja",
        "en": "Yes",
    },
    "pack.invalid": {
        "da": "Instrumentpakken {origin} er ugyldig ved {where}: {why}",
        "en": "The instrument pack {origin} is invalid at {where}: {why}",
    },
    "pack.misplaced": {
        "da": "Instrumentpakken {origin} siger id {id} version {version}, men ligger et andet sted",
        "en": "The instrument pack {origin} says id {id} version {version} but lies elsewhere",
    },
    "pack.unknown": {
        "da": "Instrumentet {id} version {version} findes ikke i denne installation",
        "en": "The instrument {id} version {version} is not installed",
    },
    "pack.unreadable": {
        "da": "Instrumentpakken {origin} kan ikke læses: {why}",
        "en": "The instrument pack {origin} cannot be read: {why}",
    },
    "party.municipality_named": {
        "da": "{name} Kommune",
        "en": "{name} Municipality",
    },
    "rating.unknown_element": {
        "da": "Elementet »{element}« findes ikke i instrumentet",
        "en": "The element '{element}' is not in the instrument",
    },
    "rating.unknown_evidence": {
        "da": "Ukendt kilde: {evidence}",
        "en": "Unknown evidence source: {evidence}",
    },
    "rating.unknown_value": {
        "da": "»{rating}« er ikke en gyldig vurdering",
        "en": "'{rating}' is not a valid rating",
    },
    "report.action_carried": {
        "da": "Videreført fra forrige handleplan",
        "en": "Carried over from the previous plan",
    },
    "report.action_carried_note": {
        "da": "Videreført: et punkt fra teamets forrige handleplan, der ikke var afsluttet; status er, som den står nu.",
        "en": "Carried over: an item from the team's previous plan that was not finished; the status is as it stands now.",
    },
    "report.action_continued": {
        "da": "Videreført til en senere handleplan og fulgt op dér",
        "en": "Carried on into a later plan and followed up there",
    },
    "report.action_count": {
        "da": "Punkter i alt: {count}",
        "en": "Items: {count}",
    },
    "report.action_count_carried": {
        "da": "videreført fra forrige plan: {count}",
        "en": "carried over from the previous plan: {count}",
    },
    "report.action_count_overdue": {
        "da": "overskredet: {count}",
        "en": "overdue: {count}",
    },
    "report.action_follow_up": {"da": "Opfølgning", "en": "Follow-up"},
    "report.action_overdue": {
        "da": "Overskredet",
        "en": "Overdue",
    },
    "report.action_overdue_note": {
        "da": "Overskredet: fristen var før {date}, og punktet er ikke afsluttet.",
        "en": "Overdue: the deadline was before {date} and the item is not finished.",
    },
    "report.actions_none": {
        "da": "Der er ingen punkter i handleplanen for denne vurdering.",
        "en": "The action plan for this review has no items.",
    },
    "report.agreement_fact": {
        "da": "I kraft fra {start} (se bilag)",
        "en": "In force from {start} (see annex)",
    },
    "report.all_equal": {
        "da": "Alle vurderede principper har samme score, {score}; ingen skiller sig ud som stærkest eller svagest.",
        "en": "Every rated principle has the same score, {score}; none stands out as strongest or weakest.",
    },
    "report.annex_intro": {
        "da": "Den samarbejdsaftale mellem kommune og psykiatri, der var i kraft på vurderingsdatoen, {date}. Den gælder fra {start}.",
        "en": "The cooperation agreement between the municipality and psychiatry in force on the review date, {date}. It applies from {start}.",
    },
    "report.caseload_line": {
        "da": "Caseload: {status}; højeste belastning {load} ({consultant}) blandt {count} konsulenter",
        "en": "Caseload: {status}; highest load {load} ({consultant}) among {count} consultants",
    },
    "report.caseload_line_one": {
        "da": "Caseload: {status}; belastning {load} ({consultant}), 1 konsulent",
        "en": "Caseload: {status}; load {load} ({consultant}), 1 consultant",
    },
    "report.caseload_missing_line": {
        "da": "Caseload: ikke udfyldt",
        "en": "Caseload: not entered",
    },
    "report.caseload_none": {
        "da": "Caseload er ikke udfyldt for denne vurdering.",
        "en": "No caseload has been entered for this assessment.",
    },
    "report.caseload_team": {
        "da": "Teamets samlede status: {status}.",
        "en": "The team's overall status: {status}.",
    },
    "report.caseload_unavailable": {
        "da": "Caseload er ikke opgjort: {reason}",
        "en": "The caseload is not available: {reason}",
    },
    "report.change_first": {
        "da": "Første vurdering: der er ingen tidligere vurdering af teamet at sammenligne med.",
        "en": "First review: there is no earlier review of the team to compare with.",
    },
    "report.change_intro": {
        "da": "Sammenlignet med vurderingen {date} ({period}). Pilen viser retningen: ↑ bedre, ↓ dårligere, → uændret.",
        "en": "Compared with the review of {date} ({period}). The arrow shows the direction: ↑ better, ↓ worse, → unchanged.",
    },
    "report.change_provisional": {
        "da": "Vurderingen er ikke færdig: dens tal er foreløbige og kan ændre sig, når resten er vurderet.",
        "en": "The review is not finished: its figures are provisional and may change once the rest is rated.",
    },
    "report.changed": {"da": "ændret", "en": "changed"},
    "report.col.change": {
        "da": "Ændring",
        "en": "Change",
    },
    "report.col.consensus": {
        "da": "Konsensus",
        "en": "Consensus",
    },
    "report.col.consultant": {
        "da": "Konsulent",
        "en": "Consultant",
    },
    "report.col.current": {
        "da": "Denne vurdering",
        "en": "This review",
    },
    "report.col.deadline": {
        "da": "Frist",
        "en": "Deadline",
    },
    "report.col.element": {
        "da": "Element",
        "en": "Element",
    },
    "report.col.fte": {
        "da": "Årsværk",
        "en": "FTE",
    },
    "report.col.in_job": {
        "da": "I job eller uddannelse",
        "en": "In job or education",
    },
    "report.col.ips_cases": {
        "da": "IPS-sager",
        "en": "IPS cases",
    },
    "report.col.item": {
        "da": "Aftalepunkt",
        "en": "Item",
    },
    "report.col.load": {
        "da": "Belastning",
        "en": "Load",
    },
    "report.col.number": {
        "da": "Nr.",
        "en": "No.",
    },
    "report.col.other_cases": {
        "da": "Andre sager",
        "en": "Other cases",
    },
    "report.col.owner": {
        "da": "Tovholder",
        "en": "Owner",
    },
    "report.col.participants": {
        "da": "Deltagere i IPS",
        "en": "Participants in IPS",
    },
    "report.col.period": {
        "da": "Periode",
        "en": "Period",
    },
    "report.col.previous": {
        "da": "Forrige vurdering",
        "en": "Previous review",
    },
    "report.col.principle": {
        "da": "Princip",
        "en": "Principle",
    },
    "report.col.rating": {
        "da": "Vurdering",
        "en": "Rating",
    },
    "report.col.responsible": {
        "da": "Ansvarlig part",
        "en": "Responsible party",
    },
    "report.col.share": {
        "da": "Andel",
        "en": "Share",
    },
    "report.col.status": {
        "da": "Status",
        "en": "Status",
    },
    "report.done": {
        "da": "Rapport gemt: {path}",
        "en": "Report saved: {path}",
    },
    "report.draft_banner": {
        "da": "KLADDE – vurderingen er ikke færdig",
        "en": "DRAFT – the assessment is not finished",
    },
    "report.draft_caseload": {
        "da": "Caseload er ikke udfyldt.",
        "en": "The caseload is not entered.",
    },
    "report.draft_elements": {
        "da": "Ikke vurderet ({count} af {total} elementer): {elements}.",
        "en": "Not rated ({count} of {total} elements): {elements}.",
    },
    "report.draft_missing": {
        "da": "Det mangler, før vurderingen er færdig:",
        "en": "Missing before the assessment is finished:",
    },
    "report.draft_not_finished": {
        "da": "Vurderingen er ikke afsluttet og underskrevet af bedømmerne.",
        "en": "The review is not finished and signed off by the reviewers.",
    },
    "report.draft_short": {
        "da": "mangler: {missing}",
        "en": "missing: {missing}",
    },
    "report.draft_short_caseload": {
        "da": "caseload",
        "en": "caseload",
    },
    "report.draft_short_element": {
        "da": "1 element",
        "en": "1 element",
    },
    "report.draft_short_elements": {
        "da": "{count} elementer",
        "en": "{count} elements",
    },
    "report.draft_short_not_finished": {
        "da": "afslutning",
        "en": "finishing",
    },
    "report.draft_watermark": {
        "da": "KLADDE",
        "en": "DRAFT",
    },
    "report.field.actions": {
        "da": "Handleplan",
        "en": "Action plan",
    },
    "report.field.agreement": {
        "da": "Samarbejdsaftale",
        "en": "Cooperation agreement",
    },
    "report.field.clinics": {
        "da": "Ambulatorier og afdelinger",
        "en": "Clinics and departments",
    },
    "report.field.date": {
        "da": "Dato",
        "en": "Date",
    },
    "report.field.instrument": {
        "da": "Instrument",
        "en": "Instrument",
    },
    "report.field.municipality": {
        "da": "Kommune",
        "en": "Municipality",
    },
    "report.field.period": {
        "da": "Periode",
        "en": "Period",
    },
    "report.field.previous": {
        "da": "Forrige vurdering",
        "en": "Previous review",
    },
    "report.field.psychiatry": {
        "da": "Psykiatri",
        "en": "Psychiatry",
    },
    "report.field.reviewers": {
        "da": "Bedømmere",
        "en": "Reviewers",
    },
    "report.field.status": {
        "da": "Status",
        "en": "Status",
    },
    "report.field.team": {
        "da": "Team",
        "en": "Team",
    },
    "report.finished_by_upgrade": {
        "da": "Afsluttet {date} (sat ved opgradering, uden underskrifter i programmet)",
        "en": "Finished {date} (set by upgrade, without sign-offs in the program)",
    },
    "report.finished_on_by": {
        "da": "Afsluttet {date} af {names}",
        "en": "Finished {date} by {names}",
    },
    "report.first_review": {
        "da": "ingen – første vurdering",
        "en": "none – first review",
    },
    "report.footer_fingerprint": {
        "da": "Fingeraftryk {fingerprint}",
        "en": "Fingerprint {fingerprint}",
    },
    "report.footer_generated": {
        "da": "Dannet {date} · {instrument}",
        "en": "Generated {date} · {instrument}",
    },
    "report.footer_page": {
        "da": "side {page} af {pages}",
        "en": "page {page} of {pages}",
    },
    "report.help_label": {
        "da": "Uddybning:",
        "en": "Explanation:",
    },
    "report.highest_load_row": {
        "da": "Højeste caseload (belastning)",
        "en": "Highest caseload (load)",
    },
    "report.how_scores": {
        "da": "{scale}. Et princips score er gennemsnittet af dets vurderede elementer, den samlede score gennemsnittet af principperne.",
        "en": "{scale}. A principle's score is the average of its rated elements, the overall score the average of the principles.",
    },
    "report.how_title": {
        "da": "Sådan læses vurderingen",
        "en": "How to read the review",
    },
    "report.how_verdict": {
        "da": "Teamet lever kun op til minimumsdefinitionen, når alle elementer er {full}, og ingen konsulents caseload er over {limit}; en høj score kan derfor godt stå sammen med »lever ikke op«.",
        "en": 'The team meets the minimum definition only when every element is {full} and no consultant\'s caseload is above {limit}; so a high score can go with "does not meet".',
    },
    "report.kicker": {
        "da": "Rapport om IPS-modeltrofasthed til styregruppen",
        "en": "IPS fidelity report for the steering group",
    },
    "report.legend_current": {
        "da": "Denne vurdering ({period})",
        "en": "This review ({period})",
    },
    "report.legend_previous": {
        "da": "Forrige vurdering ({period})",
        "en": "Previous review ({period})",
    },
    "report.legend_unrated": {
        "da": "princip uden vurderede elementer (tegnet som 0)",
        "en": "principle with no rated elements (drawn as 0)",
    },
    "report.months": {
        "da": "januar,februar,marts,april,maj,juni,juli,august,september,oktober,november,december",
        "en": "January,February,March,April,May,June,July,August,September,October,November,December",
    },
    "report.months_short": {
        "da": "jan.,feb.,mar.,apr.,maj,jun.,jul.,aug.,sep.,okt.,nov.,dec.",
        "en": "Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec",
    },
    "report.no_scores": {
        "da": "Intet princip er vurderet endnu.",
        "en": "No principle has been rated yet.",
    },
    "report.not_given": {
        "da": "ikke angivet",
        "en": "not given",
    },
    "report.not_met_elsewhere": {
        "da": "Elementer, der ikke er fuldt opfyldt ({count}): se dem i afsnittet om principperne.",
        "en": "Elements not fully met ({count}): see the section on the principles.",
    },
    "report.not_met_heading": {
        "da": "Elementer, der ikke er fuldt opfyldt ({count})",
        "en": "Elements not fully met ({count})",
    },
    "report.not_met_more": {
        "da": "… og {count} mere – alle elementer står i afsnittet om principperne.",
        "en": "… and {count} more – every element is in the section on the principles.",
    },
    "report.not_rated": {
        "da": "Ikke vurderet",
        "en": "Not rated",
    },
    "report.note_label": {"da": "Note", "en": "Note"},
    "report.outcome_line": {
        "da": "Resultater: {in_job} af {participants} deltagere i job eller uddannelse ({share} %) · reference: forskningsprojektet Inklusion ({reference} % af deltagerne kom i job eller uddannelse)",
        "en": "Outcomes: {in_job} of {participants} participants in job or education ({share}%) · reference: the Danish Inklusion research project ({reference}% of participants reached work or education)",
    },
    "report.outcome_line_empty": {
        "da": "Resultater: ingen deltagere i IPS registreret · reference: forskningsprojektet Inklusion ({reference} % af deltagerne kom i job eller uddannelse)",
        "en": "Outcomes: no participants in IPS recorded · reference: the Danish Inklusion research project ({reference}% of participants reached work or education)",
    },
    "report.outcome_reference": {
        "da": "Reference: I forskningsprojektet Inklusion kom {share} % af deltagerne i job eller uddannelse.",
        "en": "Reference: in the Danish Inklusion research project, {share}% of participants reached work or education.",
    },
    "report.overall": {
        "da": "Samlet score",
        "en": "Overall score",
    },
    "report.overall_of": {
        "da": "af 100",
        "en": "out of 100",
    },
    "report.overall_previous": {
        "da": "Forrige vurdering: {score}",
        "en": "Previous review: {score}",
    },
    "report.overall_provisional": {
        "da": "Foreløbig: {rated} af {total} elementer vurderet",
        "en": "Provisional: {rated} of {total} elements rated",
    },
    "report.overall_row": {
        "da": "Samlet score",
        "en": "Overall score",
    },
    "report.percent": {
        "da": " %",
        "en": "%",
    },
    "report.personal_data": {
        "da": "Disse tekster ser ud til at indeholde CPR-numre: {places}. Brug --mask-personal-data for at skjule dem eller --allow-personal-data for at medtage dem",
        "en": "These texts seem to hold CPR numbers: {places}. Use --mask-personal-data to hide them or --allow-personal-data to include them",
    },
    "report.place.action": {
        "da": "handleplanens punkt {number}",
        "en": "action plan item {number}",
    },
    "report.place.agreement": {
        "da": "samarbejdsaftalen: {field}",
        "en": "the cooperation agreement: {field}",
    },
    "report.place.consultant": {
        "da": "konsulent {number} i sagsbelastningen",
        "en": "consultant {number} in the caseload",
    },
    "report.place.note": {"da": "noten til {element}", "en": "the note on {element}"},
    "report.place.reopening": {
        "da": "en begrundelse for genåbning",
        "en": "a reason for reopening",
    },
    "report.place.reviewer_note": {
        "da": "{reviewer}s note til {element}",
        "en": "{reviewer}'s note on {element}",
    },
    "report.place.team": {"da": "holdets navn", "en": "the team name"},
    "report.principle_score": {
        "da": "Score {score} · {rated} af {elements} elementer vurderet",
        "en": "Score {score} · {rated} of {elements} elements rated",
    },
    "report.principle_score_one": {
        "da": "Score {score} · {rated} af 1 element vurderet",
        "en": "Score {score} · {rated} of 1 element rated",
    },
    "report.principles_help_note": {
        "da": "»Uddybning« under et princip forklarer princippet ved siden af instrumentets egen tekst; den vurderes ikke.",
        "en": 'The "Explanation" under a principle explains it beside the instrument\'s own text; it is not rated.',
    },
    "report.progress.done": {
        "da": "Rapporten er klar",
        "en": "The report is ready",
    },
    "report.progress.gather": {
        "da": "Henter vurderingen …",
        "en": "Reading the assessment …",
    },
    "report.progress.layout": {
        "da": "Sætter rapporten op …",
        "en": "Laying out the report …",
    },
    "report.progress.write": {
        "da": "Gemmer PDF-filen …",
        "en": "Saving the PDF file …",
    },
    "report.rank_tied": {
        "da": "{count} principper med samme score: {ids}",
        "en": "{count} principles with the same score: {ids}",
    },
    "report.reopened_count": {
        "da": "genåbnet {count} gang(e), se afsnittet Vurderingen som dokument",
        "en": "reopened {count} time(s), see the section The review as a record",
    },
    "report.reopened_line": {
        "da": "Genåbnet {date} af {who}: {reason}",
        "en": "Reopened {date} by {who}: {reason}",
    },
    "report.reviewers_annex_intro": {
        "da": "Hver bedømmer bedømte først for sig selv; konsensus er den fælles bedømmelse, som rapporten bygger på. ≠ markerer uenighed.",
        "en": "Each reviewer first rated on their own; the consensus is the joint rating the report is built on. ≠ marks a disagreement.",
    },
    "report.section.actions": {
        "da": "Handleplan",
        "en": "Action plan",
    },
    "report.section.agreement": {
        "da": "Bilag: Samarbejdsaftale",
        "en": "Annex: Cooperation agreement",
    },
    "report.section.caseload": {
        "da": "Caseload",
        "en": "Caseload",
    },
    "report.section.change": {
        "da": "Udvikling siden forrige vurdering",
        "en": "Change since the previous review",
    },
    "report.section.interrater": {
        "da": "Enighed mellem bedømmerne",
        "en": "Agreement between the reviewers",
    },
    "report.section.outcomes": {
        "da": "Resultater over tid",
        "en": "Outcomes over time",
    },
    "report.section.principles": {
        "da": "Principper og elementer",
        "en": "Principles and elements",
    },
    "report.section.record": {
        "da": "Vurderingen som dokument",
        "en": "The review as a record",
    },
    "report.section.reopenings": {
        "da": "Rettelser efter afslutning",
        "en": "Corrections after finishing",
    },
    "report.section.reviewers_annex": {
        "da": "Bedømmernes egne bedømmelser ved siden af konsensus",
        "en": "The reviewers' own ratings beside the consensus",
    },
    "report.section.signatures": {
        "da": "Underskrift og dato",
        "en": "Signature and date",
    },
    "report.sign_date": {
        "da": "Dato",
        "en": "Date",
    },
    "report.sign_for": {
        "da": "For {name}",
        "en": "For {name}",
    },
    "report.sign_intro": {
        "da": "Med underskrift bekræfter kommune og psykiatri, at rapporten er drøftet i fællesskab.",
        "en": "By signing, the municipality and psychiatry confirm that they have discussed the report together.",
    },
    "report.sign_municipality": {
        "da": "For kommunen",
        "en": "For the municipality",
    },
    "report.sign_name": {
        "da": "Navn",
        "en": "Name",
    },
    "report.sign_psychiatry": {
        "da": "For psykiatrien",
        "en": "For psychiatry",
    },
    "report.sign_signature": {
        "da": "Underskrift",
        "en": "Signature",
    },
    "report.sources": {
        "da": "Kilder: {sources}",
        "en": "Sources: {sources}",
    },
    "report.strongest": {
        "da": "Stærkeste principper",
        "en": "Strongest principles",
    },
    "report.subtitle": {
        "da": "{instrument} · {period}",
        "en": "{instrument} · {period}",
    },
    "report.unchanged": {"da": "uændret", "en": "unchanged"},
    "report.verdict_row": {"da": "Resultat", "en": "Result"},
    "report.weakest": {
        "da": "Svageste principper",
        "en": "Weakest principles",
    },
    "report.why.denied": {
        "da": "ingen tilladelse til at skrive der (er filen åben i et andet program?)",
        "en": "no permission to write there (is the file open in another program?)",
    },
    "report.why.disk_full": {
        "da": "disken er fuld",
        "en": "the disk is full",
    },
    "report.why.is_folder": {
        "da": "det er en mappe, ikke en fil",
        "en": "it is a folder, not a file",
    },
    "report.why.no_folder": {
        "da": "mappen findes ikke",
        "en": "the folder does not exist",
    },
    "report.write_failed": {
        "da": "Kunne ikke gemme rapporten {path}: {why}",
        "en": "Could not save the report {path}: {why}",
    },
    "team.duplicate": {
        "da": "Der findes allerede et team, der hedder »{name}«",
        "en": "There is already a team called '{name}'",
    },
    "team.empty_name": {
        "da": "Teamet skal have et navn",
        "en": "The team needs a name",
    },
    "team.long_name": {
        "da": "Teamets navn må højst være 200 tegn",
        "en": "The team name may be at most 200 characters",
    },
    "team.not_found": {
        "da": "Intet team hedder »{name}«",
        "en": "No team is called '{name}'",
    },
    "verdict.caseload_missing": {
        "da": "caseload er ikke udfyldt",
        "en": "caseload is not entered",
    },
    "verdict.caseload_over": {
        "da": "caseload over grænsen",
        "en": "caseload over the limit",
    },
    "verdict.does_not_meet": {
        "da": "Teamet lever ikke op til minimumsdefinitionen: {reasons}",
        "en": "The team does not meet the minimum definition: {reasons}",
    },
    "verdict.element_missing": {
        "da": "1 element mangler",
        "en": "1 element is missing",
    },
    "verdict.elements_missing": {
        "da": "{count} elementer mangler",
        "en": "{count} elements are missing",
    },
    "verdict.incomplete": {
        "da": "Vurderingen er ikke færdig: {missing}",
        "en": "The assessment is not finished: {missing}",
    },
    "verdict.meets": {
        "da": "Teamet lever op til minimumsdefinitionen",
        "en": "The team meets the minimum definition",
    },
    "verdict.short.does_not_meet": {
        "da": "Lever ikke op",
        "en": "Does not meet",
    },
    "verdict.short.incomplete": {
        "da": "Ikke færdig",
        "en": "Not finished",
    },
    "verdict.short.meets": {
        "da": "Lever op",
        "en": "Meets",
    },
}

# Refused input and unusable databases: their own module, merged here.
from ipsfidelity.messages_input import INPUT_MESSAGES  # noqa: E402

# Kept in key order, as the rest (a test reads the catalogue that way).
_ALL = sorted({**MESSAGES, **INPUT_MESSAGES}.items())
MESSAGES.clear()
MESSAGES.update(_ALL)

# The lifecycle screens' words (finishing, reopening, who is rating, consensus, history).
from ipsfidelity.ui_words_lifecycle import WORDS  # noqa: E402

MESSAGES.update(WORDS)
_ALL = sorted(MESSAGES.items())
MESSAGES.clear()
MESSAGES.update(_ALL)
