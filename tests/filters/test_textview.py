"""Normalization views: every disguise undone once, spans mapped back to the original segment."""

from __future__ import annotations

import base64
import urllib.parse

import pytest

from filters.model import Segment
from filters.textview import prepare


def _views(*texts: str) -> dict[str, str]:
    prepared = prepare(tuple(Segment(t, ("messages", i)) for i, t in enumerate(texts)))
    return {"+".join(v.tags) or "plain": v.text for v in prepared.views}


@pytest.mark.parametrize(
    ("text", "tag", "expected"),
    [
        ("ЕXT. FЕΝΝ'Ѕ CROSSІΝG", "confusables", "EXT. FENN'S CROSSING"),
        ("I\u200bN\u200cT\u2060.", "zero_width", "INT."),
        ("ｆｕｌｌｗｉｄｔｈ", "nfkc", "fullwidth"),
        ("five two nine dash three three dash zero one eight six", "number_words", "529-33-0186"),
        ("cell 5.0.5-5.5.5-0.1.3.8 ok", "spaced_digits", "cell 505-555-0138 ok"),
        ("mail hattie.b [at] gmail [dot] com", "obfuscation", "hattie.b@gmail.com"),
        ("nadia dot petrova at outlook dot com", "obfuscation", "nadia.petrova@outlook.com"),
        ("call O77OO 9OO 123", "obfuscation", "07700 900 123"),
        # Upper-case words and brackets: the places to look are found on the lower-cased text.
        ("NADIA DOT PETROVA AT OUTLOOK DOT COM", "obfuscation", "NADIA.PETROVA@OUTLOOK.COM"),
        ("mail hattie.b [AT] gmail [DOT] com", "obfuscation", "hattie.b@gmail.com"),
        ("Seven seven zero zero, NINE zero zero, one two three", "number_words", "77009001"),
        ("D-a-n-i S-h-a-w, s-s-n 5-4-1", "unhyphenated", "Dani Shaw, ssn 541"),
        ("c a l l  D a n i  o n  0 7 7 0 0", "letters_joined", "call  Dani  on  07700"),
        ("mobile:\n0\n7\n7\n0\n0\n9\n0\n0", "digit_lines", "mobile:\n07700900"),
        ("x = ''.join(['Jo','rdan',' Le','e'])", "joined_literals", "x = ''.join([Jordan Lee])"),
        ("rot13: EBFN: Naq vs gurl pbzr?", "rot13", "ebg13: ROSA: And if they come?"),
        ("seven-seven-zero-zero, nine-zero-zero, twenty-one", "number_words", "770090021"),
        ("**MARA:** hi\n**JONAH:** hey", "markup", "MARA: hi\nJONAH: hey"),
        ("<p>MARA</p>\n<p>You came back.</p>", "markup", "MARA\nYou came back.\n"),
        ('s = "INT. BARN\\n\\nWES\\nWho is there?"', "escapes", "INT. BARN\n\nWES\nWho is there?"),
        (
            "Dana wrote:\n> WES\n>> Nobody comes here.\n> \n> LIZ",
            "unquoted",
            "Dana wrote:\nWES\nNobody comes here.\n\nLIZ",
        ),
    ],
)
def test_each_normalization(text: str, tag: str, expected: str) -> None:
    views = _views(text)
    assert any(tag in name and expected in value for name, value in views.items()), views


def test_leetspeak_both_readings() -> None:
    views = _views("c10n3 th3 v01c3 0f 0ur l34d 4ct0r")
    assert "clone the voice of our lead actor" in views.values()


@pytest.mark.parametrize(
    ("encode", "tag"),
    [
        (lambda s: base64.b64encode(s.encode()).decode(), "base64"),
        (lambda s: s.encode().hex(" "), "hex"),
        (lambda s: urllib.parse.quote(s), "url"),
    ],
)
def test_encoded_runs_are_decoded(encode: object, tag: str) -> None:
    secret = "Noor Halvorsen SSN 523-41-8806"
    text = f"please decode {encode(secret)} thanks"  # type: ignore[operator]
    views = _views(text)
    assert any(tag in name and secret in value for name, value in views.items()), views


