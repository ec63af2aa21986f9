"""Opening, checking and repairing the database; teams and assessments in the store."""

WORDS: dict[str, dict[str, str]] = {
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
    "damaged.foreign_title": {
        "da": "Filen er ikke en database",
        "en": "The file is not a database",
    },
    "damaged.loading": {
        "da": "Databasen er beskadiget. Vælg, hvad der skal ske.",
        "en": "The database is damaged. Choose what should happen.",
    },
    "damaged.new": {"da": "Start en ny, tom database", "en": "Start a new, empty database"},
    "damaged.newest": {
        "da": "Nyeste sikkerhedskopi: {date} ({size}).",
        "en": "Newest backup: {date} ({size}).",
    },
    "damaged.no_backup": {
        "da": "Der er ingen sikkerhedskopi af denne database.",
        "en": "There is no backup of this database.",
    },
    "damaged.quit": {"da": "Afslut", "en": "Quit"},
    "damaged.restore": {"da": "Gendan nyeste sikkerhedskopi", "en": "Restore the newest backup"},
    "damaged.set_aside": {
        "da": "Den beskadigede fil ligger uændret som {path}.",
        "en": "The damaged file is kept unchanged as {path}.",
    },
    "damaged.text": {
        "da": "Databasefilen kan ikke bruges:\n{path}\n\nÅrsag: {reason}\n\nFilen bliver ikke ændret eller overskrevet. Den lægges til side uændret, hvis du gendanner eller starter en ny.",
        "en": "The database file cannot be used:\n{path}\n\nReason: {reason}\n\nThe file is not changed or overwritten. It is set aside unchanged if you restore or start a new one.",
    },
    "damaged.title": {"da": "Databasen er beskadiget", "en": "The database is damaged"},
    "db.bad_server_url": {
        "da": "Databaseadressen »{url}« er ikke gyldig; skriv den som postgresql://bruger@vært:port/database",
        "en": "The database address '{url}' is not valid; write it as postgresql://user@host:port/database",
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
    "db.disk_full": {
        "da": "Databasen {where} kan ikke skrives: disken er fuld. Frigør plads og prøv igen; intet er ændret",
        "en": "The database {where} cannot be written: the disk is full. Free some space and try again; nothing was changed",
    },
    "db.file_empty": {"da": "filen er tom (0 byte)", "en": "the file is empty (0 bytes)"},
    "db.foreign_schema": {
        "da": "Databasen {where} indeholder tabeller, men er ikke en ipsfidelity-database; den røres ikke",
        "en": "The database {where} holds tables but is not an ipsfidelity database; it is left untouched",
    },
    "db.io_error": {
        "da": "Databasen {where} kan ikke læses eller skrives (fejl fra disken). Tjek disken eller drevet, og prøv igen",
        "en": "The database {where} cannot be read or written (a disk error). Check the disk or drive and try again",
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
    "db.missing_table": {
        "da": "Databasen {where} mangler tabellen »{table}« og kan ikke bruges. Filen er ikke ændret; gendan den nyeste sikkerhedskopi",
        "en": "The database {where} lacks the table '{table}' and cannot be used. The file is unchanged; restore the newest backup",
    },
    "db.newer_version": {
        "da": "Databasen {where} er lavet af en nyere version af ipsfidelity (skemaversion {revision}); opdatér ipsfidelity for at åbne den. Den er ikke ændret",
        "en": "The database {where} was made by a newer version of ipsfidelity (schema version {revision}); update ipsfidelity to open it. It is unchanged",
    },
    "db.not_sqlite": {
        "da": "{path} er ikke en ipsfidelity-database (filen er beskadiget eller af en anden type); den røres ikke",
        "en": "{path} is not an ipsfidelity database (the file is damaged or of another kind); it is left untouched",
    },
    "db.read_only": {
        "da": "Databasen {where} er skrivebeskyttet (filen eller mappen må ikke ændres), så ændringen kan ikke gemmes; visning og rapporter virker stadig",
        "en": "The database {where} is read-only (the file or its folder may not be changed), so the change cannot be saved; viewing and reports still work",
    },
    "db.server_permission": {
        "da": "Databaseserveren {where} nægter adgang: brugeren har ikke ret til tabellerne. Bed den, der driver serveren, om at give adgang",
        "en": "The database server {where} denies access: the user has no rights on the tables. Ask whoever runs the server to grant access",
    },
    "db.server_unreachable": {
        "da": "Der er ingen forbindelse til databaseserveren {where}. Tjek, at der er netværk, at serveren kører, og at adresse, bruger og adgangskode er rigtige. (Serverens svar: {why})",
        "en": "There is no connection to the database server {where}. Check that the network is up, that the server is running, and that the address, user and password are right. (The server said: {why})",
    },
    "db.unreadable": {
        "da": "Databasen {where} kan ikke læses: du har ikke adgang til filen",
        "en": "The database {where} cannot be read: you have no access to the file",
    },
    "db.unusable": {
        "da": "Databasen {where} kan ikke bruges: {why}",
        "en": "The database {where} cannot be used: {why}",
    },
    "db.version_rows": {
        "da": "Databasen {where} har {count} versionsmarkeringer i stedet for én og kan ikke bruges sikkert. Den er ikke ændret; gendan den nyeste sikkerhedskopi",
        "en": "The database {where} has {count} version marks instead of one and cannot be used safely. It is unchanged; restore the newest backup",
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
    "team.clinics": {"da": "K&linikker", "en": "C&linics"},
    "team.clinics_placeholder": {"da": "fx F-ACT og OPUS", "en": "e.g. F-ACT and OPUS"},
    "team.dialog_edit": {"da": "Rediger team", "en": "Edit team"},
    "team.dialog_new": {"da": "Nyt team", "en": "New team"},
    "team.duplicate": {
        "da": "Der findes allerede et team, der hedder »{name}«",
        "en": "There is already a team called '{name}'",
    },
    "team.empty_name": {"da": "Teamet skal have et navn", "en": "The team needs a name"},
    "team.long_name": {
        "da": "Teamets navn må højst være 200 tegn",
        "en": "The team name may be at most 200 characters",
    },
    "team.municipality": {"da": "&Kommune", "en": "&Municipality"},
    "team.name": {"da": "&Navn", "en": "&Name"},
    "team.name_placeholder": {"da": "fx IPS Glostrup", "en": "e.g. IPS Glostrup"},
    "team.not_found": {"da": "Intet team hedder »{name}«", "en": "No team is called '{name}'"},
    "team.psychiatry": {"da": "&Psykiatrisk enhed", "en": "&Psychiatry unit"},
}
