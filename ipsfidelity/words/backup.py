"""Backups and restoring them."""

WORDS: dict[str, dict[str, str]] = {
    "backup.ask": {
        "da": "Lav en sikkerhedskopi af databasen nu?\n\nSikkerhedskopimappen:\n{folder}\n\nVælg »Gem som …« for at lægge kopien et andet sted, fx på en USB-nøgle.",
        "en": "Make a backup of the database now?\n\nThe backups folder:\n{folder}\n\nChoose “Save as …” to put the copy somewhere else, e.g. on a USB stick.",
    },
    "backup.done": {
        "da": "Sikkerhedskopien er gemt:\n{path}",
        "en": "The backup is saved:\n{path}",
    },
    "backup.empty": {"da": "filen er tom", "en": "the file is empty"},
    "backup.failed": {
        "da": "Sikkerhedskopien {path} kunne ikke skrives: {why}",
        "en": "The backup {path} could not be written: {why}",
    },
    "backup.filter": {"da": "Databasefiler (*.sqlite3)", "en": "Database files (*.sqlite3)"},
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
    "backup.save_as": {"da": "Gem som …", "en": "Save as …"},
    "backup.save_title": {"da": "Gem sikkerhedskopi", "en": "Save backup"},
    "backup.sqlite_only": {
        "da": "Sikkerhedskopier laves kun af en SQLite-database. En PostgreSQL-server tager sine egne.",
        "en": "Backups are made of an SQLite database only. A PostgreSQL server keeps its own.",
    },
    "backup.startup_done": {
        "da": "Sikkerhedskopi lavet ved start ({name}); Filer → Gendan … viser alle kopier",
        "en": "Backup made at start ({name}); File → Restore … lists every copy",
    },
    "backup.title": {"da": "Sikkerhedskopi", "en": "Backup"},
    "backup.to_folder": {"da": "Gem i sikkerhedskopimappen", "en": "Save in the backups folder"},
    "backup.too_new": {
        "da": "den er lavet af en nyere version af programmet",
        "en": "it was made by a newer version of the program",
    },
    "backup.unusable": {
        "da": "Sikkerhedskopien {path} kan ikke gendannes: {why}",
        "en": "The backup {path} cannot be restored: {why}",
    },
    "backup.working": {"da": "Laver sikkerhedskopi …", "en": "Making a backup …"},
    "restore.checking": {"da": "Kontrollerer sikkerhedskopien …", "en": "Checking the backup …"},
    "restore.col_date": {"da": "Tidspunkt", "en": "Time"},
    "restore.col_kind": {"da": "Slags", "en": "Kind"},
    "restore.col_size": {"da": "Størrelse", "en": "Size"},
    "restore.confirm": {
        "da": "Gendan databasen fra denne sikkerhedskopi?\n\n{file}\n\nDet, der er indtastet siden kopien blev lavet, erstattes. Først gemmes en kopi af den nuværende database i sikkerhedskopimappen, så intet går tabt.",
        "en": "Restore the database from this backup?\n\n{file}\n\nWhat was entered since the copy was made is replaced. A copy of the current database is first kept in the backups folder, so nothing is lost.",
    },
    "restore.done": {
        "da": "Databasen er gendannet fra {file}.",
        "en": "The database has been restored from {file}.",
    },
    "restore.failed": {"da": "Gendannelsen mislykkedes: {why}", "en": "The restore failed: {why}"},
    "restore.intro": {
        "da": "Vælg den sikkerhedskopi, databasen skal gendannes fra:",
        "en": "Choose the backup to restore the database from:",
    },
    "restore.kept": {
        "da": "Den tidligere database er gemt som {path}.",
        "en": "The previous database is kept as {path}.",
    },
    "restore.kind_before": {"da": "Før en gendannelse", "en": "Before a restore"},
    "restore.none": {
        "da": "Der er endnu ingen sikkerhedskopier i mappen. Vælg en fil i stedet.",
        "en": "There are no backups in the folder yet. Choose a file instead.",
    },
    "restore.open_title": {"da": "Vælg sikkerhedskopi", "en": "Choose a backup"},
    "restore.pick_file": {"da": "Vælg &fil …", "en": "Choose &file …"},
    "restore.title": {"da": "Gendan fra sikkerhedskopi", "en": "Restore from a backup"},
    "restore.working": {"da": "Gendanner …", "en": "Restoring …"},
}
