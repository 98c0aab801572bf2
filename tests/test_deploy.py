"""The deployment files stay consistent with the gateway: valid YAML, a config that loads, the health path."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from gateway.settings import ConfigError, parse_settings

DEPLOY = Path(__file__).resolve().parent.parent / "deploy"


def _manifests() -> list[dict[str, object]]:
    return [doc for doc in yaml.safe_load_all((DEPLOY / "kubernetes" / "gateway.yaml").read_text()) if doc]


def test_kubernetes_config_map_is_a_valid_gateway_config() -> None:
    [config_map] = [m for m in _manifests() if m["kind"] == "ConfigMap"]
    raw = yaml.safe_load(config_map["data"]["gateway.yaml"])  # type: ignore[index]
    settings = parse_settings(raw, env={"GATEWAY_STORE_URL": "postgresql://gw@db/gw", "OPENAI_API_KEY": "k"})
    assert settings.store.url.get_secret_value().startswith("postgresql://")
    with pytest.raises(ConfigError, match="GATEWAY_STORE_URL is required"):
        parse_settings(raw, env={})


def test_kubernetes_probes_use_the_health_route_and_run_unprivileged() -> None:
    [deployment] = [m for m in _manifests() if m["kind"] == "Deployment"]
    pod = deployment["spec"]["template"]["spec"]  # type: ignore[index]
    [container] = pod["containers"]
    assert container["readinessProbe"]["httpGet"]["path"] == "/healthz"
    assert container["securityContext"]["readOnlyRootFilesystem"] is True
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert container["args"][0] == "serve"


def test_container_and_service_unit_run_the_documented_command() -> None:
    dockerfile = (DEPLOY / "Dockerfile").read_text()
    assert '"python", "-m", "gateway"' in dockerfile
    assert "--require-hashes -r requirements/spacy-model.txt" in dockerfile
    unit = (DEPLOY / "systemd" / "prompt-gateway.service").read_text()
    assert "-m gateway serve --config" in unit
    assert "NoNewPrivileges=yes" in unit
