"""The proposer's mail leaves after the commit; when the mail server fails it is kept
as not sent, and `transferhub planning-mails` sends it later, once."""

import io

import pytest
from django.core import mail
from django.core.management import call_command

from transferhub.planning.models import Proposal
from transferhub.planning.services import proposal_decide, proposal_submit


def test_a_mail_that_failed_goes_out_with_the_next_run_and_only_once(
    people, upcoming, settings, django_capture_on_commit_callbacks
):
    proposal = proposal_submit(meeting=upcoming, proposer=people["member"], title="Thema")
    settings.EMAIL_BACKEND = "transferhub.planning.tests.test_a_failed_mail_is_sent_again.Broken"
    with django_capture_on_commit_callbacks(execute=True):
        proposal_decide(proposal=proposal, action="park", actor=people["chair"].user)
    proposal.refresh_from_db()
    assert proposal.state == "parked" and proposal.notified_at is None

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    mail.outbox.clear()
    out = io.StringIO()
    call_command("planning_mails", stdout=out)
    assert "1 Mitteilungen erneut eingereiht" in out.getvalue()
    assert [m.to for m in mail.outbox] == [[people["member"].email]]
    assert Proposal.objects.get().notified_at is not None
    call_command("planning_mails", stdout=io.StringIO())
    assert len(mail.outbox) == 1


class Broken:
    """A mail backend whose server is down."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server down")

    def open(self):
        pass

    def close(self):
        pass


@pytest.fixture(autouse=True)
def _quiet_job_errors(caplog):
    caplog.set_level("CRITICAL", logger="django_tasks")
