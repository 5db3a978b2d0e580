import datetime as dt

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from transferhub.suppliers import services
from transferhub.suppliers.models import SealReminder


def _ends_in(seal, days):
    seal.valid_until = timezone.localdate() + dt.timedelta(days=days)
    seal.save()


def test_the_command_reminds_once_per_seal_and_window(
    seal, capsys, django_capture_on_commit_callbacks
):
    _ends_in(seal, 80)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seal_reminders")
        call_command("seal_reminders")
    # One mail each to the contact address and the company's staff, once.
    assert len(mail.outbox) == 2
    assert seal.number in mail.outbox[0].subject
    assert mail.outbox[0].to == ["einkauf@muster-metall.example"]
    assert "1 Siegel-Erinnerungen verschickt." in capsys.readouterr().out
    assert SealReminder.objects.get().window_days == 90


def test_a_narrower_window_sends_one_more_mail(seal, django_capture_on_commit_callbacks):
    _ends_in(seal, 80)
    services.seal_reminders_send()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.seal_reminders_send(today=timezone.localdate() + dt.timedelta(days=55))
    assert len(mail.outbox) == 2  # contact address and staff, one window more
    assert SealReminder.objects.count() == 2


def test_seals_far_from_their_end_or_revoked_are_not_reminded(seal, people):
    mail.outbox.clear()
    assert services.seal_reminders_send() == 0
    _ends_in(seal, 5)
    services.seal_revoke(seal=seal, reason="Verstoß", actor=people["secretariat"].user)
    mail.outbox.clear()
    assert services.seal_reminders_send() == 0
    assert mail.outbox == []
