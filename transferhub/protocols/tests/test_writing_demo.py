"""The demo meeting (the seed, imported and approved) renders in every format and reads back."""

from transferhub.protocols.reader import read_protocol
from transferhub.protocols.writing import agenda_pdf, protocol_docx, protocol_markdown, protocol_pdf


def test_the_demo_meeting_renders_in_all_formats_and_reads_back(demo):
    meeting = demo
    titles = list(
        meeting.agenda_items.filter(kind="item").order_by("order").values_list("name", flat=True)
    )
    decisions = meeting.decisions.count()
    for writer in (protocol_pdf, protocol_docx, protocol_markdown):
        filename, _mimetype, content = writer(meeting)
        result = read_protocol(content, filename=filename)
        assert [it["title"] for it in result["agenda"]] == titles, filename
        assert sum(len(it["decisions"]) for it in result["agenda"]) == decisions, filename
        assert result["next_meeting"] == {"date": "2022-11-24", "start": "09:00", "end": "11:00"}
        assert result["note_taker"] == "Theresa Joerißen"
    assert agenda_pdf(meeting)[2].startswith(b"%PDF")
