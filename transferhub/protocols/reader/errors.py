"""The one error type of the reader."""


def gettext_noop(message: str) -> str:
    """Mark a message for makemessages; the view translates it (the reader stays free of Django)."""
    return message


class ProtocolReadError(Exception):
    """A minutes document that cannot be read; the message is a German sentence (a msgid)."""
