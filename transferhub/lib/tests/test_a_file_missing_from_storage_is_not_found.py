"""A stored file that went missing (a lost disk, a bucket restored without it) answers 404
on every download page, not a server error; the pages still check who may have it first."""

from django.urls import reverse

from transferhub.decisions.models import Topic


def test_a_topic_document_missing_from_storage_is_not_found(client_as, people):
    topic = Topic.objects.create(
        title="Umsetzungshilfe", document="topics/verloren.pdf", document_name="verloren.pdf"
    )
    url = reverse("decisions:topic_document", args=[topic.pk])
    assert client_as("secretariat").get(url).status_code == 404


def test_a_present_topic_document_is_sent_whole(client_as, people):
    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage

    name = default_storage.save("topics/da.pdf", ContentFile(b"%PDF-1.7 da"))
    try:
        topic = Topic.objects.create(title="Leitfaden", document=name, document_name="da.pdf")
        url = reverse("decisions:topic_document", args=[topic.pk])
        response = client_as("secretariat").get(url)
        assert response.status_code == 200
        assert b"".join(response.streaming_content) == b"%PDF-1.7 da"
        assert 'filename="da.pdf"' in response["Content-Disposition"]
    finally:
        default_storage.delete(name)
