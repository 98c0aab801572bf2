"""Configuration: interpolation, validation that names the key, and the shipped file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from gateway.interpolate import interpolate
from gateway.settings import ConfigError, load_settings, parse_settings

ROOT = Path(__file__).resolve().parent.parent
MINIMAL: dict[str, Any] = {
    "upstreams": {"openai": {"protocol": "openai", "base_url": "https://api.example/v1"}}
}


@pytest.mark.parametrize(
    ("value", "env", "expected"),
    [
        ("${A}", {"A": "x"}, "x"),
        ("${A}", {}, ""),
        ("${A:-fallback}", {}, "fallback"),
        ("${A:-fallback}", {"A": ""}, "fallback"),
        ("${A:-fallback}", {"A": "set"}, "set"),
        ("pre-${A}-${B:-b}-post", {"A": "a"}, "pre-a-b-post"),
        ("$${A}", {"A": "x"}, "${A}"),
        ("no refs", {"A": "x"}, "no refs"),
        ("${A}", {"A": "{ not: yaml }"}, "{ not: yaml }"),
    ],
)
def test_interpolation(value: str, env: dict[str, str], expected: str) -> None:
    assert interpolate({"k": [value]}, env) == {"k": [expected]}


def test_required_variable_names_key_and_variable() -> None:
    with pytest.raises(
        ConfigError, match=r"upstreams\.openai\.api_key: environment variable KEY is required"
    ):
        parse_settings(
            {"upstreams": {"openai": {**MINIMAL["upstreams"]["openai"], "api_key": "${KEY:?set the key}"}}},
            env={},
        )


def test_environment_values_are_not_parsed_as_yaml() -> None:
    settings = parse_settings(
        {**MINIMAL, "server": {"port": "${PORT:-9000}", "host": "${HOST}"}}, env={"HOST": "[x]"}
    )
    assert settings.server.port == 9000
    assert settings.server.host == "[x]"


@pytest.mark.parametrize(
    ("patch", "key"),
    [
        ({"servr": {}}, "servr: unknown key"),
        ({"server": {"port": 70000}}, "server.port"),
        ({"server": {"port": "eighty"}}, "server.port"),
        ({"server": {"log_level": "loud"}}, "server.log_level"),
        ({"upstreams": {}}, "upstreams"),
        (
            {"upstreams": {"openai": {"protocol": "grpc", "base_url": "https://x"}}},
            "upstreams.openai.protocol",
        ),
        (
            {"upstreams": {"openai": {"protocol": "openai", "base_url": "ftp://x"}}},
            "upstreams.openai.base_url",
        ),
        (
            {"upstreams": {"openai": {"protocol": "openai", "base_url": "https://u:p@x"}}},
            "upstreams.openai.base_url",
        ),
        ({"upstreams": {"Open AI": {"protocol": "openai", "base_url": "https://x"}}}, "upstreams"),
        ({"productions": {"demo": {"notified_uses": ["pitch"], "default_use": "final"}}}, "productions.demo"),
        ({"policy": {"filters": [{"type": "denylist"}, {"type": "denylist"}]}}, "repeated: denylist"),
        ({"policy": {"deadline_ms": 0}}, "policy.deadline_ms"),
        ({"store": {"url": "mysql://x"}}, "store.url"),
        (
            {"policy": {"filters": [{"type": "retention"}]}, "outputs": {"filters": ["personal_data"]}},
            "outputs.filters",
        ),
        ({"retention": {"store": "sometimes"}}, "retention.store"),
        ({"outputs": {"holdback_chars": 2}}, "outputs.holdback_chars"),
    ],
)
def test_bad_values_name_the_key(patch: dict[str, Any], key: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_settings({**MINIMAL, **patch}, env={})
    assert key in str(caught.value)


def test_settings_are_frozen_and_secrets_hidden() -> None:
    settings = parse_settings(
        {"upstreams": {"openai": {**MINIMAL["upstreams"]["openai"], "api_key": "sk-very-secret"}}}, env={}
    )
    with pytest.raises(ValueError, match="frozen"):
        settings.server.port = 1  # type: ignore[misc]
    assert "sk-very-secret" not in repr(settings)
    assert "sk-very-secret" not in str(settings.model_dump())


def test_the_shipped_config_is_valid_and_follows_the_contract() -> None:
    settings = load_settings(ROOT / "config" / "gateway.yaml", env={})
    assert settings.upstreams["openai"].base_url == "https://api.openai.com/v1"
    assert settings.upstreams["anthropic"].base_url == "https://api.anthropic.com"
    assert settings.store.data_dir == Path("var")
    assert set(settings.productions["demo"].notified_uses) >= {"moodboard", "reference", "pitch"}
    moved = load_settings(
        ROOT / "config" / "gateway.yaml",
        env={
            "OPENAI_BASE_URL": "http://127.0.0.1:9/v1",
            "OPENAI_API_KEY": "k",
            "GATEWAY_DATA_DIR": "/srv/gateway-data",
        },
    )
    assert moved.upstreams["openai"].base_url == "http://127.0.0.1:9/v1"
    assert moved.upstreams["openai"].api_key.get_secret_value() == "k"
    assert moved.store.data_dir == Path("/srv/gateway-data")


def test_unreadable_and_invalid_yaml(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_settings(tmp_path / "missing.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("server: [unclosed\n")
    with pytest.raises(ConfigError, match="not valid YAML at line"):
        load_settings(bad)
