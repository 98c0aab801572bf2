"""Command line: serve, check-config, tokens issue|list|revoke, scan, audit."""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import sys
import time
from collections.abc import Sequence
from typing import IO, Any

from filters.base import FilterConfigError
from gateway import logs
from gateway.settings import ConfigError, Settings, load_settings

DEFAULT_CONFIG = "config/gateway.yaml"


async def _tune_gc(_: object) -> None:
    """After start-up, for a long-running server process only.

    Freezing moves everything built at start-up (modules, settings, models) out of the collector's
    sight, and a larger first generation makes collections rare: request objects are freed by
    reference counting, so the cyclic collector mostly rescans the same long-lived objects. Measured
    on the benchmark: about 8% less CPU per request.
    """
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)


def _serve(settings: Settings, args: argparse.Namespace) -> int:
    from aiohttp import web

    from gateway.app import make_app
    from gateway.policy import build_pipeline

    build_pipeline(settings.policy, None)  # invalid filter options stop start-up here, with their key
    host = args.host or settings.server.host
    port = args.port if args.port is not None else settings.server.port
    logs.configure(settings.server.log_level)
    import structlog

    structlog.get_logger("gateway").info(
        "starting", host=host, port=port, filters=[f.instance_name for f in settings.policy.filters]
    )
    # handler_cancellation: a client that disconnects cancels its handler, which closes the upstream call.
    app = make_app(settings)
    app.on_startup.append(_tune_gc)
    web.run_app(
        app,
        host=host,
        port=port,
        handler_cancellation=True,
        access_log=None,
        print=None,
        shutdown_timeout=10,
        loop=_event_loop(settings.server.event_loop),
    )
    return 0


def _event_loop(kind: str) -> asyncio.AbstractEventLoop:
    if kind == "uvloop":
        try:
            import uvloop
        except ImportError:
            import structlog

            structlog.get_logger("gateway").warning("uvloop_unavailable", fallback="asyncio")
        else:
            return uvloop.new_event_loop()
    return asyncio.new_event_loop()


def _check_config(settings: Settings, _: argparse.Namespace) -> int:
    from gateway.policy import build_pipeline

    pipeline = build_pipeline(settings.policy, None)
    print(
        f"configuration OK: {len(settings.upstreams)} upstream(s), "
        f"{len(settings.productions)} production(s), {len(pipeline.filters)} filter(s)"
    )
    for name, upstream in settings.upstreams.items():
        if not upstream.api_key.get_secret_value():
            print(
                f"warning: upstream '{name}' has no api_key; its requests will be refused with 503",
                file=sys.stderr,
            )
    for name, production in settings.productions.items():
        if not production.notified_uses:
            print(
                f"warning: production '{name}' has no notified uses; its crew will be refused",
                file=sys.stderr,
            )
    return 0


async def _with_store(settings: Settings, action: Any) -> Any:
    from gateway.store import open_store

    store = await open_store(settings.store)
    try:
        return await action(store)
    finally:
        await store.close()


def _tokens(settings: Settings, args: argparse.Namespace) -> int:
    from gateway import tokens

    if args.tokens_command == "issue":
        if args.production not in settings.productions:
            print(f"error: production '{args.production}' is not in the configuration", file=sys.stderr)
            return 2
        record, token = asyncio.run(
            _with_store(settings, lambda s: tokens.issue(s, args.crew, args.production))
        )
        print(f"issued {record.token_id} for crew '{record.crew_id}' on production '{record.production}'")
        print("the token is shown once; hand it to the crew member over a secure channel:")
        print(token)
        return 0
    if args.tokens_command == "list":
        records = asyncio.run(_with_store(settings, lambda s: s.list_tokens()))
        for r in records:
            state = "revoked" if r.revoked_at else "active"
            created = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(r.created_at))
            print(f"{r.token_id}\t{r.crew_id}\t{r.production}\t{created}\t{state}")
        return 0
    revoked = asyncio.run(_with_store(settings, lambda s: s.revoke_token(args.token_id)))
    if not revoked:
        print(f"error: no active token {args.token_id}", file=sys.stderr)
        return 1
    print(
        f"revoked {args.token_id} (effective within {settings.auth.token_cache_seconds:g} s on every replica)"
    )
    return 0


def _roster(settings: Settings, args: argparse.Namespace) -> int:
    from pathlib import Path

    from filters.roster import read_csv, write_roster

    if args.production not in settings.productions:
        print(f"error: production '{args.production}' is not in the configuration", file=sys.stderr)
        return 2
    spec = next((f for f in settings.policy.filters if f.type == "personal_data"), None)
    roster_dir = spec.options.get("roster_dir") if spec else None
    if not roster_dir:
        print("error: no personal_data filter with a roster_dir is configured", file=sys.stderr)
        return 2
    salt = str(spec.options.get("roster_salt") or "") if spec else ""
    try:
        rows = read_csv(Path(args.file))
    except (OSError, UnicodeDecodeError) as exc:
        print(f"error: cannot read {args.file}: {exc}", file=sys.stderr)
        return 1
    target = Path(roster_dir) / f"{args.production}.json"
    count = write_roster(target, rows, salt)
    print(f"imported {count} people for production '{args.production}' as keyed hashes into {target}")
    if not salt:
        print(
            "warning: no roster_salt configured; a random key was stored beside the hashes", file=sys.stderr
        )
    return 0


