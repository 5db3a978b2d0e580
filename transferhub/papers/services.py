"""Writing papers: create, files and versions, the consultation path, results, stages."""

import hashlib
import re

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from transferhub.lib import search as lib_search
from transferhub.lib.audit import log_action
from transferhub.lib.refusals import Refusal
from transferhub.lib.uploads import ZipBomb, file_removed_unless_stored, sniff_type
from transferhub.meetings.models import AgendaItem, Meeting
from transferhub.meetings.services import MeetingError, agenda_item_add
from transferhub.network.models import Body

from . import text as paper_text
from .models import Consultation, Paper, PaperFile, PaperFileVersion

MAX_BYTES = 25 * 1024 * 1024
MARKDOWN_SUFFIXES = (".md", ".markdown", ".txt")
ALLOWED = {
    "application/pdf",
    paper_text.DOCX,
    paper_text.MARKDOWN,
    "application/vnd.oasis.opendocument.text",
}
REFERENCE_RE = re.compile(r"\b(\d{4})/")


class PaperError(Refusal):
    """A paper change we refuse; the message is fit to show the user."""

    api_status = 422


# --- Papers ---------------------------------------------------------------------------------


def reference_next(*, body: Body | None, year: int) -> str:
    """The next free reference of a body in a year: "AG Transfer 2022/V-3"."""
    prefix = f"{(body.short_name or body.name) if body else 'Netzwerk'} {year}/V-"
    taken = Paper.objects.filter(reference__startswith=prefix).values_list("reference", flat=True)
    numbers = [int(r[len(prefix) :]) for r in taken if r[len(prefix) :].isdigit()]
    return f"{prefix}{max(numbers, default=0) + 1}"


def _check_reference(reference: str, paper: Paper | None = None) -> None:
    others = Paper.objects.filter(reference__iexact=reference)
    if paper is not None:
        others = others.exclude(pk=paper.pk)
    if others.exists():
        raise PaperError(
            _("Das Aktenzeichen „%(reference)s“ ist schon vergeben.") % {"reference": reference}
        )


@transaction.atomic
def paper_create(
    *,
    title: str,
    actor=None,
    paper_type: str = Paper.Type.DRAFT,
    body: Body | None = None,
    reference: str = "",
    year: int | None = None,
    date=None,
    description: str = "",
    responsible_person=None,
    authors=(),
    topics=(),
    public: bool = False,
) -> Paper:
    """Create a paper; without a reference it gets the body's next one for the year."""
    title = title.strip()
    if not title:
        raise PaperError(_("Bitte geben Sie einen Titel an."))
    date = date or timezone.localdate()
    reference = (reference or "").strip()
    if reference:
        found = REFERENCE_RE.search(reference)
        year = year or (int(found.group(1)) if found else date.year)
        _check_reference(reference)
    else:
        year = year or date.year
        reference = reference_next(body=body, year=year)
    try:
        with transaction.atomic():
            paper = Paper.objects.create(
                reference=reference,
                year=year,
                title=title,
                paper_type=paper_type,
                body=body,
                date=date,
                description=description,
                responsible_person=responsible_person,
                public=public,
            )
    except IntegrityError as exc:  # a second request took the reference meanwhile
        raise PaperError(
            _("Das Aktenzeichen „%(reference)s“ ist schon vergeben.") % {"reference": reference}
        ) from exc
    paper.authors.set(authors)
    paper.topics.set(topics)
    log_action(actor, "paper.created", paper, reference=reference, title=title)
    return paper


@transaction.atomic
def paper_update(*, paper: Paper, actor=None, authors=None, topics=None, **fields) -> Paper:
    """Change a paper's fields (reference, title, type, body, ...)."""
    if "reference" in fields:
        fields["reference"] = fields["reference"].strip()
        if not fields["reference"]:
            raise PaperError(_("Bitte geben Sie ein Aktenzeichen an."))
        _check_reference(fields["reference"], paper)
    before = {k: str(getattr(paper, k)) for k in fields}
    for name, value in fields.items():
        setattr(paper, name, value)
    paper.save()
    if authors is not None:
        paper.authors.set(authors)
    if topics is not None:
        paper.topics.set(topics)
    log_action(
        actor,
        "paper.updated",
        paper,
        before=before,
        after={k: str(v) for k, v in fields.items()},
    )
    return paper


