"""The set-up scripts: scripts/main-job installs and builds only what the main job uses, and
scripts/test-all (install-deps all, the release preset) everything. Nothing here installs or
builds: the scripts run in a copy of scripts/ with stand-ins for dpkg-query, apt-get, npm and
cmake on PATH, and the main preset is configured into a directory of its own."""

import os
import pathlib
import shutil
import subprocess
import tempfile
import unittest

SOURCE = pathlib.Path(__file__).resolve().parents[2]
CMAKE = os.environ["EWS_CMAKE"]
TOOLS = {"ews-validate": os.environ["EWS_VALIDATE"], "ews-senditem": os.environ["EWS_SENDITEM"]}

MAIN_PACKAGES = {"build-essential", "cmake", "ninja-build", "ccache", "xsdcxx", "libxerces-c-dev", "libicu-dev",
                 "libxml2-dev", "libboost-program-options-dev", "nlohmann-json3-dev"}
# What only the test suite, the fuzzing and sanitizer builds and the benchmarks use.
TEST_ONLY_PACKAGES = {"nodejs", "python3", "python3-exchangelib", "googletest", "libgtest-dev", "libgmock-dev",
                      "libbenchmark-dev", "libexpat1-dev", "libpugixml-dev", "gnuplot-nox", "hyperfine", "wrk", "clang",
                      "libclang-rt-14-dev", "curl", "libxml2-utils", "libboost-dev"}

# Stand-ins: every package is installed, apt-get must not be reached, npm always fails, cmake
# only says how it was called. Each records its arguments in $STANDIN_LOG.
STANDINS = {
    "dpkg-query": 'printf "install ok installed"',
    "apt-get": 'echo "apt-get $*" >> "$STANDIN_LOG"; exit 1',
    "sudo": 'exec "$@"',
    "npm": 'echo "npm $*" >> "$STANDIN_LOG"; echo "npm: registry.npmjs.org unreachable" >&2; exit 1',
    "cmake": 'echo "cmake $*" >> "$STANDIN_LOG"',
}


class ScriptsCopy:
    """scripts/, the client tests' package files (no node_modules) and examples/seed in a temporary
    clone, with build/release/tools holding the tools under test."""

    def __init__(self):
        self.root = pathlib.Path(tempfile.mkdtemp(prefix="ewsxsd-setup-"))
        shutil.copytree(SOURCE / "scripts", self.root / "scripts")
        shutil.copytree(SOURCE / "examples" / "seed", self.root / "examples" / "seed")
        js = self.root / "tests" / "clients" / "ews-javascript-api"
        js.mkdir(parents=True)
        for name in ("package.json", "package-lock.json"):
            shutil.copy(SOURCE / "tests" / "clients" / "ews-javascript-api" / name, js)
        tools = self.root / "build" / "release" / "tools"
        tools.mkdir(parents=True)
        for name, path in TOOLS.items():
            (tools / name).symlink_to(path)
        self.bin = self.root / "standins"
        self.bin.mkdir()
        for name, body in STANDINS.items():
            (self.bin / name).write_text(f"#!/bin/sh\n{body}\n")
            (self.bin / name).chmod(0o755)
        self.log = self.root / "standins.log"

    def run(self, script, *args):
        env = dict(os.environ, PATH=f"{self.bin}:{os.environ['PATH']}", STANDIN_LOG=str(self.log))
        return subprocess.run([str(self.root / "scripts" / script), *args], capture_output=True, text=True,
                              env=env, cwd=self.root, timeout=120)

    def calls(self):
        return self.log.read_text().splitlines() if self.log.exists() else []

    def cleanup(self):
        shutil.rmtree(self.root)


