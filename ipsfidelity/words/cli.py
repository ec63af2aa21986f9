"""The command line: help texts, columns and messages."""

WORDS: dict[str, dict[str, str]] = {
    "cli.actions.none": {"da": "Der er ingen handlinger.", "en": "There are no actions."},
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
    "cli.col.action": {"da": "Handling", "en": "Action"},
    "cli.col.elements": {"da": "Elementer", "en": "Elements"},
    "cli.col.id": {"da": "Id", "en": "Id"},
    "cli.col.new": {"da": "Efter", "en": "After"},
    "cli.col.old": {"da": "Før", "en": "Before"},
    "cli.col.principles": {"da": "Principper", "en": "Principles"},
    "cli.col.title": {"da": "Titel", "en": "Title"},
    "cli.col.version": {"da": "Version", "en": "Version"},
    "cli.col.what": {"da": "Hvad", "en": "What"},
    "cli.col.when": {"da": "Hvornår", "en": "When"},
    "cli.col.who": {"da": "Hvem", "en": "Who"},
    "cli.command": {"da": "KOMMANDO", "en": "COMMAND"},
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
    "cli.export.done": {"da": "Gemt: {path}", "en": "Saved: {path}"},
    "cli.export.failed": {
        "da": "Kunne ikke skrive {path}: {why}",
        "en": "Could not write {path}: {why}",
    },
    "cli.help.accept_agreed": {
        "da": "sæt konsensus på alle elementer, hvor bedømmerne er enige",
        "en": "set the consensus on every element where the reviewers agree",
    },
    "cli.help.actions": {
        "da": "vis handleplanernes handlinger (overskredne markeres)",
        "en": "list the action plans' items (overdue ones are marked)",
    },
    "cli.help.actions_team": {"da": "kun dette teams handlinger", "en": "only this team's actions"},
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
    "cli.help.assessments": {"da": "vis vurderinger", "en": "list assessments"},
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
    "cli.help.element": {"da": "elementets id, fx P3.2", "en": "the element's id, e.g. P3.2"},
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
    "cli.help.note": {"da": "en note til bedømmelsen", "en": "a note on the rating"},
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
    "cli.help.report_out": {"da": "PDF-filen, der skal skrives", "en": "the PDF file to write"},
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
    "cli.help.since": {"da": "kun ændringer fra denne dato", "en": "only changes from this date"},
    "cli.help.team": {"da": "kun dette teams vurderinger", "en": "only this team's assessments"},
    "cli.help.teams": {"da": "vis teams", "en": "list teams"},
    "cli.history.none": {"da": "Ingen ændringer registreret", "en": "No changes recorded"},
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
    "cli.interrupted": {"da": "Afbrudt.", "en": "Interrupted."},
    "cli.metavar.name": {"da": "NAVN", "en": "NAME"},
    "cli.metavar.reason": {"da": "BEGRUNDELSE", "en": "REASON"},
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
    "cli.usage": {"da": "forkert brug: {detail}", "en": "wrong usage: {detail}"},
    "export.place.cell": {
        "da": "række {row}, kolonne {column}",
        "en": "row {row}, column {column}",
    },
}
