"""The recording page costs the same number of SQL queries for 3 items as for 30.

Every item carries what the page shows per item: minutes, a decision with votes, tasks
for a person and for the body, two presenters (one with an organisation) and a file;
the attendance list has members, a guest with an organisation and members not yet on it.
"""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from conftest import make_person
from transferhub.decisions.services import decision_record, task_create
from transferhub.meetings import services
from transferhub.meetings.models import AgendaItem, Attendance
from transferhub.network.models import Membership, Organisation

from .conftest import PDF_BYTES


def _meeting_with_items(people, ag_transfer, om, count: int):
    from django.core.files.uploadedfile import SimpleUploadedFile

    meeting = services.meeting_create(
        body=ag_transfer,
        name=f"AG Transfer, {count} Punkte",
        date=dt.date(2022, 9, 15),
        start_time=dt.time(8),
        end_time=dt.time(20),
        location="online",
        note_taker=people["secretariat"],
    )
    guest_org = Organisation.objects.create(name=f"Gastorganisation {count}")
    services.attendance_add(meeting=meeting, person=people["chair"], on_behalf_of=om)
    services.attendance_add(
        meeting=meeting, person=people["member"], status=Attendance.Status.EXCUSED
    )
    services.attendance_add(meeting=meeting, guest_name="Gerda Gast", on_behalf_of=guest_org)
    for n in range(count):
        item = services.agenda_item_add(
            meeting=meeting,
            name=f"Punkt {n + 1}",
            duration_minutes=15,
            presenters=[(people["chair"], om), (people["member"], None)],
        )
        services.minutes_record(
            item=item, minutes=f"Die AG **berät** Punkt {n + 1}.", status="discussed"
        )
        decision = decision_record(
            meeting=meeting,
            agenda_item=item,
            text=f"Die AG vereinbart _Punkt {n + 1}_.",
            votes=(5, 1, 0),
        )
        task_create(
            agenda_item=item,
            decision=decision,
            text=f"Aufgabe zu Punkt {n + 1}",
            owner_person=people["chair"],
            due_date=dt.date(2022, 10, 31),
        )
        task_create(agenda_item=item, text=f"Gremienaufgabe {n + 1}", owner_body=ag_transfer)
        services.attachment_add(
            meeting=meeting,
            agenda_item=item,
            file=SimpleUploadedFile(f"folien-{n}.pdf", PDF_BYTES, content_type="application/pdf"),
        )
        if n % 10 == 4:
            services.agenda_item_add(
                meeting=meeting, name="Pause", kind=AgendaItem.Kind.BREAK, duration_minutes=10
            )
    meeting.refresh_from_db()
    return meeting


def _queries(client, meeting, url=None) -> tuple[int, str]:
    url = url or reverse("meetings:record", args=[meeting.pk])
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries), response.content.decode()


@pytest.mark.django_db
def test_the_recording_page_costs_the_same_for_3_and_30_items(client_as, people, ag_transfer, om):
    # Members not yet on the attendance list appear on it too: more of them than the items.
    for n in range(5):
        Membership.objects.create(person=make_person("Mit", f"Glied {n}"), body=ag_transfer)
    chair = client_as("chair")
    few_meeting = _meeting_with_items(people, ag_transfer, om, 3)
    many_meeting = _meeting_with_items(people, ag_transfer, om, 30)
    chair.get(reverse("meetings:record", args=[few_meeting.pk]))  # session, content types

    few, few_html = _queries(chair, few_meeting)
    many, many_html = _queries(chair, many_meeting)

    # The page shows every item with its clock and the list at the door; the current item
    # open with all its parts, every other one loads its parts when it is opened.
    assert "Punkt 30" in many_html and "Punkt 1" in many_html
    assert many_html.count('class="item-clock') == many_meeting.agenda_items.count()
    assert many_html.count("Ja 5, Nein 1, Enthaltungen 0") == 1
    assert "Gerda Gast" in many_html and "Glied 4" in many_html
    assert many == few, f"3 items: {few} queries, 30 items: {many}"

    last = many_meeting.agenda_items.order_by("-order").first()
    body_url = reverse("meetings:record_item", args=[many_meeting.pk, last.pk])
    assert body_url in many_html
    few_body, _html = _queries(
        chair,
        few_meeting,
        reverse(
            "meetings:record_item",
            args=[few_meeting.pk, few_meeting.agenda_items.order_by("-order").first().pk],
        ),
    )
    many_body, body_html = _queries(chair, many_meeting, body_url)
    for part in ("Aufgabe zu Punkt 30", "Gremienaufgabe 30", "folien-29.pdf", "Ja 5, Nein 1"):
        assert part in body_html
    assert "<strong>berät</strong>" in body_html
    assert many_body == few_body, f"item of 3: {few_body} queries, item of 30: {many_body}"
