"""Pagination for result lists too long to count in full on every page."""

from functools import cached_property

from django.core.paginator import Paginator


def page_number(value, *, most: int) -> int:
    """The page asked for in the query string, 1 if unreadable, at most `most`.

    Bounded, so that a forged page number cannot overflow the SQL LIMIT.
    """
    try:
        return min(max(1, int(value)), most)
    except (TypeError, ValueError):
        return 1


class CappedPaginator(Paginator):
    """Counts the matches only up to `cap`, or through the page asked for if further.

    Counting a search over 50,000 decisions or 100,000 suppliers in full costs more than
    the page itself. Past the cap, `capped` is True and `count` is cap + 1; the page asked
    for and whether another follows are still exact.
    """

    def __init__(self, object_list, per_page, *, cap: int, number=None, most_pages=10**6):
        super().__init__(object_list, per_page)
        self.cap = max(cap, page_number(number, most=most_pages) * per_page)

    @cached_property
    def count(self) -> int:
        # Without the ordering, which would join and sort before the LIMIT.
        return self.object_list.order_by()[: self.cap + 1].count()

    @property
    def capped(self) -> bool:
        return self.count > self.cap


class CappedIdPaginator(CappedPaginator):
    """A CappedPaginator that reads the ids of the matches once; a page holds ids.

    For searches whose conditions are dear (full text): counting and paging would each
    repeat them. The view reads the page's rows by their ids, as plainly as it needs them.
    """

    @cached_property
    def ids(self) -> list[int]:
        return list(self.object_list.values_list("pk", flat=True)[: self.cap + 1])

    @cached_property
    def count(self) -> int:
        return len(self.ids)

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        return self._get_page(self.ids[bottom : bottom + self.per_page], number, self)
