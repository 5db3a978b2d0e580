"""With S3_BUCKET set, uploads live in a private bucket (moto's S3 server, real HTTP) and
every download still goes through the view that checks the permission."""

import pytest
from django.core.files.storage import default_storage, storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from transferhub.lib.testing.s3 import keys, shared_endpoint, use_s3
from transferhub.meetings.models import Attachment

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"


@pytest.fixture
def endpoint():
    return shared_endpoint()


@pytest.fixture
def bucket(settings, endpoint):
    name = use_s3(settings, endpoint)
    from transferhub.lib.storage import PrivateS3Storage  # boto3: only for these tests

    assert isinstance(storages["default"], PrivateS3Storage)
    return name


def _body(response) -> bytes:
    return b"".join(response.streaming_content)


def test_a_meeting_attachment_is_uploaded_downloaded_and_deleted_in_the_bucket(
    client_as, seed_meeting, endpoint, bucket, django_capture_on_commit_callbacks
):
    item = seed_meeting.agenda_items.get(number="1")
    secretariat = client_as("secretariat")
    response = secretariat.post(
        reverse("meetings:attachment_add", args=[seed_meeting.pk, item.pk]),
        {"attachment-file": SimpleUploadedFile("folien.pdf", PDF, "application/pdf")},
        follow=True,
    )
    assert "Die Datei ist als Anlage 1 gespeichert." in response.content.decode()
    attachment = Attachment.objects.get()
    assert keys(endpoint, bucket) == [attachment.file.name]

    url = reverse("meetings:attachment", args=[seed_meeting.pk, attachment.pk])
    download = client_as("member").get(url)
    assert download.status_code == 200
    assert _body(download) == PDF
    # The permission check still holds: someone logged out gets no file.
    from django.test import Client

    assert Client().get(url).status_code in (302, 403, 404)

    # The file leaves the bucket once the deletion is committed.
    with django_capture_on_commit_callbacks(execute=True):
        response = client_as("secretariat").post(
            reverse("meetings:attachment_delete", args=[seed_meeting.pk, attachment.pk]),
            follow=True,
        )
    assert "Die Anlage wurde gelöscht." in response.content.decode()
    assert keys(endpoint, bucket) == []


def test_no_bucket_url_is_handed_out(bucket):
    name = default_storage.save("probe/a.pdf", SimpleUploadedFile("a.pdf", PDF))
    assert default_storage.url(name) == name
    assert "X-Amz" not in default_storage.url(name)
    # Same name again: a new key, the first file is not overwritten.
    second = default_storage.save("probe/a.pdf", SimpleUploadedFile("a.pdf", b"%PDF-1.4 2"))
    assert second != name
    with default_storage.open(name) as f:
        assert f.read() == PDF


@pytest.mark.only_on("sqlite")  # backup and restore themselves are tested on both databases
@pytest.mark.django_db(transaction=True)
def test_a_backup_from_disk_restores_its_files_into_the_bucket(
    settings, seed_meeting, endpoint, tmp_path
):
    import json
    import tarfile

    from django.core.management import call_command

    from transferhub.meetings.services import attachment_add

    attachment = attachment_add(meeting=seed_meeting, file=SimpleUploadedFile("a.pdf", PDF))
    call_command("backup", "--output", str(tmp_path / "disk"), verbosity=0)
    (archive,) = (tmp_path / "disk").glob("*.tar.gz")

    bucket = use_s3(settings, endpoint)
    call_command("restore", str(archive), "--force", verbosity=0)
    assert keys(endpoint, bucket) == [attachment.file.name]
    with storages["default"].open(attachment.file.name) as f:
        assert f.read() == PDF

    # A backup made while the files live in the bucket copies the database only.
    call_command("backup", "--output", str(tmp_path / "s3"), verbosity=0)
    (archive,) = (tmp_path / "s3").glob("*.tar.gz")
    with tarfile.open(archive) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))
    assert manifest["uploads"] == "object storage"
    assert not [name for name in manifest["files"] if name.startswith("media/")]
    assert keys(endpoint, bucket) == [attachment.file.name]


def test_a_topics_document_is_uploaded_downloaded_and_removed_in_the_bucket(
    client_as, endpoint, bucket, django_capture_on_commit_callbacks
):
    from transferhub.decisions.models import Topic

    response = client_as("secretariat").post(
        reverse("decisions:topic_create"),
        {
            "title": "One-Pager LkSG",
            "description": "KMU-gerecht",
            "document": SimpleUploadedFile("umsetzungshilfe.pdf", PDF, "application/pdf"),
        },
    )
    assert response.status_code == 302
    topic = Topic.objects.get()
    assert keys(endpoint, bucket) == [topic.document.name]
    url = reverse("decisions:topic_document", args=[topic.pk])
    assert _body(client_as("member").get(url)) == PDF

    with django_capture_on_commit_callbacks(execute=True):  # removed once the edit is saved
        response = client_as("secretariat").post(
            reverse("decisions:topic_edit", args=[topic.pk]),
            {"title": topic.title, "description": "KMU-gerecht", "remove_document": "on"},
        )
    assert response.status_code == 302
    assert keys(endpoint, bucket) == []


def test_a_networks_founding_paper_comes_from_the_bucket_and_a_lost_one_is_not_found(
    client, db, endpoint, bucket
):
    import datetime as dt

    from django.core.files.base import ContentFile
    from django.utils import timezone

    from transferhub.network.models import Network

    network = Network.objects.create(
        name="OM Rheinland-Pfalz Nord",
        slug="om-rlp-nord",
        federal_states="RP",
        recognised_until=timezone.localdate() + dt.timedelta(days=365),
    )
    network.founding_paper.save("grundlagenpapier.pdf", ContentFile(PDF))
    assert keys(endpoint, bucket) == [network.founding_paper.name]
    url = reverse("regional:founding_paper", kwargs={"slug": network.slug})
    assert _body(client.get(url)) == PDF

    # The object went missing in the store (a bucket restored from an older copy): the
    # page says "not found" instead of failing.
    default_storage.delete(network.founding_paper.name)
    assert client.get(url).status_code == 404
