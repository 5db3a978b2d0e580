"""A mix of reads and writes by many logged-in secretaries, and the check that no write was lost.

Each virtual user has its own session, its own agenda item on the planned
meeting of 24.11.2022 and its own task, so it knows what the database must
hold afterwards. A write counts as acknowledged only when the server answered
as it does on success (the redirect to the expected page, or the import's
success message); every acknowledged write carries a unique marker, and
`verify` looks for each one in the database.

Beside them, a few contenders write the same records at once: one shared agenda item's
minutes and one shared task, through the API with `If-Match` and through the web forms
(which carry the version they were rendered from). Each contender reads, then writes what
it read over; `verify_contested` checks that no write was lost and none overwrote a value
its writer had not seen: every accepted save is in the log and its value either stands or
was read by the later accepted save that replaced it, and every refused save (412, or the
form sent back with both versions) left no trace.
"""

import http.client
import json
import os
import random
import re
import resource
import secrets
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from .forms import form_data
from .install import Install
from .minutes import minutes

# The size of a load run: LOAD_SECONDS (20 under CI=1, else 15), LOAD_USERS, LOAD_CONTENDERS.
# The single-server load test runs LOAD_SECONDS; the two-server test proves the same
# correctness across servers (logins, writes, files, rate limits) and runs
# TWO_SERVER_LOAD_SECONDS: 15 s, in CI too, unless set. What the suite asserts (no server
# error, no lost or unseen overwritten write, every kind of write made, saves both accepted
# and refused on the shared records) holds after 20 s of 56 users as after 60 s; the
# README's latency figures come from a longer run (LOAD_SECONDS=60 LOAD_REALISTIC_SECONDS=30).
CI = os.environ.get("CI", "").lower() in ("1", "true")
LOAD_SECONDS = float(os.environ.get("LOAD_SECONDS", "20" if CI else "15"))
TWO_SERVER_LOAD_SECONDS = float(
    os.environ.get("TWO_SERVER_LOAD_SECONDS", str(min(LOAD_SECONDS, 15.0)))
)
LOAD_USERS = int(os.environ.get("LOAD_USERS", "50"))
# The same users at a person's pace afterwards (think 1–3 s between actions): what a day
# with fifty people at work looks like, beside the stress figure above.
LOAD_REALISTIC_SECONDS = float(os.environ.get("LOAD_REALISTIC_SECONDS", "20"))
LOAD_THINK_SECONDS = (1.0, 3.0)
LOAD_CONTENDERS = int(os.environ.get("LOAD_CONTENDERS", "6"))

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
    "write_decision_twice": 2,
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
# The records every contender writes at once, and an API token per contender.
from django.contrib.auth.models import User
from transferhub.api.services import token_create

secretariat = User.objects.get(username="geschaeftsstelle")
shared_item = agenda_item_add(meeting=planned, name="Gemeinsamer Punkt", duration_minutes=5)
shared_task = task_create(body=body, text="Gemeinsame Aufgabe")
api_tokens = [
    token_create(user=secretariat, name=f"Last {n + 1}", scope="read-write")[1]
    for n in range(params["contenders"])
]
result = {
    "body": body.pk, "meeting": planned.pk, "approved": approved.pk,
    "items": items, "tasks": tasks,
    "shared_item": shared_item.pk, "shared_task": shared_task.pk, "api_tokens": api_tokens,
}
"""

CONTESTED_SNAPSHOT = """
from transferhub.decisions.models import Task
from transferhub.lib.models import ActionLog
from transferhub.meetings.models import AgendaItem

def entries(action, object_type, pk):
    return [
        {"before": log.data.get("before") or {}, "after": log.data.get("after") or {}}
        for log in ActionLog.objects.filter(
            action=action, object_type=object_type, object_id=pk
        ).order_by("id")
    ]

