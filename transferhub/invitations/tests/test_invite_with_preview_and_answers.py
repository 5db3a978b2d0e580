"""Einladen with a preview → two members accept, one declines, one names a substitute →
the attendance list shows it."""

from django.core import mail
from django.urls import reverse
from icalendar import Calendar

from transferhub.invitations.models import Invitation, InvitationMail
from transferhub.meetings.models import Attendance, Meeting

from .conftest import committed, link_in, mail_to


def preview_data(meeting, **changes):
    data = {
        "subject_de": f"Einladung: AG Transfer am {meeting.date:%d.%m.%Y}",
        "text_de": "hiermit laden wir Sie zur AG Transfer ein. Bitte bringen Sie Ideen mit.",
        "subject_en": "Invitation: AG Transfer",
        "text_en": "we invite you to the AG Transfer. Please bring ideas.",
        "guests": "Gisela Gast <gisela@example.net> (en)",
        "attach_agenda": "on",
    }
    data.update(changes)
    return data


def send(client, meeting, **changes):
    with committed():
        return client.post(
            reverse("invitations:preview", args=[meeting.pk]),
            preview_data(meeting, **changes),
            follow=True,
        )


def test_the_preview_shows_the_default_text_and_every_member(client_as, body, meeting):
    response = client_as("secretariat").get(reverse("meetings:invite", args=[meeting.pk]))
    assert response.status_code == 302
    page = client_as("secretariat").get(response["Location"]).content.decode()
    assert f"Einladung: AG Transfer am {meeting.date:%d.%m.%Y}" in page
    assert "hiermit laden wir Sie herzlich zur Sitzung" in page
    for person in (body.chair, body.member, body.secretariat, body.anna, body.bernd):
        assert person.full_name in page
    assert body.outsider.full_name not in page
    assert mail.outbox == [] and not Invitation.objects.exists()


def test_invite_answer_and_the_attendance_list_shows_it(client_as, body, meeting):
    response = send(client_as("secretariat"), meeting, exclude=[body.bernd.pk])
    assert "5 Einladungen wurden verschickt." in response.content.decode()
    # One mail each: the four members not excluded and the guest; Bernd gets none.
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        [p.email for p in (body.chair, body.member, body.secretariat, body.anna)]
        + ["gisela@example.net"]
    )
    german = mail_to(mail.outbox, body.anna)
    assert german.subject == f"Einladung: AG Transfer am {meeting.date:%d.%m.%Y}"
    assert "Bitte bringen Sie Ideen mit." in german.body
    assert "Guten Tag Anna Adler," in german.body
    assert "Neues aus der Offensive Mittelstand" in german.body
    names = sorted(a[0] for a in german.attachments)
    assert names[0].endswith(".ics") and names[1].endswith(".pdf")
    pdf = next(a for a in german.attachments if a[0].endswith(".pdf"))
    assert pdf[1].startswith(b"%PDF")
    english = mail_to(mail.outbox, body.member)
    assert english.subject == "Invitation: AG Transfer"
    assert "Please bring ideas." in english.body and "Dear Wilhelm Heidbrede," in english.body
    ics = next(a for a in german.attachments if a[0].endswith(".ics"))
    event = Calendar.from_ical(ics[1]).walk("VEVENT")[0]
    assert str(event["uid"]) == f"meeting-{meeting.pk}@transferhub"
    meeting.refresh_from_db()
    assert meeting.state == Meeting.State.INVITED
    # The attendance list says "eingeladen" for those mailed, not for Bernd.
    statuses = {a.display_name: a.status for a in meeting.attendances.all()}
    assert statuses == {
        body.chair.full_name: "invited",
        body.member.full_name: "invited",
        body.secretariat.full_name: "invited",
        body.anna.full_name: "invited",
        "Gisela Gast": "invited",
    }
    assert all(m.sent_at for m in InvitationMail.objects.all())

    anonymous = client_as("anonymous")
    answer = {
        body.anna: {"answer": "accepted"},
        body.member: {"answer": "accepted"},
        body.secretariat: {"answer": "declined"},
        body.chair: {
            "answer": "substitute",
            "substitute_name": "Sabine Stellvertreterin",
            "substitute_email": "sabine@offensive-mittelstand.example",
        },
    }
    for person, data in answer.items():
        link = link_in(mail_to(mail.outbox, person))
        page = anonymous.get(link)
        assert page.status_code == 200 and person.full_name in page.content.decode()
        assert person.email not in page.content.decode()
        response = anonymous.post(link, data, follow=True)
        assert "Danke, Ihre Antwort ist gespeichert." in response.content.decode()
        assert "sabine@" not in response.content.decode()

    statuses = {a.display_name: (a.status, a.on_behalf_of) for a in meeting.attendances.all()}
    assert statuses[body.anna.full_name][0] == Attendance.Status.ACCEPTED
    assert statuses[body.member.full_name][0] == Attendance.Status.ACCEPTED
    assert statuses[body.secretariat.full_name][0] == Attendance.Status.DECLINED
    assert statuses[body.chair.full_name][0] == Attendance.Status.DECLINED
    assert statuses["Sabine Stellvertreterin"] == (Attendance.Status.ACCEPTED, body.om)
    assert statuses["Gisela Gast"][0] == Attendance.Status.INVITED
    page = client_as("secretariat").get(reverse("meetings:attendance", args=[meeting.pk]))
    assert "Sabine Stellvertreterin" in page.content.decode()
    overview = client_as("chair").get(reverse("invitations:preview", args=[meeting.pk]))
    text = overview.content.decode()
    assert "Vertretung benannt: Sabine Stellvertreterin" in text
    # Addresses only on the secretariat's page, not on the chair's.
    assert "sabine@" not in text and body.anna.email not in text
    assert (
        "sabine@"
        in (
            client_as("secretariat").get(reverse("invitations:preview", args=[meeting.pk]))
        ).content.decode()
    )


def test_sending_again_invites_only_those_not_invited_yet(client_as, body, meeting):
    send(client_as("secretariat"), meeting, exclude=[body.bernd.pk], guests="")
    mail.outbox.clear()
    response = send(client_as("secretariat"), meeting, guests="")
    assert "1 Einladung wurde verschickt." in response.content.decode()
    assert [m.to[0] for m in mail.outbox] == [body.bernd.email]
