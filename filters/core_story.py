"""Core story elements created for the final product: sent to legal review, not blocked.

Creating main characters, the fictional world or key artistic decisions (the ending, the signature
theme, the hero creature, the title sequence) *explicitly for the final product* needs legal review
under the policy. Early ideation (loglines, pitch decks, "just ideas") stays allowed.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from typing import Any

from filters.base import ActionOptions, SingleActionFilter, parse_options
from filters.model import FilterInput, Verdict
from filters.rules import Triggers, around, hits, reason
from filters.textview import Prepared

_I = re.IGNORECASE
_FINAL = re.compile(
    r"\bthis\s+is\s+(?:final|the\s+final\s+version|locked|what\s+goes\s+to\s+camera)|\bwhat\s+goes\s+to\s+camera\b|"
    r"\b(?:version|draft|one|scene|script|cut)\s+(?:that|which)\s+(?:goes|will\s+go)\s+(?:straight\s+)?to\s+camera\b|"
    r"\b(?:definitive|canonical)\s+version\b|\b(?:shipped|shipping)\s+(?:game|film|show|series|episode|product|version)\b|"
    r"\bfinal\s+shooting\s+(?:version|script|draft)|\bwe['’]re\s+(?:filming|shooting|building|animating)\s+(?:it\s+)?(?:exactly\s+)?as\s+you\s+write|"
    r"\bfinal\s+(?:cut(?!\s+(?:pro|studio|camera|x)\b)|version|film|series|episodes?|product|designs?|look|shots?|sets?|soundtrack|score|theme|dialogue|subtitles|lyrics|narration|voice-?over|"
    r"delivery|frames?|artwork|mix|edit|draft\s+for\s+shooting)\b|"
    r"\bas\s+it\s+will\s+(?:air|appear|be\s+(?:shown|released|broadcast))|"
    r"\b(?:for|in)\s+the\s+(?:released|finished|broadcast|shipped|delivered)\s+(?:film|version|show|series|episodes?|cut|product)|"
    r"\b(?:episodes?|cut|version)\s+we\s+(?:deliver|ship|broadcast|release)|"
    r"\bwe['’]ll\s+(?:shoot|use|build|animate|record|film|make)\s+(?:exactly|precisely|directly|whatever|whichever)|"
    r"\b(?:recorded|used|shot|animated|produced)\s+for\s+(?:broadcast|air|release|the\s+(?:film|show|series|movie|episode|"
    r"(?:final|released|broadcast)\s+\w+))\b(?!['’]s)|"
    r"\b(?:the\s+one\s+)?we['’]ll\s+(?:build\s+and\s+shoot|shoot\s+and\s+air|actually\s+(?:shoot|build|air))\b|"
    r"\b(?:whatever|what)\s+(?:\w+\s+)?you\s+(?:write|choose|decide|design|create|build|come\s+up\s+with)\s+(?:now\s+|here\s+)?"
    r"is\s+(?:what|the\s+one)\s+we(?:['’]ll|\s+will)?\b|"
    r"\bshoot\s+(?:exactly|precisely)\s+what\s+you\b|"
    r"\bexactly\s+as\s+you\s+(?:write|wrote|design|describe|described)(?:\s+(?:them|it))?\b|\bexactly\s+as\s+(?:written|described|designed|drawn)\b|"
    r"\b(?:use|put|take|shoot|film)\s+(?:it|them|this|these)\s+verbatim\b|\b(?:perform|read|deliver|say|shoot|record)\s+(?:it|them|this|these)\s+word\s+for\s+word\b|\bverbatim\b[^.?!\n]{0,40}\b(?:scripts?|film|show|series|episodes?|final)\b|"
    r"\b(?:the\s+)?scripts?\s+we(?:['’]ll|\s+will)?\s+(?:shoot|film)\b|"
    r"\bthis\s+is\s+the\s+final\s+(?:\w+\s+)?(?:decision|answer|word|call|choice)\b|"
    r"\bthe\s+version\s+we['’]ll\s+(?:shoot|film|use|air|animate|record)\b|"
    r"\bwe['’]ll\s+(?:film|air|make|produce)\s+(?:exactly|precisely|whatever)\b|"
    r"\b(?:used|use)\s+in\s+the\s+(?:release|released\s+\w+|finished\s+\w+|broadcast\s+\w+|aired\s+\w+)\b|"
    r"\b(?:recorded|used|shot|aired)\s+as\s+is\b|"
    r"\b(?:record|use|shoot|film|publish|print|air)\w*\s+(?:your\s+\w+|it|them|these|this)\s+unchanged\b|"
    r"\b(?:we|we['’]ll|we\s+will)\s+go\s+(?:straight\s+)?to\s+camera\s+with\s+(?:whatever|what|whichever|exactly\s+what)\b|"
    r"\bno\s+(?:time|room|chance)\s+for\s+(?:revisions|changes|rewrites)\b|"
    r"\b(?:becomes?|will\s+be|is)\s+(?:the\s+)?(?:official\s+)?canon\b|\bfor\s+the\s+whole\s+(?:franchise|series|saga|universe)\b|"
    r"\b(?:use|treat)\s+(?:it|this|them)\s+as\s+the\s+(?:final|definitive|canonical|master)\s+(?:reference|bible|guide|design|version)\b|"
    r"\b(?:build|make|shoot|film|animate|use)\s+exactly\s+(?:this|that|these|it|what\s+you\s+\w+)\s+for\s+the\s+(?:release|final\s+\w+|film|show|series|broadcast)\b|"
    r"\b(?:perform|speak|shoot|film)\s+exactly\s+(?:this|that|these|what\s+you\s+\w+)\b|"
    r"\b(?:build|base|write|shoot|plot)\s+(?:all\s+)?(?:\w+\s+){0,3}?(?:episodes?|the\s+series|the\s+season|the\s+show|the\s+film|everything)\s+"
    r"(?:around|on)\s+(?:exactly\s+)?(?:what|whatever)\s+you\s+(?:decide|write|choose|create|design|come\s+up\s+with)\b|"
    # The same in Italian, Spanish, French, German and Portuguese.
    r"\bversi[oó]ne?\s+(?:definitiva|final)|\bversion\s+(?:d[ée]finitive|finale)\b|\bendg[üu]ltige\s+(?:Fassung|Version)\b|"
    r"\bvers[ãa]o\s+(?:definitiva|final)\b|\b(?:andr[àa]|va|ir[áa]|vai|passe|geht)\s+(?:in|a|en|para|dans\s+la|in\s+die)?\s*(?:produzione|producci[óo]n|produ[çc][ãa]o|production|Produktion)\b|"
    r"\bwe['’]re\s+(?:filming|shooting|building|animating|using|airing)\s+(?:whatever|what)\s+you\s+(?:write|design|create|come\s+up\s+with)\b|"
    r"\b(?:is|will\s+be|are|becomes?)\s+the\s+(?:characters?|world|designs?|creatures?|ending|story|storyline|plot|arc|version|script)\s+we(?:['’]ll|\s+will)?\s+"
    r"(?:shoot|film|air|animate|release|use)\b|"
    r"\b(?:goes|go|sent)\s+straight\s+to\s+the\s+\w+\s+(?:vendor|team|department)|"
    r"\bwill\s+build\s+directly\s+from\b|"
    r"\b(?:builds?|animates?|sculpts?|models?|paints?)\s+(?:it|them|this)\s+(?:directly\s+)?from\s+your\s+(?:description|design|text|version|brief)\b|"
    r"\b(?:goes|go|going|put|straight|directly)\s+(?:straight\s+|directly\s+)?into\s+the\s+(?:shooting\s+script|"
    r"final\s+\w+|film|show|series|episode|script)s?\b|\b(?:in|into|for)\s+the\s+shooting\s+scripts?\b|"
    r"\bmake\s+(?:it|this|them|these)\s+(?:the\s+)?final\b|\bfinal\s+canon\b|"
    r"\b(?:will|must|is\s+to|are\s+to)\s+follow\s+(?:it|this|them|these|your\s+\w+)\s+(?:exactly|to\s+the\s+letter|precisely)\b|"
    r"\block(?:ing)?\s+(?:this|it|these|them)\s+(?:in\s+)?(?:for|before)\s+(?:the\s+)?(?:shoot|production|filming|camera|air|release)\b|"
    r"\block(?:ing)?\s+(?:this|it|these|them)\s+(?:in\s+)?(?:today|now|tonight|this\s+week)\b|"
    r"\b(?:start|work|build|design|cast)\s+(?:directly\s+)?from\s+your\s+(?:version|design|draft|description|text)\b|"
    r"\bno\s+(?:more|further)\s+changes\s+after\s+(?:this|that|today)\b|"
    r"\b(?:is|will\s+be|becomes?)\s+the\s+one\s+we(?:['’]ll|\s+will)?\s+(?:shoot|film|air|animate|build|release|use)\b|"
    r"\bfinal\s+(?:show|script|screenplay|season)\b|\bthe\s+actual\s+(?:frames|designs?|score|artwork),?\s+not\s+a\s+rough\b|"
    r"\b(?:main|lead|signature)\s+(?:character|theme)\b[^.?!\n]{0,60}\bon\s+(?:screen|the\s+merchandise)|"
    r"\bit\s+will\s+be\s+the\s+(?:show|film|series)['’]s\s+signature\b|"
    r"\b(?:locked|canon(?:ical)?|official)\s+(?:version|design|bible)\s+(?:of|for)\s+(?:the|our)\s+(?:show|film|series|bible|world|story)|"
    r"\bthis\s+is\s+the\s+(?:locked|definitive|canonical|official)\s+(?:version|draft|bible)\b|"
    r"\bevery\s+(?:episode|script)\s+(?:will\s+)?(?:follow|use|build\s+on)\b|"
    r"\b(?:orchestrate|record|animate|build|shoot|film|use|produce|sculpt|paint|arrange)\s+exactly\s+what\s+you\s+"
    r"(?:write|compose|design|create|describe|draw)\b|"
    r"\b(?:it|this|that)(?:['’]ll|\s+will)\s+be\s+the\s+(?:opening|theme|title\s+sequence|ending|main\s+title|signature)\s+of\s+"
    r"(?:every|each|the)\s+(?:episode|film|show|series|season)\b",
    _I,
)
_CREATE = re.compile(
    r"\b(?:create|design|write|invent|compose|decide|develop|build|generate|devise|come\s+up\s+with|define|name|"
    r"crea|crear|cr[ée]er?|cr[ée]e|erstelle|erfinde|entwirf|cria|criar|inventa|inventer?|dise[ñn]a|disegna|scrivi|escribe|[ée]cris|schreib|"
    r"determine|choose|pick)\b",
    _I,
)
_ELEMENT = re.compile(
    r"\b(?:protagonist|antagonist|villain|hero(?:ine)?|main\s+character|lead\s+character|mascot|character|"
    r"protagonista|personaggio|personaje|personnage|personagem|Hauptfigur|Figur|mondo|mundo|monde|Welt|"
    r"world|universe|setting|language|culture|ending|finale|climax|twist|scene|arc|plot|storyline|creature|monster|"
    r"title\s+sequence|main\s+title|theme(?:\s+(?:song|music|melody))?|melody|score|visual\s+world|"
    r"set|costume|production\s+design|mystery|mysteries|city|town|kingdom|planet|realm|lore|mythology|faction)(?:s|es)?\b|"
    r"\b(?:last|final|closing|opening|first)\s+(?:line|shot|image|words)\b|\bnarration\b|\bvoice-?over\b|\bmonologue\b|\blyrics\b|\bopening\s+(?:scene|sequence|titles?|narration)\b|\bcities\b|\bstor(?:y|ies)\b|\bmelodies\b|\blook\s+of\b|\bvisual\s+(?:style|language|identity)\b|\bsignature\s+(?:look|style)\b|"
    r"\bhow\s+(?:the|our|it)\s+(?:\w+\s+)?ends\b",
    _I,
)
_IDEATION = re.compile(
    r"\b(?:brainstorm\w*|just\s+ideas|rough\s+ideas|nothing\s+is\s+(?:decided|final|locked)|not\s+final|"
    r"pitch(?:\s+deck|ing|\s+one-pager)?|loglines?|moodboard|mood\s+board|early[- ]development|"
    r"(?:\d+|a\s+few|several|some)\s+(?:ideas|options|variations|directions)|spitball|first\s+pass|rough\s+draft)\b",
    _I,
)

_TRIGGERS = Triggers(
    [
        "final", "as it will", "released", "finished", "broadcast", "shipped", "delivered", "deliver", "ship",
        "we'll", "we’ll", "we're", "we’re", "whatever", "what you", "shoot", "straight to", "directly from",
        "exactly as you", "verbatim", "every episode", "version we", "scripts we", "script we", "final decision", "final answer", "final word", "final call", "final choice", "used in the",
        "use in the", "characters we", "character we", "world we", "designs we", "design we", "creatures we",
        "creature we", "ending we", "story we",
        "actual", "signature", "main", "lead", "locked", "canon", "official", "this is", "definitive",
        "shipping", "goes to camera", "straight into", "directly into", "shooting script", "goes into the", "go into the",
        "going into the", "put into the", "one we", "locking", "lock this", "lock it", "lock these", "lock them", "changes after", "unchanged", "exactly this", "exactly that", "exactly these", "exactly it", "recorded for", "for the film", "for the show", "canon", "whole franchise", "whole series", "whole saga", "whole universe", "as the final", "as the definitive", "as the canonical", "as the master", "around exactly", "around what", "around whatever", "on exactly what", "on whatever", "word for word", "from your description", "from your design", "from your text", "from your brief", "exactly as", "storyline we", "plot we", "arc we", "version we", "script we", "definitiva", "definitive", "définitive", "endgültig", "andrà in", "andra in", "va a", "va en", "irá a", "vai para", "passe en", "geht in", "as is", "to camera with", "no time for", "no room for", "broadcast", "from your", "follow it", "follow this", "follow them", "follow these", "follow your", "to camera", "every script", "whichever", "for broadcast", "for air", "for release", "for the final", "for the released", "for the broadcast", "exactly what you", "be the opening", "be the theme", "be the ending", "be the main", "be the title", "be the signature",
     ],
    radius=180,
    lines=False,
)  # fmt: skip

_MESSAGE = (
    "The request asks the AI tool to create a core story element (main characters, the fictional world "
    "or a key artistic decision) for the final product. That needs legal review before it is sent: quote "
    "the request id to the production's legal contact. Early ideas for development or a pitch are fine."
)


class CoreStoryOptions(ActionOptions):
    action: str = "review"


class CoreStoryFilter(SingleActionFilter):
    MESSAGE = _MESSAGE

    def check(self, item: FilterInput, text: Prepared) -> Verdict:
        for final in itertools.islice(hits(text, "final_product", _FINAL, _TRIGGERS), 64):
            body, start, end = around(final, 600)
            found = _CREATE.search(body, start, end) and _ELEMENT.search(body, start, end)
            if found and not _IDEATION.search(body, start, end):
                return Verdict(
                    self._action,
                    (reason(self._name, "core_story", self._action, final, 0.8, "CORE_STORY_ELEMENT"),),
                )
        return Verdict.allow()


def build(name: str, raw: Mapping[str, Any]) -> CoreStoryFilter:
    return CoreStoryFilter(name, parse_options(name, CoreStoryOptions, raw))
