"""The demo's Umsetzungshilfe goes AG Transfer 15.09.2022 (recommended) → Strategiekreis
(adopted) → layout → published, with two versions and their diff; the check A-3.6 is
adopted by the Strategiekreis; and topics with their documents carry over into papers
(the data migration's function, run on a copy of the demo)."""

from django.apps import apps
from django.core.files.base import ContentFile

from transferhub.decisions.models import Topic
from transferhub.papers.migrating import topics_to_papers
from transferhub.papers.models import Paper

from .files import docx_file


def test_the_umsetzungshilfe_goes_its_whole_way(demo, client):
    paper = Paper.objects.get(title="Umsetzungshilfe Finanzierung und Liquidität")
    assert paper.reference == "AG Transfer 2022/V-1" and paper.public
    assert paper.status == "published" and paper.published_url
    way = list(paper.consultations.order_by("position"))
    assert [(c.body.name, c.result) for c in way] == [
        ("AG Transfer", "recommended"),
        ("Strategiekreis", "adopted"),
    ]
    assert way[0].agenda_item.meeting.date.isoformat() == "2022-09-15"
    assert way[1].agenda_item.meeting.date.isoformat() == "2022-11-10"
    main = paper.main_file
    first, second = main.versions.order_by("number")
    assert (way[0].version_discussed, way[1].version_discussed) == (first, second)
    assert paper.topics.get().status == "published"

    client.force_login(paper.authors.get().user or _office())
    page = client.get(f"/vorlagen/{paper.pk}/").content.decode()
    assert "empfohlen" in page and "beschlossen" in page and "Glossar ergänzen" in page
    diff = client.get(f"/vorlagen/{paper.pk}/dokument/{main.pk}/vergleich/").content.decode()
    assert "<ins>Glossar: Liquidität" in diff
    assert (
        "<del>1. Liquidität planen: Einnahmen und Ausgaben der nächsten zwölf Monate.</del>" in diff
    )


def _office():
    from django.contrib.auth.models import User

    return User.objects.get(username="geschaeftsstelle")


def test_the_check_a_3_6_is_adopted_by_the_strategiekreis(demo):
    paper = Paper.objects.get(title__contains="A-3.6")
    assert paper.status == "adopted" and paper.paper_type == "instrument"
    adopted = paper.consultations.get(result="adopted")
    assert adopted.body.name == "Strategiekreis" and adopted.authoritative


def test_the_demo_is_valid_oparl_with_its_papers(demo, client, settings):
    from transferhub.api.tests.test_oparl_endpoint_validates_against_the_official_schemas import (
        PREFIX,
        walk,
    )

    settings.SITE_URL = PREFIX
    _fetched, seen = walk(client)
    assert {"Paper", "Consultation", "File", "Location", "Meeting", "AgendaItem"} <= seen


def test_topics_and_their_documents_carry_over(demo):
    # A copy of the demo as it was before papers: its topics, one with a document.
    Paper.objects.all().delete()
    topic = Topic.objects.get(title="One-Pager LkSG")
    upload = docx_file(["Lieferkettensorgfaltspflichtengesetz für KMU."], "lksg.docx")
    topic.document.save("lksg.docx", ContentFile(upload.read()), save=False)
    topic.document_name = "lksg.docx"
    topic.document_mime_type = upload.content_type
    topic.document_url = "https://example.org/lksg"
    topic.save()

    assert topics_to_papers(apps) == Topic.objects.count() == 3
    assert topics_to_papers(apps) == 0  # a second run makes nothing twice
    paper = Paper.objects.get(topics=topic)
    assert paper.paper_type == "one_pager" and paper.published_url == "https://example.org/lksg"
    version = paper.main_file.versions.get()
    assert version.file.name == topic.document.name and version.file_name == "lksg.docx"
    assert "Lieferkettensorgfaltspflichtengesetz" in version.text
    items = list(topic.agenda_items.order_by("meeting__date", "order"))
    assert [c.agenda_item for c in paper.consultations.order_by("position")] == items
    assert paper.status == ("in_consultation" if items else "draft")
    check = Paper.objects.get(topics__title__contains="A-3.6")
    assert check.status == "adopted"
