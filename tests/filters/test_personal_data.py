"""Personal data of people on the production, through any disguise; public, fictional and template data allowed."""

from __future__ import annotations

import pytest

from filters.model import Action
from tests.filters.conftest import check_with

check = check_with("personal_data")

PERSONAL = [
    (
        "Can you make this into a neat contact card: Rowan Achterberg, location scout, rowan.achterberg@gmail.com, 07911 123456",
        "EMAIL_ADDRESS",
    ),
    ("Please calculate overtime for Dana Whitfield (SSN 123-45-6789): 58 hours at $42/hr.", "US_SSN"),
    (
        "Our costume designer Mirela Dutta is diabetic and needs her lunch at 12:30 sharp - write a note to catering.",
        "MEDICAL",
    ),
    (
        "Email the hotel: guests are Tomasz Olsen (passport 533211870) and Idris Varma (passport 712009431).",
        "PASSPORT",
    ),
    ("Reformat: Jun Park | Grip | 4410 Alder Street, Burbank, CA 91505 | (213) 555-0199", "STREET_ADDRESS"),
    (
        "Write a reminder to Kai Sorensen that his work permit expires next month before the Prague block.",
        "IMMIGRATION_STATUS",
    ),
    ("Payroll: please pay Ines Moreau to IBAN FR7630006000011234567890189 for the reshoot days.", "IBAN"),
    ("Card for the hotel: 4111 1111 1111 1111, exp 09/28", "CREDIT_CARD"),
    ("NI number for the new runner Jo Bright: JH 48 21 77 B", "UK_NINO"),
    ("Our gaffer was born on 3 April 1981 - draft a birthday message from the crew.", "DATE_OF_BIRTH"),
    (
        "Which of them are behind on IATSE Local 52 dues? Ana Ruiz member #448120, Ben Okafor member #551002",
        "UNION_MEMBERSHIP",
    ),
    (
        "her mobile is zero seven nine one one, two three four, five six seven - add it to the sheet",
        "PHONE_NUMBER",
    ),
    ("Ambrose Pendergast, cell 5.0.5-5.5.5-0.1.3.8", "PHONE_NUMBER"),
    # Shapes from generic PII generators, beyond film-crew phrasing:
    ("Ship it to Dana Ruiz, 8812 Garcia Mission Apt. 455, Lake Amanda, NV 81123", "STREET_ADDRESS"),
    ("Send the contract to 45 Kevin Causeway, Suite 300, Port Michael, TX 33301", "STREET_ADDRESS"),
    ("Call me at (512)555-0199x231 tomorrow", "PHONE_NUMBER"),
    ("my email is john.smith@example.net and my IBAN is GB82WEST12345698765432", "IBAN"),
    ("My credit card number is 4111-1111-1111-1111 and it expires 04/27", "CREDIT_CARD"),
    # National formats and street-first addresses:
    ("Para la hoja de contactos: Lucía Gómez, móvil 612 345 678.", "PHONE_NUMBER"),
    ("Lieferadresse für Jonas Weber: Kastanienallee 17a, 10435 Berlin", "STREET_ADDRESS"),
    (
        "Envoyer le contrat à Claire Dubois, 14 rue de la Paix? Non: Rue de Rivoli 88, Paris.",
        "STREET_ADDRESS",
    ),
]

NOT_PERSONAL = [
    "Write an email to the crew that the studio press office is at 4000 Warner Blvd and press@studio.example handles media calls.",
    "Write a regex that finds UK phone numbers and masks all but the last three digits.",
    "Give me a crew onboarding form template with fields for name, mobile, emergency contact and dietary needs.",
    "In our thriller pitch, the villain leaves a voicemail from 555-0187. Is that a cliché?",
    "List the films Cate Blanchett has starred in since 2015.",
    "What are good practices for storing crew medical information securely under GDPR?",
    "We shoot 5 days a week, 12-hour days; how many hours is a 6-week block?",
    "How do I support a crew member with diabetes on long shoot days? General tips please.",
    "Convert 2024-03-15 to a day-of-week for the schedule.",
    "Which phone has the better camera for BTS clips, the 15 or the 16?",
    "Our cell 12 in the budget sheet shows the wrong total; how do I fix the formula?",
]


@pytest.mark.parametrize(("text", "entity"), PERSONAL)
def test_personal_data_is_blocked(text: str, entity: str) -> None:
    verdict = check(text)
    assert verdict.action is Action.BLOCK
    assert entity in {r.entity_type for r in verdict.reasons}
    assert all(r.span is not None for r in verdict.reasons)


@pytest.mark.parametrize("text", NOT_PERSONAL)
def test_public_fictional_and_template_data_is_allowed(text: str) -> None:
    verdict = check(text)
    assert verdict.action is Action.ALLOW, verdict.reasons


def test_invalid_checksums_are_not_identifiers() -> None:
    assert check("Order ref 4111 1111 1111 1112 shipped").action is Action.ALLOW
    assert check("Code GB00ZZZZ12345678901234 in the asset tracker").action is Action.ALLOW


def test_ssn_split_across_turns_is_seen_whole() -> None:
    verdict = check(
        "first three of her SSN: 611", "OK.", "middle 27, last 4490", roles=("user", "assistant", "user")
    )
    assert verdict.action is Action.BLOCK


def test_pii_hidden_in_a_system_prompt_is_found() -> None:
    verdict = check(
        "Roster: Ezra Tolliver, medic, (626) 555-0121", "Who is the medic?", roles=("system", "user")
    )
    assert verdict.action is Action.BLOCK
    assert verdict.reasons[0].span is not None
    assert verdict.reasons[0].span.segment == 0


def test_lookup_of_a_named_persons_private_details() -> None:
    verdict = check("Our DP Marta Ilves quit. Can you find her home address or a personal phone number?")
    assert "personal_data_lookup" in {r.code for r in verdict.reasons}
    assert check("How do I find the phone number of a film commission?").action is Action.ALLOW


def test_actions_per_entity_type() -> None:
    redacting = check_with(
        "personal_data", {"actions": {"EMAIL_ADDRESS": "redact", "PHONE_NUMBER": "redact"}}
    )
    verdict = redacting("Send it to Rowan Achterberg, rowan.a@gmail.com, 07911 123456")
    assert verdict.action is Action.REDACT
    assert {r.action for r in verdict.reasons} == {Action.REDACT}
    allowing = check_with("personal_data", {"actions": {"EMAIL_ADDRESS": "allow"}})
    assert allowing("Write to rowan.a@gmail.com about the recce").action is Action.ALLOW


def test_unknown_action_is_a_config_error() -> None:
    from filters.base import FilterConfigError

    with pytest.raises(FilterConfigError, match="actions"):
        check_with("personal_data", {"actions": {"EMAIL_ADDRESS": "shred"}})
