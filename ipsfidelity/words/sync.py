"""Moving reviews between laptops and the shared server: preview, merge, bundles, sync."""

WORDS: dict[str, dict[str, str]] = {
    "sync.agreement_deleted": {
        "da": "aftalen fra {start} slettes",
        "en": "the agreement from {start} is deleted",
    },
    "sync.agreement_new": {
        "da": "ny aftale fra {start}",
        "en": "a new agreement from {start}",
    },
    "sync.bad_url": {
        "da": "Serverens adresse skal være en PostgreSQL-adresse, fx postgresql://server/ipsfidelity",
        "en": "The server's address must be a PostgreSQL URL, e.g. postgresql://server/ipsfidelity",
    },
    "sync.cancelled": {
        "da": "Annulleret – intet er skrevet.",
        "en": "Cancelled – nothing was written.",
    },
    "sync.changed_since": {
        "da": "Databasen er ændret siden forhåndsvisningen – intet er skrevet. Lav forhåndsvisningen igen.",
        "en": "The database changed since the preview – nothing was written. Preview again.",
    },
    "sync.cli.applied": {
        "da": "fra filen: {elements}",
        "en": "from the file: {elements}",
    },
    "sync.cli.bundle_done": {
        "da": "Gemt: {path} ({reviews} vurderinger, {teams} teams)",
        "en": "Saved: {path} ({reviews} assessments, {teams} teams)",
    },
    "sync.cli.conflict": {
        "da": "{label}: her »{local}«, indkommende »{incoming}«, fælles udgangspunkt »{base}«",
        "en": "{label}: here '{local}', incoming '{incoming}', common base '{base}'",
    },
    "sync.cli.conflicts": {
        "da": "{count} konflikt(er) – intet er skrevet. Løs dem i appen (Filer → Importér…), eller behold den ene side for alle med {flag}.",
        "en": "{count} conflict(s) – nothing was written. Resolve them in the app (File → Import…), or keep one side for all with {flag}.",
    },
    "sync.cli.conflicts_locked": {
        "da": "{count} konflikt(er), heraf {locked} i en afsluttet vurdering – intet er skrevet. Løs dem i appen (Filer → Importér…), eller brug {flag}; Genåbn med --reopen-reason for at tage den indkommende.",
        "en": "{count} conflict(s), {locked} of them in a finished assessment – nothing was written. Resolve them in the app (File → Import…), or use {flag}; Reopen with --reopen-reason to take the incoming one.",
    },
    "sync.cli.done": {
        "da": "Synkroniseret med {server} – sendt: {sent}, hentet: {fetched}.",
        "en": "Synchronised with {server} – sent: {sent}, fetched: {fetched}.",
    },
    "sync.cli.from_server": {
        "da": "Fra serveren:",
        "en": "From the server:",
    },
    "sync.cli.more": {
        "da": "Beholdt her: {kept}, slettet: {deleted}, genåbnet: {reopened}.",
        "en": "Kept here: {kept}, deleted: {deleted}, reopened: {reopened}.",
    },
    "sync.cli.team_created": {
        "da": "Nyt team: {name}",
        "en": "New team: {name}",
    },
    "sync.cli.to_server": {
        "da": "Til serveren:",
        "en": "To the server:",
    },
    "sync.deleted_here": {
        "da": "vurderingen er slettet her, og filen har intet nyere",
        "en": "the assessment was deleted here, and the file has nothing newer",
    },
    "sync.deleted_there": {
        "da": "vurderingen er slettet, hvor filen kommer fra",
        "en": "the assessment was deleted where the file comes from",
    },
    "sync.failed": {
        "da": "Synkroniseringen med {server} mislykkedes undervejs ({why}) – intet er ændret på nogen af siderne. Prøv igen.",
        "en": "Synchronising with {server} failed part-way ({why}) – nothing was changed on either side. Try again.",
    },
    "sync.field.caseload_unavailable": {
        "da": "Caseload ikke tilgængelig",
        "en": "Caseload unavailable",
    },
    "sync.field.reviewers": {
        "da": "Reviewere",
        "en": "Reviewers",
    },
    "sync.help.bundle": {
        "da": "eksportér teams med alle deres vurderinger til én fil (uden --team: alt)",
        "en": "export teams with all their assessments to one file (without --team: everything)",
    },
    "sync.help.dry_run": {
        "da": "vis forhåndsvisningen uden at skrive noget",
        "en": "show the preview without writing anything",
    },
    "sync.help.keep": {
        "da": "ved konflikter: behold denne computers (local) eller filens (incoming) værdi for alle",
        "en": "on conflicts: keep this computer's (local) or the file's (incoming) value for all",
    },
    "sync.help.keep_server": {
        "da": "ved konflikter: behold denne computers (local) eller serverens (server) værdi for alle",
        "en": "on conflicts: keep this computer's (local) or the server's (server) value for all",
    },
    "sync.help.reopen": {
        "da": "begrundelse for at genåbne afsluttede vurderinger, som importen ændrer",
        "en": "reason for reopening finished assessments the import changes",
    },
    "sync.help.server": {
        "da": "serverens PostgreSQL-adresse, uden adgangskode (den står i ~/.pgpass)",
        "en": "the server's PostgreSQL URL, without a password (it is in ~/.pgpass)",
    },
    "sync.help.sync": {
        "da": "send til og hent fra regionens fælles server",
        "en": "send to and fetch from the region's shared server",
    },
    "sync.help.team": {
        "da": "teamets navn (kan gentages)",
        "en": "the team's name (may be repeated)",
    },
    "sync.item.origin": {
        "da": "fortsætter",
        "en": "continues",
    },
    "sync.item.owner": {
        "da": "ansvarlig",
        "en": "owner",
    },
    "sync.item.party": {
        "da": "part",
        "en": "party",
    },
    "sync.label.agreement": {
        "da": "Samarbejdsaftale: {field}",
        "en": "Cooperation agreement: {field}",
    },
    "sync.label.agreement_whole": {
        "da": "Samarbejdsaftalen fra {start} (slettet i filen)",
        "en": "The cooperation agreement from {start} (deleted in the file)",
    },
    "sync.label.item": {
        "da": "Handleplan {item}: {field}",
        "en": "Action plan {item}: {field}",
    },
    "sync.label.own": {
        "da": "Element {element} ({reviewer}s egen vurdering)",
        "en": "Element {element} ({reviewer}'s own rating)",
    },
    "sync.label.own_caseload": {
        "da": "Caseload ({reviewer}s egen optælling)",
        "en": "Caseload ({reviewer}'s own count)",
    },
    "sync.label.rating": {
        "da": "Element {element}",
        "en": "Element {element}",
    },
    "sync.label.review": {
        "da": "Hele vurderingen",
        "en": "The whole assessment",
    },
    "sync.label.signoff": {
        "da": "Godkendelse ({reviewer})",
        "en": "Sign-off ({reviewer})",
    },
    "sync.local_newer": {
        "da": "ændret her siden; denne kopi beholdes",
        "en": "changed here since; this copy is kept",
    },
    "sync.password_in_url": {
        "da": "Adgangskoden må ikke stå i serverens adresse: læg den i ~/.pgpass eller en PostgreSQL-servicefil.",
        "en": "The password must not be in the server's address: put it in ~/.pgpass or a PostgreSQL service file.",
    },
    "sync.reopen_needed": {
        "da": "En afsluttet vurdering ændres: angiv en begrundelse for at genåbne den.",
        "en": "A finished assessment would change: give a reason for reopening it.",
    },
    "sync.status.conflict": {
        "da": "Konflikt",
        "en": "Conflict",
    },
    "sync.status.deleted": {
        "da": "Slettes",
        "en": "Deleted",
    },
    "sync.status.local_newer": {
        "da": "Nyere her",
        "en": "Newer here",
    },
    "sync.status.new": {
        "da": "Ny",
        "en": "New",
    },
    "sync.status.refused": {
        "da": "Afvist",
        "en": "Refused",
    },
    "sync.status.unchanged": {
        "da": "Uændret",
        "en": "Unchanged",
    },
    "sync.status.updated": {
        "da": "Opdateres",
        "en": "Updated",
    },
    "sync.team_agreement_updated": {
        "da": "Samarbejdsaftaler for {name} ændres: {fields}",
        "en": "Cooperation agreements of {name} change: {fields}",
    },
    "sync.unreachable": {
        "da": "Kan ikke forbinde til {server}: {why}. Arbejdet her fortsætter uden serveren.",
        "en": "Cannot connect to {server}: {why}. Work here goes on without the server.",
    },
    "sync.unresolved": {
        "da": "{count} konflikt(er) er ikke afgjort – intet er skrevet.",
        "en": "{count} conflict(s) not resolved – nothing was written.",
    },
    "sync.value.exists": {
        "da": "findes",
        "en": "exists",
    },
}
