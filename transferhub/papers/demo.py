"""The demo's papers: placeholder until the seed's instruments are written below."""


def demo_papers(ctx: dict | None = None) -> None:
    pass


def demo_reset() -> None:
    from .models import Paper

    Paper.objects.all().delete()
