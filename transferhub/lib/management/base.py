from django.core.management.base import CommandError


class CommandFailed(CommandError):
    """Stop a command with one German line on stderr and exit status 2."""

    def __init__(self, message: str):
        super().__init__(message, returncode=2)


# Django prints a CommandError as "<class name>: <message>"; this name makes the line German
# ("Fehler: Die Sicherung … gibt es nicht.").
CommandFailed.__name__ = CommandFailed.__qualname__ = "Fehler"
