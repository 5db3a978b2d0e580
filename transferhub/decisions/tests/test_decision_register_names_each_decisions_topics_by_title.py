"""The register names each decision's topics by title (read with SQL of its own,
views_decisions._topics_of): the same as the ORM's query, on the page in that order."""

from django.urls import reverse

from transferhub.decisions.models import Decision, Topic
from transferhub.decisions.services import topic_create, topic_link
from transferhub.decisions.views_decisions import _topics_of


def test_each_decision_lists_its_topics_by_title(client_as, seed_meeting):
    decisions = list(Decision.objects.filter(meeting=seed_meeting).order_by("pk")[:3])
    titles = ["Zukunft & <Wandel>", "Anfang", "Mitte „Qualität“"]
    topics = [topic_create(title=title) for title in titles]
    for topic in topics:
        topic_link(topic=topic, kind="decision", object_id=decisions[0].pk)
    topic_link(topic=topics[1], kind="decision", object_id=decisions[1].pk)

    ids = [d.pk for d in decisions] + [10**9]
    orm = Topic.decisions.through.objects.filter(decision_id__in=ids).order_by(
        "topic__title", "topic_id"
    )
    assert [tuple(r) for r in _topics_of(ids)] == list(
        orm.values_list("decision_id", "topic_id", "topic__title")
    )
    assert _topics_of([]) == []

    page = client_as("secretariat").get(reverse("decisions:decisions")).content.decode()
    row = page.split(f'id="decision-{decisions[0].pk}"')[1].split("</tr>")[0]
    shown = ["Anfang", "Mitte „Qualität“", "Zukunft &amp; &lt;Wandel&gt;"]
    assert [row.index(t) for t in shown] == sorted(row.index(t) for t in shown)
    other = page.split(f'id="decision-{decisions[1].pk}"')[1].split("</tr>")[0]
    assert "Anfang" in other and "Zukunft" not in other