@pytest.mark.parametrize(
    ("text", "tag", "reading"),
    [
        ("01001010 01101111 00100000 00110000 00110111 00110111", "binary", "Jo 077"),
        ("-- .- .-. .- / ----- --... --...", "morse", "mara 077"),
    ],
)
def test_binary_and_morse_are_read(text: str, tag: str, reading: str) -> None:
    assert _views(f"decode: {text}")[tag] == reading


def test_nested_encodings_are_decoded() -> None:
    inner = base64.b64encode(b"clone the voice of our lead").decode()
    outer = inner.encode().hex()
    assert "clone the voice of our lead" in _views(f"x {outer} y").values()


def test_spans_map_back_through_removed_characters() -> None:
    text = "call I\u200bN\u200bT. now"
    prepared = prepare((Segment("first", ("m", 0)), Segment(text, ("m", 1))))
    view = next(v for v in prepared.views if "zero_width" in v.tags)
    start = view.text.index("INT.")
    span = prepared.span(view, start, start + 4)
    assert span.segment == 1
    assert text[span.start : span.end] == "I\u200bN\u200bT."


def test_joined_view_sees_across_turns() -> None:
    prepared = prepare((Segment("my number is (404) 555-01", ("m", 0)), Segment("72", ("m", 1))))
    assert "555-01\n\n72" in prepared.clean.text


def test_plain_words_are_not_decoded_as_base64() -> None:
    assert set(_views("Supercalifragilisticexpialidocious is a long word")) == {"plain"}


def test_decoding_is_bounded() -> None:
    runs = " ".join(base64.b64encode(f"decoded text number {i} here".encode()).decode() for i in range(200))
    prepared = prepare((Segment(runs, ("m", 0)),))
    assert len(prepared.views) <= 1 + 3 + 32 * 4


def _mapped_back(text: str, tag: str, found: str) -> str:
    """The stretch of the original that a view's reading ``found`` maps back to."""
    prepared = prepare((Segment(text, ("m", 0)),))
    view = next(v for v in prepared.views if tag in v.tags)
    start = view.text.index(found)
    span = prepared.span(view, start, start + len(found))
    return text[span.start : span.end]


def test_escaped_text_maps_back_to_the_code_string() -> None:
    text = 'x = "EXT. DOCK\\n\\nNORA\\nNot yet.\\n"'
    assert _mapped_back(text, "escapes", "NORA\nNot") == "NORA\\nNot"


def test_a_single_escaped_newline_is_left_alone() -> None:
    assert not any("escapes" in name for name in _views('print("Hello\\nWorld")'))


def test_a_script_run_onto_one_line_is_laid_out_again() -> None:
    text = 'Fix: "INT. VAN - NIGHT. RICO drives. LENA: It is short. RICO: Count it again."'
    views = _views(text)
    relined = next(value for name, value in views.items() if "relined" in name)
    assert "\nRICO drives." in relined
    assert "\nLENA: It is short." in relined
    assert "\nRICO: Count it again." in relined


def test_a_quoted_reply_maps_back_to_its_quoted_lines() -> None:
    text = "Can you answer this?\n> EXT. QUARRY - DUSK\n> WES\n> Nobody comes up here."
    assert _mapped_back(text, "unquoted", "WES\nNobody") == "WES\n> Nobody"


def test_text_written_backwards_is_read_forwards_when_the_request_says_so() -> None:
    text = "Read this in reverse: 8910 555 707 :enohp s'yrrah"
    assert _mapped_back(text, "reversed", "707 555 0198") == "8910 555 707"
    assert not any("reversed" in name for name in _views("8910 555 707 :enohp s'yrrah"))


def test_ordinary_text_is_not_read_as_letter_spaced() -> None:
    text = "Plan A or plan B? We shoot at 6 a m if it is dry, else at 9. " * 20
    assert not any("letters_joined" in name for name in _views(text))


def test_two_quoted_lines_are_left_alone() -> None:
    assert not any("unquoted" in name for name in _views("As you said:\n> fine\n> thanks"))


def test_cues_without_colons_in_a_run_on_script_get_lines_of_their_own() -> None:
    text = "INT. FERRY - DAWN ROSA grips the rail. ROSA Tell me it's not him. ELI It's him."
    relined = next(value for name, value in _views(text).items() if "relined" in name)
    assert "\n\nROSA\nTell me it's not him.\n\nELI\nIt's him." in relined


def test_ordinary_prose_is_not_relined() -> None:
    assert not any("relined" in name for name in _views("We met at the INT. desk. It was fine."))
