"""A mail server that fails after the registration is stored strands no one.

The confirmation mail leaves by a background job that retries and logs without personal
data; the company sees "mail sent", and "Bestätigungslink erneut senden" mails the link
again once the server is back. Before, the failure after the commit became a 500 and
left a login nobody could confirm, with no way to ask for the link again.
"""

import logging
import re
import socket

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from transferhub.checks.models import Company
from transferhub.checks.registration import MAIL_ATTEMPTS

from .conftest import STRONG_PASSWORD

LINK = re.compile(r"/registrieren/bestaetigen/[^\s\"<>/]+/")
RESEND = reverse("registration:resend")
CSRF = re.compile(r"[A-Za-z0-9]{64}")  # a CSRF token, masked anew on every response
PERSONAL = ("Jana", "Stanz", "stanzwerk", "Neue Stanzwerk", STRONG_PASSWORD)


def page(client, url) -> str:
    """The page without its CSRF tokens (new on every response)."""
    return CSRF.sub("", client.get(url).content.decode())


@pytest.fixture
def unreachable_mail_server(settings):
    """SMTP to a loopback port nobody listens on: every mail fails to connect."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 2


def test_the_company_is_told_the_mail_is_on_its_way_and_the_records_are_kept(
    client, register, unreachable_mail_server, caplog
):
    with caplog.at_level(logging.INFO):
        response = register()
    assert response.status_code == 302
    assert response.url == reverse("registration:sent")
    page = client.get(response.url).content.decode()
    assert "Wir haben Ihnen eine E-Mail mit einem Bestätigungslink gesendet." in page
    assert RESEND in page
    assert Company.objects.filter(name="Neue Stanzwerk GmbH").exists()
    assert not User.objects.get(username="stanzwerk").is_active


def test_the_job_tries_again_and_logs_without_personal_data(
    register, unreachable_mail_server, caplog
):
    with caplog.at_level(logging.INFO):
        register()
    tries = [r.getMessage() for r in caplog.records if r.getMessage().startswith("registration_")]
    assert len(tries) == MAIL_ATTEMPTS
    assert all("failed (ConnectionRefusedError)" in message for message in tries)
    assert tries[-1].endswith("giving up.")
    for personal in PERSONAL:
        assert personal.lower() not in caplog.text.lower(), personal


def test_the_link_comes_again_once_the_mail_server_is_back(
    client, register, unreachable_mail_server, settings, mailoutbox
):
    register()
    assert mailoutbox == []
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

    assert "Bestätigungslink erneut senden" in client.get(RESEND).content.decode()
    response = client.post(RESEND, {"email": "Jana.Stanz@stanzwerk.example"}, follow=True)
    assert "haben wir Ihnen soeben einen neuen Bestätigungslink gesendet" in (
        response.content.decode()
    )
    assert [mail.to for mail in mailoutbox] == [["jana.stanz@stanzwerk.example"]]
    assert "Ihr Benutzername: stanzwerk" in mailoutbox[0].body

    link = LINK.search(mailoutbox[0].body).group(0)
    assert client.post(link, {"action": "confirm"}).status_code == 302
    assert User.objects.get(username="stanzwerk").is_active


def test_the_resend_page_answers_an_unknown_address_the_same_and_mails_nothing(
    client, register, mailoutbox
):
    register()
    mailoutbox.clear()
    unknown = client.post(RESEND, {"email": "niemand@example.org"})
    known = client.post(RESEND, {"email": "jana.stanz@stanzwerk.example"})
    assert unknown.status_code == known.status_code == 302
    assert unknown.url == known.url
    assert page(client, unknown.url) == page(client, known.url)
    assert [mail.to for mail in mailoutbox] == [["jana.stanz@stanzwerk.example"]]


def test_a_confirmed_login_gets_no_new_link(client, register, mailoutbox):
    register()
    client.post(LINK.search(mailoutbox[0].body).group(0), {"action": "confirm"})
    client.logout()
    mailoutbox.clear()
    assert client.post(RESEND, {"email": "jana.stanz@stanzwerk.example"}).status_code == 302
    assert mailoutbox == []


def test_the_resend_page_is_rate_limited(client, db, settings, mailoutbox):
    settings.REGISTRATION_RATE_LIMIT = 2
    for _ in range(2):
        assert client.post(RESEND, {"email": "a@example.org"}).status_code == 302
    response = client.post(RESEND, {"email": "a@example.org"})
    assert response.status_code == 429
    assert "zu viele Anfragen" in response.content.decode()


# The worker closes its database connection between jobs: this test commits.
@pytest.mark.django_db(transaction=True)
def test_the_worker_tries_again_later_and_the_mail_goes_out(
    register, unreachable_mail_server, settings, mailoutbox
):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }
    register()
    assert DBTaskResult.objects.get().status == "READY"

    call_command("worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    retry = DBTaskResult.objects.get(status="READY")
    assert retry.args_kwargs["kwargs"] == {"attempt": 2}
    assert retry.run_after > timezone.now()  # not at once: the server may be down a while
    assert mailoutbox == []

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now())
    call_command("worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    assert [mail.to for mail in mailoutbox] == [["jana.stanz@stanzwerk.example"]]