item = AgendaItem.objects.get(pk=params["item"])
task = Task.objects.get(pk=params["task"])
result = {
    "minutes": {
        "log": entries("minutes.recorded", "meetings.agendaitem", item.pk),
        "final": {"minutes": item.minutes, "status": item.status},
        "version": item.version,
    },
    "task": {
        "log": entries("task.changed", "decisions.task", task.pk),
        "final": {"text": task.text, "status": task.status},
        "version": task.version,
    },
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
    sent: float = field(default_factory=time.monotonic)


@dataclass
class ContestedWrite:
    """A save of a shared record: what its writer read and wrote, and what the server said.

    `outcome` is "accepted", "refused" (412, or the form sent back as out of date) or
    "failed" (anything else, which the check counts as a problem).
    """

    record: str  # "minutes" or "task"
    via: str  # "api" or "web"
    field: str
    value: str
    read: str
    read_version: int | None
    outcome: str = "failed"
    new_version: int | None = None


class Recorder:
    def __init__(self):
        self.lock = threading.Lock()
        self.samples: list[Sample] = []
        self.writes: list[Write] = []
        self.contested: list[ContestedWrite] = []

    def sample(self, *args) -> None:
        with self.lock:
            self.samples.append(Sample(*args))

    def write(self, write: Write) -> Write:
        with self.lock:
            self.writes.append(write)
        return write

    def contest(self, write: ContestedWrite) -> ContestedWrite:
        with self.lock:
            self.contested.append(write)
        return write


FORM = re.compile(r"<form\b.*?</form>", re.DOTALL | re.IGNORECASE)


def forms_only(html: str) -> str:
    """A page's forms without the rest: what `form_data` reads, with less to parse.

    Python's HTML parser read an item's page (13 KB) in 2.0 ms and its forms alone in
    1.2 ms (a task's page: 1.5 → 0.7 ms), CPU the load client takes from the server's cores.
    """
    return "".join(FORM.findall(html))


class LeanResponse:
    """What the load client reads of an answer: status, headers, body."""

    def __init__(self, status_code: int, headers: http.client.HTTPMessage, content: bytes):
        self.status_code = status_code
        self.headers = headers  # case-insensitive .get(), as requests' headers
        self.content = content

    @cached_property
    def text(self) -> str:
        return self.content.decode("utf-8", "replace")

    def json(self):
        return json.loads(self.content)


COOKIE_GONE = re.compile(r";\s*max-age=0\s*(;|$)", re.IGNORECASE)


class LeanCookies(dict):
    """The cookies of one site, as a browser keeps them: name → value as the server sent it."""

    def take(self, headers: list[str]) -> None:
        for header in headers:
            name, _, value = header.split(";", 1)[0].strip().partition("=")
            if COOKIE_GONE.search(header):
                self.pop(name, None)
            else:
                self[name] = value

    def header(self) -> str:
        return "; ".join(f"{name}={value}" for name, value in self.items())


def _fields(data: dict) -> list[tuple[str, str]]:
    """A form's fields as requests sends them: None left out, lists as repeated fields."""
    pairs = []
    for name, value in data.items():
        for v in value if isinstance(value, list | tuple) else [value]:
            if v is not None:
                pairs.append((name, str(v)))
    return pairs


def _quoted(value: str) -> str:
    """A name in a multipart header as browsers write it (HTML5: quotes and newlines escaped)."""
    return value.replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")


def _multipart(data: dict, files: list) -> tuple[bytes, str]:
    boundary = secrets.token_hex(16)
    parts = []
    for name, value in _fields(data):
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{_quoted(name)}"\r\n\r\n'.encode()
            + value.encode()
            + b"\r\n"
        )
    for name, (filename, content, content_type) in files:
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{_quoted(name)}"; '
            f'filename="{_quoted(filename)}"\r\nContent-Type: {content_type}\r\n\r\n'.encode()
            + content
            + b"\r\n"
        )
    body = b"".join(parts) + f"--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


class LeanSession:
    """The part of `requests.Session` the load client uses, on the standard library alone.

    One connection per request, as gunicorn's sync workers close each one anyway; cookies
    kept as a browser keeps those of one site; redirects never followed. Errors are
    OSError (refused, reset, timed out) or http.client.HTTPException, as requests' are
    OSErrors. About a third of requests' CPU per request: on two cores shared with the
    server, the load client's CPU is taken from the server it measures.
    """

    def __init__(self):
        self.cookies = LeanCookies()

    def get(self, url: str, **kwargs) -> LeanResponse:
        return self.request("GET", url, **kwargs)

    def request(
        self, method, url, *, data=None, files=None, json=None, headers=None, timeout=None, **_
    ) -> LeanResponse:
        parts = urlsplit(url)
        head = {"Host": parts.netloc, **(headers or {})}
        body = None
        if json is not None:
            body, head["Content-Type"] = _json_bytes(json), "application/json"
        elif files:
            body, head["Content-Type"] = _multipart(data or {}, files)
        elif data is not None:
            body = urlencode(_fields(data)).encode()
            head["Content-Type"] = "application/x-www-form-urlencoded"
        if self.cookies:
            head["Cookie"] = self.cookies.header()
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
        try:
            connection.request(method, path, body=body, headers=head)
            answer = connection.getresponse()
            content = answer.read()
        finally:
            connection.close()
        self.cookies.take(answer.headers.get_all("Set-Cookie") or [])
        return LeanResponse(answer.status, answer.headers, content)


