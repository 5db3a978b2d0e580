"""Topics (Vorhaben) are shown to current members of a body and the secretariat only.

Any signed-in login used to read them, a self-registered company included.
"""

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from conftest import make_person
from transferhub.checks import services as check_services
from transferhub.decisions.models import Topic
from transferhub.network.models import Membership


@pytest.fixture
def topic(db):
    pdf = SimpleUploadedFile("hilfe.pdf", b"%PDF-1.4 test", "application/pdf")
    topic = Topic.objects.create(title="Umsetzungshilfe Finanzierung und Liquidität")
    topic.document.save("hilfe.pdf", pdf)
    return topic


def _pages(topic) -> list[str]:
    return [
        reverse("decisions:topics"),
        reverse("decisions:topic", args=[topic.pk]),
        reverse("decisions:topic_document", args=[topic.pk]),
    ]


@pytest.mark.parametrize("role", ["member", "chair", "secretariat"])
def test_members_and_the_secretariat_read_topics(client_as, topic, role):
    client = client_as(role)
    for url in _pages(topic):
        assert client.get(url).status_code == 200, url


def test_a_signed_in_person_without_membership_is_refused(client_as, topic):
    client = client_as("outsider")
    for url in _pages(topic):
        assert client.get(url).status_code == 403, url


def test_a_self_registered_company_is_refused(client, topic):
    staff = make_person("Kira", "Betrieb", username="betrieb").user
    check_services.company_create(
        name="Muster Metall GmbH",
        wz_code="25.11",
        size_class="small",
        postcode="52062",
        federal_state="NW",
        staff=[staff],
    )
    client.force_login(staff)
    for url in _pages(topic):
        assert client.get(url).status_code == 403, url


def test_a_member_who_left_the_body_is_refused(client_as, people, ag_transfer, topic):
    Membership.objects.filter(person=people["member"], body=ag_transfer).update(
        end_date=dt.date.today() - dt.timedelta(days=1)
    )
    assert client_as("member").get(reverse("decisions:topics")).status_code == 403


def test_anonymous_visitors_are_sent_to_the_login(client, topic):
    for url in _pages(topic):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("login")), url
