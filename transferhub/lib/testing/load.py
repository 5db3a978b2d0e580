"""A mix of reads and writes by many logged-in secretaries, and the check that no write was lost.

Each virtual user has its own session, its own agenda item on the planned
meeting of 24.11.2022 and its own task, so it knows what the database must
hold afterwards. A write counts as acknowledged only when the server answered
as it does on success (the redirect to the expected page, or the import's
success message); every acknowledged write carries a unique marker, and
`verify` looks for each one in the database.
"""

import random
import threading
import time
from collections import Counter
from dataclasses import dataclass, field

import requests

from .install import Install
from .minutes import minutes

# The demo's secretariat login (transferhub/network/demo.py; importing it needs Django set up).
SECRETARIAT, DEMO_PASSWORD = "geschaeftsstelle", "demo-transferhub"

# action → weight; reads first.
MIX = {
    "read_meeting": 20,
    "read_tasks": 15,
    "read_decisions": 15,
    "read_item": 10,
    "write_minutes": 12,
    "write_decision": 8,
    "write_task": 7,
    "write_task_status": 8,
    "write_import": 5,
}
# A burst of writes only (for killing the server in the middle of it).
WRITES = {
    "write_minutes": 3,
    "write_decision": 2,
    "write_task": 2,
    "write_task_status": 2,
    "write_import": 1,
}

PREPARE = """
import datetime as dt
from transferhub.decisions.services import task_create
from transferhub.meetings.models import Meeting
from transferhub.meetings.services import agenda_item_add
from transferhub.network.models import Body

body = Body.objects.get(name="AG Transfer")
planned = Meeting.objects.get(body=body, date=dt.date(2022, 11, 24))
approved = Meeting.objects.get(body=body, date=dt.date(2022, 9, 15))
items = [
    agenda_item_add(meeting=planned, name=f"Lastpunkt {n + 1}", duration_minutes=5).pk
    for n in range(params["users"])
]
tasks = [
    task_create(body=body, text=f"Lastaufgabe {n + 1}").pk for n in range(params["users"])
]
result = {
    "body": body.pk, "meeting": planned.pk, "approved": approved.pk,
    "items": items, "tasks": tasks,
}
"""

SNAPSHOT = """
from transferhub.decisions.models import Decision, Task
from transferhub.lib.models import ActionLog
from transferhub.meetings.models import AgendaItem, Meeting

items, tasks = params["items"], params["tasks"]
minutes_logged = [
    [log.object_id, (log.data.get("after") or {}).get("minutes")]
    for log in ActionLog.objects.filter(
        action="minutes.recorded", object_type="meetings.agendaitem", object_id__in=items
    )
]
task_logged = [
    [log.object_id, log.data.get("after") or {}]
    for log in ActionLog.objects.filter(
        action="task.changed", object_type="decisions.task", object_id__in=tasks
    )
]
imported = []
for m in Meeting.objects.exclude(source_sha256="").order_by("pk"):
    imported.append({
        "id": m.pk, "name": m.source_name, "state": m.state,
        "marker_in_text": params["run"] in m.source_text,
        "items": m.agenda_items.count(), "decisions": m.decisions.count(),
        "tasks": m.tasks.count(), "participants": m.attendances.count(),
    })
result = {
    "minutes_logged": minutes_logged,
    "minutes_final": {str(k): v for k, v in AgendaItem.objects.filter(pk__in=items).values_list("pk", "minutes")},
    "decisions": list(Decision.objects.filter(meeting_id=params["meeting"]).values_list("text", flat=True)),
    "task_logged": task_logged,
    "tasks_final": {str(pk): [text, status] for pk, text, status in Task.objects.filter(pk__in=tasks).values_list("pk", "text", "status")},
    "imported": imported,
}
"""


@dataclass
class Sample:
    action: str
    status: int | None  # None: no answer (connection refused or reset, timeout)
    seconds: float
    started: float


@dataclass
class Write:
    """A write the client sent; `acked` once the server answered as on success."""

    kind: str
    key: int | str
    value: str
    acked: bool = False
    expected: dict = field(default_factory=dict)


class Recorder:
    def __init__(self):
        self.lock = threading.Lock()
        self.samples: list[Sample] = []
        self.writes: list[Write] = []

    def sample(self, *args) -> None:
        with self.lock:
            self.samples.append(Sample(*args))

    def write(self, write: Write) -> Write:
        with self.lock:
            self.writes.append(write)
        return write


