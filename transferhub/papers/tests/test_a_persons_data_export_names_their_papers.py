"""A person's data export names the papers they wrote or answer for; erasing them keeps
the papers."""

from transferhub.lib import registry
from transferhub.papers.models import Paper


def test_the_export_names_the_authors_papers(paper, people):
    export = registry.privacy_export.get("papers")
    assert export(people["member"]) == [
        {"reference": "AG Transfer 2022/V-1", "title": paper.title, "role": "author"}
    ]
    assert export(people["chair"]) == []


def test_a_deleted_author_leaves_the_paper(paper, people):
    people["member"].delete()
    assert Paper.objects.get(pk=paper.pk).authors.count() == 0
