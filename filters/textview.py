"""Normalization, once per request, into *views* that every filter reads.

A view is a string plus a map from each of its characters back to the original request, so a
finding in normalized or decoded text still points at the right place of the right segment:

* ``clean``: all segments joined (so content split across turns and roles is seen whole), Unicode
  NFKC, look-alike characters folded to Latin (Unicode's confusables table), zero-width, bidi and
  other format characters removed.
* ``leet``: the clean view with leetspeak folded inside words that mix letters and digits.
* ``number_words``: the clean view with runs of spelled-out digits written as digits.
* ``decoded``: base64, hex, URL-encoded and quoted-printable runs, decoded (nested, bounded); a
  finding inside one points at the whole encoded run.

Each view carries the names of the normalizations that produced it, for the audit's reasons.
"""

from __future__ import annotations

import base64
import binascii
import bisect
import codecs
import quopri
import re
import unicodedata
import urllib.parse
from array import array
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from confusable_homoglyphs import confusables

from filters.model import Segment, Span

SEPARATOR = "\n\n"
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def lower_keeping_offsets(text: str) -> str:
    """Lower case with every character where it was: a few characters lower-case to two, and then
    only ASCII is lowered."""
    found = text.lower()
    return found if len(found) == len(text) else text.translate(_ASCII_LOWER)


MAX_DECODE_DEPTH = 3
MAX_DECODED_VIEWS = 32
MIN_BASE64 = 16
MIN_HEX_BYTES = 8


@dataclass(frozen=True, slots=True)
class View:
    """Normalized text; ``origin[i]`` is the offset in the joined original of character ``i``.

    ``origin`` is None when the view is the joined original itself. A decoded view maps every
    character to one encoded run (``run``) instead.
    """

    text: str
    tags: tuple[str, ...]
    origin: array[int] | None = None
    run: tuple[int, int] | None = None

    def original_range(self, start: int, end: int) -> tuple[int, int]:
        if self.run is not None:
            return self.run
        if self.origin is None:
            return start, end
        if not self.text:
            return 0, 0
        last = len(self.text) - 1
        # Either end may map lower: a reversed view runs backwards through the original.
        a = self.origin[min(start, last)]
        b = self.origin[min(max(end - 1, start), last)]
        return min(a, b), max(a, b) + 1


@dataclass(frozen=True, slots=True)
class Prepared:
    """All views of one request, and the way back from a view range to a segment span."""

    joined: str
    starts: tuple[int, ...]
    views: tuple[View, ...]
    # Per-request memo shared by the filters (lower-cased views, trigger regions); never text at rest.
    memo: dict[object, object] = field(default_factory=dict, compare=False, repr=False)

    def lower(self, view: View) -> str:
        key = ("lower", id(view))
        found = self.memo.get(key)
        if not isinstance(found, str):
            found = lower_keeping_offsets(view.text)
            self.memo[key] = found
        return found

    @property
    def clean(self) -> View:
        return self.views[0]

    def span(self, view: View, start: int, end: int) -> Span:
        first, last = view.original_range(start, end)
        index = max(bisect.bisect_right(self.starts, first) - 1, 0)
        base = self.starts[index]
        return Span(index, first - base, max(last - base, first - base))


# --- character folding -------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    """Non-ASCII characters that look like one ASCII letter or digit, mapped to it."""
    table: dict[int, str] = {}
    for char, glyphs in confusables.confusables_data.items():
        if len(char) != 1 or char.isascii():
            continue
        targets = {g["c"] for g in glyphs if len(g["c"]) == 1 and g["c"].isascii() and g["c"].isalnum()}
        if len(targets) == 1:
            target = targets.pop()
            # Capital I and small l share glyphs; a capital look-alike is a capital I.
            table[ord(char)] = "I" if target == "l" and char.isupper() else target
    return table


def _is_invisible(char: str) -> bool:
    return unicodedata.category(char) == "Cf"


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _clean(joined: str) -> View:
    if joined.isascii():
        return View(joined, ())
    fold = _fold_table()
    out: list[str] = []
    origin = array("i")
    fired: set[str] = set()
    cursor = 0
    # ASCII runs are copied whole; only the non-ASCII characters are looked at one by one.
    for match in _NON_ASCII.finditer(joined):
        offset = match.start()
        if offset > cursor:
            out.append(joined[cursor:offset])
            origin.extend(range(cursor, offset))
        cursor = offset + 1
        char = joined[offset]
        if _is_invisible(char):
            fired.add("zero_width")
            continue
        normal = unicodedata.normalize("NFKC", char)
        if normal != char:
            fired.add("nfkc")
        for piece in normal:
            folded = fold.get(ord(piece), piece)
            if folded != piece:
                fired.add("confusables")
            out.append(folded)
            origin.append(offset)
    if cursor < len(joined):
        out.append(joined[cursor:])
        origin.extend(range(cursor, len(joined)))
    return View("".join(out), tuple(sorted(fired)), origin)


# --- leetspeak --------------------------------------------------------------------------------

