"""Topics (Vorhaben) carried over into papers: the data migration's one function.

Each topic without a paper becomes one: its title, description and status, its document
as the main file's first version, its link as the published link, and each agenda item
linked to it as a consultation of that item's body (oldest first). The topic stays and is
linked to its paper, so its page and its links keep working. Written against the models
`apps` gives, so that it runs as a migration and, in tests, on a copy of the demo.
"""

import hashlib

from .text import read_text

STATUS = {
    "idea": "draft",
    "in_progress": "draft",
    "adopted": "adopted",
    "in_layout": "in_layout",
    "published": "published",
    "withdrawn": "withdrawn",
}
TYPE_WORDS = [
    ("one-pager", "one_pager"),
    ("check", "instrument"),
    ("umsetzungshilfe", "instrument"),
    ("leitfaden", "instrument"),
    ("stellungnahme", "statement"),
    ("bericht", "report"),
]
MIME_BY_SUFFIX = {".md": "text/markdown", ".markdown": "text/markdown"}


def paper_type_of(title: str) -> str:
    lower = title.lower()
    return next((kind for word, kind in TYPE_WORDS if word in lower), "draft")


def _reference(Paper, prefix: str) -> str:
    taken = set(
        Paper.objects.filter(reference__startswith=prefix).values_list("reference", flat=True)
    )
    number = 1
    while f"{prefix}{number}" in taken:
        number += 1
    return f"{prefix}{number}"


def _copy_document(topic, paper, PaperFile, PaperFileVersion) -> None:
    try:
        with topic.document.open("rb") as handle:
            data = handle.read()
    except OSError:
        return  # a document whose file is gone: the paper keeps its link only
    name = topic.document_name or "dokument"
    mime = topic.document_mime_type or MIME_BY_SUFFIX.get(
        name[name.rfind(".") :].lower(), "application/octet-stream"
    )
    text, state = read_text(data, mime)
    paper_file = PaperFile.objects.create(paper=paper, role="main", name=name)
    PaperFileVersion.objects.create(
        paper_file=paper_file,
        number=1,
        file=topic.document.name,  # the stored file stays where it is
        file_name=name,
        mime_type=mime,
        size=len(data),
        sha1=hashlib.sha1(data).hexdigest(),  # noqa: S324 - OParl's checksum, not security
        sha256=hashlib.sha256(data).hexdigest(),
        sha512=hashlib.sha512(data).hexdigest(),
        text=text,
        text_state=state,
        note="aus dem Vorhaben übernommen",
    )


def topics_to_papers(apps, schema_editor=None) -> int:
    """Give every topic without a paper its paper; return how many were made."""
    Topic = apps.get_model("decisions", "Topic")
    Paper = apps.get_model("papers", "Paper")
    PaperFile = apps.get_model("papers", "PaperFile")
    PaperFileVersion = apps.get_model("papers", "PaperFileVersion")
    Consultation = apps.get_model("papers", "Consultation")
    made = 0
    for topic in Topic.objects.exclude(papers__isnull=False).order_by("pk"):
        items = list(
            topic.agenda_items.select_related("meeting__body").order_by("meeting__date", "order")
        )
        body = items[0].meeting.body if items else None
        year = items[0].meeting.date.year if items else topic.created.year
        prefix = f"{(body.short_name or body.name) if body else 'Netzwerk'} {year}/V-"
        status = STATUS.get(topic.status, "draft")
        if status == "draft" and items:
            status = "in_consultation"
        paper = Paper.objects.create(
            reference=_reference(Paper, prefix),
            year=year,
            paper_type=paper_type_of(topic.title),
            title=topic.title[:300],
            description=topic.description,
            date=items[0].meeting.date if items else topic.created.date(),
            body=body,
            status=status,
            published_url=topic.document_url,
        )
        paper.topics.add(topic)
        if topic.document:
            _copy_document(topic, paper, PaperFile, PaperFileVersion)
        for position, item in enumerate(items, start=1):
            Consultation.objects.create(
                paper=paper,
                position=position,
                body=item.meeting.body,
                role="advice",
                agenda_item=item,
            )
        made += 1
    return made
