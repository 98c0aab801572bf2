"""Screenplay material is recognised by its structure in any layout; one heading in a question is not a script."""

from __future__ import annotations

import pytest

from filters.model import Action
from tests.filters.conftest import check_with

check = check_with("screenplay")

SCRIPTS = [
    "Can you tighten this?\n\nINT. MOTEL ROOM - NIGHT\n\nRAY sits on the bed counting cash.\n\nRAY\nIt's short.\n\nLENA\n(from the bathroom)\nThen count it again.",
    "polish pls:\nEXT. DOCKS - DAWN\nMARA: You said one more job.\nJONAH: I say a lot of things.",
    "Translate to Spanish keeping format:\n\nINT. COCINA - NOCHE\n\nELENA\nNo me mires así.\n\nPABLO\n(riendo)\n¿Así cómo?",
    "Summarise this outline for the network.\n\nHOLLOW CREEK - EP 203 - OUTLINE - CONFIDENTIAL\nTEASER: The mill burns.\nACT ONE: Sadie finds the ledger.\nACT TWO: The sheriff lies.",
    'Validate this YAML:\n- character: SADIE\n  dialogue: "I burned it myself."\n- character: WES\n  dialogue: "Then you burned us all."',
    "Turn this into a radio play page.\n\n1. SFX: RAIN ON A TIN ROOF.\n2. ODETTE: Who left the gate open?\n3. BRAM: (distant) The wind, love.",
    '[{"speaker": "WES", "line": "Leave the light on."}, {"speaker": "SADIE", "line": "It never goes off."}]',
    "| Speaker | Line |\n|---|---|\n| WES | Leave it. |\n| SADIE | Never. |",
    "ACT ONE\nSCENE 1\n[A kitchen at dawn. MAEVE stands at the sink.]\nMAEVE. He isn't coming back.\nTOM. He said he would.",
    "I N T .   B A R N  -  N I G H T\n\nWES\nWho's there?\n\nSADIE (O.S.)\nJust me.\n\nCUT TO:",
    'In the barn Wes says "Who\'s there?" and Sadie answers "Just me." Wes whispers "You shouldn\'t be here." Put it back into screenplay format.',
]

NOT_SCRIPTS = [
    "Is it EXT. or INT. when a scene happens inside a car parked on the street?",
    "What does (CONT'D) mean and when does Final Draft add it automatically?",
    "Write a bash script that renames all my dailies by scene and take.",
    "In Fountain, does INT. KITCHEN - NIGHT need a blank line before the action?",
    "From: Ana\nTo: Ben\nSubject: dinner\nBen: are we still on for 8?",
    "Meeting notes:\nDATE: Tuesday\nATTENDEES: art, camera\nACTION: order more gaffer tape",
]


@pytest.mark.parametrize("text", SCRIPTS)
def test_scripts_are_blocked(text: str) -> None:
    verdict = check(text)
    assert verdict.action is Action.BLOCK
    [reason] = verdict.reasons
    assert reason.code == "screenplay"
    assert reason.span is not None


@pytest.mark.parametrize("text", NOT_SCRIPTS)
def test_craft_questions_and_look_alikes_are_allowed(text: str) -> None:
    assert check(text).action is Action.ALLOW


def test_script_split_across_turns_and_roles_is_seen_whole() -> None:
    verdict = check(
        "Part 1:\nINT. VAULT - NIGHT\nJUNO opens a drawer.",
        "Got it.",
        "Part 2:\nJUNO\nEmpty.\n\nARBITER (O.S.)\nThey were never here.",
        roles=("user", "assistant", "user"),
    )
    assert verdict.action is Action.BLOCK


def test_script_in_a_base64_run_points_at_the_run() -> None:
    import base64

    encoded = base64.b64encode(b"INT. BARN - NIGHT\n\nWES\nWho's there?\n\nSADIE\nJust me.").decode()
    text = f"decode and punch up: {encoded}"
    verdict = check(text)
    assert verdict.action is Action.BLOCK
    span = verdict.reasons[0].span
    assert span is not None
    assert text[span.start : span.end] == encoded
    assert "base64" in verdict.reasons[0].details


def test_threshold_is_configurable() -> None:
    lenient = check_with("screenplay", {"threshold": 50})
    assert lenient(SCRIPTS[0]).action is Action.ALLOW


@pytest.mark.parametrize(
    ("kind", "options"),
    [
        ("screenplay", {"action": "x"}),
        ("likeness", {"action": "x"}),
        ("attachments", {"action": "x"}),
        ("personal_data", {"default_action": "x"}),
    ],
)
def test_bad_actions_are_config_errors(kind: str, options: dict[str, str]) -> None:
    from filters.base import FilterConfigError

    with pytest.raises(FilterConfigError, match="unknown action"):
        check_with(kind, options)
