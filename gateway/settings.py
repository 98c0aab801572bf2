"""Typed, frozen settings validated from one YAML file plus the environment.

An unknown key or a bad value stops start-up with a message naming the key; nothing is silently
defaulted. Secrets are ``SecretStr`` so that no repr, log line or error can show them.
"""

from __future__ import annotations

import enum
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from yarl import URL

from gateway.interpolate import InterpolationError, interpolate

_NAME = r"^[a-z][a-z0-9_-]{0,62}$"


class ConfigError(ValueError):
    """The configuration cannot be used; the message names the key."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Protocol(enum.StrEnum):
    OPENAI = "openai"
    ANTHROPIC = "anthropic"


class ServerSettings(_Strict):
    host: str = "127.0.0.1"
    port: int = Field(default=8080, ge=0, le=65535)
    max_body_bytes: int = Field(default=16 * 1024 * 1024, ge=1024)
    max_response_bytes: int = Field(default=64 * 1024 * 1024, ge=1024)
    log_level: str = "info"
    # uvloop's event loop gives the proxy about a tenth more requests per core; asyncio's is the
    # fallback where uvloop is not installed or not wanted.
    event_loop: Literal["uvloop", "asyncio"] = "uvloop"

    @field_validator("log_level")
    @classmethod
    def _level(cls, value: str) -> str:
        if value.lower() not in {"debug", "info", "warning", "error"}:
            raise ValueError("must be one of debug, info, warning, error")
        return value.lower()


class StoreSettings(_Strict):
    data_dir: Path = Path("var")
    url: SecretStr = SecretStr("")
    audit_queue_size: int = Field(default=10_000, ge=10)

    @field_validator("url")
    @classmethod
    def _scheme(cls, value: SecretStr) -> SecretStr:
        raw = value.get_secret_value()
        if raw and not raw.startswith(("postgresql://", "postgres://", "sqlite:///")):
            raise ValueError("must be empty (embedded SQLite), sqlite:///PATH or postgresql://...")
        return value


class AuthSettings(_Strict):
    token_cache_seconds: float = Field(default=5.0, ge=0, le=300)


class UpstreamSettings(_Strict):
    protocol: Protocol
    base_url: str
    api_key: SecretStr = SecretStr("")
    models: tuple[str, ...] = ()
    connect_timeout_s: float = Field(default=10.0, gt=0)
    read_timeout_s: float = Field(default=300.0, gt=0)
    total_timeout_s: float = Field(default=900.0, gt=0)
    max_connections: int = Field(default=256, ge=1)

    @field_validator("base_url")
    @classmethod
    def _url(cls, value: str) -> str:
        url = URL(value)
        if url.scheme not in {"http", "https"} or not url.host:
            raise ValueError("must be an absolute http(s) URL")
        if url.query_string or url.fragment or url.user or url.password:
            raise ValueError("must not carry a query, fragment or credentials")
        return value.rstrip("/")


class ProductionSettings(_Strict):
    name: str = ""
    notified_uses: tuple[str, ...] = ()
    default_use: str | None = None

    @model_validator(mode="after")
    def _default_is_notified(self) -> ProductionSettings:
        if self.default_use is not None and self.default_use not in self.notified_uses:
            raise ValueError("default_use must be one of notified_uses")
        return self


class FilterSpec(_Strict):
    type: str = Field(pattern=_NAME)
    name: str | None = Field(default=None, pattern=_NAME)
    options: dict[str, Any] = Field(default_factory=dict)

    @property
    def instance_name(self) -> str:
        return self.name or self.type


class PolicySettings(_Strict):
    deadline_ms: int = Field(default=2000, ge=1, le=60_000)
    worker_threads: int = Field(default=4, ge=1, le=64)
    # Worker processes for the checks (0: threads in the gateway process). Each holds the models.
    worker_processes: int = Field(default=0, ge=0, le=64)
    # Requests with at most this much text are checked on the event loop: cheaper than a thread hop.
    inline_max_chars: int = Field(default=8192, ge=0, le=1_000_000)
    cache_entries: int = Field(default=20_000, ge=0)
    max_text_chars: int = Field(default=2_000_000, ge=1000)
    filters: tuple[FilterSpec, ...] = ()

    @model_validator(mode="after")
    def _unique_names(self) -> PolicySettings:
        names = [f.instance_name for f in self.filters]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"filter names must be unique; repeated: {', '.join(dupes)}")
        return self


class OutputSettings(_Strict):
    """How forwarded outputs are stamped as temporary and scanned before they reach the crew."""

    ttl_hours: float = Field(default=720, gt=0)
    # HMAC key for provenance tokens; empty: a random key is kept in the data directory (0600).
    provenance_key: SecretStr = SecretStr("")
    scan: bool = True
    # Names of policy filters applied to answers; unset means the personal_data filter if there is one.
    filters: tuple[str, ...] | None = None
    holdback_chars: int = Field(default=96, ge=16, le=4096)


class RetentionSettings(_Strict):
    """Provider-side retention: ``force_off`` rewrites ``store`` to false, ``refuse`` blocks it."""

    store: str = Field(default="force_off", pattern="^(force_off|refuse)$")


class Settings(_Strict):
    server: ServerSettings = ServerSettings()
    outputs: OutputSettings = OutputSettings()
    retention: RetentionSettings = RetentionSettings()
    store: StoreSettings = StoreSettings()
    auth: AuthSettings = AuthSettings()
    upstreams: dict[str, UpstreamSettings]
    productions: dict[str, ProductionSettings] = Field(default_factory=dict)
    policy: PolicySettings = PolicySettings()

    @model_validator(mode="after")
    def _output_filters_exist(self) -> Settings:
        names = {f.instance_name for f in self.policy.filters}
        unknown = [name for name in self.outputs.filters or () if name not in names]
        if unknown:
            raise ValueError(
                f"outputs.filters names filters that policy.filters does not have: {', '.join(unknown)}"
            )
        return self

    @field_validator("upstreams", "productions")
    @classmethod
    def _names(cls, value: dict[str, Any]) -> dict[str, Any]:
        for key in value:
            if not re.match(_NAME, key):
                raise ValueError(f"name {key!r} must be lowercase letters, digits, '-' or '_'")
        return value

    @field_validator("upstreams")
    @classmethod
    def _some_upstream(cls, value: dict[str, UpstreamSettings]) -> dict[str, UpstreamSettings]:
        if not value:
            raise ValueError("at least one upstream is needed")
        return value


def _describe(exc: ValidationError) -> str:
    lines = []
    for err in exc.errors():
        key = ".".join(str(p) for p in err["loc"]) or "(top level)"
        msg = err["msg"]
        if err["type"] == "extra_forbidden":
            msg = "unknown key"
        lines.append(f"  {key}: {msg}")
    return "invalid configuration:\n" + "\n".join(lines)


def parse_settings(raw: Any, env: Mapping[str, str] | None = None) -> Settings:
    if not isinstance(raw, dict):
        raise ConfigError("invalid configuration: the top level must be a mapping")
    try:
        tree = interpolate(raw, os.environ if env is None else env)
    except InterpolationError as exc:
        raise ConfigError(f"invalid configuration: {exc}") from None
    try:
        return Settings.model_validate(tree)
    except ValidationError as exc:
        raise ConfigError(_describe(exc)) from None


def load_settings(path: str | Path, env: Mapping[str, str] | None = None) -> Settings:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read configuration {path}: {exc.strerror}") from None
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise ConfigError(f"configuration {path} is not valid YAML{where}") from None
    return parse_settings(raw, env)
