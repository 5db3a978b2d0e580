"""Imported minutes keep their decisions in the text; the page shows each decision once."""

import re

import pytest

from transferhub.network.demo import SEED
from transferhub.protocols.services import protocol_import_file


@pytest.fixture
def imported(db, people):
    return protocol_import_file(SEED)


def visible(response) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", response.content.decode()).split())


def test_every_decision_of_the_seed_appears_once_on_the_meeting_page(client_as, imported):
    text = visible(client_as("secretariat").get(imported.get_absolute_url()))
    decisions = list(imported.decisions.all())
    assert len(decisions) == 5
    for decision in decisions:
        start = " ".join(decision.text.split())[:60]
        assert text.count(start) == 1, start


def test_the_minutes_around_the_decisions_stay(client_as, imported):
    text = visible(client_as("secretariat").get(imported.get_absolute_url()))
    assert "Achim Sieker stellt die Aktivitäten des BMAS" in text
    assert "Erneute Einladung zur AG Umweltschutz" in text


def test_each_to_do_appears_once(client_as, imported):
    text = visible(client_as("secretariat").get(imported.get_absolute_url()))
    for task in imported.tasks.all():
        start = " ".join(task.text.split())[:50]
        # Once in the minutes' task list; the open-task list of the body shows later meetings'.
        assert text.count(start) == 1, start
