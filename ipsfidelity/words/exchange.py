"""Reading and importing exchange files."""

WORDS: dict[str, dict[str, str]] = {
    "import.action_id_taken": {
        "da": "handlingen {id} hører allerede til en anden vurdering",
        "en": "the action {id} already belongs to another assessment",
    },
    "import.agreement_other_team": {
        "da": "samarbejdsaftalen {id} hører allerede til et andet team",
        "en": "the cooperation agreement {id} already belongs to another team",
    },
    "import.agreement_same_start": {
        "da": "teamet har allerede en anden samarbejdsaftale med virkning fra {date}",
        "en": "the team already has another cooperation agreement in force from {date}",
    },
    "import.bad_evidence": {
        "da": "element {element} har en ukendt kilde »{evidence}«",
        "en": "element {element} has an unknown evidence source '{evidence}'",
    },
    "import.bad_rating": {
        "da": "element {element} har vurderingen »{rating}«, der ikke er på skalaen ({allowed})",
        "en": "element {element} has the rating '{rating}', which is not on the scale ({allowed})",
    },
    "import.duplicate_action_id": {
        "da": "handlingen {id} står flere gange",
        "en": "the action {id} appears more than once",
    },
    "import.duplicate_consultant": {
        "da": "en konsulent står flere gange i caseload",
        "en": "a consultant appears more than once in the caseload",
    },
    "import.duplicate_element": {
        "da": "element {element} er vurderet mere end én gang",
        "en": "element {element} is rated more than once",
    },
    "import.duplicate_reviewer": {
        "da": "samme bedømmer optræder to gange under reviewer_ratings",
        "en": "the same reviewer appears twice under reviewer_ratings",
    },
    "import.invalid": {"da": "{detail}", "en": "{detail}"},
    "import.not_exchange": {
        "da": "ikke en ipsfidelity-udvekslingsfil",
        "en": "not an ipsfidelity exchange file",
    },
    "import.not_json_at": {
        "da": "ikke gyldig JSON (fejl i linje {line}, kolonne {column})",
        "en": "not valid JSON (error at line {line}, column {column})",
    },
    "import.not_regular": {
        "da": "det er ikke en almindelig fil (men en mappe, en enhed eller en navngiven pipe)",
        "en": "it is not a regular file (but a folder, a device or a named pipe)",
    },
    "import.not_utf8": {"da": "filen er ikke UTF-8-tekst", "en": "the file is not UTF-8 text"},
    "import.number_too_long": {
        "da": "et tal i filen har for mange cifre",
        "en": "a number in the file has too many digits",
    },
    "import.older": {
        "da": "filen er ældre ({file}) end den gemte vurdering ({stored})",
        "en": "the file is older ({file}) than the stored assessment ({stored})",
    },
    "import.one_reviewer_expected": {
        "da": "en fil med én bedømmers bedømmelser (contents: reviewer) skal have præcis én bedømmer",
        "en": "a file with one reviewer's ratings (contents: reviewer) must hold exactly one reviewer",
    },
    "import.refused": {"da": "{origin}: afvist: {why}", "en": "{origin}: refused: {why}"},
    "import.same_assessment_twice": {
        "da": "den samme vurdering står i flere af filerne",
        "en": "the same assessment is in several of the files",
    },
    "import.team_moved": {
        "da": "vurderingen hører til teamet »{stored}«, men filen lægger den under »{name}«; en vurdering kan ikke flyttes til et andet team ved import",
        "en": "the assessment belongs to the team '{stored}', but the file puts it under '{name}'; an assessment cannot be moved to another team by import",
    },
    "import.team_name_taken": {
        "da": "et andet team hedder allerede »{name}«; omdøb det ene team først",
        "en": "another team is already called '{name}'; rename one of them first",
    },
    "import.team_renamed": {
        "da": "teamet »{name}« har forskellige navne i filerne",
        "en": "the team '{name}' has different names in the files",
    },
    "import.too_deep": {
        "da": "filen er indlejret dybere end {limit} niveauer",
        "en": "the file is nested deeper than {limit} levels",
    },
    "import.too_large": {
        "da": "filen er større end {limit} KiB",
        "en": "the file is larger than {limit} KiB",
    },
    "import.unknown_action_element": {
        "da": "action_plan.{index}: »{element}« er hverken et element i {pack} eller caseload",
        "en": "action_plan.{index}: '{element}' is neither an element of {pack} nor caseload",
    },
    "import.unknown_element": {
        "da": "ratings.{index}: elementet »{element}« findes ikke i {pack}",
        "en": "ratings.{index}: the element '{element}' is not in {pack}",
    },
    "import.unreadable": {
        "da": "filen kan ikke læses ({why})",
        "en": "the file cannot be read ({why})",
    },
    "import.wrong_version": {
        "da": "formatversion {version} understøttes ikke (denne version læser {supported})",
        "en": "format version {version} is not supported (this version reads {supported})",
    },
}
