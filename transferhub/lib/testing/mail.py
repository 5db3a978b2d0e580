"""A mail backend for fault tests: one file per message, written whole, optionally slowly.

Django's filebased backend names its files by second and `id(backend)`, so two
mails in the same second may land in one file, and it reads EMAIL_FILE_PATH
from settings only. This one takes EMAIL_FILE_PATH and MAIL_DELAY_MS from the
environment, waits MAIL_DELAY_MS before each message (a slow mail server, so
that a SIGKILL finds the run in the middle) and writes `<uuid>.eml` through a
temporary name: a message is there completely or not at all.
"""

import os
import time
import uuid
from email import message_from_bytes
from email.header import decode_header, make_header
from pathlib import Path

from django.core.mail.backends.base import BaseEmailBackend


class SlowFileBackend(BaseEmailBackend):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.directory = Path(os.environ["EMAIL_FILE_PATH"])
        self.directory.mkdir(parents=True, exist_ok=True)
        self.delay = int(os.environ.get("MAIL_DELAY_MS", "0")) / 1000

    def send_messages(self, email_messages) -> int:
        sent = 0
        for message in email_messages:
            time.sleep(self.delay)
            name = uuid.uuid4().hex
            partial = self.directory / f"{name}.tmp"
            partial.write_bytes(message.message().as_bytes())
            os.replace(partial, self.directory / f"{name}.eml")
            sent += 1
        return sent


def mails(directory: Path) -> list[tuple[str, str]]:
    """(To, Subject) of every complete message in `directory`."""
    messages = [message_from_bytes(p.read_bytes()) for p in sorted(directory.glob("*.eml"))]
    return [(m["To"], str(make_header(decode_header(m["Subject"])))) for m in messages]
