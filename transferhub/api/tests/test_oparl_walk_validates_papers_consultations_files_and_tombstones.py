"""The OParl walk validates Paper, Consultation, File, Location and a deleted object against
the official schemas; a paper's files answer HEAD with their name in Content-Disposition."""

import json

import pytest

from transferhub.api.tests.test_oparl_endpoint_validates_against_the_official_schemas import (
    PREFIX,
    walk,
)
from transferhub.papers import services
from transferhub.papers.tests.files import docx_file, markdown_file


@pytest.fixture
def published(approved_meeting, settings, people, ag_transfer):
    settings.SITE_URL = PREFIX
    paper = services.paper_create(
        title="Umsetzungshilfe Finanzierung und Liquidität",
        paper_type="instrument",
        body=ag_transfer,
        year=2022,
        authors=[people["member"]],
        public=True,
    )
    services.paper_file_add(paper=paper, file=docx_file(["Liquidität planen."]), name="Text")
    services.paper_file_add(
        paper=paper, file=markdown_file("# Glossar"), name="Glossar", role="auxiliary"
    )
    services.consultation_add(paper=paper, body=ag_transfer, role="recommendation")
    consultation, _w = services.paper_put_on_agenda(
        paper=paper, meeting=approved_meeting, agenda_item=approved_meeting.public_item
    )
    services.consultation_record_result(consultation=consultation, result="adopted")
    withdrawn = services.paper_create(title="Stellungnahme zurückgezogen", public=True)
    withdrawn.public = False
    withdrawn.save()
    approved_meeting.paper = paper
    approved_meeting.withdrawn = withdrawn
    return approved_meeting


def test_the_walk_validates_every_type_and_a_deleted_paper(client, published):
    fetched, seen = walk(client)
    assert {"Paper", "Consultation", "File", "Location", "Meeting", "AgendaItem"} <= seen
    papers = fetched[PREFIX + "/oparl/v1/body/1/paper"]["data"]
    by_id = {p["id"].removeprefix(PREFIX): p for p in papers}
    gone = by_id[f"/oparl/v1/paper/{published.withdrawn.pk}"]
    assert gone["deleted"] is True and "Stellungnahme" not in json.dumps(gone, ensure_ascii=False)
    paper = by_id[f"/oparl/v1/paper/{published.paper.pk}"]
    assert paper["reference"] == "AG Transfer 2022/V-1"
    assert paper["paperType"] == "Instrument"
    assert paper["mainFile"]["fileName"] == "vorlage.docx"
    assert len(paper["mainFile"]["sha1Checksum"]) == 40
    assert [f["name"] for f in paper["auxiliaryFile"]] == ["Glossar (Version 1)"]
    [consultation] = paper["consultation"]
    assert consultation["role"] == "Empfehlung" and consultation["authoritative"] is False
    assert consultation["agendaItem"].endswith(f"/agendaitem/{published.public_item.pk}")
    item = json.loads(client.get(f"/oparl/v1/agendaitem/{published.public_item.pk}").content)
    assert item["consultation"] == consultation["id"]
    assert item["resolutionFile"]["id"] == paper["mainFile"]["id"]
    meeting = fetched[PREFIX + f"/oparl/v1/meeting/{published.pk}"]
    assert meeting["resultsProtocol"]["accessUrl"].endswith("/protokoll.pdf")
    assert meeting["invitation"]["accessUrl"].endswith("/tagesordnung.pdf")


def test_a_paper_file_answers_head_and_names_itself(client, published):
    paper = client.get(f"/oparl/v1/paper/{published.paper.pk}").json()
    main = paper["mainFile"]
    head = client.head(main["downloadUrl"].removeprefix(PREFIX))
    assert head.status_code == 200
    assert head["Content-Disposition"].startswith("attachment")
    assert "vorlage.docx" in head["Content-Disposition"]
    assert int(head["Content-Length"]) == main["size"]
    shown = client.get(main["accessUrl"].removeprefix(PREFIX))
    assert shown["Content-Disposition"].startswith("inline")
    assert shown["Content-Type"] == main["mimeType"]


def test_a_private_papers_file_is_not_served_to_the_public(client, published):
    version = published.withdrawn
    services.paper_file_add(paper=version, file=markdown_file("geheim"))
    version_pk = version.files.get().versions.get().pk
    response = client.get(f"/vorlagen/version/{version_pk}/herunterladen/")
    assert response.status_code == 302 and "/anmelden/" in response["Location"]
    assert client.get(f"/oparl/v1/paperfile/{version_pk}").status_code == 404


def test_a_meeting_file_names_its_checksums_older_files_too(client, published):
    import hashlib

    from transferhub.api.models import FileChecksum

    attachment = published.attachments.get(name="Vortrag BMAS")
    content = b"%PDF-1.4 public"
    obj = client.get(f"/oparl/v1/file/{attachment.pk}").json()
    assert obj["sha1Checksum"] == hashlib.sha1(content).hexdigest()  # noqa: S324
    assert obj["sha512Checksum"] == hashlib.sha512(content).hexdigest()
    FileChecksum.objects.all().delete()  # as for a file uploaded before checksums were kept
    listed = client.get("/oparl/v1/body/1/file").json()["data"]
    [again] = [f for f in listed if f["id"] == obj["id"]]
    assert again["sha512Checksum"] == obj["sha512Checksum"]
    head = client.head(obj["downloadUrl"].removeprefix(PREFIX))
    assert head.status_code == 200 and "bmas.pdf" in head["Content-Disposition"]
