"""ews-mock-server against RFC 9112's message-framing rules, one row per rule: the bytes a
client sends on a fresh connection, the status it must get, and whether the server must
then close the connection. Where the connection stays open, a second request on it must be
answered (so the server and the client still agree where the first message ended); where
it must close, the server must close it. Rows refer to RFC 9112 (HTTP/1.1) unless they say
RFC 9110 (HTTP semantics)."""

import base64
import http.client
import os
import pathlib
import socket
import unittest
from dataclasses import dataclass
from typing import Optional

from mock_server import MockServer

SEED = pathlib.Path(os.environ["EWS_SEED_DIR"])
BAD_ID = (SEED / "senditem-request-bad-id.xml").read_bytes()  # answered without changing state
SEND = (SEED / "senditem-request.xml").read_bytes()  # sends the seed draft of alice's
ALICE = b"Authorization: Basic " + base64.b64encode(b"alice:wonderland")
HOST = b"Host: 127.0.0.1"
MAX_BYTES = 65536  # the server's --max-bytes in these tests
HEADER_LIMIT = 16 * 1024  # the request line and header section; also a chunk line, a trailer section


def request(*fields, method=b"POST", target=b"/EWS/Exchange.asmx", version=b"HTTP/1.1", body=b"", length=True):
    """A request's bytes: the request line, the fields as given, Content-Length when asked."""
    lines = [b" ".join([method, target, version]), *fields]
    if length:
        lines.append(b"Content-Length: " + str(len(body)).encode())
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


def ews(*fields, body=BAD_ID, **options):
    return request(HOST, ALICE, b"Content-Type: text/xml", *fields, body=body, **options)


def chunked(body, size=700, extension=b"", trailer=()):
    out = b""
    for i in range(0, len(body), size):
        part = body[i:i + size]
        out += b"%x" % len(part) + extension + b"\r\n" + part + b"\r\n"
    return out + b"0\r\n" + b"".join(field + b"\r\n" for field in trailer) + b"\r\n"


def chunked_ews(*fields, body=BAD_ID, version=b"HTTP/1.1", **options):
    return ews(b"Transfer-Encoding: chunked", *fields, body=chunked(body, **options), length=False, version=version)




def first_chunk_size(line):
    """A chunked request in chunks of 256 bytes whose first chunk-size line is line instead of 100."""
    return chunked_ews(size=256).replace(b"\r\n\r\n100\r\n", b"\r\n\r\n" + line + b"\r\n", 1)


NEXT = request(HOST, method=b"GET", target=b"/next")  # the follow-up on a connection that stays open


@dataclass
class Row:
    section: str
    name: str
    sent: bytes
    status: int
    closes: bool
    method: str = "POST"  # how the answer is read (a HEAD's has no body)
    half_close: bool = False  # the client ends its side after sending
    expect_in_body: Optional[str] = None


