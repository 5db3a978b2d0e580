"""The words that mark the parts of minutes, German and English, in one table.

Every marker the reader looks for is listed here once, as a regular-expression fragment
(so "Protokollant(?:in)?" covers both forms). The patterns of parse.py, content.py and the
small extractors are built from these lists with `alt()`; a word a group uses that the
reader misses is added here, not to a pattern elsewhere.
"""

from __future__ import annotations

from .alternation import lead

# Gendered German forms: "Protokollant", "Protokollantin", "Protokollant*in", "Protokollant/in".
_IN = (
    r"(?:in(?:nen)?|\*in(?:nen)?|/in(?:nen)?|:in(?:nen)?|_in(?:nen)?|\.in(?:nen)?|\(in\)|"
    r"\(innen\))?"
)

# "Termin", "Sitzungstermin": a date of the meeting; "der nächste Wahltermin" is an election's.
_OWN_TERMIN = (
    r"(?<![\w-])(?:[\w-]*(?:[Ss]itzungs|[Tt]reffens|[Bb]esprechungs|[Pp]lenums))?[Tt]ermin"
)
# The German nouns of a next meeting after "nächste" ("Sitzung", "Freifunk-Treffen", "Termin"),
# and the English ones German teams write ("Nächstes Meeting"): heading and sentence alike.
_MEETING_NOUN_DE = (
    r"(?:[\w-]*(?:Sitzung|Treffen|Besprechung|Plenum|Versammlung|sitzung|treffen|versammlung|"
    # "Projektmeeting", "Team-Meeting": a German compound on the English noun.
    r"Treff\b|[\w-]+meeting\b)|" + _OWN_TERMIN + ")"
)
_MEETING_NOUN_EN_IN_DE = r"\s+(?:Team-?)?(?:Meeting|Call|Telko)\b"

