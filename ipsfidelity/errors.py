"""Errors a user can act on. Their message is shown as is, never with a traceback."""


class UserError(Exception):
    """A problem with the user's input, file or database, described in the user's language."""
