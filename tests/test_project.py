"""Project plumbing: the vendored Vega matches the compiler, CI workflows are valid, the commands are documented."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import vl_convert
import yaml

from sitecheck import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def test_vendored_vega_matches_the_version_vl_convert_compiles_for():
    bundle = (ROOT / "docs/assets/vendor/vega/vega.min.js").read_text(encoding="utf-8")
    expected = vl_convert.get_vega_version()
    assert f'"{expected}"' in bundle, f"docs/assets/vendor/vega/vega.min.js is not Vega {expected}; see its README.txt"
    readme = (ROOT / "docs/assets/vendor/vega/README.txt").read_text(encoding="utf-8")
    assert f"Vega {expected}" in readme and "tests/test_project.py" in readme, "README.txt names another version or test"


def test_workflows_validate_against_the_github_schema():
    assert WORKFLOWS
    result = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows", *map(str, WORKFLOWS)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_issue_forms_and_citation_file_validate_against_their_schemas():
    checks = {
        "vendor.github-issue-forms": sorted((ROOT / ".github/ISSUE_TEMPLATE").glob("[!c]*.yml")),
        "vendor.dependabot": [ROOT / ".github/dependabot.yml"],
        "vendor.github-issue-config": [ROOT / ".github/ISSUE_TEMPLATE/config.yml"],
        "vendor.citation-file-format": [ROOT / "CITATION.cff"],
    }
    for schema, files in checks.items():
        assert files, schema
        result = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", schema, *map(str, files)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_workflow_builds_tests_and_deploys_with_least_privilege():
    workflow = yaml.safe_load(WORKFLOWS[0].read_text())
    assert workflow["permissions"] == {"contents": "read"}
    steps = [s for job in workflow["jobs"].values() for s in job.get("steps", [])]
    uses = [s["uses"] for s in steps if "uses" in s]
    assert all(re.match(r"^[\w.-]+/[\w.-]+@[0-9a-f]{40}$", u) for u in uses), "actions must be pinned to a commit"
    assert any(u.startswith("actions/upload-pages-artifact@") for u in uses)
    assert any(u.startswith("actions/deploy-pages@") for u in uses)
    assert any(s.get("with", {}).get("fetch-depth") == 0 for s in steps), "git dates need full history"
    assert any(".ci/run" in s.get("run", "") or "make test" in s.get("run", "") for s in steps), "CI must run the same tests as contributors"
    deploy = workflow["jobs"]["deploy"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert "refs/heads/main" in deploy["if"]


def test_readme_and_ci_use_the_two_commands():
    readme = (ROOT / "README.md").read_text()
    assert "make serve" in readme and "make test" in readme
    ci = (ROOT / ".ci" / "run").read_text()
    assert "make test" in ci and "chromium" in ci


def test_dependencies_are_pinned_with_hashes_and_mkdocs_stays_below_2():
    lock = (ROOT / "requirements.lock").read_text()
    pins = dict(re.findall(r"^([a-z0-9-]+)==([^\s\\]+)", lock, re.MULTILINE))
    assert pins["mkdocs"].startswith("1.") and pins["mkdocs-material"].startswith("9.") and pins["altair"].startswith("6.")
    assert all(not re.search(r"(a|b|rc|dev)\d", v) for v in pins.values()), "no pre-releases"
    assert lock.count("--hash=sha256:") >= len(pins)


def test_overrides_differ_from_the_pinned_material_only_in_marked_lines():
    """An upgrade of Material that changes a template we override shows up here, not as a silent regression."""
    import difflib

    import material

    upstream_dir = Path(material.__file__).parent / "templates"
    overrides = sorted((ROOT / "overrides").rglob("*.html"))
    assert overrides
    for override in overrides:
        if not (upstream_dir / override.relative_to(ROOT / "overrides")).exists():
            assert override.name.startswith("ctg-"), f"{override.relative_to(ROOT)}: our own partials are named ctg-*"
            continue  # our own partial: nothing upstream to compare with
        ours = override.read_text(encoding="utf-8").split("-#}\n", 1)[1].splitlines()  # after our header comment
        theirs = (upstream_dir / override.relative_to(ROOT / "overrides")).read_text(encoding="utf-8").split("-#}\n", 1)[1].splitlines()
        changed = [
            line for tag, _, _, j1, j2 in difflib.SequenceMatcher(None, theirs, ours, autojunk=False).get_opcodes() if tag != "equal" for line in ours[j1:j2]
        ]
        unmarked = [line for line in changed if "{# ctg-changed #}" not in line]
        assert not unmarked, f"{override.relative_to(ROOT)} differs from Material's template in unmarked lines: {unmarked}"
        stale = [line for line in ours if "{# ctg-changed #}" in line and line not in changed]
        assert not stale, f"{override.relative_to(ROOT)}: marked lines that no longer differ (remove the marker): {stale}"
