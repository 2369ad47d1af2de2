"""ews-mock-server under faults: clients that vanish mid-body, stall, arrive by the
thousand, pipeline or send endless chunk lines; files it cannot write (a full disk under
the transport log, a state file or request directory that went away); the server keeps
answering the others with flat memory, and a kill -9 under load leaves the transport log
and the saved state whole."""

import http.client
import json
import os
import pathlib
import resource
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
import unittest

from mock_server import (CONFIG, MOCK, MockServer, b64, folder_items, item, item_messages, messages, operation,
                         request)

SEED = pathlib.Path(os.environ["EWS_SEED_DIR"])
BAD_ID = (SEED / "senditem-request-bad-id.xml").read_bytes()  # answered without changing state
AUTH = "Basic " + b64("alice:wonderland")


def raw_request(body, keep_alive=True):
    head = (f"POST /EWS/Exchange.asmx HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: {AUTH}\r\n"
            f"Content-Type: text/xml\r\nContent-Length: {len(body)}\r\n"
            f"Connection: {'keep-alive' if keep_alive else 'close'}\r\n\r\n")
    return head.encode() + body


def read_response(sock_file):
    status = sock_file.readline()
    length = 0
    while True:
        line = sock_file.readline()
        if line in (b"\r\n", b""):
            break
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    return int(status.split()[1]), sock_file.read(length)


def rss_kib(pid):
    for line in pathlib.Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


class Faults(unittest.TestCase):
    def setUp(self):
        self.server = MockServer("--read-timeout", "1")

    def tearDown(self):
        self.server.cleanup()

    def still_answers(self):
        # A new client each time: this server's read timeout (1 s) closes an idle keep-alive
        # connection, and a slow phase before (1,000 connections under a sanitizer) outlasts it.
        self.server.connection.close()
        status, body, _ = self.server.post(BAD_ID.decode())
        self.assertEqual(status, 200)
        self.assertIn("ErrorInvalidIdMalformed", body)

    def test_a_client_that_disconnects_mid_body_costs_nothing(self):
        for _ in range(20):
            with socket.create_connection(("127.0.0.1", self.server.port)) as s:
                whole = raw_request(BAD_ID)
                s.sendall(whole[: len(whole) // 2])
        self.still_answers()
        self.assertEqual(self.server.sent(), [])

    def test_a_slow_client_is_dropped_after_the_read_timeout(self):
        with socket.create_connection(("127.0.0.1", self.server.port)) as slow:
            slow.sendall(b"POST /EWS/Exchange.asmx HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # and then nothing
            self.still_answers()  # others are served meanwhile
            slow.settimeout(5)
            started = time.monotonic()
            self.assertEqual(slow.recv(1024), b"")  # closed by the server
            self.assertLess(time.monotonic() - started, 4)

    def test_pipelined_requests_are_answered_in_order(self):
        unknown = request("--item", f"{b64('missing')}:x").encode()
        with socket.create_connection(("127.0.0.1", self.server.port)) as s:
            s.sendall(raw_request(BAD_ID) + raw_request(unknown) + raw_request(BAD_ID))
            f = s.makefile("rb")
            answers = [read_response(f) for _ in range(3)]
        self.assertEqual([status for status, _ in answers], [200, 200, 200])
        self.assertIn(b"ErrorInvalidIdMalformed", answers[0][1])
        self.assertIn(b"ErrorItemNotFound", answers[1][1])
        self.assertIn(b"ErrorInvalidIdMalformed", answers[2][1])

    def test_a_thousand_concurrent_connections_with_flat_memory(self):
        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, 4096), hard))
        pid = self.server.process.pid
        self.still_answers()
        before = rss_kib(pid)
        sockets = [socket.create_connection(("127.0.0.1", self.server.port)) for _ in range(1000)]
        try:
            for s in sockets:
                s.sendall(raw_request(BAD_ID))
            statuses = []
            for s in sockets:
                s.settimeout(30)
                statuses.append(read_response(s.makefile("rb"))[0])
        finally:
            for s in sockets:
                s.close()
        self.assertEqual(statuses, [200] * 1000)
        self.still_answers()
        after = rss_kib(pid)
        if "ASAN_OPTIONS" in os.environ or "TSAN_OPTIONS" in os.environ:
            # Sanitizers keep freed memory in quarantine on purpose: RSS says nothing there.
            return
        # 1,000 sessions and their buffers are freed: a few MB of allocator slack at most.
        self.assertLess(after - before, 64 * 1024, f"RSS {before} -> {after} KiB")


    def test_endless_chunk_extensions_are_cut_off_with_flat_memory(self):
        # 64 MiB of extensions on one chunk-size line used to be buffered whole (RSS +60-120 MiB).
        pid = self.server.process.pid
        self.still_answers()
        before = rss_kib(pid)
        head = (f"POST /EWS/Exchange.asmx HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: {AUTH}\r\n"
                "Transfer-Encoding: chunked\r\n\r\n10;x=").encode()
        block = b"a" * (1024 * 1024)
        sent = 0
        with socket.create_connection(("127.0.0.1", self.server.port)) as s:
            s.settimeout(10)
            try:
                s.sendall(head)
                while sent < 64 * 1024 * 1024:
                    s.sendall(block)
                    sent += len(block)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the server answered and closed, as it should, long before 64 MiB
            peak = rss_kib(pid)
        self.assertLess(sent, 64 * 1024 * 1024, "the server kept reading the chunk line")
        self.assertIn('" 400 ', self.server.stderr())
        self.still_answers()
        if "ASAN_OPTIONS" not in os.environ and "TSAN_OPTIONS" not in os.environ:
            self.assertLess(peak - before, 16 * 1024, f"RSS {before} -> {peak} KiB")


