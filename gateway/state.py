"""Typed application state: every long-lived resource behind one ``web.AppKey``."""

from __future__ import annotations

from concurrent.futures import Executor

import aiohttp
from aiohttp import web

from filters.pipeline import Pipeline
from gateway.audit import AuditWriter
from gateway.deadlines import Deadlines
from gateway.output_scan import OutputScanner
from gateway.routing import Router
from gateway.settings import Settings
from gateway.store.base import Store
from gateway.tokens import TokenAuthenticator

SETTINGS = web.AppKey("settings", Settings)
STORE = web.AppKey("store", Store)
AUTH = web.AppKey("auth", TokenAuthenticator)
AUDIT = web.AppKey("audit", AuditWriter)
PIPELINE = web.AppKey("pipeline", Pipeline)
EXECUTOR = web.AppKey("executor", Executor)
SESSIONS = web.AppKey("sessions", dict[str, aiohttp.ClientSession])
ROUTER = web.AppKey("router", Router)
PROVENANCE_KEY = web.AppKey("provenance_key", bytes)
OUTPUT_SCANNER = web.AppKey("output_scanner", OutputScanner)
DEADLINES = web.AppKey("deadlines", Deadlines)
