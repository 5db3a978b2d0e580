"""The registers' filter forms come from the cache, yet show every change at once.

The rendered fields are kept keyed by what they show (lib/fragments.form_fields_html);
these tests read a register, change what its selects list, and read it again.
"""

import re

import pytest
from django.urls import reverse

from transferhub.decisions.models import Topic
from transferhub.network.models import Body

TASKS = reverse("decisions:tasks")
DECISIONS = reverse("decisions:decisions")


def select(response, name: str) -> str:
    page = response.content.decode()
    found = re.search(rf'<select name="{name}".*?</select>', page, re.S)
    assert found, f"no select {name}"
    return found.group(0)


def text_input(response, name: str) -> str:
    found = re.search(rf'<input type="text" name="{name}"[^>]*>', response.content.decode())
    assert found, f"no input {name}"
    return found.group(0)


@pytest.mark.parametrize("url", [TASKS, DECISIONS])
def test_a_new_body_is_in_the_select_at_once(client_as, url):
    client = client_as("secretariat")
    assert "FG Neu gegründet" not in select(client.get(url), "body")
    body = Body.objects.create(
        name="FG Neu gegründet", classification=Body.Classification.EXPERT_GROUP
    )
    assert f'<option value="{body.pk}">FG Neu gegründet</option>' in select(client.get(url), "body")


@pytest.mark.parametrize("url", [TASKS, DECISIONS])
def test_a_renamed_or_deleted_body_changes_the_select_at_once(client_as, url):
    client = client_as("secretariat")
    body = Body.objects.create(name="FG Alt", classification=Body.Classification.EXPERT_GROUP)
    assert ">FG Alt<" in select(client.get(url), "body")
    body.name = "FG Umbenannt"
    body.save()
    options = select(client.get(url), "body")
    assert ">FG Umbenannt<" in options and ">FG Alt<" not in options
    body.delete()
    assert ">FG Umbenannt<" not in select(client.get(url), "body")


def test_a_new_topic_is_in_the_decision_filter_at_once(client_as):
    client = client_as("secretariat")
    assert "Leitfaden Wärmepumpen" not in select(client.get(DECISIONS), "topic")
    Topic.objects.create(title="Leitfaden Wärmepumpen")
    assert ">Leitfaden Wärmepumpen<" in select(client.get(DECISIONS), "topic")


def test_the_chosen_body_stays_chosen_and_the_next_visitor_chooses_their_own(
    client_as, fg_arbeitsschutz, ag_transfer
):
    client = client_as("secretariat")
    for _ in range(2):  # the second time from the cache
        chosen = select(client.get(TASKS, {"body": fg_arbeitsschutz.pk}), "body")
        assert f'<option value="{fg_arbeitsschutz.pk}" selected>' in chosen
    other = select(client.get(TASKS, {"body": ag_transfer.pk}), "body")
    assert f'<option value="{ag_transfer.pk}" selected>' in other
    assert f'<option value="{fg_arbeitsschutz.pk}" selected>' not in other


@pytest.mark.parametrize("url", [TASKS, DECISIONS])
def test_each_visitors_search_words_come_back_escaped_and_their_own(client_as, url):
    client = client_as("secretariat")
    first = text_input(client.get(url, {"q": '<b>"Glossar" & Co\'s'}), "q")
    assert 'value="&lt;b&gt;&quot;Glossar&quot; &amp; Co&#x27;s"' in first
    second = text_input(client.get(url, {"q": "Liquidität"}), "q")
    assert 'value="Liquidität"' in second and "Glossar" not in second
    assert "value=" not in text_input(client.get(url), "q")


def test_the_filter_form_is_in_the_language_of_the_page(client_as):
    client = client_as("secretariat")
    german = client.get(DECISIONS)
    assert "alle Gremien" in select(german, "body")
    client.cookies["django_language"] = "en"
    english = client.get(DECISIONS, HTTP_ACCEPT_LANGUAGE="en")
    assert "alle Gremien" not in select(english, "body")


def test_bad_input_is_shown_with_its_message_and_not_kept(client_as):
    client = client_as("secretariat")
    response = client.get(DECISIONS, {"year": "<script>", "q": "x" * 250})
    page = response.content.decode()
    assert response.status_code == 200
    assert "&lt;script&gt;" in page and "<script>" not in select(response, "year")
    assert 'class="error"' in page
