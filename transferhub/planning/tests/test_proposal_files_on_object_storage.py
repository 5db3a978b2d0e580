"""With S3_BUCKET set, a proposal's file goes into the bucket, the chair opens it through
the checking page, and accepting the proposal copies it into the meeting's attachments
within the bucket (moto's S3 server, real HTTP)."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from transferhub.lib.testing.s3 import keys, s3_bucket, s3_endpoint  # noqa: F401 (fixtures)
from transferhub.meetings.models import Attachment
from transferhub.planning.models import Proposal

from .conftest import PDF


def test_a_proposals_file_is_stored_opened_and_copied_to_the_agenda_in_the_bucket(
    client_as,
    people,
    upcoming,
    s3_bucket,  # noqa: F811 (the fixture imported above)
    django_capture_on_commit_callbacks,
):
    endpoint, bucket = s3_bucket
    answer = client_as("member").post(
        f"/planung/sitzungen/{upcoming.pk}/vorschlaege/",
        {
            "title": "Erfahrungen mit der Umsetzungshilfe",
            "description": "Rückmeldungen aus drei Betrieben.",
            "duration_minutes": "20",
            "presenter": str(people["member"].pk),
            "files": [SimpleUploadedFile("folien.pdf", PDF, content_type="application/pdf")],
        },
    )
    assert answer.status_code == 302
    proposal = Proposal.objects.get()
    stored = proposal.files.get()
    assert keys(endpoint, bucket) == [stored.file.name]

    url = reverse("planning:proposal_file", args=[stored.pk])
    chair = client_as("chair")
    download = chair.get(url)
    assert download.status_code == 200 and b"".join(download.streaming_content) == PDF

    with django_capture_on_commit_callbacks(execute=True):
        answer = chair.post(
            f"/planung/vorschlaege/{proposal.pk}/entscheiden/", {"action": "accept"}
        )
    assert answer.status_code == 302
    attachment = Attachment.objects.get()
    assert sorted(keys(endpoint, bucket)) == sorted([stored.file.name, attachment.file.name])
    meeting_file = client_as("member").get(
        reverse("meetings:attachment", args=[upcoming.pk, attachment.pk])
    )
    assert b"".join(meeting_file.streaming_content) == PDF
