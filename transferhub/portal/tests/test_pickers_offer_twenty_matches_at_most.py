"""Person, organisation and body pickers search as one types and never list everyone."""

import re

from django.urls import reverse

from conftest import make_person
from transferhub.network.models import Organisation

OPTION = re.compile(r'<option value="(\d*)"[^>]*>([^<]*)</option>')


def options(html: str) -> list[str]:
    return [label for value, label in OPTION.findall(html) if value]


def test_the_membership_form_lists_twenty_people_and_the_search_finds_the_rest(
    client_as, ag_transfer
):
    for n in range(40):
        make_person(f"Vorname{n:02d}", f"Aaa{n:02d}")
    make_person("Zora", "Zwiebel")
    client = client_as("secretariat")
    page = client.get(reverse("network:membership_add", args=[ag_transfer.pk])).content.decode()
    select = page[
        page.index('<select id="id_person"') : page.index(
            "</select>", page.index('<select id="id_person"')
        )
    ]
    assert len(options(select)) == 20
    assert "Zwiebel" not in select
    assert "---------" not in page
    assert 'hx-get="/auswahl/person/"' in page
    found = client.get(reverse("portal:picker", args=["person"]), {"q": "zwieb"}).content.decode()
    assert options(found) == ["Zwiebel, Zora"]
    many = client.get(reverse("portal:picker", args=["person"]), {"q": "aaa"}).content.decode()
    assert len(options(many)) == 20


def test_words_narrow_the_matches_and_nothing_found_says_so(client_as):
    Organisation.objects.create(name="Muster Metall GmbH", town="Bielefeld")
    Organisation.objects.create(name="Muster Holz GmbH", town="Detmold")
    client = client_as("secretariat")
    url = reverse("portal:picker", args=["organisation"])
    assert options(client.get(url, {"q": "muster bielefeld"}).content.decode()) == [
        "Muster Metall GmbH"
    ]
    assert "Keine Treffer" in client.get(url, {"q": "gibt es nicht"}).content.decode()


def test_a_chosen_person_outside_the_first_twenty_stays_selected(client_as, people, ag_transfer):
    for n in range(25):
        make_person(f"V{n}", f"Aaa{n:02d}")
    client = client_as("secretariat")
    response = client.post(
        reverse("network:membership_add", args=[ag_transfer.pk]),
        {"person": people["outsider"].pk, "role": "member", "start_date": "kein Datum"},
    )
    assert f'<option value="{people["outsider"].pk}" selected>' in response.content.decode()


def test_only_those_who_manage_a_body_may_search_people(client_as):
    url = reverse("portal:picker", args=["person"])
    assert client_as("member").get(url, {"q": "a"}).status_code == 403
    assert client_as("anonymous").get(url, {"q": "a"}).status_code == 403
    assert client_as("chair").get(url, {"q": "a"}).status_code == 200
    assert (
        client_as("secretariat").get(reverse("portal:picker", args=["nobody"])).status_code == 404
    )


def test_forms_say_in_words_that_nothing_is_chosen_yet(client_as):
    page = client_as("secretariat").get(reverse("meetings:create")).content.decode()
    assert "---------" not in page
    assert "– bitte wählen –" in page  # the body: required
    assert "– keine Auswahl –" in page  # the note-taker: optional


def test_a_long_form_comes_in_sections(client_as):
    page = client_as("outsider").get(reverse("suppliers:register")).content.decode()
    legends = re.findall(r"<legend>([^<]+)</legend>", page)
    assert legends == ["Unternehmen", "Angebot", "Anschrift", "Ansprechperson"]
    assert page.index('name="postcode"') > page.index("<legend>Anschrift</legend>")
