"""`{% item_papers item as papers %}`: the papers an agenda item consults, in one query."""

from django import template

from ..related import papers_of_items

register = template.Library()


@register.simple_tag
def item_papers(item) -> list[dict]:
    return papers_of_items([item.pk]).get(item.pk, [])
