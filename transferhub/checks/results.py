"""What an assessment says: traffic light per theme, urgent points, comparison, statistics."""

import html
import re
from dataclasses import dataclass, field

from django.db.models import Count
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy

from .models import WZ_SECTION_NAMES, Answer, Assessment, CheckPoint, Company, InstrumentVersion

# Groups smaller than this are never shown, so no single company can be recognised.
MIN_GROUP = 5
LIGHTS = ("red", "yellow", "green")
LIGHT_LABELS = {
    "red": gettext_lazy("rot"),
    "yellow": gettext_lazy("gelb"),
    "green": gettext_lazy("grün"),
    "na": gettext_lazy("nicht relevant"),
    "open": gettext_lazy("offen"),
}


def theme_light(values: list[str]) -> str:
    """Red if any point is red, yellow if any is yellow, green if every rated point is green."""
    rated = [v for v in values if v in LIGHTS]
    if "red" in rated:
        return "red"
    if "yellow" in rated:
        return "yellow"
    if rated:
        return "green"
    return "open"


@dataclass
class PointResult:
    point: CheckPoint
    value: str = ""
    note: str = ""

    @property
    def light(self) -> str:
        return self.value or "open"


@dataclass
class ThemeResult:
    theme: object
    points: list[PointResult] = field(default_factory=list)

    @property
    def light(self) -> str:
        return theme_light([p.value for p in self.points])

    @property
    def rated(self) -> int:
        return sum(1 for p in self.points if p.value)

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys((*LIGHTS, "na", "open"), 0)
        for p in self.points:
            counts[p.light] += 1
        return counts


def assessment_results(assessment: Assessment) -> list[ThemeResult]:
    """Themes with their points and answers, in order (three queries)."""
    answers = {a.check_point_id: a for a in assessment.answers.all()}
    themes = list(assessment.version.themes.prefetch_related("check_points"))
    results = []
    for theme in themes:
        result = ThemeResult(theme=theme)
        for point in theme.check_points.all():
            answer = answers.get(point.pk)
            result.points.append(
                PointResult(point, answer.value if answer else "", answer.note if answer else "")
            )
        results.append(result)
    return results


def urgent_first(results: list[ThemeResult]) -> list[PointResult]:
    """Points rated red, then yellow, each in the instrument's order."""
    order = {"red": 0, "yellow": 1}
    points = [p for r in results for p in r.points if p.value in order]
    return sorted(points, key=lambda p: order[p.value])


# --- Comparing with an earlier assessment -------------------------------------------------

SCORE = {"red": 0, "yellow": 1, "green": 2}


def previous_assessment(assessment: Assessment) -> Assessment | None:
    """The company's latest earlier assessment with the same instrument (any version)."""
    if assessment.company_id is None:
        return None
    return (
        Assessment.objects.filter(
            company_id=assessment.company_id,
            version__instrument_id=assessment.version.instrument_id,
            created__lt=assessment.created,
        )
        .select_related("version")
        .order_by("-created")
        .first()
    )


def comparison(before: Assessment, after: Assessment) -> dict:
    """Per theme the light counts then and now; check points that got better or worse.

    Themes and points are matched by their keys, so versions can be compared.
    """
    then = {r.theme.key: r for r in assessment_results(before)}
    now = assessment_results(after)
    rows, improved, worse = [], [], []
    for result in now:
        old = then.get(result.theme.key)
        rows.append(
            {
                "title": result.theme.local_title,
                "before": old.counts() if old else None,
                "after": result.counts(),
            }
        )
        old_points = {p.point.key: p for p in old.points} if old else {}
        for point in result.points:
            previous = old_points.get(point.point.key)
            if previous is None or previous.value not in SCORE or point.value not in SCORE:
                continue
            delta = SCORE[point.value] - SCORE[previous.value]
            if delta > 0:
                improved.append((point, previous.value))
            elif delta < 0:
                worse.append((point, previous.value))
    return {"rows": rows, "improved": improved, "worse": worse, "before": before}


# --- Statistics across assessments --------------------------------------------------------


def _shares(counter: dict[str, int]) -> dict:
    total = sum(counter.get(light, 0) for light in LIGHTS)
    return {
        "total": total,
        **{light: (100 * counter.get(light, 0) / total if total else 0) for light in LIGHTS},
        "counts": {light: counter.get(light, 0) for light in LIGHTS},
    }


def latest_assessment_ids(version: InstrumentVersion, companies=None) -> list[int]:
    """Each company's latest assessment of this version (so no company counts twice)."""
    rows = Assessment.objects.filter(version=version, company__isnull=False)
    if companies is not None:
        rows = rows.filter(company__in=companies)
    latest: dict[int, int] = {}
    for pk, company_id in rows.order_by("created").values_list("pk", "company_id"):
        latest[company_id] = pk
    return list(latest.values())


def statistics(version: InstrumentVersion, *, wz_section: str = "", size_class: str = "") -> dict:
    """Shares of red, yellow, green per theme and check point; per industry and size class.

    A group of fewer than MIN_GROUP companies is reported as suppressed, never shown.
    """
    companies = Company.objects.all()
    if wz_section:
        companies = companies.filter(wz_section=wz_section)
    if size_class:
        companies = companies.filter(size_class=size_class)
    ids = latest_assessment_ids(version, companies)
    answers = Answer.objects.filter(assessment_id__in=ids, value__in=LIGHTS)
    per_point: dict[int, dict[str, int]] = {}
    for point_id, value, n in answers.values_list("check_point_id", "value").annotate(
        n=Count("id")
    ):
        per_point.setdefault(point_id, {})[value] = n
    per_theme_raw: dict[int, dict[str, int]] = {}
    themes = list(version.themes.prefetch_related("check_points"))
    theme_rows = []
    for theme in themes:
        counter: dict[str, int] = {}
        points = []
        for point in theme.check_points.all():
            pc = per_point.get(point.pk, {})
            for light, n in pc.items():
                counter[light] = counter.get(light, 0) + n
            points.append({"point": point, **_shares(pc)})
        per_theme_raw[theme.pk] = counter
        theme_rows.append({"theme": theme, **_shares(counter), "points": points})

    # Breakdowns: the theme light per assessment, grouped by industry and by size class.
    all_ids = latest_assessment_ids(version)
    groups = _breakdown(version, all_ids, themes)
    return {
        "companies": len(ids),
        "suppressed": len(ids) < MIN_GROUP,
        "themes": theme_rows,
        "by_industry": groups["wz_section"],
        "by_size": groups["size_class"],
    }


