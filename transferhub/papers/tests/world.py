"""The paper the every-URL and every-endpoint walks point at: of the AG Transfer, not public,
two versions of its main document, on the agenda of the world's approved meeting."""

from transferhub.papers import services

from .files import docx_file


def paper_world(ag_transfer, public_item) -> dict:
    paper = services.paper_create(title="Umsetzungshilfe", body=ag_transfer, year=2022)
    main = services.paper_file_add(paper=paper, file=docx_file(["Erste Fassung."]))
    version = services.paper_version_add(paper_file=main, file=docx_file(["Zweite Fassung."]))
    services.consultation_add(paper=paper, body=ag_transfer, role="recommendation")
    consultation, _w = services.paper_put_on_agenda(
        paper=paper, meeting=public_item.meeting, agenda_item=public_item
    )
    on_paper = {"pk": paper.pk}
    return {
        **{
            f"papers:{name}": on_paper
            for name in (
                "detail",
                "edit",
                "file_add",
                "consultation_add",
                "agenda_put",
                "stage",
            )
        },
        "papers:version_add": {"pk": paper.pk, "file_pk": main.pk},
        "papers:compare": {"pk": paper.pk, "file_pk": main.pk},
        "papers:result": {"pk": paper.pk, "consultation_pk": consultation.pk},
        "papers:version": {"pk": version.pk},
        "papers:version_download": {"pk": version.pk},
    }
