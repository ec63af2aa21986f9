"""Command-line commands, one module each. Each module has `register(add_command)`.

Add a new command by writing its module and naming it in COMMANDS.
"""

COMMANDS = (
    "instruments",
    "demo",
    "teams",
    "assessments",
    "score",
    "import_",
    "export",
    "report",
    "fingerprint",
    "compare",
    "overview",
    "actions",
    "kind",
    "rate",
    "consensus",
    "caseload",
    "agreement",
    "sign",
    "finish",
    "reopen",
    "history",
    "bundle",
    "sync",
    "server",
)
