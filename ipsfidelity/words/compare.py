"""Comparing assessments: trends and changes."""

WORDS: dict[str, dict[str, str]] = {
    "compare.caseload": {
        "da": "Caseload: {before} → {after}",
        "en": "Caseload: {before} → {after}",
    },
    "compare.caseload_same": {
        "da": "Caseload: {status} (uændret)",
        "en": "Caseload: {status} (unchanged)",
    },
    "compare.elements": {"da": "Elementer: {changed}", "en": "Elements: {changed}"},
    "compare.help.team": {"da": "teamets navn", "en": "the team's name"},
    "compare.none": {
        "da": "Teamet {team} har ingen vurderinger endnu.",
        "en": "The team {team} has no assessments yet.",
    },
    "compare.nothing": {"da": "ingen ændringer", "en": "no changes"},
    "compare.principles": {"da": "Principper: {moved}", "en": "Principles: {moved}"},
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
    "trend.second": {"da": "&Sammenlignet med:", "en": "&Compared with:"},
    "trend.show": {"da": "Vis principper:", "en": "Show principles:"},
    "trend.title": {"da": "Udvikling · {team}", "en": "Development · {team}"},
}
