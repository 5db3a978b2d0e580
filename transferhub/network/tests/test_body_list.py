import datetime as dt

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from transferhub.meetings.models import Meeting
from transferhub.network.models import Body, Membership

URL = reverse("network:bodies")


def test_it_lists_name_kind_parent_members_and_next_meeting(client_as, ag_transfer, make_meetings):
    Body.objects.create(name="Strategiekreis", classification=Body.Classification.STEERING)
    child = Body.objects.create(name="AG Umweltschutz", parent=ag_transfer)
    make_meetings(
        2,
        ag_transfer,
        start=timezone.localdate() + dt.timedelta(days=7),
        state=Meeting.State.PLANNED,
    )
    page = client_as("member").get(URL).content.decode()
    assert "Strategiekreis" in page
    assert reverse("network:body", args=[child.pk]) in page
    row = page[page.index(">AG Transfer</a></th>") :].split("</tr>")[0]
    assert "<td>3</td>" in row  # chair, member, secretariat
    next_date = timezone.localdate() + dt.timedelta(days=7)
    assert next_date.strftime("%d.%m.%Y") in row


def test_member_counts_leave_out_ended_memberships(client_as, ag_transfer, people):
    Membership.objects.filter(person=people["member"]).update(
        start_date=dt.date(2020, 1, 1), end_date=dt.date(2021, 1, 1)
    )
    page = client_as("secretariat").get(URL).content.decode()
    row = page[page.index(">AG Transfer</a></th>") :].split("</tr>")[0]
    assert "<td>2</td>" in row


def test_the_public_sees_names_but_no_members_or_dates(client_as, ag_transfer, make_meetings):
    make_meetings(
        1,
        ag_transfer,
        start=timezone.localdate() + dt.timedelta(days=7),
        state=Meeting.State.PLANNED,
    )
    page = client_as("anonymous").get(URL).content.decode()
    row = page[page.index(">AG Transfer</a></th>") :].split("</tr>")[0]
    assert "<td>3</td>" not in row
    assert "/sitzungen/" not in row


def test_the_query_count_does_not_grow_with_bodies_and_meetings(client_as, make_meetings):
    def count(client):
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(URL).status_code == 200
        return len(ctx.captured_queries)

    client = client_as("member")
    Body.objects.create(name="Gremium 0")
    count(client)
    few = count(client)
    for n in range(1, 40):
        body = Body.objects.create(name=f"Gremium {n}", parent=Body.objects.first())
        make_meetings(2, body, start=timezone.localdate(), state=Meeting.State.PLANNED)
    assert count(client) == few
