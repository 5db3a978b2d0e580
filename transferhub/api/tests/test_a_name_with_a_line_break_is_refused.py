"""A title or name with a line break is refused (422), as on the web; long texts keep theirs.

Stored, it broke every mail it went into later (a subject may not hold CR or LF).
"""

from transferhub.network.models import Person


def test_the_api_refuses_a_name_with_a_line_break_and_keeps_text_multi_line(api_as, people):
    api = api_as("secretariat")
    response = api.post(
        "/people", {"given_name": "Eva\r\nBcc: x@example.org", "family_name": "Neu"}
    )
    assert response.status_code == 422
    error = response.json()["errors"][0]
    assert error["loc"][-1] == "given_name"
    assert "Bitte ohne Zeilenumbruch eingeben." in error["msg"]
    assert not Person.objects.filter(family_name="Neu").exists()

    person = people["member"]
    assert api.patch(f"/people/{person.pk}", {"title": "Dr.\n"}).status_code == 422
    body = api.post("/bodies", {"name": "AG Neu", "description": "Zeile eins\nZeile zwei"})
    assert body.status_code == 201, body.content
    assert body.json()["description"] == "Zeile eins\nZeile zwei"


def test_a_search_term_with_a_line_break_is_refused(api_as, people):
    api = api_as("secretariat")
    for path in ("/people", "/decisions", "/tasks"):
        response = api.get(path, q="Glossar\r\nBcc")
        assert response.status_code == 422, path
    assert api.get("/people", q="Glossar Bcc").status_code == 200
