"""With S3_BUCKET set, a management-system certificate and LkSG evidence are uploaded into
the bucket, downloaded through the pages that check who may see them, and removed from the
bucket with their records (moto's S3 server, real HTTP)."""

import datetime as dt

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from transferhub.lib.testing.s3 import keys, s3_bucket, s3_endpoint  # noqa: F401 (fixtures)
from transferhub.suppliers.models import ManagementCertificate

PDF = b"%PDF-1.4\n%\xe2\xe3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def test_a_certificate_goes_into_the_bucket_comes_out_through_the_page_and_leaves_with_it(
    client_for,
    supplier,
    company_user,
    s3_bucket,  # noqa: F811 (the fixture imported above)
    django_capture_on_commit_callbacks,
):
    endpoint, bucket = s3_bucket
    today = timezone.localdate()
    response = client_for(company_user).post(
        f"/lieferanten/{supplier.pk}/zertifikate/",
        {
            "standard": "ISO 14001",
            "issuer": "DEKRA",
            "valid_from": (today - dt.timedelta(days=30)).isoformat(),
            "valid_until": (today + dt.timedelta(days=300)).isoformat(),
            "file": SimpleUploadedFile("iso14001.pdf", PDF, content_type="application/pdf"),
        },
        follow=True,
    )
    assert "Das Zertifikat ist gespeichert." in response.content.decode()
    certificate = ManagementCertificate.objects.get()
    assert keys(endpoint, bucket) == [certificate.file.name]

    url = reverse("suppliers:certificate_file", args=[certificate.pk])
    download = client_for(company_user).get(url)
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == PDF
    assert client_for(None).get(url).status_code == 302  # to the login

    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(company_user).post(
            reverse("suppliers:certificate_delete", args=[certificate.pk]), follow=True
        )
    assert "Das Zertifikat ist entfernt." in response.content.decode()
    assert keys(endpoint, bucket) == []


def test_lksg_evidence_goes_into_the_bucket_and_leaves_it_when_removed(
    client_for,
    client_as,
    supplier,
    company_user,
    s3_bucket,  # noqa: F811 (the fixture imported above)
    django_capture_on_commit_callbacks,
):
    from transferhub.suppliers.models import EvidenceDocument

    endpoint, bucket = s3_bucket
    response = client_for(company_user).post(
        f"/lieferanten/{supplier.pk}/lksg/child_labour/",
        {
            "status": "managed",
            "measures": "Lieferantenkodex unterschrieben",
            "declared_on": "2026-03-01",
            "files": SimpleUploadedFile("kodex.pdf", PDF, content_type="application/pdf"),
        },
    )
    assert response.status_code == 302
    document = EvidenceDocument.objects.get()
    assert keys(endpoint, bucket) == [document.file.name]
    url = reverse("suppliers:evidence", args=[document.pk])
    assert b"".join(client_for(company_user).get(url).streaming_content) == PDF
    assert client_as("outsider").get(url).status_code == 404

    with django_capture_on_commit_callbacks(execute=True):
        client_for(company_user).post(reverse("suppliers:evidence_delete", args=[document.pk]))
    assert not EvidenceDocument.objects.exists()
    assert keys(endpoint, bucket) == []