def _breakdown(version, ids: list[int], themes) -> dict:
    """Theme lights per assessment, then shares per group; small groups suppressed."""
    values: dict[int, dict[int, list[str]]] = {}
    point_theme = {p.pk: t.pk for t in themes for p in t.check_points.all()}
    for assessment_id, point_id, value in Answer.objects.filter(assessment_id__in=ids).values_list(
        "assessment_id", "check_point_id", "value"
    ):
        values.setdefault(assessment_id, {}).setdefault(point_theme.get(point_id), []).append(value)
    company_of = dict(
        Assessment.objects.filter(pk__in=ids).values_list("pk", "company__wz_section")
    )
    size_of = dict(Assessment.objects.filter(pk__in=ids).values_list("pk", "company__size_class"))
    result = {}
    size_names = dict(Company.SizeClass.choices)
    for name, mapping, labels in (
        ("wz_section", company_of, WZ_SECTION_NAMES),
        ("size_class", size_of, size_names),
    ):
        members: dict[str, list[int]] = {}
        for assessment_id, group in mapping.items():
            members.setdefault(group, []).append(assessment_id)
        rows = []
        for group in sorted(members):
            assessments = members[group]
            label = (
                f"{group} – {labels.get(group, group)}"
                if name == "wz_section"
                else str(labels.get(group, group))
            )
            if len(assessments) < MIN_GROUP:
                rows.append({"label": label, "n": len(assessments), "suppressed": True})
                continue
            per_theme = []
            for theme in themes:
                counter: dict[str, int] = {}
                for a in assessments:
                    light = theme_light(values.get(a, {}).get(theme.pk, []))
                    if light in LIGHTS:
                        counter[light] = counter.get(light, 0) + 1
                per_theme.append({"theme": theme, **_shares(counter)})
            rows.append(
                {"label": label, "n": len(assessments), "suppressed": False, "themes": per_theme}
            )
        result[name] = rows
    return result


def survey_results(version: InstrumentVersion) -> dict:
    """Distribution of answers per question over submitted responses; hidden below MIN_GROUP."""
    submitted = Assessment.objects.filter(version=version, submitted_at__isnull=False)
    n = submitted.count()
    counts: dict[int, dict[str, int]] = {}
    for point_id, value, c in (
        Answer.objects.filter(assessment__in=submitted)
        .exclude(value="")
        .values_list("check_point_id", "value")
        .annotate(c=Count("id"))
    ):
        counts.setdefault(point_id, {})[value] = c
    scores = {o["value"]: o.get("score") for o in version.scale}
    themes = []
    scale_labels = version.scale_labels()
    for theme in version.themes.prefetch_related("check_points"):
        questions = []
        for point in theme.check_points.all():
            c = counts.get(point.pk, {})
            total = sum(c.values())
            options = [
                {
                    "value": o["value"],
                    "label": scale_labels[o["value"]],
                    "count": c.get(o["value"], 0),
                    "share": 100 * c.get(o["value"], 0) / total if total else 0,
                }
                for o in version.scale
            ]
            scored = [(scores[v], k) for v, k in c.items() if scores.get(v) is not None]
            weight = sum(k for _s, k in scored)
            mean = sum(s * k for s, k in scored) / weight if weight else None
            questions.append({"point": point, "total": total, "options": options, "mean": mean})
        themes.append({"theme": theme, "questions": questions})
    return {"responses": n, "suppressed": n < MIN_GROUP, "themes": themes}


# --- Glossary: explain a term where it appears -------------------------------------------


def glossary_pattern(terms) -> re.Pattern | None:
    words = sorted((t.local_term for t in terms), key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in words) + r")(?!\w)")


def glossify(text: str, terms, pattern: re.Pattern | None = None) -> tuple[SafeString, list]:
    """Escape text, mark glossary terms as <abbr title="explanation">; return the terms used."""
    pattern = pattern if pattern is not None else glossary_pattern(terms)
    escaped = html.escape(text)
    if pattern is None:
        return mark_safe(escaped), []
    by_term = {t.local_term: t for t in terms}
    used = []

    def mark(match: re.Match) -> str:
        term = by_term.get(html.unescape(match.group(1)))
        if term is None:
            return match.group(0)
        if term not in used:
            used.append(term)
        expansion, explanation = term.local_expansion, term.local_explanation
        title = f"{expansion}: {explanation}" if expansion else explanation
        return f'<abbr class="term" title="{html.escape(title)}">{match.group(1)}</abbr>'

    # Terms are matched on the escaped text; none of them contains markup characters.
    return mark_safe(pattern.sub(mark, escaped)), used


def paragraphs(text: SafeString) -> SafeString:
    parts = [p.strip() for p in str(text).split("\n\n") if p.strip()]
    return mark_safe("".join(f"<p>{p}</p>" for p in parts))


def light_label(value: str) -> str:
    return str(LIGHT_LABELS.get(value, value))
