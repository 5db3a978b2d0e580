"""With S3_BUCKET set, a written procedure's attachment goes into the bucket and a voter
opens it through the signed link from the mail, checked by our view (moto's S3 server)."""

import datetime as dt

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from transferhub.lib.testing.s3 import keys, s3_bucket, s3_endpoint  # noqa: F401 (fixtures)
from transferhub.votes.models import Vote
from transferhub.votes.services import ballot_token

from .conftest import committed

PDF = b"%PDF-1.4\n%\xe2\xe3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def test_a_votes_attachment_lives_in_the_bucket_and_opens_by_the_voters_link(
    voting,
    client,
    s3_bucket,  # noqa: F811 (the fixture imported above)
):
    endpoint, bucket = s3_bucket
    client.force_login(voting.chair.user)
    deadline = (timezone.localtime() + dt.timedelta(days=5)).strftime("%Y-%m-%dT%H:%M")
    form = client.get(f"/abstimmungen/neu/?body={voting.body.pk}").content.decode()
    token = form.split('name="submit_token" value="')[1].split('"')[0]
    with committed():
        client.post(
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
    attachment = Vote.objects.get().attachments.get()
    assert keys(endpoint, bucket) == [attachment.file.name]

    client.logout()
    link = ballot_token(Vote.objects.get().voters.get(person=voting.anna))
    file = client.get(f"/abstimmungen/anlage/{attachment.pk}/?link={link}")
    assert file.status_code == 200 and b"".join(file.streaming_content) == PDF
    assert client.get(f"/abstimmungen/anlage/{attachment.pk}/?link=x").status_code == 404
