"""Fixtures of the protocols app: the seed imported as a draft, and search helpers."""

import re

import pytest
from django.urls import reverse

from transferhub.network.demo import SEED
from transferhub.protocols.services import protocol_import_file


@pytest.fixture
def imported_seed(db, people):
    """The seed minutes read and stored as a draft meeting of the AG Transfer."""
    return protocol_import_file(SEED)


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