_LEET_BASE = {"4": "a", "3": "e", "0": "o", "5": "s", "7": "t", "9": "g", "8": "b", "@": "a", "$": "s"}
# "1" stands for i as often as for l, so both readings are produced as separate views.
_LEET_TABLES = tuple(
    (
        str.maketrans({**_LEET_BASE, "1": one}),
        str.maketrans({k: v.upper() for k, v in {**_LEET_BASE, "1": one}.items()}),
    )
    for one in ("i", "l")
)
_TECH_TOKEN = re.compile(
    r"^(?:\d+(?:st|nd|rd|th|[kKpPsSmMxX]|fps|mm|hz|kb|mb|gb|tb|am|pm|hrs?|min)|[A-Za-z]{1,3}\d{1,4}[A-Za-z]?)$"
)
_ONE_BEFORE_VOWEL = re.compile(r"1(?=[aeiouAEIOU0345])")
_LEET_TOKEN = re.compile(r"(?<![\w@$])(?=[\w@$]*[A-Za-z])(?=[\w@$]*[013457890@$])[\w@$]{2,}")


# A digit between two letters ("c0n74c7", "l34d"): leetspeak has several of these close together.
# A letter, digits or symbols, a letter: led by the digit so that the regex engine skips to it.
_LEET_HINT = re.compile(r"[013457890@$](?<=[A-Za-z][013457890@$])[013457890@$]*[A-Za-z]")


def _leet_views(view: View) -> list[View]:
    text = view.text
    hints = [m.start() for m in _LEET_HINT.finditer(text)]
    if len(hints) < 2:
        return []
    starts = [
        m.start()
        for start, end in regions(text, hints, 200, lines=False)
        for m in _LEET_TOKEN.finditer(text, start, end)
        if len(m.group(0)) < MIN_BASE64 and "@" not in m.group(0)[1:-1] and not _TECH_TOKEN.match(m.group(0))
    ]
    # A stray "1st", "4K" or "H264" is not leetspeak; three mixed words close together are.
    clustered = [starts[i] for i in range(len(starts) - 2) if starts[i + 2] - starts[i] < 200]
    views: list[View] = []
    for region in regions(text, clustered):
        views.extend(_leet_readings(_slice(view, *region)))
    return views


def _leet_readings(view: View) -> list[View]:
    text = view.text
    views: list[View] = []
    for lower, upper in _LEET_TABLES:

        def fold(match: re.Match[str], lower: dict[int, str] = lower, upper: dict[int, str] = upper) -> str:
            token = match.group(0)
            letters = [c for c in token if c.isalpha()]
            if not letters or len(token) >= MIN_BASE64:
                return token
            capital = sum(c.isupper() for c in letters) > len(letters) / 2
            return token.translate(upper if capital else lower)

        folded = _LEET_TOKEN.sub(fold, text)
        if folded != text and all(folded != v.text for v in views):
            views.append(View(folded, (*view.tags, "leet"), view.origin, view.run))
    # A third reading: "1" before a vowel is an l ("c10n3"), elsewhere an i ("v01c3").
    mixed = _LEET_TOKEN.sub(
        lambda m: (
            _ONE_BEFORE_VOWEL.sub("l", m.group(0)).translate(_LEET_TABLES[0][0])
            if len(m.group(0)) < MIN_BASE64
            else m.group(0)
        ),
        text,
    )
    if mixed != text and all(mixed != v.text for v in views):
        # Folding is one character for one character, so the origin map is unchanged.
        views.append(View(mixed, (*view.tags, "leet"), view.origin, view.run))
    return views


def _slice(view: View, start: int, end: int) -> View:
    """Part of a view, still mapped to the original (derived views cover only where they matter)."""
    if view.run is not None:
        return View(view.text[start:end], view.tags, None, view.run)
    origin = view.origin[start:end] if view.origin is not None else array("i", range(start, end))
    return View(view.text[start:end], view.tags, origin)


def regions(text: str, positions: list[int], radius: int = 300, lines: bool = True) -> list[tuple[int, int]]:
    """Merged stretches around positions, widened to whole lines unless ``lines`` is false."""
    regions: list[tuple[int, int]] = []
    for position in sorted(positions):
        start = max(0, position - radius)
        end = min(len(text), position + radius)
        if lines:
            line_start = text.rfind("\n", max(0, start - 200), start)
            line_end = text.find("\n", end, min(len(text), end + 200))
            start = line_start + 1 if line_start >= 0 else start
            end = line_end if line_end >= 0 else end
        if regions and start <= regions[-1][1]:
            regions[-1] = (regions[-1][0], max(regions[-1][1], end))
        else:
            regions.append((start, end))
    return regions


# --- digits written as words -------------------------------------------------------------------

_DIGIT_WORDS = {
    "zero": "0", "oh": "0", "o": "0", "nought": "0", "one": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}  # fmt: skip
