"""Fixtures for the task and decision pages."""

import datetime as dt

import pytest

from transferhub.decisions.models import Task
from transferhub.network.models import Body


@pytest.fixture
def fg_arbeitsschutz(db) -> Body:
    return Body.objects.create(
        name="FG Arbeitsschutz", classification=Body.Classification.EXPERT_GROUP
    )


@pytest.fixture
def make_tasks(db):
    """Create n tasks of a body at once (bulk_create), due one day apart from a start date."""

    def make(n: int, body: Body, *, start=dt.date(2030, 1, 1), text="Aufgabe", **fields):
        tasks = [
            Task(text=f"{text} {i:04d}", body=body, due_date=start + dt.timedelta(days=i), **fields)
            for i in range(n)
        ]
        return Task.objects.bulk_create(tasks)

    return make


@pytest.fixture
def task_of(db, ag_transfer):
    """Create one task of the AG Transfer (or another body) with the given fields."""

    def make(text="Glossar ergänzen", body=None, **fields):
        return Task.objects.create(text=text, body=body or ag_transfer, **fields)

    return make
