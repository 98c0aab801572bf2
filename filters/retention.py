"""Requests that ask the tool to remember, store, reuse or train on content or outputs.

Generated material is temporary: it may not be kept in an assistant's memory or knowledge files,
collected into datasets, or used to fine-tune or train models. The cues are about the *tool or a
model* keeping things, so "store our LUTs", "train new PAs" or "remember to bring ID" stay allowed.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from typing import Any

from filters.base import ActionOptions, SingleActionFilter, parse_options
from filters.model import FilterInput, Verdict
from filters.rules import Hit, Triggers, around, hits, reason
from filters.textview import Prepared

_I = re.IGNORECASE
_OBJECT = r"(?:(?:this|that|these|those|it|them|everything|all|every|the|our|my)\b[\w' -]{0,40}?)"

_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("memory", re.compile(
        r"\b(?:add|save|put|store|keep|commit|write|paste|upload|load)\s+" + _OBJECT + r"?\s*(?:to|in|into)\s+(?:your\s+)?(?:long[- ]term\s+|permanent\s+|persistent\s+)?"
        r"(?:project\s+|workspace\s+|team\s+)?memory\b"
        r"|\b(?:remember|memori[sz]e|retain|keep)(?:s|ed|ing)?\b[^.?!\n]{0,80}\b(?:for|in|across|during)\s+(?:all\s+)?(?:future|next|later|other|every|subsequent)\s+"
        r"(?:conversations?|chats?|sessions?|times?|log-?ins?|users?|projects?)"
        r"|\bfrom now on,?\s+(?:always\s+)?(?:remember|keep|store)\b"
        r"|\b(?:m[ée]moris\w*|memoriz\w*|recuerda|souviens|merk\s+dir|speicher\w*|ricorda|lembr\w*|guarda)\b[^.?!\n]{0,80}\b(?:conversations?|conversaciones|Gespr[äa]ch\w*|conversazioni|conversas|sesiones|sessions?|Sitzungen|futur\w*|prochaine\w*|pr[óo]xim\w*|zuk[üu]nftig\w*|memoria|m[ée]moire|Ged[äa]chtnis)"
        r"|\b(?:remember|memori[sz]e|retain|keep|learn)\b[^.?!\n]{0,80}\b(?:future|next|later|subsequent|every)\s+(?:conversations?|chats?|sessions?|log-?ins?)\b"
        r"|\b(?:remember|store|keep)\b[^.?!\n]{0,60}\b(?:next time I log in|for everybody|for everyone|for the (?:whole )?team)\b"
        r"|\b(?:long[- ]term|persistent)\s+(?:project\s+|workspace\s+|team\s+)?memory\b"
        r"|\b(?:stay|stays|remain|remains|live|lives|sit|sits)\s+(?:in|on)\s+your\s+(?:system|servers?|memory|storage|account|cloud|history|side)\b"
        r"|\bmemory\s+(?:feature|entry|bank)\b[^.?!\n]{0,40}\b(?:add|save|store)", _I)),
    ("knowledge", re.compile(
        r"\bknowledge\s+(?:files?|base|docs?|store)\b[^.?!\n]{0,120}\b(?:generated|outputs?|you(?:'ve| have)?\s+(?:made|created|produced|generated))"
        r"|\b(?:generated|outputs?|you(?:'ve| have)\s+(?:made|created|generated))\b[^.?!\n]{0,120}\bknowledge\s+(?:files?|base)\b"
        r"|\bpart\s+of\s+your\s+(?:knowledge|memory|training|dataset)\b"
        r"|\b(?:add|put|upload|load|index|ingest|insert|push|store|save)\b[^.?!\n]{0,80}\b(?:to|into|in)\s+(?:a\s+|the\s+|your\s+)?"
        r"(?:vector\s+(?:database|db|store|index)|embeddings?\s+(?:index|store|database)|RAG\s+(?:index|store|pipeline|database)|"
        r"retrieval\s+(?:system|index|store|database)|search\s+index|knowledge\s+graph)\b"
        r"(?![^.?!\n]{0,40}\b(?:on|in|of)\s+(?:our|my)\s+(?:own\s+)?(?:servers?|systems?|infrastructure|storage|NAS|cloud|network|"
        r"intranet|wiki|drive|SharePoint|Confluence|DMS))"
        r"|\b(?:database|index|store|archive|library)\s+(?:that\s+)?you\s+(?:maintain|keep|host|run)\b"
        r"|\b(?:custom|private|personal|own)\s+(?:assistant|GPT|bot|chatbot)\b[^.?!\n]{0,80}\b(?:knowledge|remember|stor|keeps?|holds?|contains?)"
        r"|\bknowledge\s+(?:of|for|in)\s+(?:our|the|my|your)\s+(?:[\w'’-]+\s+){0,2}(?:custom\s+|private\s+)?(?:assistant|GPT|bot|chatbot|agent)\b", _I)),
    ("training", re.compile(
        r"\bfine[- ]?tun\w*\s+(?:a|an|our|the|your|it|this|these|them|on|with|yourself|itself)\b"
        r"|\b(?:fine[- ]?tuning|training)\s+(?:dataset|data|set|job|run|corpus)\b"
        r"|\b(?:train|build|make|create|fine[- ]?tune)\b[^.?!\n]{0,40}\b(?:LoRA|DreamBooth|textual\s+inversion|embedding|checkpoint)\b"
        r"|\b(?:use|add|append|turn|export|feed|collect|save|treat)\b[^.?!\n]{0,80}\b(?:as|into|to|for)\s+(?:a\s+|our\s+|the\s+)?(?:training|fine[- ]?tuning)\s+"
        r"(?:data(?:set)?|set|corpus|pairs?|images?|examples?|material|samples?)"
        r"|\b(?:LoRA|DreamBooth|textual\s+inversion)\s+(?:of|for|on)\s+(?:the|our|my|his|her|their|this|these)\b"
        r"|\btrain(?:ing)?\b[^.?!\n]{0,40}\b(?:our|a|your|the|an?\s+in-house)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:model|LLM|checkpoint|network)\b[^.?!\n]{0,60}\b(?:on|with|using|from)\b"
        r"|\b(?:dataset|training set)\b[^.?!\n]{0,80}\b(?:outputs?|generations?|generated|moodboards?|images you|responses)\b"
        r"|\b(?:outputs?|generations?|everything you (?:make|generate|produce))\b[^.?!\n]{0,80}\b(?:dataset|training (?:data|set))\b"
        r"|\byou(?:['’]ve|\s+have)?\s+(?:made|generated|created|produced|drawn|rendered|written|drafted|composed)\b[^.?!\n]{0,80}\b(?:dataset|training\s+(?:data|set))"
        r"|\b(?:dataset|training\s+(?:data|set))\b[^.?!\n]{0,80}\byou(?:['’]ve|\s+have)?\s+(?:made|generated|created|produced|drawn|rendered|written|drafted|composed)\b"
        r"|\bopt\b[^.?!\n]{0,40}\binto\s+(?:model\s+)?(?:training|improvement|data\s+sharing)\b"
        r"|\b(?:entrenar|entrena|entra[îi]ner|entra[îi]ne|addestrare|addestra|trainieren|trainiere|treinar|treina)\b[^.?!\n]{0,60}\b(?:modelo|mod[èe]le|modello|Modell|IA|KI)\b"
        r"|\bso\s+(?:that\s+)?(?:the\s+|your\s+)?(?:next|future)\s+(?:version|model|release)s?\s+(?:knows?|learns?|remembers?|understands?)\b"
        r"|\b(?:improve|train)\s+(?:your|the)\s+(?:model|next version|future versions?|suggestions for other)"
        r"|\b(?:to|into|in)\s+your\s+(?:training(?:\s+data)?|training\s+set|memory|knowledge(?:\s+base)?)\b"
        r"|\bso\s+(?:that\s+)?(?:you|the\s+(?:model|AI|tool|assistant|bot)|it)\s+(?:gets?\s+better\s+at|learns?|improves?\s+on|remembers?|"
        r"gets?\s+smarter\s+(?:about|at|with|on)|knows?\s+more\s+about)\s+"
        r"(?:our|my)\b", _I)),
    ("reuse", re.compile(
        r"\bkeep\s+(?:a\s+)?(?:private\s+|permanent\s+|secret\s+)?cop(?:y|ies)\s+of\s+(?:every|all|each|everything)\b"
        r"|\b(?:reuse|re-use)\b[^.?!\n]{0,60}\b(?:for|with)\s+other\s+(?:studios?|clients?|customers?|users?)"
        r"|\b(?:store|save|archive|keep)\s+(?:every|all|each)\s+(?:of\s+)?(?:the\s+)?(?:outputs?|generations?|images?|versions?|variations?)\s+you\b"
        r"|\b(?:store|save|keep|host)\b[^.?!\n]{0,80}\b(?:on\s+your\s+(?:side|end|servers?|platform)|in\s+your\s+(?:system|account|storage|cloud))"
        r"|\breuse\s+(?:them|it|these|those|this)\b[^.?!\n]{0,60}\b(?:next|future|other|later|another)\b"
        r"|\b(?:suggest|offer|show|give|reuse|use|share)\s+(?:them|it|these|those)\s+(?:to|for|with)\s+(?:the\s+|your\s+)?other\s+(?:productions?|studios?|clients?|customers?|users?|companies|teams|agencies|brands|projects|people)"
        r"|\bkeep\s+(?:these|this|them|it|all|our)\b[^.?!\n]{0,40}\bon\s+file\b"
        r"|\b(?:make|leave|put)\b[^.?!\n]{0,60}\bavailable\s+to\s+(?:the\s+|your\s+|all\s+)?other\s+(?:productions?|studios?|clients?|customers?|users?|companies|teams|projects)\b"
        r"|\bso\s+(?:that\s+)?other\s+(?:studios?|productions?|clients?|customers?|users?|companies|teams)\s+can\s+(?:use|see|reuse|access|download)\b"
        r"|\b(?:publish|post|share|add|upload)\w*\b[^.?!\n]{0,60}\b(?:to|in|on)\s+(?:your|the\s+tool['’]s)\s+(?:public\s+)?(?:gallery|showcase|community|feed|explore\s+page)\b"
        r"|\bshare\b[^.?!\n]{0,40}\b(?:outputs?|generated|generations?|designs?|images?|moodboards?|concept\s+art|scripts?|pages|results|renders?)\b"
        r"[^.?!\n]{0,40}\bwith\s+(?:the\s+|your\s+|all\s+)?other\s+(?:productions?|studios?|clients?|customers?|users?|companies)\b"
        r"|\b(?:enable|turn\s+on|allow)\b[^.?!\n]{0,40}\btraining\s+on\b"
        # Switching on the tool's own keeping: history, memory, training on what is sent.
        r"|\b(?:enable|enabling|turn\s+on|turning\s+on|switch\s+on|activate|opt\s+in\s+to)\s+(?:the\s+|your\s+|its\s+)?"
        r"(?:chat\s+history|conversation\s+history|memory\s+(?:for\s+(?:this|our|the)\s+(?:chat|workspace|project|account|team))|"
        r"(?:model\s+)?training(?!\s+(?:mode|wheels|videos?|courses?|days?|sessions?|booking|form))|model\s+improvement|data\s+sharing)\b"
        r"|\b(?:enable|turn\s+on|switch\s+on|activate)\s+(?:your|its)\s+memory\b"
        r"|\b(?:you(?:['’]ve|\s+have)?|we(?:['’]ve|\s+have)?)\s+(?:made|generated|created|produced|rendered|drawn)\b[^.?!\n]{0,80}\b(?:reuse|re-use)\b"
        r"|\b(?:reuse|re-use)\b[^.?!\n]{0,60}\b(?:everything|all|every\s+\w+)\s+you(?:['’]ve|\s+have)?\s+(?:made|generated|created|produced|rendered)\b"
        r"|\blearn\b[^.?!\n]{0,60}\b(?:and\s+(?:keep|remember|retain)|so\s+(?:that\s+)?(?:next|in\s+future|later|from\s+now))"
        r"|\b(?:keep|retain)\s+(?:it|this|that|them)\b[^.?!\n]{0,40}\bnext\s+(?:week|time|session|month)"
        r"|\b(?:keep|maintain|build|start|make)\s+(?:a\s+|an\s+)?(?:running\s+|permanent\s+|growing\s+|ongoing\s+)?(?:archive|library|collection|database|repository|log)\s+of\s+"
        r"(?:every|all|each|the)\b[^.?!\n]{0,60}\b(?:you\s+(?:make|generate|create|produce|draw|render|write)|generated|outputs?|generations?)"
        r"|\b(?:cache|store|save|archive|keep|persist)\b(?=[^.?!\n]{0,100}\b(?:outputs?|generations?|generated|results|you\s+(?:make|generate|create|produce|render)))"
        r"[^.?!\n]{0,80}\b(?:permanent\w*|forever|indefinitely)\b"
        r"|\b(?:reuse|re-use)\s+(?:the\s+|these\s+|those\s+|all\s+the\s+|your\s+)?(?:AI[- ])?generated\b[^.?!\n]{0,60}\b(?:in|for|into)\s+"
        r"(?:the|our)\s+(?:final|finished|released|next|other|future)\b", _I)),
)  # fmt: skip

# A request to keep something, in any wording; it counts only with a marker of persistence in the
# same sentence (see _persists), so "keep the tone light" or "store the props" stay allowed.
_KEEP = re.compile(
    r"\b(?:remember(?!\s+to\b)|retain|keep|store|save|log|hold\s+on(?:to|\s+to)?|hold\s+onto|hang\s+on(?:to|\s+to)|bookmark|archive|cache|"
    r"persist|memori[sz]e|learn|don['’]t\s+(?:forget(?!\s+to\b)|delete|discard|lose|erase|wipe|throw\s+away)|"
    r"do\s+not\s+(?:forget(?!\s+to\b)|delete|discard|lose|erase|wipe))\b",
    _I,
)
# The crew member keeping something themselves ("I want to remember this trick for next time").
_FIRST_PERSON = re.compile(
    r"(?:\b(?:I|we)(?:['’]ll|\s+will|\s+can|\s+should|\s+must|\s+need\s+to|\s+want\s+to|['’]d\s+like\s+to|\s+have\s+to|"
    r"\s+try\s+to)?|\bhelp\s+(?:me|us)(?:\s+to)?)\s+$",
    _I,
)
_PERSISTS = re.compile(
    r"\bnext\s+(?:time|session|conversation|chat|month|week|project|season)\b|\b(?:future|later|subsequent)\s+"
    r"(?:requests?|sessions?|conversations?|chats?|projects?|prompts?)\b|\bindefinitely\b|\bforever\b|\bpermanently\b|"
    r"\bfor\s+good\b|\bfrom\s+now\s+on\b|\bwhenever\s+(?:I|we|anyone)\b|\bwhen\s+(?:I|we)\s+(?:ask|come\s+back|return|log\s+in)\b|"
    r"\b(?:I|we)['’]ll\s+be\s+back\b|\bcome\s+back\b|\bon\s+your\s+(?:side|end|servers?)\b|\bwith\s+you\b|"
    r"\bin\s+your\s+(?:system|memory|knowledge|account|storage|cloud|library|history)\b|\bfor\s+(?:any|every|all|other)\s+users?\b|"
    r"\banyone\s+(?:else\s+)?(?:on|in|from)\s+(?:the|our|my)\s+team\b|\bwho(?:ever)?\s+logs?\s+in\b|\balready\s+know\b|\bfor\s+(?:our|the)\s+records\b|"
    r"\bpick\s+(?:them|it|these)\s+up\b|\bpick\s+up\s+where\s+(?:we|I)\s+left\s+off\b|\bin\s+case\s+(?:I|we)\s+lose\b|"
    r"\bpermanent\s+(?:history|record|archive|log|copy|copies|storage)\b|\bnext\s+year\b|\bevery\s+(?:year|month|week)\b|\bbring\s+(?:them|it|these)\s+back\b|\bfor\s+the\s+final\s+(?:mix|cut|film|edit|version|grade)\b",
    _I,
)
# Keeping things in the production's own systems is what the policy asks for.
_OWN_STORAGE = re.compile(
    r"\b(?:on|in|to|into)\s+(?:our|my)\s+(?:own\s+)?(?:servers?|drives?|NAS|storage|systems?|archive|DAM|asset\s+management|"
    r"backups?|vault|computers?|laptops?|notes|folders?|SharePoint|Drive|Dropbox|Box)\b",
    _I,
)
_TOOL_OR_CONTENT = re.compile(
    r"\b(?:you|your|yourself)\b|\bremind\s+(?:me|us)\b|\b(?:generated|outputs?|generations?|renders?|designs?|frames?|concept\s+art|conversations?|prompts?|pages|"
    r"chats?|scripts?|bible|treatments?|storyboards?|posters?|voice\s+lines|drafts?|outlines?|breakdowns?)\b",
    _I,
)


# Remembering (not keeping) for the work to come: "remember I prefer 2.39:1 in future storyboards".
# "Keep future storyboards in 2.39:1" is a style note for this conversation, so only memory verbs count.
_MEMORY_VERB = re.compile(r"remember|memori[sz]e|retain|learn", _I)
_FUTURE_WORK = re.compile(
    r"\b(?:future|later|subsequent|all\s+(?:your\s+)?future)\s+(?:storyboards?|designs?|drafts?|images?|answers?|outputs?|scripts?|"
    r"renders?|frames?|shots?|work)\b",
    _I,
)
_SENTENCE_END = re.compile(r"[.?!](?=\s|$)|\n")


def _sentence(body: str, start: int, end: int, hit_start: int, hit_end: int) -> tuple[int, int]:
    """The bounds of the sentence holding a hit, within [start, end)."""
    # A full stop ends a sentence only before a space: "2.39:1 framing" is one sentence.
    low = start
    for boundary in _SENTENCE_END.finditer(body, start, hit_start):
        low = boundary.end()
    after = _SENTENCE_END.search(body, hit_end, end)
    return low, (after.start() if after else end)


def _persists(body: str, start: int, end: int, hit_start: int, hit_end: int) -> bool:
    """A keeping request, its sentence holding both a persistence marker and the tool or content."""
    low, high = _sentence(body, start, end, hit_start, hit_end)
    if _FIRST_PERSON.search(body, max(low, hit_start - 24), hit_start) or _OWN_STORAGE.search(
        body, low, high
    ):
        return False
    marker = _PERSISTS.search(body, low, high) or (
        _MEMORY_VERB.match(body, hit_start) and _FUTURE_WORK.search(body, low, high)
    )
    return bool(marker and _TOOL_OR_CONTENT.search(body, low, high))


# A question about these techniques, not a request to apply them.
_ABOUT = re.compile(
    r"^\W*(?:explain|define|what\s+(?:is|are|does)|what['’]s|how\s+does|difference\s+between)\b[^.?!]{0,80}"
    r"\b(?:fine[- ]?tuning|LoRA|training|memory|embeddings?|retention)\b[^.?!]{0,120}(?:[?.]|$)(?![\s\S]*\b(?:our|my|us|we)\b)",
    _I,
)

# Asking how the tool keeps things ("how long do you keep conversations on your servers?"); a
# request phrased as a question ("can you keep ...?") does not open with these words.
_ASKS_HOW_KEPT = re.compile(
    r"\s*(?:and\s+|so\s+)?(?:how\s+long|how|do|does|are|is|where|what|when|why)\s+(?:[\w'’]+\s+){0,3}?(?:you|your|the\s+(?:tool|provider|service|model|AI))\b"
    r"[^.?!]{0,160}\?",
    _I,
)

_TRIGGERS = Triggers(
    [
        "memor", "remember", "every year", "every month", "every week", "smarter", "knows more", "know more", "retrieval", "search index", "knowledge graph", "so other", "gallery", "showcase", "community", "feed", "entrena", "entraîn", "entrain", "addestra", "trainier", "treina", "retain", "future", "next time", "next week", "next session", "log in", "log-in",
        "everybody", "everyone", "knowledge", "custom", "private", "fine-tun", "fine tun", "finetun", "training",
        "train", "lora", "dreambooth", "inversion", "embedding", "checkpoint", "dataset", "data set", "improve",
        "copy", "copies", "reuse", "re-use", "other", "learn", "on file", "on your", "in your", "from now on",
        "every", "each", "all the", "outputs", "opt", "your training", "your memory", "your knowledge",
        "get better", "so you", "mémoris", "memoris", "memoriz", "recuerda", "souviens", "merk dir", "speicher",
        "ricorda", "lembr", "guarda", "archive", "library", "collection", "database", "repository", "log of",
        "permanent", "forever", "indefinitely", "generated", "next version", "future version", "next model",
        "future model", "personal", "available to", "with other", "in case", "permanent", "next year", "in your", "on your", "vector", "rag", "you maintain", "you keep", "you host", "chat history", "conversation history", "data sharing", "improvement", "gets better",
        "better at",
     ],
    radius=180,
    lines=False,
)  # fmt: skip

_KEEP_TRIGGERS = Triggers(
    [
        "remember", "retain", "keep", "store", "save", "hold on", "hold onto", "hang on", "bookmark", "archive",
        "cache", "persist", "memori", "learn", "don't", "don’t", "do not", "log ",
     ],
    radius=40,
    lines=False,
)  # fmt: skip

_RULES = (*((cue, pattern, _TRIGGERS) for cue, pattern in _CUES), ("persist", _KEEP, _KEEP_TRIGGERS))


def _excused(cue: str, hit: Hit) -> bool:
    """A question about the technique, the crew keeping something themselves, or a keeping verb
    with nothing in its sentence that makes it last: judged in the hit's own paragraph."""
    body, start, end = around(hit, 600)
    if _ABOUT.match(body, start, end):
        return True
    low, _ = _sentence(body, start, end, hit.start, hit.end)
    if _ASKS_HOW_KEPT.match(body, low, end):
        return True
    if cue == "memory":
        return bool(_FIRST_PERSON.search(body, max(start, hit.start - 24), hit.start))
    return cue == "persist" and not _persists(body, start, end, hit.start, hit.end)


_MESSAGE = (
    "The request asks the AI tool to remember, store, reuse or train on content or outputs. Generated "
    "material is temporary under the studio's GenAI policy: keep what you need in the production's own "
    "approved systems instead."
)


class RetentionOptions(ActionOptions):
    pass


class RetentionFilter(SingleActionFilter):
    MESSAGE = _MESSAGE

    def check(self, item: FilterInput, text: Prepared) -> Verdict:
        for cue, pattern, triggers in _RULES:
            for hit in itertools.islice(hits(text, cue, pattern, triggers), 64):
                if not _excused(cue, hit):
                    found = reason(
                        self._name, "retention", self._action, hit, 0.9, f"RETENTION_{cue.upper()}"
                    )
                    return Verdict(self._action, (found,))
        return Verdict.allow()


def build(name: str, raw: Mapping[str, Any]) -> RetentionFilter:
    return RetentionFilter(name, parse_options(name, RetentionOptions, raw))
