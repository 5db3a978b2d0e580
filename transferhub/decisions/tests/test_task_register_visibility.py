from django.urls import reverse

URL = reverse("decisions:tasks")


def test_it_sends_anonymous_visitors_to_the_login(client_as, task_of):
    task_of()
    response = client_as("anonymous").get(URL)
    assert response.status_code == 302
    assert reverse("login") in response["Location"]


def test_an_outsider_sees_no_task_of_a_body(client_as, task_of):
    task_of("Glossar ergänzen")
    response = client_as("outsider").get(URL)
    assert response.status_code == 200
    assert "Glossar ergänzen" not in response.content.decode()


def test_an_outsider_sees_a_task_they_own(client_as, task_of, people):
    task_of("Vortrag nachreichen", owner_person=people["outsider"])
    assert "Vortrag nachreichen" in client_as("outsider").get(URL).content.decode()


def test_a_member_sees_tasks_of_their_bodies_only(client_as, task_of, fg_arbeitsschutz):
    task_of("Glossar ergänzen")
    task_of("One-Pager Arbeitsschutz", body=fg_arbeitsschutz)
    page = client_as("member").get(URL).content.decode()
    assert "Glossar ergänzen" in page
    assert "One-Pager Arbeitsschutz" not in page


def test_the_secretariat_sees_every_task(client_as, task_of, fg_arbeitsschutz):
    task_of("Glossar ergänzen")
    task_of("One-Pager Arbeitsschutz", body=fg_arbeitsschutz)
    page = client_as("secretariat").get(URL).content.decode()
    assert "Glossar ergänzen" in page
    assert "One-Pager Arbeitsschutz" in page
