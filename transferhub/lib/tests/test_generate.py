from collections import Counter

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction
from django.db.models import F

from conftest import world_layer
from transferhub.checks.models import Answer, Assessment, Measure
from transferhub.decisions.models import Decision, Task
from transferhub.lib.generate import generate, registered_steps
from transferhub.meetings.models import AgendaItem, Meeting
from transferhub.network.models import Body, Membership, Person

SCALE_1 = {
    Body: 200,
    Meeting: 5_000,
    AgendaItem: 100_000,
    Decision: 50_000,
    Task: 100_000,
    Person: 20_000,
    Assessment: 50_000,
}


@world_layer("generated")
def _generated_world(below) -> bool:
    call_command("generate", "--scale", "0.002", "--seed", "7", verbosity=0)
    return True


@pytest.fixture
def generated(db, _worlds):
    """The data of `transferhub generate --scale 0.002 --seed 7` (made once, shared)."""
    if _worlds.shared("generated") is None:
        _generated_world({})


def test_it_makes_counts_proportional_to_the_scale(generated):
    for model, at_scale_1 in SCALE_1.items():
        assert model.objects.count() == max(1, round(at_scale_1 * 0.002)), model.__name__


def test_every_meeting_ends_after_it_starts(generated):
    assert not Meeting.objects.filter(end_time__lte=F("start_time")).exists()


def test_decision_numbers_are_unique_per_body_and_year(generated):
    numbers = Counter(Decision.objects.values_list("body_id", "year", "sequence"))
    assert numbers and max(numbers.values()) == 1
    for decision in Decision.objects.select_related("meeting"):
        assert decision.year == decision.meeting.date.year
        assert decision.body_id == decision.meeting.body_id


def test_agenda_numbers_run_without_gaps_and_breaks_have_none(generated):
    for meeting in Meeting.objects.prefetch_related("agenda_items"):
        items = list(meeting.agenda_items.all())
        assert [i.order for i in items] == list(range(1, len(items) + 1))
        numbers = [i.number for i in items if not i.is_break]
        assert numbers == [str(n) for n in range(1, len(numbers) + 1)]
        assert all(i.number == "" for i in items if i.is_break)


def test_tasks_belong_to_their_meetings_body_and_have_one_owner_kind(generated):
    for task in Task.objects.select_related("meeting", "agenda_item", "decision"):
        assert task.body_id == task.meeting.body_id
        assert task.agenda_item is None or task.agenda_item.meeting_id == task.meeting_id
        assert task.decision is None or task.decision.meeting_id == task.meeting_id
        assert not (task.owner_person_id and task.owner_body_id)
        assert (task.status == Task.Status.DONE) == (task.done_at is not None)


def test_every_body_has_a_chair_and_the_models_validate(generated):
    for body in Body.objects.all():
        assert body.memberships.filter(role=Membership.Role.CHAIR).count() == 1
    samples = [
        *Body.objects.all()[:5],
        *Person.objects.all()[:20],
        *Meeting.objects.all()[:10],
        *AgendaItem.objects.all()[:20],
        *Decision.objects.all()[:20],
        *Task.objects.all()[:20],
    ]
    for obj in samples:
        obj.full_clean(validate_unique=False)


def test_assessments_have_answers_measures_and_a_mix_of_states(generated):
    from transferhub.suppliers.models import Supplier

    assessments = list(
        Assessment.objects.select_related("version__instrument", "company").prefetch_related(
            "answers", "measures"
        )
    )
    assert Answer.objects.exists() and Measure.objects.exists()
    declared = [a for a in assessments if a.declared_at]
    open_ones = [a for a in assessments if not a.declared_at and not a.submitted_at]
    surveys = [a for a in assessments if a.instrument.is_survey]
    assert declared and open_ones and surveys
    for a in declared:
        assert a.is_complete and a.valid_until and a.created <= a.declared_at
    for a in assessments:
        assert (a.company_id is None) == a.instrument.is_survey
        assert a.version.is_usable
        points = {p.pk for p in a.version.check_points.all()}
        assert {answer.check_point_id for answer in a.answers.all()} <= points
    assert Supplier.objects.filter(company__assessments__isnull=False).exists()
    assert len({a.version.instrument.code for a in assessments}) >= 4


def test_the_same_seed_gives_the_same_data(db):
    def snapshot():
        return (
            list(Meeting.objects.order_by("id").values_list("name", "date", "start_time")),
            list(Decision.objects.order_by("id").values_list("text", "year", "sequence")),
            list(Task.objects.order_by("id").values_list("text", "due_date", "status")),
            list(Measure.objects.order_by("id").values_list("text", "due_date", "status")),
        )

    class Rollback(Exception):
        pass

    # Rolled back between the runs, so the second starts from the same empty database.
    with pytest.raises(Rollback), transaction.atomic():
        generate(scale=0.001, seed=3)
        first = snapshot()
        raise Rollback
    assert not Meeting.objects.exists()
    generate(scale=0.001, seed=3)
    assert snapshot() == first


def test_other_apps_can_register_steps():
    names = [step.name for step in registered_steps()]
    assert names[:7] == [
        "organisations",
        "people",
        "bodies",
        "meetings",
        "agenda_items",
        "decisions",
        "tasks",
    ]


@pytest.mark.parametrize("scale", ["-1", "0", "1000"])
def test_it_refuses_a_bad_scale_and_changes_nothing(db, scale):
    with pytest.raises(CommandError) as error:
        call_command("generate", "--scale", scale, verbosity=0)
    assert error.value.returncode == 2
    assert str(error.value).startswith("Der Maßstab muss größer als 0")
    assert not Meeting.objects.exists() and not Person.objects.exists()


def test_it_refuses_a_database_that_has_data(db, ag_transfer):
    with pytest.raises(CommandError) as error:
        call_command("generate", "--scale", "0.001", verbosity=0)
    assert error.value.returncode == 2
    assert "enthält schon Daten" in str(error.value)
    assert Body.objects.count() == 1


def test_a_negative_scale_prints_one_german_line_and_exits_2(db):
    from .conftest import transferhub_here

    result = transferhub_here("generate", "--scale", "-0.5")
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "Fehler: Der Maßstab muss größer als 0 und höchstens 100 sein, nicht -0.5."
    )
    assert result.stdout == ""
