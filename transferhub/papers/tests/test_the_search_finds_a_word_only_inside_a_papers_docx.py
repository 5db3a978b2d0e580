"""The paper search reads the documents' text, German-stemmed: a word that stands only in a
paper's DOCX finds it, in another inflection too; a paper without it is not found."""

from transferhub.api.services import token_create
from transferhub.papers import services

from .files import docx_file


def test_a_word_only_in_the_docx_finds_the_paper(client_as, paper, ag_transfer, people):
    services.paper_create(title="One-Pager LkSG", body=ag_transfer, year=2022)
    services.paper_version_add(
        paper_file=paper.main_file,
        file=docx_file(["Der Kontokorrentkredit überbrückt Liquiditätsengpässe."]),
    )
    client = client_as("member")
    for query in ("Kontokorrentkredit", "Liquiditätsengpass", "kontokorrentkredite"):
        page = client.get("/vorlagen/", {"q": query}).content.decode()
        assert "Umsetzungshilfe Finanzierung und Liquidität" in page, query
        assert "One-Pager LkSG" not in page, query
    assert "Keine Vorlage enthält" in client.get("/vorlagen/", {"q": "Bürgschaft"}).content.decode()

    _token, secret = token_create(user=people["member"].user, name="Suche", scope="read")
    client.logout()
    found = client.get(
        "/api/v1/papers",
        {"q": "Kontokorrentkredit"},
        headers={"Authorization": f"Bearer {secret}"},
    ).json()
    assert [p["title"] for p in found["items"]] == ["Umsetzungshilfe Finanzierung und Liquidität"]


def test_an_older_versions_words_no_longer_find_the_paper(client_as, paper):
    services.paper_version_add(paper_file=paper.main_file, file=docx_file(["Ganz neuer Text."]))
    page = client_as("member").get("/vorlagen/", {"q": "Finanzierung sichern"}).content.decode()
    # The title still holds "Finanzierung"; "sichern" stood only in the first version.
    assert "Keine Vorlage enthält" in page
