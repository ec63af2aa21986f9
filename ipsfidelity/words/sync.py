"""Moving reviews between laptops and the shared server: preview, merge, bundles, sync."""

WORDS: dict[str, dict[str, str]] = {
    "sync.cancelled": {
        "da": "Annulleret – intet er skrevet.",
        "en": "Cancelled – nothing was written.",
    },
    "sync.changed_since": {
        "da": "Databasen er ændret siden forhåndsvisningen – intet er skrevet. Lav forhåndsvisningen igen.",
        "en": "The database changed since the preview – nothing was written. Preview again.",
    },
    "sync.deleted_here": {
        "da": "vurderingen er slettet her, og filen har intet nyere",
        "en": "the assessment was deleted here, and the file has nothing newer",
    },
    "sync.deleted_there": {
        "da": "vurderingen er slettet, hvor filen kommer fra",
        "en": "the assessment was deleted where the file comes from",
    },
    "sync.field.caseload_unavailable": {
        "da": "Caseload ikke tilgængelig",
        "en": "Caseload unavailable",
    },
    "sync.field.date": {"da": "Dato", "en": "Date"},
    "sync.field.kind": {"da": "Type", "en": "Kind"},
    "sync.field.period": {"da": "Periode", "en": "Period"},
    "sync.field.reviewers": {"da": "Reviewere", "en": "Reviewers"},
    "sync.field.state": {"da": "Status", "en": "State"},
    "sync.item.deadline": {"da": "frist", "en": "deadline"},
    "sync.item.elements": {"da": "elementer", "en": "elements"},
    "sync.item.follow_up": {"da": "opfølgning", "en": "follow-up"},
    "sync.item.origin": {"da": "fortsætter", "en": "continues"},
    "sync.item.owner": {"da": "ansvarlig", "en": "owner"},
    "sync.item.party": {"da": "part", "en": "party"},
    "sync.item.status": {"da": "status", "en": "status"},
    "sync.item.text": {"da": "tekst", "en": "text"},
    "sync.label.agreement": {"da": "Samarbejdsaftale: {field}", "en": "Cooperation agreement: {field}"},
    "sync.label.caseload": {"da": "Caseload", "en": "Caseload"},
    "sync.label.item": {"da": "Handleplan {item}: {field}", "en": "Action plan {item}: {field}"},
    "sync.label.outcome": {"da": "Resultattal", "en": "Outcome figures"},
    "sync.label.own": {
        "da": "Element {element} ({reviewer}s egen vurdering)",
        "en": "Element {element} ({reviewer}'s own rating)",
    },
    "sync.label.own_caseload": {
        "da": "Caseload ({reviewer}s egen optælling)",
        "en": "Caseload ({reviewer}'s own count)",
    },
    "sync.label.rating": {"da": "Element {element}", "en": "Element {element}"},
    "sync.label.review": {"da": "Hele vurderingen", "en": "The whole assessment"},
    "sync.label.signoff": {"da": "Godkendelse ({reviewer})", "en": "Sign-off ({reviewer})"},
    "sync.local_newer": {
        "da": "ændret her siden; denne kopi beholdes",
        "en": "changed here since; this copy is kept",
    },
    "sync.reopen_needed": {
        "da": "En afsluttet vurdering ændres: angiv en begrundelse for at genåbne den.",
        "en": "A finished assessment would change: give a reason for reopening it.",
    },
    "sync.unresolved": {
        "da": "{count} konflikt(er) er ikke afgjort – intet er skrevet.",
        "en": "{count} conflict(s) not resolved – nothing was written.",
    },
    "sync.value.exists": {"da": "findes", "en": "exists"},
}
