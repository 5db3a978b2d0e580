import io

from django.core.management import call_command

from transferhub.decisions.models import Topic


def test_the_demo_follows_the_seeds_topics_with_their_items_decisions_and_tasks(demo):
    titles = set(Topic.objects.values_list("title", flat=True))
    assert titles == {
        "Umsetzungshilfe Finanzierung und Liquidität",
        "Check Betrieblicher Umweltschutz (A-3.6)",
        "One-Pager LkSG",
    }
    aid = Topic.objects.get(title__startswith="Umsetzungshilfe")
    assert aid.agenda_items.get().name.startswith("Umsetzungshilfe")
    assert aid.decisions.count() == 1 and aid.tasks.count() >= 2
    assert Topic.objects.get(title="One-Pager LkSG").agenda_items.exists()
    call_command("demo", "--reset", stdout=io.StringIO())
    assert Topic.objects.count() == 3
