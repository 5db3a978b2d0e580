"""With S3_BUCKET set, a report's attachment goes into the bucket, the handler downloads it
through the page that checks the permission, and the seven-year erasure removes it from
the bucket (moto's S3 server, real HTTP)."""

import datetime as dt

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from transferhub.complaints import services
from transferhub.complaints.models import Case, CaseFile
from transferhub.lib.testing.s3 import keys, s3_bucket, s3_endpoint  # noqa: F401 (fixtures)

PDF = b"%PDF-1.4\n%\xe2\xe3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def test_a_reports_file_lives_in_the_bucket_until_the_case_is_erased(
    client,
    complaint_world,
    s3_bucket,  # noqa: F811 (the fixture imported above)
    django_capture_on_commit_callbacks,
):
    endpoint, bucket = s3_bucket
    response = client.post(
        reverse("complaints:report"),
        {
            "supplier": complaint_world.supplier.pk,
            "risk": "safety",
            "description": "In Halle 2 ist der Fluchtweg seit Wochen mit Paletten zugestellt.",
            "anonymous": "on",
            "consent": "on",
            "attachments": SimpleUploadedFile("foto.pdf", PDF, content_type="application/pdf"),
        },
    )
    assert response.status_code == 200
    stored = CaseFile.objects.get()
    assert keys(endpoint, bucket) == [stored.file.name]

    url = reverse("complaints:case_file", args=[stored.pk])
    handler = Client()
    handler.force_login(complaint_world.handler_person.user)
    download = handler.get(url)
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == PDF
    outsider = Client()
    outsider.force_login(complaint_world.company_user)
    assert outsider.get(url).status_code in (403, 404)

    case = Case.objects.get()
    received = timezone.localdate(case.received_at)
    later = received.replace(year=received.year + 7) + dt.timedelta(days=1)
    with django_capture_on_commit_callbacks(execute=True):
        assert services.cases_erase_expired(today=later) == 1
    assert keys(endpoint, bucket) == []
