"""Bad input to the registration: a clear German message, nothing stored or changed."""

from transferhub.events.models import Registration

from .conftest import link_in


def _url(event):
    return f"/netzwerke/{event.network.slug}/veranstaltungen/{event.pk}/"


def test_the_same_address_twice_is_refused(client, event, register):
    register(event, "Anna", "anna@example.org")
    response = client.post(
        _url(event), {"name": "Anna B", "email": "ANNA@example.org", "consent": "on"}
    )
    assert response.status_code == 400
    assert "schon jemand angemeldet" in response.content.decode()
    assert Registration.objects.count() == 1


def test_without_consent_nothing_is_stored(client, event, mailoutbox):
    response = client.post(_url(event), {"name": "Anna", "email": "anna@example.org"})
    assert response.status_code == 400
    assert "willigen Sie" in response.content.decode()
    assert not Registration.objects.exists()
    assert not mailoutbox


def test_an_altered_link_is_refused_and_changes_nothing(client, event, register):
    opt_in = register(event, "Anna", "anna@example.org", confirm=False)[0]
    link = link_in(opt_in, "confirm")
    token = link.split("/")[3]
    forged = link.replace(token, token[:-3] + ("abc" if token[-3:] != "abc" else "xyz"))
    response = client.post(forged)
    assert response.status_code == 400
    assert "ungültig" in response.content.decode()
    assert Registration.objects.get().state == "pending"


def test_a_void_link_after_a_new_key_is_refused(client, event, register):
    mails = register(event, "Anna", "anna@example.org")
    registration = Registration.objects.get()
    registration.key = __import__("uuid").uuid4()
    registration.save()
    response = client.post(link_in(mails[-1], "cancel"))
    assert response.status_code == 400
    assert Registration.objects.get().state == "confirmed"


def test_an_unpublished_event_is_not_found(client, event):
    event.published = False
    event.save()
    assert client.get(_url(event)).status_code == 404
