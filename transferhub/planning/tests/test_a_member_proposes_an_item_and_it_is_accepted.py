"""A member proposes an item; the chair accepts it into the agenda; the member is told."""

from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from transferhub.meetings.models import AgendaItem, Attachment
from transferhub.planning.models import BacklogEntry, Proposal

from .conftest import PDF


def propose(client, meeting, **extra):
    data = {
        "title": "Erfahrungen mit der Umsetzungshilfe",
        "description": "Rückmeldungen aus drei Betrieben.",
        "duration_minutes": "20",
        **extra,
    }
    return client.post(f"/planung/sitzungen/{meeting.pk}/vorschlaege/", data)


def test_a_member_proposes_and_the_chair_accepts_it_into_the_agenda(
    client_as, people, upcoming, series, django_capture_on_commit_callbacks
):
    client = client_as("member")
    page = client.get(f"/planung/sitzungen/{upcoming.pk}/vorschlaege/")
    assert "Vorschlag einreichen" in page.content.decode()
    upload = SimpleUploadedFile("folien.pdf", PDF, content_type="application/pdf")
    answer = propose(client, upcoming, presenter=str(people["member"].pk), files=[upload])
    proposal = Proposal.objects.get()
    assert answer.status_code == 302 and answer["Location"] == proposal.get_absolute_url()
    assert proposal.state == "submitted" and proposal.proposer == people["member"]
    assert proposal.files.get().file_name == "folien.pdf"

    chair = client_as("chair")
    assert (
        "Erfahrungen mit der Umsetzungshilfe"
        in chair.get(proposal.get_absolute_url()).content.decode()
    )
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        answer = chair.post(
            f"/planung/vorschlaege/{proposal.pk}/entscheiden/", {"action": "accept"}
        )
    assert answer.status_code == 302
    proposal.refresh_from_db()
    assert proposal.state == "accepted"
    item = AgendaItem.objects.get(pk=proposal.agenda_item_id)
    assert item.meeting == upcoming
    assert item.name == "Erfahrungen mit der Umsetzungshilfe"
    assert item.duration_minutes == 20
    assert [p.person for p in item.presentations.all()] == [people["member"]]
    assert Attachment.objects.get(agenda_item=item).file_name == "folien.pdf"
    # The meeting page shows it, and the proposer hears of it (in English, the member's language).
    assert (
        "Erfahrungen mit der Umsetzungshilfe"
        in chair.get(upcoming.get_absolute_url()).content.decode()
    )
    assert [m.to for m in mail.outbox] == [[people["member"].email]]
    assert "Erfahrungen mit der Umsetzungshilfe" in mail.outbox[0].subject
    assert proposal.get_absolute_url() in mail.outbox[0].body
    proposal.refresh_from_db()
    assert proposal.notified_at is not None


def test_an_accepted_item_goes_before_the_standing_items_at_the_end(
    client_as, people, upcoming, series
):
    from transferhub.meetings.services import agenda_item_add

    for name in ("Verschiedenes", "Termine"):
        agenda_item_add(meeting=upcoming, name=name, duration_minutes=5)
    propose(client_as("member"), upcoming)
    proposal = Proposal.objects.get()
    client_as("chair").post(
        f"/planung/vorschlaege/{proposal.pk}/entscheiden/", {"action": "accept"}
    )
    names = list(upcoming.agenda_items.order_by("order").values_list("name", flat=True))
    assert names[-3:] == ["Erfahrungen mit der Umsetzungshilfe", "Verschiedenes", "Termine"]


def test_parking_puts_the_proposal_in_the_backlog_and_declining_needs_a_reason(
    client_as, people, upcoming, django_capture_on_commit_callbacks
):
    member = client_as("member")
    propose(member, upcoming, title="Erstes Thema")
    propose(member, upcoming, title="Zweites Thema")
    first, second = Proposal.objects.order_by("pk")
    chair = client_as("chair")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        chair.post(f"/planung/vorschlaege/{first.pk}/entscheiden/", {"action": "park"})
    entry = BacklogEntry.objects.get()
    assert (entry.kind, entry.title, entry.proposal_id) == ("parked", "Erstes Thema", first.pk)
    assert upcoming.agenda_items.filter(name="Erstes Thema").count() == 0

    answer = chair.post(
        f"/planung/vorschlaege/{second.pk}/entscheiden/", {"action": "decline"}, follow=True
    )
    assert "Bitte geben Sie einen Grund für die Ablehnung an." in answer.content.decode()
    second.refresh_from_db()
    assert second.state == "submitted"
    with django_capture_on_commit_callbacks(execute=True):
        chair.post(
            f"/planung/vorschlaege/{second.pk}/entscheiden/",
            {"action": "decline", "reason": "Passt besser in die AG Umweltschutz."},
        )
    second.refresh_from_db()
    assert (second.state, second.reason) == ("declined", "Passt besser in die AG Umweltschutz.")
    assert len(mail.outbox) == 2
    assert "Passt besser in die AG Umweltschutz." in mail.outbox[1].body
    # A second decision on the same proposal is refused.
    answer = chair.post(
        f"/planung/vorschlaege/{second.pk}/entscheiden/", {"action": "accept"}, follow=True
    )
    assert "schon entschieden" in answer.content.decode()


def test_a_member_may_not_decide(client_as, people, upcoming):
    propose(client_as("member"), upcoming)
    proposal = Proposal.objects.get()
    answer = client_as("member").post(
        f"/planung/vorschlaege/{proposal.pk}/entscheiden/", {"action": "accept"}
    )
    assert answer.status_code == 403
    proposal.refresh_from_db()
    assert proposal.state == "submitted"
