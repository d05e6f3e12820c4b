"""The Dagster UI checked as a person sees it: Chromium (Debian's) driven by Playwright.

The bundled example runs in a fresh instance (tests/e2e/ui_example.py: held at the domain gate,
confirmed, carried through Analysis and Migration), ``dagster-webserver`` serves it on a free
loopback port (started while the example runs), and the test opens the pages a data engineer uses:
each stage asset's partition for the run (its tables shown whole on the page, the analysis plots shown in
place, a chunk's own checkpoint), the held gate as a failed blocking check whose reason names the column, the
Runs page (one named job per stage) and the launchpad of the confirmation job (typed, described
config), from which it launches a run. Every page is kept as a screenshot under
``$MAPWRIGHT_TEST_ARTIFACTS`` (default: the test's tmp folder), printed at the end. The pages of
sample_pack, migration_preflight and promotion are the ``slow`` variant's.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import dagster as dg
import pytest

from tests.e2e.procs import PROJECT, base_env, free_port, http_ok, repo_dagster_home, start_group, stop_group, wait_for

CHROMIUM = Path(os.environ.get("MAPWRIGHT_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]
LOCATION = "mapwright"
VIEWPORT = {"width": 1600, "height": 2400}

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is a dev dependency (pyproject [dev])")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM} (scripts/bootstrap.sh "
                                                                "installs Debian's chromium)")


class Site:
    """A served instance with the example's run in it."""

    def __init__(self, url: str, run: dict[str, Any], home: Path, env: dict[str, str], shots: Path) -> None:
        self.url, self.run, self.home, self.env, self.shots = url, run, home, env, shots
        self.modal_seen = False


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """Run the example into a fresh instance, then serve it with dagster-webserver."""
    root = tmp_path_factory.mktemp("ui")
    shots = Path(os.environ.get("MAPWRIGHT_TEST_ARTIFACTS") or root / "artifacts") / "ui"
    shots.mkdir(parents=True, exist_ok=True)
    home = repo_dagster_home(root / "dagster_home")
    # The workspace names the code location as production does (workspace.yaml: `mapwright`).
    (home / "workspace.yaml").write_text(
        f"load_from:\n  - python_module:\n      module_name: orchestration.definitions\n"
        f"      location_name: {LOCATION}\n      working_directory: {PROJECT}\n")
    env = base_env(MAPWRIGHT_HOME=str(root / "var"), DAGSTER_HOME=str(home))
    port = free_port()
    log = root / "webserver.log"
    # The webserver starts while the example runs (it reads the instance on every request).
    proc = start_group([str(Path(sys.executable).parent / "dagster-webserver"), "-h", "127.0.0.1", "-p", str(port),
                        "-w", str(home / "workspace.yaml")], env, log)
    try:
        built = subprocess.run([sys.executable, "-m", "tests.e2e.ui_example"], cwd=PROJECT, env=env,
                               capture_output=True, text=True, timeout=480)
        assert built.returncode == 0, built.stderr[-4000:]
        run = json.loads(built.stdout.strip().splitlines()[-1])

        def alive() -> None:
            if proc.poll() is not None:
                raise AssertionError(f"webserver exited:\n{log.read_text()[-3000:]}")

        wait_for("the webserver", lambda: http_ok(f"http://127.0.0.1:{port}/server_info"), 90, every_s=0.25,
                 alive=alive)
        yield Site(f"http://127.0.0.1:{port}", run, home, env, shots)
    finally:
        stop_group(proc, grace_s=0.5)  # nothing to flush: the webserver only reads the instance
        print(f"\nUI screenshots: {shots}")


@pytest.fixture(scope="module")
def page(site: Site) -> Iterator[Any]:
    """One browser page for all checks (the community modal shows once per profile)."""
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS, headless=True)
        try:
            pg = browser.new_page(viewport=VIEWPORT)
            pg.set_default_timeout(20_000)
            yield pg
        finally:
            browser.close()


LATEST = "Latest materialization"
#: the panel holding a materialization's metadata entries
METADATA = "[class*=AssetEventMetadataEntriesTable]"


def _open(page: Any, site: Site, path: str, name: str, ready: str) -> str:
    """Open ``path``, dismiss the community modal when it shows (once per browser profile), wait for
    ``ready``, screenshot; returns the page text."""
    if page.url != site.url + path:  # the page a test before left open is not loaded again
        page.goto(site.url + path)
    page.get_by_text(ready, exact=False).first.wait_for()
    if not site.modal_seen:
        modal = page.get_by_text("Join the Dagster community")
        if _appears(modal, 5000):
            page.get_by_role("button", name="Skip").click()
            modal.wait_for(state="hidden")
        site.modal_seen = True
    if ready == LATEST:  # a materialization: wait for its metadata (the page first shows an empty placeholder)
        page.wait_for_function("""(sel) => { const d = document.querySelector(sel);
                                             return d && !d.innerText.includes('No metadata entries'); }""",
                               arg=METADATA)
    else:
        page.wait_for_load_state("networkidle")
    page.screenshot(path=str(site.shots / f"{name}.png"), full_page=True)
    return str(page.inner_text("body"))


