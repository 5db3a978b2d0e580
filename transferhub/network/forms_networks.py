"""Forms of the network management pages; the rules live in networks.py."""

import json

from django import forms
from django.db.models import Q, QuerySet
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from transferhub.lib.api_schemas import MAX_ID
from transferhub.lib.forms import ModelChoicesField
from transferhub.lib.pickers import MATCHES, MAX_QUERY, pickers
from transferhub.lib.uploads import UploadRejected, inspect_upload

from .models import Membership, Network, Organisation, Person
from .permissions import current_membership_q

PICTURE_TYPES = {"image/png", "image/jpeg", "image/webp", "image/gif"}
# The picked fields of the edit page and what their picker searches.
PICKED = {"contacts": "person", "coordinators": "person", "organisations": "organisation"}


def _people():
    return Person.objects.select_related("organisation").order_by("family_name", "given_name", "pk")


def _region_q(network: Network, prefix: str = "") -> Q:
    """Organisations in the network's federal states or postcode areas."""
    where = Q(pk__in=[])
    if network.state_codes:
        where |= Q(**{f"{prefix}federal_state__in": network.state_codes})
    for code in network.prefixes:
        where |= Q(**{f"{prefix}postcode__startswith": code})
    return where


def pickable(network: Network, field: str, *, secretariat: bool) -> QuerySet:
    """Whom the editor may pick for a field of the network edit page.

    The secretariat anyone. A coordinator picks organisations of the network's region or
    already its members; as contacts only the network's own people: those it names
    already, the members of its bodies, the staff of its member organisations and of
    organisations in its region. What the network holds already stays pickable.
    """
    if field == "organisations":
        rows = Organisation.objects.order_by("name", "pk")
        if secretariat:
            return rows
        return rows.filter(_region_q(network) | Q(pk__in=network.organisations.all()))
    rows = _people()
    if secretariat:
        return rows
    in_bodies = Membership.objects.filter(current_membership_q(), body__network=network)
    return rows.filter(
        Q(pk__in=network.contacts.all())
        | Q(pk__in=network.coordinators.all())
        | Q(pk__in=in_bodies.values("person_id"))
        | Q(organisation__in=network.organisations.all())
        | _region_q(network, "organisation__")
    )


class MultiPickerSelect(forms.SelectMultiple):
    """The chosen ones as ticked boxes (untick to remove), and a search box above a
    multiple <select> of at most MATCHES candidates to add; typing asks `url` (htmx)."""

    def __init__(self, kind: str, url: str, attrs=None) -> None:
        super().__init__(attrs)
        self.kind, self.url = kind, url

    def render(self, name, value, attrs=None, renderer=None):
        picker = pickers.get(self.kind)
        attrs = self.build_attrs(self.attrs, attrs)
        select_id = attrs.get("id") or f"id_{name}"
        queryset = self.choices.queryset
        wanted = [str(v) for v in (value or []) if str(v).isdigit() and int(str(v)) <= MAX_ID]
        chosen = list(queryset.filter(pk__in=wanted)) if wanted else []
        candidates = queryset.exclude(pk__in=[o.pk for o in chosen])[:MATCHES]
        boxes = format_html_join(
            "",
            '<li><label><input type="checkbox" name="{}" value="{}" checked> {}</label></li>',
            ((name, o.pk, picker.label(o)) for o in chosen),
        )
        chosen_html = (
            format_html('<ul class="picker-chosen">{}</ul>', boxes)
            if chosen
            else format_html('<p class="picker-chosen">{}</p>', _("Noch keine Auswahl."))
        )
        search = format_html(
            '<input type="search" class="picker-search" name="q" form="picker-none"'
            ' autocomplete="off" maxlength="{}" aria-label="{}" aria-controls="{}"'
            ' placeholder="{}" hx-get="{}" hx-trigger="input changed delay:300ms, search"'
            ' hx-target="#{}" hx-swap="innerHTML" hx-vals="{}">',
            MAX_QUERY,
            picker.search_label or _("Suchen"),
            select_id,
            _("Namen eingeben, um weitere hinzuzufügen …"),
            self.url,
            select_id,
            json.dumps({"exclude": ",".join(str(o.pk) for o in chosen)}),
        )
        options = format_html_join(
            "", '<option value="{}">{}</option>', ((o.pk, picker.label(o)) for o in candidates)
        )
        return format_html(
            '<span class="picker picker-multi">{}{}<select name="{}" id="{}" multiple size="6"'
            ' aria-describedby="{}_hint">{}</select><small id="{}_hint">{}</small></span>',
            chosen_html,
            search,
            name,
            select_id,
            select_id,
            options,
            select_id,
            mark_safe(
                _("Höchstens %(n)s Treffer; zum Entfernen das Häkchen lösen.") % {"n": MATCHES}
            ),
        )


class PickedField(ModelChoicesField):
    """The picked rows; ids no database column holds are refused before any query."""


def use_pickers(form: forms.Form, network: Network | None, *, secretariat: bool) -> None:
    """Give the picked fields their scoped choices, a German refusal and the picker widget."""
    for field_name, kind in PICKED.items():
        old = form.fields.get(field_name)
        if old is None:
            continue
        if network is not None:
            queryset = pickable(network, field_name, secretariat=secretariat)
            url = reverse("network:network_picker", args=[network.pk, field_name])
        else:
            queryset = _people() if kind == "person" else Organisation.objects.all()
            url = reverse("portal:picker", args=[kind])
        field = form.fields[field_name] = PickedField(
            queryset=queryset, required=False, label=old.label, help_text=old.help_text
        )
        what = _("Diese Organisation") if kind == "organisation" else _("Diese Person")
        field.error_messages["invalid_choice"] = _(
            "%(what)s kann hier nicht gewählt werden (unbekannt oder nicht aus dem Netzwerk): "
            "%(value)s."
        ) % {"what": what, "value": "%(value)s"}
        field.error_messages["invalid_pk_value"] = _("„%(pk)s“ ist keine gültige Auswahl.")
        field.widget = MultiPickerSelect(kind, url)
        field.widget.choices = field.choices


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
    coordinators = ModelChoicesField(
        label=_("Koordination"), queryset=Person.objects.none(), required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        use_pickers(self, None, secretariat=True)


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
        if not secretariat:
            del self.fields["coordinators"]
            del self.fields["host"]
        use_pickers(self, self.instance, secretariat=secretariat)

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
