"""The PDF report."""

WORDS: dict[str, dict[str, str]] = {
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
    "report.action_count": {"da": "Punkter i alt: {count}", "en": "Items: {count}"},
    "report.action_count_carried": {
        "da": "videreført fra forrige plan: {count}",
        "en": "carried over from the previous plan: {count}",
    },
    "report.action_count_overdue": {"da": "overskredet: {count}", "en": "overdue: {count}"},
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
    "report.busy": {
        "da": "Rapporten er ved at blive lavet. Vent et øjeblik.",
        "en": "The report is being made. Please wait a moment.",
    },
    "report.cancel": {"da": "Annuller", "en": "Cancel"},
    "report.cancelled": {
        "da": "Eksporten blev annulleret. Der er ikke gemt nogen fil.",
        "en": "The export was cancelled. No file was saved.",
    },
    "report.caseload_line": {
        "da": "Caseload: {status}; højeste belastning {load} ({consultant}) blandt {count} konsulenter",
        "en": "Caseload: {status}; highest load {load} ({consultant}) among {count} consultants",
    },
    "report.caseload_line_one": {
        "da": "Caseload: {status}; belastning {load} ({consultant}), 1 konsulent",
        "en": "Caseload: {status}; load {load} ({consultant}), 1 consultant",
    },
    "report.caseload_missing_line": {"da": "Caseload: ikke udfyldt", "en": "Caseload: not entered"},
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
    "report.col.current": {"da": "Denne vurdering", "en": "This review"},
    "report.col.item": {"da": "Aftalepunkt", "en": "Item"},
    "report.col.number": {"da": "Nr.", "en": "No."},
    "report.col.participants": {"da": "Deltagere i IPS", "en": "Participants in IPS"},
    "report.col.previous": {"da": "Forrige vurdering", "en": "Previous review"},
    "report.done": {"da": "Rapport gemt: {path}", "en": "Report saved: {path}"},
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
    "report.draft_note": {
        "da": "Vurderingen er ikke færdig, så rapporten markeres som kladde på hver side.",
        "en": "The assessment is not finished, so every page of the report is marked as a draft.",
    },
    "report.draft_short": {"da": "mangler: {missing}", "en": "missing: {missing}"},
    "report.draft_short_element": {"da": "1 element", "en": "1 element"},
    "report.draft_short_elements": {"da": "{count} elementer", "en": "{count} elements"},
    "report.draft_short_not_finished": {"da": "afslutning", "en": "finishing"},
    "report.draft_watermark": {"da": "KLADDE", "en": "DRAFT"},
    "report.export_title": {"da": "Eksportér PDF", "en": "Export PDF"},
    "report.field.agreement": {"da": "Samarbejdsaftale", "en": "Cooperation agreement"},
    "report.field.instrument": {"da": "Instrument", "en": "Instrument"},
    "report.file_name": {"da": "Vurdering {team} {period}", "en": "Assessment {team} {period}"},
    "report.finished_by_upgrade": {
        "da": "Afsluttet {date} (sat ved opgradering, uden underskrifter i programmet)",
        "en": "Finished {date} (set by upgrade, without sign-offs in the program)",
    },
    "report.first_review": {"da": "ingen – første vurdering", "en": "none – first review"},
    "report.footer_fingerprint": {
        "da": "Fingeraftryk {fingerprint}",
        "en": "Fingerprint {fingerprint}",
    },
    "report.footer_generated": {
        "da": "Dannet {date} · {instrument}",
        "en": "Generated {date} · {instrument}",
    },
    "report.footer_page": {"da": "side {page} af {pages}", "en": "page {page} of {pages}"},
    "report.help_label": {"da": "Uddybning:", "en": "Explanation:"},
    "report.highest_load_row": {
        "da": "Højeste caseload (belastning)",
        "en": "Highest caseload (load)",
    },
    "report.how_scores": {
        "da": "{scale}. Et princips score er gennemsnittet af dets vurderede elementer, den samlede score gennemsnittet af principperne.",
        "en": "{scale}. A principle's score is the average of its rated elements, the overall score the average of the principles.",
    },
    "report.how_title": {"da": "Sådan læses vurderingen", "en": "How to read the review"},
    "report.how_verdict": {
        "da": "Teamet lever kun op til minimumsdefinitionen, når alle elementer er {full}, og ingen konsulents caseload er over {limit}; en høj score kan derfor godt stå sammen med »lever ikke op«.",
        "en": 'The team meets the minimum definition only when every element is {full} and no consultant\'s caseload is above {limit}; so a high score can go with "does not meet".',
    },
    "report.kicker": {
        "da": "Rapport om IPS-modeltrofasthed til styregruppen",
        "en": "IPS fidelity report for the steering group",
    },
    "report.legend_previous": {
        "da": "Forrige vurdering ({period})",
        "en": "Previous review ({period})",
    },
    "report.legend_unrated": {
        "da": "princip uden vurderede elementer (tegnet som 0)",
        "en": "principle with no rated elements (drawn as 0)",
    },
    "report.no_assessment": {
        "da": "Vælg eller åbn en vurdering først.",
        "en": "Select or open an assessment first.",
    },
    "report.no_scores": {
        "da": "Intet princip er vurderet endnu.",
        "en": "No principle has been rated yet.",
    },
    "report.not_given": {"da": "ikke angivet", "en": "not given"},
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
    "report.not_rated": {"da": "Ikke vurderet", "en": "Not rated"},
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
    "report.overall_of": {"da": "af 100", "en": "out of 100"},
    "report.overall_previous": {
        "da": "Forrige vurdering: {score}",
        "en": "Previous review: {score}",
    },
    "report.overall_provisional": {
        "da": "Foreløbig: {rated} af {total} elementer vurderet",
        "en": "Provisional: {rated} of {total} elements rated",
    },
    "report.pdf_filter": {"da": "PDF-filer (*.pdf)", "en": "PDF files (*.pdf)"},
    "report.percent": {"da": " %", "en": "%"},
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
    "report.print_cancelled": {
        "da": "Udskriften blev annulleret.",
        "en": "The printing was cancelled.",
    },
    "report.print_title": {"da": "Udskriv rapporten", "en": "Print the report"},
    "report.printed": {
        "da": "Rapporten er sendt til printeren ({pages} sider).",
        "en": "The report was sent to the printer ({pages} pages).",
    },
    "report.printed_to_file": {
        "da": "Rapporten er udskrevet til filen {path} ({pages} sider).",
        "en": "The report was printed to the file {path} ({pages} pages).",
    },
    "report.printer_failed": {
        "da": "Printeren kunne ikke startes. Tjek at den er tændt og valgt rigtigt.",
        "en": "The printer could not be started. Check that it is on and chosen correctly.",
    },
    "report.printing_page": {
        "da": "Udskriver side {page} af {pages} …",
        "en": "Printing page {page} of {pages} …",
    },
    "report.progress.done": {"da": "Rapporten er klar", "en": "The report is ready"},
    "report.progress.gather": {"da": "Henter vurderingen …", "en": "Reading the assessment …"},
    "report.progress.layout": {"da": "Sætter rapporten op …", "en": "Laying out the report …"},
    "report.progress.write": {"da": "Gemmer PDF-filen …", "en": "Saving the PDF file …"},
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
        "da": "Hver bedømmer bedømte først for sig selv; her står deres bedømmelser ved siden af konsensus, den fælles bedømmelse, som rapporten bygger på. ≠ markerer uenighed.",
        "en": "Each reviewer first rated on their own; here their ratings stand beside the consensus, the joint rating the report is built on. ≠ marks a disagreement.",
    },
    "report.save_title": {"da": "Eksportér rapporten som PDF", "en": "Export the report as PDF"},
    "report.saved": {"da": "Rapporten er gemt: {path}", "en": "The report is saved: {path}"},
    "report.saved_draft": {
        "da": "Rapporten er gemt som kladde (vurderingen er ikke færdig): {path}",
        "en": "The report is saved as a draft (the assessment is not finished): {path}",
    },
    "report.section.agreement": {
        "da": "Bilag: Samarbejdsaftale",
        "en": "Annex: Cooperation agreement",
    },
    "report.section.change": {
        "da": "Udvikling siden forrige vurdering",
        "en": "Change since the previous review",
    },
    "report.section.interrater": {
        "da": "Enighed mellem bedømmerne",
        "en": "Agreement between the reviewers",
    },
    "report.section.outcomes": {"da": "Resultater over tid", "en": "Outcomes over time"},
    "report.section.principles": {"da": "Principper og elementer", "en": "Principles and elements"},
    "report.section.record": {"da": "Vurderingen som dokument", "en": "The review as a record"},
    "report.section.reopenings": {
        "da": "Rettelser efter afslutning",
        "en": "Corrections after finishing",
    },
    "report.section.reviewers_annex": {
        "da": "Bilag: Bedømmernes egne bedømmelser",
        "en": "Annex: The reviewers' own ratings",
    },
    "report.sign_for": {"da": "For {name}", "en": "For {name}"},
    "report.sign_intro": {
        "da": "Med underskrift bekræfter kommune og psykiatri, at rapporten er drøftet i fællesskab.",
        "en": "By signing, the municipality and psychiatry confirm that they have discussed the report together.",
    },
    "report.sign_municipality": {"da": "For kommunen", "en": "For the municipality"},
    "report.sign_psychiatry": {"da": "For psykiatrien", "en": "For psychiatry"},
    "report.sign_signature": {"da": "Underskrift", "en": "Signature"},
    "report.sources": {"da": "Kilder: {sources}", "en": "Sources: {sources}"},
    "report.starting": {"da": "Starter …", "en": "Starting …"},
    "report.strongest": {"da": "Stærkeste principper", "en": "Strongest principles"},
    "report.subtitle": {"da": "{instrument} · {period}", "en": "{instrument} · {period}"},
    "report.weakest": {"da": "Svageste principper", "en": "Weakest principles"},
    "report.why.denied": {
        "da": "ingen tilladelse til at skrive der (er filen åben i et andet program?)",
        "en": "no permission to write there (is the file open in another program?)",
    },
    "report.why.is_folder": {
        "da": "det er en mappe, ikke en fil",
        "en": "it is a folder, not a file",
    },
    "report.write_failed": {
        "da": "Kunne ikke gemme rapporten {path}: {why}",
        "en": "Could not save the report {path}: {why}",
    },
}
