"""Script material: recognised by the structure of screenplays, teleplays, stage and audio plays.

A script is recognised by several kinds of evidence together: scene headings, character cues with
dialogue under them, ``NAME: line`` exchanges between several speakers, parentheticals,
transitions, PDF page artefacts, numbered audio-drama cues, stage-play acts, treatment and outline
structure with confidentiality marks, dialogue re-laid as a table or JSON, and prose that quotes
several lines of dialogue for conversion back into a script. One kind of evidence alone (a single
scene heading in a formatting question) is not enough.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import Field

from filters.base import ActionOptions, parse_options
from filters.model import Action, FilterInput, Reason, Span, Verdict
from filters.rules import Triggers
from filters.textview import Prepared, View, regions

_HEADING = re.compile(
    r"^\s*(?:[a-z]{2,12}:\s+|>\s*)?['\"“‘]?(?:\d{1,4}[A-Z]{0,2}\s+)?(?:INT|EXT|INT\.?\s*/\s*EXT|EXT\.?\s*/\s*INT|I/E|E/I|EST|INNEN|AUSSEN|"
    r"INTÉRIEUR|EXTÉRIEUR)[.:]?\s+[A-Z0-9'’\"][^\n]{1,90}$|^\s*\.[A-Z][A-Z0-9 '’-]{2,60}$|"
    # A slug without INT./EXT.: "KITCHEN — NIGHT".
    r"^\s*[A-Z][A-Z0-9 '’./]{2,40}\s+[-–—]\s+(?:DAY|NIGHT|MORNING|EVENING|DAWN|DUSK|CONTINUOUS|LATER|SUNSET|SUNRISE|"
    r"AFTERNOON|MOMENTS\s+LATER)\s*$",
    re.MULTILINE,
)
_EXTENSION = (
    r"(?:\s*\((?:V\.?O\.?|O\.?S\.?|O\.?C\.?|CONT['’]?D|OFF|PRE-LAP|FILTERED|ON PHONE|INTO RADIO|"
    r"[A-Z .'’]{2,20})\))*"
)
# Capitals of the Latin-1 range too, so that LUCÍA, JOSÉ and MÜLLER are names like any other.
_UP = "A-ZÀ-ÖØ-Þ"
_SCRIPT_EXTENSION = re.compile(r"\((?:V\.?O\.?|O\.?S\.?|O\.?C\.?|CONT['’]?D)\)")
# Fountain's forced cue ("@DEV") counts like any other.
_CUE = re.compile(rf"^\s*@?([{_UP}][{_UP}0-9.'’\- ]{{0,28}}[{_UP}.]){_EXTENSION}\s*$")
_NAME_COLON = re.compile(
    rf"^\s*(?:\d{{1,3}}\.\s+|[A-Za-z]{{2,12}}(?:\s\d{{1,2}})?:\s+)?([{_UP}][{_UP}.'’\- ]{{0,24}}[{_UP}.])"
    + _EXTENSION
    # An actor's direction in lower case before the colon: "TOM (low): ...".
    + r"(?:\s*\([a-z][a-z .'’-]{1,20}\))?\s*:\s+\S"
)
_STAGE_CUE = re.compile(rf"^\s*([{_UP}][{_UP}'’\-]{{1,20}}(?: [{_UP}][{_UP}'’\-]{{1,20}})?)\.\s+\S")
_PAREN = re.compile(r"^\s*\([a-z][^()\n]{0,50}\)\s*$")
_INLINE_PAREN = re.compile(r"[:\-–—]\s*\([a-z][^()\n]{0,40}\)")
_QUOTED_SPEECH = re.compile(
    rf"\b([{_UP}][{_UP}'’\-]+(?: [{_UP}][{_UP}'’\-]+)?)" + r"(?:\s*\([A-Z.'’ ]{1,12}\))?:\s*[\"“]"
)
_TRANSITION = re.compile(
    r"^\s*(?:FADE (?:IN|OUT|TO BLACK)|(?:SMASH |MATCH |JUMP |HARD |QUICK )?CUT TO|DISSOLVE TO|CUT TO BLACK|"
    r"WIPE TO|"
    r"BACK TO SCENE|INTERCUT(?: WITH)?|(?:END )?SERIES OF SHOTS|(?:END )?MONTAGE|TITLE CARD|SUPER|CHYRON|"
    r"FLASHBACK|END FLASHBACK|BACK TO PRESENT)\b[^\n]{0,60}$",
    re.MULTILINE,
)
_ARTIFACT = re.compile(
    r"\((?:MORE|CONT['’]?D)\)|\bOMITTED\b|\b(?:Blue|Pink|Yellow|Green|Goldenrod|Buff|Salmon|Cherry|White)\s+Rev\b|\s\*\s*$",
    re.MULTILINE,
)
_AUDIO = re.compile(
    r"^\s*(?:\d{1,3}\.\s+)?(?:SFX|MUSIC|FX|ATMOS|NARRATOR|ANNOUNCER)\b[^\n]{0,10}:", re.MULTILINE
)
_STAGE = re.compile(
    r"^\s*(?:ACT (?:ONE|TWO|THREE|FOUR|FIVE|[IVX]+|\d)|SCENE[ \t]+(?:\d+|[IVX]+|ONE|TWO|THREE))\b|"
    # "scene four:" as a label on its own line, in any case.
    r"^[ \t]*(?i:scene)[ \t]+(?i:one|two|three|four|five|six|seven|eight|nine|ten)[ \t]*:?[ \t]*$",
    re.MULTILINE,
)
_BRACKET_DIRECTION = re.compile(r"^\s*\[[A-Z][^\]\n]{10,}\]", re.MULTILINE)
_WATERMARK = re.compile(
    r"\b(?:CONFIDENTIAL|PROPERTY OF|DO NOT (?:DISTRIBUTE|DUPLICATE|COPY)|NOT FOR DISTRIBUTION|"
    r"(?:PRODUCTION|SHOOTING|WORKSHOP|WRITERS['’]?|NETWORK|STUDIO) DRAFT|DRAFT \d+|REVISED PAGES|"
    r"unreleased|not (?:yet )?(?:public|released|out yet)|working\s+title|pre-?production\s+draft|"
    r"(?:draft|confidential)[,;:\s-]+(?:do\s+not|don['’]t)\s+(?:share|circulate|forward)|"
    r"(?:do\s+not|don['’]t)\s+(?:share|circulate|forward)\s+(?:outside|beyond)\s+(?:the\s+)?(?:writers|room|production|team)|"
    r"(?:writers['’]?\s+(?:room\s+)?(?:doc|document|draft|notes|outline)|internal\s+(?:draft|doc))[^.\n]{0,20}(?:do\s+not|don['’]t)\s+(?:share|circulate|forward)|"
    r"writers['’]?\s+room\s+(?:notes|doc|document|outline|board|breakdown)|"
    # Not out yet: "the play we open in March", "the pilot we're shooting".
    r"(?:play|film|show|series|pilot|episode|script|musical|production)\s+(?:that\s+)?(?:we|we['’]re|we\s+are)\s+"
    r"(?:open|opening|shoot|shooting|film|filming|premiere|premiering|stage|staging|rehears\w+))\b",
    re.IGNORECASE,
)
_STRUCTURE = re.compile(
    r"^\s*(?:TREATMENT|COLD OPEN|TEASER|TAG|BEAT SHEET|OUTLINE|LOGLINE|SYNOPSIS|ACT (?:ONE|TWO|THREE|FOUR|FIVE|[1-5]|I{1,3}|IV|V)\b|"
    r"EP(?:ISODE)?\.? ?\d{1,4}|SIDES|SCENE \d+|SC\.? ?\d+|STEP OUTLINE)\b",
    re.MULTILINE | re.IGNORECASE,
)
# Story-structure beats (Save the Cat and the like), the spine of a beat sheet or outline.
_BEAT = re.compile(
    r"^\s*(?:\d{1,2}[.)]|[-*])?\s*(?:opening\s+image|theme\s+stated|set-?up|catalyst|inciting\s+incident|debate|"
    r"break\s+into\s+(?:two|three|2|3)|b\s+story|fun\s+and\s+games|midpoint|bad\s+guys\s+close\s+in|all\s+is\s+lost|"
    r"dark\s+night\s+of\s+the\s+soul|finale|final\s+image|climax|resolution|turning\s+point|plot\s+point\s+\d)\s*[:\-–—]",
    re.IGNORECASE | re.MULTILINE,
)
_MONTAGE_ITEM = re.compile(r"^\s*--\s+\S", re.MULTILINE)
# A header row of speaker and line columns, with or without the table's outer pipes.
_TABLE_DIALOGUE = re.compile(
    r"(?:^|\|)[ \t]*(?:speaker|character|char|who|name)[ \t]*\|(?:[^\n|]*\|)*?[ \t]*(?:line|dialogue|text|says)[ \t]*(?:\||$)",
    re.IGNORECASE | re.MULTILINE,
)
_JSON_DIALOGUE = re.compile(
    r"[\"'](?:speaker|character|char|name|who|actor)[\"']\s*:\s*[\"'][^\"']{1,40}[\"']\s*,\s*[\"'](?:line|dialogue|text|says)[\"']\s*:",
    re.IGNORECASE,
)
_YAML_DIALOGUE = re.compile(
    r"^\s*-?\s*(?:speaker|character|name|who)\s*:\s*[\"']?[A-Z][^\n]{0,40}\n\s*(?:line|dialogue|text|says)\s*:",
    re.IGNORECASE | re.MULTILINE,
)
_CSV_DIALOGUE = re.compile(
    r"^[ \t]*(?:[\w ]+,)*[ \t]*(?:speaker|character|who|name)[ \t]*,[ \t]*(?:line|dialogue|text|says)\b",
    re.IGNORECASE | re.MULTILINE,
)
# Subtitle cues (SRT or WebVTT timings): the dialogue of a cut, line by line.
_SUBTITLE_CUE = re.compile(
    r"^[ \t]*(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}[ \t]*-->[ \t]*(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}", re.MULTILINE
)
_INITIALS = re.compile(r"^\s*\d{1,3}[.)]?\s+([A-Z]{1,3})\s*[-–—:]\s+\S", re.MULTILINE)
# Evidence strong enough to stand alone: dialogue between speakers that was deliberately re-laid.
_STRONG = frozenset({"dialogue_table", "initials", "prose_to_script", "turns_to_script"})
_SPEECH_VERB = (
    r"(?:says|asks|replies|whispers|shouts|answers|mutters|snaps|adds|said|asked|replied|whispered|shouted|answered|"
    r"muttered|snapped|added|yelled|cried|murmured|hissed|sighed|laughed)"
)
# A quoted line with its speech verb before it ("she says: '...'") or after it ('"...," he said').
_PROSE_LINE = re.compile(
    rf"\b{_SPEECH_VERB}\b[^\"“‘'\n]{{0,40}}(?:[\"“][^\"”\n]{{2,}}[\"”]|[‘'][^’'\n]{{2,}}[’'])|"
    rf"[\"“][^\"”\n]{{2,}}[\"”][ \t]*(?:he|she|they|I|(?-i:[A-Z])[a-z]+(?:\s+[a-z]+)?)\s+{_SPEECH_VERB}\b",
    re.IGNORECASE,
)
# Asked to rework lines: with a few lines of dialogue, this is what makes them a script excerpt.
_REWORK = re.compile(
    r"\b(?:punch(?:\s+it)?[\s-]+up|rewrite|re-write|tighten|polish|sharpen|make\s+(?:it|this|them|these(?:\s+lines)?|the\s+(?:scene|exchange|dialogue|lines))\s+"
    r"(?:more\s+\w+|funnier|tenser|sharper|snappier|better|wittier|darker|shorter)|improve\s+the\s+(?:dialogue|lines|scene)|"
    r"alternate\s+(?:lines|jokes|takes)|button\s+jokes?)\b",
    re.IGNORECASE,
)
_MONOLOGUE_WORD = re.compile(r"\b(?:monologue|soliloquy|speech|tirade|eulogy)\b", re.IGNORECASE)
_MONOLOGUE_CHARS = 150
_SPOKEN = re.compile(r"\b(?:dialog(?:ue)?s?|lines|exchange|banter|monologue|speech)\b", re.IGNORECASE)
_TO_SCRIPT = re.compile(
    r"\b(?:screenplay|script|fountain|final draft)\s+(?:format|form|layout)\b|"
    r"\binstead\s+of\s+(?:a\s+|the\s+)?(?:script|screenplay)\b|\b(?:from|out\s+of)\s+(?:the|our|this)\s+(?:script|screenplay)\b|"
    r"\b(?:reformat|format|lay\s+out|write|turn|convert|set)\s+(?:it\s+|this\s+|these\s+|them\s+)?(?:out\s+)?as\s+(?:a\s+|an\s+)?(?:proper\s+)?(?:screenplay|script|teleplay)\b|"
    r"\b(?:turn|convert|put|change|rewrite|reformat|lay)\s+(?:this|it|these|them|that)\s+(?:back\s+)?(?:in)?to\s+(?:a\s+|an\s+)?"
    r"(?:proper\s+)?(?:screenplay|script|teleplay)\b|\bdialogue\s+(?:word\s+for\s+word|verbatim)\b",
    re.IGNORECASE,
)
_INLINE_TURN = re.compile(r"(?:^|(?<=[.!?\]:])[ \t]+)([A-Z][a-z]+(?: [A-Z][a-z]+)?):[ \t]+\S", re.MULTILINE)
# An outline run together on one line: "EP 4 — COLD OPEN: ... ACT 1: ... TAG: ...", in capitals.
_INLINE_STRUCTURE = re.compile(
    r"(?:^|(?<=[.:'\"“—–])[ \t]*|[ \t][—–-][ \t])(EP(?:ISODE)?\.? ?\d{1,4}|COLD OPEN|TEASER|TAG|ACT (?:ONE|TWO|THREE|FOUR|FIVE|[1-5]|I{1,3}|IV|V))"
    r"[ \t]*[:—–-]"
)
_TO_OUTLINE = re.compile(
    r"\b(?:turn|convert|expand|develop|make|work)\s+(?:this|these|it|them)\s+(?:up\s+)?into\s+(?:a\s+|an\s+)?(?:\d+-page\s+)?"
    r"(?:outline|treatment|beat\s+sheet|step\s+outline|scene\s+list|script|screenplay|teleplay)\b",
    re.IGNORECASE,
)
_LETTER_SPACED = re.compile(r"\b(?:[A-Z] ){3,}[A-Z]\b")

# Words that are written in capitals at the start of a line without being characters.
_NOT_NAMES = frozenset(
    {
        "INT", "EXT", "FADE IN", "FADE OUT", "CUT TO", "THE END", "END", "CONTINUED", "MORE", "TITLE",
        "SUPER", "MONTAGE", "LATER", "CONTINUOUS", "DAY", "NIGHT", "FROM", "TO", "CC", "SUBJECT", "RE",
        "NAME", "ROLE", "DATE", "NOTE", "NOTES", "SENT", "TITLE CARD", "SFX", "MUSIC", "FX", "Q", "A",
        "NB", "PS", "TODO", "FYI", "ASAP", "OK", "USA", "UK", "EU", "ID", "TV", "AI", "DOB", "SSN",
    }
)  # fmt: skip

_MESSAGES = {
    "screenplay": (
        "The request contains what looks like script material (scenes, dialogue, treatments or sides) "
        "from an unreleased production. Don't upload scripts to AI tools: describe what you need in "
        "your own words, or ask about craft in general terms."
    ),
}


class ScreenplayOptions(ActionOptions):
    threshold: float = Field(default=5.0, gt=0)
    min_kinds: int = Field(default=2, ge=1)


@dataclass
class _Evidence:
    score: float = 0.0
    kinds: set[str] = field(default_factory=set)
    first: tuple[int, int] | None = None

    def add(self, kind: str, count: int, weight: float, cap: int, where: tuple[int, int] | None) -> None:
        if count <= 0:
            return
        self.score += weight * min(count, cap)
        self.kinds.add(kind)
        if where is not None and (self.first is None or where[0] < self.first[0]):
            self.first = where


def _unspace(line: str) -> str:
    return _LETTER_SPACED.sub(lambda m: m.group(0).replace(" ", ""), line)


def _scene_words(body: str, headings: list[re.Match[str]], first_dialogue: tuple[int, int]) -> int:
    """Words of action and dialogue from the first heading or cue on, headings and cues left out."""
    start = min([first_dialogue[0], *(h.start() for h in headings)])
    return sum(
        len(line.split())
        for line in body[start:].split("\n")
        if line.strip() and not _HEADING.match(line) and not _CUE.match(line)
    )


def _asks_dialogue_rework(text: str) -> bool:
    return _REWORK.search(text) is not None and _SPOKEN.search(text) is not None


def _evidence(text: str, request: str | None = None, encoded: bool = False) -> _Evidence:
    """``request`` is the whole clean text, for a view that holds only the payload; ``encoded`` says
    the payload was hidden in an encoding (base64, hex, ...)."""
    ev = _Evidence()
    lines = [_unspace(line.rstrip()) for line in text.split("\n")]
    body = "\n".join(lines)

    def where(match: re.Match[str] | None) -> tuple[int, int] | None:
        return (match.start(), match.end()) if match else None

    headings = list(_HEADING.finditer(body))
    ev.add("heading", len(headings), 3.0, 2, where(headings[0] if headings else None))

    cues = 0
    speakers: set[str] = set()
    colon_lines = 0
    stage_lines = 0
    parens = 0
    offset = 0
    first_dialogue: tuple[int, int] | None = None
    longest_speech = 0
    extended = 0
    for index, line in enumerate(lines):
        stripped = line.strip()
        nxt = next((line2.strip() for line2 in lines[index + 1 : index + 2]), "")
        cue = _CUE.match(line)
        if (
            cue
            and cue.group(1).strip(" .") not in _NOT_NAMES
            and len(cue.group(1).split()) <= 4
            and nxt
            and not _CUE.match(nxt)
            and not _HEADING.match(nxt)
        ):
            cues += 1
            # A parenthetical under the cue marks it as a script's as surely as an extension does.
            extended += 1 if _SCRIPT_EXTENSION.search(line) or _PAREN.match(nxt) else 0
            speakers.add(cue.group(1).strip(" ."))
            first_dialogue = first_dialogue or (offset, offset + len(line))
        named = _NAME_COLON.match(line)
        if named and named.group(1).strip(" .") not in _NOT_NAMES:
            colon_lines += 1
            longest_speech = max(longest_speech, len(line) - named.end())
            speakers.add(named.group(1).strip(" ."))
            first_dialogue = first_dialogue or (offset, offset + len(line))
        else:
            for quoted in _QUOTED_SPEECH.finditer(line):
                if quoted.group(1) not in _NOT_NAMES:
                    colon_lines += 1
                    speakers.add(quoted.group(1))
                    first_dialogue = first_dialogue or (offset, offset + len(line))
        staged = _STAGE_CUE.match(line)
        if staged and staged.group(1) not in _NOT_NAMES and not stripped.startswith(("INT.", "EXT.")):
            stage_lines += 1
        if _PAREN.match(line) or _INLINE_PAREN.search(line):
            parens += 1
        offset += len(line) + 1
    several = len(speakers) >= 2
    # One speaker with a long speech, called a monologue or speech: a script excerpt of its own.
    monologue = (
        len(speakers) == 1 and longest_speech >= _MONOLOGUE_CHARS and _MONOLOGUE_WORD.search(body) is not None
    )
    # A lone cue with its line under a scene heading is a script's layout when the request is to
    # rework the dialogue; a breakdown or schedule has the same shape ("EXT. BEACH - DAY / WEATHER /
    # Rain after 2pm"), so without that request a lone capitalised line stays unread as a cue.
    lone_scene = (
        bool(headings)
        and cues == 1
        and (_asks_dialogue_rework(body) or (request is not None and _asks_dialogue_rework(request)))
    )
    # A cue with a script's own extension, "MARCUS (V.O.)", is a cue even when it is the only one,
    # when a scene's worth of text follows it; a one-line example in a formatting question is not.
    extended_scene = (
        bool(extended) and first_dialogue is not None and _scene_words(body, headings, first_dialogue) >= 12
    )
    counted = cues if several or cues >= 3 or lone_scene or extended_scene else cues // 2
    ev.add("cue", counted, 2.0, 5, first_dialogue)
    ev.add("name_colon", colon_lines if several else 0, 1.5, 6, first_dialogue)
    ev.add("monologue", 1 if monologue else 0, 2.0, 1, first_dialogue)
    ev.add("stage_cue", stage_lines if stage_lines >= 2 else 0, 1.5, 4, None)
    ev.add("parenthetical", parens, 1.0, 3, None)
    transitions = list(_TRANSITION.finditer(body))
    ev.add("transition", len(transitions), 1.5, 2, where(transitions[0] if transitions else None))
    ev.add("artifact", len(_ARTIFACT.findall(body)), 1.0, 3, None)
    ev.add("audio_cue", len(_AUDIO.findall(body)), 2.0, 3, None)
    ev.add("stage", len(_STAGE.findall(body)) + len(_BRACKET_DIRECTION.findall(body)), 1.5, 2, None)
    watermark = _WATERMARK.search(body)
    ev.add("watermark", 1 if watermark else 0, 3.0, 1, where(watermark))
    labels = {m.group(0).strip().upper()[:6] for m in _STRUCTURE.finditer(body)}
    labels |= {m.group(1)[:6] for m in _INLINE_STRUCTURE.finditer(body)}
    ev.add("structure", len(labels), 1.5, 3, None)
    beats = len(_BEAT.findall(body))
    ev.add("beats", beats if beats >= 2 else 0, 1.5, 3, None)
    montage = len(_MONTAGE_ITEM.findall(body))
    ev.add("montage", montage if montage >= 3 else 0, 0.75, 4, None)
    table = (
        _TABLE_DIALOGUE.search(body)
        or _JSON_DIALOGUE.search(body)
        or _YAML_DIALOGUE.search(body)
        or _CSV_DIALOGUE.search(body)
    )
    ev.add("dialogue_table", 1 if table else 0, 5.0, 1, where(table))
    subtitles = len(_SUBTITLE_CUE.findall(body))
    ev.add("subtitles", subtitles if subtitles >= 3 else 0, 1.5, 3, None)
    initials = _INITIALS.findall(body)
    alternating = len(initials) >= 3 and len(set(initials)) >= 2
    ev.add("initials", len(initials) if alternating else 0, 1.25, 4, None)
    prose = list(_PROSE_LINE.finditer(body))
    ev.add("prose_dialogue", len(prose) if len(prose) >= 3 else 0, 1.0, 4, where(prose[0] if prose else None))
    if len(prose) >= 2 and _TO_SCRIPT.search(body):
        ev.add("prose_to_script", 1, 2.0, 1, None)
    # Story notes to be worked up into an outline or a script: with a confidentiality mark, enough.
    ev.add("to_outline", 1 if _TO_OUTLINE.search(body) else 0, 2.0, 1, None)
    # "Kai: We jump on three. June: What happened to two?" run on, to be laid out as a script.
    turns = _INLINE_TURN.findall(body)
    if len(turns) >= 3 and len(set(turns)) >= 2 and _TO_SCRIPT.search(body):
        ev.add("turns_to_script", 1, 5.0, 1, None)
    # A decoded payload holds the lines; the request to rework them is in the text around it.
    rework = _REWORK.search(body) is not None or (
        encoded and request is not None and _REWORK.search(request) is not None
    )
    if rework:
        titled = _TITLE_COLON.findall(body)
        if len(titled) >= 3 and len(set(titled)) >= 2 and "name_colon" not in ev.kinds:
            ev.add("titlecase_dialogue", len(titled), 1.5, 4, None)
    if ev.kinds & {"cue", "name_colon", "initials", "stage_cue", "titlecase_dialogue"}:
        ev.add("rework_request", 1 if rework else 0, 1.0, 1, None)
        # Dialogue between speakers that someone took the trouble to encode is being smuggled.
        ev.add("encoded", 1 if encoded else 0, 1.0, 1, None)
    return ev


# Where script evidence can start: capitalised line openings, parentheticals, dialogue tables and
# keys, quoted speech in prose. A text with fewer than two of these is not checked any further.
_LINE_OPENING = (
    r"[ \t]*(?:(?:\d{1,4}[A-Z]{0,2}[ \t.]+)?@?[A-Z][A-Z'’.]+|[(\[]|\d{1,3}[.)]?[ \t]+[A-Z]{1,3}[ \t]*[-–—:]|"
    r"[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?(?:[ \t]*\([a-z][^)\n]{0,30}\))?:[ \t])"
)
# Led by the newline, a literal the regex engine finds with a fast scan; a line anchor is tried at
# every position. The text's first line is matched on its own.
_CANDIDATE = re.compile("\n" + _LINE_OPENING)
_FIRST_LINE_CANDIDATE = re.compile(_LINE_OPENING)


def _candidate_places(text: str) -> list[int]:
    places = [m.start() + 1 for m in _CANDIDATE.finditer(text)]
    if _FIRST_LINE_CANDIDATE.match(text):
        places.insert(0, 0)
    return places


# "Mara: You came back." in title case: a chat log as often as a script, so it counts only when
# the request is to rework the lines.
_TITLE_COLON = re.compile(
    r"^[ \t]*([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)(?:[ \t]*\([a-z][^)\n]{0,30}\))?:[ \t]+\S", re.MULTILINE
)
# Dialogue laid out as data or told in prose, or the marks of a treatment or outline: one of these
# is enough to look closer.
_STRONG_CANDIDATE = Triggers(
    [
        "speaker", "character", "\"char\"", "'char'", "says", "asks", "replies", "whispers", "said", "asked", "replied", "whispered", "treatment", "beat sheet", "cold open",
        "act one", "not for distribution", "property of", "working title", "not public", "unreleased",
        "opening image", "writers' room", "writers’ room", "writers room", "as a screenplay", "into a screenplay", "as a script", "into a script", "as a teleplay", "-->", "monologue", "soliloquy",
    ],
    radius=0,
)  # fmt: skip
_REGION_RADIUS = 1500


class ScreenplayFilter:
    def __init__(self, name: str, options: ScreenplayOptions) -> None:
        self._name = name
        self._options = options
        self._action = Action.parse(options.action)

    @property
    def name(self) -> str:
        return self._name

    def check(self, item: FilterInput, text: Prepared) -> Verdict:
        best: tuple[_Evidence, View, int] | None = None
        clean = text.views[0]
        for view in text.views:
            strong = _STRONG_CANDIDATE.positions(text, view)
            places = _candidate_places(view.text) + strong
            if len(places) < 2 and not strong:
                continue
            for start, end in regions(view.text, places, _REGION_RADIUS):
                ev = _evidence(
                    view.text[start:end], None if view is clean else clean.text, encoded=view.run is not None
                )
                if best is None or ev.score > best[0].score:
                    best = (ev, view, start)
        if best is None:
            return Verdict.allow()
        ev, view, offset = best
        enough_kinds = len(ev.kinds) >= self._options.min_kinds or bool(ev.kinds & _STRONG)
        if ev.score < self._options.threshold or not enough_kinds:
            return Verdict.allow()
        start, end = ev.first or (0, min(len(view.text) - offset, 1))
        span: Span = text.span(view, offset + start, offset + end)
        found = Reason(
            self._name,
            "screenplay",
            self._action,
            entity_type="SCRIPT_MATERIAL",
            span=span,
            score=min(ev.score / (2 * self._options.threshold), 1.0),
            details=(*view.tags, *sorted(ev.kinds)),
        )
        return Verdict(self._action, (found,))

    def message(self, code: str) -> str:
        return _MESSAGES.get(code, _MESSAGES["screenplay"])


def build(name: str, raw: Mapping[str, Any]) -> ScreenplayFilter:
    options = parse_options(name, ScreenplayOptions, raw)
    return ScreenplayFilter(name, options)
