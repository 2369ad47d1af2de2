"""ews-validate and ews-senditem, run as separate processes: exit statuses, the three
output formats, standard input, batches with --jobs, and senditem | validate round trips."""

import json
import os
import pathlib
import shutil
import subprocess
import tempfile
import threading
import unittest
import xml.etree.ElementTree

VALIDATE = os.environ["EWS_VALIDATE"]
SENDITEM = os.environ["EWS_SENDITEM"]
DATA = pathlib.Path(os.environ["EWS_DATA_DIR"])
SEED = pathlib.Path(os.environ["EWS_SEED_DIR"])
SCHEMAS = os.environ["EWS_SCHEMA_DIR"]


def run(*args, stdin=None):
    return subprocess.run(list(args), input=stdin, capture_output=True, text=True, timeout=120)


def validate(*args, stdin=None):
    return run(VALIDATE, *args, stdin=stdin)


def schema_versions():
    """t:ExchangeVersionType's values in schemas/types.xsd, read here with Python's own parser:
    what the tools print must be the schema's list, not one typed into them."""
    xs = "{http://www.w3.org/2001/XMLSchema}"
    types = xml.etree.ElementTree.parse(os.path.join(SCHEMAS, "types.xsd")).getroot()
    version_type = next(t for t in types.iter(xs + "simpleType") if t.get("name") == "ExchangeVersionType")
    return [value.get("value") for value in version_type.iter(xs + "enumeration")]


# The address space ews-validate may use in the tests of endless inputs (it needs about 60 MiB to
# start): an unbounded reader meets std::bad_alloc within a second instead of taking the machine.
MEMORY_LIMIT = 256 * 1024 * 1024


def bounded_memory(*command):
    """(command, environment) that runs command within the memory bound. A sanitizer reserves
    terabytes of address space for its shadow memory, so there it is its own RSS limit instead."""
    sanitizer = next((name for name in ("ASAN_OPTIONS", "TSAN_OPTIONS") if name in os.environ), None)
    if sanitizer is None:
        return ["prlimit", f"--as={MEMORY_LIMIT}", *command], None
    environment = dict(os.environ)
    environment[sanitizer] += f":hard_rss_limit_mb={2 * MEMORY_LIMIT // (1024 * 1024)}"
    return list(command), environment


def validate_in_bounded_memory(*args):
    command, environment = bounded_memory(VALIDATE, *args)
    return subprocess.run(command, capture_output=True, text=True, timeout=120, env=environment)


def validate_unprivileged(tmp, *args):
    """Runs ews-validate so that permission bits apply to it. root reads any directory: then
    it runs as nobody, from a copy in tmp (which must be world-traversable)."""
    command = [VALIDATE, *args]
    if os.geteuid() == 0:
        tool = pathlib.Path(tmp) / "ews-validate"
        shutil.copy(VALIDATE, tool)
        os.chmod(tool, 0o755)
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", str(tool), *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=60)


def pseudo_terminal_available():
    # script(1) needs /dev/pts, which a chroot or a minimal container may not have mounted.
    return shutil.which("script") is not None and run("script", "-qec", "true", "/dev/null").returncode == 0


def senditem(*args):
    done = run(SENDITEM, *args)
    if done.returncode != 0:
        raise AssertionError(f"ews-senditem {args} failed: {done.stderr}")
    return done.stdout


