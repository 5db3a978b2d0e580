"""Those who may not see topics find no topic title in the decision register or menu either."""

from django.urls import reverse

from transferhub.decisions.models import Decision
from transferhub.decisions.services import topic_create, topic_link


def test_a_decision_names_its_topic_only_to_members_and_the_secretariat(
    client_as, seed_meeting, people, ag_transfer
):
    from transferhub.meetings.services import minutes_approve

    decision = Decision.objects.filter(meeting=seed_meeting).first()
    topic = topic_create(title="Umsetzungshilfe Finanzierung")
    topic_link(topic=topic, kind="decision", object_id=decision.pk)
    minutes_approve(meeting=seed_meeting)  # public decisions: the outsider sees them too

    member = client_as("member")
    assert (
        "Umsetzungshilfe Finanzierung"
        in member.get(reverse("decisions:decisions")).content.decode()
    )
    assert ">Vorhaben<" in member.get(reverse("decisions:decisions")).content.decode()

    outsider = client_as("outsider")
    register = outsider.get(reverse("decisions:decisions"))
    assert decision.text[:30] in register.content.decode()
    assert "Umsetzungshilfe Finanzierung" not in register.content.decode()
    assert ">Vorhaben<" not in register.content.decode()
    detail = outsider.get(reverse("decisions:decision", args=[decision.pk])).content.decode()
    assert "Umsetzungshilfe Finanzierung" not in detail
    export = outsider.get(reverse("decisions:decisions"), {"format": "csv"}).content.decode()
    assert "Umsetzungshilfe Finanzierung" not in export