def _json_bytes(value) -> bytes:
    return json.dumps(value).encode()


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
        self.session = LeanSession()
        self.item = target["items"][number]
        self.task = target["tasks"][number]
        self.task_status = "open"
        self.task_text = f"Lastaufgabe {number + 1}"
        self.counter = 0
        # The version each own form was last rendered from (None: read the page first).
        self.versions: dict[str, int | None] = {"item": None, "task": None}

    # HTTP ----------------------------------------------------------------------

    def request(self, action: str, method: str, path: str, **kwargs):
        started = time.monotonic()
        try:
            response = self.session.request(
                method, self.url + path, allow_redirects=False, timeout=120, **kwargs
            )
        except (OSError, http.client.HTTPException):  # requests' errors are OSErrors too
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

    def version(self, kind: str) -> int | None:
        """The version of the own item or task, read off its form when not known."""
        if self.versions[kind] is None:
            path, name = (
                (self._item_path(), "minutes-version")
                if kind == "item"
                else (f"/aufgaben/{self.task}/", "version")
            )
            response = self.request(f"read_{kind}", "GET", path)
            found = response is not None and re.search(
                rf'name="{name}" value="(\d+)"', response.text
            )
            self.versions[kind] = int(found.group(1)) if found else None
        return self.versions[kind]

    def saved(self, kind: str, acked: bool) -> None:
        """One write more on the own record; after an unclear answer, read it again."""
        known = self.versions[kind]
        self.versions[kind] = known + 1 if acked and known is not None else None

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
        version = self.version("item")
        response = self.post(
            "write_minutes",
            self._item_path(),
            {"minutes-minutes": text, "minutes-status": "discussed", "minutes-version": version},
        )
        write.acked = self.redirected_to(response, self._item_path())
        self.saved("item", write.acked)

    def write_decision(self):
        text = f"Beschluss {self.marker()}: Die AG Transfer stimmt zu."
        write = self.recorder.write(Write("decision", self.item, text))
        response = self.post(
            "write_decision",
            self._item_path() + "beschluss/",
            {"decision-text": text, "decision-kind": "agreement"},
        )
        write.acked = self.redirected_to(response, self._item_path())

    def write_decision_twice(self):
        """Send one rendered decision form twice at once (a double click): one decision."""
        page = self.request("read_item", "GET", self._item_path())
        if page is None or page.status_code != 200:
            return
        action = self._item_path() + "beschluss/"
        data = form_data(forms_only(page.text), action)
        text = f"Beschluss {self.marker()}: doppelt abgeschickt."
        data.update({"decision-text": text, "decision-kind": "agreement"})
        write = self.recorder.write(Write("decision_twice", self.item, text))
        answers = [None, None]

        def send(i: int):
            answers[i] = self.post("write_decision_twice", action, data)

        threads = [threading.Thread(target=send, args=(i,)) for i in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        # Both go to the item: one saved it, the other found it saved.
        write.acked = all(self.redirected_to(a, self._item_path()) for a in answers)

    def write_task(self):
        text = f"Aufgabe {self.marker()}: Unterlagen versenden."
        write = self.recorder.write(Write("task", self.task, text))
        version = self.version("task")
        response = self.post(
            "write_task",
            f"/aufgaben/{self.task}/",
            {
                "text": text,
                "status": self.task_status,
                "owner_person": "",
                "owner_body": "",
                "due_date": "",
                "version": version,
            },
        )
        write.acked = self.redirected_to(response, f"/aufgaben/{self.task}/")
        self.saved("task", write.acked)

    def write_task_status(self):
        status = self.STATUS_CYCLE[self.task_status]
        write = self.recorder.write(Write("task_status", self.task, status))
        response = self.post(
            "write_task_status", f"/aufgaben/{self.task}/status/", {"status": status}
        )
        write.acked = self.redirected_to(response, f"/aufgaben/{self.task}/")
        self.saved("task", write.acked)
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


STALE_PAGE = "Dieser Eintrag wurde inzwischen von jemand anderem geändert"
TASK_STATUSES = ("open", "in_progress", "done")


class Contender:
    """One of several writers of the same item's minutes and the same task, at once.

    Through the API it reads the record (ETag) and writes it back changed with `If-Match`;
    in the browser it renders the form and saves it changed. Through the API it changes
    the minutes or the task's text; in the browser the minutes or the task's status (the
    web form merges a status change over a newer text, it refuses one over a newer status).
    """

    def __init__(self, number: int, via: str, url: str, target: dict, run: str, recorder: Recorder):
        self.number = number
        self.via = via
        self.url = url
        self.target = target
        self.run = run
        self.recorder = recorder
        self.rng = random.Random(7000 + number)
        shared = {"items": [target["shared_item"]], "tasks": [target["shared_task"]]}
        self.user = User(0, url, {**target, **shared}, run, recorder)  # its browser
        self.token = target["api_tokens"][number]
        self.counter = 0

    def login(self) -> None:
        if self.via == "web":
            self.user.login()

    def marker(self) -> str:
        self.counter += 1
        return f"{self.run}-c{self.number:02d}-w{self.counter:04d}"

    def step(self) -> None:
        record = self.rng.choice(["minutes", "task"])
        getattr(self, f"{self.via}_{record}")()

    def pause(self) -> None:
        time.sleep(self.rng.uniform(0, 0.15))  # reading, typing: others may save meanwhile

    # Through the API -------------------------------------------------------------

    def api(self, action: str, method: str, path: str, **kwargs):
        headers = {"Authorization": f"Bearer {self.token}", **kwargs.pop("headers", {})}
        return self.user.request(action, method, f"/api/v1{path}", headers=headers, **kwargs)

    def _api_write(self, record, path, method, field, body_of, read_path=None):
        read = self.api(f"read_{record}_api", "GET", read_path or path)
        if read is None or read.status_code != 200:
            return
        etag = read.headers.get("ETag", "")
        value = f"{record} {self.marker()}"
        write = self.recorder.contest(
            ContestedWrite(record, "api", field, value, read.json()[field], int(etag.strip('"')))
        )
        self.pause()
        answer = self.api(
            f"write_{record}_api", method, path, json=body_of(value), headers={"If-Match": etag}
        )
        if answer is not None and answer.status_code == 200:
            write.outcome = "accepted"
            write.new_version = int(answer.headers.get("ETag", "0").strip('"') or 0)
        elif answer is not None and answer.status_code == 412:
            write.outcome = "refused"

    def api_minutes(self):
        item = self.target["shared_item"]
        self._api_write(
            "minutes",
            f"/items/{item}/minutes",
            "PUT",
            "minutes",
            lambda value: {"minutes": value, "status": "discussed"},
            read_path=f"/items/{item}",
        )

    def api_task(self):
        task = self.target["shared_task"]
        self._api_write("task", f"/tasks/{task}", "PATCH", "text", lambda value: {"text": value})

    # In the browser ----------------------------------------------------------------

    def _web_write(self, record, path, field, value_of):
        page = self.user.request(f"read_{record}_web", "GET", path)
        if page is None or page.status_code != 200:
            return
        data = form_data(forms_only(page.text), path, path=path)
        prefix = "minutes-" if record == "minutes" else ""
        read = data[prefix + field]
        value = value_of(read)
        write = self.recorder.contest(
            ContestedWrite(record, "web", field, value, read, int(data[prefix + "version"]))
        )
        data[prefix + field] = value
        self.pause()
        answer = self.user.post(f"write_{record}_web", path, data)
        if self.user.redirected_to(answer, path):
            write.outcome = "accepted"
        elif answer is not None and answer.status_code == 200 and STALE_PAGE in answer.text:
            write.outcome = "refused"

    def web_minutes(self):
        path = f"/sitzungen/{self.target['meeting']}/punkte/{self.target['shared_item']}/"
        self._web_write("minutes", path, "minutes", lambda read: f"minutes {self.marker()}")

    def web_task(self):
        path = f"/aufgaben/{self.target['shared_task']}/"

        def next_status(read: str) -> str:
            return self.rng.choice([s for s in TASK_STATUSES if s != read])

        self._web_write("task", path, "status", next_status)


def run_users(
    users: list[User],
    seconds: float,
    think: float = 0.1,
    stop=None,
    *,
    think_range: tuple[float, float] | None = None,
) -> None:
    """Let every user act in a loop for `seconds` (or until `stop` is set), in threads.

    Between two actions a user thinks 0 to 2 × `think` seconds (the stress model: 0.1 s
    keeps far more requests waiting than two cores serve) or, with `think_range`
    (low, high), low to high seconds, after a first pause of 0 to high: people who read
    and type, and who did not all click at the same moment.
    """
    deadline = time.monotonic() + seconds
    stop = stop or threading.Event()

    def pause(user: User, low: float, high: float) -> None:
        stop.wait(min(user.rng.uniform(low, high), max(0.0, deadline - time.monotonic())))

    def loop(user: User):
        if think_range:
            pause(user, 0, think_range[1])
        while time.monotonic() < deadline and not stop.is_set():
            user.step()
            if think_range:
                pause(user, *think_range)
            else:
                time.sleep(user.rng.uniform(0, 2 * think))

    threads = [threading.Thread(target=loop, args=(u,), daemon=True) for u in users]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def wait_until(condition, timeout: float, step: float = 0.02) -> bool:
    """Poll `condition()` until it is true or `timeout` seconds have passed; return it."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(step)
    return True


def answered_since(recorder: Recorder, since: float) -> int:
    """How many requests sent after `since` (time.monotonic()) got an answer below 500."""
    with recorder.lock:
        return sum(
            1
            for s in recorder.samples
            if s.started > since and s.status is not None and s.status < 500
        )


def prepare(install: Install, users: int, contenders: int = 0) -> dict:
    """Give each user an agenda item on the meeting of 24.11.2022 and a task of its own.

    Also a shared item and a shared task, and an API token for each contender.
    """
    return install.query(PREPARE, {"users": users, "contenders": contenders})


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
        elif w.kind == "decision_twice" and decisions[w.value] != (1 if w.acked else 0):
            if w.acked or decisions[w.value] > 1:
                problems.append(
                    f"decision sent twice {w.value!r} stored {decisions[w.value]} times"
                )

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


def verify_contested(install: Install, target: dict, recorder: Recorder) -> list[str]:
    """No lost write and no silent overwrite on the shared records (see the module's docstring).

    Per record, the log lists every saved change with the values it replaced (`before`)
    and wrote (`after`), in order. Then:
    - every accepted save is in the log once, every refused or unanswered one not at all;
    - every accepted save replaced only what its writer had read (or its own value);
    - its value stands in the final record, or a later accepted save that read it replaced it;
    - API saves went from the version they read to the next one, and no two the same.
    """
    db = install.query(
        CONTESTED_SNAPSHOT, {"item": target["shared_item"], "task": target["shared_task"]}
    )
    problems = []
    for record, state in db.items():
        writes = [w for w in recorder.contested if w.record == record]
        log = state["log"]
        problems += _contested_markers(record, state, [w for w in writes if w.field != "status"])
        if record == "task":  # the minutes' status is the API's "behandelt" throughout
            problems += _contested_statuses(log, [w for w in writes if w.field == "status"])
        api = [w for w in writes if w.via == "api" and w.outcome == "accepted"]
        versions = [w.new_version for w in api]
        if len(set(versions)) != len(versions):
            problems.append(f"{record}: two accepted API saves made the same version")
        for w in api:
            if w.new_version != (w.read_version or 0) + 1:
                problems.append(
                    f"{record}: {w.value!r} read version {w.read_version}, made {w.new_version}"
                )
        problems += [
            f"{record}: save {w.value!r} got neither success nor a refusal"
            for w in writes
            if w.outcome == "failed"
        ]
    return problems


def _contested_markers(record: str, state: dict, writes: list[ContestedWrite]) -> list[str]:
    """Saves of a text with a unique marker: each one found, or knowingly replaced."""
    problems, log = [], state["log"]
    logged = {}
    for index, entry in enumerate(log):
        for name, value in entry["after"].items():
            if isinstance(value, str) and value != entry["before"].get(name):
                logged.setdefault((name, value), []).append(index)
    accepted = {(w.field, w.value): w for w in writes if w.outcome == "accepted"}
    for w in writes:
        found = logged.get((w.field, w.value), [])
        if w.outcome == "refused" and found:
            problems.append(f"{record}: refused save {w.value!r} is in the log")
        elif w.outcome == "accepted" and len(found) != 1:
            problems.append(f"{record}: accepted save {w.value!r} logged {len(found)} times")
    for (name, value), w in accepted.items():
        found = logged.get((name, value), [])
        if len(found) != 1:
            continue
        index = found[0]
        replaced = log[index]["before"].get(name)
        if replaced not in (w.read, w.value):
            problems.append(
                f"{record}: {w.value!r} overwrote {replaced!r}, its writer had read {w.read!r}"
            )
        if state["final"][name] == value:
            continue
        later = next((e for e in log[index + 1 :] if e["after"].get(name, value) != value), None)
        reader = later and accepted.get((name, later["after"][name]))
        knowingly = reader is not None and later["before"].get(name) == reader.read == value
        if not knowingly:
            problems.append(f"{record}: accepted {w.value!r} is gone, not knowingly replaced")
    return problems


def _contested_statuses(log: list[dict], writes: list[ContestedWrite]) -> list[str]:
    """Status saves (few values, no marker): the log's changes are exactly the accepted ones.

    Each accepted save replaced the status its writer read, or one equal to its own (two
    people setting the same status); nothing else changed the status.
    """
    problems = []
    entries = Counter(
        (e["before"].get("status"), e["after"]["status"]) for e in log if "status" in e["after"]
    )
    for w in writes:
        if w.outcome != "accepted":
            continue
        for pair in ((w.read, w.value), (w.value, w.value)):
            if entries[pair]:
                entries[pair] -= 1
                break
        else:
            problems.append(f"task: accepted status {w.read} → {w.value} not in the log")
    left = +entries
    if left:
        problems.append(f"task: status changes nobody accounts for: {dict(left)}")
    return problems


def contested_summary(recorder: Recorder) -> str:
    counts = Counter((w.record, w.via, w.outcome) for w in recorder.contested)
    return "contested saves " + ", ".join(
        f"{record}/{via} {outcome} {n}" for (record, via, outcome), n in sorted(counts.items())
    )


def client_cpu() -> float:
    """CPU seconds of this process (the virtual users' threads)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def server_cpu(pgid: int) -> float:
    """CPU seconds of the server's processes (gunicorn's master and workers) so far."""
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[2]) == pgid:  # after "(comm)": state, ppid, pgrp, …, utime, stime
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def database_cpu(install: Install) -> dict[int, float]:
    """PostgreSQL's backends serving this install's database: pid → CPU seconds so far.

    Empty on SQLite (it runs inside the server's workers). The backends run on the same
    cores as the server; their CPU is part of what a request costs.
    """
    if not install.database_url:
        return {}
    import psycopg

    name = install.database_url.rsplit("/", 1)[1].split("?")[0]
    with psycopg.connect(install.database_url, autocommit=True) as conn:
        pids = [
            pid
            for (pid,) in conn.execute(
                "SELECT pid FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
                [name],
            )
        ]
    ticks = os.sysconf("SC_CLK_TCK")
    found = {}
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        found[pid] = (int(fields[11]) + int(fields[12])) / ticks
    return found


def database_cpu_between(before: dict[int, float], after: dict[int, float]) -> float:
    """CPU seconds the backends spent between two readings (a backend gone meanwhile is
    not counted: connections live DB_CONN_MAX_AGE, 60 s, so a longer run counts less)."""
    return sum(cpu - before.get(pid, 0.0) for pid, cpu in after.items())


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    values = sorted(values)
    return values[min(len(values) - 1, max(0, round(q / 100 * len(values)) - 1))]


def summary(recorder: Recorder, seconds: float, since: float | None = None) -> str:
    """Latency percentiles and throughput per action, as a small table.

    `since` (time.monotonic()): only the requests sent from then on.
    """
    rows = [f"{'action':<20}{'n':>6}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'max ms':>9}"]
    by_action: dict[str, list[float]] = {}
    samples = [s for s in recorder.samples if since is None or s.started >= since]
    for s in samples:
        if s.status is not None and s.action != "login":
            by_action.setdefault(s.action, []).append(s.seconds * 1000)
    every = [v for values in by_action.values() for v in values]
    for action, values in sorted(by_action.items()) + [("all", every)]:
        rows.append(
            f"{action:<20}{len(values):>6}{percentile(values, 50):>9.0f}"
            f"{percentile(values, 95):>9.0f}{percentile(values, 99):>9.0f}"
            f"{max(values, default=0):>9.0f}"
        )
    statuses = Counter(s.status for s in samples)
    acked = Counter(
        w.kind for w in recorder.writes if w.acked and (since is None or w.sent >= since)
    )
    rows.append(f"throughput {len(every) / seconds:.1f} requests/s over {seconds:.0f} s")
    rows.append(f"statuses {dict(sorted(statuses.items(), key=str))}")
    rows.append(f"acknowledged writes {dict(sorted(acked.items()))}")
    return "\n".join(rows)
