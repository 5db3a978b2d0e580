from django.core.management.base import CommandError


# Django prints a CommandError as "<class name>: <message>"; the name makes it one German line.
class Fehler(CommandError):  # noqa: N818
    """Stop a command with one German line on stderr and exit status 2."""

    def __init__(self, message: str):
        super().__init__(message, returncode=2)
