"""Attachments: upload per item, refused types and sizes, download permissions."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from transferhub.meetings import services
from transferhub.meetings.models import Attachment, Meeting

from .conftest import PDF_BYTES, page_text


def _upload(client, meeting, item, upload, name=""):
    return client.post(
        reverse("meetings:attachment_add", args=[meeting.pk, item.pk]),
        {"attachment-file": upload, "attachment-name": name},
        follow=True,
    )


def _stored_files(settings):
    from pathlib import Path

    root = Path(settings.STORAGES["default"]["OPTIONS"]["location"])
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


def test_a_pdf_becomes_anlage_1_with_its_size(client_as, seed_meeting, pdf):
    item = seed_meeting.agenda_items.get(number="1")
    response = _upload(client_as("secretariat"), seed_meeting, item, pdf("Neues aus der OM.pdf"))
    text = page_text(response)
    assert "Die Datei ist als Anlage 1 gespeichert." in text
    attachment = Attachment.objects.get()
    assert (attachment.number, attachment.agenda_item, attachment.size) == (
        1,
        item,
        len(PDF_BYTES),
    )
    assert attachment.file_name == "Neues aus der OM.pdf"
    detail = page_text(client_as("member").get(seed_meeting.get_absolute_url()))
    assert "Anlage 1: Neues aus der OM.pdf" in detail
    assert reverse("meetings:attachment", args=[seed_meeting.pk, attachment.pk]) in detail


def test_an_oversized_upload_is_refused_and_nothing_stored(client_as, seed_meeting, pdf, settings):
    settings.MAX_UPLOAD_BYTES = 50
    item = seed_meeting.agenda_items.get(number="1")
    response = _upload(client_as("secretariat"), seed_meeting, item, pdf(content=PDF_BYTES * 3))
    assert response.status_code == 200
    assert "erlaubt sind höchstens" in page_text(response)
    assert not Attachment.objects.exists()
    assert _stored_files(settings) == []


@pytest.mark.parametrize(
    "name,content",
    [
        ("setup.exe", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff"),
        ("bericht.pdf", b"Dies ist nur Text, der sich als PDF ausgibt.\n"),
    ],
)
def test_a_wrong_type_is_refused_and_nothing_stored(
    client_as, seed_meeting, settings, name, content
):
    item = seed_meeting.agenda_items.get(number="1")
    upload = SimpleUploadedFile(name, content, content_type="application/pdf")
    response = _upload(client_as("secretariat"), seed_meeting, item, upload)
    assert "Dieser Dateityp ist nicht erlaubt." in page_text(response)
    assert not Attachment.objects.exists()
    assert _stored_files(settings) == []


def test_an_attachment_is_deleted_and_the_others_renumbered(client_as, seed_meeting, pdf):
    first_item = seed_meeting.agenda_items.get(number="1")
    second_item = seed_meeting.agenda_items.get(number="2")
    first = services.attachment_add(meeting=seed_meeting, agenda_item=first_item, file=pdf("a.pdf"))
    second = services.attachment_add(
        meeting=seed_meeting, agenda_item=second_item, file=pdf("b.pdf")
    )
    response = client_as("secretariat").post(
        reverse("meetings:attachment_delete", args=[seed_meeting.pk, first.pk]), follow=True
    )
    assert "Die Anlage wurde gelöscht." in page_text(response)
    assert not Attachment.objects.filter(pk=first.pk).exists()
    second.refresh_from_db()
    assert second.number == 1


@pytest.fixture
def files(seed_meeting, pdf):
    public_item = seed_meeting.agenda_items.get(number="1")
    internal_item = seed_meeting.agenda_items.get(number="2")
    internal_item.public = False
    internal_item.save()
    return {
        "public": services.attachment_add(
            meeting=seed_meeting, agenda_item=public_item, file=pdf("oeffentlich.pdf")
        ),
        "internal": services.attachment_add(
            meeting=seed_meeting, agenda_item=internal_item, file=pdf("intern.pdf")
        ),
        "meeting": services.attachment_add(meeting=seed_meeting, file=pdf("sitzung.pdf")),
    }


def _download(client, attachment):
    return client.get(reverse("meetings:attachment", args=[attachment.meeting_id, attachment.pk]))


def test_members_download_any_attachment_with_its_name_and_type(client_as, files):
    response = _download(client_as("member"), files["internal"])
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="intern.pdf"'
    assert b"".join(response.streaming_content) == PDF_BYTES


def test_the_public_gets_nothing_before_approval(client_as, files):
    assert _download(client_as("outsider"), files["public"]).status_code == 404
    assert _download(client_as("anonymous"), files["public"]).status_code == 302


def test_the_public_gets_only_files_of_public_items_of_approved_minutes(client_as, files):
    Meeting.objects.filter(pk=files["public"].meeting_id).update(
        state=Meeting.State.MINUTES_APPROVED
    )
    for role in ("anonymous", "outsider"):
        client = client_as(role)
        assert _download(client, files["public"]).status_code == 200
        assert _download(client, files["internal"]).status_code == 404
        assert _download(client, files["meeting"]).status_code == 404


def test_an_attachment_of_another_meeting_is_not_found(client_as, files, planned_meeting):
    url = reverse("meetings:attachment", args=[planned_meeting.pk, files["public"].pk])
    assert client_as("secretariat").get(url).status_code == 404


def test_an_upload_whose_record_cannot_be_saved_leaves_no_file_behind(
    seed_meeting, pdf, settings, monkeypatch
):
    def interrupted(**kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(services, "attachments_renumber", interrupted)
    with pytest.raises(KeyboardInterrupt):
        services.attachment_add(meeting=seed_meeting, file=pdf("Anlage.pdf"))
    assert not Attachment.objects.exists()
    assert _stored_files(settings) == []
