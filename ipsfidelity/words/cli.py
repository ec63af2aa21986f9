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
    "cli.col.action": {"da": "Handling", "en": "Action"},
    "cli.col.elements": {"da": "Elementer", "en": "Elements"},
    "cli.col.id": {"da": "Id", "en": "Id"},
    "cli.col.principles": {"da": "Principper", "en": "Principles"},
    "cli.col.title": {"da": "Titel", "en": "Title"},
    "cli.col.version": {"da": "Version", "en": "Version"},
    "cli.command": {"da": "KOMMANDO", "en": "COMMAND"},
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
    "cli.help.actions": {
        "da": "vis handleplanernes handlinger (overskredne markeres)",
        "en": "list the action plans' items (overdue ones are marked)",
    },
    "cli.help.actions_team": {"da": "kun dette teams handlinger", "en": "only this team's actions"},
    "cli.help.allow_personal_data": {
        "da": "skriv rapporten, selv om tekster ser ud til at indeholde CPR-numre",
        "en": "write the report even though texts seem to hold CPR numbers",
    },
    "cli.help.assessment_ref": {
        "da": "vurderingens id eller en entydig begyndelse af det",
        "en": "the assessment's id or a unique start of it",
    },
    "cli.help.assessments": {"da": "vis vurderinger", "en": "list assessments"},
    "cli.help.compare": {
        "da": "sammenlign et teams vurderinger kvartal for kvartal",
        "en": "compare a team's assessments quarter by quarter",
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
    "cli.help.export": {
        "da": "eksportér en vurdering til en udvekslingsfil (JSON)",
        "en": "export an assessment to an exchange file (JSON)",
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
    "cli.help.lang": {
        "da": "sprog for meddelelser (da eller en)",
        "en": "language for messages (da or en)",
    },
    "cli.help.mask_personal_data": {
        "da": "vis CPR-lignende numre i rapportens tekster som XXXXXX-XXXX",
        "en": "show CPR-like numbers in the report's texts as XXXXXX-XXXX",
    },
    "cli.help.open": {
        "da": "kun handlinger, der ikke er afsluttet",
        "en": "only actions that are not finished",
    },
    "cli.help.overview": {
        "da": "oversigt over alle teams med seneste vurdering",
        "en": "overview of every team with its latest assessment",
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
    "cli.help.team": {"da": "kun dette teams vurderinger", "en": "only this team's assessments"},
    "cli.help.teams": {"da": "vis teams", "en": "list teams"},
    "cli.import.done": {
        "da": "Importeret – nye: {created}, opdaterede: {updated}, uændrede: {unchanged}.",
        "en": "Imported – new: {created}, updated: {updated}, unchanged: {unchanged}.",
    },
    "cli.interrupted": {"da": "Afbrudt.", "en": "Interrupted."},
    "cli.metavar.name": {"da": "NAVN", "en": "NAME"},
    "cli.no_display": {
        "da": "Der er ingen skærm at vise programmet på (DISPLAY er ikke sat). Start det fra skrivebordet, eller brug kommandoerne (se ipsfidelity --help)",
        "en": "There is no screen to show the app on (DISPLAY is not set). Start it from the desktop, or use the commands (see ipsfidelity --help)",
    },
    "cli.teams.none": {
        "da": "Der er ingen teams endnu. Prøv »ipsfidelity demo«.",
        "en": "There are no teams yet. Try 'ipsfidelity demo'.",
    },
    "cli.unexpected": {
        "da": "Uventet fejl ({what}: {detail}). Detaljer er skrevet i {log}",
        "en": "Unexpected error ({what}: {detail}). Details are in {log}",
    },
    "cli.usage": {"da": "forkert brug: {detail}", "en": "wrong usage: {detail}"},
}