class FilesThatCannotBeWritten(unittest.TestCase):
    """What the server writes besides its answers: the transport log, the saved state, the
    recorded requests. When one cannot be written, no message is lost or half-sent, the
    server goes on serving, and the cause is printed once."""

    def test_a_full_transport_log_fails_the_item_and_keeps_the_draft(self):
        server = MockServer(transport_log="/dev/full")
        try:
            for _ in range(2):  # twice: the cause is printed once
                status, body, _ = server.post(request("--item", "AAAtAEF=:CQAAABY+T"))
                self.assertEqual(status, 200, body)
                self.assertEqual(messages(body), [("Error", "ErrorInternalServerError",
                                                   "An internal server error occurred. The operation failed.")])
            status, body, _ = server.post(operation("createitem-send-and-save-copy"))
            self.assertEqual(item_messages(body, "CreateItemResponseMessage"),
                             [("Error", "ErrorInternalServerError", [])])
            state = server.state()
            self.assertEqual(item(state, "AAAtAEF=")[1]["folder"], "YWxpY2U6Zm9sZGVyOmRyYWZ0cw==")  # still a draft
            self.assertEqual(folder_items(state, "alice@example.com", "sentitems"), [])  # no copy of anything unsent
            self.assertEqual(server.post(request("--item", f"{b64('missing')}:x"))[0], 200)  # still serving
            self.assertEqual(server.stderr().count("cannot write the transport log /dev/full: No space left on device"),
                             1, server.stderr())
            self.assertEqual(server.stop(), 0)
            self.assertTrue(server.saved_state.exists())
        finally:
            server.cleanup()

    def test_a_transport_log_line_is_never_left_half_written(self):
        # A file that fills up in the middle of a line: RLIMIT_FSIZE, with SIGXFSZ ignored, makes
        # write(2) stop short and then fail with EFBIG.
        directory = pathlib.Path(tempfile.mkdtemp(prefix="ews-mock-fsize-"))
        log = directory / "sent.jsonl"
        log.write_text("")
        limit = 600  # bytes: room for one line and part of a second

        def limited():
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

        process = subprocess.Popen([MOCK, "--config", str(CONFIG), "--port", "0", "--transport-log", str(log)],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=limited)
        try:
            port = int(process.stdout.readline().rsplit(":", 1)[1])
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            outcomes = []
            for item_id in ("AAAtAEF=:CQAAABY+T", f"{b64('alice:item:2')}:{b64('alice:ck:2')}"):
                connection.request("POST", "/EWS/Exchange.asmx", body=request("--item", item_id),
                                   headers={"Authorization": AUTH, "Content-Type": "text/xml"})
                outcomes += [m[1] for m in messages(connection.getresponse().read().decode())]
            connection.close()
            self.assertEqual(outcomes, ["NoError", "ErrorInternalServerError"])
            lines = log.read_text().splitlines()
            self.assertEqual(len(lines), 1)
            self.assertEqual(json.loads(lines[0])["itemId"], "AAAtAEF=")
        finally:
            process.send_signal(signal.SIGTERM)
            _, err = process.communicate(timeout=30)
            shutil.rmtree(directory, ignore_errors=True)
        self.assertEqual(process.returncode, 0, err)
        self.assertIn("cannot write the transport log", err)

    def test_a_state_file_that_cannot_be_written_is_refused_at_start(self):
        done = subprocess.run([MOCK, "--config", str(CONFIG), "--save-state", "/nonexistent/state.json"],
                              capture_output=True, text=True, timeout=60)
        self.assertEqual(done.returncode, 2)
        self.assertEqual(done.stderr,
                         "ews-mock-server: cannot write /nonexistent/state.json.tmp: No such file or directory\n")

    def test_a_state_file_that_went_away_is_reported_at_stop(self):
        directory = pathlib.Path(tempfile.mkdtemp(prefix="ews-mock-state-"))
        server = MockServer(saved_state=directory / "state.json")
        try:
            shutil.rmtree(directory)
            self.assertEqual(server.post(request("--item", "AAAtAEF=:CQAAABY+T"))[0], 200)
            self.assertEqual(server.stop(), 1)
            self.assertIn(f"ews-mock-server: the state was not saved: cannot write {directory}/state.json.tmp: "
                          "No such file or directory", server.stderr())
        finally:
            server.cleanup()

    def test_requests_are_answered_when_they_cannot_be_recorded(self):
        server = MockServer(record=True)
        try:
            shutil.rmtree(server.requests)
            for _ in range(2):
                self.assertEqual(server.post(request("--item", f"{b64('missing')}:x"))[0], 200)
            self.assertEqual(server.stderr().count("(--record-requests): No such file or directory; requests are "
                                                   "still answered"), 1, server.stderr())
        finally:
            server.cleanup()