class User:
    """One secretary in a browser: a session, an own item and task, a list of writes."""

    STATUS_CYCLE = {"open": "in_progress", "in_progress": "done", "done": "open"}

    def __init__(
        self,
        number: int,
        url: str,
        target: dict,
        run: str,
        recorder: Recorder,
        *,
        mix: dict[str, int] = MIX,
        files_per_import: int = 1,
        seed: int = 0,
    ):
        self.number = number
        self.mix = mix
        self.files_per_import = files_per_import
        self.url = url
        self.target = target
        self.run = run
        self.recorder = recorder
        self.rng = random.Random(seed * 1000 + number)
        self.session = requests.Session()
        self.item = target["items"][number]
        self.task = target["tasks"][number]
        self.task_status = "open"
        self.task_text = f"Lastaufgabe {number + 1}"
        self.counter = 0

    # HTTP ----------------------------------------------------------------------

    def request(self, action: str, method: str, path: str, **kwargs):
        started = time.monotonic()
        try:
            response = self.session.request(
                method, self.url + path, allow_redirects=False, timeout=120, **kwargs
            )
        except requests.RequestException:
            self.recorder.sample(action, None, time.monotonic() - started, started)
            time.sleep(0.25)  # no server: wait a moment, as a person would, before the next try
            return None
        self.recorder.sample(action, response.status_code, time.monotonic() - started, started)
        return response

    def post(self, action: str, path: str, data: dict, **kwargs):
        data = {**data, "csrfmiddlewaretoken": self.session.cookies.get("csrftoken", "")}
        return self.request(action, "POST", path, data=data, **kwargs)

    def login(self) -> None:
        self.session.get(f"{self.url}/anmelden/", timeout=120)
        response = self.post(
            "login", "/anmelden/", {"username": SECRETARIAT, "password": DEMO_PASSWORD}
        )
        if response is None or response.status_code != 302:
            raise AssertionError(f"login failed: {response and response.status_code}")

    def marker(self) -> str:
        self.counter += 1
        return f"{self.run}-u{self.number:02d}-w{self.counter:04d}"

    @staticmethod
    def redirected_to(response, path: str) -> bool:
        return (
            response is not None
            and response.status_code == 302
            and response.headers.get("Location", "").split("?")[0].endswith(path)
        )

    # Actions -------------------------------------------------------------------

    def step(self) -> None:
        action = self.rng.choices(list(self.mix), weights=list(self.mix.values()))[0]
        getattr(self, action)()

    def read_meeting(self):
        meeting = self.rng.choice([self.target["meeting"], self.target["approved"]])
        self.request("read_meeting", "GET", f"/sitzungen/{meeting}/")

    def read_tasks(self):
        query = self.rng.choice(["", "?status=open", "?status=done", f"?q={self.run}"])
        self.request("read_tasks", "GET", f"/aufgaben/{query}")

    def read_decisions(self):
        query = self.rng.choice(["", f"?q={self.run}", "?q=Umsetzungshilfe"])
        self.request("read_decisions", "GET", f"/beschluesse/{query}")

    def read_item(self):
        self.request("read_item", "GET", f"/sitzungen/{self.target['meeting']}/punkte/{self.item}/")

    def _item_path(self) -> str:
        return f"/sitzungen/{self.target['meeting']}/punkte/{self.item}/"

    def write_minutes(self):
        text = f"Protokoll {self.marker()}: Die AG bespricht den Punkt."
        write = self.recorder.write(Write("minutes", self.item, text))
        response = self.post(
            "write_minutes",
            self._item_path(),
            {"minutes-minutes": text, "minutes-status": "discussed"},
        )
        write.acked = self.redirected_to(response, self._item_path())

    def write_decision(self):
        text = f"Beschluss {self.marker()}: Die AG Transfer stimmt zu."
        write = self.recorder.write(Write("decision", self.item, text))
        response = self.post(
            "write_decision",
            self._item_path() + "beschluss/",
            {"decision-text": text, "decision-kind": "agreement"},
        )
        write.acked = self.redirected_to(response, self._item_path())

    def write_task(self):
        text = f"Aufgabe {self.marker()}: Unterlagen versenden."
        write = self.recorder.write(Write("task", self.task, text))
        response = self.post(
            "write_task",
            f"/aufgaben/{self.task}/",
            {
                "text": text,
                "status": self.task_status,
                "owner_person": "",
                "owner_body": "",
                "due_date": "",
            },
        )
        write.acked = self.redirected_to(response, f"/aufgaben/{self.task}/")

    def write_task_status(self):
        status = self.STATUS_CYCLE[self.task_status]
        write = self.recorder.write(Write("task_status", self.task, status))
        response = self.post(
            "write_task_status", f"/aufgaben/{self.task}/status/", {"status": status}
        )
        write.acked = self.redirected_to(response, f"/aufgaben/{self.task}/")
        if write.acked:
            self.task_status = status

    def write_import(self):
        """Upload generated minutes (several files in one request if so configured)."""
        files = self.files_per_import
        uploads, generated = [], []
        for _ in range(files):
            mark = self.marker()
            generated.append(minutes(self.rng.randrange(200), marker=mark))
            uploads.append(
                ("files", (generated[-1].name, generated[-1].text.encode(), "text/markdown"))
            )
        writes = [
            self.recorder.write(
                Write(
                    "import",
                    m.name,
                    m.name,
                    expected={
                        "items": m.items,
                        "decisions": m.decisions,
                        "tasks": m.tasks,
                        "participants": m.participants,
                    },
                )
            )
            for m in generated
        ]
        response = self.post(
            "write_import", "/protokolle/import/", {"body": self.target["body"]}, files=uploads
        )
        ok = f"{files} von {files} Dateien wurden als Entwurf gespeichert."
        acked = response is not None and response.status_code == 200 and ok in response.text
        for write in writes:
            write.acked = acked


