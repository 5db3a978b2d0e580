import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from transferhub.decisions.models import Decision, Task, Topic
from transferhub.decisions.topics import significant_words
from transferhub.lib.models import ActionLog
from transferhub.meetings.models import AgendaItem, Meeting


@pytest.fixture
def topic(db):
    return Topic.objects.create(title="Umsetzungshilfe Finanzierung und Liquidität")


def test_the_secretariat_creates_a_topic_with_a_document(client_as):
    pdf = SimpleUploadedFile("umsetzungshilfe.pdf", b"%PDF-1.4 test", "application/pdf")
    response = client_as("secretariat").post(
        reverse("decisions:topic_create"),
        {"title": "One-Pager LkSG", "description": "KMU-gerecht", "document": pdf},
    )
    topic = Topic.objects.get()
    assert response.status_code == 302 and response.url == topic.get_absolute_url()
    assert topic.status == Topic.Status.IDEA and topic.document_name == "umsetzungshilfe.pdf"
    download = client_as("member").get(reverse("decisions:topic_document", args=[topic.pk]))
    assert b"".join(download.streaming_content) == b"%PDF-1.4 test"


def test_members_read_topics_but_may_not_create_or_change_them(client_as, topic):
    client = client_as("member")
    assert client.get(reverse("decisions:topics")).status_code == 200
    assert client.get(topic.get_absolute_url()).status_code == 200
    assert client.get(reverse("decisions:topic_create")).status_code == 403
    response = client.post(
        reverse("decisions:topic_status", args=[topic.pk]), {"status": "adopted"}
    )
    assert response.status_code == 403
    topic.refresh_from_db()
    assert topic.status == Topic.Status.IDEA


def test_a_duplicate_title_is_refused(client_as, topic):
    response = client_as("secretariat").post(
        reverse("decisions:topic_create"), {"title": topic.title.upper()}
    )
    assert response.status_code == 200
    assert "gibt es bereits" in response.content.decode()
    assert Topic.objects.count() == 1


def test_a_status_change_is_logged_with_before_and_after(client_as, topic):
    client = client_as("secretariat")
    client.post(reverse("decisions:topic_status", args=[topic.pk]), {"status": "in_layout"})
    topic.refresh_from_db()
    assert topic.status == Topic.Status.IN_LAYOUT
    entry = ActionLog.objects.get(action="topic.status_changed")
    assert entry.data == {"before": "idea", "after": "in_layout"}
    response = client.post(
        reverse("decisions:topic_status", args=[topic.pk]), {"status": "in_layout"}, follow=True
    )
    assert "bereits den Status" in response.content.decode()
    assert ActionLog.objects.filter(action="topic.status_changed").count() == 1


def test_significant_words_leave_out_small_and_common_words():
    assert significant_words("Umsetzungshilfe „Finanzierung und Liquidität“") == {
        "umsetzungshilfe",
        "finanzierung",
        "liquidität",
    }
    assert significant_words("One-Pager LkSG") == {"pager", "lksg"}
    assert "check" not in significant_words("Check Betrieblicher Umweltschutz (A-3.6)")


def test_the_topic_page_suggests_items_with_the_same_title_words(client_as, topic, seed_meeting):
    page = client_as("secretariat").get(topic.get_absolute_url()).content.decode()
    item = AgendaItem.objects.get(name__startswith="Umsetzungshilfe")
    assert "Vorschläge" in page
    assert f'name="object_id" value="{item.pk}"' in page
    assert "Neues aus der Offensive Mittelstand" not in page
    assert "Zuordnen" in page


def test_zuordnen_links_a_suggestion_and_it_joins_the_timeline(client_as, topic, seed_meeting):
    client = client_as("secretariat")
    item = AgendaItem.objects.get(name__startswith="Umsetzungshilfe")
    task = Task.objects.get(text__startswith="Die Umsetzungshilfe")
    for kind, pk in (("agenda_item", item.pk), ("task", task.pk)):
        client.post(
            reverse("decisions:topic_link", args=[topic.pk]), {"kind": kind, "object_id": pk}
        )
    assert list(topic.agenda_items.all()) == [item] and list(topic.tasks.all()) == [task]
    page = client.get(topic.get_absolute_url()).content.decode()
    assert "15.09.2022" in page and "Glossar" in page
    response = client.post(
        reverse("decisions:topic_link", args=[topic.pk]),
        {"kind": "task", "object_id": task.pk},
        follow=True,
    )
    assert "bereits zugeordnet" in response.content.decode()
    assert ActionLog.objects.filter(action="topic.linked").count() == 2


