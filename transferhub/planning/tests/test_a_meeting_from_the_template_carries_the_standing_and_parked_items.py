"""Planning the next meeting: template, copy or empty, the backlog ticked, the date from the rhythm."""

import datetime as dt

from django.utils import timezone

from transferhub.meetings.models import Attachment, Meeting
from transferhub.planning.models import BacklogEntry, Proposal
from transferhub.planning.services import backlog_sync, proposal_decide, proposal_submit

NEXT = "/planung/gremien/{}/naechste-sitzung/"


def plan(client, body, **extra):
    day = timezone.localdate() + dt.timedelta(days=90)
    data = {
        "date": day.isoformat(),
        "start_time": "09:00",
        "end_time": "11:00",
        "location": "online",
        "start_from": "template",
        **extra,
    }
    return client.post(NEXT.format(body.pk), data)


def parked_proposal(upcoming, people):
    proposal = proposal_submit(
        meeting=upcoming,
        proposer=people["member"],
        title="Erfahrungen mit der Umsetzungshilfe",
        presenter=people["member"],
        duration_minutes=20,
    )
    proposal_decide(proposal=proposal, action="park", actor=people["chair"].user)
    return BacklogEntry.objects.get(proposal=proposal)


def test_a_meeting_from_the_template_carries_the_standing_items_and_the_ticked_backlog(
    client_as, people, ag_transfer, seed_meeting, upcoming, series
):
    parked = parked_proposal(upcoming, people)
    backlog_sync(ag_transfer)  # the seed's postponed item 5
    postponed = BacklogEntry.objects.get(kind="postponed")
    chair = client_as("chair")
    page = chair.get(NEXT.format(ag_transfer.pk)).content.decode()
    assert "Erfahrungen mit der Umsetzungshilfe" in page
    assert postponed.title in page
    answer = plan(chair, ag_transfer, backlog=[parked.pk, postponed.pk])
    meeting = Meeting.objects.exclude(pk__in=[seed_meeting.pk, upcoming.pk]).get()
    assert answer.status_code == 302 and answer["Location"] == meeting.get_absolute_url()
    rows = list(meeting.agenda_items.order_by("order").values_list("number", "name"))
    # meeting_create puts the approval of the last held minutes in the template's place.
    assert [name for _n, name in rows] == [
        "Begrüßung",
        "Genehmigung des Protokolls vom 15.09.2022",
        "Bericht der Geschäftsstelle",
        postponed.title,  # the backlog's oldest entry first
        "Erfahrungen mit der Umsetzungshilfe",
        "Verschiedenes",
        "Termine",
    ]
    assert [n for n, _name in rows] == ["1", "", "2", "3", "4", "5", "6"]
    item = meeting.agenda_items.get(name="Erfahrungen mit der Umsetzungshilfe")
    assert item.duration_minutes == 20
    assert [p.person for p in item.presentations.all()] == [people["member"]]
    # Taken entries leave the backlog; the page no longer offers them.
    assert set(BacklogEntry.objects.values_list("state", flat=True)) == {"taken"}
    assert (
        "Erfahrungen mit der Umsetzungshilfe"
        not in chair.get(NEXT.format(ag_transfer.pk)).content.decode()
    )


def test_a_copy_repeats_the_last_agenda_and_empty_starts_with_the_approval_only(
    client_as, people, ag_transfer, seed_meeting, series
):
    chair = client_as("chair")
    plan(chair, ag_transfer, start_from="copy")
    copy = Meeting.objects.exclude(pk=seed_meeting.pk).get()
    names = list(copy.agenda_items.order_by("order").values_list("name", flat=True))
    seed_names = list(seed_meeting.agenda_items.order_by("order").values_list("name", flat=True))
    assert names[0] == "Genehmigung des Protokolls vom 15.09.2022"
    assert names[1:] == seed_names
    assert copy.agenda_items.filter(kind="break").count() == 1
    later = timezone.localdate() + dt.timedelta(days=200)
    plan(chair, ag_transfer, start_from="empty", date=later.isoformat())
    empty = Meeting.objects.get(date=later)
    assert list(empty.agenda_items.values_list("name", flat=True)) == [
        "Genehmigung des Protokolls vom 15.09.2022"
    ]


def test_the_proposed_date_follows_the_rhythm_and_fixed_dates_come_first(
    client_as, ag_transfer, upcoming, series
):
    chair = client_as("chair")
    expected = upcoming.date + dt.timedelta(weeks=10)
    assert (
        f'value="{expected.isoformat()}"' in chair.get(NEXT.format(ag_transfer.pk)).content.decode()
    )
    fixed = timezone.localdate() + dt.timedelta(days=20)
    series.fixed_dates = [fixed.isoformat()]
    series.save()
    assert f'value="{fixed.isoformat()}"' in chair.get(NEXT.format(ag_transfer.pk)).content.decode()


def test_a_proposals_files_come_along_when_the_parked_item_is_taken(
    client_as, people, ag_transfer, upcoming, series
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from .conftest import PDF

    proposal = proposal_submit(
        meeting=upcoming,
        proposer=people["member"],
        title="Mit Folien",
        files=[SimpleUploadedFile("folien.pdf", PDF, content_type="application/pdf")],
    )
    proposal_decide(proposal=proposal, action="park")
    entry = BacklogEntry.objects.get(proposal=proposal)
    plan(client_as("chair"), ag_transfer, backlog=[entry.pk])
    item = Proposal.objects.get().backlog_entry.taken_into
    assert Attachment.objects.get(agenda_item=item).file_name == "folien.pdf"


def test_an_entry_no_longer_open_stops_the_plan_and_nothing_is_created(
    client_as, people, ag_transfer, upcoming, series
):
    entry = parked_proposal(upcoming, people)
    BacklogEntry.objects.filter(pk=entry.pk).update(state="dropped")
    before = Meeting.objects.count()
    answer = plan(client_as("chair"), ag_transfer, backlog=[entry.pk])
    assert answer.status_code == 200
    assert "Auswahl" in answer.content.decode() or "nicht mehr offen" in answer.content.decode()
    assert Meeting.objects.count() == before


def test_a_member_may_not_plan_a_meeting(client_as, ag_transfer, series):
    assert client_as("member").get(NEXT.format(ag_transfer.pk)).status_code == 403
    assert plan(client_as("member"), ag_transfer).status_code == 403