# --- Files and versions ------------------------------------------------------------------------


def inspect_version(file) -> tuple[str, bytes]:
    """Return (mime type, content) of an allowed paper upload or raise PaperError."""
    size = getattr(file, "size", None)
    if not size:
        raise PaperError(_("Die Datei ist leer."))
    if size > MAX_BYTES:
        raise PaperError(
            _("Die Datei ist %(size)s MB groß; erlaubt sind höchstens %(limit)s MB.")
            % {
                "size": f"{size / 1024 / 1024:.1f}".replace(".", ","),
                "limit": MAX_BYTES // 1024 // 1024,
            }
        )
    file.seek(0)
    data = file.read(MAX_BYTES + 1)
    file.seek(0)
    try:
        mime = sniff_type(data[:16], file)
    except ZipBomb as exc:
        raise PaperError(
            _(
                "Die Datei würde entpackt ein Vielfaches ihrer Größe belegen und wird nicht angenommen."
            )
        ) from exc
    file.seek(0)
    name = (getattr(file, "name", "") or "").lower()
    if mime is None and name.endswith(MARKDOWN_SUFFIXES) and b"\x00" not in data:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            mime = paper_text.MARKDOWN
    if mime not in ALLOWED:
        raise PaperError(
            _(
                "Dieser Dateityp ist für Vorlagen nicht erlaubt. Erlaubt sind Word (DOCX), "
                "OpenDocument-Text (ODT), PDF und Markdown (.md)."
            )
        )
    return mime, data


