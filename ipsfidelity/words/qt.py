"""Qt's own texts that Qt's Danish catalogue (qtbase_da.qm) lacks: its file dialog's labels."""

WORDS: dict[str, dict[str, str]] = {
    "qt.file_dialog.files_of_type": {"da": "Filer af &type:", "en": "Files of &type:"},
    "qt.file_dialog.look_in": {"da": "Kig &i:", "en": "&Look in:"},
}
