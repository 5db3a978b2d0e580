"""A recognised network's website: its text sanitised, its host name, its contact form."""

import datetime as dt

import pytest
from django.utils import timezone

from conftest import make_person
from transferhub.network.models import Network


@pytest.fixture
def website(db, settings):
    settings.ALLOWED_HOSTS = ["testserver", "om-nord.example", "unbekannt.example"]
    network = Network.objects.create(
        name="OM Rheinland-Pfalz Nord",
        slug="om-rlp-nord",
        federal_states="RP",
        postcode_prefixes="54, 56",
        host="om-nord.example",
        recognised_until=timezone.localdate() + dt.timedelta(days=365),
        website_text='**Willkommen** <script>alert("x")</script> [klick](javascript:alert(1))',
    )
    coordinator = make_person("Nadine", "Westerburg", username="nord")
    network.coordinators.add(coordinator)
    return network


def test_scripts_in_the_website_text_are_not_run(client, website):
    page = client.get("/netzwerke/om-rlp-nord/").content.decode()
    assert "<strong>Willkommen</strong>" in page
    assert "<script>alert" not in page
    assert "javascript:" not in page


def test_the_network_answers_on_its_own_host_name(client, website):
    page = client.get("/", HTTP_HOST="om-nord.example")
    assert page.status_code == 200
    assert "OM Rheinland-Pfalz Nord" in page.content.decode()
    assert client.get("/impressum/", HTTP_HOST="om-nord.example").status_code == 200
    # Only the website lives there, not the rest of Transferhub.
    assert client.get("/sitzungen/", HTTP_HOST="om-nord.example").status_code == 404


def test_a_host_name_no_network_has_is_not_found(client, website):
    assert client.get("/", HTTP_HOST="unbekannt.example").status_code == 404


def test_an_unrecognised_network_has_no_website(client, website):
    website.recognised_until = timezone.localdate() - dt.timedelta(days=1)
    website.save()
    assert client.get("/netzwerke/om-rlp-nord/").status_code == 404
    assert client.get("/", HTTP_HOST="om-nord.example").status_code == 404


def test_the_directory_filters_by_state_and_postcode(client, website):
    assert "OM Rheinland-Pfalz Nord" in client.get("/netzwerke/?land=RP").content.decode()
    assert "OM Rheinland-Pfalz Nord" not in client.get("/netzwerke/?land=BY").content.decode()
    assert "OM Rheinland-Pfalz Nord" in client.get("/netzwerke/?plz=56068").content.decode()
    assert "OM Rheinland-Pfalz Nord" not in client.get("/netzwerke/?plz=10115").content.decode()


def test_the_contact_form_mails_the_coordinators(
    client, website, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/netzwerke/om-rlp-nord/kontakt/",
            {"name": "Betrieb", "email": "chef@betrieb.example", "message": "Bitte Rückruf."},
        )
    assert response.status_code == 302
    assert mailoutbox[0].to == ["nadine.westerburg@example.org"]
    assert mailoutbox[0].reply_to == ["chef@betrieb.example"]
    assert "Bitte Rückruf." in mailoutbox[0].body


def test_a_filled_honeypot_sends_nothing(
    client, website, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/netzwerke/om-rlp-nord/kontakt/",
            {"name": "Bot", "email": "bot@spam.example", "message": "x", "homepage": "http://x"},
        )
    assert not mailoutbox


def test_the_contact_form_is_rate_limited(
    client, website, mailoutbox, django_capture_on_commit_callbacks
):
    data = {"name": "A", "email": "a@example.org", "message": "Hallo"}
    with django_capture_on_commit_callbacks(execute=True):
        for _n in range(5):
            assert client.post("/netzwerke/om-rlp-nord/kontakt/", data).status_code == 302
        response = client.post("/netzwerke/om-rlp-nord/kontakt/", data)
    assert response.status_code == 429
    assert "später" in response.content.decode()
    assert len(mailoutbox) == 5


def test_the_coordinator_edits_the_text_but_not_the_host(client, website):
    from transferhub.network.models import Network as N

    coordinator = website.coordinators.get()
    client.force_login(coordinator.user)
    response = client.get(f"/netzwerke/verwaltung/{website.pk}/")
    assert 'name="website_text"' in response.content.decode()
    assert 'name="host"' not in response.content.decode()
    client.post(
        f"/netzwerke/verwaltung/{website.pk}/",
        {
            "website_text": "Neu <script>x</script>",
            "federal_states": "RP",
            "postcode_prefixes": "54",
        },
    )
    assert N.objects.get(slug="om-rlp-nord").website_text.startswith("Neu")
    assert "<script>" not in client.get("/netzwerke/om-rlp-nord/").content.decode()


def test_only_public_bodies_show_their_coming_meetings(client, website):
    from transferhub.meetings.services import meeting_create
    from transferhub.network.models import Body
    from transferhub.subscriptions.services import calendar_publish

    soon = timezone.localdate() + dt.timedelta(days=10)
    closed = Body.objects.create(name="Lenkungskreis Nord", network=website)
    open_ = Body.objects.create(name="Netzwerkrunde Nord", network=website)
    for body in (closed, open_):
        meeting_create(
            body=body,
            name=body.name,
            date=soon,
            start_time=dt.time(14),
            end_time=dt.time(16),
            location=f"Ort {body.name}",
        )
    calendar_publish(body=open_, public=True)
    page = client.get("/netzwerke/om-rlp-nord/").content.decode()
    assert "Ort Netzwerkrunde Nord" in page
    assert "Lenkungskreis Nord" not in page
