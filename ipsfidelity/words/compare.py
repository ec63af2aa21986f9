"""Comparing assessments: trends and changes; the overview's kind and change columns."""

WORDS: dict[str, dict[str, str]] = {
    "compare.caseload": {
        "da": "Caseload: {before} → {after}",
        "en": "Caseload: {before} → {after}",
    },
    "compare.caseload_same": {
        "da": "Caseload: {status} (uændret)",
        "en": "Caseload: {status} (unchanged)",
    },
    "compare.change_tip": {
        "da": "Ændring i samlet score siden teamets forrige vurdering (af samme type, når en type er valgt)",
        "en": "Change in the overall score since the team's previous review (of the same kind when a kind is chosen)",
    },
    "compare.col.change": {"da": "Ændring siden forrige", "en": "Change since previous"},
    "compare.col.kind": {"da": "Type", "en": "Kind"},
    "compare.col.last_rated": {"da": "Sidst\nvurderet", "en": "Last\nreview"},
    "compare.elements": {"da": "Elementer: {changed}", "en": "Elements: {changed}"},
    "compare.help.kind": {
        "da": "kun vurderinger af denne type: independent (ekstern vurdering) eller self (selvevaluering)",
        "en": "only reviews of this kind: independent (independent review) or self (self-assessment)",
    },
    "compare.help.team": {"da": "teamets navn", "en": "the team's name"},
    "compare.help.trend_csv": {
        "da": "gem teamets vurderinger, kvartal for kvartal, som CSV til Excel",
        "en": "save the team's reviews, quarter by quarter, as CSV for Excel",
    },
    "compare.help.trend_xlsx": {
        "da": "gem teamets vurderinger, kvartal for kvartal, som Excel-projektmappe (.xlsx)",
        "en": "save the team's reviews, quarter by quarter, as an Excel workbook (.xlsx)",
    },
    "compare.kind_filter": {"da": "T&ype:", "en": "&Kind:"},
    "compare.kind_short.independent": {"da": "Ekstern", "en": "Indep."},
    "compare.kind_short.self": {"da": "Selv", "en": "Self"},
    "compare.none": {
        "da": "Teamet {team} har ingen vurderinger endnu.",
        "en": "The team {team} has no assessments yet.",
    },
    "compare.nothing": {"da": "ingen ændringer", "en": "no changes"},
    "compare.principles": {"da": "Principper: {moved}", "en": "Principles: {moved}"},
    "compare.saving": {"da": "Gemmer {path} …", "en": "Saving {path} …"},
    "compare.self_mark": {"da": "{period} (selv)", "en": "{period} (self)"},
    "compare.step": {"da": "{period} mod {previous}:", "en": "{period} against {previous}:"},
    "compare.verdict": {"da": "Resultat: {before} → {after}", "en": "Verdict: {before} → {after}"},
    "compare.verdict_same": {
        "da": "Resultat: {status} (uændret)",
        "en": "Verdict: {status} (unchanged)",
    },
    "trend.arrow.down": {"da": "faldet", "en": "down"},
    "trend.arrow.up": {"da": "steget", "en": "up"},
    "trend.assessments": {"da": "Teamets vurderin&ger", "en": "The team's a&ssessments"},
    "trend.back": {"da": "← Tilbage", "en": "← Back"},
    "trend.changes": {
        "da": "Elementer, der har skiftet vurdering",
        "en": "Elements whose rating changed",
    },
    "trend.choice": {"da": "{period} · {date}", "en": "{period} · {date}"},
    "trend.csv": {"da": "Gem udviklingen som &CSV …", "en": "Save the &trend as CSV …"},
    "trend.default_name": {"da": "udvikling-{team}", "en": "trend-{team}"},
    "trend.first": {"da": "V&urdering:", "en": "&Assessment:"},
    "trend.no_changes": {
        "da": "Ingen elementer har skiftet vurdering.",
        "en": "No element changed rating.",
    },
    "trend.no_team": {
        "da": "Vælg et team i oversigten først.",
        "en": "Choose a team in the overview first.",
    },
    "trend.none": {
        "da": "Teamet har ingen vurderinger endnu, så der er intet at sammenligne.",
        "en": "The team has no assessments yet, so there is nothing to compare.",
    },
    "trend.none_of_kind": {
        "da": "Teamet har ingen vurderinger af den valgte type.",
        "en": "The team has no reviews of the chosen kind.",
    },
    "trend.none_shown": {"da": "Ingen", "en": "None"},
    "trend.nothing_else": {
        "da": "Der er kun én vurdering; sammenligning kræver to.",
        "en": "There is only one assessment; comparing needs two.",
    },
    "trend.other_instrument": {
        "da": "De to vurderinger bruger forskellige instrumenter og vises ikke oven i hinanden.",
        "en": "The two assessments use different instruments and are not overlaid.",
    },
    "trend.outcome_reference": {
        "da": "Projekt Inklusion: {share} %",
        "en": "Inklusion project: {share}%",
    },
    "trend.save_failed": {
        "da": "Udviklingen kunne ikke gemmes i {path}: {why}. Vælg en anden mappe eller luk filen, hvis den er åben i Excel.",
        "en": "The trend could not be saved in {path}: {why}. Choose another folder, or close the file if it is open in Excel.",
    },
    "trend.save_title": {"da": "Gem teamets udvikling", "en": "Save the team's trend"},
    "trend.saved": {"da": "Udviklingen er gemt i {path}", "en": "The trend is saved in {path}"},
    "trend.second": {"da": "&Sammenlignet med:", "en": "&Compared with:"},
    "trend.sheet": {"da": "Udvikling pr. kvartal", "en": "Trend by quarter"},
    "trend.show": {"da": "Vis principper:", "en": "Show principles:"},
    "trend.title": {"da": "Udvikling · {team}", "en": "Development · {team}"},
    "trend.xlsx": {"da": "Gem udviklingen som E&xcel …", "en": "Save the trend as E&xcel …"},
}