VOCABULARY: dict[str, tuple[str, ...]] = {
    # A heading or label that opens the agenda (Tagesordnung).
    # "Traktanden": the Swiss word.
    "agenda": (r"Tagesordnung", r"Agenda", r"TO", r"Themen", r"Topics", r"Traktanden(?:liste)?"),
    # The word before an item's number ("TOP 3", "Item 3").
    "item": (
        r"TOP",
        r"Top",
        r"TO-Punkt",
        r"Tagesordnungspunkt",
        r"Punkt",
        r"Item",
        r"Agenda\s+Item",
        # "## zu 1.", "Zu TOP 3": the minutes of an item, by its number in the agenda.
        r"[Zz]u(?:\s+(?:TOP|Top|Punkt|Tagesordnungspunkt))?",
    ),
    # A label in front of a decision ("Beschluss: …", "Resolution: …").
    "decision_label": (
        r"Beschl(?:uss|üsse|ossen)",
        r"Beschlussfassung",
        r"Vereinbarung(?:en)?",
        r"Vereinbart",
        r"Festlegung(?:en)?",
        r"Entscheidung(?:en)?",
        r"Decisions?",
        r"Resolutions?",
        r"RESOLVED",
        r"Resolved",
        r"Agreed",
        r"Agreements?",
        r"Decided",
        # "Conclusion: we will, for now, provide full access …", "#### Conclusions:" over the
        # outcome, the Discussion / Conclusions / Action items rows of Word's minutes template.
        r"Conclusions?",
    ),
    # The verb of a decision sentence ("Der Vorstand beschließt …").
    "decision_verb": (
        r"vereinbart",
        r"vereinbaren",
        r"beschließt",
        r"beschliesst",
        r"beschließen",
        r"verständigt sich",
        r"verständigen sich",
        r"einigt sich",
        r"einigen sich",
        r"stimmt",
        r"stimmen",
        r"lehnt",
        r"lehnen",
    ),
    # A passive decision in running text ("Es wird beschlossen, …", "The motion carried").
    "decision_passive": (
        # "Es wird mit 5/0/1 beschlossen, …": a count may stand between.
        # "Außerdem wird die Anschaffung eines neuen Beamers beschlossen": the subject between.
        r"(?:wird|werden|wurde|wurden)\s+(?:[\w/:.()-]+\s+){0,6}beschlossen",
        # "wurde per Abstimmung mit 5 zu 1 Stimmen eine Frist von 2 Tagen angenommen"
        # "wird von der Versammlung mit 17 Ja-Stimmen, 0 Nein-Stimmen und 1 Enthaltung angenommen"
        r"(?:wird|werden|wurde|wurden)\s+(?:[\w./:()-]+,?\s+){0,24}(?:einstimmig\s+|mehrheitlich\s+)?"
        # Elections too: "X wird einstimmig zum Kassier gewählt".
        # "Der Tagesordnung wurde von allen Anwesenden zugestimmt", "… wurde abgelehnt".
        # "Der Vorstand wird einstimmig entlastet", "What's inside wird als Spielidee
        # ausgewählt", "Der Antrag wird verworfen".
        r"(?:angenommen|abgenommen|genehmigt|bestätigt|(?:wieder)?gewählt|zugestimmt|abgelehnt|"
        r"entsprochen|stattgegeben|entlastet|ausgewählt|verworfen)"
        r"(?!,?\s+(?:dass|daß)\b)",
        # The perfect: "Der Vorstand ist mit 6 von 8 Stimmen gewählt worden".
        r"(?:ist|sind)(?=[^.!?]*\sworden\b)\s+(?:[\w.-]+,?\s+){0,18}(?:angenommen|genehmigt|"
        r"gewählt|beschlossen|abgelehnt)\s+worden",
        # "Die Versammlung wählt X mit 17 Ja-Stimmen … zum neuen Präsidenten."
        r"(?:wählt|wählen)\s+(?:[\w-]+,?\s+){1,14}zu[mr]\s+",
        # "Die Vereinsversammlung nimmt mit 15 Ja-Stimmen, … an", "nimmt den Budgetplan … an".
        # Only a body takes a motion: "krobin nimmt sich dem Thema an" takes on a task.
        r"\w*(?:versammlung|vorstand|mitglieder\w*|plenum|gremium|rat|kommission|ausschuss)"
        r"\s+(?:nimmt|nehmen)\s+(?:[\w.-]+,?\s+){0,14}?an\b(?=\s*[,.;]|\s*$)",
        r"einstimmig\s+(?:angenommen|beschlossen|zugestimmt)",
        # "Die Mehrheit der Abstimmenden war dafür, dass …", "The majority voted in favour".
        r"Mehrheit\s+(?:[\w-]+\s+){0,3}(?:war|ist|stimmte|stimmt|sprach\s+sich|spricht\s+sich)\s+"
        r"(?:dafür|für|dagegen|gegen)",
        r"majority\s+(?:[\w-]+\s+){0,3}(?:voted|was|were)\s+(?:in\s+favou?r|for|against)",
        r"(?:motion|proposal|resolution)\s+(?:was\s+)?(?:carried|passed|adopted|approved)",
        r"(?:approved|passed|carried|adopted)\s+unanimously",
        # "Mrs Margaret Mansell was duly co-opted", "X was elected as treasurer".
        r"(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:re-?)?(?:elected|co-opted|appointed)\b",
        r"unanimously\s+(?:approved|passed|carried|adopted|agreed|resolved|elected|re-elected|"
        r"appointed)",
        # "it was resolved unanimously "That the Minutes … be approved."", "RESOLVED to accept".
        r"(?:it\s+was\s+)?(?:unanimously\s+)?resolved\s+(?:unanimously\s+|nem\.?\s*con\.?\s+)?"
        r"(?:[\"'“‘”’]\s*)*(?:that|to)\b",
        r"(?:the\s+)?(?:board|committee|council|members?|group|TSC|meeting)\s+"
        r"(?:voted|agreed|resolved|decided)\s+to",
    ),
    # A rejected motion ("abgelehnt", "motion failed").
    "rejected": (
        r"\babgelehnt\b",
        r"\bverworfen\b",
        r"keine Stimmen?,? die dafür",
        r"keine Mehrheit",
        r"keine Zustimmung",
        r"\blehnt\b.*\bab\b",
        r"nicht angenommen",
        r"\b(?:motion|proposal)\s+(?:was\s+)?(?:failed|rejected|defeated|declined)\b",
        r"\bnot\s+(?:carried|passed|approved|adopted)\b",
    ),
    # A postponed item or decision ("vertagt", "deferred").
    "postponed": (
        r"\bvertagt\b",
        r"\bverschoben\b",
        r"\bVertagung\b",
        r"\bpostponed\b",
        r"\bdeferred\b",
        r"\btabled\b",
    ),
    # The label of a vote ("Abstimmung: 5/0/1").
    "vote_label": (
        r"Abstimmung",
        r"Abstimmungsergebnis",
        r"Ergebnis der Abstimmung",
        r"Votum",
        r"Vote",
        r"Votes",
        r"Voting",
    ),
    # Vote counts: "7 dafür, 0 dagegen, 1 Enthaltung", "Ja: 7, Nein: 0", "5 for, 2 against".
    "vote_yes": (
        r"Ja",
        r"Ja[-\s]?Stimmen?",
        r"dafür",
        r"Zustimmung(?:en)?",
        r"Pro",
        r"for",
        r"yes",
        r"ayes?",
        r"yeas?",
        r"in\s+favou?r",
    ),
    "vote_no": (
        r"Nein",
        r"Nein[-\s]?Stimmen?",
        r"dagegen",
        r"Gegenstimmen?",
        r"Contra",
        r"against",
        r"no",
        r"nays?",
        r"opposed",
    ),
    "vote_abstain": (
        r"Enthaltung(?:en)?",
        r"Enth\.",
        r"enthalten",
        r"abstain(?:ed|s)?",
        r"abstentions?",
    ),
    "unanimous": (r"einstimmig", r"unanimous(?:ly)?", r"ohne Gegenstimmen?"),
    # A label or heading of tasks ("ToDo:", "AP:", "Action items").
    # Written with or without a colon ("TODO Anna: …", "ToDo: …").
    "task_todo": (r"to[\s-]?do'?s?", r"todos?"),
    # Followed by a colon ("AP: …", "Aufgabe: …", "Action items:").
    "task_label": (
        r"AP",
        # "AR: Vin to set up the list" (action required), as working groups mark an action.
        r"AR",
        r"Aufgaben?",
        r"Arbeitsauftr(?:ag|äge)",
        r"Arbeitspakete?",
        r"Maßnahmen?",
        r"Offene\s+(?:Punkte|Aufgaben)",
        # "Aufgabenverteilung:" over who does what, "Open Items:" closing English notes.
        r"Aufgaben-?verteilung",  # "Aufgaben-Verteilung" as a hyphenated compound
        # "Aufteilung für nächste Woche:" over "Felix: Timer verbessern": who takes what.
        r"(?:Arbeits|Aufgaben)?-?[Aa]ufteilung",
        r"Open\s+Items",
        r"Action\s+Items?",
        r"Action\s+Lists?",
        r"Aufgabenliste",
        r"To-?Do-?Liste",
        r"Action\s+points?",
        r"Actions?",
        r"Nächste\s+Schritte",
        r"Next\s+Steps",
        r"Tasks?",
        r"Follow[\s-]?ups?",
    ),
    # The one table of offices someone holds, German and English, each with its inflections
    # ("Kassenwart", "Kassenwartin", "Kassenwarts"; "Chairman", "Chairperson"), in four parts
    # (OFFICES below; alt(*OFFICES) is every office). The patterns that know an office are
    # built from it: an entry "Jane Doe, Treasurer" (people.OFFICE_RE),
    # the roles of a signature block (people), an office word in a list of names (parse), a
    # title before a speaker (names), an officer who takes an errand on (tasks).
    "office": (
        r"President",
        r"Treasurer",
        r"Chair(?:man|person|woman)?",
        r"Director",
        r"Trustee",
        r"Councillor",
        r"Webmaster",
        r"Vorsitz\w*",
        r"Kassenwart\w*",
        r"Kassier\w*",
        r"Schatzmeister\w*",
    ),
    # The offices of the table that are a seat on a board with no task of its own: a deputy,
    # an assessor. Patterns that take an office for a person's (people, parse, names) say
    # alt("office", "seat_office"); tasks.py leaves them out, an errand is not given to them by
    # their title ("Der Beisitzer wird vorgeschlagen" elects one).
    "seat_office": (r"Beisitz\w*", r"Stellvertret\w*"),
    # The offices of the table that are a company's posts: a company's minutes list those
    # present by them alone ("IT Manager", "Security Officer"), so people.OFFICE_RE, which
    # takes an office after a name for that person's, leaves them out.
    "staff_office": (r"Manager", r"Officer"),
    # The offices of the table that keep the minutes: people.OFFICER_RE leaves them out ("Chair: Elise" over
    # "Secretary: Joe" is who chairs and who writes, not a list of officers elected).
    "minutes_office": (r"Secretary", r"Clerk", r"Schriftführ\w*"),
    # An office named with the place or rank it serves ("Parish Clerk", "Vice-Chair"), as an
    # officer who carries out an errand is called ("Parish Clerk to write to the council").
    "officer": (
        r"(?:Parish|Town)\s+Clerk",
        r"Vice[\s-]Chair(?:man|person|woman)?",
        r"Vice[\s-]President",
    ),
    # The head of a table's column of what was decided ("| Thema | Beschluss | Wer |"): such a
    # table records decisions (decisions.table_decisions), not tasks (tasks.COL_DECISION).
    "decision_column": (
        r"decisions?",
        r"beschl(?:uss|üsse)",
        r"entscheidung(?:en)?",
        r"resolutions?",
    ),
    # Heads of a decision log's column that name agreements ("| Decision / Agreement |",
    # "Vereinbarung", "Festlegung"): decisions read them; tasks.COL_DECISION does not (yet).
    "agreement_column": (r"agreements?", r"vereinbarung(?:en)?", r"festlegung(?:en)?"),
    # The label of a task's owner ("Verantwortlich: Anna").
    "owner_label": (
        r"Verantwortlich(?:e[rn]?)?",
        r"Zuständig(?:keit)?",
        r"Wer",
        r"Owner",
        r"Responsible",
        r"Assigned\s+to",
        r"Assignee",
        r"Who",
    ),
    # Words in front of a due date ("bis 15.10.", "by Friday", "Frist: …").
    "due": (
        r"bis\s+(?:zum\s+|zur\s+|spätestens\s+(?:zum\s+|am\s+)?)?",
        r"spätestens\s+(?:zum\s+|am\s+|bis\s+)?",
        r"Frist\s*:?\s*",
        r"Termin\s*:?\s*",
        r"fällig(?:\s+am)?\s*:?\s*",
        r"Deadline\s*:?\s*",
        r"due(?:\s+(?:by|on|date))?\s*:?\s*",
        r"by\s+",
        r"until\s+",
        r"before\s+",
    ),
    # Labels of the start of the meeting ("Beginn: 19:30 Uhr").
    "start_label": (
        r"Beginn",
        r"Begin",
        r"Sitzungsbeginn",
        r"Beginn der (?:Sitzung|Versammlung|Besprechung)",
        r"Eröffnung",
        # "Sitzungseröffnung: 19:05 Uhr", "Eröffnung der Sitzung um 19:05 Uhr", "Anfang: 19 Uhr",
        # "Opening of the meeting at 19:00", "Meeting start: 17:00 UTC".
        r"(?:Sitzungs|Versammlungs)eröffnung",
        r"Eröffnung der (?:Sitzung|Versammlung|Besprechung)",
        r"Anfang",
        r"Opening\s+of\s+(?:the\s+)?meeting",
        r"Meeting\s+start",
        # "Startzeit: 16:04" / "Endzeit: 17:01" (German student councils), "Beginnzeit: 17:00";
        # the time it actually began after the planned one ("Tatsächliche Beginnzeit: 17:05",
        # "Actual start: 19:10").
        r"Start(?:zeit|\s+Time)?",
        r"(?:Tatsächliche[rs]?\s+)?Beginn(?:zeit)?",
        r"Actual\s+start(?:\s+time)?",
        # "Start of meeting: 19:05", as "Close of meeting: 9.05pm" ends one.
        r"Start\s+of\s+(?:the\s+)?meeting",
        r"(?:Meeting\s+)?(?:Opened|Started)",
        r"Called\s+to\s+order",
        # "CALL TO ORDER / ROLL CALL: 4:35 P.M." (American commissions)
        r"Call\s+to\s+order(?:\s*/\s*Roll\s+Call)?",
        r"Roll\s+Call",
        r"Time",
    ),
    # The start of the meeting in running text ("Die Sitzung beginnt um 19:35").
    "start_sentence": (
        r"(?:Sitzung|Versammlung|Besprechung|Treffen|Meeting)\s+(?:beginnt|begann|startet|"
        r"startete|wird\s+(?:um\s+[^.\n]{0,12}\s+)?eröffnet|wurde\s+(?:um\s+[^.\n]{0,12}\s+)?eröffnet)",
        r"eröffnet\s+(?:die\s+(?:Sitzung|Versammlung)|um)",
        r"Beginn(?:\s+der\s+(?:Sitzung|Versammlung))?\s+(?:um|ist|war)",
        r"called\s+(?:the\s+(?:meeting|session)\s+)?to\s+order",
        r"versammel(?:te|ten|t|n)\s+sich",
        r"(?:meeting|session)\s+(?:was\s+)?(?:opened|started|began|begins|commenced)",
        # "The chair opened the meeting at 7:05 pm", as "closed the meeting at" ends one.
        r"(?:opened|started|began|commenced)\s+the\s+(?:meeting|session)",
        # "The meeting took place virtually, via UberConference, at 6:00pm …", "The Council held
        # its meeting at 7.30pm", "The meeting was held at 7 pm in the Hall".
        r"(?:meeting|session)\s+took\s+place",
        r"held\s+(?:its|their|the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:meeting|session)",
        r"(?:meeting|session)\s+was\s+held",
        # "Es wurde gestartet um 21:10 Uhr" (planned for 20:00)
        r"(?:wurde|wird)\s+(?:gestartet|begonnen)",
    ),
    # Labels of the end ("Ende: 21:15", "Ende der Sitzung: 21:15").
    "end_label": (
        r"Ende",
        r"Sitzungsende",
        r"Schluss",
        r"Ende der (?:Sitzung|Versammlung|Besprechung)",
        r"Ende des (?:Treffens|Plenums|Meetings)",
        r"End(?:zeit|\s+Time)?",
        r"(?:Meeting\s+)?(?:Closed|Adjourned|Ended)",
        # "## 9 Meeting close" over "3:05pm", "Close of meeting: 9.05pm".
        r"Meeting\s+close",
        r"Meeting\s+end",
        r"Close\s+of\s+(?:the\s+)?meeting",
        # "Meeting Adjournment: Motion by … at 8:31PM", "ADJOURN – Motion to adjourn … at 20:18"
        # (agenda headings of clubs and councils), "Finish: 7:31 p.m."
        r"(?:Meeting\s+)?Adjourn(?:ment)?",
        r"Finish(?:ed)?",
    ),
    # The end in running text ("Die Sitzung endet um 21 Uhr", "adjourned at 9:04 pm").
    "end_sentence": (
        r"adjourned",
        r"(?:meeting|session)\s+(?:was\s+)?(?:declared\s+)?(?:closed|ended|ends)",
        # "The Chairman declared the meeting closed at 9.15pm", "closed the meeting at 21:40".
        r"declared\s+(?:the\s+)?(?:meeting\s+)?closed",
        r"closed\s+the\s+meeting",
        # "The meeting concluded at 8:55 pm", "Meeting finished at 8:55pm", "brought to a close
        # at …", "Motion to adjourn at 9:02 pm by …", "Die Sitzung schließt um 21:40 Uhr".
        r"(?:meeting|session)\s+(?:was\s+)?(?:concluded|finished)",
        r"brought\s+to\s+a\s+close",
        r"(?:motion|moved)\s+to\s+adjourn",
        r"(?:Sitzung|Versammlung|Besprechung|Treffen)\s+schlie(?:ß|ss)t",
        r"endet",
        r"endete",
        r"geschlossen",
        # "Herr Löffler schloss um 13:24 Uhr die Gründungsversammlung" ("beschloss" is no end).
        r"schlo(?:ss|ß)",
        # "Der Vorsitzende schließt die Mitgliederversammlung um 20:50 Uhr", "schliesst die GV
        # um 15:24": someone closes the meeting, the time after it ("beschließt" is no end).
        r"schlie(?:ß|ss)t\s+(?:die|das|den)\s+(?:[\w-]+\s+)?(?:[\w-]*(?:[Ss]itzung|[Vv]ersammlung|"
        r"[Bb]esprechung|[Tt]reffen|[Pp]lenum)|J?HV|MV|GV|Veranstaltung)",
        # "beendete die Versammlung um 18.15 Uhr": the verb in the past as in the present.
        r"beendet(?:e|en)?",
        r"Schluss\s+der\s+(?:Sitzung|Versammlung)",
        r"Ende\s+der\s+(?:Sitzung|Versammlung)",
    ),
    # The note-taker's label ("Protokoll: Anna Beispiel", "Minutes taken by …").
    "note_taker_label": (
        r"Protokoll",
        r"Protokollführung",
        rf"Protokollführer{_IN}",
        rf"Protokollant{_IN}",
        # "Schriftführer/in", "Schriftführer*in", "Schriftführer(in)" as "Protokollführer/in".
        rf"Schriftführ\w*{_IN}",
        r"Für das Protokoll",
        # "Protokoll geführt von", "Protokoll verfasst durch", "Protokollführung durch",
        # "Protokoll geführt: …": who wrote it, named by the agent's preposition or the colon.
        r"Protokoll(?:führung)?\s+(?:(?:erstellt|geschrieben|geführt|verfasst|aufgenommen)\s+)?"
        r"(?:von|durch)",
        r"Protokoll\s+(?:erstellt|geschrieben|geführt|verfasst)",
        r"Protokolliert\s+(?:von|durch)",
        r"Protokollierende[rs]?",
        # "Protokollschreiber: …"; the Swiss "Aktuar(in)" is the association's Schriftführer
        # (openHSR, BierGit, GLP Bern).
        rf"Protokollschreiber{_IN}",
        rf"Aktuar{_IN}",
    ),
    "note_taker_label_en": (
        # "Meeting secretary: …", "Secretary of the meeting: …" (CPAN security group, EEF),
        # "Recording Secretary: …" (library boards, councils).
        r"(?:Rotating\s+|Meeting\s+|Recording\s+)?Secretary(?:\s+of\s+the\s+meeting)?",
        # "Minute taker(s)", "Minutes taker", "Note taker(s)", "Scribe(s)".
        r"Minutes?[- ]?takers?(?:\(s\))?",
        r"Note[- ]?takers?(?:\(s\))?",
        r"Scribe(?:s|\(s\))?",
        r"Taking\s+(?:the\s+)?(?:minutes|notes)",
        r"Recorder",
        # "Protocol: Anna": German teams writing English say "protocol" for the minutes.
        r"Protocol",
    ),
    # A mark beside a name in a list of those present ("Anna (Protokoll)").
    "note_taker_mark": (
        r"Protokoll",
        r"Protokollführung",
        r"Minuting",
        r"Note[- ]?taking",
        r"Notes",
        r"Protokollant(?:in)?",
        r"Protokollführ\w*",
        r"Schriftführ\w*",
        r"note[- ]?taker",
        r"minutes",
        r"minute[- ]?taker",
        r"scribe",
        # "Andrew Mee AM (taking minutes)", "(writing minutes)", "(schreibt Protokoll)".
        r"(?:taking|writing|recording)\s+(?:the\s+)?(?:minutes|notes)",
        r"schreibt\s+(?:das\s+)?Protokoll",
    ),
    # The next meeting ("Nächste Sitzung: …").
    # "Nächste Sitzung", "nächstes Freifunk-Treffen", "Next committee meeting".
    "next_meeting": (
        # "Nächster Treff": the colloquial word of student groups and hackerspaces.
        # "Termin der nächsten Sitzung", "Date and Time of Next Meeting" as an item's title.
        r"(?:(?:Termin|Datum|Ort\s+und\s+Zeit)\s+(?:der|des)\s+)?(?:Nächste[nrs]?|Kommende[nrs]?)\s+"
        r"(?:[\w-]+\s+)?" + _MEETING_NOUN_DE,
        # "### Nächstes Meeting": German teams use the English word (Meldezettel, HTW Dresden).
        r"(?:Nächste[nrs]?|Kommende[nrs]?)" + _MEETING_NOUN_EN_IN_DE,
        r"Nächstes\s+Mal",
        r"(?:Date\s+(?:and\s+(?:Time|Venue)\s+)?of\s+(?:the\s+)?)?Next\s+(?:[\w-]+\s+)?"
        # "The next telcon will be November 8th" (standards groups: W3C, WG21, IACT DL3).
        # "Next meetings: 9 April, 7 May": the plural lists them, the first is the next.
        r"(?:Meeting|Session|Call|Tele?con(?:ference)?)s?",
        # "Dates of Meetings for 2005", "Future meetings", "Termine der nächsten Sitzungen".
        r"Dates?\s+of\s+(?:(?:future|next|forthcoming|upcoming)\s+)?Meetings",
        r"(?:Future|Forthcoming|Upcoming)\s+Meetings",
        # "Future meeting dates: April 9, May 14" (not "Folgetermin": a follow-up with others).
        r"(?:Future|Forthcoming|Upcoming)\s+meeting\s+dates",
        r"(?:Sitzungstermine|Termine\s+der\s+(?:nächsten|kommenden)\s+Sitzungen)",
    ),
    "next_meeting_sentence": (
        # Not "übernächste Sitzung": the one after next, whose date is no next meeting.
        r"(?<![\w-])(?:nächste[nrs]?|kommende[nrs]?)\s+(?:[\w-]+\s+)?" + _MEETING_NOUN_DE,
        r"(?<![\w-])(?:nächste[nrs]?|kommende[nrs]?)" + _MEETING_NOUN_EN_IN_DE,
        r"next\s+(?:[\w-]+\s+)?(?:meeting|session|call|tele?con(?:ference)?)\b",
        # "The Board will next meet on April 9".
        r"next\s+meets?\b",
    ),
    # "The group meets again on 9 April", "Wir treffen uns wieder am 09.04.", "Der Vorstand
    # trifft sich erneut am …": a verb of meeting again (a pattern of its own, looked for only
    # where "again", "wieder" or "erneut" stands).
    "meet_again_sentence": (
        r"meets?\s+again\b",
        r"(?:treffen|trifft|tagt|tagen)\s+(?:(?:uns|sich)\s+)?(?:wieder|erneut)\b",
        # "Wir treffen uns nächste Woche wieder", "sehen uns am 9. April wieder": the time
        # between the verb and "wieder".
        r"(?:treffen|trifft|sehen)\s+(?:uns|sich)\s+(?:[\w.,]+\s+){1,4}?(?:wieder|erneut)\b",
        # "Das nächste Mal treffen wir uns am …", "Wir treffen uns das nächste Mal am …".
        r"(?:das\s+)?nächste\s+Mal\s+(?:treffen|sehen|tagen|trifft|tagt)\b",
        r"(?:treffen|sehen|tagen)\s+(?:uns|wir|sich)\s+(?:(?:uns|wieder)\s+)?(?:das\s+)?nächste\s+Mal\b",
    ),
    # Attendance (Anwesenheit): one table for the labels, column heads, table cells, counts and
    # notes that say who was there and who was not, German and English.
    # Those there, as a noun: a table's column of names ("| Teilnehmer | Funktion |"), a
    # name column beside a presence column ("| Attendee | Present |").
    "attendee": (
        rf"Teilnehmer{_IN}",
        r"Teilnehmende",
        r"Anwesende",
        r"Attendees?",
        r"Participants?",
        r"Those\s+present",
    ),
    # Being there, after a label, a count or a name ("Members present:", "12 anwesend",
    # "were in attendance", "Anna – present").
    "present": (r"present", r"anwesend", r"in\s+attendance"),
    # A column head that says who was there ("| Name | Anwesend |", "| Member | Attended? |").
    "presence_head": (
        r"anwesenheit",
        r"attended",
        r"attendance",
        r"attending",
        r"teilnahme",
        r"teilgenommen",
        r"here",
        r"da",
        r"präsenz",
    ),
    # Not being there: a label ("Entschuldigt:", "Apologies:"), a heading, a table's cell or a
    # note on a name ("Anna (entschuldigt)").
    # The people a count of those there counts ("12 Mitglieder", "9 attendees", "13 people in
    # total", "zwölf Vorstandsmitglieder").
    "people_noun": (
        r"[\wäöü]*mitglied\w*",
        r"Personen",
        r"Teilnehm\w*",
        r"Anwesende\w*",
        r"members?",
        r"people",
        r"persons?",
        r"attendees?",
        r"participants?",
        r"directors?",
        r"councillors?",
        r"trustees?",
    ),
    # Those there beside the members, counted apart on a line of their own ("3 Gäste",
    # "5 Sympathisanten", "2 guests", "4 observers", "1 member of staff").
    "other_attendees": (
        r"Gäste",
        r"Gast",
        r"Besucher\w*",
        r"Sympathisant\w*",
        r"Beobachter\w*",
        r"Zuhörer\w*",
        r"Nichtmitglieder\w*",
        r"Interessierte\w*",
        r"guests?",
        r"visitors?",
        r"observers?",
        r"non-?members?",
        r"members?\s+of\s+(?:the\s+)?public",
        r"(?:members?\s+of\s+)?staff",
    ),
    "absent": (r"absent", r"abwesend", r"entschuldigt", r"excused", r"apologies", r"regrets"),
    "not_present": (r"not\s+present", r"nicht\s+anwesend"),
    # Everyone, nobody in particular: no owner.
    # A template's placeholder names nobody either: "Name", "[Name]", "?".
    "everyone": (
        r"alle",
        r"all",
        r"everyone",
        r"everybody",
        # "Anyone to beta test the calendar", "Jeder bringt etwas mit": no one in particular.
        r"anyone",
        r"anybody",
        r"jede[rn]?",
        r"N\.\s?N\.",
        r"NN",
        r"tbd",
        r"Name",
        r"\?+",
    ),
}
# The parts of the table of offices: "office" and the named subsets some patterns leave out.
OFFICES = ("office", "minutes_office", "seat_office", "staff_office")


def words(name: str) -> tuple[str, ...]:
    """Return the fragments of one marker."""
    return VOCABULARY[name]


def alt(*names: str) -> str:
    """Return a non-capturing alternation of the markers' fragments, longest first.

    A lookahead for the characters they can begin with stands before it (alternation.lead):
    the same matches, found faster where a pattern searches for them.
    """
    frags: list[str] = []
    for name in names:
        for f in VOCABULARY[name]:
            if f not in frags:
                frags.append(f)
    frags.sort(key=len, reverse=True)
    body = "(?:" + "|".join(frags) + ")"
    gate = lead(body)
    return "(?:" + gate + body + ")" if gate else body
