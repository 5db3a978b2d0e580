"""The meeting page keeps its agenda ready, yet a paper's new title shows there at once."""

import datetime as dt

from transferhub.papers import services

from .conftest import meeting_of


def test_a_renamed_paper_shows_on_the_agenda_at_once(client_as, paper, ag_transfer):
    meeting = meeting_of(ag_transfer, dt.date(2022, 11, 24))
    services.paper_put_on_agenda(paper=paper, meeting=meeting)
    chair = client_as("chair")
    assert f"{paper.reference}: {paper.title}" in chair.get(meeting.get_absolute_url()).text

    services.paper_update(paper=paper, title="Finanzierung und Liquidität, zweite Fassung")

    page = chair.get(meeting.get_absolute_url()).text
    assert f"{paper.reference}: Finanzierung und Liquidität, zweite Fassung" in page
