"""Papers through the JSON API: what members read, what the public reads, and bad input
(a taken reference, a wrong file type, an unknown result) refused with a message."""

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from transferhub.api.services import token_create
from transferhub.papers import services
from transferhub.papers.models import Paper

from .conftest import meeting_of
from .files import markdown_file


@pytest.fixture
def call(client, people):
    def make(role: str | None):
        headers = {}
        if role:
            _token, secret = token_create(user=people[role].user, name="T", scope="read-write")
            headers = {"Authorization": f"Bearer {secret}"}

        def get(path, **params):
            return client.get("/api/v1" + path, params, headers=headers)

        def post(path, data=None, files=None):
            if files is not None:
                return client.post("/api/v1" + path, files, headers=headers)
            return client.post(
                "/api/v1" + path, data or {}, content_type="application/json", headers=headers
            )

        return get, post

    return make


def test_members_read_papers_and_the_public_only_public_ones(call, paper, ag_transfer):
    public = services.paper_create(title="Öffentlich", body=ag_transfer, year=2022, public=True)
    get, _post = call("member")
    titles = {p["title"] for p in get("/papers").json()["items"]}
    assert titles == {paper.title, "Öffentlich"}
    files = get(f"/papers/{paper.pk}/files").json()
    assert files[0]["role"] == "main" and files[0]["versions"][0]["file_name"] == "vorlage.docx"
    assert files[0]["versions"][0]["download_url"].endswith("/herunterladen/")
    anonymous, _post = call(None)
    assert [p["id"] for p in anonymous("/papers").json()["items"]] == [public.pk]
    assert anonymous(f"/papers/{paper.pk}").status_code == 404


def test_a_taken_reference_is_a_409_and_nothing_is_made(call, paper, ag_transfer):
    _get, post = call("member")
    response = post(
        "/papers", {"title": "Doppelt", "reference": paper.reference, "body_id": ag_transfer.pk}
    )
    assert response.status_code == 409 and "schon vergeben" in response.json()["message"]
    assert Paper.objects.count() == 1


def test_a_wrong_file_type_is_refused_and_a_markdown_version_taken(call, paper):
    _get, post = call("member")
    url = f"/papers/{paper.pk}/files/{paper.main_file.pk}/versions"
    image = SimpleUploadedFile("bild.png", b"\x89PNG\r\n\x1a\n" + b"0" * 40)
    response = post(url, files={"file": image})
    assert response.status_code == 422 and "nicht erlaubt" in response.json()["message"]
    assert paper.main_file.versions.count() == 1
    response = post(url, files={"file": markdown_file("# Neu"), "note": "Kurzfassung"})
    assert response.status_code == 201 and response.json()["number"] == 2


def test_a_result_is_recorded_by_who_runs_the_body(call, paper, ag_transfer):
    consultation, _w = services.paper_put_on_agenda(
        paper=paper, meeting=meeting_of(ag_transfer, dt.date(2022, 9, 15))
    )
    _get, post = call("chair")
    url = f"/consultations/{consultation.pk}/result"
    assert post(url, {"result": "vielleicht"}).status_code == 422
    ok = post(url, {"result": "recommended"})
    assert ok.status_code == 200 and ok.json()["result"] == "recommended"
    _get, member_post = call("member")
    assert member_post(url, {"result": "adopted"}).status_code == 403