def run_users(users: list[User], seconds: float, think: float = 0.1, stop=None) -> None:
    """Let every user act in a loop for `seconds` (or until `stop` is set), in threads."""
    deadline = time.monotonic() + seconds
    stop = stop or threading.Event()

    def loop(user: User):
        while time.monotonic() < deadline and not stop.is_set():
            user.step()
            time.sleep(user.rng.uniform(0, 2 * think))

    threads = [threading.Thread(target=loop, args=(u,), daemon=True) for u in users]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def prepare(install: Install, users: int) -> dict:
    """Give each user an agenda item on the meeting of 24.11.2022 and a task of its own."""
    return install.query(PREPARE, {"users": users})


def verify(install: Install, target: dict, recorder: Recorder, run: str) -> list[str]:
    """Every acknowledged write in the database, and no imported meeting half there."""
    db = install.query(
        SNAPSHOT,
        {
            "items": target["items"],
            "tasks": target["tasks"],
            "meeting": target["meeting"],
            "run": run,
        },
    )
    problems = []
    writes = recorder.writes
    logged_minutes = {(item, text) for item, text in db["minutes_logged"]}
    decisions = Counter(db["decisions"])
    logged_texts = {(pk, after.get("text")) for pk, after in db["task_logged"]}
    # The status button logs the status alone; a text edit may carry a status too.
    status_changes = Counter(pk for pk, after in db["task_logged"] if set(after) == {"status"})
    imported = {m["name"]: m for m in db["imported"]}
    names_sent = {w.key for w in writes if w.kind == "import"}

    for w in writes:
        if w.kind == "minutes" and w.acked and (w.key, w.value) not in logged_minutes:
            problems.append(f"lost minutes edit {w.value!r}")
        elif w.kind == "decision" and w.acked and decisions[w.value] != 1:
            problems.append(f"decision {w.value!r} stored {decisions[w.value]} times")
        elif w.kind == "task" and w.acked and (w.key, w.value) not in logged_texts:
            problems.append(f"lost task edit {w.value!r}")
        elif w.kind == "import" and w.acked and w.key not in imported:
            problems.append(f"lost import {w.key}")

    # The last acknowledged edit of each item and task is what is stored now
    # (each belongs to one user, who writes one request at a time).
    for kind, final, index in (
        ("minutes", db["minutes_final"], None),
        ("task", db["tasks_final"], 0),
    ):
        last = {}
        for w in writes:
            if w.kind == kind:
                last[w.key] = w
        for key, w in last.items():
            stored = final[str(key)] if index is None else final[str(key)][index]
            if w.acked and stored != w.value:
                problems.append(f"{kind} {key}: stored {stored!r}, last acknowledged {w.value!r}")

    acked_status = Counter(w.key for w in writes if w.kind == "task_status" and w.acked)
    sent_status = Counter(w.key for w in writes if w.kind == "task_status")
    for task, count in acked_status.items():
        if not count <= status_changes[task] <= sent_status[task]:
            problems.append(
                f"task {task}: {status_changes[task]} status changes logged, "
                f"{count} acknowledged, {sent_status[task]} sent"
            )

    # No half meeting: every imported file is there completely, or not at all.
    expected = {w.key: w.expected for w in writes if w.kind == "import"}
    for name, meeting in imported.items():
        if name not in names_sent:
            continue  # the demo's seed
        got = {k: meeting[k] for k in ("items", "decisions", "tasks", "participants")}
        if got != expected[name] or not meeting["marker_in_text"]:
            problems.append(f"import {name} incomplete: {got} instead of {expected[name]}")
        if meeting["state"] != "minutes_draft":
            problems.append(f"import {name} in state {meeting['state']}")
    return problems


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    values = sorted(values)
    return values[min(len(values) - 1, max(0, round(q / 100 * len(values)) - 1))]


def summary(recorder: Recorder, seconds: float) -> str:
    """Latency percentiles and throughput per action, as a small table."""
    rows = [f"{'action':<20}{'n':>6}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'max ms':>9}"]
    by_action: dict[str, list[float]] = {}
    for s in recorder.samples:
        if s.status is not None and s.action != "login":
            by_action.setdefault(s.action, []).append(s.seconds * 1000)
    every = [v for values in by_action.values() for v in values]
    for action, values in sorted(by_action.items()) + [("all", every)]:
        rows.append(
            f"{action:<20}{len(values):>6}{percentile(values, 50):>9.0f}"
            f"{percentile(values, 95):>9.0f}{percentile(values, 99):>9.0f}"
            f"{max(values, default=0):>9.0f}"
        )
    statuses = Counter(s.status for s in recorder.samples)
    acked = Counter(w.kind for w in recorder.writes if w.acked)
    rows.append(f"throughput {len(every) / seconds:.1f} requests/s over {seconds:.0f} s")
    rows.append(f"statuses {dict(sorted(statuses.items(), key=str))}")
    rows.append(f"acknowledged writes {dict(sorted(acked.items()))}")
    return "\n".join(rows)
