"""The exchange screens: import, export, the preview, the merge view and the server sync."""

WORDS: dict[str, dict[str, str]] = {
    "xui.action.export": {"da": "Eks&portér …", "en": "E&xport …"},
    "xui.action.import": {"da": "&Importér …", "en": "&Import …"},
    "xui.action.import_folder": {"da": "Importér &mappe …", "en": "Import fol&der …"},
    "xui.action.sync": {"da": "Synk&ronisér med server …", "en": "&Synchronise with server …"},
    "xui.applied": {
        "da": "Importeret: {created} nye, {updated} opdaterede, {unchanged} uændrede, {kept} beholdt her, {deleted} slettede.",
        "en": "Imported: {created} new, {updated} updated, {unchanged} unchanged, {kept} kept here, {deleted} deleted.",
    },
    "xui.apply_refused": {"da": "Intet er skrevet: {why}", "en": "Nothing was written: {why}"},
    "xui.browse": {"da": "Vælg …", "en": "Choose …"},
    "xui.busy": {
        "da": "En import, eksport eller synkronisering er allerede i gang",
        "en": "An import, export or sync is already under way",
    },
    "xui.cancel": {"da": "Annullér", "en": "Cancel"},
    "xui.cancelled": {
        "da": "Annulleret – intet er skrevet",
        "en": "Cancelled – nothing was written",
    },
    "xui.col.base": {"da": "Fælles udgangspunkt", "en": "Common base"},
    "xui.col.choice": {"da": "Valg", "en": "Choice"},
    "xui.col.direction": {"da": "Retning", "en": "Direction"},
    "xui.col.incoming": {"da": "Indkommende", "en": "Incoming"},
    "xui.col.local": {"da": "Denne computer", "en": "This computer"},
    "xui.col.outcome": {"da": "Udfald", "en": "Outcome"},
    "xui.col.reason": {"da": "Begrundelse", "en": "Reason"},
    "xui.col.review": {"da": "Team og periode", "en": "Team and period"},
    "xui.col.server": {"da": "Serveren", "en": "The server"},
    "xui.col.what": {"da": "Element eller felt", "en": "Element or field"},
    "xui.direction.fetch": {"da": "↓ hentes", "en": "↓ fetched"},
    "xui.direction.send": {"da": "↑ sendes", "en": "↑ sent"},
    "xui.export.done": {
        "da": "{count} vurderinger er eksporteret til {path}",
        "en": "{count} reviews exported to {path}",
    },
    "xui.export.everything": {
        "da": "Alt: alle teams med alle deres vurderinger",
        "en": "Everything: all teams with all their reviews",
    },
    "xui.export.file": {"da": "Fil:", "en": "File:"},
    "xui.export.go": {"da": "Eksportér", "en": "Export"},
    "xui.export.intro": {
        "da": "Hvad skal med i filen? Den kan importeres på en anden computer med Filer → Importér …",
        "en": "What goes into the file? It can be imported on another computer with File → Import …",
    },
    "xui.export.mask": {
        "da": "Skjul tal, der ligner CPR-numre, i noter og tekster",
        "en": "Hide numbers that look like CPR numbers in notes and texts",
    },
    "xui.export.mask_note": {
        "da": "Slå kun fra, hvis modtageren må se borgeres CPR-numre.",
        "en": "Only turn this off if the recipient may see citizens' CPR numbers.",
    },
    "xui.export.name_everything": {
        "da": "IPS-vurderinger alle teams",
        "en": "IPS reviews all teams",
    },
    "xui.export.name_own": {
        "da": "Egne vurderinger {reviewer} {review}",
        "en": "Own ratings {reviewer} {review}",
    },
    "xui.export.name_review": {"da": "Vurdering {review}", "en": "Review {review}"},
    "xui.export.name_team": {"da": "Vurderinger {team}", "en": "Reviews {team}"},
    "xui.export.name_teams": {
        "da": "IPS-vurderinger udvalgte teams",
        "en": "IPS reviews selected teams",
    },
    "xui.export.own": {
        "da": "Kun én bedømmers egne vurderinger:",
        "en": "Only one reviewer's own ratings:",
    },
    "xui.export.review": {"da": "Denne vurdering: {review}", "en": "This review: {review}"},
    "xui.export.review_none": {
        "da": "Denne vurdering (ingen er valgt)",
        "en": "This review (none is selected)",
    },
    "xui.export.team": {
        "da": "Teamet {team} med alle dets vurderinger",
        "en": "The team {team} with all its reviews",
    },
    "xui.export.team_none": {
        "da": "Et team med alle dets vurderinger (intet team er valgt)",
        "en": "A team with all its reviews (no team is selected)",
    },
    "xui.export.teams": {
        "da": "De {count} markerede teams fra oversigten med alle deres vurderinger",
        "en": "The {count} teams selected on the overview with all their reviews",
    },
    "xui.export.title": {"da": "Eksportér vurderinger", "en": "Export reviews"},
    "xui.file_filter": {"da": "Udvekslingsfiler (*.json)", "en": "Exchange files (*.json)"},
    "xui.import.folder_title": {
        "da": "Importér alle filer i en mappe",
        "en": "Import every file in a folder",
    },
    "xui.import.title": {"da": "Importér vurderinger", "en": "Import reviews"},
    "xui.locked_mark": {"da": "{text} (afsluttet)", "en": "{text} (finished)"},
    "xui.merge.absent": {"da": "(findes ikke)", "en": "(not there)"},
    "xui.merge.agreement_of": {
        "da": "{team} · samarbejdsaftale",
        "en": "{team} · cooperation agreement",
    },
    "xui.merge.all_incoming": {
        "da": "Tag alle indkommende (Ctrl+I)",
        "en": "Take all incoming (Ctrl+I)",
    },
    "xui.merge.all_local": {
        "da": "Behold alle fra denne computer (Ctrl+L)",
        "en": "Keep all from this computer (Ctrl+L)",
    },
    "xui.merge.chose_local": {"da": "Denne computers", "en": "This computer's"},
    "xui.merge.empty": {"da": "(tom)", "en": "(empty)"},
    "xui.merge.intro": {
        "da": "Disse elementer og felter er ændret både her og i det, der kommer ind, siden de sidst var ens. Vælg for hver række, hvilken værdi der skal gælde. Intet overskrives eller forsvinder uden dit valg.",
        "en": "These elements and fields were changed both here and in what comes in since they were last the same. Choose for each row which value applies. Nothing is overwritten or dropped without your choice.",
    },
    "xui.merge.keep_local": {"da": "Behold denne computers (L)", "en": "Keep this computer's (L)"},
    "xui.merge.keys": {
        "da": "↑/↓ flytter mellem rækkerne · L beholder denne computers værdi · I tager den indkommende · dobbeltklik på en værdi vælger den",
        "en": "↑/↓ move between rows · L keeps this computer's value · I takes the incoming one · double-click a value to choose it",
    },
    "xui.merge.not_chosen": {"da": "ikke valgt", "en": "not chosen"},
    "xui.merge.progress": {"da": "{chosen} af {total} valgt", "en": "{chosen} of {total} chosen"},
    "xui.merge.reason_label": {
        "da": "Afsluttede vurderinger genåbnes, når en indkommende værdi vælges ({reviews}). Skriv hvorfor – det står i historikken:",
        "en": "Finished reviews are reopened when an incoming value is chosen ({reviews}). Say why – it is kept in the history:",
    },
    "xui.merge.reason_placeholder": {
        "da": "Begrundelse for at genåbne",
        "en": "Reason for reopening",
    },
    "xui.merge.take_incoming": {"da": "Tag indkommende (I)", "en": "Take incoming (I)"},
    "xui.merge.title": {"da": "Løs konflikter", "en": "Resolve conflicts"},
    "xui.merge.unknown": {"da": "(ukendt)", "en": "(unknown)"},
    "xui.merge.use": {"da": "Brug valgene", "en": "Use the choices"},
    "xui.no_files": {
        "da": "Der er ingen udvekslingsfiler at importere",
        "en": "There are no exchange files to import",
    },
    "xui.outcome.kept_local": {"da": "Beholdes her", "en": "Kept here"},
    "xui.overview.export": {
        "da": "Eksportér de markerede teams …",
        "en": "Export the selected teams …",
    },
    "xui.preview.apply": {"da": "Anvend", "en": "Apply"},
    "xui.preview.conflicts_done": {
        "da": "Alle konflikter har et valg. Anvend skriver det hele på én gang.",
        "en": "Every conflict has a choice. Apply writes it all at once.",
    },
    "xui.preview.conflicts_left": {
        "da": "{count} elementer eller felter i konflikt mangler et valg, før der kan anvendes.",
        "en": "{count} conflicting elements or fields need a choice before applying.",
    },
    "xui.preview.intro": {
        "da": "Intet er skrevet endnu. Se, hvad importen vil gøre, og vælg Anvend eller Annullér. Anvend skriver alt eller intet.",
        "en": "Nothing is written yet. See what the import will do, then choose Apply or Cancel. Apply writes everything or nothing.",
    },
    "xui.preview.no_teams": {"da": "Ingen teams berøres.", "en": "No teams are touched."},
    "xui.preview.nothing": {
        "da": "Der er intet nyt at skrive.",
        "en": "There is nothing new to write.",
    },
    "xui.preview.resolve": {"da": "Løs konflikter …", "en": "Resolve conflicts …"},
    "xui.preview.team_refused": {
        "da": "Teamet {name} afvises: {why}",
        "en": "The team {name} is refused: {why}",
    },
    "xui.preview.teams_created": {
        "da": "Nye teams oprettes: {names}",
        "en": "New teams are created: {names}",
    },
    "xui.preview.teams_matched": {
        "da": "Findes allerede her: {names}",
        "en": "Already here: {names}",
    },
    "xui.reason.applied": {"da": "fra filen: {labels}", "en": "from the file: {labels}"},
    "xui.reason.kept": {"da": "beholdes her: {labels}", "en": "kept here: {labels}"},
    "xui.reopened": {
        "da": "{count} afsluttede vurderinger er genåbnet; begrundelsen står i historikken.",
        "en": "{count} finished reviews were reopened; the reason is in the history.",
    },
    "xui.shortcuts": {
        "da": "<h4>Import, eksport og synkronisering</h4><table cellpadding=3><tr><td><b>Ctrl+I</b></td><td>Importér filer (også: træk filer ind på vinduet)</td></tr><tr><td><b>Ctrl+Skift+I</b></td><td>Importér alle filer i en mappe</td></tr><tr><td><b>Ctrl+Skift+E</b></td><td>Eksportér en vurdering, et team eller alt til én fil</td></tr><tr><td><b>Ctrl+R</b></td><td>Forhåndsvisningen: løs konflikter</td></tr><tr><td><b>↑ / ↓</b></td><td>Konfliktvisningen: flyt mellem rækkerne</td></tr><tr><td><b>L / I</b></td><td>Konfliktvisningen: behold denne computers værdi / tag den indkommende i de markerede rækker</td></tr><tr><td><b>Ctrl+L / Ctrl+I</b></td><td>Konfliktvisningen: behold denne computers / tag de indkommende i alle rækker</td></tr></table>",
        "en": "<h4>Import, export and synchronising</h4><table cellpadding=3><tr><td><b>Ctrl+I</b></td><td>Import files (or drop files on the window)</td></tr><tr><td><b>Ctrl+Shift+I</b></td><td>Import every file in a folder</td></tr><tr><td><b>Ctrl+Shift+E</b></td><td>Export a review, a team or everything to one file</td></tr><tr><td><b>Ctrl+R</b></td><td>The preview: resolve conflicts</td></tr><tr><td><b>↑ / ↓</b></td><td>The conflict view: move between rows</td></tr><tr><td><b>L / I</b></td><td>The conflict view: keep this computer's value / take the incoming one in the selected rows</td></tr><tr><td><b>Ctrl+L / Ctrl+I</b></td><td>The conflict view: keep this computer's / take the incoming values in every row</td></tr></table>",
    },
    "xui.starting": {"da": "Går i gang …", "en": "Starting …"},
    "xui.step.collecting": {"da": "Samler vurderingerne …", "en": "Collecting the reviews …"},
    "xui.step.comparing": {
        "da": "Sammenligner med det, der er her …",
        "en": "Comparing with what is here …",
    },
    "xui.step.connecting": {"da": "Forbinder til serveren …", "en": "Connecting to the server …"},
    "xui.step.reading": {
        "da": "Læser og kontrollerer filerne …",
        "en": "Reading and checking the files …",
    },
    "xui.step.writing": {"da": "Skriver – alt eller intet …", "en": "Writing – all or nothing …"},
    "xui.sync.fetch": {
        "da": "Alle vurderinger på serveren hentes og sammenlignes med dem her. Du ser resultatet, før noget skrives.",
        "en": "Every review on the server is fetched and compared with those here. You see the result before anything is written.",
    },
    "xui.sync.go": {"da": "Sammenlign …", "en": "Compare …"},
    "xui.sync.intro": {
        "da": "Send dine teams' vurderinger til regionens fælles server, og hent de øvrige. Uden serveren arbejder programmet som hidtil.",
        "en": "Send your teams' reviews to the region's shared server, and fetch the others. Without the server the program works as before.",
    },
    "xui.sync.password_note": {
        "da": "Adgangskoden gemmes aldrig her. PostgreSQL-forbindelsen (libpq) finder den selv i adgangskodefilen (~/.pgpass; på Windows %APPDATA%\\postgresql\\pgpass.conf) eller i en servicefil (pg_service.conf), fx postgresql:///?service=region.",
        "en": "The password is never stored here. The PostgreSQL connection (libpq) finds it itself in the password file (~/.pgpass; on Windows %APPDATA%\\postgresql\\pgpass.conf) or in a service file (pg_service.conf), e.g. postgresql:///?service=region.",
    },
    "xui.sync.retry": {"da": "Prøv igen", "en": "Retry"},
    "xui.sync.send": {"da": "Send disse teams' vurderinger:", "en": "Send these teams' reviews:"},
    "xui.sync.sent": {
        "da": "{count} vurderinger er sendt til serveren.",
        "en": "{count} reviews were sent to the server.",
    },
    "xui.sync.title": {"da": "Synkronisér med server", "en": "Synchronise with server"},
    "xui.sync.unchanged": {
        "da": "Intet er ændret her eller på serveren. Prøv igen, når forbindelsen er i orden.",
        "en": "Nothing was changed here or on the server. Try again when the connection is working.",
    },
    "xui.sync.url": {"da": "Serverens adresse:", "en": "Server address:"},
    "xui.sync.url_invalid": {
        "da": "Adressen skal begynde med postgresql://",
        "en": "The address must begin with postgresql://",
    },
    "xui.sync.url_missing": {"da": "Skriv serverens adresse", "en": "Enter the server's address"},
    "xui.sync.url_password": {
        "da": "Adressen må ikke indeholde en adgangskode – læg den i adgangskodefilen i stedet",
        "en": "The address must not contain a password – put it in the password file instead",
    },
}