def _appears(locator: Any, timeout_ms: int) -> bool:
    try:
        locator.wait_for(timeout=timeout_ms)
        return True
    except sync_api.TimeoutError:
        return False


def _partition(site: Site, asset: str) -> str:
    return f"/assets/{asset}?view=partitions&partition={site.run['run_id']}"


def _overflow(page: Any) -> int:
    """How far the metadata of the open materialization runs past its panel (px; 0: nothing hidden to the right)."""
    return int(page.evaluate("""(sel) => { const d = document.querySelector(sel);
                                        return d ? d.scrollWidth - d.clientWidth : -1; }""", METADATA))


SLOW = pytest.mark.slow


@pytest.mark.parametrize(("asset", "expected"), [
    ("catalog", ["customer_id", "Customer ID", "distinct"]),
    ("domain_assignments", ["Amount", "borderline", "money.amount", "rationale"]),
    # the SQL of each target column is shown in place, as code
    ("mapping_plan", ["full_name", "first_name + last_name", "signup_date", "regex_extract", "reasons",
                      "SQL: customer_id", "SELECT", "SQL: signup_date"]),
    pytest.param("sample_pack", ["masked", "first 5 values", "EMAIL_ADDRESS"], marks=SLOW),
    pytest.param("migration_preflight", ["chunks"], marks=SLOW),
    pytest.param("promotion", ["rows_loaded", "row_count", "checksum"], marks=SLOW),
    ("analysis_report", ["findings", "feasibility", "profile", "fails", "not applicable"]),  # last: the plots test
])
def test_stage_partition_pages_show_their_tables(page: Any, site: Site, asset: str, expected: list[str]) -> None:
    if asset not in site.run["materialized"]:
        pytest.skip(f"{asset} was not reached by the example on this branch: {site.run}")
    text = _open(page, site, _partition(site, asset), f"asset_{asset}", LATEST)
    assert site.run["run_id"] in text
    for word in expected:
        assert word in text, f"{asset}: {word!r} not on the page"
    # Tables are tables on the page itself: no raw Markdown, nothing folded behind a link, no cell cut short,
    # nothing running past the right edge of the panel (a few px: the metadata table's own borders).
    assert "|---|" not in text and "```" not in text, f"{asset}: raw Markdown source on the page"
    folded = [r.split("\t")[0].strip() for r in page.locator("tr").filter(has_text="[Show Markdown]").all_inner_texts()]
    assert not folded, f"{asset}: {folded} folded behind [Show Markdown]"
    cut = [t for t in page.locator("table table td").all_inner_texts() if t.strip().endswith("...")]
    assert not cut, f"{asset}: cells cut short: {cut[:3]}"
    over = _overflow(page)
    assert over >= 0, f"{asset}: no metadata panel on the page"
    assert over <= 4, f"{asset}: the metadata runs {over} px past the page's edge"


def test_analysis_plots_render(page: Any, site: Site) -> None:
    """Each plot is a Markdown entry under the UI's 1000-character limit, so it shows in place (no click)."""
    if "analysis_report" not in site.run["materialized"]:
        pytest.skip("analysis_report not reached")
    _open(page, site, _partition(site, "analysis_report"), "asset_analysis_report", LATEST)
    labels = [t.strip() for t in page.locator("td").all_inner_texts() if t.strip().startswith("plot:")]
    assert labels, "no plot entry in the analysis report's metadata"
    for i, label in enumerate(labels):
        row = page.locator("td").filter(has_text=re.compile(f"^{re.escape(label)}$")).first.locator("xpath=..")
        assert "[Show Markdown]" not in str(row.inner_text()), f"{label}: folded behind [Show Markdown]"
        img = row.locator("img").first
        img.wait_for()
        src = str(img.get_attribute("src") or "")
        assert src.startswith("data:image/svg+xml"), f"{label}: image source is not the SVG data URI: {src[:60]!r}"
        state = img.evaluate("(el) => [el.complete, el.naturalWidth, el.naturalHeight]")
        box = img.bounding_box()
        assert state[0] and state[1] > 0 and state[2] > 0, f"{label}: the SVG did not decode: {state}"
        assert box is not None and box["width"] > 50 and box["height"] > 20 and img.is_visible(), (label, box)
        img.screenshot(path=str(site.shots / f"plot_{i}.png"))


