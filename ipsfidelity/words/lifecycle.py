"""The review's lifecycle: kinds, independent ratings, consensus, sign-off, lock, history; inter-rater agreement."""

WORDS: dict[str, dict[str, str]] = {
    "history.append_only": {
        "da": "Historikken kan ikke ændres eller slettes",
        "en": "The history cannot be changed or deleted",
    },
    "interrater.alpha_ordinal": {
        "da": "Krippendorffs alfa (ordinal)",
        "en": "Krippendorff's alpha (ordinal)",
    },
    "interrater.exact": {
        "da": "Bedømmerne gav samme bedømmelse på {percent} % af {elements} elementer",
        "en": "The reviewers gave the same rating on {percent}% of {elements} elements",
    },
    "interrater.few_elements": {
        "da": "Bemærk: kappa og alfa over kun {elements} elementer er usikre; én ændret bedømmelse flytter tallet meget",
        "en": "Note: kappa and alpha over only {elements} elements are uncertain; one changed rating moves the figure a lot",
    },
    "interrater.kappa_linear": {
        "da": "Cohens kappa (lineært vægtet)",
        "en": "Cohen's kappa (linear weights)",
    },
    "interrater.one_reviewer": {
        "da": "Kun én bedømmer har bedømt selvstændigt: ingen enighed at måle",
        "en": "Only one reviewer rated independently: no agreement to measure",
    },
    "lifecycle.already_finished": {
        "da": "Vurderingen er allerede afsluttet",
        "en": "The review is already finished",
    },
    "lifecycle.cannot_finish": {
        "da": "Vurderingen kan ikke afsluttes endnu: {problems}",
        "en": "The review cannot be finished yet: {problems}",
    },
    "lifecycle.caseload.bad_entry": {
        "da": "»{entry}« er ikke en caseload-linje; skriv KONSULENT:ÅRSVÆRK:IPS-SAGER:ANDRE-SAGER, fx »Kim Berg:0,8:12:0«",
        "en": "'{entry}' is not a caseload line; write CONSULTANT:FTE:IPS-CASES:OTHER-CASES, e.g. 'Kim Berg:0.8:12:0'",
    },
    "lifecycle.caseload.col_who": {"da": "Hvis", "en": "Whose"},
    "lifecycle.caseload.entry_help": {
        "da": "en konsulent i opgørelsen (gentages for hver); med --as bedømmerens egen, ellers vurderingens",
        "en": "one consultant of the reading (repeat for each); with --as the reviewer's own, else the review's",
    },
    "lifecycle.caseload.entry_metavar": {
        "da": "KONSULENT:ÅRSVÆRK:IPS:ANDRE",
        "en": "CONSULTANT:FTE:IPS:OTHER",
    },
    "lifecycle.caseload.help": {
        "da": "bedømmernes egne caseload-opgørelser ved siden af vurderingens; sæt en eller tag en bedømmers",
        "en": "the reviewers' own caseload readings beside the review's; set one or take a reviewer's",
    },
    "lifecycle.caseload.take": {
        "da": "gør denne bedømmers egen opgørelse til vurderingens caseload",
        "en": "make this reviewer's own reading the review's caseload",
    },
    "lifecycle.finished_on_by": {
        "da": "Afsluttet {date} af {names}",
        "en": "Finished {date} by {names}",
    },
    "lifecycle.kind.independent": {"da": "Ekstern vurdering", "en": "Independent review"},
    "lifecycle.kind.self": {"da": "Selvevaluering", "en": "Self-assessment"},
    "lifecycle.kind_only_in_draft": {
        "da": "Typen af vurdering kan kun ændres, mens vurderingen er en kladde",
        "en": "The kind of review can only be changed while the review is a draft",
    },
    "lifecycle.locked": {
        "da": "Vurderingen er afsluttet og kan ikke ændres. Genåbn den først med en begrundelse (ipsfidelity reopen VURDERING --reason ...)",
        "en": "The review is finished and cannot be changed. Reopen it first, with a reason (ipsfidelity reopen ASSESSMENT --reason ...)",
    },
    "lifecycle.needs_caseload": {
        "da": "caseload er ikke indtastet (eller markeret som ikke tilgængelig med en begrundelse)",
        "en": "the caseload is not entered (or marked as not available, with a reason)",
    },
    "lifecycle.needs_consensus": {
        "da": "mangler en fælles (konsensus-)bedømmelse af {elements}",
        "en": "a consensus rating is missing for {elements}",
    },
    "lifecycle.needs_reviewers": {
        "da": "vurderingen har ingen navngivne bedømmere",
        "en": "the review has no named reviewers",
    },
    "lifecycle.needs_signoff": {
        "da": "mangler underskrift fra {names}",
        "en": "sign-off is missing from {names}",
    },
    "lifecycle.no_own_caseload": {
        "da": "{name} har ikke indtastet sin egen caseload",
        "en": "{name} has not entered an own caseload reading",
    },
    "lifecycle.not_a_reviewer": {
        "da": "»{name}« er ikke bedømmer på vurderingen (bedømmere: {reviewers})",
        "en": "'{name}' is not a reviewer of this review (reviewers: {reviewers})",
    },
    "lifecycle.not_finished": {
        "da": "Vurderingen er ikke afsluttet, så den skal ikke genåbnes",
        "en": "The review is not finished, so there is nothing to reopen",
    },
    "lifecycle.reason_needed": {"da": "Skriv en begrundelse", "en": "Give a reason"},
    "lifecycle.reason_too_long": {
        "da": "Begrundelsen må højst være {limit} tegn",
        "en": "The reason may be at most {limit} characters",
    },
    "lifecycle.reviewer_needed": {"da": "Angiv bedømmerens navn", "en": "Give the reviewer's name"},
    "lifecycle.sign.done": {
        "da": "Underskrevet af {names} ({date})",
        "en": "Signed off by {names} ({date})",
    },
    "lifecycle.sign.help": {
        "da": "underskriv en vurdering før den afsluttes (en ændring bagefter tager underskriften tilbage)",
        "en": "sign off a review before it is finished (a later change takes the sign-off back)",
    },
    "lifecycle.sign.missing": {
        "da": "Før vurderingen kan afsluttes: {problems}",
        "en": "Before the review can be finished: {problems}",
    },
    "lifecycle.signoff_date": {
        "da": "Underskriften skal have en dato",
        "en": "The sign-off needs a date",
    },
    "lifecycle.signoffs_voided": {
        "da": "Underskrifterne fra {names} er taget tilbage, fordi vurderingen er ændret efter underskriften. De skal gives igen",
        "en": "The sign-offs of {names} were taken back, because the review was changed after they signed. They must be given again",
    },
    "lifecycle.state.draft": {"da": "Kladde", "en": "Draft"},
    "lifecycle.team_has_finished": {
        "da": "Teamet »{name}« har afsluttede vurderinger og kan ikke slettes. Genåbn dem først med en begrundelse",
        "en": "The team '{name}' has finished reviews and cannot be deleted. Reopen them first, with a reason",
    },
    "lifecycle.unknown_kind": {
        "da": "Ukendt type vurdering »{kind}« (brug independent eller self)",
        "en": "Unknown kind of review '{kind}' (use independent or self)",
    },
    "report.see_reviewers_annex": {
        "da": "Hver bedømmers egne bedømmelser står i bilaget.",
        "en": "Each reviewer's own ratings are in the annex.",
    },
}
