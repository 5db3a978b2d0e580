"""The divisions (Abteilungen) of the WZ 2008, so industries are shown by name, not code."""

from django.utils.translation import gettext_lazy as _

from .models import WZ_PATTERN, WZ_SECTION_NAMES, WZ_SECTIONS, wz_section

WZ_DIVISIONS = {
    "01": _("Landwirtschaft, Jagd und damit verbundene Tätigkeiten"),
    "02": _("Forstwirtschaft und Holzeinschlag"),
    "03": _("Fischerei und Aquakultur"),
    "05": _("Kohlenbergbau"),
    "06": _("Gewinnung von Erdöl und Erdgas"),
    "07": _("Erzbergbau"),
    "08": _("Gewinnung von Steinen und Erden, sonstiger Bergbau"),
    "09": _("Dienstleistungen für den Bergbau und die Gewinnung von Steinen und Erden"),
    "10": _("Herstellung von Nahrungs- und Futtermitteln"),
    "11": _("Getränkeherstellung"),
    "12": _("Tabakverarbeitung"),
    "13": _("Herstellung von Textilien"),
    "14": _("Herstellung von Bekleidung"),
    "15": _("Herstellung von Leder, Lederwaren und Schuhen"),
    "16": _("Herstellung von Holz-, Flecht-, Korb- und Korkwaren (ohne Möbel)"),
    "17": _("Herstellung von Papier, Pappe und Waren daraus"),
    "18": _("Herstellung von Druckerzeugnissen; Vervielfältigung von Ton-, Bild- und Datenträgern"),
    "19": _("Kokerei und Mineralölverarbeitung"),
    "20": _("Herstellung von chemischen Erzeugnissen"),
    "21": _("Herstellung von pharmazeutischen Erzeugnissen"),
    "22": _("Herstellung von Gummi- und Kunststoffwaren"),
    "23": _("Herstellung von Glas und Glaswaren, Keramik, Verarbeitung von Steinen und Erden"),
    "24": _("Metallerzeugung und -bearbeitung"),
    "25": _("Herstellung von Metallerzeugnissen"),
    "26": _("Herstellung von Datenverarbeitungsgeräten, elektronischen und optischen Erzeugnissen"),
    "27": _("Herstellung von elektrischen Ausrüstungen"),
    "28": _("Maschinenbau"),
    "29": _("Herstellung von Kraftwagen und Kraftwagenteilen"),
    "30": _("Sonstiger Fahrzeugbau"),
    "31": _("Herstellung von Möbeln"),
    "32": _("Herstellung von sonstigen Waren"),
    "33": _("Reparatur und Installation von Maschinen und Ausrüstungen"),
    "35": _("Energieversorgung"),
    "36": _("Wasserversorgung"),
    "37": _("Abwasserentsorgung"),
    "38": _("Sammlung, Behandlung und Beseitigung von Abfällen; Rückgewinnung"),
    "39": _("Beseitigung von Umweltverschmutzungen und sonstige Entsorgung"),
    "41": _("Hochbau"),
    "42": _("Tiefbau"),
    "43": _("Vorbereitende Baustellenarbeiten, Bauinstallation und sonstiges Ausbaugewerbe"),
    "45": _("Handel mit Kraftfahrzeugen; Instandhaltung und Reparatur von Kraftfahrzeugen"),
    "46": _("Großhandel (ohne Handel mit Kraftfahrzeugen)"),
    "47": _("Einzelhandel (ohne Handel mit Kraftfahrzeugen)"),
    "49": _("Landverkehr und Transport in Rohrfernleitungen"),
    "50": _("Schifffahrt"),
    "51": _("Luftfahrt"),
    "52": _("Lagerei sowie Dienstleistungen für den Verkehr"),
    "53": _("Post-, Kurier- und Expressdienste"),
    "55": _("Beherbergung"),
    "56": _("Gastronomie"),
    "58": _("Verlagswesen"),
    "59": _("Film, Fernsehen, Kinos, Tonstudios und Verlegen von Musik"),
    "60": _("Rundfunkveranstalter"),
    "61": _("Telekommunikation"),
    "62": _("Dienstleistungen der Informationstechnologie"),
    "63": _("Informationsdienstleistungen"),
    "64": _("Finanzdienstleistungen"),
    "65": _("Versicherungen, Rückversicherungen und Pensionskassen"),
    "66": _("Mit Finanz- und Versicherungsdienstleistungen verbundene Tätigkeiten"),
    "68": _("Grundstücks- und Wohnungswesen"),
    "69": _("Rechts- und Steuerberatung, Wirtschaftsprüfung"),
    "70": _("Verwaltung und Führung von Unternehmen; Unternehmensberatung"),
    "71": _("Architektur- und Ingenieurbüros; technische Untersuchung"),
    "72": _("Forschung und Entwicklung"),
    "73": _("Werbung und Marktforschung"),
    "74": _("Sonstige freiberufliche, wissenschaftliche und technische Tätigkeiten"),
    "75": _("Veterinärwesen"),
    "77": _("Vermietung von beweglichen Sachen"),
    "78": _("Vermittlung und Überlassung von Arbeitskräften"),
    "79": _("Reisebüros und Reiseveranstalter"),
    "80": _("Wach- und Sicherheitsdienste sowie Detekteien"),
    "81": _("Gebäudebetreuung; Garten- und Landschaftsbau"),
    "82": _("Wirtschaftliche Dienstleistungen für Unternehmen und Privatpersonen"),
    "84": _("Öffentliche Verwaltung, Verteidigung; Sozialversicherung"),
    "85": _("Erziehung und Unterricht"),
    "86": _("Gesundheitswesen"),
    "87": _("Heime (ohne Erholungs- und Ferienheime)"),
    "88": _("Sozialwesen (ohne Heime)"),
    "90": _("Kreative, künstlerische und unterhaltende Tätigkeiten"),
    "91": _("Bibliotheken, Archive, Museen, botanische und zoologische Gärten"),
    "92": _("Spiel-, Wett- und Lotteriewesen"),
    "93": _("Dienstleistungen des Sports, der Unterhaltung und der Erholung"),
    "94": _("Interessenvertretungen sowie kirchliche und sonstige religiöse Vereinigungen"),
    "95": _("Reparatur von Datenverarbeitungsgeräten und Gebrauchsgütern"),
    "96": _("Sonstige überwiegend persönliche Dienstleistungen"),
    "97": _("Private Haushalte mit Hauspersonal"),
    "98": _(
        "Herstellung von Waren und Dienstleistungen durch private Haushalte für den Eigenbedarf"
    ),
    "99": _("Exterritoriale Organisationen und Körperschaften"),
}


def wz_name(code: str) -> str:
    """The division's name for a code ("25.11" → "Herstellung von Metallerzeugnissen")."""
    if not WZ_PATTERN.match(code or ""):
        return ""
    name = WZ_DIVISIONS.get(code[:2]) or WZ_SECTION_NAMES.get(wz_section(code), "")
    return str(name)


def wz_label(code: str) -> str:
    """Name and code, the name first: "Herstellung von Metallerzeugnissen (WZ 25.11)"."""
    name = wz_name(code)
    return f"{name} (WZ {code})" if name else code


def industry_choices() -> list:
    """Sections as groups of their divisions, for a select; values are what search accepts."""
    groups = [("", _("alle Branchen"))]
    for letter, low, high, section in WZ_SECTIONS:
        options = [(letter, _("%(s)s – alle") % {"s": section})]
        options += [
            (f"{n:02d}", f"{n:02d} {WZ_DIVISIONS[f'{n:02d}']}")
            for n in range(low, high + 1)
            if f"{n:02d}" in WZ_DIVISIONS
        ]
        groups.append((f"{letter} {section}", options))
    return groups