def test_chunk_partition_shows_its_own_checkpoint(page: Any, site: Site) -> None:
    if "migration_chunks" not in site.run["materialized"]:
        pytest.skip("migration_chunks not reached")
    key = f"{site.run['run_id']}~c00000"
    text = _open(page, site, f"/assets/migration_chunks?view=partitions&partition={key}", "asset_migration_chunk",
                 LATEST)
    # The chunk's own figures (its checkpoint), not the Dagster run's totals.
    for word in ("chunk", "rows_in", "rows_out", "quarantined", "row check: constraint_failures", "content_hash",
                 "checksum", "seconds", "already loaded (no-op)"):
        assert word in text, f"migration_chunks {key}: {word} not shown"
    assert re.search(r"content_hash\s+[0-9a-f]{16,}", text), "the chunk's content hash is not shown"


def test_held_gate_is_a_failed_blocking_check_with_its_reason(page: Any, site: Site) -> None:
    assert site.run["held"] == "DOMAINS", site.run  # the example's borderline column holds the domain gate
    text = _open(page, site, "/assets/domain_assignments?view=checks", "check_domain_assignments_gate",
                 "domain_assignments_gate")
    assert "blocking asset check" in text and "Failed" in text
    # The reason is a sentence that names the column that holds.
    assert "1 borderline column(s) need review: Amount (customers)" in text, "the hold's reason is not on the page"


def test_runs_page_names_the_stage_each_run_ran(page: Any, site: Site) -> None:
    text = _open(page, site, "/runs", "runs", "ingest_job")
    for job in ("ingest_job", "domains_job", "mapping_job", "analysis_job", "migration_preflight_job",
                "migration_chunks_job", "promotion_job"):
        assert job in text, f"{job} not on the Runs page"
    assert "__ephemeral_asset_job__" not in text and "__ASSET_JOB" not in text
    # Only tags a person filters by (stage, lane, run id): no process bookkeeping.
    assert "mapwright/host" not in text and "mapwright/pid" not in text and "proc_start" not in text


def test_confirm_job_launches_from_the_launchpad_with_config(page: Any, site: Site) -> None:
    run_id = site.run["run_id"]
    text = _open(page, site, f"/locations/{LOCATION}/jobs/confirm_stage_job/playground",
                 "launchpad_confirm_stage_job", "Launch Run")
    # Typed config: the launchpad opens with every field and its default listed.
    opened = str(page.evaluate("() => document.querySelector('.CodeMirror').CodeMirror.getValue()"))
    for field_name in ("run_id: ''", "stage: DOMAINS", "user_id: ''", "role: Operator", "note: ''", "gate: ''"):
        assert field_name in opened, f"{field_name!r} not in the launchpad's config:\n{opened}"
    assert "mapwright/lane" in text
    # With the cursor on a field, the schema panel describes it.
    page.locator(".CodeMirror-line").filter(has_text="run_id").first.click()
    page.get_by_text("The mapping run to release").first.wait_for()
    page.screenshot(path=str(site.shots / "launchpad_confirm_stage_job_field_help.png"), full_page=True)
    config = (f"ops:\n  confirm_stage_op:\n    config:\n      run_id: {run_id}\n      stage: DOMAINS\n"
              f"      user_id: ui-tester\n      role: Operator\n      note: from the launchpad\n")
    page.evaluate("(cfg) => document.querySelector('.CodeMirror').CodeMirror.setValue(cfg)", config)
    page.get_by_text("No errors").first.wait_for()
    page.screenshot(path=str(site.shots / "launchpad_confirm_stage_job_filled.png"), full_page=True)
    page.get_by_role("button", name="Launch Run").click()
    page.wait_for_url("**/runs/**", timeout=30_000)
    page.get_by_text("Queued").first.wait_for()
    page.screenshot(path=str(site.shots / "run_confirm_stage_job.png"), full_page=True)
    dagster_run_id = page.url.rstrip("/").split("/runs/")[-1].split("?")[0]
    old = os.environ.get("DAGSTER_HOME")
    os.environ["DAGSTER_HOME"] = str(site.home)
    try:
        with dg.DagsterInstance.get() as instance:
            run = instance.get_run_by_id(dagster_run_id)
    finally:
        if old is None:
            os.environ.pop("DAGSTER_HOME")
        else:
            os.environ["DAGSTER_HOME"] = old
    assert run is not None and run.job_name == "confirm_stage_job"
    ops: Any = dict(run.run_config)["ops"]
    assert ops["confirm_stage_op"]["config"] == {
        "run_id": run_id, "stage": "DOMAINS", "user_id": "ui-tester", "role": "Operator", "note": "from the launchpad"}
    # No daemon serves this instance: the launched run waits in the queue (QueuedRunCoordinator).
    assert run.status is dg.DagsterRunStatus.QUEUED, run.status
