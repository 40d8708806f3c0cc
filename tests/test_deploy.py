"""The deployment files agree with each other and with the guard: the Dockerfile, the
compose stack, the Kubernetes manifests and the policy they mount (ports, probes, mounts,
names, secrets). No container engine runs here, so they are checked by reading them."""

from __future__ import annotations

import asyncio
import os
import re
import shlex
import shutil
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from servers import LiveServer

from aigc_guard.decision import Direction
from aigc_guard.engine import scan_texts
from aigc_guard.policy.loader import load_policy
from aigc_guard.policy.schema import PolicyFile
from aigc_guard.server import create_proxy_app

REPO = Path(__file__).parent.parent
DEPLOY = REPO / "deploy"
IMAGE_HOME = "/srv/aigc-guard"
PORT = 8080


def dockerfile() -> list[tuple[str, str]]:
    """(instruction, arguments) pairs, continuation lines joined."""
    text = (REPO / "Dockerfile").read_text(encoding="utf-8").replace("\\\n", " ")
    lines = [line.strip() for line in text.splitlines()]
    return [
        (line.split(None, 1)[0].upper(), line.split(None, 1)[1])
        for line in lines
        if line and not line.startswith("#")
    ]


def manifests() -> dict[str, dict[str, Any]]:
    kustomization = yaml.safe_load((DEPLOY / "kustomization.yaml").read_text(encoding="utf-8"))
    found = {}
    for resource in kustomization["resources"]:
        document = yaml.safe_load((DEPLOY / resource).read_text(encoding="utf-8"))
        found[document["kind"]] = document
    return found


