#!/usr/bin/env python3
"""How long a normal client waits while ews-mock-server works on the largest requests it
takes: the target is every normal request answered within 100 ms (issue 16, point 5).

One client sends the seed's %BadItemId% SendItem request over a keep-alive connection, back
to back, and times each answer; another sends a large request on its own connection, three
times in a row. The normal client's latencies are reported for each large request (and with
none, as the baseline), with the large request's own time and the server's peak memory.
Not a test: a benchmark, for a person to read (noisy machines make timed tests flaky).

  bench/mock-server-latency.py [--server PATH] [--threads N] [--repeat N]

The large requests, each a SendItem of unknown item ids (answered without changing state):
  max-batch   1,000 ItemIds, the most one request may name (--max-batch): processed
  100k-ids    100,000 ItemIds (4.8 MB): refused whole, after it is parsed (over --max-batch)
  max-bytes   as many ItemIds as fit in 16 MiB (--max-bytes): refused likewise
"""

import argparse
import base64
import http.client
import pathlib
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parent.parent
T = "{http://schemas.microsoft.com/exchange/services/2006/types}"
AUTH = {"Authorization": "Basic " + base64.b64encode(b"alice:wonderland").decode(), "Content-Type": "text/xml"}
TARGET_MS = 100.0


def send_item_with_ids(senditem, count=None, max_bytes=None):
    """A SendItem request naming `count` unknown item ids, or as many as fit in max_bytes.
    ews-senditem writes the request with one ItemId; ElementTree repeats it."""
    one = subprocess.run([senditem, "request", "--item", "AAAA:CK"], check=True, capture_output=True).stdout
    for prefix, uri in (("soap", "http://schemas.xmlsoap.org/soap/envelope/"),
                        ("m", "http://schemas.microsoft.com/exchange/services/2006/messages"), ("t", T[1:-1])):
        ET.register_namespace(prefix, uri)
    root = ET.fromstring(one)
    ids = next(root.iter("{http://schemas.microsoft.com/exchange/services/2006/messages}ItemIds"))
    ids.remove(ids[0])

    def written(n):
        for i in range(len(ids), n):
            element = ET.SubElement(ids, T + "ItemId")
            element.set("Id", base64.b64encode(b"unknown:%08d" % i).decode())
            element.set("ChangeKey", "CK")
        return ET.tostring(root, encoding="utf-8", xml_declaration=True)

    if count is None:
        # Every id is written the same length: the size grows by the same bytes per id.
        base, thousand = len(written(0)), len(written(1000))
        count = (max_bytes - base) // ((thousand - base) // 1000 + 1)
    return written(count)


def peak_rss_mib(pid):
    for line in pathlib.Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def post(connection, body):
    connection.request("POST", "/EWS/Exchange.asmx", body=body, headers=AUTH)
    response = connection.getresponse()
    response.read()
    return response.status


def normal_client(port, body, stop, latencies):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    while not stop.is_set():
        started = time.perf_counter()
        status = post(connection, body)
        latencies.append((time.perf_counter() - started) * 1000)
        if status != 200:
            raise RuntimeError(f"the normal request got {status}")
    connection.close()


def measure(port, normal, large, repeat):
    """Normal-client latencies (ms) while `large` is sent `repeat` times; and the large requests' times (s)."""
    latencies, durations = [], []
    stop = threading.Event()
    client = threading.Thread(target=normal_client, args=(port, normal, stop, latencies))
    client.start()
    time.sleep(0.5)  # the normal client is under way before the first large request
    before = len(latencies)
    if large is None:
        time.sleep(3)
    else:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
        for _ in range(repeat):
            started = time.perf_counter()
            post(connection, large)
            durations.append(time.perf_counter() - started)
        connection.close()
    stop.set()
    client.join()
    return latencies[before:], durations


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--server", default=str(ROOT / "build/release/tools/ews-mock-server"))
    parser.add_argument("--senditem", default=str(ROOT / "build/release/tools/ews-senditem"))
    parser.add_argument("--threads", type=int, default=2, help="the server's worker threads (its default: 2)")
    parser.add_argument("--repeat", type=int, default=3, help="large requests per kind")
    options = parser.parse_args()

    normal = (ROOT / "examples/seed/senditem-request-bad-id.xml").read_bytes()
    large = [("none (baseline)", None),
             ("max-batch: 1,000 ItemIds", send_item_with_ids(options.senditem, count=1000)),
             ("100k-ids: 100,000 ItemIds", send_item_with_ids(options.senditem, count=100_000)),
             ("max-bytes: 16 MiB of ItemIds", send_item_with_ids(options.senditem, max_bytes=16 * 1024 * 1024))]

    with tempfile.TemporaryDirectory() as tmp:
        server = subprocess.Popen([options.server, "--config", str(ROOT / "examples/mock-server/mailboxes.json"),
                                   "--threads", str(options.threads)], stdout=subprocess.PIPE,
                                  stderr=open(pathlib.Path(tmp) / "access.log", "w"), text=True)
        try:
            port = int(re.match(r"listening on 127\.0\.0\.1:(\d+)", server.stdout.readline()).group(1))
            print(f"ews-mock-server {options.server}, {options.threads} worker threads")
            print(f"{'large request':32} {'size':>9} {'its time':>9} {'normal n':>8} {'p50 ms':>7} {'p99 ms':>7} "
                  f"{'max ms':>7} {'peak RSS':>9}")
            worst = 0.0
            for name, body in large:
                latencies, durations = measure(port, normal, body, options.repeat)
                latencies.sort()
                p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
                worst = max(worst, latencies[-1])
                size = f"{len(body) / 1024:.0f} KiB" if body else "-"
                took = f"{statistics.median(durations):.2f} s" if durations else "-"
                print(f"{name:32} {size:>9} {took:>9} {len(latencies):>8} {statistics.median(latencies):>7.2f} "
                      f"{p99:>7.2f} {latencies[-1]:>7.2f} {peak_rss_mib(server.pid):>6.0f} MiB", flush=True)
        finally:
            server.terminate()
            server.wait(timeout=60)
    verdict = "PASS" if worst < TARGET_MS else "MISS"
    print(f"{verdict}: the slowest normal answer took {worst:.1f} ms (target: under {TARGET_MS:.0f} ms)")
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