def test_links_can_be_searched_by_hand_and_removed(client_as, topic, seed_meeting):
    client = client_as("secretariat")
    page = client.get(topic.get_absolute_url(), {"q": "Diversität"}).content.decode()
    item = AgendaItem.objects.get(name__startswith="KI im Dienste")
    assert f'name="object_id" value="{item.pk}"' in page
    client.post(
        reverse("decisions:topic_link", args=[topic.pk]),
        {"kind": "agenda_item", "object_id": item.pk},
    )
    client.post(
        reverse("decisions:topic_unlink", args=[topic.pk]),
        {"kind": "agenda_item", "object_id": item.pk},
    )
    assert not topic.agenda_items.exists()


def test_an_unknown_kind_or_id_changes_nothing(client_as, topic):
    client = client_as("secretariat")
    for data in ({"kind": "meeting", "object_id": 1}, {"kind": "task", "object_id": 999}):
        response = client.post(reverse("decisions:topic_link", args=[topic.pk]), data, follow=True)
        assert response.status_code == 200
    assert not topic.tasks.exists() and not ActionLog.objects.filter(action="topic.linked")


def test_the_timeline_spans_bodies_and_years_in_date_order(client_as, topic, ag_transfer):
    from transferhub.network.models import Body

    strategiekreis = Body.objects.create(name="Strategiekreis")
    for body, year in ((strategiekreis, 2023), (ag_transfer, 2022)):
        meeting = Meeting.objects.create(
            body=body,
            name=body.name,
            date=dt.date(year, 5, 1),
            start_time=dt.time(9),
            end_time=dt.time(10),
        )
        decision = Decision.objects.create(
            body=body, meeting=meeting, year=year, sequence=1, text=f"Beschluss {year}"
        )
        topic.decisions.add(decision)
    page = client_as("secretariat").get(topic.get_absolute_url()).content.decode()
    assert page.index("Beschluss 2022") < page.index("Beschluss 2023")


def test_the_timeline_runs_a_fixed_number_of_queries(client_as, topic, ag_transfer):
    def add(n, start):
        for i in range(n):
            meeting = Meeting.objects.create(
                body=ag_transfer,
                name="AG Transfer",
                date=dt.date(2000 + start + i, 3, 1),
                start_time=dt.time(9),
                end_time=dt.time(11),
            )
            item = AgendaItem.objects.create(meeting=meeting, order=1, number="1", name="Thema")
            decision = Decision.objects.create(
                body=ag_transfer,
                meeting=meeting,
                agenda_item=item,
                year=meeting.date.year,
                sequence=1,
                text="x",
            )
            task = Task.objects.create(body=ag_transfer, meeting=meeting, text="y")
            topic.agenda_items.add(item)
            topic.decisions.add(decision)
            topic.tasks.add(task)

    def count(client):
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(topic.get_absolute_url()).status_code == 200
        return len(ctx.captured_queries)

    client = client_as("secretariat")
    add(2, 0)
    count(client)
    few = count(client)
    add(48, 2)
    assert count(client) == few


def test_a_replaced_document_goes_only_once_the_change_is_saved(
    db, django_capture_on_commit_callbacks
):
    from transferhub.decisions.services import topic_create, topic_update

    first = SimpleUploadedFile("alt.pdf", b"%PDF-1.4 alt", "application/pdf")
    topic = topic_create(title="Leitfaden Lieferketten", document=first)
    old = topic.document.name
    storage = topic.document.storage
    second = SimpleUploadedFile("neu.pdf", b"%PDF-1.4 neu", "application/pdf")
    with django_capture_on_commit_callbacks() as waiting:
        topic_update(topic=topic, title=topic.title, document=second)
    assert storage.exists(old)  # not committed yet: a rollback would still find it
    for callback in waiting:
        callback()
    assert not storage.exists(old)
    topic.refresh_from_db()
    assert storage.exists(topic.document.name) and topic.document_name == "neu.pdf"
    storage.delete(topic.document.name)
