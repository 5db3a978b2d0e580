"""Starting a written procedure in the browser, voting logged in or by link, the record's export."""

import csv
import datetime as dt
import io
import json

from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from conftest import make_person
from transferhub.votes.models import Ballot, Vote
from transferhub.votes.services import ballot_cast, ballot_token

from .conftest import committed, start

PDF = b"%PDF-1.4\n%\xe2\xe3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def test_the_chair_starts_a_written_procedure_with_an_attachment(voting, client):
    client.force_login(voting.chair.user)
    deadline = (timezone.localtime() + dt.timedelta(days=5)).strftime("%Y-%m-%dT%H:%M")
    form = client.get(f"/abstimmungen/neu/?body={voting.body.pk}").content.decode()
    token = form.split('name="submit_token" value="')[1].split('"')[0]
    with committed():
        response = client.post(
            "/abstimmungen/neu/",
            {
                "body": voting.body.pk,
                "title": "Leitfaden",
                "motion": "Der Leitfaden wird verabschiedet.",
                "deadline": deadline,
                "attachments": SimpleUploadedFile("leitfaden.pdf", PDF, "application/pdf"),
                "submit_token": token,
            },
            follow=True,
        )
    page = response.content.decode()
    assert "Das Umlaufverfahren läuft; 5 Stimmberechtigte" in page
    vote = Vote.objects.get()
    assert vote.attachments.get().mime_type == "application/pdf"
    assert len(mail.outbox) == 5
    # Sent twice (a double click): still one vote, one round of mails.
    again = client.post(
        "/abstimmungen/neu/",
        {
            "body": voting.body.pk,
            "title": "Leitfaden",
            "motion": "x",
            "deadline": deadline,
            "submit_token": token,
        },
        follow=True,
    )
    assert "Bereits gespeichert" in again.content.decode()
    assert Vote.objects.count() == 1
    # A voter opens the file through the link from the mail, without logging in.
    client.logout()
    link = ballot_token(vote.voters.get(person=voting.anna))
    file = client.get(f"/abstimmungen/anlage/{vote.attachments.get().pk}/?link={link}")
    assert file.status_code == 200 and b"".join(file.streaming_content) == PDF
    assert (
        client.get(f"/abstimmungen/anlage/{vote.attachments.get().pk}/?link=x").status_code == 404
    )


def test_a_member_may_not_start_one(voting, client):
    client.force_login(voting.member.user)
    assert client.get(f"/abstimmungen/neu/?body={voting.body.pk}").status_code == 403


def test_a_deadline_in_the_past_is_refused(voting, client):
    client.force_login(voting.chair.user)
    form = client.post(
        "/abstimmungen/neu/",
        {
            "body": voting.body.pk,
            "title": "Zu spät",
            "motion": "x",
            "deadline": "2020-01-01T10:00",
        },
    )
    assert "Die Frist muss in der Zukunft liegen." in form.content.decode()
    assert not Vote.objects.exists()


def test_voting_by_link_without_login_and_changing_it(voting, client):
    vote = start(voting)
    url = f"/abstimmungen/link/{ballot_token(vote.voters.get(person=voting.anna))}/"
    page = client.get(url).content.decode()
    assert "Sie stimmen als Anna Adler." in page and "Der Strategiekreis verabschiedet" in page
    assert "Ihre Stimme ist gezählt." in client.post(url, {"choice": "yes"}).content.decode()
    assert "Ihre Stimme ist geändert." in client.post(url, {"choice": "no"}).content.decode()
    assert Ballot.objects.get().choice == "no"


def test_voting_logged_in(voting, client):
    vote = start(voting)
    client.force_login(voting.bernd.user)
    response = client.post(f"/abstimmungen/{vote.pk}/stimme/", {"choice": "abstain"}, follow=True)
    assert "Ihre Stimme ist gezählt." in response.content.decode()
    assert Ballot.objects.get().voter.person == voting.bernd


def test_the_record_export_lists_who_could_vote_and_keeps_formulas_as_text(voting, client):
    evil = make_person('=HYPERLINK("x")', "Formel", username="formel")
    voting.body.memberships.create(person=evil, role="member")
    vote = start(voting)
    ballot_cast(voter=vote.voters.get(person=voting.anna), choice="yes")
    client.force_login(voting.chair.user)
    response = client.get(f"/abstimmungen/{vote.pk}/aufzeichnung.csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:5] == ["Person", "Organisation", "Rolle", "abgestimmt", "Stimme"]
    assert len(rows) == 1 + 6
    by_name = {r[0]: r for r in rows[1:]}
    assert by_name["Anna Adler"][3:5] == ["ja", "yes"]
    assert by_name['\'=HYPERLINK("x") Formel'][3] == "nein"
    data = json.loads(client.get(f"/abstimmungen/{vote.pk}/aufzeichnung.json").content)
    assert data["rules"]["majority"] == "simple" and len(data["voters"]) == 6
    client.force_login(voting.member.user)
    assert client.get(f"/abstimmungen/{vote.pk}/aufzeichnung.csv").status_code == 403
