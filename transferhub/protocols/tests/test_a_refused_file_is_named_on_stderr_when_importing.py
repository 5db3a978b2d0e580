"""Importing (not only --dry-run) names each refused file in one line on stderr, exit status 2."""

import pytest
from django.core.management import call_command

from transferhub.meetings.models import Meeting


def test_an_unreadable_file_is_named_on_stderr_and_nothing_is_stored(db, tmp_path, capsys):
    broken = tmp_path / "kaputt.pdf"
    broken.write_bytes(b"%PDF-1.4 this is not really a PDF")
    with pytest.raises(SystemExit) as exit_:
        call_command("import_protocol", str(broken))
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert f"{broken}:" in err
    assert "Traceback" not in err
    assert not Meeting.objects.exists()