class ExitStatus(unittest.TestCase):
    def test_valid_documents_exit_0(self):
        done = validate(str(SEED / "senditem-request.xml"), str(SEED / "senditem-response-error.xml"))
        self.assertEqual(done.returncode, 0, done.stdout + done.stderr)
        self.assertEqual(done.stdout.splitlines(), [
            f"{SEED}/senditem-request.xml: valid, a SendItem request",
            f"{SEED}/senditem-response-error.xml: valid, a SendItem response",
        ])

    def test_an_invalid_document_exits_1_with_file_line_col(self):
        path = DATA / "invalid" / "schema-itemid-without-id.xml"
        done = validate(str(SEED / "senditem-request.xml"), str(path))
        self.assertEqual(done.returncode, 1)
        self.assertIn(f"{path}:8:42: error: missing required attribute 'Id'", done.stdout.splitlines())

    def test_a_missing_file_exits_2_and_says_why(self):
        done = validate(str(SEED / "senditem-request.xml"), "/nonexistent/request.xml")
        self.assertEqual(done.returncode, 2)
        self.assertEqual(done.stderr,
                         "ews-validate: cannot open /nonexistent/request.xml: No such file or directory\n")
        # The other file is still validated.
        self.assertIn("valid, a SendItem request", done.stdout)

    def test_an_unreadable_directory_exits_2(self):
        with tempfile.TemporaryDirectory() as tmp:
            os.chmod(tmp, 0o755)
            locked = pathlib.Path(tmp) / "locked"
            locked.mkdir()
            shutil.copy(SEED / "senditem-request.xml", locked / "a.xml")
            os.chmod(locked, 0)
            done = validate_unprivileged(tmp, str(locked))
            os.chmod(locked, 0o755)
        self.assertEqual(done.returncode, 2, done.stdout + done.stderr)
        self.assertEqual(done.stderr, f"ews-validate: cannot read directory {locked}: Permission denied\n")

    def test_an_unreadable_subdirectory_hides_no_other_file(self):
        layout = {"a.xml": SEED / "senditem-request.xml",
                  "b/a.xml": SEED / "senditem-response-error.xml",
                  "b/c.xml": DATA / "invalid" / "schema-itemid-without-id.xml",
                  "b/locked/x.xml": SEED / "senditem-request.xml",
                  "b/n.xml": SEED / "senditem-request.xml",
                  "m/x.xml": SEED / "senditem-request.xml",
                  "z.xml": SEED / "senditem-request.xml"}
        with tempfile.TemporaryDirectory() as tmp:
            os.chmod(tmp, 0o755)
            tree = pathlib.Path(tmp) / "tree"
            for name, source in layout.items():
                (tree / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy(source, tree / name)
            locked = [tree / "b" / "locked", tree / "m"]
            for directory in locked:
                os.chmod(directory, 0)
            try:
                done = validate_unprivileged(tmp, "--summary", str(tree))
            finally:
                for directory in locked:
                    os.chmod(directory, 0o755)
        self.assertEqual(done.returncode, 2, done.stdout + done.stderr)
        # Sorted order, as if the locked directories were documents: every readable file has its verdict.
        self.assertEqual(done.stdout.splitlines(), [
            f"{tree}/a.xml: valid, a SendItem request",
            f"{tree}/b/a.xml: valid, a SendItem response",
            f"{tree}/b/c.xml:8:42: error: missing required attribute 'Id'",
            f"{tree}/b/n.xml: valid, a SendItem request",
            f"{tree}/z.xml: valid, a SendItem request",
            "ews-validate: 7 documents: 4 valid, 1 invalid, 2 unreadable",
        ])
        self.assertEqual(done.stderr.splitlines(), [
            f"ews-validate: cannot read directory {tree}/b/locked: Permission denied",
            f"ews-validate: cannot read directory {tree}/m: Permission denied",
        ])

    def test_the_summary_counts_a_missing_file(self):
        done = validate("--summary", "/nonexistent/request.xml", str(SEED / "senditem-request.xml"))
        self.assertEqual(done.returncode, 2)
        self.assertEqual(done.stderr,
                         "ews-validate: cannot open /nonexistent/request.xml: No such file or directory\n")
        self.assertEqual(done.stdout.splitlines()[-1], "ews-validate: 2 documents: 1 valid, 0 invalid, 1 unreadable")

    def test_usage_errors_exit_2(self):
        for args in (["--format", "xml", "a.xml"], ["--expect", "reply", "a.xml"], ["--bogus"], [],
                     ["--jobs", "0", "a.xml"]):
            done = validate(*args)
            self.assertEqual(done.returncode, 2, args)
            self.assertIn("Try 'ews-validate --help'.", done.stderr)

    def test_schema_dir_that_cannot_be_read_exits_2(self):
        done = validate("--schema-dir", "/nonexistent", str(SEED / "senditem-request.xml"))
        self.assertEqual(done.returncode, 2)
        self.assertEqual(done.stderr, "ews-validate: /nonexistent: error: cannot read /nonexistent/messages.xsd\n")

    def test_schema_dir_with_the_official_schemas(self):
        done = validate("--schema-dir", SCHEMAS, str(DATA / "invalid" / "schema-empty-itemids.xml"))
        self.assertEqual(done.returncode, 1)
        self.assertIn(":7:19: error: element 'ItemIds' is not allowed", done.stdout)

    def test_expect_a_different_kind_exits_1(self):
        done = validate("--expect", "response", str(SEED / "senditem-request.xml"))
        self.assertEqual(done.returncode, 1)
        self.assertEqual(done.stdout,
                         f"{SEED}/senditem-request.xml:7:39: error: expected a SendItem response (--expect); "
                         "this document is a SendItem request\n")

    def test_help_and_version(self):
        done = validate("--help")
        self.assertEqual(done.returncode, 0)
        self.assertIn("Examples:", done.stdout)
        self.assertIn("--accept-https-namespaces", done.stdout)
        version = validate("--version")
        self.assertEqual(version.returncode, 0)
        self.assertRegex(version.stdout, r"^ews-validate \d+\.\d+\.\d+ ")
        self.assertIn(f"(ewsxsd; EWS schema {schema_versions()[-1]})", version.stdout)
        self.assertIn("Examples:", run(SENDITEM, "--help").stdout)


class SeedAsPublished(unittest.TestCase):
    def test_names_the_https_namespace_and_the_fix(self):
        path = SEED / "as-published" / "senditem-request.xml"
        done = validate(str(path))
        self.assertEqual(done.returncode, 1)
        self.assertEqual(done.stdout,
                         f"{path}:7:39: error: element 'SendItem' is in namespace "
                         "'https://schemas.microsoft.com/exchange/services/2006/messages', which is a typo in "
                         "Microsoft's documentation; EWS uses "
                         "'http://schemas.microsoft.com/exchange/services/2006/messages' (accept it with "
                         "ParseOptions::accept_https_namespaces or --accept-https-namespaces)\n")

    def test_the_opt_in_validates_with_a_warning(self):
        done = validate("--accept-https-namespaces", *map(str, sorted((SEED / "as-published").glob("*.xml"))))
        self.assertEqual(done.returncode, 0, done.stdout)
        self.assertEqual(done.stdout.count(": warning: mapped "), 4)
        self.assertEqual(done.stdout.count(": valid, a SendItem "), 4)


class Formats(unittest.TestCase):
    FILES = [str(SEED / "senditem-request.xml"), str(DATA / "invalid" / "schema-empty-itemids.xml"),
             str(DATA / "invalid" / "semantic-no-save-with-folder.xml")]

    def test_json_is_one_object_per_document(self):
        done = validate("--format", "json", "--summary", *self.FILES)
        self.assertEqual(done.returncode, 1)
        lines = [json.loads(line) for line in done.stdout.splitlines()]
        self.assertEqual(len(lines), 4)
        self.assertEqual(lines[0], {"file": self.FILES[0], "valid": True, "kind": "request",
                                    "envelope": True, "diagnostics": []})
        self.assertFalse(lines[1]["valid"])
        self.assertEqual(lines[1]["diagnostics"][0]["category"], "schema-violation")
        self.assertEqual((lines[1]["diagnostics"][0]["line"], lines[1]["diagnostics"][0]["column"]), (7, 19))
        self.assertEqual(lines[2]["diagnostics"][0]["responseCode"], "ErrorInvalidSendItemSaveSettings")
        self.assertEqual(lines[3], {"summary": {"valid": 1, "invalid": 2, "unreadable": 0}})

    def test_sarif_is_a_2_1_0_log_with_locations(self):
        done = validate("--format", "sarif", *self.FILES)
        self.assertEqual(done.returncode, 1)
        log = json.loads(done.stdout)
        self.assertEqual(log["version"], "2.1.0")
        run0 = log["runs"][0]
        self.assertEqual(run0["tool"]["driver"]["name"], "ews-validate")
        rule_ids = [rule["id"] for rule in run0["tool"]["driver"]["rules"]]
        self.assertEqual(rule_ids, ["not-well-formed", "schema-violation", "wrong-namespace", "wrong-operation",
                                    "forbidden-construct", "limit-exceeded", "semantic-rule", "io-error"])
        results = run0["results"]
        self.assertEqual(len(results), 2)
        for result in results:
            self.assertIn(result["ruleId"], rule_ids)
            self.assertEqual(result["level"], "error")
            location = result["locations"][0]["physicalLocation"]
            self.assertIn(location["artifactLocation"]["uri"], self.FILES[1:])
            self.assertGreaterEqual(location["region"]["startLine"], 1)
        self.assertEqual(results[0]["locations"][0]["physicalLocation"]["region"],
                         {"startLine": 7, "startColumn": 19})
        self.assertEqual(results[1]["ruleId"], "semantic-rule")

    def test_text_quiet_and_summary(self):
        done = validate("--quiet", "--summary", *self.FILES)
        self.assertEqual(done.returncode, 1)
        lines = done.stdout.splitlines()
        self.assertEqual(len(lines), 3)
        self.assertTrue(all(": error: " in line for line in lines[:2]))
        self.assertEqual(lines[2], "ews-validate: 3 documents: 1 valid, 2 invalid, 0 unreadable")

    def test_show_prints_what_was_bound(self):
        done = validate("--show", str(DATA / "valid" / "request-principal-sent-items.xml"))
        self.assertEqual(done.returncode, 0)
        self.assertIn("  RequestServerVersion: Exchange2013\n", done.stdout)
        self.assertIn("  ItemId: Id=AAAtAEF= ChangeKey=CQAAABY+T\n", done.stdout)
        self.assertIn("  SavedItemFolderId: DistinguishedFolderId sentitems of mailbox principal@example.com\n",
                      done.stdout)


class StandardInput(unittest.TestCase):
    def test_dash_reads_standard_input(self):
        text = (SEED / "senditem-response-success.xml").read_text()
        done = validate("--expect", "response", "-", stdin=text)
        self.assertEqual(done.returncode, 0)
        self.assertEqual(done.stdout, "<stdin>: valid, a SendItem response\n")

    def test_too_large_standard_input_is_refused(self):
        text = (SEED / "senditem-request.xml").read_text()
        done = validate("--max-bytes", "100", "-", stdin=text)
        self.assertEqual(done.returncode, 1)
        self.assertEqual(done.stdout, "<stdin>: error: document is more than 100 bytes; the limit is 100 (--max-bytes)\n")


class InputsWithoutASize(unittest.TestCase):
    """A FIFO, a device or a file that holds more than its size says: --max-bytes applies while
    reading, so memory stays bounded however much the input would give."""

    def test_dev_zero_is_cut_at_the_limit(self):
        done = validate_in_bounded_memory("/dev/zero")  # the default limit, 16 MiB
        self.assertEqual(done.returncode, 1, done.stderr)
        self.assertEqual(done.stdout, "/dev/zero: error: document is more than 16777216 bytes; "
                                      "the limit is 16777216 (--max-bytes)\n")

    def test_a_fifo_with_an_endless_writer_is_cut_at_the_limit(self):
        with tempfile.TemporaryDirectory() as tmp:
            fifo = pathlib.Path(tmp) / "endless.xml"
            os.mkfifo(fifo)

            def write_forever():
                try:
                    with open(fifo, "wb", buffering=0) as out:
                        while True:
                            out.write(b"<a>" * 20000)
                except BrokenPipeError:  # ews-validate closed its end
                    pass

            writer = threading.Thread(target=write_forever, daemon=True)
            writer.start()
            try:
                done = validate_in_bounded_memory("--max-bytes", "100000", str(fifo))
            finally:
                # Lets go of a writer still waiting for a reader, should ews-validate never have opened the FIFO.
                os.close(os.open(fifo, os.O_RDONLY | os.O_NONBLOCK))
                writer.join(timeout=10)
            self.assertFalse(writer.is_alive())
        self.assertEqual(done.returncode, 1, done.stderr)
        self.assertEqual(done.stdout,
                         f"{fifo}: error: document is more than 100000 bytes; the limit is 100000 (--max-bytes)\n")

    def test_a_file_larger_than_its_size_says_is_cut_at_the_limit(self):
        # /proc files say 0 bytes, as a file that grows after its size was asked would have said too little.
        done = validate_in_bounded_memory("--max-bytes", "100", "/proc/self/maps")
        self.assertEqual(done.returncode, 1, done.stderr)
        self.assertEqual(done.stdout,
                         "/proc/self/maps: error: document is more than 100 bytes; the limit is 100 (--max-bytes)\n")

    def test_a_file_over_the_limit_is_refused_with_its_size(self):
        path = SEED / "senditem-request.xml"
        done = validate("--max-bytes", "100", str(path))
        self.assertEqual(done.returncode, 1)
        self.assertEqual(done.stdout, f"{path}: error: document is {path.stat().st_size} bytes; the limit is 100 "
                                      "(--max-bytes)\n")

    def test_endless_standard_input_is_cut_at_the_limit(self):
        with open("/dev/zero", "rb") as zero:
            command, environment = bounded_memory(VALIDATE, "--max-bytes", "100000", "-")
            done = subprocess.run(command, stdin=zero, capture_output=True, text=True, timeout=60, env=environment)
        self.assertEqual(done.returncode, 1, done.stderr)
        self.assertEqual(done.stdout,
                         "<stdin>: error: document is more than 100000 bytes; the limit is 100000 (--max-bytes)\n")


class Batches(unittest.TestCase):
    def test_a_thousand_documents_give_the_same_verdicts_with_two_jobs(self):
        sources = [SEED / "senditem-request.xml", SEED / "senditem-response-error.xml",
                   DATA / "invalid" / "schema-empty-itemids.xml", DATA / "invalid" / "forbidden-doctype-xxe.xml",
                   DATA / "valid" / "request-every-id-kind.xml", DATA / "invalid" / "response-delete-item-message.xml"]
        generated = [senditem("request", "--item", f"AAAtAE{i}=:CK{i}", "--save-to", "drafts")
                     for i in range(4)]
        with tempfile.TemporaryDirectory() as tmp:
            for i in range(1000):
                target = pathlib.Path(tmp) / f"sub{i % 7}" / f"doc{i:04}.xml"
                target.parent.mkdir(exist_ok=True)
                if i % 3 == 0:
                    target.write_text(generated[i % len(generated)])
                else:
                    shutil.copy(sources[i % len(sources)], target)
            one = validate("--format", "json", "--summary", "--jobs", "1", tmp)
            two = validate("--format", "json", "--summary", "--jobs", "2", tmp)
        self.assertEqual(one.returncode, 1, one.stderr[-3000:])
        self.assertEqual(two.returncode, one.returncode, two.stderr[-3000:])
        self.assertEqual(two.stdout, one.stdout)
        lines = one.stdout.splitlines()
        self.assertEqual(len(lines), 1001)
        summary = json.loads(lines[-1])["summary"]
        self.assertEqual(summary["valid"] + summary["invalid"], 1000)
        self.assertGreater(summary["invalid"], 100)
        # Sorted, recursive order.
        files = [json.loads(line)["file"] for line in lines[:-1]]
        self.assertEqual(files, sorted(files))

    def test_no_progress_when_stderr_is_not_a_terminal(self):
        with tempfile.TemporaryDirectory() as tmp:
            for i in range(250):
                shutil.copy(SEED / "senditem-request.xml", pathlib.Path(tmp) / f"{i}.xml")
            done = validate("--quiet", tmp)
        self.assertEqual(done.returncode, 0)
        self.assertEqual(done.stderr, "")
        self.assertEqual(done.stdout, "")

    @unittest.skipUnless(pseudo_terminal_available(), "needs script(1) and a pseudo-terminal (/dev/pts)")
    def test_progress_on_a_terminal(self):
        with tempfile.TemporaryDirectory() as tmp:
            for i in range(250):
                shutil.copy(SEED / "senditem-request.xml", pathlib.Path(tmp) / f"{i}.xml")
            done = run("script", "-qec", f"{VALIDATE} --quiet {tmp}", "/dev/null")
        self.assertEqual(done.returncode, 0)
        self.assertIn("ews-validate: 250/250 documents", done.stdout)


class SendItemRoundTrips(unittest.TestCase):
    def check_request(self, *args, expect_in_show=()):
        xml = senditem("request", *args)
        done = validate("--expect", "request", "--show", "-", stdin=xml)
        self.assertEqual(done.returncode, 0, f"{args}: {done.stdout}")
        for text in expect_in_show:
            self.assertIn(text, done.stdout, args)

    def test_each_request_option(self):
        self.check_request("--item", "AAAtAEF=:CQAAABY+T", expect_in_show=["ItemId: Id=AAAtAEF= ChangeKey=CQAAABY+T",
                                                                          "SaveItemToFolder: true"])
        self.check_request("--item", "A=", "--item", "B=:K", expect_in_show=["ItemId: Id=A= ChangeKey=-",
                                                                            "ItemId: Id=B= ChangeKey=K"])
        self.check_request("--item", "A=", "--save-to", "drafts",
                           expect_in_show=["SavedItemFolderId: DistinguishedFolderId drafts"])
        self.check_request("--item", "A=", "--save-to", "AQMkAD=:CK1",
                           expect_in_show=["SavedItemFolderId: FolderId Id=AQMkAD= ChangeKey=CK1"])
        self.check_request("--item", "A=", "--mailbox", "boss@example.com",
                           expect_in_show=["DistinguishedFolderId sentitems of mailbox boss@example.com"])
        self.check_request("--item", "A=", "--save-to", "sentitems", "--mailbox", "boss@example.com",
                           expect_in_show=["DistinguishedFolderId sentitems of mailbox boss@example.com"])
        self.check_request("--item", "A=", "--no-save", expect_in_show=["SaveItemToFolder: false"])
        self.check_request("--item", "A=", "--version", "Exchange2010_SP2",
                           expect_in_show=["RequestServerVersion: Exchange2010_SP2"])
        for who, shown in (("smtp:a@example.com", "SmtpAddress a@example.com"),
                           ("primary:a@example.com", "PrimarySmtpAddress a@example.com"),
                           ("sid:S-1-5-21-1", "SID S-1-5-21-1"), ("upn:a@corp", "PrincipalName a@corp")):
            self.check_request("--item", "A=", "--impersonate", who, expect_in_show=[f"ExchangeImpersonation: {shown}"])

    def test_responses(self):
        xml = senditem("response", "--success", "2", "--error", "ErrorItemNotFound:Not found.",
                       "--warning", "ErrorSendAsDenied")
        done = validate("--expect", "response", "--show", "-", stdin=xml)
        self.assertEqual(done.returncode, 0, done.stdout)
        self.assertIn("  message 1: Success NoError\n  message 2: Success NoError\n"
                      "  message 3: Error ErrorItemNotFound \"Not found.\"\n"
                      "  message 4: Warning ErrorSendAsDenied\n", done.stdout)

    def test_refused_combinations_name_exchanges_code(self):
        for args in (["request", "--item", "A=", "--no-save", "--save-to", "drafts"],
                     ["request", "--item", "A=", "--no-save", "--mailbox", "b@example.com"]):
            done = run(SENDITEM, *args)
            self.assertEqual(done.returncode, 2)
            self.assertIn("ErrorInvalidSendItemSaveSettings", done.stderr)
        for args, message in ((["request"], "request needs at least one --item"),
                              (["request", "--item", "A=", "--version", "Exchange2019"], "is not an EWS version"),
                              (["request", "--item", "A=", "--impersonate", "x:y"], "--impersonate takes"),
                              (["response", "--error", "Bogus"], "'Bogus' is not an EWS response code"),
                              (["response"], "response needs --success"),
                              (["send"], "unknown command 'send'")):
            done = run(SENDITEM, *args)
            self.assertEqual(done.returncode, 2, args)
            self.assertIn(message, done.stderr)

    def test_an_unknown_version_gets_the_schemas_list(self):
        done = run(SENDITEM, "request", "--item", "A=", "--version", "Exchange2019")
        self.assertEqual(done.returncode, 2)
        self.assertIn(f"'Exchange2019' is not an EWS version (t:ExchangeVersionType: {', '.join(schema_versions())})",
                      done.stderr)


if __name__ == "__main__":
    unittest.main()
