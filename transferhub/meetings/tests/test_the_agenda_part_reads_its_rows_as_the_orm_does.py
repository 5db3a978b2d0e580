"""The meeting page's agenda part reads its items, presenters, decisions, tasks, files and
consulted papers as values with SQL built once (agenda_values.py), not as model instances:
the same rows in the same order, with the same values and the same names and numbers as the
ORM's queries with their prefetches give, so the page reads as before — for members (with
tasks) and the public (without), on the first read and from the stored SQL."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from conftest import make_person
from transferhub.decisions.services import decision_record, task_create
from transferhub.lib import db
from transferhub.meetings import services
from transferhub.meetings.agenda_values import agenda_values
from transferhub.meetings.related import papers_of_items, papers_of_meeting
from transferhub.meetings.views.meetings import _agenda_items
from transferhub.network.models import Organisation
from transferhub.papers.models import Paper
from transferhub.papers.services import consultation_add

from .conftest import PDF_BYTES


@pytest.fixture
def busy_meeting(seed_meeting, ag_transfer, people):
    """The seed meeting with what it lacks: two presenters of an item (with and without an
    organisation), a decision with votes, a task without an owner, files on an item and on
    the meeting, two papers consulted on one item."""
    item = seed_meeting.agenda_items.get(name__startswith="Umsetzungshilfe")
    guild = Organisation.objects.create(name="Gilde der Drechsler <e.V.>")
    speaker = make_person("Ülkü", "Bașaran", title="Dr.", org=guild)
    services.agenda_item_update(item=item, presenters=[(people["member"], None), (speaker, guild)])
    decision_record(meeting=seed_meeting, agenda_item=item, text="Mit Abstimmung.", votes=(7, 1, 0))
    task_create(agenda_item=item, text="Ohne zuständige Stelle.")
    for name, on in (("leitfaden.pdf", item), ("einladung.pdf", None)):
        services.attachment_add(
            meeting=seed_meeting, agenda_item=on, file=SimpleUploadedFile(name, PDF_BYTES)
        )
    for reference, title in (("V-2022-9", "Glossar der Finanzierung"), ("V-2022-10", "Fahrplan")):
        paper = Paper.objects.create(reference=reference, year=2022, title=title, body=ag_transfer)
        consultation_add(paper=paper, body=ag_transfer, role="advice")
        paper.consultations.update(agenda_item=item)
    seed_meeting.refresh_from_db()
    return seed_meeting


def fields(row) -> dict:
    return {name: value for name, value in row.__dict__.items() if name != "_state"}


@pytest.mark.parametrize("full", [True, False])
def test_the_items_and_their_rows_are_those_of_the_orm(busy_meeting, full):
    db._STATEMENTS.clear()
    for _ in range(2):  # built, then from the stored SQL
        orm = list(_agenda_items(busy_meeting, with_tasks=full, as_lists=True))
        items, files = agenda_values(busy_meeting.pk, full=full)
        assert [i.pk for i in items] == [i.pk for i in orm]
        for expected, got in zip(orm, items, strict=True):
            assert (
                fields(got).items()
                >= {
                    name: value
                    for name, value in fields(expected).items()
                    if name in ("number", "name", "kind", "duration_minutes", "status", "public")
                    or name
                    in ("minutes", "approves_minutes_of_id", "approves_date", "actual_start")
                    or name in ("version", "modified")
                }.items()
            )
            assert got.is_break == expected.is_break
            assert got.presenters == ", ".join(
                f"{p.person.full_name} ({p.organisation.name})"
                if p.organisation_id
                else p.person.full_name
                for p in expected.presentation_list
            )
            assert len(got.decision_list) == len(expected.decision_list)
            for a, b in zip(expected.decision_list, got.decision_list, strict=True):
                assert (a.register_number, a.has_votes, a.kind, a.text, a.modified) == (
                    b.register_number,
                    b.has_votes,
                    b.kind,
                    b.text,
                    b.modified,
                )
                assert (a.votes_yes, a.votes_no, a.votes_abstain) == (
                    b.votes_yes,
                    b.votes_no,
                    b.votes_abstain,
                )
            expected_tasks = expected.task_list if full else []
            for a, b in zip(expected_tasks, got.task_list if full else [], strict=True):
                assert (a.text, a.due_date, a.status, a.modified) == (
                    b.text,
                    b.due_date,
                    b.status,
                    b.modified,
                )
                assert (str(a.owner) if a.owner else None) == b.owner
            assert [(a.pk, a.label, a.name, a.size) for a in expected.attachment_list] == [
                (a.pk, a.label, a.name, a.size) for a in got.attachment_list
            ]
        orm_files = list(busy_meeting.attachments.order_by("number"))
        assert [(f.pk, f.label, f.name, f.size, f.agenda_item_id) for f in orm_files] == [
            (f.pk, f.label, f.name, f.size, f.agenda_item.pk if f.agenda_item else None)
            for f in files
        ]
        assert papers_of_meeting(busy_meeting.pk) == papers_of_items(i.pk for i in orm)
    if full:
        owners = {t.owner for i in items for t in i.task_list}
        assert {"AG Transfer", "Prof. Dr. Oliver Kruse", None} <= owners
    assert any(", " in i.presenters and "(" in i.presenters for i in items)
    assert any(d.has_votes for i in items for d in i.decision_list)
    assert len(papers_of_meeting(busy_meeting.pk)) == 1


def test_the_page_shows_them(client_as, busy_meeting):
    page = client_as("chair").get(busy_meeting.get_absolute_url()).content.decode()
    assert "<td>Wilhelm Heidbrede, Dr. Ülkü Bașaran (Gilde der Drechsler &lt;e.V.&gt;)</td>" in page
    paper = Paper.objects.get(reference="V-2022-9")
    assert f'<a href="{reverse("papers:detail", args=[paper.pk])}">V-2022-9: Glossar' in page
    assert "Ja 7, Nein 1, Enthaltungen 0" in page
    assert "Ohne zuständige Stelle. <span" in page
    assert "download>Anlage 1: " in page and "download>Anlage 2: " in page
    assert "<p>Anlagen: <a " in page
    english = client_as("member").get(busy_meeting.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en")
    assert "Yes 7, no 1, abstentions 0" in english.content.decode()
