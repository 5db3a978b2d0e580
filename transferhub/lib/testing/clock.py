"""A clock that stands still until a test moves it (the rate limits' clock in the tests)."""

from __future__ import annotations

import datetime as dt


class HeldClock:
    """Called, gives the same aware moment every time; advance() moves it on."""

    def __init__(self, at: dt.datetime):
        self.at = at

    def __call__(self) -> dt.datetime:
        return self.at

    def advance(self, seconds: float) -> None:
        self.at += dt.timedelta(seconds=seconds)


def next_full_hour(now: dt.datetime | None = None) -> dt.datetime:
    """The start of the next full hour, UTC: a window of a minute, a quarter of an hour or an
    hour begins there, and ends in the future however long a test runs before it."""
    now = now or dt.datetime.now(dt.UTC)
    return now.astimezone(dt.UTC).replace(minute=0, second=0, microsecond=0) + dt.timedelta(hours=1)
