"""A paper goes its consultation path: the agenda fulfils the body's consultation, the result
moves it on, adoption opens the publication stages (the topic follows)."""

import datetime as dt

import pytest

from transferhub.decisions.models import Topic
from transferhub.decisions.services import decision_record, task_create
from transferhub.papers import services
from transferhub.papers.models import Consultation, Paper

from .conftest import meeting_of


@pytest.fixture
def path(paper, ag_transfer, strategiekreis):
    services.consultation_add(paper=paper, body=ag_transfer, role="recommendation")
    services.consultation_add(paper=paper, body=strategiekreis, role="decision", authoritative=True)
    return paper


def test_recommended_adopted_in_layout_published(path, ag_transfer, strategiekreis):
    paper = path
    topic = Topic.objects.create(title="Umsetzungshilfe", status="in_progress")
    paper.topics.add(topic)
    ag = meeting_of(ag_transfer, dt.date(2022, 9, 15))
    first, warning = services.paper_put_on_agenda(paper=paper, meeting=ag)
    assert warning == "" and first.position == 1 and first.body == ag_transfer
    assert first.agenda_item.name == f"{paper.reference}: {paper.title}"
    assert first.version_discussed == paper.main_file.current
    paper.refresh_from_db()
    assert paper.status == Paper.Status.IN_CONSULTATION

    services.consultation_record_result(consultation=first, result="recommended")
    paper.refresh_from_db()
    topic.refresh_from_db()
    assert paper.status == Paper.Status.IN_CONSULTATION and topic.status == "in_progress"

    board = meeting_of(strategiekreis, dt.date(2022, 11, 10))
    second, warning = services.paper_put_on_agenda(paper=paper, meeting=board)
    assert warning == "" and second.position == 2
    services.consultation_record_result(consultation=second, result="adopted")
    paper.refresh_from_db()
    topic.refresh_from_db()
    assert paper.status == Paper.Status.ADOPTED and topic.status == "adopted"

    services.paper_set_stage(paper=paper, stage="in_layout")
    services.paper_set_stage(
        paper=paper, stage="published", published_url="https://www.offensive-mittelstand.de/"
    )
    topic.refresh_from_db()
    assert paper.status == "published" and topic.status == "published"


def test_a_body_not_on_the_path_is_added_with_a_warning(client_as, path, people, ag_transfer):
    from transferhub.network.models import Body, Membership

    other = Body.objects.create(name="AG Umweltschutz", short_name="AG Umweltschutz")
    Membership.objects.create(person=people["chair"], body=other, role=Membership.Role.CHAIR)
    meeting = meeting_of(other, dt.date(2022, 10, 1))
    response = client_as("chair").post(
        f"/vorlagen/{path.pk}/tagesordnung/", {"meeting": meeting.pk}, follow=True
    )
    page = response.content.decode()
    assert "stand nicht im Beratungsweg" in page
    added = path.consultations.get(body=other)
    assert added.added_by_agenda and added.position == 3
    assert added.agenda_item.meeting == meeting


def test_a_postponement_keeps_the_body_on_the_path(path, ag_transfer):
    ag = meeting_of(ag_transfer, dt.date(2022, 9, 15))
    first, _w = services.paper_put_on_agenda(paper=path, meeting=ag)
    services.consultation_record_result(consultation=first, result="postponed")
    bodies = list(path.consultations.order_by("position").values_list("body__name", "result"))
    assert bodies == [
        ("AG Transfer", "postponed"),
        ("AG Transfer", ""),
        ("Strategiekreis", ""),
    ]
    later = meeting_of(ag_transfer, dt.date(2022, 12, 1))
    again, warning = services.paper_put_on_agenda(paper=path, meeting=later)
    assert warning == "" and again.position == 2


def test_a_rejection_by_the_deciding_body_ends_the_way(path, strategiekreis):
    board = meeting_of(strategiekreis, dt.date(2022, 11, 10))
    consultation, _w = services.paper_put_on_agenda(paper=path, meeting=board)
    services.consultation_record_result(consultation=consultation, result="rejected")
    path.refresh_from_db()
    assert path.status == Paper.Status.REJECTED


def test_layout_before_adoption_is_refused(path):
    with pytest.raises(services.PaperError, match="Erst eine beschlossene Vorlage"):
        services.paper_set_stage(paper=path, stage="in_layout")
    path.refresh_from_db()
    assert path.status == Paper.Status.DRAFT


def test_a_result_needs_the_agenda_first(path):
    with pytest.raises(services.PaperError, match="noch auf keiner Tagesordnung"):
        services.consultation_record_result(
            consultation=path.consultations.first(), result="adopted"
        )


def test_the_paper_page_shows_the_whole_way(client_as, path, ag_transfer):
    ag = meeting_of(ag_transfer, dt.date(2022, 9, 15), "AG Transfer Herbst")
    consultation, _w = services.paper_put_on_agenda(paper=path, meeting=ag)
    decision_record(
        meeting=ag,
        agenda_item=consultation.agenda_item,
        text="Die AG empfiehlt die Umsetzungshilfe.",
    )
    task_create(
        agenda_item=consultation.agenda_item, text="Glossar ergänzen.", owner_body=ag_transfer
    )
    services.consultation_record_result(consultation=consultation, result="recommended")
    page = client_as("member").get(f"/vorlagen/{path.pk}/").content.decode()
    for text in (
        "AG Transfer Herbst, 15.09.2022",
        "Die AG empfiehlt die Umsetzungshilfe.",
        "Glossar ergänzen.",
        "empfohlen",
        "Version 1",
        "Strategiekreis",
        "ausstehend",
    ):
        assert text in page, text


def test_recording_a_result_through_the_page_needs_the_body(client_as, path, ag_transfer):
    ag = meeting_of(ag_transfer, dt.date(2022, 9, 15))
    consultation, _w = services.paper_put_on_agenda(paper=path, meeting=ag)
    url = f"/vorlagen/{path.pk}/beratung/{consultation.pk}/ergebnis/"
    assert client_as("member").post(url, {"result": "recommended"}).status_code == 403
    client_as("chair").post(url, {"result": "recommended"})
    assert Consultation.objects.get(pk=consultation.pk).result == "recommended"
