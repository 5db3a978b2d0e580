"""On "Meine Aufgaben", a task marked done moves to "Erledigt" at once (htmx and without)."""

from django.urls import reverse

from transferhub.decisions.models import Task

URL = reverse("decisions:my_tasks")


def sections(html: str) -> tuple[str, str]:
    """The "Offen" and the "Erledigt" list."""
    open_part, done_part = html.split('id="open"')[1].split('id="done"')
    return open_part, done_part


def test_marking_done_with_htmx_answers_both_lists_with_the_task_under_done(
    client_as, task_of, people
):
    task = task_of("Glossar ergänzen", owner_person=people["member"])
    task_of("Layout beauftragen", owner_person=people["member"])
    client = client_as("member")
    page = client.get(URL).content.decode()
    assert 'hx-target="#my-tasks"' in page

    response = client.post(
        reverse("decisions:task_status", args=[task.pk]),
        {"status": "done", "list": "mine", "next": URL},
        headers={"HX-Request": "true"},
    )
    html = response.content.decode()
    assert html.lstrip().startswith('<div id="my-tasks">')
    open_part, done_part = sections(html)
    assert "Glossar ergänzen" in done_part and "Glossar ergänzen" not in open_part
    assert "Layout beauftragen" in open_part
    assert "Offen (1)" in open_part
    assert "„Glossar ergänzen“: erledigt." in html
    assert Task.objects.get(pk=task.pk).status == Task.Status.DONE


def test_without_javascript_the_form_lands_on_the_list_with_the_task_under_done(
    client_as, task_of, people
):
    task = task_of("Glossar ergänzen", owner_person=people["member"])
    client = client_as("member")
    response = client.post(
        reverse("decisions:task_status", args=[task.pk]),
        {"status": "done", "next": URL},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == URL
    open_part, done_part = sections(response.content.decode())
    assert "Glossar ergänzen" in done_part and "Glossar ergänzen" not in open_part


def test_reopening_moves_it_back_to_open(client_as, task_of, people):
    task = task_of("Glossar ergänzen", owner_person=people["member"], status=Task.Status.DONE)
    response = client_as("member").post(
        reverse("decisions:task_status", args=[task.pk]),
        {"status": "open", "list": "mine"},
        headers={"HX-Request": "true"},
    )
    open_part, done_part = sections(response.content.decode())
    assert "Glossar ergänzen" in open_part and "Glossar ergänzen" not in done_part
