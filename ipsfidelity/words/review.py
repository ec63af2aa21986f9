"""The review screen: elements, ratings, notes, undo, results."""

WORDS: dict[str, dict[str, str]] = {
    "element.help_prefix": {"da": "Uddybning: {text}", "en": "Explanation: {text}"},
    "indicator.agreement_none": {
        "da": "Ingen samarbejdsaftale registreret for teamet på vurderingsdatoen.",
        "en": "No cooperation agreement recorded for the team on the review date.",
    },
    "indicator.agreement_since": {
        "da": "Samarbejdsaftale registreret, gældende fra {date}.",
        "en": "Cooperation agreement recorded, in force from {date}.",
    },
    "indicator.open_agreement": {"da": "Åbn &samarbejdsaftalen …", "en": "Open the &agreement …"},
    "indicator.record_agreement": {
        "da": "Registrér &samarbejdsaftale …",
        "en": "Record an &agreement …",
    },
    "missing.text": {
        "da": "Databasefilen kan ikke findes eller er tom:\n{path}\n\nÅrsag: {reason}\n\nDer findes sikkerhedskopier af den. Gendan den nyeste, eller start en ny, tom database.",
        "en": "The database file cannot be found or is empty:\n{path}\n\nReason: {reason}\n\nThere are backups of it. Restore the newest, or start a new, empty database.",
    },
    "missing.title": {"da": "Databasen mangler", "en": "The database is missing"},
    "progress": {"da": "{rated}/{total} vurderet", "en": "{rated}/{total} rated"},
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
    "results.back": {"da": "← Tilbage til gennemgangen", "en": "← Back to the walk-through"},
    "results.series_before": {"da": "Forrige ({period})", "en": "Previous ({period})"},
    "review.action_plan": {"da": "Handleplan →", "en": "Action plan →"},
    "review.back": {"da": "← Oversigt", "en": "← Overview"},
    "review.carried_from": {"da": "fra {period}", "en": "from {period}"},
    "review.element": {"da": "Element {id}", "en": "Element {id}"},
    "review.element_of": {"da": "Element {index} af {total}", "en": "Element {index} of {total}"},
    "review.evidence": {"da": "Kilder", "en": "Evidence"},
    "review.heading": {"da": "{team} · {period} · {date}", "en": "{team} · {period} · {date}"},
    "review.next": {"da": "Næste ›", "en": "Next ›"},
    "review.note": {"da": "&Note", "en": "&Note"},
    "review.note_placeholder": {
        "da": "Hvad så I? (Tab eller Esc forlader feltet)",
        "en": "What did you see? (Tab or Esc leaves the field)",
    },
    "review.plan_item": {
        "da": "{mark} {text} — {party}, {owner}, frist {deadline}, {status}",
        "en": "{mark} {text} — {party}, {owner}, deadline {deadline}, {status}",
    },
    "review.plan_items": {"da": "Handlinger om {element}", "en": "Actions on {element}"},
    "review.previous": {"da": "‹ Forrige", "en": "‹ Previous"},
    "review.principle": {"da": "Princip {id}: {title}", "en": "Principle {id}: {title}"},
    "review.rating_hint": {
        "da": "Tast 1, 2 eller 3 for at vurdere og gå videre",
        "en": "Press 1, 2 or 3 to rate and move on",
    },
    "review.results": {"da": "Resultat →", "en": "Results →"},
    "status.not_rated": {"da": "ikke vurderet", "en": "not rated"},
    "undo.evidence": {"da": "kilder til {element}", "en": "sources for {element}"},
    "undo.note": {"da": "note til {element}", "en": "note on {element}"},
    "undo.plan_add": {"da": "ny handling", "en": "new action"},
    "undo.plan_edit": {"da": "handling: {field}", "en": "action: {field}"},
    "undo.plan_move": {"da": "flyt handling", "en": "move action"},
    "undo.rating": {"da": "vurdering af {element}", "en": "rating of {element}"},
}
