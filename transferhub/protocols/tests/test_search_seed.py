"""Searching the imported seed: the Umsetzungshilfe and the supply chain."""

from transferhub.decisions.models import Decision, Task


def test_umsetzungshilfe_finds_the_decision_and_the_to_dos_of_item_3(imported_seed, search_as):
    found = search_as("secretariat", "Umsetzungshilfe")
    item3 = imported_seed.agenda_items.get(number="3")
    decision = Decision.objects.get(agenda_item=item3)
    tasks = Task.objects.filter(agenda_item=item3)
    assert tasks.count() == 3
    decision_hits = [h for h in found if h.startswith("Beschluss")]
    task_hits = [h for h in found if h.startswith("Aufgabe")]
    assert len(decision_hits) == 1
    assert decision.text[:60] in decision_hits[0]
    assert "TOP 3" in decision_hits[0]
    assert len(task_hits) == 3
    for task in tasks:
        assert any(task.text[:40] in hit for hit in task_hits)
    # The minutes of item 3 themselves are found too.
    assert any(h.startswith("Protokoll TOP 3") for h in found)


def test_the_task_that_names_it_comes_before_those_found_by_the_item_title(
    imported_seed, search_as
):
    tasks = [h for h in search_as("secretariat", "Umsetzungshilfe", kind="task")]
    assert "Die Umsetzungshilfe wird um ein Glossar ergänzt." in tasks[0]


def test_lieferkette_finds_the_lieferkettensorgfaltspflichtengesetz(imported_seed, search_as):
    found = search_as("secretariat", "Lieferkette")
    assert any("Lieferkettensorgfaltspflichtengesetz" in h for h in found)
    assert {h.split(":")[0] for h in found} >= {"Protokoll TOP 1", "Protokoll TOP 2"}


def test_the_match_is_marked_in_the_passage(imported_seed, client_as):
    response = client_as("secretariat").get("/protokolle/suche/", {"q": "Umsetzungshilfe"})
    assert "<mark>Umsetzungshilfe</mark>" in response.content.decode()


def test_a_word_nobody_wrote_finds_nothing(imported_seed, search_as):
    assert search_as("secretariat", "Quantencomputer") == []
