"""How test_clients reports what it cannot run: a machine without the set-up (exchangelib, node,
the npm packages) gets one line naming what is missing and the step that installs it, and exit
status 1; a failing ews-javascript-api scenario is one failure per version. test_clients runs here
from a copy of tests/clients without node_modules, so that the real installation stays untouched."""

import os
import pathlib
import re
import shutil
import subprocess
import tempfile
import unittest

TESTS = pathlib.Path(__file__).resolve().parent.parent
PYTHON = "/usr/bin/python3"  # Debian's, as clients_interop_test runs it: exchangelib is Debian's package
NPM_HINT = "run scripts/install-deps, which runs npm ci there (scripts/install-deps main does not)"


class ClientsCopy:
    def __init__(self, with_js_module):
        self.root = pathlib.Path(tempfile.mkdtemp(prefix="ewsxsd-clients-"))
        self.clients = self.root / "clients"
        shutil.copytree(TESTS / "clients", self.clients, ignore=shutil.ignore_patterns("node_modules", "__pycache__"))
        shutil.copytree(TESTS / "mock-server", self.root / "mock-server",
                        ignore=shutil.ignore_patterns("__pycache__"))
        self.node_modules = self.clients / "ews-javascript-api" / "node_modules"
        if with_js_module:
            # What the set-up check looks for; enough when node itself is a stand-in or absent.
            module = self.node_modules / "ews-javascript-api"
            module.mkdir(parents=True)
            (module / "package.json").write_text('{"name": "ews-javascript-api"}\n')
        self.bin = self.root / "bin"
        self.bin.mkdir()

    def fake_node(self):
        node = self.bin / "node"
        node.write_text('#!/bin/sh\necho "node stand-in: scenario failed" >&2\nexit 1\n')
        node.chmod(0o755)

    def run(self, *args, python_options=(), path=None):
        env = dict(os.environ, PATH=path if path is not None else f"{self.bin}:{os.environ['PATH']}")
        return subprocess.run([PYTHON, *python_options, "-m", "unittest", "-v", *args, "test_clients"],
                              capture_output=True, text=True, env=env, cwd=self.clients, timeout=240)

    def cleanup(self):
        shutil.rmtree(self.root)


class MissingSetup(unittest.TestCase):
    def copy(self, with_js_module):
        copy = ClientsCopy(with_js_module)
        self.addCleanup(copy.cleanup)
        return copy

    def assertFailsWith(self, done, *messages):
        self.assertEqual((done.returncode, done.stdout), (1, ""))
        self.assertEqual(done.stderr, "".join(f"clients_interop_test: {m}\n" for m in messages))

    def test_without_the_npm_packages(self):
        copy = self.copy(with_js_module=False)
        self.assertFailsWith(copy.run(),
                             f"ews-javascript-api is not installed in {copy.node_modules}: {NPM_HINT}")

    def test_without_exchangelib(self):
        copy = self.copy(with_js_module=True)
        # -S: without site-packages, so without /usr/lib/python3/dist-packages where Debian puts exchangelib.
        self.assertFailsWith(copy.run(python_options=["-S"]),
                             f"exchangelib cannot be imported by {PYTHON} (No module named 'exchangelib'): "
                             "run scripts/install-deps, which installs Debian's python3-exchangelib")

    def test_without_node(self):
        copy = self.copy(with_js_module=True)
        self.assertFailsWith(copy.run(path=str(copy.bin)),
                             "node is not on PATH: run scripts/install-deps, which installs Debian's nodejs")

    def test_with_nothing_installed_every_missing_piece_is_named(self):
        copy = self.copy(with_js_module=False)
        self.assertFailsWith(copy.run(python_options=["-S"], path=str(copy.bin)),
                             f"exchangelib cannot be imported by {PYTHON} (No module named 'exchangelib'): "
                             "run scripts/install-deps, which installs Debian's python3-exchangelib",
                             "node is not on PATH: run scripts/install-deps, which installs Debian's nodejs",
                             f"ews-javascript-api is not installed in {copy.node_modules}: {NPM_HINT}")


class FailingScenario(unittest.TestCase):
    def test_each_version_fails_on_its_own(self):
        copy = ClientsCopy(with_js_module=True)
        self.addCleanup(copy.cleanup)
        copy.fake_node()
        done = copy.run("-k", "test_send_keeps_no_copy")
        self.assertEqual(done.returncode, 1)
        self.assertNotIn("GeneratorExit", done.stderr)
        verdicts = [line for line in done.stderr.splitlines() if re.match(r"(FAIL|ERROR):", line)]
        test = "test_send_keeps_no_copy (test_clients.EwsJavascriptApi.test_send_keeps_no_copy)"
        self.assertEqual(verdicts, [
            f"FAIL: {test} (version='Exchange2010_SP2')",
            f"FAIL: {test} (version='Exchange2013')",
            "FAIL: test_every_recorded_request_validates "
            "(test_clients.RecheckRecordedRequests.test_every_recorded_request_validates)"])
        self.assertEqual(done.stderr.count("AssertionError: node failed: node stand-in: scenario failed"), 2)


if __name__ == "__main__":
    unittest.main()
