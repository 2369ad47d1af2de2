"""ews-mock-server under faults: clients that vanish mid-body, stall, arrive by the
thousand or pipeline; the server keeps answering the others with flat memory, and a
kill -9 under load leaves the transport log and the saved state whole."""

import http.client
import json
import os
import pathlib
import resource
import signal
import socket
import threading
import time
import unittest

from mock_server import MockServer, b64, request

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
