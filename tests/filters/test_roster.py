"""The crew roster is stored as keyed hashes only and matched exactly, whatever the formatting."""

from __future__ import annotations

from pathlib import Path

import pytest

from filters.model import Action
from filters.roster import write_roster
from tests.filters.conftest import check_with

ROWS = [
    {"name": "Ana María López", "email": "Ana.Lopez@Mail.Example", "phone": "+44 7700 900123"},
    {"name": "Tomás Rey", "email": "", "phone": ""},
]


@pytest.fixture(params=["configured-salt", ""])
def roster_dir(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, str]:
    salt: str = request.param
    assert write_roster(tmp_path / "demo.json", ROWS, salt) == 2
    return tmp_path, salt


def test_file_holds_no_roster_values(roster_dir: tuple[Path, str]) -> None:
    directory, _ = roster_dir
    stored = (directory / "demo.json").read_text().lower()
    for value in ("ana", "lópez", "lopez", "mail.example", "900123", "tomás", "rey"):
        assert value not in stored
    assert (directory / "demo.json").stat().st_mode & 0o077 == 0


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ask ana maría lópez about the recce", "CREW_ROSTER_NAME"),
        ("ping ana.lopez@mail.example", "CREW_ROSTER_EMAIL"),
        ("her number 07700 900123", "CREW_ROSTER_PHONE"),
        ("TOMÁS REY is late again", "CREW_ROSTER_NAME"),
    ],
)
def test_roster_values_are_matched(roster_dir: tuple[Path, str], text: str, kind: str) -> None:
    directory, salt = roster_dir
    check = check_with("personal_data", {"roster_dir": str(directory), "roster_salt": salt, "use_ner": False})
    verdict = check(text)
    assert verdict.action is Action.BLOCK
    assert kind in {r.entity_type for r in verdict.reasons}


def test_other_productions_and_other_people_do_not_match(roster_dir: tuple[Path, str]) -> None:
    directory, salt = roster_dir
    check = check_with("personal_data", {"roster_dir": str(directory), "roster_salt": salt, "use_ner": False})
    assert check("Ask ana maría lópez", production="other").action is Action.ALLOW
    assert check("Ask Maria Lopez-Garcia about lenses").action is Action.ALLOW


def test_wrong_salt_matches_nothing(tmp_path: Path) -> None:
    write_roster(tmp_path / "demo.json", ROWS, "right-salt")
    check = check_with(
        "personal_data", {"roster_dir": str(tmp_path), "roster_salt": "wrong-salt", "use_ner": False}
    )
    assert check("ping ana.lopez@mail.example").action is Action.BLOCK  # still an e-mail address
    assert "CREW_ROSTER_EMAIL" not in {r.entity_type for r in check("ping ana.lopez@mail.example").reasons}
