from django.urls import reverse

from transferhub.decisions.models import Task


def post_status(client, task, status, **headers):
    return client.post(
        reverse("decisions:task_status", args=[task.pk]),
        {"status": status, "next": reverse("decisions:my_tasks")},
        headers=headers,
    )


def test_the_owner_moves_a_task_from_open_to_in_progress_to_done(client_as, task_of, people):
    task = task_of(owner_person=people["member"])
    client = client_as("member")
    response = post_status(client, task, "in_progress")
    assert response.status_code == 302
    assert response["Location"] == reverse("decisions:my_tasks")
    task.refresh_from_db()
    assert task.status == Task.Status.IN_PROGRESS
    post_status(client, task, "done")
    task.refresh_from_db()
    assert task.status == Task.Status.DONE
    assert task.done_at is not None


def test_with_htmx_it_answers_with_the_changed_task_only(client_as, task_of, people):
    task = task_of("Glossar ergänzen", owner_person=people["member"])
    response = post_status(client_as("member"), task, "done", HX_Request="true")
    assert response.status_code == 200
    page = response.content.decode()
    assert page.lstrip().startswith(f'<li id="task-{task.pk}"')
    assert "erledigt" in page and "Wieder öffnen" in page
    assert "<html" not in page


def test_a_member_who_does_not_own_the_task_is_refused(client_as, task_of, people):
    task = task_of(owner_person=people["chair"])
    response = post_status(client_as("member"), task, "done")
    assert response.status_code == 403
    task.refresh_from_db()
    assert task.status == Task.Status.OPEN


def test_a_member_may_not_close_a_task_owned_by_the_body(client_as, task_of, ag_transfer):
    task = task_of(owner_body=ag_transfer)
    assert post_status(client_as("member"), task, "done").status_code == 403
    task.refresh_from_db()
    assert task.status == Task.Status.OPEN


def test_the_chair_may_change_any_task_of_the_body(client_as, task_of, people):
    task = task_of(owner_person=people["member"])
    post_status(client_as("chair"), task, "done")
    task.refresh_from_db()
    assert task.status == Task.Status.DONE


def test_an_outsider_does_not_even_find_the_task(client_as, task_of, people):
    task = task_of(owner_person=people["member"])
    assert post_status(client_as("outsider"), task, "done").status_code == 404
    task.refresh_from_db()
    assert task.status == Task.Status.OPEN


def test_an_unknown_status_is_refused_with_a_message(client_as, task_of, people):
    task = task_of(owner_person=people["member"])
    client = client_as("member")
    response = post_status(client, task, "vergessen")
    task.refresh_from_db()
    assert task.status == Task.Status.OPEN
    page = client.get(response["Location"]).content.decode()
    assert "Unbekannter Status" in page


def test_a_status_change_cannot_be_fetched_with_get(client_as, task_of, people):
    task = task_of(owner_person=people["member"])
    response = client_as("member").get(reverse("decisions:task_status", args=[task.pk]))
    assert response.status_code == 405


def test_it_does_not_redirect_to_another_site(client_as, task_of, people):
    task = task_of(owner_person=people["member"])
    response = client_as("member").post(
        reverse("decisions:task_status", args=[task.pk]),
        {"status": "done", "next": "https://evil.example/"},
    )
    assert response["Location"] == task.get_absolute_url()
