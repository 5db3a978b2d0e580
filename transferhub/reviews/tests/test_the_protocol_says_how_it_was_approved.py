"""The protocol (Markdown, DOCX, PDF) of reviewed minutes says how they were approved;
minutes approved without a review round say nothing new."""

import io

from docx import Document
from pypdf import PdfReader

from transferhub.meetings.services import minutes_approve
from transferhub.protocols.writing.docx import protocol_docx
from transferhub.protocols.writing.markdown import protocol_markdown
from transferhub.protocols.writing.pdf import protocol_pdf
from transferhub.reviews.services import review_approve, review_close, review_start

SENTENCE = "Nach Prüfung genehmigt durch die Leitung am"


def test_every_format_of_the_protocol_says_the_chair_approved_after_review(seed_meeting, people):
    chair = people["chair"].user
    review = review_start(meeting=seed_meeting, actor=people["secretariat"].user)
    review_close(review=review, actor=chair)
    review_approve(review=review, how="chair", actor=chair)
    seed_meeting.refresh_from_db()
    assert SENTENCE in protocol_markdown(seed_meeting)[2].decode()
    docx = Document(io.BytesIO(protocol_docx(seed_meeting)[2]))
    assert any(SENTENCE in p.text for p in docx.paragraphs)
    pdf = PdfReader(io.BytesIO(protocol_pdf(seed_meeting)[2]))
    assert "Nach Prüfung genehmigt" in "".join(page.extract_text() for page in pdf.pages)


def test_minutes_approved_without_review_say_nothing_of_it(seed_meeting):
    minutes_approve(meeting=seed_meeting)
    assert "Nach Prüfung" not in protocol_markdown(seed_meeting)[2].decode()
