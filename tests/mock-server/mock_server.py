"""Starting ews-mock-server for a test and talking to it: shared by the tests that need it."""

import base64
import http.client
import json
import os
import pathlib
import re
import shutil
import signal
import subprocess
import tempfile
import xml.etree.ElementTree as ET

MOCK = os.environ["EWS_MOCK_SERVER"]
VALIDATE = os.environ["EWS_VALIDATE"]
SENDITEM = os.environ["EWS_SENDITEM"]
CONFIG = pathlib.Path(os.environ["EWS_MOCK_CONFIG"])
DATA = pathlib.Path(os.environ.get("EWS_DATA_DIR", pathlib.Path(__file__).resolve().parent.parent / "data"))

M = "{http://schemas.microsoft.com/exchange/services/2006/messages}"
T = "{http://schemas.microsoft.com/exchange/services/2006/types}"
SOAP = "{http://schemas.xmlsoap.org/soap/envelope/}"
E = "{http://schemas.microsoft.com/exchange/services/2006/errors}"


def b64(text):
    return base64.b64encode(text.encode()).decode()


class MockServer:
    """One server process with its own copy of the configuration and its own logs."""

    def __init__(self, *extra_args, config=CONFIG, record=False, transport_log=None, saved_state=None):
        self.dir = pathlib.Path(tempfile.mkdtemp(prefix="ews-mock-"))
        self.requests = self.dir / "requests"  # request bodies, with record=True
        if record:
            self.requests.mkdir()
            extra_args = (*extra_args, "--record-requests", str(self.requests))
        self.config = self.dir / "mailboxes.json"
        shutil.copy(config, self.config)
        self.transport_log = pathlib.Path(transport_log or self.dir / "sent.jsonl")
        self.saved_state = pathlib.Path(saved_state or self.dir / "saved.json")
        self.responses = []  # every body the server answered with, for strict validation
        self.died = None  # the exit status, if the process ended before stop()
        self.stopped = False
        self.process = subprocess.Popen(
            [MOCK, "--config", str(self.config), "--port", "0", "--transport-log", str(self.transport_log),
             "--save-state", str(self.saved_state), *extra_args],
            stdout=subprocess.PIPE, stderr=self._access_log(), text=True)
        line = self.process.stdout.readline()
        match = re.match(r"listening on 127\.0\.0\.1:(\d+)", line)
        if not match:
            self.process.kill()
            raise RuntimeError(f"ews-mock-server did not start: {line!r}")
        self.port = int(match.group(1))
        self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)

    def _access_log(self):
        self.access_log = open(self.dir / "access.log", "w")
        return self.access_log

    def post(self, body, user="alice", password=None, keep=True):
        passwords = {"alice": "wonderland", "bob": "builder", "carol": "service", "dave": "nobody"}
        headers = {"Content-Type": "text/xml; charset=utf-8"}
        if user is not None:
            secret = password if password is not None else passwords[user]
            headers["Authorization"] = "Basic " + b64(f"{user}:{secret}")
        self.connection.request("POST", "/EWS/Exchange.asmx", body=body, headers=headers)
        response = self.connection.getresponse()
        text = response.read().decode()
        if keep and response.status in (200, 500):
            self.responses.append(text)
        return response.status, text, dict(response.getheaders())

    def state(self):
        # GET /_state answers the configuration's administrators only.
        self.connection.request("GET", "/_state", headers={"Authorization": "Basic " + b64("admin:keys")})
        response = self.connection.getresponse()
        body = response.read()
        if response.status != 200:
            raise AssertionError(f"GET /_state: {response.status} {body!r}")
        return json.loads(body)

    def stderr(self):
        """What the server printed on standard error so far: its access log and its complaints."""
        if not self.access_log.closed:
            self.access_log.flush()
        return (self.dir / "access.log").read_text(errors="replace")

    def sent(self):
        if not self.transport_log.is_file():
            return []
        return [json.loads(line) for line in self.transport_log.read_text().splitlines()]

    def stop(self):
        self.connection.close()
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=30)
            self.stopped = True
        elif not self.stopped and self.died is None:
            # It ended before it was told to: std::terminate, a crash, a sanitizer's report.
            self.died = self.process.returncode
        self.process.stdout.close()
        self.access_log.close()
        return self.process.returncode

    def cleanup(self, expect_dead=False):
        """Stops the server; a server that had died on its own fails the test, with its log."""
        self.stop()
        log = (self.dir / "access.log").read_text(errors="replace")
        shutil.rmtree(self.dir, ignore_errors=True)
        if self.died is not None and not expect_dead:
            raise AssertionError(f"ews-mock-server died (exit status {self.died}); its stderr ends:\n{log[-3000:]}")

    def validate_responses(self):
        """Every body the server answered with, through ews-validate's strict checks."""
        directory = self.dir / "responses"
        directory.mkdir(exist_ok=True)
        for i, body in enumerate(self.responses):
            (directory / f"{i:04}.xml").write_text(body)
        done = subprocess.run([VALIDATE, "--quiet", str(directory)], capture_output=True, text=True)
        return done.returncode, done.stdout + done.stderr, len(self.responses)


