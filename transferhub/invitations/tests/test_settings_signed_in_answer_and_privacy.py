"""A body's reminder days and DOCX choice; answering signed in; a person's data export and
erasure take their invitations along."""

from django.core import mail
from django.urls import reverse

from transferhub.invitations import services
from transferhub.invitations.models import BodyInvitationSettings, Invitation
from transferhub.lib import registry
from transferhub.lib.models import ActionLog
from transferhub.network.services import person_erase

from .conftest import committed


def test_the_chair_sets_the_reminder_and_bad_days_change_nothing(client_as, body):
    url = reverse("invitations:settings", args=[body.body.pk])
    chair = client_as("chair")
    response = chair.post(url, {"reminder_days": "7", "minutes_docx": "on"}, follow=True)
    assert "Die Einstellungen wurden gespeichert." in response.content.decode()
    saved = BodyInvitationSettings.objects.get(body=body.body)
    assert (saved.reminder_days, saved.minutes_docx) == (7, True)
    assert ActionLog.objects.filter(action="invitation.settings_changed").exists()
    response = chair.post(url, {"reminder_days": "-2"})
    assert response.status_code == 200
    assert BodyInvitationSettings.objects.get(body=body.body).reminder_days == 7
    assert client_as("member").get(url).status_code == 403


def test_a_signed_in_member_answers_from_the_meeting(client_as, body, meeting):
    with committed():
        services.invitations_send(meeting=meeting)
    url = reverse("invitations:my_answer", args=[meeting.pk])
    member = client_as("member")
    assert body.member.full_name in member.get(url).content.decode()
    response = member.post(url, {"answer": "declined"}, follow=True)
    assert "Danke, Ihre Antwort ist gespeichert." in response.content.decode()
    assert Invitation.objects.get(person=body.member).answer == "declined"
    assert client_as("outsider").get(url).status_code == 404


def test_the_data_export_holds_the_invitations_and_erasure_removes_them(body, meeting):
    with committed():
        services.invitations_send(meeting=meeting)
    export = dict((name, fn(body.anna)) for name, fn in registry.privacy_export.items())
    (row,) = export["meeting_invitations"]
    assert row["answer"] == "pending" and row["mailed_at"]
    mail.outbox.clear()
    person_erase(person=body.anna)
    assert not Invitation.objects.filter(person_id=body.anna.pk).exists()
