"""The demo's topics (Vorhaben), linked to the seed's items, decisions and tasks."""

from django.db.models import Q

from transferhub.meetings.models import AgendaItem

from .models import Decision, Task, Topic

# Topics the seed follows (Vorhaben): title, status, description, and the words that find
# their agenda items in titles or minutes; the decisions and tasks of those items follow.
TOPICS = [
    (
        "Umsetzungshilfe Finanzierung und Liquidität",
        "in_progress",
        "Umsetzungshilfe zur Sicherung des Finanzierungsspielraums und der Liquidität bei "
        "KMU: Glossar ergänzen, dann Layout und Veröffentlichung.",
        ["Umsetzungshilfe"],
    ),
    (
        "Check Betrieblicher Umweltschutz (A-3.6)",
        "adopted",
        "OM-Praxis A-3.6, vom Strategiekreis verabschiedet; das Online-Tool wird finalisiert.",
        ["Betrieblicher Umweltschutz"],
    ),
    (
        "One-Pager LkSG",
        "in_progress",
        "KMU-gerechte Informationen zum Lieferkettensorgfaltspflichtengesetz, erarbeitet "
        "in der AG Umweltschutz.",
        ["LkSG"],
    ),
]


def demo_topics(ctx: dict | None = None) -> None:
    """Create the seed's topics and link the items, decisions and tasks that speak of them."""
    for title, status, description, words in TOPICS:
        topic, _ = Topic.objects.get_or_create(
            title=title, defaults={"status": status, "description": description}
        )
        where = Q()
        for word in words:
            where |= Q(name__icontains=word) | Q(minutes__icontains=word)
        items = list(AgendaItem.objects.filter(where, kind=AgendaItem.Kind.ITEM))
        topic.agenda_items.add(*items)
        for item in items:
            topic.decisions.add(*item.decisions.filter(text__icontains=words[0]))
            # Item 3's to-dos all serve the Umsetzungshilfe; elsewhere only matching ones.
            tasks = item.tasks.all() if words[0] in item.name else item.tasks.none()
            topic.tasks.add(*tasks)


def demo_reset() -> None:
    Topic.objects.all().delete()
    Task.objects.all().delete()
    Decision.objects.all().delete()