_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_JOINERS = {"dash": "-", "hyphen": "-", "dot": ".", "slash": "/", "space": " "}
_NUMBER_WORD = (
    r"(?:double|triple|dash|hyphen|dot|slash|"
    + "|".join(sorted({*_DIGIT_WORDS, *_TEENS, *_TENS}, key=len, reverse=True))
    + r")(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
)
# Words apart by spaces, commas or hyphens ("seven-seven-zero-zero").
_NUMBER_RUN = re.compile(rf"\b{_NUMBER_WORD}(?:(?:[\s,]+|-)(?:and\s+)?{_NUMBER_WORD}\b){{2,}}", re.IGNORECASE)


def _hyphen_split(words: list[str]) -> Iterator[str]:
    """ "twenty-one" stays one number; "seven-seven-zero" is three digits."""
    for word in words:
        head, _, tail = word.partition("-")
        if not tail or (head in _TENS and tail in _DIGIT_WORDS):
            yield word
        else:
            yield from (part for part in word.split("-") if part)


def _words_to_digits(run: str) -> str:
    out: list[str] = []
    repeat = 1
    for raw in _hyphen_split(re.split(r"[\s,]+", run.lower())):
        word = raw.strip()
        if not word or word == "and":
            continue
        if word in {"double", "triple"}:
            repeat = 2 if word == "double" else 3
            continue
        if word in _JOINERS:
            out.append(_JOINERS[word])
        elif word in _DIGIT_WORDS:
            out.append(_DIGIT_WORDS[word] * repeat)
        elif word in _TEENS:
            out.append(str(_TEENS[word]))
        else:
            tens, _, unit = word.partition("-")
            if tens in _TENS:
                out.append(str(_TENS[tens] + int(_DIGIT_WORDS.get(unit, "0"))))
        repeat = 1
    return "".join(out)


# Matched on lower-cased text: without IGNORECASE the engine skips to the words' first letters.
_DIGIT_WORD_LOWER = re.compile(r"\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b")
_DIGIT_WORD_SPELLINGS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_DIGIT_WORD_PAIR = re.compile(
    r"\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple)[\s,-]+"
    r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple|dash)\b",
    re.IGNORECASE,
)


