"""Core story elements for the final product go to review; ideation stays allowed."""

from __future__ import annotations

import pytest

from filters.model import Action
from tests.filters.conftest import check_with

check = check_with("core_story")

FINAL = [
    "Write the final shooting version of the climax scene for Hollow Creek - we're filming it as you write it.",
    "Create the lead character for our series exactly as she will appear in the broadcast episodes: name, backstory, voice.",
    "Decide the twist ending for the released version of our film and write it out in full.",
    "Design the main villain for the episodes we deliver to the network.",
]

IDEATION = [
    "Brainstorm ten possible twist endings for our horror pitch - nothing is decided yet.",
    "Give me three early character concepts for a pitch deck about a deep-sea salvage crew.",
    "What makes a final act satisfying? Give examples from released films.",
    "Fix the final cut export settings in Premiere: which codec for the DCP?",
]


@pytest.mark.parametrize("text", FINAL)
def test_final_product_story_elements_need_review(text: str) -> None:
    verdict = check(text)
    assert verdict.action is Action.REVIEW
    assert verdict.reasons[0].code == "core_story"


@pytest.mark.parametrize("text", IDEATION)
def test_ideation_is_allowed(text: str) -> None:
    assert check(text).action is Action.ALLOW


def test_action_is_configurable() -> None:
    assert check_with("core_story", {"action": "block"})(FINAL[0]).action is Action.BLOCK


def test_unknown_action_is_a_config_error_naming_the_key() -> None:
    from filters.base import FilterConfigError

    with pytest.raises(FilterConfigError, match="action"):
        check_with("core_story", {"action": "shrug"})
