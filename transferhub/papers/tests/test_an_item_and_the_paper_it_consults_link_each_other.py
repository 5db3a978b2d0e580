"""The agenda row and the item's page link the paper the item consults; the paper's page
links the item back. The public agenda, whose readers may not open papers, shows none."""

import datetime as dt

from django.urls import reverse

from transferhub.papers import services

from .conftest import meeting_of


def test_item_and_paper_link_each_other(client_as, paper, ag_transfer):
    meeting = meeting_of(ag_transfer, dt.date(2022, 11, 24))
    consultation, _message = services.paper_put_on_agenda(paper=paper, meeting=meeting)
    item = consultation.agenda_item
    paper_url = reverse("papers:detail", args=[paper.pk])
    label = f"{paper.reference}: {paper.title}"

    chair = client_as("chair")
    agenda = chair.get(meeting.get_absolute_url()).content.decode()
    row = agenda[agenda.index(f'id="top-{item.pk}"') :]
    row = row[: row.index("</tr>")]
    assert f'<a href="{paper_url}">{label}</a>' in row
    item_page = chair.get(reverse("meetings:item", args=[meeting.pk, item.pk])).content.decode()
    assert f'<a href="{paper_url}">{label}</a>' in item_page

    paper_page = client_as("member").get(paper_url).content.decode()
    assert f'{meeting.get_absolute_url()}#top-{item.pk}"' in paper_page
    assert reverse("meetings:item", args=[meeting.pk, item.pk]) not in paper_page
    paper_page = client_as("secretariat").get(paper_url).content.decode()
    assert f'href="{reverse("meetings:item", args=[meeting.pk, item.pk])}"' in paper_page

    public = client_as("anonymous").get(meeting.get_absolute_url()).content.decode()
    assert paper_url not in public
