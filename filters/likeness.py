"""Replicating, cloning, altering or synthesising a real person's face, voice, body or performance.

Digital doubles, voice models, synthetic ADR, de-ageing, face swaps, lip-sync, "make it look exactly
like ..." apply to actors and crew alike. Such a request is allowed only with a consent reference
(the ``X-Consent-Ref`` header) that matches a consent record of this production: the person is
named in the request, the record covers what is asked (voice, face, body, performance) and is valid
today. A claimed consent without a valid reference stays blocked. Questions *about* replicas,
consent, detection or how a released film did it are not requests for one.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
from collections.abc import Mapping
from typing import Any

from pydantic import Field, field_validator

from filters.base import ActionOptions, FilterOptions, parse_options
from filters.model import Action, FilterInput, Reason, Verdict
from filters.rules import Hit, Triggers, around, hits, reason
from filters.textview import Prepared

_I = re.IGNORECASE
# Cues that by themselves describe a replica of a person; value = what is replicated.
_STRONG: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("voice", "voice_clone", re.compile(
        r"\b(?:voice|vocal)\s*(?:clon(?:e|es|ing)|model|double|replica|print|skin|conversion|swap)\b"
        r"|\bclon(?:e|ing)\b[^.?!\n]{0,50}\bvoices?\b|\bvoices?\b[^.?!\n]{0,30}\bclon(?:e|ed|ing)\b"
        r"|\bsynthetic\s+(?:version\s+of\s+(?:his|her|their)\s+)?(?:voice|speech|ADR|read|narration)\b"
        r"|\bsound[- ]?alike\b|\bvoice[- ]preserving\b|\b(?:voice|narrator|narration|read|VO)\b[^.?!\n]{0,60}[\"“]?(?:inspired\s+by|modell?ed\s+on|based\s+on)[\"”]?\s+(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+)"
        r"|\bindistinguishable\b[^.?!\n]{0,80}\b(?:voice|read|narrat)|\b(?:voice|read|narrat\w*)\b[^.?!\n]{0,80}\bindistinguishable\b|\bkeep\s+the\s+(?:actors'?|cast'?s?|original)\s+(?:original\s+)?voices?\b"
        r"|\bAI\s+(?:version|copy|recreation)\s+of\s+(?:his|her|their)\s+voice\b"
        r"|\b(?:in|with|using)\s+(?:[A-Z][\w-]+(?:\s[A-Z][\w-]+)?'s|his|her|their)\s+(?:actor's\s+|own\s+|real\s+)?voice\b[^.?!\n]{0,80}\b(?:generat|synthes|creat|produc|say|read|speak|sing|translat|dub)"
        r"|\bdub\w*\b[^.?!\n]{0,60}\b(?:in|with|using)\s+(?:[A-Z][\w-]+['’]s|his|her|their)\s+(?:own\s+|real\s+)?voice\b"
        r"|\b(?:generat|synthes|creat|produc)\w*\b[^.?!\n]{0,80}\b(?:in|with|using)\s+(?:[A-Z][\w-]+(?:\s[A-Z][\w-]+)*'s|his|her|their)\s+(?:actor's\s+|own\s+|real\s+)?voice\b"
        r"|\bmake\s+(?:him|her|them)\s+[\"“]?(?:say|read|speak|sing)\b"
        r"|\bmake\s+(?:(?:our|the|my|your)\s+)?(?:[\w-]+\s+)?(?:[\w-]+['’]s|his|her|their)\s+"
        r"(?:(?:AI|synthetic|cloned|digital|generated|new)\s+)?voice\s+(?:say|read|speak|sing|deliver|narrate|perform)\b"
        r"|\b(?:AI|model|TTS|synthetic|train\w*|clon\w*)\b[^.?!\n]{0,80}\b(?:host|narrate|present|speak|sing|read|say|talk|voice|do)\w*\b"
        r"[^.?!\n]{0,40}\bin\s+(?:(?-i:[A-Z])[\w-]+['’]s|his|her|their|(?:each|every|the|our|my)\s+(?:actor|actress|cast\s+member|"
        r"narrator|performer|lead|host|presenter|singer)['’]?s?['’]?)\s+(?:own\s+|real\s+)?voices?\b"
        r"|\b(?:re-?creat\w*|synthesi[sz]\w*|generat\w*|replicat\w*|rebuild\w*|reproduc\w*)\b[^.?!\n]{0,50}['’]s\s+"
        r"(?!(?:voice|vocals?)(?:\s+(?:track|performance|take|part)s?)?\s+(?:notes|summar\w*|feedback|comments|lists?|reports?|levels|settings|chain)\b)"
        r"(?:voice|singing\s+voice|speaking\s+voice|vocals?|vocal\s+(?:track|performance|take|part)s?)\b"
        # The same requests in Spanish, French, Italian, Portuguese and German.
        r"|\b(?:clon|klon)\w*\s+(?:la\s+|a\s+|die\s+|le\s+|il\s+)?(?:voz|voix|voce|Stimme)\b|\b(?:voz|voix|voce|Stimme)\b[^.?!\n]{0,40}\b(?:clon|klon)\w*"
        r"|\b(?:voz|voix|voce)\s+(?:sint[ée]tica|synth[ée]tique|sintetica|clonada|clon[ée]e)\b|\bsynthetische\s+Stimme\b"
        r"|\b(?:KI|IA|AI)[- ]?(?:Stimme|voz|voix|voce)\b[^.?!\n]{0,80}\b(?:Aufnahmen|grabaciones|enregistrements|registrazioni|grava[çc][õo]es|recordings)\b"
        r"|\b(?:(?:singing|speaking)\s+)?voice\s+(?:that['’]s|that\s+is|which\s+is)\s+(?:basically|essentially|just|exactly|practically|pretty\s+much|a\s+dead\s+ringer\s+for)\s+(?-i:[A-Z])\w+['’]s?\b"
        r"|\b(?:voz|voix|voce|Stimme)\s+(?:de|di|von|du|da|do|della|del)\b[^.?!\n]{0,60}\b(?:diga|digan|decir|dise|disent|dire|dica|dicano|"
        r"sagen|sagt|diz|dizer|lea|leer|lise|lire|legga|leggere|liest|lesen|cante|cantar|chante|chanter|canti|singt|singen)\b"
        r"|\b(?:audio|recordings?|footage|takes|voice\s+memos|tapes)\b[^.?!\n]{0,120}\b(?:let|make|have|get)\s+(?:him|her|them)\s+(?:narrate|say|speak|sing|read|voice|perform|present|host)\b"
        r"|\b(?:TTS|text[- ]to[- ]speech|AI|synthetic|cloned|generated)\s+voice\b[^.?!\n]{0,60}\b(?:trained|built|based|modell?ed)\s+on\s+(?:his|her|their|the\s+actor|our|(?-i:[A-Z]))"
        r"|\b(?:model|AI|network|voice|TTS)\b[^.?!\n]{0,20}\btrained\s+on\s+(?:his|her|their|the\s+(?:actor|actress|lead|narrator)['’]s|(?-i:[A-Z])\w+['’]s)\s+"
        r"(?:\w+\s+){0,2}(?:takes|recordings?|voice|performances?|lines|audio|dialogue|ADR|interviews?|episodes|podcasts?)\b"
        r"|\bgenerat\w*\s+(?:new\s+|the\s+|some\s+|more\s+)?(?:ADR|dialogue\s+replacement|pick-?up\s+lines)\b(?!\s+(?:cue|schedule|list|sheet|script|session|notes|log|report|plan)s?\b)"
        r"|\breplace\s+(?:our|the|my)\s+(?:voice\s+|lead\s+)?(?:actors?|actress(?:es)?|narrators?|performers?|cast|singers?|hosts?|presenters?)\b[^.?!\n]{0,60}\bwith\s+(?:an?\s+)?(?:AI|TTS|synthetic|digital|cloned|generated)"
        r"|\b(?:model|voice|AI|bot|clone)\b[^.?!\n]{0,60}\b(?:speaks?|sounds?|talks?|sings?|speaking|sounding|talking|singing)\s+(?:exactly\s+|just\s+)?like\s+(?:our|the|him|her|them|(?-i:[A-Z]))", _I)),
    ("face", "face_swap", re.compile(
        r"\bdeep\s?fakes?\b|\b(?:face|head)[- ]?(?:swap|replace(?:ment)?)\b|\bswap\b[^.?!\n]{0,60}\bfaces?\b"
        r"|\bfacial\s+geometry\b[^.?!\n]{0,80}\bmatch|\b(?:photo-?realistic|lifelike|hyper-?real)\b[^.?!\n]{0,40}\b(?:image|photo|picture|video|render|portrait|still)s?\s+of\s+(?!(?-i:The|A|An|Our|My)\b)(?-i:[A-Z][a-z]+)(?!\s+(?:character|creature))"
        r"|\b(?:people|person|someone|crowd|extras?|faces?|ones|versions?)\s+(?:who|that)\s+(?:still\s+|really\s+|actually\s+|would\s+|will\s+)?"
        r"(?:look|looks)\s+like\s+(?:them|him|her|us|the\s+crew|our\s+\w+)\b"
        r"|\bmake\s+(?:the\s+|our\s+)?(?:extras?|crowd|background(?:\s+actors)?|characters?|people|faces?|avatars?)\b[^.?!\n]{0,40}\blook\s+like\s+"
        r"(?:our|the|my)\s+(?:\w+\s+)?(?:producers?|director|crew|cast|actors?|team|showrunner|writers?|staff|colleagues|boss)\b"
        r"|\breplace\s+(?:each\s+of\s+|all\s+of\s+)?(?:their|his|her|the\s+(?:actors?|extras?|cast|crowd)['’]?)\s+faces?\s+with\s+"
        r"(?:AI|generated|synthetic|digital|new|fake|CG)\b"
        r"|\b(?:face|head|features)\s+(?:look|looks)\s+(?:exactly\s+|just\s+)?like\s+(?-i:[A-Z])\w+['’]s?(?!\w)"
        r"|\b(?:look|looks|looking|sound|sounds)\s+exactly\s+like\s+(?!(?:the|a|an|our|this|that|my|your)\s+(?:\w+\s+)?(?:storyboards?|references?|concepts?|sketch(?:es)?|sets?|locations?|renders?|mock-?ups?|designs?|drawings?|frames?|shots?|plates?|stills?|originals?|previs|animatics?|moodboards?|photos?|pictures?|images?|paintings?|models?|period|era|book|novel|comic|script)\b)|\bindistinguishable\s+from\s+(?:a\s+)?real\b|\blook-?alike\b", _I)),
    ("performance", "digital_double", re.compile(
        r"\b(?:digital|AI|virtual|synthetic|CG|CGI)\s+(?:body\s+|face\s+|head\s+|stunt\s+|performance\s+)?(?:double|replica|twin|clone|likeness|avatar|recreation|"
        r"stand-?in|look-?alike|version\s+of\s+(?:him|her|them))\b"
        r"|\b(?:AI|synthetic|cloned|digital|fake)\s+(?:voice|face|likeness|version|copy|replica|video)\s+of\s+(?:him|her|them|our\s+\w+|the\s+\w+|(?-i:[A-Z])\w+)"
        r"|['’]s\s+(?:face|head|voice|body|likeness)\s+(?:on|onto|over|in\s+place\s+of|into)\b"
        r"|['’]s\s+likeness\b[^.?!\n]{0,40}\b(?:appear\w*|show\s+up|feature\w*|insert\w*|add\w*|put|generat\w*|creat\w*|in\s+the\s+background)\b"
        r"|['’]s\s+(?:face|head|likeness)\b[^.?!\n]{0,60}\b(?:put|place|paste|map|comp|composite|track|swap|graft)\w*\s+(?:it\s+|them\s+)?(?:on|onto|over|into)\b"
        r"|\b(?:talking[- ]head|video|footage)\s+of\s+(?:him|her|them)\b[^.?!\n]{0,60}\bfrom\s+(?:his|her|their)\s+(?:photos|pictures|stills|headshots)"
        r"|\b(?:photo-?real(?:istic)?|realistic|lifelike|generat\w*|creat\w*|render\w*|make|produce)\b[^.?!\n]{0,40}\b(?:video|footage|clip|shots?)\s+of\s+"
        r"(?:our|the)\s+(?:\w+\s+)?(?:actor|actress|star|performer|lead|host|presenter|narrator)\s+"
        r"(?:saying|speaking|singing|delivering|reading|performing|giving|making|announcing|talking|thanking)\b"
        # Crew behind the camera, only where the video is to be generated: "make a video of our producer
        # thanking the crew" is as often an edit of footage that was shot.
        r"|\b(?:photo-?real(?:istic)?|realistic|lifelike|generat\w*|synthesi[sz]\w*|render\w*|AI)\b[^.?!\n]{0,40}\b(?:video|footage|clip|shots?)\s+of\s+"
        r"(?:our|the)\s+(?:\w+\s+)?(?:director|showrunner|producer|composer|writer|DP|CEO)\s+"
        r"(?:saying|speaking|singing|delivering|reading|performing|giving|making|announcing|talking|thanking)\b"
        r"|\b(?:reference|3D|digital)\s+model\s+of\s+(?:the\s+|our\s+)?(?:actress|actor|lead|performer|him|her|star)\b"
        r"|\b(?:using|use|with|from|on)\s+(?:our\s+|the\s+)?(?:lead's|actor's|actress's|star's|his|her|their)\s+likeness\b"
        r"|['’]s\s+(?:body|face|walk|gait|movements?|likeness)\b[^.?!\n]{0,40}\b(?:with|to|onto|into|as)\s+(?:a\s+|an\s+)?(?:CG|CGI|digital|3D|virtual)\s+"
        r"(?:model|double|character|avatar|asset)\b"
        r"|\b(?:scanned\s+(?:head|face|body)|(?:head|face|body|3D)\s+scans?)\b[^.?!\n]{0,80}\b(?:make\s+(?:him|her|them)|appear|insert|put\s+(?:him|her|them))\b"
        r"|\bhologram\w*\b[^.?!\n]{0,80}\b(?:of|featuring)\s+(?:the\s+late\s+|our\s+late\s+|late\s+|our\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:composer|actor|actress|singer|director|star|performer|musician|host|presenter|him|her|them)\b"
        r"|\blikeness\s+of\s+(?:our|the|a\s+real)\b|\bflexible\s+asset\b|\bavatar\s+of\s+(?:our|the|him|her|them|(?-i:[A-Z]))"
        r"|\breplace\b[^.?!\n]{0,60}\b(?:face|head|voice)\b[^.?!\n]{0,60}\bwith\b[^.?!\n]{0,40}['’]s\s+(?:face|head|voice)\b"
        r"|\breplace\b[^.?!\n]{0,60}\b(?:face|head|voice)\b[^.?!\n]{0,60}\bwith\s+(?:the\s+|our\s+)?(?:\w+\s+)?"
        r"(?:actor|actress|lead|star|performer|stunt\s*man|stunt\s*woman|double|director|producer|showrunner|DP|writer|composer|editor|"
        r"(?-i:[A-Z])[a-z]+)['’]s\b"
        r"(?!\s+(?:style|design|look|art|artwork|drawings?|sketch\w*|concept|texture|version|painting))", _I)),
    # A named person shown with a sponsor's product: an endorsement they never gave.
    ("face", "product_likeness", re.compile(
        r"\b(?:(?:make|generate|create|render|produce|design|mock\s+up)\b[^.?!\n]{0,40}|"
        r"(?:realistic|real-looking|convincing|believable|photo-?real\w*|lifelike)(?:-looking)?\s+(?:\w+\s+)?)"
        r"(?:photo(?:graph)?|image|picture|video|shot|still|selfie|ad|advert)s?\s+of\s+(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+"
        r"(?:holding|wearing|drinking|eating|using|driving|endorsing|promoting|recommending|posing\s+with|smoking|advertising)\b"
        r"[^.?!\n]{0,80}\b(?:sponsor\w*|brand(?:ed|s)?|products?|billboards?|ads?|adverts?|advertisements?|campaign|commercial|"
        r"packaging|logo)\b", _I)),
    # A person's vocal or physical signature cloned: "clone the laugh of our lead comedian".
    ("voice", "signature_clone", re.compile(
        r"\bclon\w*\s+(?:the\s+)?(?:laugh|scream|cry|sigh|breathing|singing|accent|mannerisms?|walk|gait|expressions?|delivery)\s+of\s+"
        r"(?:our|the|his|her|their|(?-i:[A-Z]))", _I)),
    # A recording re-voiced: "re-voice it with AI so she says the new address".
    ("voice", "revoiced", re.compile(
        r"\bre-?voic\w*\s+(?:it|him|her|them|this|the\s+\w+)\s+(?:with|using)\s+(?:AI|a\s+model|TTS|a\s+clone)\b"
        r"|\b(?:with|using)\s+(?:AI|TTS|a\s+voice\s+model)\s+so\s+(?:that\s+)?(?:he|she|they)\s+(?:says?|sings?|reads?|sounds?)\b", _I)),
    # A named person made to say a line in a clip or an ad, not a character in a draft.
    ("voice", "named_person_says", re.compile(
        r"\bmake\s+(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:say|sing|speak|read|announce|endorse)\b[^.?!\n]{0,60}\b(?:in|for)\s+"
        r"(?:a|an|the|our)\s+(?:short\s+|quick\s+)?(?:clip|video|audio|recording|ad|advert|voice\s*note|TikTok|reel|promo|spot|trailer)\b"
        r"(?!\s+(?:script|draft|copy|scene|text|outline|treatment))", _I)),
    # A chatbot or persona that talks as a real person: "a chatbot persona of our lead actress".
    ("performance", "persona", re.compile(
        r"\b(?:chat-?bot|bot|persona|digital\s+twin|AI\s+version|virtual\s+version)\b[^.?!\n]{0,30}\bof\s+(?:our|the)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:actor|actress|lead|star|director|host|presenter|showrunner|composer|narrator|writer|producer)\b(?!['’]s\b|\s+(?:character|role)\b)", _I)),
    # The AI as the voice of a real performer: "have the AI voice our late composer".
    ("voice", "ai_voices_person", re.compile(
        r"\b(?:AI|TTS|model|bot|synthesi[sz]er)\s+(?:to\s+)?(?:voice|narrate|read\s+as|speak\s+as|be\s+the\s+voice\s+of)\s+(?:our|the|his|her|their)\s+"
        r"(?:late\s+)?(?:[\w-]+\s+){0,2}?(?:composer|actor|actress|narrator|host|presenter|director|lead|star|singer|performer)\b", _I)),
    # A realistic picture of a member of the crew or cast (not of a character).
    ("face", "realistic_portrait", re.compile(
        r"\b(?:photo-?real\w*|realistic|lifelike|hyper-?real\w*)\s+(?:portrait|image|photo|picture|render|version|headshot)s?\s+of\s+"
        r"(?:our|the|my)\s+(?:[\w-]+\s+){0,2}?(?:operator|actor|actress|lead|director|producer|crew\s+member|grip|gaffer|designer|DP|"
        r"editor|composer|AD|PA|runner|colleague|boss|cast\s+member|showrunner|writer|mixer)\b(?!['’]s\b|\s+(?:character|role|part)\b)", _I)),
    # A model of someone's face or body, trained on pictures of them.
    ("face", "face_model", re.compile(
        r"\btrain\w*\s+(?:a\s+|an\s+|the\s+)?(?:custom\s+)?(?:face|facial|likeness|identity|person|body|head)\s+"
        r"(?:model|LoRA|embedding|recognition\s+model|network)\b", _I)),
    ("face", "age_change", re.compile(
        r"\bde-?ag(?:e|ed|ing)\b|\bage\s+(?:up|down)\b|\bage\s+(?:him|her|them|[\w']+\s+(?:actress|actor))\s+(?:up|down)\b"
        r"|\bmake\s+(?:him|her|them)\s+look\s+(?:\d+|younger|older)\b|\bgive\s+(?:our\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:a\s+)?(?:younger|older)\s+face\b"
        r"|\bblend\w*\s+(?:him|her|them)\s+with\s+(?:his|her|their)\s+(?:teenage|childhood|younger|older|old|baby)\s+(?:photos?|pictures?|self)\b"
        r"|\bage\s+(?:the\s+|our\s+|my\s+)(?:\w+\s+)?(?:actor|actress|lead|star|cast|performer|host|presenter)s?\s+(?:up|down)\b"
        r"|\bmake\s+(?:our\s+|the\s+|my\s+)?(?:\w+\s+){0,2}(?:lady|man|actor|actress|lead|star|him|her|them|(?-i:[A-Z])\w+)\s+look\s+[^.?!\n]{0,30}\b(?:younger|older)\b"
        # The same in French, Spanish, Portuguese, Italian and German.
        r"|\b(?:rajeuni\w*|rejuvenec\w*|rejuvenesc\w*|ringiovan\w*|verj[üu]ng\w*)\b"
        r"|\b(?:Gesicht|visage|cara|rostro|volto|rosto)\b[^.?!\n]{0,40}"
        r"\b(?:\w*darsteller\w*|Schauspieler\w*|act(?:or|riz|eur|rice)\w*|attor[ei]\w*|attric[ei]\w*|ator|atriz|protagonist\w*)\b"
        r"[^.?!\n]{0,60}\b(?:j[üu]nger|[äa]lter|plus\s+(?:jeune|[âa]g[ée])|m[áa]s\s+(?:joven|viej[oa])|"
        r"pi[ùu]\s+(?:giovane|vecchi[oa])|mais\s+(?:jovem|velh[oa]))\b", _I)),
    ("performance", "lip_sync", re.compile(
        r"\blip[- ]?sync\w*\b[^.?!\n]{0,80}\b(?:actors?|faces?|mouths?|cast|look)\b|\bre-?render\w*\b[^.?!\n]{0,40}\b(?:mouths?|faces?|lips|jaws?)\b"
        r"|\b(?:fix|match|move|alter|re-?animate|adjust|change|sync)\w*\s+(?:his|her|their|the\s+(?:actor|actress|lead)['’]s)\s+(?:lips|mouth|lip\s+movements?)\b"
        r"|\bAI\b[^.?!\n]{0,40}\b(?:change|alter|rewrite|swap|edit)\w*\s+what\s+(?:the\s+|our\s+)?(?:actor|actress|lead|star|host|presenter|he|she|they)\s+(?:says|said)\b", _I)),
)  # fmt: skip

# Weaker cues: generating or recreating a person from recordings of them.
_RECREATE = re.compile(
    r"\b(?:recreat\w*|resurrect\w*|reanimat\w*|reviv\w*|animat\w*|bring(?:ing)?\s+back|generat\w*|synthesi[sz]\w*|fabricat\w*|render\w*|build\w*|creat\w*)\b[^.?!\n]{0,100}"
    r"\b(?:from|using|with|based\s+on|out\s+of)\s+(?:the\s+|our\s+|his\s+|her\s+|their\s+)?(?:[\w'’-]+\s+){0,2}"
    r"(?:footage|recordings?|dailies|takes|voice\s+memos|memos|headshots|plates|close-?ups|scans|photos|audio|stills|"
    r"tapes?|interviews?|clips|reels?|videos?|appearances|broadcasts|speeches)\b"
    r"|\bmake\s+(?:our|the|him|her|them)\s+(?:late\s+)?(?:[\w-]+\s+){0,2}?(?:appear|reappear)\s+(?:to\s+)?"
    r"(?:introduce|present|host|say|speak|sing|perform|thank)\b"
    r"|\b(?:generat\w*|creat\w*|render\w*|mak\w*)\b[^.?!\n]{0,40}\b(?:shots?|footage|images?|videos?|clips?)\s+of\s+(?:him|her|them)\b"
    r"|\bgenerate\s+the\s+stunt\s+(?:person|performer|double)\b"
    r"|\banimat\w*\s+(?:his|her|their|the\s+\w+['’]s?)\s+(?:photos?|pictures?|stills?|headshots?|portraits?|face)\b"
    r"[^.?!\n]{0,40}\b(?:so\s+(?:that\s+)?(?:he|she|they)|to\s+make\s+(?:him|her|them))\s+(?:talks?|speaks?|says?|sings?|thanks?|smiles?|moves?|blinks?)\b"
    r"|\b(?:re)?appear\s+digitally\b|\bdigitally\s+(?:recreat\w*|insert\w*|add\w*|reproduc\w*|clon\w*|resurrect\w*)\b"
    r"|\b(?:generate|create|render)\s+new\s+(?:close-?ups|shots|takes|lines|performances?)\s+of\s+(?:the\s+|our\s+)?(?:actor|actress|lead|cast|him|her)\b"
    r"|\b(?:use|using)\s+(?:them|it|the\s+recordings?|the\s+memos|the\s+takes)\s+to\s+make\s+(?:him|her|them)\b"
    # Recordings of someone used to make new material of them: "use the footage of our late actor ... to
    # generate him giving a speech".
    r"|\b(?:use|using|take|taking)\s+(?:the\s+|our\s+|his\s+|her\s+|their\s+)?(?:[\w'’-]+\s+){0,2}(?:scenes|footage|takes|"
    r"performances?|recordings?|dailies|close-?ups|shots|photos|clips)\b[^.?!\n]{0,60}?\bto\s+(?:synthesi[sz]e|generate|create|"
    r"recreate|render|fake|make)\s+(?:him|her|them)\b"
    # "A 'digital Sarah'", and her scenes finished without her.
    r"|\b(?-i:digital)\s+(?:['\"“‘](?-i:[A-Z][a-z]+)['\"”’]|(?-i:[A-Z][a-z]+)\s+(?:built|made|created|generated|version|double|replica))"
    r"|\bfinish\w*\s+(?:his|her|their)\s+(?:stunts|scenes|shots|lines|performance|episodes?)\s+without\s+(?:him|her|them)\b"
    # A photo of someone brought to life: "restore our actor's old headshot and animate it so he winks".
    r"|\b(?:photo|headshot|portrait|picture|still)s?\b[^.?!\n]{0,80}\banimat\w*\s+(?:it|them|this|that)\s+"
    r"(?:so\s+(?:that\s+)?(?:he|she|they)|to\s+make\s+(?:him|her|them))\s+"
    r"(?:\w+\s+)?(?:talks?|speaks?|says?|sings?|thanks?|smiles?|moves?|blinks?|winks?|waves?|nods?)\b"
    # A character given a real performer's face: "give our animated lead the face of the real actor".
    r"|\b(?:give|put|use)\b[^.?!\n]{0,40}\bface\s+of\s+(?:the\s+|our\s+)?(?:real\s+)?(?:actor|actress|performer|star|voice\s+actor|lead|host)\b"
    # The AI playing a real member of the crew or cast, answering as them.
    r"|\b(?:play|impersonate|act\s+as|pose\s+as)\s+(?:our|the)\s+(?:[\w-]+\s+){0,2}?(?:DP|director|producer|showrunner|actor|actress|"
    r"lead|star|host|composer|writer|editor|designer|presenter)\b[^.?!\n]{0,100}\bas\s+if\s+(?:it|you)\s+(?:were|was|are)\s+(?:her|him|them)\b"
    # A performance carried on past what was shot.
    r"|\b(?:extend|continue|lengthen|prolong)\w*\s+(?:our\s+|the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+['’]s\s+)?"
    r"(?:performance|walk|movements?|gestures?|reactions?)\b"
    # A digital makeover of the performer in place of one on set.
    r"|\b(?:digital|AI|CG|CGI|synthetic)[- ](?:haircut|hair(?:style)?|beard|moustache|mustache|make-?up|tattoos?|weight\s+(?:loss|gain)|"
    r"facelift|nose|scars?|wrinkles|teeth|physique)\b"
    r"|\b(?:use|using|take|taking)\s+(?:his|her|their|the\s+[\w-]+['’]s)\s+(?:[\w-]+\s+){0,2}(?:scenes|footage|takes|performances?|"
    r"recordings?|dailies|close-?ups|shots|voice)\s+to\s+(?:synthesi[sz]e|generate|create|recreate|render|fake)\b",
    _I,
)
# Putting a person into new frames: also how storyboards of a fictional heroine are asked for, so
# these count only where the paragraph names a real role (the lead, an actor, the stunt performer).
_PLACE_PERSON = re.compile(
    r"\b(?:generat\w*|creat\w*|render\w*|mak\w*)\b[^.?!\n]{0,40}\b(?:frames?|stills?|shots?|images?)\s+of\s+"
    r"(?:his|her|their)\s+(?:face|body|head)\b|\bcomp(?:osite)?\s+(?:him|her|them)\s+(?:into|in)\b"
    r"|\bso\s+(?:that\s+)?(?:the|our|this)\s+(?:character|avatar|model|figure)\s+(?:looks?|resembles?)\s+(?:exactly\s+|just\s+)?(?:like\s+)?(?:him|her|them)\b",
    _I,
)
_REAL_ROLE = re.compile(
    r"\b(?:actor|actress(?:es)?|lead|star|performer|narrator|host|presenter|stunt\s+(?:double|performer|person)|"
    r"extra|cast\s+member|talent)s?\b",
    _I,
)
_TARGET = re.compile(
    r"\b(?:(?:actor|lead|star|performer|narrator|director|showrunner|host|presenter|stunt|extra|operator|mixer|DP)s?|"
    r"actress(?:es)?|cast|crew|him|her|his|their|them|he|she)\b",
    _I,
)
# Someone else's question reported ("our actor wondered whether ..."), unless it is a polite request.
_REPORTED_QUESTION = (
    r"\b(?:asked|wondered|wonders|wondering|curious|wants?\s+to\s+know|wanted\s+to\s+know)\s+(?:me\s+|us\s+)?"
    r"(?:how|why|what|whether|if)\b(?!\s+(?:you|we|I|AI|it)\s+(?:could|can|would|might|should|will)\b)"
)
# A question about replicas rather than a request for one.
_ABOUT = re.compile(
    r"(?:^|[,.;:?!]\s*)\W*(?:what['’]?s|what\s+is|explain|describe|tell\s+me)\s+(?:\w+\s+){0,3}?the\s+difference\s+between\b|"
    r"\b(?:recommend|suggest|list|name)\b[^.?!]{0,40}\b(?:films?|movies?|shows?|series|examples?)\s+(?:that|which|where)\b|"
    r"\bin\s+general\s+terms\b|" + _REPORTED_QUESTION + r"|"
    r"(?:^|[,.;:?!¿]\s*)\W*(?:quais|qual|cu[áa]les|cu[áa]l|quelles?|quels?|quali|welche|qu[ée]|o\s+que|c[óo]mo|comment|come|wie)\b[^.?!]{0,200}"
    r"\b(?:regras|reglas|r[èe]gles|regole|Regeln|normas|leis?|ley(?:es)?|lois?|leggi?|Gesetze?|sindicato|syndicat|sindacato|Gewerkschaft|"
    r"consentimento|consentimiento|consentement|consenso|Einwilligung|[ée]tica|[ée]thique|Ethik|films?|pel[íi]culas?|filmes?|Filme|"
    r"exemples?|ejemplos?|esempi|Beispiele)\b|"
    r"(?:^|[,.;:?!]\s*)\W*(?:at\s+a\s+high\s+level,?\s+)?"
    r"(?:(?:[\w'’]+\s+){0,4}(?:asked|asks|wondered|wonders|wondering|curious|wants?\s+to\s+know|wanted\s+to\s+know)\s+(?:me\s+|us\s+)?(?:about\s+)?)?"
    r"(?:what|how|why|when|which|who|where|is|are|was|were|does|do|did|should|can\s+you\s+explain|explain|summari[sz]e|"
    r"describe\s+how|tell\s+me\s+(?:about|how))\b[^.?!]{0,200}\b(?:mean|means|work|works|used|handled?|did|done|built|achieved|"
    r"pulled\s+off|accomplished|"
    r"historically|detect\w*|consent\w*|polic\w*|laws?|legal|ethic\w*|rules?|regulat\w*|contract\w*|union|SAG|"
    r"spot\w*|tell\s+(?:if|whether|apart)|identif\w*|recogni[sz]\w*|signs?\s+of|verif\w*)\b",
    _I | re.MULTILINE,
)
# "Why we don't clone actors' voices": a rule stated about replicas, right before the cue.
_PROHIBITION = re.compile(
    r"(?<!\bwhy\s)\b(?:don['’]t|do\s+not|never|won['’]t|will\s+not|must\s+not|mustn['’]t|can['’]t|cannot|shouldn['’]t|"
    r"should\s+not|(?:are|is)(?:\s+not|n['’]t)\s+allowed\s+to|may\s+not)\s+(?!you\b|we\b|I\b)(?:\w+\s+){0,2}?(?:clone|cloning|"
    r"replicate|synthesi[sz]e|deep-?fake|swap|recreate|replace|digitally\s+\w+|use\s+(?:AI|synthetic|digital))\b",
    _I,
)
_SENTENCE_END = re.compile(r"[.?!\n]")
_REPORTED = re.compile(_REPORTED_QUESTION, _I)
_DIRECTIVE = re.compile(
    r"\b(?:clone|generate|create|make|build|train|recreate|swap|replace|de-?age|synthesi[sz]e|render)\b"
    r"[^.?!\n]{0,60}\b(?:his|her|their|him|them|our\s+(?:lead|actor|actress|narrator|director|cast))\b",
    _I,
)


# For each cue above, its least common necessary words: the cues run only around these.
_TRIGGERS = Triggers(
    [
        "voice", "vocal", "clon", "digitally", "reanimat", "reviv", "synthetic", "alike", "preserv", "ai version", "ai copy", "ai recreation",
        "make him", "make her", "make them", "inspired by", "modelled on", "modeled on", "based on",
        "indistinguishable", "deepfake", "deep fake", "swap", "replac", "geometry", "realistic", "lifelike",
        "hyper", "photoreal", "photo of", "image of", "picture of", "video of", "shot of", "ad of", "advert of", "selfie of", "photograph of", "look like", "looks like", "exactly like", "double", "replica", "twin", "avatar", "recreat",
        "version of", "copy of", "video of", "model of", "likeness", "flexible asset", "'s face", "’s face",
        "'s head", "’s head", "'s body", "’s body", "of him", "of her", "of them", "de-ag", "deag", "de ag",
        "age up", "age down", "age him", "age her", "age them", "younger", "older", "lip", "re-render",
        "rerender", "footage", "recording", "dailies", "takes", "memos", "headshot", "plates", "close-up",
        "closeup", "scans", "photos", "audio", "stills", "stunt", "new close", "new shot", "new take",
        "new line", "new perform", "resurrect", "bring back", "tapes", "memos", "speaks", "talks", "sings",
        "sounds", "replace", "klon", "voz", "voix", "voce", "stimme", "face look", "head look", "features look",
        "frames of", "stills of", "shots of", "images of", "comp him", "animat", "dub", "hologram", "scanned", "scans", "scan ", "stand-in", "standin", "stand in", "trained on", "adr", "pick-up lines",
        "rajeun", "rejuven", "ringiovan", "verjüng", "verjung", "gesicht", "visage", "cara", "rostro", "volto", "rosto",
        "pickup lines", "dialogue replacement", "blend", "chatbot", "chat-bot", "bot", "persona", "digital twin", "virtual version", "re-voic", "revoic", "with ai so", "using ai so", "face of", "so the character", "so our character", "so that the character", "play our", "play the", "impersonate", "act as", "pose as", "digital", "finish", "re-creat", "extend", "continue", "lengthen", "prolong", "make ", "ai voice", "ai to voice", "tts", "portrait of", "photoreal", "haircut", "hair", "beard", "moustache", "mustache", "makeup", "make-up", "tattoo", "weight", "facelift", "nose", "scar", "wrinkles", "teeth", "physique", "mouth", "says", "said", "train", "ki-stimme", "ki stimme", "ia voz", "ia voix", "basically", "essentially", "dead ringer", "look like", "scenes to", "footage to", "takes to", "shots to", "comp her", "comp them", "composite him", "composite her", "composite them",
    ],
    radius=180,
    lines=False,
)  # fmt: skip


_MAX_HITS = 64  # per cue: enough for any real request, bounded for adversarial ones


class ConsentRecord(FilterOptions):
    ref: str = Field(min_length=3, max_length=128)
    person: str = Field(min_length=2)
    production: str
    scope: tuple[str, ...] = ("voice", "face", "body", "performance")
    valid_from: dt.date
    valid_until: dt.date

    @field_validator("scope")
    @classmethod
    def _known_scope(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        unknown = set(value) - {"voice", "face", "body", "performance"}
        if unknown:
            raise ValueError(f"unknown scope {sorted(unknown)}; use voice, face, body, performance")
        return value


class LikenessOptions(ActionOptions):
    consents: tuple[ConsentRecord, ...] = ()


_MESSAGES = {
    "likeness": (
        "The request asks to replicate or alter a real person's face, voice, body or performance. That "
        "needs the person's explicit, recorded consent: send its consent reference in the X-Consent-Ref "
        "header (the production's legal contact issues them). A verbal or claimed consent is not enough."
    ),
    "likeness_consent_invalid": (
        "The consent reference does not cover this request: it must belong to this production, name the "
        "person in the request, cover what is asked (voice, face, body, performance) and be valid today. "
        "Ask the production's legal contact to check the consent record."
    ),
    "likeness_consented": "Allowed under a recorded consent.",
}


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


class LikenessFilter:
    def __init__(self, name: str, options: LikenessOptions) -> None:
        self._name = name
        self._action = Action.parse(options.action)
        self._consents = {record.ref: record for record in options.consents}

    @property
    def name(self) -> str:
        return self._name

    def _detect(self, text: Prepared) -> tuple[Hit, str] | None:
        """The first cue that is a request, judged in its own paragraph: a question about replicas
        elsewhere in the conversation does not excuse a request for one."""
        for scope, cue, pattern in _STRONG:
            for hit in itertools.islice(hits(text, cue, pattern, _TRIGGERS), _MAX_HITS):
                if not self._is_question_about(hit):
                    return hit, scope
        for hit in itertools.islice(hits(text, "recreate_person", _RECREATE, _TRIGGERS), _MAX_HITS):
            body, start, end = around(hit, 150)
            if _TARGET.search(body, start, end) and not self._is_question_about(hit):
                return hit, "performance"
        for hit in itertools.islice(hits(text, "place_person", _PLACE_PERSON, _TRIGGERS), _MAX_HITS):
            body, start, end = around(hit, 300)
            if _REAL_ROLE.search(body, start, end) and not self._is_question_about(hit):
                return hit, "face"
        return None

    @staticmethod
    def _is_question_about(hit: Hit) -> bool:
        body, start, end = around(hit, 600)
        for rule in _PROHIBITION.finditer(body, max(start, hit.start - 120), hit.end):
            if not any(mark in body[rule.end() : hit.start] for mark in ".?!\n"):
                return True
        if _ABOUT.search(body, start, end) is None:
            return False
        # What a reported question itself asks about ("wants to know whether the studio may make a
        # replica of him") is not a directive; a directive anywhere else in the paragraph is.
        reported = _REPORTED.search(body, start, end)
        asked = _SENTENCE_END.search(body, reported.end(), end) if reported else None
        low, high = (reported.start(), asked.start() if asked else end) if reported else (0, 0)
        return not any(not (low <= d.start() < high) for d in _DIRECTIVE.finditer(body, start, end))

    def check(self, item: FilterInput, text: Prepared) -> Verdict:
        found = self._detect(text)
        if found is None:
            return Verdict.allow()
        hit, scope = found
        if item.consent_ref:
            record = self._consents.get(item.consent_ref)
            if record is not None and self._covers(record, item, text, scope):
                ok = Reason(
                    self._name, "likeness_consented", Action.ALLOW, f"LIKENESS_{scope.upper()}", hit.span, 1.0
                )
                return Verdict(Action.ALLOW, (ok,))
            bad = reason(
                self._name, "likeness_consent_invalid", self._action, hit, 0.9, f"LIKENESS_{scope.upper()}"
            )
            return Verdict(self._action, (bad,))
        return Verdict(
            self._action,
            (reason(self._name, "likeness", self._action, hit, 0.9, f"LIKENESS_{scope.upper()}"),),
        )

    @staticmethod
    def _covers(record: ConsentRecord, item: FilterInput, text: Prepared, scope: str) -> bool:
        today = dt.datetime.now(dt.UTC).date()
        return (
            record.production == item.production
            and record.valid_from <= today <= record.valid_until
            and scope in record.scope
            and _fold(record.person) in _fold(text.clean.text)
        )

    def message(self, code: str) -> str:
        return _MESSAGES.get(code, _MESSAGES["likeness"])


def build(name: str, raw: Mapping[str, Any]) -> LikenessFilter:
    options = parse_options(name, LikenessOptions, raw)
    return LikenessFilter(name, options)
