from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from transferhub.decisions.models import Task
from transferhub.meetings.models import Meeting


def url(body):
    return reverse("network:body", args=[body.pk])


def test_members_see_description_contact_members_and_open_tasks(client_as, ag_transfer, people, om):
    ag_transfer.description = "Die AG **Transfer** bringt Instrumente in die Fläche."
    ag_transfer.secretariat_contact = people["secretariat"]
    ag_transfer.save()
    Task.objects.create(text="Glossar ergänzen", body=ag_transfer, owner_body=ag_transfer)
    page = client_as("member").get(url(ag_transfer)).content.decode()
    assert "<strong>Transfer</strong>" in page
    assert "theresa.joerißen@example.org" in page
    assert "Prof. Dr. Oliver Kruse" in page and "Leitung" in page
    assert "Offensive Mittelstand" in page
    assert "Glossar ergänzen" in page


def test_the_public_sees_the_name_and_approved_meetings_only(client_as, ag_transfer, make_meetings):
    ag_transfer.description = "Interne Beschreibung"
    ag_transfer.save()
    approved = make_meetings(1, ag_transfer)[0]
    planned = make_meetings(1, ag_transfer, state=Meeting.State.PLANNED)[0]
    for role in ("anonymous", "outsider"):
        page = client_as(role).get(url(ag_transfer)).content.decode()
        assert "AG Transfer" in page
        assert "Interne Beschreibung" not in page
        assert "Prof. Dr. Oliver Kruse" not in page
        assert reverse("meetings:detail", args=[approved.pk]) in page
        assert reverse("meetings:detail", args=[planned.pk]) not in page


def test_members_see_all_meetings_fifty_a_page(client_as, ag_transfer, make_meetings):
    make_meetings(60, ag_transfer, state=Meeting.State.PLANNED)
    client = client_as("member")
    page = client.get(url(ag_transfer)).content.decode()
    assert "Sitzung 60<" in page and "Sitzung 10<" not in page
    assert "Seite 1 von 2" in page
    page = client.get(url(ag_transfer), {"page": 2}).content.decode()
    assert "Sitzung 10<" in page


def test_the_query_count_is_fixed_for_a_body_with_50_meetings(
    client_as, ag_transfer, make_meetings
):
    def count(client):
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url(ag_transfer)).status_code == 200
        return len(ctx.captured_queries)

    for role in ("member", "secretariat", "anonymous"):
        client = client_as(role)
        make_meetings(2, ag_transfer)
        count(client)
        few = count(client)
        make_meetings(48, ag_transfer)
        Task.objects.bulk_create(
            Task(text=f"Aufgabe {i}", body=ag_transfer, owner_body=ag_transfer) for i in range(60)
        )
        assert count(client) == few, role
        Meeting.objects.all().delete()
        Task.objects.all().delete()


def test_an_unknown_body_is_not_found(client_as):
    assert client_as("member").get(reverse("network:body", args=[9999])).status_code == 404