def _store_version(*, paper_file: PaperFile, file, actor, note: str) -> PaperFileVersion:
    mime, data = inspect_version(file)
    text, state = paper_text.read_text(data, mime)
    number = (paper_file.versions.aggregate(m=Max("number"))["m"] or 0) + 1
    original = (getattr(file, "name", "") or "datei").rsplit("/", 1)[-1]
    version = PaperFileVersion(
        paper_file=paper_file,
        number=number,
        file_name=original,
        mime_type=mime,
        size=len(data),
        sha1=hashlib.sha1(data).hexdigest(),  # noqa: S324 - OParl asks for it, not for security
        sha256=hashlib.sha256(data).hexdigest(),
        sha512=hashlib.sha512(data).hexdigest(),
        text=text,
        text_state=state,
        note=note.strip(),
        uploaded_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    file.seek(0)
    version.file.save(original, file, save=False)
    with file_removed_unless_stored(version.file):
        version.save()
        PaperFile.objects.filter(pk=paper_file.pk).update(modified=timezone.now())
        Paper.objects.filter(pk=paper_file.paper_id).update(modified=timezone.now())
    lib_search.index_update(paper_file.paper)  # the paper is found by its documents' words
    return version


@transaction.atomic
def paper_file_add(
    *, paper: Paper, file, name: str = "", role: str = PaperFile.Role.MAIN, actor=None, note=""
) -> PaperFile:
    """Add a document to a paper with its first version (one main document per paper)."""
    if role == PaperFile.Role.MAIN and paper.files.filter(role=role).exists():
        raise PaperError(
            _("Die Vorlage hat schon ein Hauptdokument; laden Sie dort eine neue Version hoch.")
        )
    inspect_version(file)  # refuse before anything is written
    original = (getattr(file, "name", "") or "datei").rsplit("/", 1)[-1]
    paper_file = PaperFile.objects.create(paper=paper, role=role, name=name.strip() or original)
    version = _store_version(paper_file=paper_file, file=file, actor=actor, note=note)
    log_action(actor, "paper.file_added", paper, file=paper_file.name, sha256=version.sha256)
    return paper_file


@transaction.atomic
def paper_version_add(
    *, paper_file: PaperFile, file, actor=None, note: str = ""
) -> PaperFileVersion:
    """Upload a new version of a document; the older versions stay."""
    version = _store_version(paper_file=paper_file, file=file, actor=actor, note=note)
    log_action(
        actor,
        "paper.version_added",
        paper_file.paper,
        file=paper_file.name,
        version=version.number,
        sha256=version.sha256,
    )
    return version


def versions_compare(old: PaperFileVersion, new: PaperFileVersion) -> paper_text.Diff:
    """The diff of two versions' text; PaperError when one has no text to compare."""
    for version in (old, new):
        if version.text_state != PaperFileVersion.TextState.TEXT:
            raise PaperError(paper_text.no_text_message(version))
    return paper_text.diff_lines(old.text, new.text)


# --- The consultation path ------------------------------------------------------------------------


def _next_position(paper: Paper) -> int:
    return (paper.consultations.aggregate(m=Max("position"))["m"] or 0) + 1


@transaction.atomic
def consultation_add(
    *, paper: Paper, body: Body, role: str, authoritative: bool = False, actor=None
) -> Consultation:
    """Append a body to the paper's consultation path."""
    consultation = Consultation.objects.create(
        paper=paper,
        position=_next_position(paper),
        body=body,
        role=role,
        authoritative=authoritative,
    )
    _touch(paper)
    log_action(actor, "paper.consultation_added", paper, body=body.name, role=role)
    return consultation


def _touch(paper: Paper) -> None:
    Paper.objects.filter(pk=paper.pk).update(modified=timezone.now())


def paper_open_consultation(paper: Paper, body_id: int) -> Consultation | None:
    return (
        paper.consultations.filter(body_id=body_id, result="", agenda_item__isnull=True)
        .order_by("position", "pk")
        .first()
    )


@transaction.atomic
def paper_put_on_agenda(
    *,
    paper: Paper,
    meeting: Meeting,
    actor=None,
    agenda_item: AgendaItem | None = None,
    name: str = "",
) -> tuple[Consultation, str]:
    """Put the paper on a meeting's agenda: fulfil the body's open consultation or extend the path.

    Without `agenda_item` a new item is added, titled with the reference and title. Return
    the consultation and a warning ("" when the body was on the path).
    """
    if agenda_item is not None and agenda_item.meeting_id != meeting.pk:
        raise PaperError(_("Der Tagesordnungspunkt gehört zu einer anderen Sitzung."))
    if paper.consultations.filter(agenda_item__meeting=meeting).exists():
        raise PaperError(_("Die Vorlage steht schon auf der Tagesordnung dieser Sitzung."))
    if agenda_item is None:
        try:
            agenda_item = agenda_item_add(
                meeting=meeting,
                name=name.strip() or f"{paper.reference}: {paper.title}"[:500],
                actor=actor,
            )
        except MeetingError as exc:
            raise PaperError(str(exc)) from exc
    consultation = paper_open_consultation(paper, meeting.body_id)
    warning = ""
    if consultation is None:
        consultation = Consultation.objects.create(
            paper=paper,
            position=_next_position(paper),
            body=meeting.body,
            role=Consultation.Role.ADVICE,
            added_by_agenda=True,
        )
        warning = _(
            "Das Gremium „%(body)s“ stand nicht im Beratungsweg der Vorlage; die Beratung "
            "wurde am Ende des Wegs ergänzt."
        ) % {"body": meeting.body.name}
    consultation.agenda_item = agenda_item
    main = paper.main_file
    consultation.version_discussed = main.current if main else None
    consultation.save()
    if paper.status == Paper.Status.DRAFT:
        paper.status = Paper.Status.IN_CONSULTATION
        paper.save(update_fields=["status", "modified"])
    else:
        _touch(paper)
    log_action(
        actor,
        "paper.on_agenda",
        paper,
        meeting_id=meeting.pk,
        item=agenda_item.pk,
        body=meeting.body.name,
        extended=bool(warning),
    )
    return consultation, warning


def _status_after(paper: Paper, consultation: Consultation, result: str) -> str:
    if result in Consultation.ADOPTING and consultation.authoritative:
        return Paper.Status.ADOPTED
    if result == Consultation.Result.REJECTED and consultation.authoritative:
        return Paper.Status.REJECTED
    return Paper.Status.IN_CONSULTATION


@transaction.atomic
def consultation_record_result(
    *, consultation: Consultation, result: str, actor=None, note: str = ""
) -> Consultation:
    """Record what the body did with the paper; the paper moves on to the next body or is adopted.

    A postponement keeps the body's consultation open: a new one for the same body follows
    right after it, to be fulfilled at a later meeting.
    """
    if result not in Consultation.Result.values:
        raise PaperError(_("Bitte wählen Sie ein Ergebnis."))
    if consultation.agenda_item_id is None:
        raise PaperError(_("Die Vorlage stand bei diesem Gremium noch auf keiner Tagesordnung."))
    paper = consultation.paper
    before = consultation.result
    consultation.result = result
    consultation.result_note = note.strip()
    consultation.save()
    if (
        result == Consultation.Result.POSTPONED
        and not paper.consultations.filter(
            position__gt=consultation.position, body=consultation.body, result=""
        ).exists()
    ):
        later = paper.consultations.filter(position__gt=consultation.position)
        for step in later.order_by("-position"):
            step.position += 1
            step.save(update_fields=["position"])
        Consultation.objects.create(
            paper=paper,
            position=consultation.position + 1,
            body=consultation.body,
            role=consultation.role,
            authoritative=consultation.authoritative,
        )
    status = _status_after(paper, consultation, result)
    if paper.is_adopted and status == Paper.Status.IN_CONSULTATION:
        status = paper.status  # a later advice does not undo an adoption
    old_status = paper.status
    paper.status = status
    paper.save(update_fields=["status", "modified"])
    if status == Paper.Status.ADOPTED and old_status != status:
        _topics_follow(paper, Paper.Status.ADOPTED)
    log_action(
        actor,
        "paper.result_recorded",
        paper,
        meeting_id=consultation.agenda_item.meeting_id,
        body=consultation.body.name,
        before=before,
        after=result,
        status=status,
    )
    return consultation


def _topics_follow(paper: Paper, status: str) -> None:
    """The paper's topics take its publication stage (Topic shares the stage names)."""
    for topic in paper.topics.all():
        if topic.status != status:
            topic.status = status
            topic.save(update_fields=["status", "modified"])


STAGE_ORDER = [Paper.Status.ADOPTED, Paper.Status.IN_LAYOUT, Paper.Status.PUBLISHED]


@transaction.atomic
def paper_set_stage(*, paper: Paper, stage: str, actor=None, published_url: str = "") -> Paper:
    """Move an adopted paper through its publication stages: adopted → in layout → published."""
    if stage not in STAGE_ORDER:
        raise PaperError(_("Bitte wählen Sie eine Stufe der Veröffentlichung."))
    if not paper.is_adopted:
        raise PaperError(_("Erst eine beschlossene Vorlage geht in Layout und Veröffentlichung."))
    if stage == Paper.Status.PUBLISHED and not (published_url or paper.published_url):
        if not paper.files.exists():
            raise PaperError(
                _("Zur Veröffentlichung gehört ein Link oder eine veröffentlichte Datei.")
            )
    before = paper.status
    paper.status = stage
    if published_url:
        paper.published_url = published_url
    paper.save(update_fields=["status", "published_url", "modified"])
    _topics_follow(paper, stage)
    log_action(actor, "paper.stage_changed", paper, before=before, after=stage)
    return paper


def max_upload_mb() -> int:
    return min(MAX_BYTES, getattr(settings, "MAX_UPLOAD_BYTES", MAX_BYTES)) // 1024 // 1024
