"""The production's crew roster as an exact-data match, stored only as keyed hashes.

``python -m gateway roster import FILE --production ID`` reads a CSV (columns ``name``, ``email``,
``phone``; any of them) and writes ``<roster_dir>/<production>.json`` holding keyed BLAKE2b hashes of
the normalized values, never the values. At scan time candidate names (every two- and three-word
sequence), e-mail addresses and phone numbers of the request are normalized the same way, hashed with
the same key and looked up. The key is the configured ``roster_salt`` (a secret from the environment);
without one, a random key is kept in the roster file, which still defeats precomputed tables.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import secrets
import threading
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from filters.textview import Prepared, View

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"\+?\d[\d\s().-]{6,20}\d")
_PHONE_DIGITS = 9  # the national significant part: "+44 7700 900123" and "07700 900123" agree


def normalize_name(value: str) -> str:
    folded = unicodedata.normalize("NFKC", value).casefold()
    return " ".join(_WORD.findall(folded))


def normalize_email(value: str) -> str:
    return unicodedata.normalize("NFKC", value).strip().casefold()


def normalize_phone(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    return digits[-_PHONE_DIGITS:] if len(digits) >= 7 else ""


def _hash(key: bytes, kind: str, value: str) -> str:
    return hashlib.blake2b(f"{kind}:{value}".encode(), key=key[:64], digest_size=16).hexdigest()


@dataclass(frozen=True, slots=True)
class Roster:
    key: bytes
    names: frozenset[str]
    emails: frozenset[str]
    phones: frozenset[str]


def write_roster(path: Path, rows: Iterable[dict[str, str]], salt: str) -> int:
    """Hash a roster's rows into ``path``; returns the number of people written."""
    key = salt.encode() if salt else secrets.token_bytes(32)
    names, emails, phones = set(), set(), set()
    count = 0
    for row in rows:
        lowered = {k.strip().lower(): (v or "") for k, v in row.items() if k}
        name = normalize_name(lowered.get("name", ""))
        email = normalize_email(lowered.get("email", ""))
        phone = normalize_phone(lowered.get("phone", ""))
        if name:
            names.add(_hash(key, "name", name))
        if email:
            emails.add(_hash(key, "email", email))
        if phone:
            phones.add(_hash(key, "phone", phone))
        count += bool(name or email or phone)
    document = {
        "version": 1,
        "key": None if salt else key.hex(),
        "names": sorted(names),
        "emails": sorted(emails),
        "phones": sorted(phones),
    }
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(document))
    os.chmod(tmp, 0o600)
    tmp.replace(path)
    return count


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


class RosterIndex:
    """Loads each production's roster file on first use and reloads it when the file changes."""

    def __init__(self, directory: str, salt: str) -> None:
        self._directory = Path(directory)
        self._salt = salt.encode()
        self._lock = threading.Lock()
        self._loaded: dict[str, tuple[float, Roster | None]] = {}

    def _roster(self, production: str) -> Roster | None:
        if not re.fullmatch(r"[a-z][a-z0-9_-]{0,62}", production):
            return None
        path = self._directory / f"{production}.json"
        try:
            mtime = path.stat().st_mtime
        except OSError:
            return None
        with self._lock:
            cached = self._loaded.get(production)
            if cached is not None and cached[0] == mtime:
                return cached[1]
            document = json.loads(path.read_text())
            key = bytes.fromhex(document["key"]) if document.get("key") else self._salt
            roster = Roster(
                key,
                frozenset(document["names"]),
                frozenset(document["emails"]),
                frozenset(document["phones"]),
            )
            self._loaded[production] = (mtime, roster)
            return roster

    def matches(self, production: str, text: Prepared) -> Iterator[tuple[View, int, int, str]]:
        roster = self._roster(production)
        if roster is None:
            return
        for view in text.views:
            yield from self._view_matches(roster, view)

    @staticmethod
    def _view_matches(roster: Roster, view: View) -> Iterator[tuple[View, int, int, str]]:
        if roster.emails:
            for match in _EMAIL.finditer(view.text):
                if _hash(roster.key, "email", normalize_email(match.group(0))) in roster.emails:
                    yield view, match.start(), match.end(), "EMAIL"
        if roster.phones:
            for match in _PHONE.finditer(view.text):
                phone = normalize_phone(match.group(0))
                if phone and _hash(roster.key, "phone", phone) in roster.phones:
                    yield view, match.start(), match.end(), "PHONE"
        if roster.names:
            words = list(_WORD.finditer(view.text))
            for size in (2, 3):
                for i in range(len(words) - size + 1):
                    group = words[i : i + size]
                    candidate = " ".join(w.group(0).casefold() for w in group)
                    if _hash(roster.key, "name", candidate) in roster.names:
                        yield view, group[0].start(), group[-1].end(), "NAME"