ROWS = [
    # §2.2 message parsing
    Row("2.2", "bare LF line endings (may be refused)", ews().replace(b"\r\n", b"\n"), 400, True),
    Row("2.2", "a bare CR inside a field value is invalid", ews(b"X-Note: a\rb"), 400, True),
    Row("2.2", "whitespace between the request line and the first field", ews().replace(b"HTTP/1.1\r\n", b"HTTP/1.1\r\n X: y\r\n", 1), 400, True),
    # §3 request line
    Row("3", "a method with a character outside token", ews(method=b"PO(ST"), 400, True),
    Row("3", "an unknown method (RFC 9110 §9.1: 501)", request(HOST, method=b"BREW", target=b"/"), 501, False),
    Row("3", "methods are case-sensitive: 'post' is unknown", ews(method=b"post"), 501, False),
    Row("3", "two spaces in the request line", ews().replace(b"POST /", b"POST  /", 1), 400, True),
    Row("3", "a request target with a space", ews(target=b"/EWS/Exchange asmx"), 400, True),
    Row("2.3", "HTTP/2.0 in an HTTP/1.1 request line", ews(version=b"HTTP/2.0"), 400, True),
    Row("2.3", "a version that is not HTTP-version", ews(version=b"HTTP/1.x"), 400, True),
    # §3.2 request target and Host
    Row("3.2", "HTTP/1.1 without Host", request(ALICE, body=BAD_ID), 400, True),
    Row("3.2", "two Host fields", ews(HOST), 400, True),
    Row("3.2", "a Host that is not a host and port", request(b"Host: 127.0.0.1/x", ALICE, body=BAD_ID), 400, True),
    Row("3.2", "a Host that is not loopback (DNS rebinding; RFC 9110 §15.5.20: 421)",
        request(b"Host: attacker.example", ALICE, body=BAD_ID), 421, False),
    Row("3.2", "localhost by name", request(b"Host: localhost:8080", ALICE, body=BAD_ID), 200, False,
        expect_in_body="ErrorInvalidIdMalformed"),
    Row("3.2.2", "absolute-form is accepted", request(HOST, ALICE, target=b"http://127.0.0.1:8080/EWS/Exchange.asmx",
                                                       body=BAD_ID), 200, False, expect_in_body="ErrorInvalidIdMalformed"),
    Row("3.2.2", "absolute-form: Host is ignored for the target's authority",
        request(b"Host: attacker.example", ALICE, target=b"HTTP://[::1]/EWS/Exchange.asmx?x=1", body=BAD_ID), 200, False,
        expect_in_body="ErrorInvalidIdMalformed"),
    Row("3.2.2", "absolute-form naming another host", request(HOST, ALICE, target=b"http://attacker.example/EWS/Exchange.asmx",
                                                              body=BAD_ID), 421, False),
    Row("3.2", "HTTP/1.0 without Host is served, then closed", request(ALICE, version=b"HTTP/1.0", body=BAD_ID), 200, True,
        expect_in_body="ErrorInvalidIdMalformed"),
    Row("3.2.4", "asterisk-form (OPTIONS *)", request(HOST, method=b"OPTIONS", target=b"*"), 501, False),
    Row("3.2.3", "authority-form outside CONNECT", request(HOST, method=b"GET", target=b"127.0.0.1:80"), 400, True),
    # §5 fields
    Row("5.1", "whitespace between a field name and the colon", ews(b"X-Note : y"), 400, True),
    Row("5.2", "obs-fold in a field value (may be replaced by SP)", ews(b"X-Note: a\r\n b"), 200, False,
        expect_in_body="ErrorInvalidIdMalformed"),
    Row("5", f"a header section over {HEADER_LIMIT} bytes (RFC 6585: 431)", ews(b"X-Big: " + b"a" * HEADER_LIMIT), 431, True),
    Row("3", f"a request line over {HEADER_LIMIT} bytes", ews(target=b"/" + b"a" * HEADER_LIMIT), 431, True),
    # §6 message body: Content-Length
    Row("6.2", "Content-Length and the body", ews(), 200, False, expect_in_body="ErrorInvalidIdMalformed"),
    Row("6.3", "a Content-Length that is not a number", ews(b"Content-Length: 1x").replace(
        b"Content-Length: %d\r\n" % len(BAD_ID), b"", 1), 400, True),
    Row("6.3", "Content-Length with two different values", ews(length=False).replace(
        b"\r\n\r\n", b"\r\nContent-Length: %d, %d\r\n\r\n" % (len(BAD_ID), len(BAD_ID) + 1), 1), 400, True),
    Row("6.3", "two Content-Length fields that differ", ews(b"Content-Length: 3"), 400, True),
    Row("6.3", "a negative Content-Length", ews(length=False).replace(b"\r\n\r\n", b"\r\nContent-Length: -1\r\n\r\n", 1),
        400, True),
    Row("6.3", "Content-Length the same twice may be accepted", ews(b"Content-Length: %d" % len(BAD_ID)), 200, False,
        expect_in_body="ErrorInvalidIdMalformed"),
    Row("6.2", f"a Content-Length over --max-bytes ({MAX_BYTES}) is refused before the body is read (RFC 9110: 413)",
        ews(length=False, body=b"").replace(b"\r\n\r\n", b"\r\nContent-Length: %d\r\n\r\n" % (MAX_BYTES + 1), 1), 413, True),
    Row("6.3", "the connection ends inside the body", ews()[:-10], 400, True, half_close=True),
    Row("6.3", "a POST with neither Content-Length nor Transfer-Encoding has an empty body",
        request(HOST, ALICE, length=False), 500, False, expect_in_body="ErrorSchemaValidation"),
    # §6.1, §6.3 Transfer-Encoding
    Row("6.1", "Transfer-Encoding and Content-Length together", ews(b"Transfer-Encoding: chunked"), 400, True),
    Row("6.1", "Content-Length, then Transfer-Encoding: identity", ews(b"Transfer-Encoding: identity"), 400, True),
    Row("6.3", "Transfer-Encoding: identity (the body would be read as a second request)",
        ews(b"Transfer-Encoding: identity", length=False, body=request(HOST, ALICE, body=BAD_ID)), 400, True),
    Row("6.3", "Transfer-Encoding: chunked, identity", chunked_ews().replace(b"chunked\r\n", b"chunked, identity\r\n", 1),
        400, True),
    Row("6.3", "Transfer-Encoding: gzip", chunked_ews().replace(b"chunked\r\n", b"gzip\r\n", 1), 400, True),
    Row("6.3", "an unknown transfer coding", chunked_ews().replace(b"chunked\r\n", b"x-unknown\r\n", 1), 400, True),
    Row("6.1", "gzip, chunked: chunked is final, gzip not implemented (501)",
        chunked_ews().replace(b"chunked\r\n", b"gzip, chunked\r\n", 1), 501, True),
    Row("6.1", "chunked applied twice", chunked_ews().replace(b"chunked\r\n", b"chunked, chunked\r\n", 1), 400, True),
    Row("6.1", "Transfer-Encoding in an HTTP/1.0 request", chunked_ews(version=b"HTTP/1.0"), 400, True),
    Row("6.1", "an empty Transfer-Encoding", chunked_ews().replace(b"chunked\r\n", b"\r\n", 1), 400, True),
    # §7.1 chunked transfer coding
    Row("7.1", "a chunked body", chunked_ews(), 200, False, expect_in_body="ErrorInvalidIdMalformed"),
    Row("7.1", "one-byte chunks", chunked_ews(size=1), 200, False, expect_in_body="ErrorInvalidIdMalformed"),
    Row("7.1", "a chunk size that is not hexadecimal", first_chunk_size(b"zz"), 400, True),
    Row("7.1", "a chunk size beyond 64 bits", first_chunk_size(b"1" + b"0" * 16),
        400, True),
    Row("7.1", "chunk data longer than its size", first_chunk_size(b"ff"), 400, True),
    Row("7.1.1", "chunk extensions are accepted", chunked_ews(extension=b';name="quoted value";x'), 200, False,
        expect_in_body="ErrorInvalidIdMalformed"),
    Row("7.1.1", f"chunk extensions over {HEADER_LIMIT} bytes", chunked_ews(extension=b";x=" + b"a" * HEADER_LIMIT),
        400, True),
    Row("7.1.2", "a trailer section is accepted and ignored", chunked_ews(trailer=[b"X-Checksum: 1"]), 200, False,
        expect_in_body="ErrorInvalidIdMalformed"),
    Row("7.1.2", "credentials in the trailer only do not authenticate (RFC 9110 §6.5.1)",
        request(HOST, b"Transfer-Encoding: chunked", length=False, body=chunked(BAD_ID, trailer=[ALICE])), 401, False),
    Row("7.1.2", f"a trailer section over {HEADER_LIMIT} bytes",
        chunked_ews(trailer=[b"X-Big: " + b"a" * HEADER_LIMIT]), 400, True),
    Row("7.1", f"a chunked body over --max-bytes ({MAX_BYTES})", chunked_ews(body=b"a" * (MAX_BYTES + 1), size=4096),
        413, True),
    Row("7.1", "the connection ends before the last chunk", chunked_ews()[:-5], 400, True, half_close=True),
    # §9.3 persistence; RFC 9110 §9.3.2 (HEAD), §10.1.1 (Expect)
    Row("9.3", "HTTP/1.1 stays open by default", ews(), 200, False, expect_in_body="ErrorInvalidIdMalformed"),
    Row("9.6", "Connection: close closes after the answer", ews(b"Connection: close"), 200, True),
    Row("9.3", "HTTP/1.0 closes by default", ews(version=b"HTTP/1.0"), 200, True),
    Row("9.3", "HTTP/1.0 with Connection: keep-alive stays open", ews(b"Connection: keep-alive", version=b"HTTP/1.0"),
        200, False),
    Row("9.3", "a trailer's Connection: close does not change persistence",
        chunked_ews(trailer=[b"Connection: close"]), 200, False),
    Row("RFC 9110 9.3.2", "HEAD: Content-Length but no content", request(HOST, method=b"HEAD", target=b"/EWS/Exchange.asmx"),
        405, False, method="HEAD"),
    Row("RFC 9110 9.3.2", "HEAD of a missing page", request(HOST, method=b"HEAD", target=b"/missing"), 404, False,
        method="HEAD"),
    Row("RFC 9110 9.3.2", "HEAD refused for its header section: no content either (found by fuzz_http_server)",
        request(HOST, b"X-Big: " + b"a" * HEADER_LIMIT, method=b"HEAD", target=b"/"), 431, True, method="HEAD"),
    Row("RFC 9110 10.1.1", "Expect: 100-continue gets 100, then the answer", ews(b"Expect: 100-continue"), 200, False,
        expect_in_body="ErrorInvalidIdMalformed"),
    Row("RFC 9110 10.1.1", "an expectation other than 100-continue (417)", ews(b"Expect: tea"), 417, True),
    # RFC 9110 §11 authentication
    Row("RFC 9110 11.1", "the scheme name in lower case", request(HOST, ALICE.replace(b"Basic", b"basic"), body=BAD_ID),
        200, False, expect_in_body="ErrorInvalidIdMalformed"),
    Row("RFC 9110 11.6.2", "a wrong password (401, the body still read: the connection stays usable)",
        request(HOST, b"Authorization: Basic " + base64.b64encode(b"alice:guess"), body=BAD_ID), 401, False),
]