class InstallDeps(unittest.TestCase):
    def setUp(self):
        self.copy = ScriptsCopy()
        self.addCleanup(self.copy.cleanup)

    def listed(self, set_name):
        done = self.copy.run("install-deps", "--list", set_name)
        self.assertEqual((done.returncode, done.stderr), (0, ""))
        return done.stdout.split()

    def test_the_main_set_is_what_building_and_running_the_two_tools_needs(self):
        main = self.listed("main")
        self.assertEqual(len(main), len(set(main)))
        self.assertEqual(set(main), MAIN_PACKAGES)
        self.assertEqual(self.copy.calls(), [])

    def test_the_full_set_adds_the_test_packages(self):
        full = set(self.listed("all"))
        self.assertLessEqual(MAIN_PACKAGES | TEST_ONLY_PACKAGES, full)

    def test_the_main_set_installs_nothing_from_npm(self):
        done = self.copy.run("install-deps", "main")
        self.assertEqual((done.returncode, done.stdout, done.stderr),
                         (0, "install-deps: all packages of 'main' present\n", ""))
        self.assertEqual(self.copy.calls(), [])

    def test_the_full_set_runs_npm_ci_and_says_why_it_failed(self):
        done = self.copy.run("install-deps", "all")
        self.assertEqual(done.returncode, 1)
        self.assertEqual(self.copy.calls(), ["npm ci --no-audit --no-fund --loglevel=error"])
        self.assertIn("install-deps: npm ci failed. Behind a proxy that re-signs TLS", done.stderr)

    def test_an_unknown_set_is_refused(self):
        done = self.copy.run("install-deps", "tests")
        self.assertEqual((done.returncode, done.stdout, done.stderr),
                         (2, "", "usage: scripts/install-deps [main|all] | --list main|all\n"))
        self.assertEqual(self.copy.calls(), [])


class MainJob(unittest.TestCase):
    def test_runs_to_the_end_without_npm_and_builds_with_the_main_preset(self):
        copy = ScriptsCopy()
        self.addCleanup(copy.cleanup)
        done = copy.run("main-job")
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertTrue(done.stdout.startswith("install-deps: all packages of 'main' present\n"), done.stdout)
        self.assertTrue(done.stdout.endswith("\nmain-job: done\n"), done.stdout)
        self.assertEqual(copy.calls(), ["cmake --preset main", "cmake --build --preset main"])


def cache_value(build_dir, name):
    for line in (build_dir / "CMakeCache.txt").read_text().splitlines():
        if line.startswith(f"{name}:"):
            return line.split("=", 1)[1]
    return None


class Presets(unittest.TestCase):
    # The packages only the tests and benchmarks find; disabled, a REQUIRED find_package of one is an error.
    # (LibXml2 is not one: the runtime's fast engine reads with it.)
    TEST_FIND_PACKAGES = ("GTest", "benchmark", "EXPAT", "pugixml", "Python3")

    def configure(self, build_dir, preset, disabled):
        switch = "ON" if disabled else "OFF"
        args = [f"-DCMAKE_DISABLE_FIND_PACKAGE_{name}={switch}" for name in self.TEST_FIND_PACKAGES]
        done = subprocess.run([CMAKE, "--preset", preset, "-B", str(build_dir), *args], cwd=SOURCE,
                              capture_output=True, text=True, timeout=240)
        self.assertEqual(done.returncode, 0, done.stdout + done.stderr)

    def test_main_configures_without_test_packages_and_release_turns_tests_back_on(self):
        build_dir = pathlib.Path(tempfile.mkdtemp(prefix="ewsxsd-main-preset-"))
        self.addCleanup(shutil.rmtree, build_dir)
        self.configure(build_dir, "main", disabled=True)
        self.assertEqual((cache_value(build_dir, "EWS_BUILD_TESTS"), cache_value(build_dir, "EWS_BUILD_BENCH")),
                         ("OFF", "OFF"))
        # The main preset shares build/release: the release preset must turn tests and benchmarks
        # on again in a cache the main preset wrote.
        self.configure(build_dir, "release", disabled=False)
        self.assertEqual((cache_value(build_dir, "EWS_BUILD_TESTS"), cache_value(build_dir, "EWS_BUILD_BENCH")),
                         ("ON", "ON"))


if __name__ == "__main__":
    unittest.main()
