"""A visitor registers, confirms by mail, gets the .ics; when full, the waiting list moves up."""

import datetime as dt

from django.utils import timezone

from transferhub.events.models import Registration

from .conftest import link_in


def test_a_registration_counts_only_after_the_address_is_confirmed(event, register, mailoutbox):
    mails = register(event, "Anna Arbeit", "anna@example.org", confirm=False)
    assert mails[0].to == ["anna@example.org"]
    assert "bestätigen" in mails[0].subject
    registration = Registration.objects.get(email="anna@example.org")
    assert registration.state == Registration.State.PENDING
    assert event.confirmed_count() == 0


def test_the_confirmation_mail_carries_the_event_as_ics(event, register):
    mails = register(event, "Anna Arbeit", "anna@example.org")
    confirmed = mails[-1]
    assert "Anmeldung bestätigt" in confirmed.subject
    (filename, content, mimetype) = confirmed.attachments[0]
    assert filename.endswith(".ics") and "text/calendar" in mimetype
    ics = content.decode() if isinstance(content, bytes) else content
    assert "SUMMARY:Netzwerktreffen" in ics
    assert Registration.objects.get(email="anna@example.org").state == "confirmed"


def test_when_full_a_new_registration_is_offered_the_waiting_list(client, event, register):
    register(event, "Anna", "anna@example.org")
    register(event, "Bernd", "bernd@example.org")
    page = client.get(f"/netzwerke/{event.network.slug}/veranstaltungen/{event.pk}/")
    assert "Warteliste" in page.content.decode()
    mails = register(event, "Carla", "carla@example.org")
    assert "Warteliste" in mails[-1].subject
    assert Registration.objects.get(email="carla@example.org").state == "waiting"


def test_a_cancellation_moves_the_first_on_the_waiting_list_up(
    client, event, register, django_capture_on_commit_callbacks, mailoutbox
):
    anna = register(event, "Anna", "anna@example.org")[-1]
    register(event, "Bernd", "bernd@example.org")
    register(event, "Carla", "carla@example.org")
    register(event, "Dora", "dora@example.org")
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(link_in(anna, "cancel"))
    assert "abgesagt" in response.content.decode()
    states = dict(Registration.objects.values_list("email", "state"))
    assert states["anna@example.org"] == "cancelled"
    assert states["carla@example.org"] == "confirmed"
    assert states["dora@example.org"] == "waiting"
    assert [m.to for m in mailoutbox] == [["carla@example.org"]]
    assert mailoutbox[0].attachments  # the moved-up one gets the .ics too


def test_after_the_deadline_one_is_put_on_the_waiting_list(event, register):
    event.registration_deadline = timezone.now() - dt.timedelta(hours=1)
    event.save()
    mails = register(event, "Spät", "spaet@example.org")
    assert Registration.objects.get(email="spaet@example.org").state == "waiting"
    assert "Warteliste" in mails[-1].subject


def test_the_online_link_reaches_registrants_only(client, event, register):
    event.online_url = "https://meet.example/raum?pwd=geheim"
    event.save()
    feed = client.get("/veranstaltungen/feed.ics").content.decode()
    assert "SUMMARY:Netzwerktreffen" in feed and "geheim" not in feed
    assert "geheim" not in client.get(f"/veranstaltungen/{event.pk}.ics").content.decode()
    assert (
        "geheim"
        not in client.get(f"/netzwerke/om-rlp-nord/veranstaltungen/{event.pk}/").content.decode()
    )
    confirmed = register(event, "Anna", "anna@example.org")[-1]
    assert "geheim" in confirmed.body
    ics = confirmed.attachments[0][1]
    assert "geheim" in (ics.decode() if isinstance(ics, bytes) else ics)
