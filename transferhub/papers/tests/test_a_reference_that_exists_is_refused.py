"""References are unique ("AG Transfer 2022/V-3"); a taken one is refused, nothing changes."""

import pytest

from transferhub.papers import services
from transferhub.papers.models import Paper


def test_references_count_up_per_body_and_year(paper, ag_transfer):
    second = services.paper_create(title="One-Pager LkSG", body=ag_transfer, year=2022)
    other_year = services.paper_create(title="Bericht", body=ag_transfer, year=2023)
    assert paper.reference == "AG Transfer 2022/V-1"
    assert second.reference == "AG Transfer 2022/V-2"
    assert other_year.reference == "AG Transfer 2023/V-1"


def test_a_taken_reference_is_refused(paper):
    with pytest.raises(services.PaperError, match="schon vergeben"):
        services.paper_create(title="Doppelt", reference="ag transfer 2022/V-1")
    assert Paper.objects.count() == 1


def test_the_edit_page_refuses_a_taken_reference(client_as, paper, ag_transfer):
    other = services.paper_create(title="Zweite", body=ag_transfer, year=2022)
    response = client_as("secretariat").post(
        f"/vorlagen/{other.pk}/bearbeiten/",
        {"title": "Zweite", "paper_type": "draft", "reference": paper.reference},
    )
    assert "schon vergeben" in response.content.decode()
    other.refresh_from_db()
    assert other.reference == "AG Transfer 2022/V-2"