class KillNine(unittest.TestCase):
    def test_a_kill_under_load_leaves_log_lines_and_state_whole(self):
        server = MockServer()
        try:
            # Saved state from a clean stop first, so there is a state file to keep whole.
            items = [(f"{b64('alice:item:2')}", b64("alice:ck:2")), (f"{b64('alice:item:3')}", b64("alice:ck:3"))]
            stop = threading.Event()

            def load():
                connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
                while not stop.is_set():
                    try:
                        connection.request("POST", "/EWS/Exchange.asmx", body=BAD_ID,
                                           headers={"Authorization": AUTH, "Content-Type": "text/xml"})
                        connection.getresponse().read()
                        # And real sends, which write the transport log.
                        connection.request("POST", "/EWS/Exchange.asmx",
                                           body=request("--item", f"{b64('missing')}:x"),
                                           headers={"Authorization": AUTH, "Content-Type": "text/xml"})
                        connection.getresponse().read()
                    except OSError:
                        return

            first = server.post(request("--item", f"{items[0][0]}:{items[0][1]}", "--no-save"))
            self.assertEqual(first[0], 200)
            threads = [threading.Thread(target=load) for _ in range(4)]
            for t in threads:
                t.start()
            time.sleep(1.0)
            server.process.send_signal(signal.SIGKILL)
            server.process.wait(timeout=10)
            stop.set()
            for t in threads:
                t.join()
            lines = server.transport_log.read_text().splitlines()
            self.assertGreaterEqual(len(lines), 1)
            for line in lines:
                json.loads(line)  # every line whole
            self.assertFalse(server.saved_state.exists())  # no half-written state either
            self.assertEqual(list(server.dir.glob("*.tmp")), [])
            # The server restarts on its configuration.
            restarted = MockServer(config=server.config)
            try:
                self.assertEqual(restarted.post(BAD_ID.decode())[0], 200)
            finally:
                restarted.cleanup()
        finally:
            server.cleanup(expect_dead=True)

    def test_state_is_replaced_whole_on_every_clean_stop(self):
        server = MockServer()
        try:
            server.post(request("--item", f"{b64('alice:item:2')}:{b64('alice:ck:2')}", "--no-save"))
            self.assertEqual(server.stop(), 0)
            saved = json.loads(server.saved_state.read_text())
            self.assertEqual(list(server.dir.glob("*.tmp")), [])
            ids = [i["id"] for m in saved["mailboxes"] for i in m["items"]]
            self.assertNotIn(b64("alice:item:2"), ids)
        finally:
            server.cleanup()


if __name__ == "__main__":
    unittest.main()
