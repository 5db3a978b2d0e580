"""Forms of the network management pages; the rules live in networks.py."""

from django import forms
from django.utils.translation import gettext_lazy as _

from transferhub.lib.uploads import UploadRejected, inspect_upload

from .models import Network, Organisation, Person

PICTURE_TYPES = {"image/png", "image/jpeg", "image/webp", "image/gif"}


def _people():
    return Person.objects.order_by("family_name", "given_name")


class NetworkCreateForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=200)
    slug = forms.SlugField(
        label=_("Kurzadresse"),
        max_length=60,
        required=False,
        help_text=_("Teil der Adresse /netzwerke/…/; leer: aus dem Namen"),
    )
    federal_states = forms.CharField(
        label=_("Bundesländer"), max_length=60, required=False, help_text=_("z. B. „RP“")
    )
    postcode_prefixes = forms.CharField(
        label=_("Postleitzahlbereiche"), max_length=300, required=False
    )
    coordinators = forms.ModelMultipleChoiceField(
        label=_("Koordination"), queryset=Person.objects.none(), required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["coordinators"].queryset = _people()


class NetworkForm(forms.ModelForm):
    """A network's details and website; coordination and host name only for the secretariat."""

    class Meta:
        model = Network
        fields = [
            "federal_states",
            "postcode_prefixes",
            "email",
            "contacts",
            "organisations",
            "coordinators",
            "host",
            "founding_paper",
            "website_text",
            "website_picture",
            "website_picture_alt",
            "imprint",
            "privacy",
        ]
        widgets = {
            "website_text": forms.Textarea(attrs={"rows": 10}),
            "imprint": forms.Textarea(attrs={"rows": 6}),
            "privacy": forms.Textarea(attrs={"rows": 6}),
        }
        help_texts = {
            "website_text": _("Markdown; Skripte und eingebettetes HTML werden entfernt."),
        }

    def __init__(self, *args, secretariat: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["contacts"].queryset = _people()
        self.fields["organisations"].queryset = Organisation.objects.order_by("name")
        self.fields["coordinators"].queryset = _people()
        if not secretariat:
            del self.fields["coordinators"]
            del self.fields["host"]

    def _checked_file(self, name: str, types: set[str] | None = None):
        upload = self.cleaned_data.get(name)
        if not upload or not hasattr(upload, "content_type") or not hasattr(upload, "size"):
            return upload
        try:
            mime, _size, _digest = inspect_upload(upload)
        except UploadRejected as exc:
            raise forms.ValidationError(str(exc)) from exc
        if types and mime not in types:
            raise forms.ValidationError(_("Bitte ein Bild (PNG, JPEG, WebP oder GIF) hochladen."))
        return upload

    def clean_founding_paper(self):
        return self._checked_file("founding_paper")

    def clean_website_picture(self):
        return self._checked_file("website_picture", PICTURE_TYPES)

    def service_kwargs(self) -> dict:
        data = dict(self.cleaned_data)
        for key in ("contacts", "organisations", "coordinators"):
            if key in data:
                data[key] = list(data[key])
        for key in ("founding_paper", "website_picture"):
            if data.get(key) is None:  # nothing uploaded: keep the file
                data.pop(key, None)
            elif data[key] is False:  # "clear" ticked
                data[key] = ""
        return data


class ApplicationForm(forms.Form):
    """One pair of fields per criterion: met, and the evidence."""

    def __init__(self, *args, answers=(), editable: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        self.rows = []
        for answer in answers:
            c = answer.criterion
            met = forms.BooleanField(
                label=_("erfüllt"), required=False, initial=answer.met, disabled=not editable
            )
            evidence = forms.CharField(
                label=_("Nachweis"),
                required=False,
                max_length=10_000,
                initial=answer.evidence,
                widget=forms.Textarea(attrs={"rows": 3}),
                help_text=c.guidance,
                disabled=not editable,
            )
            self.fields[f"met_{c.pk}"] = met
            self.fields[f"evidence_{c.pk}"] = evidence
            self.rows.append((c, self[f"met_{c.pk}"], self[f"evidence_{c.pk}"]))

    def answers(self) -> dict[int, tuple[bool, str]]:
        return {
            c.pk: (
                self.cleaned_data.get(f"met_{c.pk}", False),
                self.cleaned_data.get(f"evidence_{c.pk}", ""),
            )
            for c, _m, _e in self.rows
        }
