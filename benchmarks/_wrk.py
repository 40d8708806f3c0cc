"""Load with wrk (a C load generator) when it is installed: Python clients saturate first."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3}


def available() -> bool:
    return shutil.which("wrk") is not None


def run(url: str, body: dict[str, object], connections: int, seconds: int = 8) -> dict[str, float]:
    """POST ``body`` to ``url`` for ``seconds``; requests/s and latency percentiles in ms."""
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "post.lua"
        payload = json.dumps(body).replace("\\", "\\\\").replace('"', '\\"')
        script.write_text(
            f'wrk.method = "POST"\nwrk.body = "{payload}"\n'
            'wrk.headers["Content-Type"] = "application/json"\n',
            encoding="utf-8",
        )
        threads = min(2, connections)
        output = subprocess.run(
            [
                "wrk",
                f"-t{threads}",
                f"-c{connections}",
                f"-d{seconds}s",
                "--latency",
                "-s",
                str(script),
                url,
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    result = {"requests_per_s": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))}  # type: ignore[union-attr]
    for label in ("50", "99"):
        match = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)", output, re.M)
        if match:
            result[f"p{label}_ms"] = round(float(match.group(1)) * UNITS[match.group(2)], 3)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    result["non_2xx"] = float(errors.group(1)) if errors else 0.0
    return result
