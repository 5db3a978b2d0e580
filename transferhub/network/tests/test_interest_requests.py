import pytest
from django.core import mail
from django.urls import reverse

from transferhub.lib.models import ActionLog
from transferhub.network.models import Body, InterestRequest, Membership


@pytest.fixture
def klein_ag(db):
    return Body.objects.create(name="Klein-AG Kurzinfo Pflege", classification="ad_hoc")


def register(client, body, note="Ich bringe Erfahrung aus der Pflegeberatung mit."):
    return client.post(reverse("network:interest_register", args=[body.pk]), {"note": note})


def test_a_person_registers_interest_in_a_body(client_as, people, klein_ag):
    client = client_as("outsider")
    page = client.get(reverse("network:body", args=[klein_ag.pk])).content.decode()
    assert "Interesse an Mitarbeit" in page
    response = register(client, klein_ag)
    assert response.status_code == 302
    interest = InterestRequest.objects.get()
    assert interest.person == people["outsider"] and interest.status == "pending"
    page = client.get(reverse("network:body", args=[klein_ag.pk])).content.decode()
    assert "liegt der Geschäftsstelle vor" in page


def test_a_second_pending_request_is_refused(client_as, klein_ag):
    client = client_as("outsider")
    register(client, klein_ag)
    response = register(client, klein_ag, note="Nochmal")
    assert response.status_code == 200
    assert "liegt bereits vor" in response.content.decode()
    assert InterestRequest.objects.count() == 1


def test_members_cannot_ask_to_join_their_own_body(client_as, ag_transfer):
    response = register(client_as("member"), ag_transfer)
    assert "bereits an" in response.content.decode()
    assert not InterestRequest.objects.exists()


def test_anonymous_visitors_are_sent_to_login(client_as, klein_ag):
    response = register(client_as("anonymous"), klein_ag)
    assert response.status_code == 302 and "/anmelden/" in response.url
    assert not InterestRequest.objects.exists()


def test_the_secretariat_accepts_and_the_person_becomes_member_and_gets_a_mail(
    client_as, people, klein_ag, django_capture_on_commit_callbacks
):
    register(client_as("outsider"), klein_ag)
    interest = InterestRequest.objects.get()
    client = client_as("secretariat")
    page = client.get(reverse("network:interests")).content.decode()
    assert "Erika Außen" in page and "Pflegeberatung" in page
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("network:interest_accept", args=[interest.pk]))
    interest.refresh_from_db()
    assert interest.status == "accepted"
    membership = Membership.objects.get(body=klein_ag, person=people["outsider"])
    assert membership.role == "member" and interest.membership == membership
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject == "Willkommen in Klein-AG Kurzinfo Pflege"
    assert "nächsten Einladungen" in mail.outbox[0].body
    assert ActionLog.objects.filter(action="interest.accepted").exists()


def test_declining_needs_a_reason_which_the_person_gets_by_mail(
    client_as, people, klein_ag, django_capture_on_commit_callbacks
):
    people["outsider"].language = "en"
    people["outsider"].save()
    register(client_as("outsider"), klein_ag)
    interest = InterestRequest.objects.get()
    client = client_as("secretariat")
    url = reverse("network:interest_decline", args=[interest.pk])
    response = client.post(url, {"reason": ""})
    assert response.status_code == 200
    interest.refresh_from_db()
    assert interest.status == "pending"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"reason": "Die Gruppe ist bereits vollständig."})
    interest.refresh_from_db()
    assert interest.status == "declined"
    assert not Membership.objects.filter(body=klein_ag, person=people["outsider"]).exists()
    message = mail.outbox[0]
    assert message.subject == "Your request to join Klein-AG Kurzinfo Pflege"
    assert "Die Gruppe ist bereits vollständig." in message.body
    assert message.alternatives[0][1] == "text/html"


def test_a_decided_request_cannot_be_decided_again(client_as, klein_ag):
    register(client_as("outsider"), klein_ag)
    interest = InterestRequest.objects.get()
    client = client_as("secretariat")
    client.post(reverse("network:interest_accept", args=[interest.pk]))
    response = client.post(reverse("network:interest_accept", args=[interest.pk]), follow=True)
    assert "bereits entschieden" in response.content.decode()
    assert Membership.objects.filter(body=klein_ag).count() == 1


def test_the_chair_decides_for_their_body_only(client_as, people, ag_transfer, klein_ag):
    from transferhub.network.services import interest_register

    mine = interest_register(person=people["outsider"], body=ag_transfer)
    other = interest_register(person=people["outsider"], body=klein_ag)
    client = client_as("chair")
    page = client.get(reverse("network:interests")).content.decode()
    assert "AG Transfer" in page and "Klein-AG" not in page
    assert client.post(reverse("network:interest_accept", args=[other.pk])).status_code == 404
    assert client.post(reverse("network:interest_accept", args=[mine.pk])).status_code == 302
    assert client_as("member").get(reverse("network:interests")).status_code == 403
