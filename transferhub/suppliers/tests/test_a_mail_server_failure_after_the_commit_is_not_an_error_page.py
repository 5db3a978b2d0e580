"""A mail server that fails once a step is saved is logged; the user sees the saved step.

The mails were queued as a functools.partial: Django's robust on-commit handler names a
failing callback by its __qualname__, which a partial lacks, so the failure it was meant
to log became a 500 after the request had been stored.
"""

import logging
import socket

import pytest

from transferhub.suppliers.models import DueDiligenceRequest


@pytest.fixture
def unreachable_mail_server(settings):
    """SMTP to a loopback port nobody listens on: every mail fails to connect."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 2


def test_a_request_is_saved_and_shown_though_its_mail_fails(
    client_for,
    supplier,
    purchaser,
    unreachable_mail_server,
    django_capture_on_commit_callbacks,
    caplog,
):
    with caplog.at_level(logging.ERROR), django_capture_on_commit_callbacks(execute=True):
        response = client_for(purchaser.user).post(
            f"/lieferanten/{supplier.pk}/lksg-anfrage/",
            {"message": "Bitte bis Monatsende.", "risks": ["forced_labour"]},
        )
    request = DueDiligenceRequest.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/lieferanten/anfragen/{request.pk}/"
    assert "in on_commit()" in caplog.text  # logged, not raised
