"""The one error type of the reader."""


class ProtocolReadError(Exception):
    """A minutes document that cannot be read; the message is one German sentence for users."""