def compose() -> dict[str, Any]:
    return dict(yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8")))


def deploy_policy_text() -> str:
    return (DEPLOY / "config" / "policy.yaml").read_text(encoding="utf-8")


def test_the_image_is_small_non_root_and_checks_its_health() -> None:
    steps = dockerfile()
    stages = [args for op, args in steps if op == "FROM"]
    assert len(stages) == 2 and all("slim" in s for s in stages)  # build, then run
    final = steps[max(i for i, (op, _) in enumerate(steps) if op == "FROM") :]
    user = [args for op, args in final if op == "USER"]
    assert user and user[-1].split(":")[0] not in ("root", "0")
    health = " ".join(args for op, args in final if op == "HEALTHCHECK")
    assert f"127.0.0.1:{PORT}/healthz" in health
    assert [args for op, args in final if op == "EXPOSE"] == [str(PORT)]
    entry = yaml.safe_load(next(args for op, args in final if op == "ENTRYPOINT"))
    assert entry[:2] == ["aigc-guard", "serve"]
    assert entry[entry.index("--port") + 1] == str(PORT) and "0.0.0.0" in entry
    runs = [args for op, args in steps if op == "RUN"]
    torch = next(i for i, r in enumerate(runs) if "torch==2.13.0" in r)
    package = next(i for i, r in enumerate(runs) if "'.[postgres,redis]'" in r)
    assert torch < package and "whl/cpu" in runs[torch]  # never a CUDA build by accident
    ignored = (REPO / ".dockerignore").read_text(encoding="utf-8").split()
    for op, args in steps:
        if op == "COPY" and not args.startswith("--from"):
            *sources, _ = shlex.split(args)
            for source in sources:
                assert (REPO / source).exists(), source
                assert source not in ignored, f"{source} is copied but .dockerignore drops it"
    assert f"policies {IMAGE_HOME}/policies" in " ".join(a for _, a in steps)


def test_the_deploy_policy_is_valid_and_names_what_the_image_holds(tmp_path: Path) -> None:
    text = deploy_policy_text()
    for path in re.findall(rf"{IMAGE_HOME}/([\w./-]+)", text):
        assert (REPO / path).exists(), path  # the Dockerfile copies policies/ and models/
    # Loaded as the image lays it out: /srv/aigc-guard is this repository.
    config = tmp_path / "config"
    shutil.copytree(DEPLOY / "config", config)
    (config / "policy.yaml").write_text(text.replace(IMAGE_HOME, str(REPO)), encoding="utf-8")
    policy = load_policy(config / "policy.yaml", models=False)
    compliance = policy.config.compliance
    assert compliance.audit.url == "postgresql://aigc_guard@postgres:5432/aigc_guard"
    assert policy.config.state.redis_url == "redis://redis:6379/0"
    assert compliance.console.enabled and compliance.user_measures.enabled
    assert (config / "site-terms.txt").resolve() in {
        f for c in policy.classifiers.values() for f in c.source_files()
    }


def test_compose_runs_three_replicas_on_postgres_redis_with_dashboards() -> None:
    stack = compose()
    services = stack["services"]
    guard = services["guard"]
    assert guard["deploy"]["replicas"] == 3
    assert str(PORT) in guard["expose"]
    command = guard["command"]
    policy = command[command.index("--policy") + 1]
    mounts = {m.split(":")[1]: m.split(":")[0] for m in guard["volumes"]}
    folder = str(Path(policy).parent)
    assert folder in mounts and (DEPLOY / mounts[folder] / Path(policy).name).is_file()
    for needed in ("postgres", "redis"):
        assert guard["depends_on"][needed] == {"condition": "service_healthy"}
        assert "healthcheck" in services[needed]
    policy_text = deploy_policy_text()
    assert "@postgres:5432/" in policy_text and "redis://redis:6379" in policy_text
    environment = guard["environment"]
    for secret in ("AIGC_GUARD_AUDIT_KEY", "AIGC_GUARD_CONSOLE_TOKEN", "PGPASSWORD"):
        assert ":?" in environment[secret]  # required from the shell, never defaulted
    postgres = services["postgres"]["environment"]
    assert postgres["POSTGRES_USER"] == "aigc_guard" and postgres["POSTGRES_DB"] == "aigc_guard"
    nginx = (DEPLOY / "nginx.conf").read_text(encoding="utf-8")
    assert f"server guard:{PORT};" in nginx and "proxy_buffering off" in nginx
    # Per-address limits see clients, not nginx: it forwards their address, the guard trusts it
    # (and is not published: only nginx reaches it).
    assert "X-Forwarded-For $proxy_add_x_forwarded_for" in nginx
    assert environment["FORWARDED_ALLOW_IPS"] == "*" and "ports" not in guard
    assert services["lb"]["ports"] == [f"{PORT}:{PORT}"]
    scrape = yaml.safe_load((DEPLOY / "prometheus.yml").read_text(encoding="utf-8"))
    target = scrape["scrape_configs"][0]["dns_sd_configs"][0]
    assert target["names"] == ["guard"] and target["port"] == PORT
    grafana = {m.split(":")[1]: m.split(":")[0] for m in services["grafana"]["volumes"]}
    dashboard = grafana["/var/lib/grafana/dashboards/aigc-guard.json"]
    assert (DEPLOY / dashboard).resolve() == (REPO / "dashboards" / "aigc-guard.json")
    provider = yaml.safe_load(
        (DEPLOY / "grafana/provisioning/dashboards/aigc-guard.yaml").read_text(encoding="utf-8")
    )
    assert provider["providers"][0]["options"]["path"] == "/var/lib/grafana/dashboards"
    source = yaml.safe_load(
        (DEPLOY / "grafana/provisioning/datasources/prometheus.yaml").read_text(encoding="utf-8")
    )
    assert source["datasources"][0]["url"] == "http://prometheus:9090"
    assert services["demo-model"]["entrypoint"][:4] == [
        "aigc-guard",
        "demo",
        "--model-only",
        "--host",
    ]


def test_kubernetes_probes_mounts_and_names_agree() -> None:
    kinds = manifests()
    deployment = kinds["Deployment"]
    pod = deployment["spec"]["template"]
    labels = pod["metadata"]["labels"]
    assert deployment["spec"]["selector"]["matchLabels"] == labels
    (container,) = pod["spec"]["containers"]
    ports = {p["name"]: p["containerPort"] for p in container["ports"]}
    assert ports == {"http": PORT}
    assert container["readinessProbe"]["httpGet"] == {"path": "/readyz", "port": "http"}
    assert container["livenessProbe"]["httpGet"] == {"path": "/healthz", "port": "http"}
    assert pod["spec"]["securityContext"]["runAsNonRoot"] is True
    args = container["args"]
    policy = Path(args[args.index("--policy") + 1])
    mounts = {m["name"]: m["mountPath"] for m in container["volumeMounts"]}
    assert mounts["config"] == str(policy.parent)
    volumes = {v["name"]: v for v in pod["spec"]["volumes"]}
    kustomization = yaml.safe_load((DEPLOY / "kustomization.yaml").read_text(encoding="utf-8"))
    (generated,) = kustomization["configMapGenerator"]
    assert volumes["config"]["configMap"]["name"] == generated["name"]
    assert kustomization["generatorOptions"]["disableNameSuffixHash"] is True  # hot reload
    assert policy.name in {Path(f).name for f in generated["files"]}
    for file in generated["files"]:
        assert (DEPLOY / file).is_file()
    service = kinds["Service"]
    assert service["spec"]["selector"] == labels
    assert service["spec"]["ports"][0]["targetPort"] in ports
    assert (
        kinds["HorizontalPodAutoscaler"]["spec"]["scaleTargetRef"]["name"]
        == (deployment["metadata"]["name"])
    )
    monitor = kinds["ServiceMonitor"]
    assert (
        monitor["spec"]["selector"]["matchLabels"].items() <= service["metadata"]["labels"].items()
    )
    assert monitor["spec"]["endpoints"][0]["port"] == service["spec"]["ports"][0]["name"]
    secret = yaml.safe_load((DEPLOY / "kubernetes/secret.example.yaml").read_text("utf-8"))
    (source,) = container["envFrom"]
    assert source["secretRef"]["name"] == secret["metadata"]["name"]
    data = PolicyFile.model_validate(yaml.safe_load(deploy_policy_text()))
    needed = {
        data.compliance.audit.user_key_env,
        data.compliance.console.token_env,
        data.state.password_env,
        "PGPASSWORD",
    }
    assert needed <= set(secret["stringData"])


def test_readyz_reports_an_audit_database_that_stops_answering(
    upstream: LiveServer, postgres: Any, tmp_path: Path
) -> None:
    import psycopg

    url = postgres.database()
    policy = tmp_path / "p.yaml"
    policy.write_text(
        f"version: 1\ncompliance: {{audit: {{enabled: true, url: '{url}'}}}}\n", encoding="utf-8"
    )
    with LiveServer(create_proxy_app(upstream.url, policy)) as guard:
        assert httpx.get(guard.url + "/readyz").json() == {"status": "ready"}
        name = url.rsplit("/", 1)[1]
        with psycopg.connect(postgres.url + "/postgres", autocommit=True) as conn:
            conn.execute(f"DROP DATABASE {name} WITH (FORCE)")
        answer = httpx.get(guard.url + "/readyz", timeout=30)
        assert answer.status_code == 503
        assert "does not answer" in answer.json()["reason"]
        assert httpx.get(guard.url + "/healthz").status_code == 200  # alive, not ready


@pytest.mark.asyncio
async def test_a_configmap_update_is_reloaded(tmp_path: Path) -> None:
    """The kubelet updates a mounted ConfigMap by swapping a ``..data`` symlink to a new
    timestamped folder and deleting the old one; the policy store must notice."""
    from aigc_guard.policy.store import PolicyStore

    mount = tmp_path / "config"
    mount.mkdir()

    def publish(version: int, terms: str) -> None:
        folder = mount / f"..2026_11_30_{version}"
        folder.mkdir()
        (folder / "policy.yaml").write_text(
            "version: 1\nclassifiers:\n  site: {type: lexicon, files: [site-terms.txt]}\n"
            "rules:\n  - {id: block, when: {classifier: site}, action: block}\n",
            encoding="utf-8",
        )
        (folder / "site-terms.txt").write_text(terms + "\n", encoding="utf-8")
        staging = mount / "..data_tmp"
        staging.symlink_to(folder.name)
        old = os.readlink(mount / "..data") if (mount / "..data").is_symlink() else None
        os.replace(staging, mount / "..data")  # atomic, as the kubelet does
        for name in ("policy.yaml", "site-terms.txt"):
            if not (mount / name).is_symlink():
                (mount / name).symlink_to(f"..data/{name}")
        if old:
            shutil.rmtree(mount / old)

    async def action(text: str) -> str:
        outcome = await scan_texts(store.current, [text], Direction.INPUT)
        return outcome.decision.action.value

    publish(1, "first-term")
    store = PolicyStore.of(mount / "policy.yaml")
    assert await action("a first-term here") == "block"
    store.start_watching(debounce_ms=50)
    try:
        await asyncio.sleep(0.3)
        publish(2, "second-term")
        deadline = time.monotonic() + 20
        while await action("a second-term here") != "block":
            assert time.monotonic() < deadline, "the ConfigMap update was not reloaded"
            await asyncio.sleep(0.2)
        assert await action("a first-term here") == "allow"
    finally:
        await store.stop_watching()
