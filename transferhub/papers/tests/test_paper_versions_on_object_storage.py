"""With S3_BUCKET set, a paper's new version goes into the bucket and is downloaded
through the page that checks who may read it (moto's S3 server, real HTTP)."""

from django.urls import reverse

from transferhub.lib.testing.s3 import keys, s3_bucket, s3_endpoint  # noqa: F401 (fixtures)
from transferhub.papers.models import PaperFileVersion

from .files import markdown_file


def test_a_new_version_is_stored_in_the_bucket_and_downloaded_through_the_page(
    client_as,
    paper,
    s3_bucket,  # noqa: F811 (the fixture imported above)
):
    endpoint, bucket = s3_bucket
    response = client_as("member").post(
        f"/vorlagen/{paper.pk}/dokument/{paper.main_file.pk}/version/",
        {"file": markdown_file("# Zweite Fassung\n\nLiquidität planen.")},
        follow=True,
    )
    assert response.status_code == 200
    version = PaperFileVersion.objects.get(paper_file=paper.main_file, number=2)
    assert version.file.name in keys(endpoint, bucket)

    url = reverse("papers:version_download", args=[version.pk])
    download = client_as("member").get(url)
    assert download.status_code == 200
    assert b"Liquid" in b"".join(download.streaming_content)
    assert client_as("outsider").get(url).status_code in (403, 404)
