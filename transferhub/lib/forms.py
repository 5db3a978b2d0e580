from django import forms
from django.contrib.auth.models import User
from django.utils.translation import gettext_lazy as _

from transferhub.network.widgets import FastSelect

from .audit import KINDS
from .models import ActionLog


class ActorChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, user) -> str:
        person = getattr(user, "person", None)
        name = person.full_name if person is not None else user.get_full_name()
        return f"{name} ({user.username})" if name else user.username


class AuditFilterForm(forms.Form):
    """Filters of the audit log page: kind of object, person, date range."""

    kind = forms.ChoiceField(
        label=_("Art"),
        required=False,
        choices=[("", _("alle"))] + [(key, label) for key, (label, _p) in KINDS.items()],
    )
    actor = ActorChoiceField(
        label=_("Person"),
        required=False,
        empty_label=_("alle"),
        # Only those who appear in the trail; the select stays short.
        queryset=User.objects.filter(
            pk__in=ActionLog.objects.filter(actor__isnull=False).values("actor_id")
        )
        .select_related("person")
        .order_by("last_name", "first_name", "username"),
        widget=FastSelect,
    )
    start = forms.DateField(
        label=_("von"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(
        label=_("bis"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            self.add_error("end", _("Das Ende liegt vor dem Beginn."))
        return data
