"""Check .github/workflows/packaging.yml's structure (run by .ci/run; GitHub itself is not
reachable here): it parses, has `on` and `jobs`, every job a `runs-on` and steps that each
`uses` an action or `run`s a command, the three platforms in the matrix, and the commands it
runs point at files that exist.

    uv run python packaging/check_workflow.py [WORKFLOW.yml]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "packaging.yml"
PLATFORMS = {"windows-latest", "macos-latest", "ubuntu-latest"}


def problems(path: Path) -> list[str]:
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(doc, dict):
        return [f"{path}: not a mapping"]
    found = []
    triggers = doc.get("on", doc.get(True))  # YAML 1.1 reads a bare `on` as True
    if not triggers:
        found.append("no `on:` triggers")
    jobs = doc.get("jobs")
    if not isinstance(jobs, dict) or not jobs:
        return [*found, "no `jobs:`"]
    for name, job in jobs.items():
        if not isinstance(job, dict) or "runs-on" not in job:
            found.append(f"job {name}: no runs-on")
            continue
        matrix = (job.get("strategy") or {}).get("matrix") or {}
        if "matrix.os" in str(job["runs-on"]) and not set(matrix.get("os", [])) >= PLATFORMS:
            found.append(
                f"job {name}: the matrix lacks {sorted(PLATFORMS - set(matrix.get('os', [])))}"
            )
        steps = job.get("steps")
        if not isinstance(steps, list) or not steps:
            found.append(f"job {name}: no steps")
            continue
        for number, step in enumerate(steps, 1):
            if not isinstance(step, dict) or ("uses" in step) == ("run" in step):
                found.append(f"job {name}, step {number}: needs exactly one of uses/run")
                continue
            for script in re.findall(r"packaging/[\w./-]+\.py", str(step.get("run", ""))):
                if not (ROOT / script).is_file():
                    found.append(f"job {name}, step {number}: {script} does not exist")
    text = path.read_text(encoding="utf-8")
    for needed in (
        "uv sync --locked --group packaging",
        "packaging/build.py",
        "packaging/smoke_test.py",
    ):
        if needed not in text:
            found.append(f"the workflow never runs `{needed}`")
    return found


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else WORKFLOW
    found = problems(path)
    for problem in found:
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: {problem}")
    if not found:
        print(f"{path.name}: structure ok")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
