"""The lifecycle screens' words: finishing, reopening, who is rating, consensus, history.

One module for the area, a sorted dict, both languages; merged into the catalogue by
`ipsfidelity/words/__init__.py` and looked up with `ipsfidelity.i18n.tr`.
"""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "lifecycle.ui.accept_agreed": {
        "da": "Godkend enige (A)",
        "en": "Accept agreed (A)",
    },
    "lifecycle.ui.back_to_walkthrough": {
        "da": "← Gennemgang",
        "en": "← Walk-through",
    },
    "lifecycle.ui.banner_no_names": {
        "da": "Afsluttet {date}",
        "en": "Finished {date}",
    },
    "lifecycle.ui.caseload_empty": {
        "da": "ingen konsulenter",
        "en": "no consultants",
    },
    "lifecycle.ui.caseload_reason": {
        "da": "Hvorfor mangler caseload?",
        "en": "Why is the caseload missing?",
    },
    "lifecycle.ui.caseload_row_tip": {
        "da": "Hver bedømmers egen caseload (konsulent årsværk · IPS-sager + andre sager). 1, 2, … gør første, anden, … bedømmers opgørelse til vurderingens caseload",
        "en": "Each reviewer's own caseload reading (consultant FTE · IPS cases + other cases). 1, 2, … make the first, second, … reviewer's reading the review's caseload",
    },
    "lifecycle.ui.caseload_taken": {
        "da": "Caseload fra {name} er nu vurderingens caseload",
        "en": "{name}'s caseload reading is now the review's caseload",
    },
    "lifecycle.ui.caseload_unavailable": {
        "da": "Caseload er ikke tilgængelig",
        "en": "The caseload is not available",
    },
    "lifecycle.ui.confirm_reviewer": {
        "da": "{name} bekræfter",
        "en": "{name} confirms",
    },
    "lifecycle.ui.consensus_button": {
        "da": "Konsensus…",
        "en": "Consensus…",
    },
    "lifecycle.ui.consensus_help": {
        "da": "1/2/3 sætter den fælles bedømmelse og går videre · N: konsensusnote · A: godkend alle enige · sidste linje, caseload: 1/2/… tager en bedømmers opgørelse · Esc: tilbage",
        "en": "1/2/3 set the consensus rating and move on · N: consensus note · A: accept all agreed · last row, caseload: 1/2/… take a reviewer's reading · Esc: back",
    },
    "lifecycle.ui.consensus_note": {
        "da": "Konsensusnote (valgfri)",
        "en": "Consensus note (optional)",
    },
    "lifecycle.ui.consensus_of_rater": {
        "da": "Konsensus (fælles bedømmelse)",
        "en": "Consensus (the agreed rating)",
    },
    "lifecycle.ui.consensus_title": {
        "da": "Konsensus · {team} · {period} · {kind}",
        "en": "Consensus · {team} · {period} · {kind}",
    },
    "lifecycle.ui.finish_button": {
        "da": "Afslut…",
        "en": "Finish…",
    },
    "lifecycle.ui.finish_intro": {
        "da": "Hver bedømmer bekræfter med navn og dato. En afsluttet vurdering er låst og kan kun ændres efter genåbning.",
        "en": "Each reviewer confirms with name and date. A finished review is locked and can only be changed after reopening.",
    },
    "lifecycle.ui.finish_refused": {
        "da": "Vurderingen blev ikke afsluttet",
        "en": "The review was not finished",
    },
    "lifecycle.ui.finish_title": {
        "da": "Afslut vurderingen",
        "en": "Finish the review",
    },
    "lifecycle.ui.history_button": {
        "da": "Historik…",
        "en": "History…",
    },
    "lifecycle.ui.history_count": {
        "da": "{shown} af {total} ændringer vist",
        "en": "{shown} of {total} changes shown",
    },
    "lifecycle.ui.history_export": {
        "da": "Eksportér CSV…",
        "en": "Export CSV…",
    },
    "lifecycle.ui.history_file": {
        "da": "historik.csv",
        "en": "history.csv",
    },
    "lifecycle.ui.history_filter": {
        "da": "Filtrér (navn, element, felt, værdi)",
        "en": "Filter (name, element, field, value)",
    },
    "lifecycle.ui.history_show_cpr": {
        "da": "Vis personnumre (ellers skjult, også i eksporten)",
        "en": "Show CPR numbers (hidden otherwise, also in the export)",
    },
    "lifecycle.ui.history_title": {
        "da": "Historik · {review}",
        "en": "History · {review}",
    },
    "lifecycle.ui.history_written": {
        "da": "Historikken er gemt i {path}",
        "en": "The history was saved to {path}",
    },
    "lifecycle.ui.kind_field": {
        "da": "&Type",
        "en": "&Kind",
    },
    "lifecycle.ui.kind_label": {
        "da": "Type:",
        "en": "Kind:",
    },
    "lifecycle.ui.no_rating": {
        "da": "–",
        "en": "–",
    },
    "lifecycle.ui.no_reading": {
        "da": "Den bedømmer har ikke indtastet sin egen caseload",
        "en": "That reviewer has not entered an own caseload reading",
    },
    "lifecycle.ui.reopen_button": {
        "da": "Genåbn…",
        "en": "Reopen…",
    },
    "lifecycle.ui.reopen_prompt": {
        "da": "Hvorfor genåbnes vurderingen? Begrundelsen gemmes og står i rapporten.",
        "en": "Why is the review reopened? The reason is kept and printed in the report.",
    },
    "lifecycle.ui.reopen_refused": {
        "da": "Vurderingen blev ikke genåbnet",
        "en": "The review was not reopened",
    },
    "lifecycle.ui.reopen_title": {
        "da": "Genåbn vurderingen",
        "en": "Reopen the review",
    },
    "lifecycle.ui.shortcuts": {
        "da": "<h4>Konsensus og historik</h4><table cellpadding=3><tr><td><b>Ctrl+7</b></td><td>Konsensus: bedømmernes egne bedømmelser side om side, uenigheder først (to eller flere bedømmere)</td></tr><tr><td><b>Ctrl+8</b></td><td>Historik: hver ændring af vurderingen, hvem og hvornår</td></tr><tr><td><b>1 / 2 / 3</b></td><td>Konsensus: sæt den fælles bedømmelse og gå videre</td></tr><tr><td><b>↑ ↓ PageUp PageDown</b></td><td>Konsensus: forrige / næste element</td></tr><tr><td><b>A</b></td><td>Konsensus: godkend alle elementer, hvor bedømmerne er enige</td></tr><tr><td><b>N / Enter</b></td><td>Konsensus: skriv en konsensusnote / gem den</td></tr><tr><td><b>1 / 2 / … på caseload-linjen</b></td><td>Konsensus: brug første / anden / … bedømmers caseload</td></tr><tr><td><b>Ctrl+F</b></td><td>Historik: filtrér</td></tr><tr><td><b>Esc</b></td><td>Konsensus og historik: tilbage til gennemgangen</td></tr></table>",
        "en": "<h4>Consensus and history</h4><table cellpadding=3><tr><td><b>Ctrl+7</b></td><td>Consensus: the reviewers' own ratings side by side, disagreements first (two or more reviewers)</td></tr><tr><td><b>Ctrl+8</b></td><td>History: every change to the review, who and when</td></tr><tr><td><b>1 / 2 / 3</b></td><td>Consensus: set the agreed rating and move on</td></tr><tr><td><b>↑ ↓ PageUp PageDown</b></td><td>Consensus: previous / next element</td></tr><tr><td><b>A</b></td><td>Consensus: accept every element the reviewers agree on</td></tr><tr><td><b>N / Enter</b></td><td>Consensus: write a consensus note / save it</td></tr><tr><td><b>1 / 2 / … on the caseload row</b></td><td>Consensus: use the first / second / … reviewer's caseload</td></tr><tr><td><b>Ctrl+F</b></td><td>History: filter</td></tr><tr><td><b>Esc</b></td><td>Consensus and history: back to the walk-through</td></tr></table>",
    },
    "lifecycle.ui.signed_already": {
        "da": "{name} har underskrevet",
        "en": "{name} has signed off",
    },
    "lifecycle.ui.who_rates": {
        "da": "Hvem vurderer?",
        "en": "Who is rating?",
    },
}
