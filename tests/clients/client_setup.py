"""What the client tests need besides the build, each with the set-up step that installs it.

test_clients checks these before it imports exchangelib or starts a scenario: on a machine where
scripts/install-deps did not run, the test fails with one line per missing piece and exit status 1,
not with a failure (or a traceback) per scenario. It fails rather than skips: CI must run it."""

import pathlib
import shutil
import sys

JS_DIR = pathlib.Path(__file__).resolve().parent / "ews-javascript-api"
JS_MODULE = JS_DIR / "node_modules" / "ews-javascript-api" / "package.json"


def missing_setup():
    """One message per missing dependency, naming it and the step that installs it."""
    missing = []
    try:
        import exchangelib  # noqa: F401
    except ImportError as error:
        missing.append(f"exchangelib cannot be imported by {sys.executable} ({error}): "
                       "run scripts/install-deps, which installs Debian's python3-exchangelib")
    if shutil.which("node") is None:
        missing.append("node is not on PATH: run scripts/install-deps, which installs Debian's nodejs")
    if not JS_MODULE.is_file():
        missing.append(f"ews-javascript-api is not installed in {JS_DIR / 'node_modules'}: "
                       "run scripts/install-deps, which runs npm ci there (scripts/install-deps main does not)")
    return missing


def require_client_setup():
    missing = missing_setup()
    if missing:
        for message in missing:
            print(f"clients_interop_test: {message}", file=sys.stderr)
        sys.exit(1)