def _provenance(settings: Settings, args: argparse.Namespace) -> int:
    import datetime as dt
    import hashlib
    from pathlib import Path

    from gateway.provenance import ProvenanceError, load_key, now, verify

    try:
        key = load_key(
            settings.outputs.provenance_key.get_secret_value(), settings.store.data_dir, create=False
        )
        stamp = verify(args.token, key)
    except ProvenanceError as exc:
        print(f"invalid: {exc}")
        return 1

    def when(ts: int) -> str:
        return dt.datetime.fromtimestamp(ts, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    print(f"valid: request {stamp.request_id}, production {stamp.production}, crew {stamp.crew_id}")
    print(f"  upstream {stamp.upstream}, model {stamp.model or '-'}, issued {when(stamp.issued_at)}")
    expired = now() > stamp.expires_at
    print(f"  {'EXPIRED' if expired else 'temporary until'} {when(stamp.expires_at)}")
    status = 0
    if args.file:
        try:
            digest = hashlib.sha256(Path(args.file).read_bytes()).hexdigest()
        except OSError as exc:
            print(f"error: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
            return 1
        if stamp.covers(digest):
            print(f"  file {args.file} matches the stamped output")
        else:
            print(f"  file {args.file} does NOT match the stamped output")
            status = 1
    return status


def _scan(settings: Settings, args: argparse.Namespace) -> int:
    from gateway.scan import scan_stream

    return asyncio.run(scan_stream(settings, sys.stdin, sys.stdout, production=args.production, use=args.use))


def _audit(settings: Settings, args: argparse.Namespace) -> int:
    records = asyncio.run(
        _with_store(settings, lambda s: s.recent_audit(limit=args.limit, decision=args.decision))
    )
    out: IO[str] = sys.stdout
    for r in reversed(records):
        out.write(json.dumps(r._asdict()) + "\n")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m gateway", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text)
        p.add_argument("--config", default=DEFAULT_CONFIG, help="gateway YAML (default: %(default)s)")
        return p

    serve = add("serve", "run the gateway")
    serve.add_argument("--host")
    serve.add_argument("--port", type=int)
    add("check-config", "validate the configuration and exit")
    tokens = add("tokens", "manage crew tokens")
    tsub = tokens.add_subparsers(dest="tokens_command", required=True)
    # --config is accepted before or after the action: `tokens issue --config FILE ...` is the contract.
    config_after = argparse.ArgumentParser(add_help=False)
    config_after.add_argument("--config", default=argparse.SUPPRESS, help="gateway YAML")
    issue = tsub.add_parser(
        "issue", parents=[config_after], help="issue a token (printed once, as the last line)"
    )
    issue.add_argument("--crew", required=True)
    issue.add_argument("--production", required=True)
    tsub.add_parser("list", parents=[config_after], help="list tokens (ids only, never the tokens)")
    revoke = tsub.add_parser("revoke", parents=[config_after], help="revoke a token by its id")
    revoke.add_argument("token_id")
    scan = add("scan", "run the policy pipeline over JSONL {id, messages} on stdin")
    scan.add_argument(
        "--production", default=None, help="production to scan as (default: the first configured)"
    )
    scan.add_argument("--use", default="scan", help="declared use to scan as")
    roster = add("roster", "manage the crew roster (stored as salted hashes only)")
    rsub = roster.add_subparsers(dest="roster_command", required=True)
    importer = rsub.add_parser(
        "import", parents=[config_after], help="import a CSV with name,email,phone columns"
    )
    importer.add_argument("file")
    importer.add_argument("--production", required=True)
    provenance = add("provenance", "check provenance stamps of outputs")
    psub = provenance.add_subparsers(dest="provenance_command", required=True)
    checker = psub.add_parser(
        "verify", parents=[config_after], help="verify a token (and the output file it stamps)"
    )
    checker.add_argument("token")
    checker.add_argument("--file", help="the saved output: body, text or image, to check against the token")
    audit = add("audit", "print recent audit records as JSONL")
    audit.add_argument("--limit", type=int, default=100)
    audit.add_argument(
        "--decision",
        choices=[
            "allow",
            "redact",
            "review",
            "block",
            "refused",
            "output_block",
            "upstream_error",
            "client_closed",
            "error",
        ],
    )
    return parser


_COMMANDS = {
    "serve": _serve,
    "check-config": _check_config,
    "tokens": _tokens,
    "scan": _scan,
    "roster": _roster,
    "provenance": _provenance,
    "audit": _audit,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = load_settings(args.config)
        return _COMMANDS[args.command](settings, args)
    except (ConfigError, FilterConfigError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
