"""Fixtures of the protocols app: the seed imported as a draft, and search helpers."""

import re

import pytest
from django.urls import reverse

from conftest import world_layer
from transferhub.network.demo import SEED
from transferhub.protocols.services import protocol_import_file


@world_layer("imported_seed", requires=("people",))
def _imported_seed_world(below):
    return protocol_import_file(SEED)


@pytest.fixture
def imported_seed(db, people, _worlds):
    """The seed minutes read and stored as a draft meeting of the AG Transfer."""
    shared = _worlds.shared("imported_seed")
    return shared if shared is not None else protocol_import_file(SEED)


def hits(response) -> list[str]:
    """The visible text of each search result on a page (tags removed)."""
    html = response.content.decode()
    items = re.findall(r'<ol class="search-results".*?</ol>', html, re.S)
    if not items:
        return []
    return [
        " ".join(re.sub(r"<[^>]+>", " ", li).split())
        for li in re.findall(r"<li>(.*?)</li>", items[0], re.S)
    ]


@pytest.fixture
def search_as(client_as):
    """Search as a role and return the list of visible hits."""

    def run(role: str, q: str, **filters):
        client = client_as(role)
        response = client.get(reverse("protocols:search"), {"q": q, **filters})
        assert response.status_code == 200
        return hits(response)

    return run
