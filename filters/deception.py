"""Material that could be mistaken for real events or real people's words.

Realistic fake news, fabricated quotes or statements of real people or organisations, fake press
releases, alerts, leaked memos, reviews, social posts, and fake archival or documentary footage
meant to be taken as real. A request is flagged when a news- or statement-like *format* comes with
either an attribution to someone other than the production ("from the Pope", "as if Taylor Swift
posted it", "on Warner Bros. letterhead") or a marker of deceit ("make it look real", "no
disclaimer", "leak it", "so audiences think it's archival"). In-universe material about wholly
fictional people, with no such marker, stays allowed.
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
_NAME = r"(?-i:[A-Z])[\w.'’&-]+(?:\s+(?:of\s+the\s+|de\s+|von\s+)?(?-i:[A-Z])[\w.'’&-]+)*"

# A named person filmed or recorded saying something: the name is the attribution.
_SHOWN_SAYING = (
    r"(?:generat\w*|creat\w*|mak\w*|render\w*|synthesi[sz]\w*|produc\w*|fabricat\w*|fake|deep-?fake)\b[^.?!\n]{0,30}?"
    r"\b(?:video|clip|footage|recording|audio|broadcast|photo|picture|image)\s+(?:of|with|featuring|showing)\s+(?:the\s+)?"
    + _NAME
    + r"\s+(?:announcing|saying|declaring|admitting|confirming|endorsing|praising|revealing|apologi[sz]ing|resigning|"
    r"conceding|thanking|reading|narrating|introducing|promoting|recommending|singing|unveiling|presenting|launching|visiting|"
    r"attending|meeting|hugging|posing\s+with)\b"
)
_SHOWN = re.compile(_SHOWN_SAYING, _I)
_FORMAT = re.compile(
    r"\b(?:press\s+release|(?:official|public|formal|joint|press)\s+statement|statement\s+(?:from|by|attributed\s+to|in\s+the\s+name\s+of)|communiqu[eé]|"
    r"wire\s+(?:story|piece|report|copy)|AP[- ]style|Reuters|news\s+(?:article|story|report|bulletin|segment|"
    r"footage|clip|item|ticker|alert|headline|banner|anchor)|breaking[- ]news|obituary|obit|tweet|transcript|"
    r"(?:TV|radio|news|press)\s+interview|anchor\s+script|(?:Instagram|Facebook|TikTok|"
    r"Threads|LinkedIn|X|social(?:[- ]media)?)\s+(?:post|caption|story|update)|"
    r"(?:fake|critic['’]?s?|newspaper|press|rave|5[- ]star|five[- ]star|Times|Post|Guardian|Variety)\s+review|"
    r"leaked['\"”’]?\s+['\"“‘]?(?:[\w-]+\s+){0,2}(?:memo|email|e-mail|letter|message|document|recording|audio|video|photos?|pictures?|"
    r"images?|stills|screenshots?)|"
    r"internal\s+(?:[\w-]+\s+){0,2}(?:memo|email|e-mail|letter)|Q&A|press\s+junket|interview\s+answers|memo\s+from|(?:Wikipedia|encyclopedia)[- ]?(?:style)?\s+(?:article|entry|page)|"
    r"(?:emergency|amber|public[- ]safety|evacuation|weather)\s+alert|Wireless\s+Emergency\s+Alert|\bWEA\b|"
    r"archival(?:[- ]looking)?\s+(?:footage|film|photos?|recordings?|newsreel|narration)|newsreels?|"
    r"documentary\s+(?:footage|segment|clip)|eyewitness|"
    r"(?:apology|open|resignation|official|formal)\s+letter|letter\s+(?:from|signed\s+by)|"
    r"review\s+(?:from|by)\s+(?:a\s+|an\s+|the\s+)?(?:real\s+)?(?:[\w-]+\s+){0,3}(?:critic|reviewer|journalist|outlet|publication)|"
    r"(?:government|public|official|health|safety|NHS|CDC|WHO)\s+(?:health\s+|safety\s+)?(?:warning|advisory|notice|announcement|alert|PSA)|"
    r"pull[- ]?quotes?|endorsement|testimonial|letterhead|official\s+announcement|quotes?\s+(?:from|by|attributed)|"
    r"phone\s+footage|footage\b[^.?!\n]{0,60}\b(?:release|post|publish)|"
    r"comunicado\s+de\s+prensa|nota\s+de\s+prensa|communiqu[ée]\s+de\s+presse|Pressemitteilung|comunicato\s+stampa|comunicat[oi]|comunicados?|"
    r"(?:video|vídeo|vidéo|clip|Aufnahme)\w*\b[^.?!\n]{0,40}?\b(?:in\s+dem|in\s+der|en\s+el\s+que|en\s+la\s+que|dans\s+lequel|in\s+cui|em\s+que|où|donde|onde)\b|"
    r"noticias?|art[íi]culo|Zeitungsartikel|Nachrichten\w*|notizia|"
    r"(?:Variety|Deadline|THR|Hollywood\s+Reporter|news)\s+exclusive|exclusive\s+(?:story|report|article|scoop)|"
    r"(?:audience|customer|user|fan|viewer|Google|Yelp|IMDb|Rotten\s+Tomatoes|Amazon|5[- ]star|five[- ]star)\s+reviews?|"
    r"(?:news\s*site|news(?:paper)?|(?-i:[A-Z][\w.&]+))(?:['’]s)?\s+(?:home\s*page|front\s+page|article)|"
    r"screenshot\s+of\s+(?:an?\s+|the\s+)?(?:[\w.&-]+\s+){0,3}(?:home\s*page|front\s+page|website|article|post|tweet|story|headline|news|"
    r"conversation|messages|thread|chat|DMs?)|"
    r"(?:email|e-mail|letter|message|memo|note|text|document|contract)\s+that\s+looks?\s+like\s+(?:it['’]s|it\s+is|it\s+came|it\s+was\s+sent)\s+from|"
    r"(?:email|e-mail|letter|message|memo|note|text|approval|sign-?off)\s+(?:as\s+if|pretending|as\s+though)\b|"
    r"(?:email|e-mail|letter|message|notice|text|statement)\s+from\s+(?:our\s+|the\s+|a\s+|their\s+)?(?:bank|insurer|landlord|council|"
    r"police|tax\s+office|HMRC|IRS|government|ministry|embassy|network|streamer|distributor|family|estate|union)\b|"
    # Replies written as a real person, in their voice or under their name.
    r"(?:repl(?:y|ies)|answers?|responses?|e-?mails?|messages?|posts?|letters?)\b[^.?!\n]{0,40}\bin\s+(?:his|her|their|(?-i:[A-Z])\w+['’]s)\s+"
    r"(?:own\s+)?(?:voice|name)\b|"
    r"(?:obituary|obit)\s+(?:for|of|about)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?" + _NAME + r"|"
    r"(?:text|chat|DM|WhatsApp|Slack|iMessage|SMS|Signal|Telegram|Messenger)\s+(?:[\w-]+\s+){0,2}?(?:conversation|exchange|thread|messages?|texts?|chat)\s+"
    r"(?:between|from|with)|"
    r"(?:Variety|Deadline|THR|Hollywood\s+Reporter|BBC|CNN|Reuters|NYT|New\s+York\s+Times|Guardian|Screen\s+Daily|IndieWire|Empire|"
    r"Rolling\s+Stone|Billboard|Sky\s+News|Fox\s+News|NBC|ABC|CBS)\s+(?:headline|article|story|piece|front\s+page|cover|report|scoop|chyron|"
    r"lower\s+third|ticker|alert|banner)|chyron|lower\s+third|news\s+ticker|breaking\s+banner|"
    r"court\s+(?:filing|document|order|papers)|lawsuit|legal\s+(?:document|filing|notice)|subpoena|cease[- ]and[- ]desist|"
    r"indictment|affidavit|police\s+(?:report|statement|notice|bulletin|appeal)|"
    r"push\s+(?:notification|alert)|news\s+alert|(?:tsunami|storm|hurricane|tornado|earthquake|flood|terror(?:ism)?|missile)\s+(?:warning|alert)|"
    r"(?:recording|speech|address|broadcast)\s+(?:script|transcript)|(?:televised|national|presidential)\s+address|"
    r"op-?ed|opinion\s+piece|guest\s+column|eulogy|tribute\s+speech|farewell\s+(?:message|speech|letter)|memorial\s+speech|"
    r"home\s+(?:video|movie|footage)|family\s+(?:footage|video|photos?)|amateur\s+footage|"
    r"interview\s+(?:clip|footage|recording|tape)s?|unearthed|lost\s+(?:footage|tapes?|interview|recording)|"
    r"signatures?|autographs?|autographed|handwriting|critics['’]?\s+consensus|Tomatometer|"
    r"(?:Rotten\s+Tomatoes|Metacritic|IMDb|Letterboxd)\s+(?:score|rating|consensus)|"
    r"behind[- ]the[- ]scenes\s+(?:photo|picture|image|shot|selfie)s?|BTS\s+(?:photo|picture|image|shot|selfie)s?|"
    r"(?:post|tweet|publish)\w*\s+(?:it\s+|this\s+|them\s+)?(?:from|on)\s+(?:his|her|their)\s+(?:own\s+)?(?:account|page|profile|feed)|"
    r"(?:message|text|post|note|announcement)\s+(?:on|in|to)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}(?:group\s+chat|chat|channel|thread|WhatsApp|Slack)|"
    r"(?:police|bodycam|body-?cam|CCTV|security[- ]camera|dash-?cam|surveillance|news\s+helicopter)\s+(?:footage|video|recording|clip)|"
    r"found[- ]footage|"
    # Footage that passes as an institution's own.
    r"(?-i:[A-Z][\w&.-]+)(?:\s+(?-i:[A-Z][\w&.-]+)){0,2}\s+(?:footage|broadcast|press\s+briefing)\b|"
    + _SHOWN_SAYING
    + r")",
    _I,
)
_ATTRIBUTION = re.compile(
    # Written as someone: "a press statement as Universal Pictures" (not "as Variety covered it").
    r"\b(?:statement|release|announcement|post|tweet|letter|e-?mail|memo)\s+as\s+(?:the\s+)?"
    + _NAME
    + r"\b(?!\s+(?:covered|reported|described|put|called|wrote|said|noted)\b)|"
    r"\bin\s+the\s+voice\s+of\s+(?:our|the|my)\s+(?:late\s+)?(?:[\w-]+\s+){0,2}?(?:actor|actress|lead|director|producer|"
    r"showrunner|star|host|presenter|composer|writer|narrator)\b|"
    r"\b(?:from|by|attributed\s+to|on\s+behalf\s+of|as\s+if|in\s+the\s+(?:voice|style|name)\s+of|under\s+the\s+(?:byline|name)\s+of)\s+(?:the\s+)?"
    r"(?:(?:our|the|my)\s+(?:[\w-]+\s+){0,2}?(?=(?-i:[A-Z])))?"
    + _NAME
    + r"(?:\s+letterhead)?|"
    + _NAME
    + r"['’]s?\s+(?:voice|letterhead|account|byline|style|words)\b|"
    r"\b(?:that|claiming|saying|reporting|announcing|where|in\s+which)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    + _NAME
    + r"\s+(?:has\s+|had\s+|will\s+|is\s+)?"
    r"(?:announced|announces|said|says|declared|declares|confirmed|confirms|revealed|admits|admitted|endorsed|signed|signs|"
    r"endorses|praised|praises|condemned|condemns|granted|acquired|buying|buys|bought|acquiring|selling|sells|sold|"
    r"merging|suing|sued|firing|fired|closing|investing|invests|invested|agrees|agreed|accepts|accepted|promises|promised|"
    r"talks|talked|speaks|spoke|discusses|discussed|describes|described|reveals|"
    r"commits|committed|joins|joined)\b|"
    r"\b(?:the\s+)?(?:Prime\s+Minister|President|Chancellor|Mayor|Governor|Senator|King|Queen|Pope|Secretary[- ]General|"
    r"Health\s+Secretary|Minister\s+of\s+\w+)\s+(?:of\s+(?:the\s+)?[\w.]+\s+)?(?:has\s+|had\s+)?(?:announc\w*|say\w*|declar\w*|admit\w*|confirm\w*|endors\w*|order\w*|"
    r"approv\w*|reject\w*|sign\w*|bann?\w*)\b|"
    r"\bquotes?\s+from\s+(?:him|her|them|their\s+\w+|his\s+co-?stars?|her\s+co-?stars?|co-?stars?|\w+\s+spokes\w+)\b|"
    r"\bstatement\s+from\s+(?:the\s+)?(?:family|estate|widow|widower|children|parents|relatives)\b|"
    r"\bquotes?\s+from\s+(?:the\s+)?(?:coast\s*guard|police|fire\s+(?:service|department|brigade)|hospital|council|government|ministry|"
    r"FBI|NHS|army|navy|paramedics|rescuers|witnesses)\b|"
    # A real person shown saying something in the material: "a newsreel showing NAME praising ...".
    r"\b(?:showing|featuring|starring)\s+(?:the\s+)?"
    + _NAME
    + r"\s+(?:praising|endorsing|saying|announcing|admitting|"
    r"declaring|calling|supporting|condemning|recommending|thanking|promoting)\b|"
    r"\b(?:real|actual)\s+(?:[\w-]+\s+)?(?:victims?|famil(?:y|ies)|witnesses|survivors|relatives|paper|footage|event|broadcast|"
    r"critic|publication|newspaper|company|person|people|politician|celebrity|presenter|"
    r"anchor|journalist|reporter|host|broadcaster|newsreader|official|doctor|scientist|executive|exec|producer|spokes(?:person|man|woman)|CEO)s?\b",
    _I,
)
# "Commissioned by the BBC", "produced by Netflix": a fact mentioned in our own release, not words
# put in the BBC's mouth ("a press release from the BBC").
_PASSIVE_BEFORE = re.compile(r"\b\w+(?:ed|en)\s+$")


def _mentioned_by(text: str, at: int) -> bool:
    return (
        text.startswith(("by ", "By "), at) and _PASSIVE_BEFORE.search(text, max(0, at - 24), at) is not None
    )


_OWN_SIDE = re.compile(r"\b(?:from|by|on\s+behalf\s+of)\s+(?:our|my|the\s+film's|the\s+show's|us)\b", _I)
_DECEIT = re.compile(
    r"\b(?:fake|fabricated?|bogus|counterfeit|forged|hoax|phony|phoney)\b|"
    r"\b(?:make|so)\s+(?:it|them|this)\s+(?:look|looks|read|reads|sound|sounds|seem|pass)\s+(?:like\s+)?(?:a\s+|the\s+)?"
    r"(?:real|authentic|genuine|official|legit)|"
    r"\b(?:realistic|authentic(?:-looking)?|official[- ](?:sounding|looking)|real-looking|genuine)\b|"
    r"\bexactly\s+like\s+(?:an?\s+)?(?:official|real|genuine)\b|\bno\s+(?:disclaimer|[\"“']?fiction[\"”']?\s+tag|label)|"
    r"\bwithout\s+(?:any\s+|a\s+)?(?:label|disclaimer|watermark|tag|caveat)|"
    r"\b(?:leak|seed|circulate|release|send|post|spread|share)\w*\b[^.?!\n]{0,40}\b(?:online|on\s+(?:our\s+|my\s+|the\s+)?(?:socials|social(?:\s+media)?|reddit|twitter|x|tiktok|instagram|facebook|youtube|the\s+internet|the\s+web|blogs?|forums?)|"
    r"as\s+(?:genuine|real|fact)|(?:to|with)\s+(?:the\s+|a\s+few\s+|some\s+)?(?:press|media|blogs?|journalists|outlets|reporters|trades|trade\s+press))|"
    r"\b(?:convincing|believable|plausible|real[- ]sounding|genuine[- ]sounding)\b|"
    r"\b(?:fals[oa]s?|faux|fausses?|gef[äa]lscht\w*|falsificad\w*|realista|r[ée]aliste|realistisch\w*|cr[ée]ible|cre[íi]ble|"
    r"t[äa]uschend\s+echt\w*|echt\s+wirkend\w*|verosímil|vraisemblable|verosimile)\b|"
    r"\blooks?\s+like\s+(?:it['’]s|it\s+is|it)\s+(?:really\s+|actually\s+|genuinely\s+)?(?:came\s+|was\s+sent\s+)?from\b|"
    r"\bas\s+if\s+(?:he|she|they)(?:['’]s|['’]re|\s+(?:is|are|were|was))\s+(?:speaking|talking|saying|writing|reading|addressing)\b|"
    # Words put in someone's mouth before asking them.
    r"\b(?:haven['’]t|have\s+not|hasn['’]t|has\s+not)\s+(?:yet\s+)?(?:reached|asked|contacted|spoken\s+to|talked\s+to|checked\s+with|cleared\s+(?:it\s+|this\s+)?with)\b|"
    r"\bso\s+(?:that\s+)?(?:audiences?|people|viewers|readers|fans|everyone)\s+(?:think|believe|assume)|"
    r"\bmake\s+(?:[\w'’]+\s+){0,2}?(?:audiences?|people|viewers|readers|fans|followers|everyone|the\s+public)\s+(?:think|believe|assume)\b|"
    r"\bso\s+(?:that\s+)?it\s+looks?\s+like\s+(?:we|they|he|she|our\s+\w+)\s+(?:\w+ed|were|was)\b|"
    r"\b(?:forge|copy|fake|replicate|reproduce)\w*\s+(?:[\w'’]+\s+){0,3}?(?:signature|autograph)s?\b|\bin\s+(?:his|her|their)\s+(?:own\s+)?handwriting\b|"
    r"\b(?:he|she|they)\s+(?:never|didn['’]t)\s+(?:came|come|visit\w*|attend\w*|said|say|wrote|write|agreed|agree)\b|"
    r"\b(?:pass(?:\s+it)?\s+off\s+as|taken\s+as|mistaken\s+for)\s+(?:real|genuine|fact|true)|"
    r"\b(?:present|presenting|presented|sell|selling|show|showing|air|airing|frame|framing|run|running)\s+"
    r"(?:it|them|this|that|these)?\s*as\s+(?:real|genuine|authentic|actual|true|fact)\b(?!-)|"
    r"\bhas(?:n't|\s+not)\s+(?:seen|read|heard|approved)\b|\bscreenshot\b|\bgo\s+viral|\bviral\s+(?:marketing|teaser|campaign|stunt|post|clip|video)\b|"
    r"\bwe['’]ll\s+(?:quote|print|post|publish)\b|\bprint\s+(?:it\s+)?in\s+the\s+press\s+kit\b|"
    r"\b(?:marketing|publicity|PR)\s+stunt\b|\b(?:Yelp|Google|TripAdvisor|Amazon|IMDb|Letterboxd|Rotten\s+Tomatoes|Trustpilot)[- ]style\b|"
    r"\bso\s+(?:that\s+)?(?:it|we|they|the\s+\w+)\s+(?:ranks?|rates?|scores?|trends?)\s+(?:higher|better|up)|"
    r"\b(?:boost|game|inflate|pad)\s+(?:our|the|its)\s+(?:ratings?|ranking|score|reviews?)\b|\b(?:drum\s+up|generate|build|create|stir\s+up)\s+(?:some\s+)?(?:buzz|hype|publicity)\b|"
    r"\b(?:BBC|CNN|Reuters|AP|Sky\s+News|NYT|Guardian|Variety|Deadline|Fox\s+News|NBC|ABC|CBS)[- ]style\b|\bstunt\s+to\s+(?:promote|publici[sz]e|market|sell|launch)\b|"
    # An event that did not happen, or words that were not written by the person named.
    r"\bas\s+if\s+(?:he|she|they|it)\s+(?:had\s+)?(?:died|passed\s+away|resigned|quit|was\s+arrested|were\s+arrested|"
    r"collapsed|went\s+bankrupt)\b|"
    r"\bas\s+if\s+(?:it['’]s|it\s+is|it\s+were|it\s+was|it\s+came|they\s+(?:were|are))\s+(?:from|by|sent\s+by|written\s+by)\b"
    # ... unless it is our own voice or a character's.
    r"(?!\s+(?:me|us|(?:my|our)\s+own|the\s+(?:film|show|series|studio|production)['’]s|"
    r"(?:our|the|a|an)\s+(?:\w+\s+)?(?:character|hero|heroine|villain|protagonist|studio|production)))|"
    r"\b(?:impersonat\w*|pretend(?:ing)?\s+(?:to\s+be|you\s+are|you['’]re)\s+(?:him|her|them|our|the|my|(?-i:[A-Z])))|"
    r"\bsign\s+(?:them|it|these|each)?\s*(?:with|as|in|under)\s+(?:his|her|their)\s+name\b|"
    r"\b(?:present|presenting|pass|passing|sell|selling|publish|publishing|post|posting)\s+(?:them|it|this|these)\s+(?:off\s+)?"
    r"as\s+(?:his|hers|theirs|(?-i:[A-Z])\w+['’]s)\b|"
    # Announcing what has not happened: "before they confirm", "it's not signed yet".
    r"\bbefore\s+(?:they|it['’]?s|it\s+is|anyone)\s+(?:confirm\w*|official|signed|announce\w*)|"
    r"\bbefore\s+(?:the\s+)?(?:council|board|committee|jury|court|panel|regulator)\s+(?:votes?|decides?|rules?|meets?|approves?)\b|"
    r"\b(?:it['’]s|it\s+is|that['’]s|deal\s+is)\s+not\s+(?:yet\s+)?(?:signed|confirmed|official|final|true|real)|"
    r"\b(?:it|this|that|the\s+deal)\s+(?:isn['’]t|is\s+not|hasn['’]t\s+been)\s+(?:yet\s+)?(?:real|true|signed|confirmed|official|final|announced)\b|"
    r"\bhas(?:n['’]t|\s+not)\s+(?:yet\s+)?(?:been\s+)?(?:confirmed|signed|announced|agreed)|\bget\s+ahead\s+of\s+it\b|"
    # Words put on the real-world marketing are read as real, however "made-up" the request calls them.
    r"\b(?:put|use|print|run|feature|place)\s+(?:it\s+|them\s+|this\s+)?(?:on|in)\s+(?:the|our)\s+(?:posters?|"
    r"one-sheets?|billboards?|press\s+kit|trailer|ads?|(?:ad\s+)?campaign|marketing|website|box\s+art|DVD\s+cover)\b",
    _I,
)
# Words that ask for a convincing tone rather than for a deceit.
_SOFT_DECEIT = re.compile(
    r"realistic|authentic(?:-looking)?|official[- ](?:sounding|looking)|real-looking|genuine|convincing|believable|"
    r"plausible|real[- ]sounding|genuine[- ]sounding",
    _I,
)
# "A fake in-world bulletin for our fictional city": the word alone, in a fictional frame, is a prop.
_FAKE_WORDS = frozenset(
    {"fake", "bogus", "phony", "phoney", "fabricated", "fabricate", "counterfeit", "forged", "hoax"}
)
# Also the frames of pre-visualisation, where in-world material is made for the team, not the public.
_FICTION = re.compile(
    r"\b(?:fictional|fictitious|made-up|invented|imaginary|in-universe|in-world|non-existent|animatic|previs|storyboard)\b",
    _I,
)
_ABOUT = re.compile(
    r"^\W*(?:summari[sz]e|explain|what|how|why|analy[sz]e|discuss|describe\s+how)\b[^.?!]{0,160}\b(?:film|movie|"
    r"show|series|documentary|novel|book|history|technique|detect\w*|spot)\b",
    _I | re.MULTILINE,
)

# Asking how to recognise fakes, with nothing asked to be made, is media literacy, not fabrication.
_DETECTING = re.compile(
    r"\b(?:spot|spotting|detect\w*|recogni[sz]\w*|identify\w*|tell\s+(?:if|whether|when|apart)|signs\s+of|red\s+flags|"
    r"verify|verifying|debunk\w*|fact-?check\w*|protect\s+\w+\s+(?:from|against)|rep[ée]rer|d[ée]tecter|"
    r"reconna[iî]tre|detectar|identificar|reconocer|erkennen)\b",
    _I,
)
_MAKING = re.compile(
    r"\b(?:write|draft|create|generate|make|compose|produce|mock\s+up|design|craft|invent|put\s+together|"
    r"come\s+up\s+with|give\s+me|post|publish|send|r[ée]dige[rz]?|[ée]cri[sv]|escrib\w+|redacta\w*|crea\w*|"
    r"schreib\w*|erstell\w*)\b",
    _I,
)

_TRIGGERS = Triggers(
    [
        "press", "statement", "communiqu", "wire", "ap-style", "ap style", "reuters", "news", "obituar", "obit",
        "tweet", "transcript", "interview", "anchor", "instagram", "facebook", "tiktok", "threads", "linkedin",
        "social", "post", "caption", "update", "review", "memo", "wikipedia", "encyclopedia", "alert", "wea",
        "archival", "newsreel", "documentary", "eyewitness", "pull", "endorsement", "testimonial", "letterhead",
        "announcement", "quote", "footage", "ticker", "headline", "banner", "bulletin", "story", "exclusive",
        "reviews", "letter", "warning", "advisory", "notice", "psa", "homepage", "home page", "front page", "article", "screenshot", "looks like it", "look like it", "leaked", "internal", "comunicado", "nota de prensa", "communiqu", "pressemitteilung",
        "comunicato", "noticia", "artículo", "articulo", "nachricht", "zeitungsartikel", "notizia", "push",
        "conversation", "chat", "messages", "court", "lawsuit", "legal", "subpoena", "cease", "indictment", "affidavit",
        "police", "tsunami", "hurricane", "tornado", "earthquake", "flood", "terror", "missile", "recording script", "speech script",
        "address", "interview clip", "interview footage", "interview recording", "interview tape", "unearthed", "lost footage", "lost tape", "lost interview", "lost recording", "signature", "autograph", "handwriting", "consensus", "tomatometer", "behind the scenes", "behind-the-scenes", "bts", "photo of", "picture of", "image of", "from his", "from her", "from their", "on his", "on her", "chyron", "lower third", "ticker", "breaking banner", "video with", "video featuring", "video showing", "clip with", "clip featuring", "footage of", "footage with", "home video", "home movie", "home footage", "family footage", "family video", "family photo", "amateur footage", "group chat", "channel", "op-ed", "oped", "opinion piece", "guest column", "eulogy", "tribute speech", "farewell", "memorial speech", "comunicat", "comunicado", "in dem", "in der", "en el que", "en la que", "dans lequel", "dans laquelle", "in cui", "em que", "où", "donde", "onde", "bodycam", "body-cam", "body cam", "cctv", "dashcam", "dash-cam", "surveillance", "found footage", "found-footage", "q&a", "junket", "interview answers", "reply", "replies", "answers", "responses", "emails", "e-mails", "posts", "letters", "variety", "deadline", "thr", "hollywood reporter", "bbc", "cnn", "nyt", "new york times", "guardian", "screen daily", "indiewire", "empire", "rolling stone", "billboard", "signal", "telegram", "messenger", "whatsapp", "sms", "imessage", "slack", "texts", "thread", "exchange", "as if", "as though", "pretending", "video of", "clip of", "recording of", "audio of", "broadcast", "briefing",
     ],
    radius=120,
    lines=False,
)  # fmt: skip

_MESSAGE = (
    "The request asks for material that could be mistaken for real events or for real people's or "
    "organisations' words (news, statements, quotes, alerts, memos, reviews or archival footage). Keep "
    "in-world material clearly fictional, and don't attribute words to real people or organisations."
)


class DeceptionOptions(ActionOptions):
    pass


class DeceptionFilter(SingleActionFilter):
    MESSAGE = _MESSAGE

    def check(self, item: FilterInput, text: Prepared) -> Verdict:
        for form in itertools.islice(hits(text, "format", _FORMAT, _TRIGGERS), 64):
            score = self._score(form)
            if score:
                found = reason(self._name, "deception", self._action, form, score, "FABRICATED_REAL_CONTENT")
                return Verdict(self._action, (found,))
        return Verdict.allow()

    @staticmethod
    def _score(form: Hit) -> float:
        """How clearly the format found is a fabrication, judged in its own paragraph (0: it is not)."""
        view_text, start, end = around(form, 700)
        attribution = next(
            (
                m
                for m in _ATTRIBUTION.finditer(view_text, start, end)
                if not _OWN_SIDE.match(view_text, m.start()) and not _mentioned_by(view_text, m.start())
            ),
            None,
        )
        fiction = _FICTION.search(view_text, start, end)
        # The person shown is the attribution, unless the frame makes them fictional.
        attributed = attribution is not None or (fiction is None and _shows_someone(form))
        deceits = [m.group(0) for m in _DECEIT.finditer(view_text, start, end)]
        deceit = bool(deceits)
        if not attributed and not deceit:
            return 0.0
        if _DETECTING.search(view_text, start, end) and not _MAKING.search(view_text, start, end):
            return 0.0
        # Our own statement made to sound official ("a statement from our studio") is our own voice,
        # not a fabrication; the own side must be the format's author, named right after it.
        if (
            not attributed
            and _OWN_SIDE.search(view_text, form.start, min(form.end + 30, end))
            and all(_SOFT_DECEIT.fullmatch(word) for word in deceits)
        ):
            return 0.0
        only_labelled_fake = deceit and all(word.lower() in _FAKE_WORDS for word in deceits)
        if (not deceit or (only_labelled_fake and not attributed)) and (
            fiction or _ABOUT.search(view_text, start, end)
        ):
            return 0.0
        return 0.6 + 0.2 * attributed + 0.2 * deceit


def _shows_someone(form: Hit) -> bool:
    """The format found names the person shown saying something."""
    return _SHOWN.fullmatch(form.view.text, form.start, form.end) is not None


def build(name: str, raw: Mapping[str, Any]) -> DeceptionFilter:
    return DeceptionFilter(name, parse_options(name, DeceptionOptions, raw))
