"""Names a screen reader reads for controls that show no text of their own (tables, lists,
fields with only a placeholder), and the radar chart in words."""

WORDS: dict[str, dict[str, str]] = {
    "access.assessment_table": {
        "da": "Det valgte teams vurderinger",
        "en": "The selected team's assessments",
    },
    "access.backups": {"da": "Sikkerhedskopier", "en": "Backups"},
    "access.caseload_table": {
        "da": "Caseload: en række pr. konsulent",
        "en": "Caseload: one row per consultant",
    },
    "access.consensus_table": {
        "da": "Bedømmernes vurderinger og konsensus pr. element",
        "en": "The reviewers' ratings and the consensus per element",
    },
    "access.deltas": {
        "da": "Ændring pr. princip siden forrige vurdering",
        "en": "Change per principle since the previous review",
    },
    "access.history_table": {"da": "Ændringer", "en": "Changes"},
    "access.navigator": {
        "da": "Elementer og caseload i gennemgangen",
        "en": "Elements and caseload in the walk-through",
    },
    "access.open_actions": {"da": "Teamets åbne handlinger", "en": "The team's open actions"},
    "access.overview_table": {
        "da": "Alle teams med scorer pr. princip",
        "en": "All teams with their scores per principle",
    },
    "access.plan_table": {"da": "Handleplanens handlinger", "en": "The action plan's actions"},
    "access.principle_scores": {"da": "Score pr. princip", "en": "Score per principle"},
    "access.radar": {
        "da": "Radardiagram over scoren pr. princip",
        "en": "Radar chart of the score per principle",
    },
    "access.radar_not_rated": {"da": "{principle}: ikke vurderet", "en": "{principle}: not rated"},
    "access.radar_score": {"da": "{principle}: {score}", "en": "{principle}: {score}"},
    "access.radar_series": {"da": "{series} – {scores}", "en": "{series} – {scores}"},
    "access.signed_on": {"da": "Dato for {name}", "en": "Date for {name}"},
}
