"""Fixtures for the paper tests: the Strategiekreis, a paper with a DOCX, meetings to consult."""

import datetime as dt

import pytest

from transferhub.meetings.services import meeting_create
from transferhub.network.models import Body, Membership
from transferhub.papers import services

from .files import docx_file


@pytest.fixture
def strategiekreis(db, people):
    body = Body.objects.create(
        name="Strategiekreis",
        short_name="Strategiekreis",
        classification=Body.Classification.STEERING,
    )
    Membership.objects.create(
        person=people["secretariat"], body=body, role=Membership.Role.SECRETARIAT
    )
    return body


@pytest.fixture
def paper(people, ag_transfer):
    paper = services.paper_create(
        title="Umsetzungshilfe Finanzierung und Liquidität",
        paper_type="instrument",
        body=ag_transfer,
        year=2022,
        authors=[people["member"]],
        actor=people["member"].user,
    )
    services.paper_file_add(
        paper=paper,
        file=docx_file(["Finanzierung sichern.", "Liquidität planen."]),
        name="Umsetzungshilfe",
        actor=people["member"].user,
    )
    return paper


def meeting_of(body, day: dt.date, name: str = ""):
    return meeting_create(
        body=body,
        name=name or body.name,
        date=day,
        start_time=dt.time(9),
        end_time=dt.time(12),
    )
