"""Mails of the seal workflow leave only once the step is committed; a rolled-back step
sends nothing."""

import pytest
from django.core import mail
from django.db import transaction

from transferhub.suppliers import services
from transferhub.suppliers.models import Seal, SealApplication


class StepFailed(Exception):
    pass


@pytest.fixture
def fail_after_the_mail_call(monkeypatch):
    """Let the services queue their mail as usual, then fail within the same step."""
    send = services.mail_each_after_commit

    def send_then_fail(*args, **kwargs):
        send(*args, **kwargs)
        raise StepFailed("after the mail call")

    monkeypatch.setattr(services, "mail_each_after_commit", send_then_fail)


def test_an_approval_that_fails_after_the_mail_call_sends_nothing(
    application, people, fail_after_the_mail_call, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with pytest.raises(StepFailed):
            services.application_review(
                application=application, action="approve", actor=people["secretariat"].user
            )
    assert callbacks == [] and mail.outbox == []
    application.refresh_from_db()
    assert application.status == SealApplication.Status.SUBMITTED
    assert not Seal.objects.exists()


def test_an_application_that_fails_after_the_mail_call_sends_nothing(
    supplier,
    assessment,
    company_user,
    people,
    fail_after_the_mail_call,
    django_capture_on_commit_callbacks,
):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(StepFailed):
            services.seal_apply(
                supplier=supplier, kind="safety", assessment=assessment, actor=company_user
            )
    assert mail.outbox == []
    assert not SealApplication.objects.exists()


def test_a_revocation_rolled_back_by_a_later_step_sends_nothing(
    seal, people, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(StepFailed):
            with transaction.atomic():
                services.seal_revoke(seal=seal, reason="Verstoß", actor=people["secretariat"].user)
                raise StepFailed("a later step of the same transaction")
    assert mail.outbox == []
    seal.refresh_from_db()
    assert seal.revoked_at is None


def test_a_committed_approval_mails_the_supplier_after_the_commit(
    application, people, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        application = services.application_review(
            application=application, action="approve", actor=people["secretariat"].user
        )
        assert mail.outbox == []  # not yet: the transaction is still open
    assert sorted(m.to[0] for m in mail.outbox) == [
        "einkauf@muster-metall.example",
        "kira@muster-metall.example",
    ]
    assert all(application.seal.number in m.body for m in mail.outbox)


def test_a_committed_revocation_mails_the_supplier(
    seal, people, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.seal_revoke(seal=seal, reason="Verstoß", actor=people["secretariat"].user)
    assert len(mail.outbox) == 2
    assert all("Verstoß" in m.body for m in mail.outbox)


def test_the_office_is_mailed_about_a_committed_application(
    supplier, assessment, company_user, people, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.seal_apply(
            supplier=supplier, kind="safety", assessment=assessment, actor=company_user
        )
    assert [m.to for m in mail.outbox] == [[people["secretariat"].email]]