def request(*args):
    """A SendItem request built by ews-senditem (the runtime's builder and serializer)."""
    done = subprocess.run([SENDITEM, "request", *args], capture_output=True, text=True, check=True)
    return done.stdout


def messages(body):
    """[(ResponseClass, ResponseCode, MessageText)] of a SendItemResponse."""
    root = ET.fromstring(body)
    out = []
    for message in root.iter(M + "SendItemResponseMessage"):
        code = message.find(M + "ResponseCode")
        text = message.find(M + "MessageText")
        out.append((message.get("ResponseClass"), code.text if code is not None else None,
                    text.text if text is not None else None))
    return out


def operation(name, **item_ids):
    """A request from tests/data/mock-server/NAME.xml, with the Id of each t:ItemId set as given
    ({"0": id}: by position), written by ElementTree."""
    tree = ET.parse(DATA / "mock-server" / f"{name}.xml")
    for position, element in enumerate(tree.iter(T + "ItemId")):
        if str(position) in item_ids:
            element.set("Id", item_ids[str(position)])
    return ET.tostring(tree.getroot(), encoding="unicode")


def item_messages(body, element):
    """[(ResponseClass, ResponseCode, [items' (ItemId, IsDraft)])] of a response's ELEMENT messages."""
    out = []
    for message in ET.fromstring(body).iter(M + element):
        code = message.find(M + "ResponseCode")
        items = [(i.find(T + "ItemId").get("Id") if i.find(T + "ItemId") is not None else None,
                  i.findtext(T + "IsDraft")) for i in message.iterfind(f"{M}Items/*")]
        out.append((message.get("ResponseClass"), code.text if code is not None else None, items))
    return out


def fault(body):
    """(faultcode, e:ResponseCode) of a SOAP fault."""
    root = ET.fromstring(body)
    f = root.find(f"{SOAP}Body/{SOAP}Fault")
    code = f.find(f"detail/{E}ResponseCode")
    return f.find("faultcode").text, code.text if code is not None else None


def canonical(element):
    """An element as a comparable tree: namespace-qualified names, attributes, trimmed text."""
    return (element.tag, sorted(element.attrib.items()), (element.text or "").strip(),
            [canonical(child) for child in element])


def body_element(body):
    return list(ET.fromstring(body).find(f"{SOAP}Body"))[0]


def folder_items(state, mailbox, folder):
    """Item ids in a mailbox's distinguished (or named) folder."""
    box = next(m for m in state["mailboxes"] if m["smtp"] == mailbox)
    ids = {f["id"] for f in box["folders"] if f.get("distinguished") == folder or f.get("name") == folder}
    return [item["id"] for item in box["items"] if item["folder"] in ids]


def item(state, item_id):
    for box in state["mailboxes"]:
        for entry in box["items"]:
            if entry["id"] == item_id:
                return box["smtp"], entry
    return None, None