def _number_words(view: View) -> View | None:
    text = view.text
    if not _DIGIT_WORD_PAIR.search(text):
        return None
    matches = list(_NUMBER_RUN.finditer(text))
    if not matches:
        return None
    pieces: list[str] = []
    origin = array("i")
    cursor = 0
    for match in matches:
        digits = _words_to_digits(match.group(0))
        if sum(c.isdigit() for c in digits) < 3:
            continue
        pieces.append(text[cursor : match.start()])
        origin.extend(_source(view, i) for i in range(cursor, match.start()))
        pieces.append(digits)
        width = match.end() - match.start()
        origin.extend(
            _source(view, match.start() + min(i * width // max(len(digits), 1), width - 1))
            for i in range(len(digits))
        )
        cursor = match.end()
    if cursor == 0:
        return None
    pieces.append(text[cursor:])
    origin.extend(_source(view, i) for i in range(cursor, len(text)))
    return View("".join(pieces), (*view.tags, "number_words"), origin)


# --- encoded runs ------------------------------------------------------------------------------

_BASE64_RUN = re.compile(rf"[A-Za-z0-9+/_-]{{{MIN_BASE64},}}={{0,2}}")
_HEX_RUN = re.compile(
    rf"(?:\b[0-9A-Fa-f]{{2}}(?:[\s:,-]|$)){{{MIN_HEX_BYTES},}}|\b(?:[0-9A-Fa-f]{{2}}){{{MIN_HEX_BYTES},}}\b"
)
_URL_RUN = re.compile(r"[^\s%]*(?:%[0-9A-Fa-f]{2}[^\s%]*){3,}")
_QP_RUN = re.compile(r"(?:[^\s=]*=(?:[0-9A-F]{2}|\r?\n)[^\s=]*){3,}")


def _readable(data: bytes) -> str | None:
    """Decoded bytes that are text worth scanning (mostly printable UTF-8), else None."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if len(text) < 4:
        return None
    printable = sum(c.isprintable() or c in "\n\r\t" for c in text)
    letters = sum(c.isalpha() for c in text)
    if printable < 0.95 * len(text) or letters < 0.3 * len(text):
        return None
    return text


def _decode_base64(run: str) -> str | None:
    if not any(c.isdigit() or c in "+/=" for c in run) and run.isalpha() and (run.islower() or run.isupper()):
        return None  # a plain word, not an encoding
    raw = run.rstrip("=")
    padded = raw + "=" * (-len(raw) % 4)
    for decoder in (base64.b64decode, base64.urlsafe_b64decode):
        try:
            return _readable(decoder(padded))
        except (binascii.Error, ValueError):
            continue
    return None


def _decode_hex(run: str) -> str | None:
    digits = re.sub(r"[\s:,-]", "", run)
    if len(digits) % 2:
        return None
    try:
        return _readable(bytes.fromhex(digits))
    except ValueError:
        return None


def _decode_binary(run: str) -> str | None:
    """Eight-bit groups of 0 and 1: nothing else looks like that, so any printable result counts,
    digits included (a phone number spelled in binary is mostly digits)."""
    try:
        text = bytes(int(group, 2) for group in re.findall(r"[01]{8}", run)).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return None
    return text if len(text) >= 4 and all(c.isprintable() or c in "\n\r\t" for c in text) else None


_MORSE = {
    ".-": "a", "-...": "b", "-.-.": "c", "-..": "d", ".": "e", "..-.": "f", "--.": "g", "....": "h", "..": "i",
    ".---": "j", "-.-": "k", ".-..": "l", "--": "m", "-.": "n", "---": "o", ".--.": "p", "--.-": "q", ".-.": "r",
    "...": "s", "-": "t", "..-": "u", "...-": "v", ".--": "w", "-..-": "x", "-.--": "y", "--..": "z",
    "-----": "0", ".----": "1", "..---": "2", "...--": "3", "....-": "4", ".....": "5", "-....": "6", "--...": "7",
    "---..": "8", "----.": "9", ".-.-.-": ".", "--..--": ",", ".--.-.": "@", "-....-": "-",
}  # fmt: skip


def _decode_morse(run: str) -> str | None:
    words = []
    for word in re.split(r"\s*/\s*|\s{3,}", run.strip()):
        letters = [_MORSE.get(code) for code in word.split()]
        if not letters or None in letters:
            return None
        words.append("".join(letter for letter in letters if letter))
    text = " ".join(words)
    return text if len(text.replace(" ", "")) >= 4 else None


def _decode_url(run: str) -> str | None:
    decoded = urllib.parse.unquote(run, errors="strict") if "%" in run else None
    if decoded is None or decoded == run:
        return None
    return decoded


def _decode_qp(run: str) -> str | None:
    try:
        return _readable(quopri.decodestring(run.encode("ascii", "strict")))
    except (ValueError, UnicodeEncodeError):
        return None


# name, pattern, decoder, a character the encoding cannot do without (a cheap test before the scan)
_HEX_HINT = re.compile(
    r"[0-9A-Fa-f]{2}[\s:,-][0-9A-Fa-f]{2}[\s:,-][0-9A-Fa-f]{2}[\s:,-][0-9A-Fa-f]{2}|[0-9A-Fa-f]{16}"
)
# Hex of text has digits close together ("48 65 6c 6c" or "48656c6c"); looking for those first
# lets the engine skip every letter, and the full hint runs only around them.
_HEX_SEED = re.compile(r"[0-9][0-9A-Fa-f][\s:,-]?[0-9]")
_URL_HINT = re.compile(r"%[0-9A-Fa-f]{2}")
_BINARY_RUN = re.compile(r"\b[01]{8}(?:[ ,]+[01]{8}){3,}\b")
# Each hint opens with a literal character, which the regex engine finds with a fast scan (a
# character class costs it ten times as much, a repeated one twenty): a byte of ASCII text in
# binary starts with 0; Morse that spells anything has a dash in it.
_BINARY_HINT = re.compile(r"0[01]{7}[ ,][01]{8}")
_MORSE_RUN = re.compile(r"(?<![\w.-])[.-]{1,6}(?:(?: {1,3}| ?/ ?)[.-]{1,6}){3,}(?![\w.-])")
_MORSE_HINT = re.compile(r"-[.-]{0,5} [.-]{1,6} ")
_QP_HINT = re.compile(r"=[0-9A-F]{2}")
# name, run pattern, decoder, a cheap pattern that must occur before the run pattern is worth a scan
# (base64 has none: its run pattern is tried only within long whitespace-free stretches)
_DECODERS = (("base64", _BASE64_RUN, _decode_base64, None), ("hex", _HEX_RUN, _decode_hex, _HEX_HINT),
             ("url", _URL_RUN, _decode_url, _URL_HINT), ("quoted_printable", _QP_RUN, _decode_qp, _QP_HINT),
             ("binary", _BINARY_RUN, _decode_binary, _BINARY_HINT), ("morse", _MORSE_RUN, _decode_morse, _MORSE_HINT))  # fmt: skip


def _long_tokens(text: str) -> list[tuple[int, int]]:
    """The whitespace-free stretches long enough to hold a base64 run, found by str.split in C: the
    run pattern tried at every letter of the text cost three times as much."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    for token in [t for t in text.split() if len(t) >= MIN_BASE64]:
        at = text.find(token, cursor)
        spans.append((at, at + len(token)))
        cursor = at + len(token)
    return spans


def _decoded(view: View, depth: int = 0) -> Iterator[View]:
    if depth >= MAX_DECODE_DEPTH:
        return
    for name, pattern, decode, hint in _DECODERS:
        if hint is _HEX_HINT:
            seeds = [m.start() for m in _HEX_SEED.finditer(view.text)]
            near = regions(view.text, seeds, 48, lines=False) if seeds else []
            places = [m.start() for start, end in near for m in hint.finditer(view.text, start, end)]
            spans = regions(view.text, places, 200) if places else []
        elif hint is not None:
            places = [m.start() for m in hint.finditer(view.text)]
            spans = regions(view.text, places, 200) if places else []
        else:
            spans = _long_tokens(view.text)
        for match in (m for start, end in spans for m in pattern.finditer(view.text, start, end)):
            text = decode(match.group(0))
            if text is None:
                continue
            run = view.original_range(match.start(), match.end())
            inner = View(text, (*view.tags, name), None, run)
            cleaned = _clean(text)
            if cleaned.text != text:
                inner = View(cleaned.text, (*inner.tags, *cleaned.tags), None, run)
            yield inner
            yield from _decoded(inner, depth + 1)


_SPACED_HINT = re.compile(r"\d[ .]\d[ .]\d")
# Characters spelled out one by one with hyphens ("D-a-n-i", "s-s-n 5-4-1"), joined again.
_HYPHEN_SPELLED = re.compile(r"(?<![\w-])\w(?:-\w){2,}(?![\w-])")
# Starts with a literal, which the regex engine finds fast; the full pattern runs only around it.
_HYPHEN_SPELLED_HINT = re.compile(r"-\w-\w(?!\w)")


def _unhyphenated(view: View) -> View | None:
    spelled = ((m.start(), m.end(), m.group(0).replace("-", "")) for m in _HYPHEN_SPELLED.finditer(view.text))
    return _rewritten(view, spelled, "unhyphenated")


_SPACED_DIGITS = re.compile(r"(?<![\w.])\d(?:[ .]?-?[ .]?\d){6,}(?![\w])")


def _spaced_digits(view: View) -> View | None:
    """Digits pulled apart by dots or spaces ("5.0.5-5.5.5-0.1.3.8") written together again."""
    text = view.text
    matches = [m for m in _SPACED_DIGITS.finditer(text) if re.search(r"\d[ .]\d[ .]\d", m.group(0))]
    if not matches:
        return None
    pieces: list[str] = []
    origin = array("i")
    cursor = 0
    for match in matches:
        pieces.append(text[cursor : match.start()])
        origin.extend(_source(view, i) for i in range(cursor, match.start()))
        for i in range(match.start(), match.end()):
            if text[i] not in " .":
                pieces.append(text[i])
                origin.append(_source(view, i))
        cursor = match.end()
    pieces.append(text[cursor:])
    origin.extend(_source(view, i) for i in range(cursor, len(text)))
    return View("".join(pieces), (*view.tags, "spaced_digits"), origin, view.run)


# Layout wrapped around text: HTML tags, Markdown emphasis, code-string quotes and list commas.
# Where layout shows: bold or underline marks, block tags, strings opening or closing a line. Three
# patterns, each led by a character or a newline the regex engine skips to; one alternation that
# opened with a line anchor was tried at every position and cost twice as much.
_MARKUP_MARKS = re.compile(r"[*_<](?:(?<=\*)\*|(?<=_)_|(?<=<)(?:p|div|span|br|td|li|h\d)\b)", re.IGNORECASE)
_STRING_OPENS_LINE = re.compile(r"\n[ \t]*[\[(]?['\"]")
_STRING_ENDS_LINE = re.compile(r"['\"],?[ \t]*(?:\n|$)")
_STRING_OPENS_TEXT = re.compile(r"[ \t]*[\[(]?['\"]")


def _markup_places(text: str) -> list[int]:
    places = [m.start() for m in _MARKUP_MARKS.finditer(text)]
    places += [m.start() + 1 for m in _STRING_OPENS_LINE.finditer(text)]
    places += [m.start() for m in _STRING_ENDS_LINE.finditer(text)]
    if _STRING_OPENS_TEXT.match(text):
        places.append(0)
    return sorted(places)


_MARKUP = re.compile(
    r"<[^<>\n]{1,200}>[ \t]*\n?|\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|`+|"
    r"^[ \t]*(?:[-*+>]|\d{1,3}[.)])?[ \t]*[\[(]?[ \t]*[rbuf]?['\"]|['\"][ \t]*[,\])]*[ \t]*;?[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)


_BLOCK_END = re.compile(r"</(?:p|div|li|h\d|tr|td|pre|blockquote)>|<br\s*/?>", re.IGNORECASE)


def _unmarked(view: View) -> View | None:
    """The text without its layout, so a script in HTML, Markdown or a list of strings reads as one."""
    if len(_markup_places(view.text)) < 2:
        return None
    # A closing block tag ends a line in the rendered page; the rest of the layout goes.
    replacements = (
        (m.start(), m.end(), "\n" if _BLOCK_END.match(m.group(0)) else "")
        for m in _MARKUP.finditer(view.text)
    )
    return _rewritten(view, replacements, "markup")


# Contact details written to dodge pattern matching: "name [at] host [dot] com", "O77OO 9OO 123".
_AT = re.compile(
    r"\s*[\[({<]\s*at\s*[\])}>]\s*|(?<=\w)\s+at\s+(?=[\w-]+(?:\s*[\[({<]?\s*dot\s*[\])}>]?\s*|\.)(?:com|net|org|edu|gov|io|co|uk|de|fr|es|it|nl|info|me|tv|example|test)\b)",
    re.IGNORECASE,
)
_DOT = re.compile(r"\s*[\[({<]\s*dot\s*[\])}>]\s*|(?<=\w)\s+dot\s+(?=\w)", re.IGNORECASE)
_OBFUSCATION_HINT = re.compile(r"[\[({<]\s*(?:at|dot)\s*[\])}>]|\bat\b[^\n]{1,40}\bdot\b", re.IGNORECASE)
_DIGIT_LOOKALIKES = re.compile(
    r"(?<![A-Za-z])(?=[0-9OoIl]*[0-9])(?=[0-9OoIl]*[OoIl])[0-9OoIl]{3,}(?![A-Za-z])"
)
_BRACKETED_AT_DOT = re.compile(r"[\[({<]\s*(?:at|dot)\s*[\])}>]", re.IGNORECASE)
_AT_THEN_DOT = re.compile(r"\bat\b[^\n]{1,40}\bdot\b")
# A run mixing digits and look-alike letters has a digit next to such a letter somewhere.
_LOOKALIKE_SEED = re.compile(r"[0-9](?:[OoIl]|(?<=[OoIl][0-9]))")


def _obfuscation_places(text: str, lower: str) -> list[int]:
    """Where an obfuscated contact may be (``lower``: the text lower-cased, offsets kept). Each test starts with a character class or a literal the
    regex engine can skip to; one alternation tried at every position cost 3.3 ms per 100 KB."""
    places = [m.start() for m in _BRACKETED_AT_DOT.finditer(text)]
    if "dot" in lower:
        places += [m.start() for m in _AT_THEN_DOT.finditer(lower)]
    places += [m.start() for m in _LOOKALIKE_SEED.finditer(text)]
    return sorted(places)


_TO_DIGITS = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1"})


def _deobfuscated(view: View) -> View | None:
    text = view.text
    if not _OBFUSCATION_HINT.search(text) and not _DIGIT_LOOKALIKES.search(text):
        return None
    replacements = sorted(
        [(m.start(), m.end(), "@") for m in _AT.finditer(text)]
        + [(m.start(), m.end(), ".") for m in _DOT.finditer(text)]
        + [(m.start(), m.end(), m.group(0).translate(_TO_DIGITS)) for m in _DIGIT_LOOKALIKES.finditer(text)]
    )
    return _rewritten(view, replacements, "obfuscation")


# Three escaped newlines close together: a script pasted as a code string, not a stray "\n".
_ESCAPE_HINT = re.compile(r"\\n(?:[^\n]{0,200}?\\n){2}")
_ESCAPES = re.compile(r"\\[nrt\"']")
_ESCAPED = {"\\n": "\n", "\\r": "", "\\t": " ", '\\"': '"', "\\'": "'"}


def _unescaped(view: View) -> View | None:
    """Text inside code strings with its escapes read: "INT. BARN\\n\\nWES\\n..." becomes lines."""
    if view.text.count("\\n") < 3:
        return None
    replacements = ((m.start(), m.end(), _ESCAPED[m.group(0)]) for m in _ESCAPES.finditer(view.text))
    return _rewritten(view, replacements, "escapes")


# Words written with a space between their letters ("W r i t e  a  t w e e t"), words apart by two.
_SPACED_LETTERS = re.compile(r"(?<!\S)\S(?: \S)+(?!\S)")
_SPACED_CHUNK = 200


def _letter_spaced_places(text: str) -> list[int]:
    """Stretches where a quarter of the characters or more are spaces (prose has about a sixth): a cheap
    count first, the pattern only there."""
    places: list[int] = []
    for start in range(0, len(text), _SPACED_CHUNK):
        chunk = text[start : start + _SPACED_CHUNK + 20]
        if chunk.count(" ") * 4 >= len(chunk) and len(chunk) >= 20:
            places.extend(m.start() + start for m in _SPACED_LETTERS.finditer(chunk))
    return places


# One word of four letters spaced out, at least: "6 a m" or "A or B" alone is not letter-spacing.
_SPACED_WORD = re.compile(r"(?<!\S)\S(?: \S){3,}(?!\S)")


def _letters_joined(view: View) -> View | None:
    if _SPACED_WORD.search(view.text) is None:
        return None
    joined = ((m.start(), m.end(), m.group(0).replace(" ", "")) for m in _SPACED_LETTERS.finditer(view.text))
    return _rewritten(view, joined, "letters_joined")


# Digits written one per line, joined again.
_DIGIT_PER_LINE = re.compile(r"(?<![\w.])\d(?:[ \t]*\n[ \t]*\d){6,}(?![\w])")


# Starts with a newline, which the regex engine skips to fast; the full pattern runs only around it.
_DIGIT_LINES_HINT = re.compile(r"\n[ \t]*\d[ \t]*\n[ \t]*\d[ \t]*\n")


def _digit_lines(view: View) -> View | None:
    runs = ((m.start(), m.end(), re.sub(r"\s", "", m.group(0))) for m in _DIGIT_PER_LINE.finditer(view.text))
    return _rewritten(view, runs, "digit_lines")


# Text cut into string literals and joined in code: "['Jo','rdan',' Le','e - S','SN 5']".
_LITERAL_RUN = re.compile(r"""(?:(['"])[^'"\n]{0,40}\1\s*[,+]\s*){2,}(['"])[^'"\n]{0,40}\2""")
_LITERAL = re.compile(r"""(['"])([^'"\n]{0,40})\1""")
_LITERAL_SEAMS = ("','", "', '", '","', '", "', "'+'", "' + '", '"+"', '" + "')


def _literal_seam_places(text: str, limit: int = 64) -> list[int]:
    places: list[int] = []
    for seam in _LITERAL_SEAMS:
        at = text.find(seam)
        while at >= 0 and len(places) < limit:
            places.append(at)
            at = text.find(seam, at + 1)
    return places


def _joined_literals(view: View) -> View | None:
    runs = (
        (m.start(), m.end(), "".join(part.group(2) for part in _LITERAL.finditer(m.group(0))))
        for m in _LITERAL_RUN.finditer(view.text)
    )
    return _rewritten(view, runs, "joined_literals")


_ROT13_HINT = re.compile(r"\brot[ -]?13\b|\bcaesar\b", re.IGNORECASE)


def _rot13(view: View) -> View | None:
    """Letters shifted by thirteen places, read back where the request names the cipher. Like a
    decoded payload it maps to its whole stretch of the original."""
    run = view.original_range(0, len(view.text))
    return View(codecs.encode(view.text, "rot13"), (*view.tags, "rot13"), None, run)


_REVERSAL_HINT = re.compile(r"revers|backward|right\s+to\s+left|mirror(?:ed)?\s+text", re.IGNORECASE)


def _reversed(view: View) -> View | None:
    """Text written backwards ("8910 555 707 :enohp"), read forwards, where the request says so."""
    text = view.text[::-1]
    origin = _sources(view, 0, len(view.text))[::-1]
    return View(text, (*view.tags, "reversed"), origin)


# Three lines in a row quoted as in an e-mail reply ("> WES"): the quote marks are taken off.
_QUOTED_HINT = re.compile(r"^[ \t]*>[^\n]*\n[ \t]*>[^\n]*\n[ \t]*>", re.MULTILINE)
_QUOTE_MARKS = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.MULTILINE)


def _unquoted(view: View) -> View | None:
    """A reply's quoted text without its "> " marks, so that a script quoted in an e-mail is laid out
    as a script."""
    marks = ((m.start(), m.end(), "") for m in _QUOTE_MARKS.finditer(view.text))
    return _rewritten(view, marks, "unquoted")


# A scene heading anywhere, not only at a line start: the hint for scripts run together on one line.
_INLINE_HEADING_HINT = re.compile(r"\b(?:INT|EXT|I/E)\.\s+[A-Z][A-Z0-9 '’/.-]{1,40}[ \t]+[-–—][ \t]+[A-Z]")
_TIME_OF_DAY = (
    r"(?:DAY|NIGHT|MORNING|EVENING|DAWN|DUSK|CONTINUOUS|LATER|SUNSET|SUNRISE|AFTERNOON|MOVING|"
    r"NUIT|JOUR|SOIR|MATIN|NOCHE|D[IÍ]A|TARDE|NACHT|TAG|ABEND|NOTTE|GIORNO|SERA|NOITE)"
)
# "LUCÍA:" or "DR. PIKE (V.O.):" opening a line of dialogue; Latin-1 capitals count as capitals.
_SPEAKER = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]{1,20}(?:\s[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]{1,20})?(?:\s*\([A-Za-z.'’ ]{1,20}\))?:\s"
_LINE_BREAKS = re.compile(
    r"(?<=\S)(?P<heading>[ \t]+)(?=['\"“‘]?(?:INT|EXT|I/E)\.\s+[A-Z])|"
    rf"\b{_TIME_OF_DAY}(?P<after_heading>\.?[ \t]+)(?=[A-Z][a-z]|[A-Z]{{2,}}\s+[a-z]|{_SPEAKER})|"
    r"(?<=[.!?\"”])(?P<speaker>[ \t]+)(?=" + _SPEAKER + r")|"
    # Lines set apart with slashes, as when a scene is quoted inline: "... NIGHT / CLAIRE: Leaving? / HUGO: ..."
    r"(?P<slash>[ \t]*/[ \t]*)(?=" + _SPEAKER + r")"
)


# A cue without a colon after a sentence: "... the rail. ROSA Tell me it's not him."
_RUN_ON_CUE = re.compile(r"(?<=[.!?])([ \t]+)[A-ZÀ-ÖØ-Þ]{2,20}(?: [A-ZÀ-ÖØ-Þ]{2,20})?([ \t]+)(?=[A-Z][a-z])")


def _relined(view: View) -> View | None:
    """A script run together on one line ("INT. VAN - NIGHT. RICO drives. LENA: It's short.") laid
    out again, heading and speakers on lines of their own, for the line-based script evidence."""
    breaks = [(*m.span(m.lastgroup or 0), "\n\n") for m in _LINE_BREAKS.finditer(view.text)]
    for cue in _RUN_ON_CUE.finditer(view.text):
        breaks += [(*cue.span(1), "\n\n"), (*cue.span(2), "\n")]
    return _rewritten(view, sorted(breaks), "relined")


def _rewritten(view: View, replacements: Iterable[tuple[int, int, str]], tag: str) -> View | None:
    """The view with each (start, end) span replaced by its new text, every character still mapped to
    the original; None when nothing changed."""
    text = view.text
    pieces: list[str] = []
    origin = array("i")
    cursor = 0
    for start, end, new in replacements:
        if start < cursor:
            continue
        pieces.append(text[cursor:start])
        origin.extend(_sources(view, cursor, start))
        pieces.append(new)
        origin.extend(_source(view, min(start + k, end - 1)) for k in range(len(new)))
        cursor = end
    pieces.append(text[cursor:])
    origin.extend(_sources(view, cursor, len(text)))
    out = "".join(pieces)
    return View(out, (*view.tags, tag), origin, view.run) if out != text else None


def _source(view: View, i: int) -> int:
    return view.origin[i] if view.origin is not None else i


def _sources(view: View, start: int, end: int) -> array[int]:
    """The origins of a stretch left unchanged, copied in C rather than character by character."""
    return view.origin[start:end] if view.origin is not None else array("i", range(start, end))


def prepare(segments: tuple[Segment, ...]) -> Prepared:
    """Every view of a request's text, computed once for all filters."""
    starts: list[int] = []
    offset = 0
    for segment in segments:
        starts.append(offset)
        offset += len(segment.text) + len(SEPARATOR)
    joined = SEPARATOR.join(s.text for s in segments)
    clean = _clean(joined)
    views = [clean]
    views.extend(_leet_views(clean))
    # Markup, obfuscation and string escapes are undone only where they show, not in the whole text.
    text = clean.text
    lower = lower_keeping_offsets(text)
    local_derivations: list[tuple[list[int], Callable[[View], View | None], int]] = [
        (_markup_places(text), _unmarked, 1200),
        (_obfuscation_places(text, lower), _deobfuscated, 300),
        ([m.start() for m in _ESCAPE_HINT.finditer(text)], _unescaped, 1500),
    ]
    local_derivations.append((_letter_spaced_places(text), _letters_joined, 300))
    seams = _literal_seam_places(text)
    if len(seams) >= 2:
        local_derivations.append((seams, _joined_literals, 200))
    if "rot" in lower or "caesar" in lower:
        local_derivations.append(([m.start() for m in _ROT13_HINT.finditer(text)], _rot13, 1500))
    if "revers" in lower or "backward" in lower or "right to left" in lower or "mirror" in lower:
        local_derivations.append(([m.start() for m in _REVERSAL_HINT.finditer(text)], _reversed, 400))
    if "\n>" in text or text.lstrip().startswith(">"):
        local_derivations.append(([m.start() for m in _QUOTED_HINT.finditer(text)], _unquoted, 1500))
    # A scene heading needs one of these; checking for them is far cheaper than the hint's scan.
    if any(mark in text for mark in ("INT.", "EXT.", "I/E.")):
        local_derivations.append(([m.start() for m in _INLINE_HEADING_HINT.finditer(text)], _relined, 1500))
    for places, derive_local, radius in local_derivations:
        for region in regions(text, places, radius):
            local = derive_local(_slice(clean, *region))
            if local is not None:
                views.append(local)
    derivations: list[tuple[list[int], Callable[[View], View | None]]] = [
        ([m.start() for m in _SPACED_HINT.finditer(text)], _spaced_digits),
        ([m.start() for m in _HYPHEN_SPELLED_HINT.finditer(text)], _unhyphenated),
        ([m.start() for m in _DIGIT_LINES_HINT.finditer(text)], _digit_lines),
    ]
    # Three digit words are needed for a number; most texts have far fewer, and then no scan is made.
    if sum(lower.count(word) for word in _DIGIT_WORD_SPELLINGS) >= 3:
        derivations.append(([m.start() for m in _DIGIT_WORD_LOWER.finditer(lower)], _number_words))
    for places, derive in derivations:
        for region in regions(text, places):
            derived = derive(_slice(clean, *region))
            if derived is not None:
                views.append(derived)
    decoded: list[View] = []
    # Encoded runs are looked for in the text as written (after Unicode clean-up), not in the
    # leetspeak or number readings, where they would only be mangled.
    for view in (clean,):
        for inner in _decoded(view):
            if len(decoded) >= MAX_DECODED_VIEWS:
                break
            decoded.append(inner)
            derived_views = [*_leet_views(inner), _number_words(inner), _spaced_digits(inner)]
            for derived in derived_views:
                if derived is not None:
                    decoded.append(View(derived.text, derived.tags, None, inner.run))
    views.extend(decoded)
    # The filters ask for the clean view lower-cased too: it was made once already, here.
    return Prepared(joined, tuple(starts) or (0,), tuple(views), {("lower", id(clean)): lower})
