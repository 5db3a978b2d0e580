"""A title or name with a line break is refused by every single-line form field, not stored.

Stored, it broke every mail it went into later (a subject may not hold CR or LF).
"""

from django import forms
from django.urls import reverse

from transferhub.lib.forms import SINGLE_LINE_MESSAGE
from transferhub.meetings.models import Meeting

MEETING_FORM = {
    "date": "2022-11-24",
    "start_time": "09:00",
    "end_time": "11:00",
    "location": "online",
    "online_url": "",
    "note_taker": "",
    "stated_participant_count": "",
}


def test_the_meeting_form_refuses_a_title_with_a_line_break(client_as, ag_transfer):
    data = {**MEETING_FORM, "body": ag_transfer.pk, "name": "AG Transfer\r\nBcc: alle@example.org"}
    response = client_as("secretariat").post(reverse("meetings:create"), data)
    assert response.status_code == 200
    assert "Bitte ohne Zeilenumbruch eingeben." in response.content.decode()
    assert not Meeting.objects.exists()


def test_a_line_break_at_the_end_is_trimmed_as_any_space(client_as, ag_transfer):
    data = {**MEETING_FORM, "body": ag_transfer.pk, "name": "AG Transfer Sondersitzung\r\n"}
    response = client_as("secretariat").post(reverse("meetings:create"), data)
    assert response.status_code == 302
    assert Meeting.objects.get().name == "AG Transfer Sondersitzung"


def test_text_areas_hidden_and_password_fields_keep_their_line_breaks():
    class Sample(forms.Form):
        title = forms.CharField()
        email = forms.EmailField(required=False)
        text = forms.CharField(widget=forms.Textarea)
        state = forms.CharField(widget=forms.HiddenInput)
        secret = forms.CharField(widget=forms.PasswordInput, strip=False)

    form = Sample(
        {"title": "a\u2028b", "email": "", "text": "a\nb", "state": "a\nb", "secret": "a\nb"}
    )
    assert not form.is_valid()
    assert form.errors == {"title": [str(SINGLE_LINE_MESSAGE)]}