class Wire:
    """One connection read through one buffer, so that bytes a server sends beyond an
    answer (a HEAD answer's content, say) are seen by the next read, not lost with the
    buffer of a throwaway reader."""

    class _Unclosable:
        def __init__(self, file):
            self.file = file

        def __getattr__(self, name):
            return getattr(self.file, name)

        def close(self):  # http.client closes its file at the end of each answer
            pass

    def __init__(self, sock):
        self.sock = sock
        self.file = sock.makefile("rb")

    def makefile(self, mode):
        return Wire._Unclosable(self.file)

    def answer(self, method):
        """(status, headers, body) of the next final response; http.client skips 100 Continue."""
        response = http.client.HTTPResponse(self, method=method)
        response.begin()
        body = response.read()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, body

    def closed_by_server(self):
        """True when the server closes the connection with nothing more to read."""
        self.sock.settimeout(5)
        try:
            return self.file.read(1) == b""
        except ConnectionResetError:
            return True
        except socket.timeout:
            return False


class Rfc9112Framing(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = MockServer("--max-bytes", str(MAX_BYTES), "--read-timeout", "5")

    @classmethod
    def tearDownClass(cls):
        cls.server.cleanup()

    def test_every_row(self):
        for row in ROWS:
            with self.subTest(section=row.section, row=row.name):
                self.check(row)
        self.assertEqual(self.server.sent(), [], "no row sends mail")

    def check(self, row):
        with socket.create_connection(("127.0.0.1", self.server.port), timeout=10) as sock:
            wire = Wire(sock)
            sock.sendall(row.sent)
            if row.half_close:
                sock.shutdown(socket.SHUT_WR)
            status, headers, body = wire.answer(row.method)
            self.assertEqual(status, row.status, body)
            if row.expect_in_body:
                self.assertIn(row.expect_in_body, body.decode())
            if row.method == "HEAD":
                self.assertNotEqual(headers.get("content-length", "0"), "0")
            if row.closes:
                self.assertEqual(headers.get("connection", "").lower(), "close")
                self.assertTrue(wire.closed_by_server(), "the server must close the connection, and say no more")
            else:
                self.assertNotEqual(headers.get("connection", "").lower(), "close")
                sock.sendall(NEXT)
                self.assertEqual(wire.answer("GET")[0], 404, "the connection must still be usable")


class Smuggling(unittest.TestCase):
    """The attack behind §6.3's rule: a request hidden in a body the server cannot frame."""

    def test_a_send_item_hidden_behind_transfer_encoding_identity_is_never_executed(self):
        server = MockServer()
        try:
            hidden = request(HOST, ALICE, body=SEND)
            with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
                wire = Wire(sock)
                sock.sendall(ews(b"Transfer-Encoding: identity", length=False, body=hidden))
                self.assertEqual(wire.answer("POST")[0], 400)
                self.assertTrue(wire.closed_by_server())
            self.assertEqual(server.sent(), [])
            self.assertIn("AAAtAEF=", [i["id"] for m in server.state()["mailboxes"] for i in m["items"]])
        finally:
            server.cleanup()


if __name__ == "__main__":
    unittest.main()
