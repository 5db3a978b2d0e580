"""Bad proposals get a clear German message and leave nothing behind."""

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from transferhub.planning.models import Proposal, ProposalFile, ProposalWindow
from transferhub.planning.services import PlanningError, proposal_submit

URL = "/planung/sitzungen/{}/vorschlaege/"


def post(client, meeting, **extra):
    data = {"title": "Ein Thema", "duration_minutes": "15", **extra}
    return client.post(URL.format(meeting.pk), data)


def test_a_proposal_after_the_deadline_is_refused(client_as, upcoming):
    ProposalWindow.objects.create(meeting=upcoming, deadline=timezone.now() - dt.timedelta(hours=1))
    client = client_as("member")
    page = client.get(URL.format(upcoming.pk)).content.decode()
    assert "Die Frist für Vorschläge endete am" in page
    assert "Vorschlag einreichen" not in page
    answer = post(client, upcoming)
    assert answer.status_code == 200
    assert "Die Frist für Vorschläge zu dieser Sitzung endete am" in answer.content.decode()
    assert not Proposal.objects.exists()


def test_a_proposal_to_a_body_one_is_not_a_member_of_is_refused(client_as, people, upcoming):
    with pytest.raises(PlanningError, match="nicht Mitglied des Gremiums „AG Transfer“"):
        proposal_submit(meeting=upcoming, proposer=people["outsider"], title="Fremd")
    # On the web the outsider does not see the meeting at all, as on its own page.
    assert post(client_as("outsider"), upcoming).status_code == 404
    assert not Proposal.objects.exists()


def test_the_secretariat_without_membership_is_told_it_cannot_propose(client_as, people, upcoming):
    people["secretariat"].memberships.all().delete()
    answer = post(client_as("secretariat"), upcoming)
    assert answer.status_code == 200
    assert "nicht Mitglied des Gremiums" in answer.content.decode()
    assert not Proposal.objects.exists()


def test_a_file_of_the_wrong_type_refuses_the_whole_proposal(client_as, upcoming):
    bad = SimpleUploadedFile("skript.exe", b"MZ\x90\x00" * 100, content_type="application/pdf")
    answer = post(client_as("member"), upcoming, files=[bad])
    assert answer.status_code == 200
    assert "Dieser Dateityp ist nicht erlaubt" in answer.content.decode()
    assert not Proposal.objects.exists() and not ProposalFile.objects.exists()


def test_a_meeting_that_was_held_takes_no_proposals(client_as, people, seed_meeting):
    with pytest.raises(PlanningError, match="keine Vorschläge mehr"):
        proposal_submit(meeting=seed_meeting, proposer=people["member"], title="Zu spät")
    assert not Proposal.objects.exists()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("title", "   ", "Dieses Feld ist zwingend erforderlich."),
        ("duration_minutes", "0", "größer oder gleich 1"),
        ("duration_minutes", "100000", "kleiner oder gleich 480"),
    ],
)
def test_a_missing_title_or_a_wild_duration_is_refused(client_as, upcoming, field, value, message):
    answer = post(client_as("member"), upcoming, **{field: value})
    assert answer.status_code == 200
    assert message in answer.content.decode()
    assert not Proposal.objects.exists()


def test_the_deadline_is_set_by_the_chair_and_must_lie_before_the_meeting(client_as, upcoming):
    chair = client_as("chair")
    url = f"/planung/sitzungen/{upcoming.pk}/vorschlaege/frist/"
    late = dt.datetime.combine(upcoming.date + dt.timedelta(days=1), dt.time(12))
    answer = chair.post(url, {"deadline": late.strftime("%Y-%m-%dT%H:%M")}, follow=True)
    assert "Die Frist muss vor dem Beginn der Sitzung liegen." in answer.content.decode()
    assert not ProposalWindow.objects.exists()
    good = dt.datetime.combine(upcoming.date - dt.timedelta(days=3), dt.time(12))
    chair.post(url, {"deadline": good.strftime("%Y-%m-%dT%H:%M")})
    assert timezone.localtime(ProposalWindow.objects.get().deadline).date() == good.date()
    assert client_as("member").post(url, {"deadline": "2030-01-01T12:00"}).status_code == 403
