"""News-style training sentences built from the word lists of ``data/`` (NER augmentation).

Wikipedia sentences rarely read like a news report (``Dışişleri Bakanı X, Y'de ...``) and name
few Turkish institutions, so ``prepare.py`` adds sentences made from templates. A slot is
``{P}`` a person, ``{G}``/``{G2}`` a country, ``{C}`` a city, ``{O}``/``{O2}`` an organization,
``{T}`` an office; ``{G'da}`` is the filler with a case suffix after an apostrophe, in vowel
harmony with it (``Tunus'ta``, ``Mısır'ın``, ``CHP'nin``, ``NATO'nun``).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from pipeline.ner_eval import NerSentence
from pipeline.resources import read_tsv
from pipeline.lang.tr.text import turkish_lower, turkish_upper

TEMPLATES = [
    "{T} {P}, {G'da} düzenlenen zirveye katıldı.",
    "{G} {T} {P}, gazetecilerin sorularını yanıtladı.",
    "{P}, {G} ile {G2} arasındaki görüşmelerin sürdüğünü söyledi.",
    "{T} {P} yarın {G'ya} resmi bir ziyaret gerçekleştirecek.",
    "{G'nin} {T} {P}, açıklamasında ateşkes çağrısı yaptı.",
    "{P} ile görüşen {T}, {G'nin} tutumunu eleştirdi.",
    "{G} ve {G2} heyetleri {P} başkanlığında bir araya geldi.",
    "{T} {P'nin} {G} ziyareti ertelendi.",
    "{O'nin} açıklamasına göre {C'da} yapılan toplantıya {P} da katıldı.",
    "{P}, {O'ya} yeni bir başvuru yapıldığını açıkladı.",
    "{C'da} bulunan {O} binasında dün bir tören düzenlendi.",
    "{O} ile {O2} arasında imzalanan anlaşma {G'da} kamuoyuna duyuruldu.",
    "{P}, {C'dan} {G'ya} giderek {O} yetkilileriyle görüştü.",
    "{O} yönetimi, {P'nin} istifasının ardından olağanüstü toplandı.",
    "{T} {P}, {O'nin} {C'daki} merkezini ziyaret etti.",
    "{C} merkezli {O}, {G'daki} yatırımlarını artıracağını duyurdu.",
    "{O} {U} {P}, dün {C'da} partisinin il kongresinde konuştu.",
    "{P} ve {P2}, {C'da} bir araya gelerek {G} ile ilişkileri görüştü.",
    "{G}, {G2} ve {G3} dışişleri bakanları {C'da} toplandı.",
    "{P'nin} avukatı, müvekkilinin {C'daki} evinde gözaltına alındığını söyledi.",
    "{O}, {P'yı} yeniden aday gösterdi.",
    "{P}: \"{G} ile ilişkilerimiz daha da güçlenecek.\"",
    "{O} hisseleri, {O2'nin} açıklamasının ardından yüzde 3 değer kaybetti.",
    "{O'nin} konuğu olarak {C'ya} gelen {P}, kentte incelemelerde bulundu.",
    "{T} {P}, {O} ve {O2} temsilcilerini kabul etti.",
    "{C'da} düzenlenen törene {G} {T} {P} ile {O} {U} {P2} katıldı.",
    "{O} ile {O2} arasındaki maç {C'da} oynanacak.",
    "{P} ile {P2} arasındaki görüşmede {G'daki} son gelişmeler ele alındı.",
    "{G'dan} gelen {P}, {C} Havalimanı'nda {O} yöneticileri tarafından karşılandı.",
    "Haber Merkezi - {C'da} dün akşam {O} binası önünde bir gösteri yapıldı.",
]
#: Lines that stand before a report in a newspaper: the reporter's name (surname in capitals)
#: and the city.
BYLINES = ["{P} - {C}", "{P} / {C}", "{C} - {P}"]
LABELS = {"P": "PERSON", "G": "GPE", "C": "GPE", "O": "ORG", "T": "TITLE", "U": "TITLE"}
#: Offices inside an organization, after its name (``CHP Genel Başkanı``).
UNIT_OFFICES = [
    "Genel Başkanı", "Başkanı", "Genel Sekreteri", "Sözcüsü", "Yönetim Kurulu Başkanı", "Genel Müdürü",
    "Başkan Yardımcısı", "Genel Başkan Yardımcısı", "Grup Başkanvekili", "İl Başkanı",
]
OFFICES = [
    "Cumhurbaşkanı", "Başbakan", "Dışişleri Bakanı", "Savunma Bakanı", "Genel Sekreter",
    "Büyükelçi", "Sözcü", "Ekonomi Bakanı", "Devlet Başkanı", "Başbakan Yardımcısı",
]
_SLOT = re.compile(r"\{([A-Z])([23]?)(?:'(da|ya|yı|nin|dan|daki))?\}")
_VOWELS = "aıoueiöü"
_VOICELESS = set("çfhkpsşt")
#: How a consonant letter ending an acronym is read (``CHP`` -> "pe"): its suffix harmonizes with that.
_LETTER_NAMES = {"h": "he", "k": "ke"}


def _spoken(word: str) -> str:
    """The word as its suffix hears it: an acronym ending in a consonant by the letter's name."""
    last = word.split()[-1]
    lowered = turkish_lower(last)
    if last.isupper() and len(last) > 1 and lowered[-1:] not in _VOWELS:
        return _LETTER_NAMES.get(lowered[-1], lowered[-1] + "e")
    return lowered


def case_suffix(word: str, case: str) -> str:
    """The case suffix after ``word``'s apostrophe, with vowel harmony and buffer letters."""
    spoken = _spoken(word)
    vowels = [char for char in spoken if char in _VOWELS]
    last = vowels[-1] if vowels else "a"
    back = last in "aıou"
    ends_in_vowel = spoken[-1:] in _VOWELS
    hard = "t" if spoken[-1:] in _VOICELESS else "d"
    if case in ("da", "daki"):
        return hard + ("a" if back else "e") + ("ki" if case == "daki" else "")
    if case == "dan":
        return hard + ("an" if back else "en")
    if case == "ya":
        return ("y" if ends_in_vowel else "") + ("a" if back else "e")
    if case == "yı":
        return ("y" if ends_in_vowel else "") + {"a": "ı", "ı": "ı", "o": "u", "u": "u", "e": "i", "i": "i", "ö": "ü", "ü": "ü"}[last]
    genitive = {"a": "ın", "ı": "ın", "o": "un", "u": "un", "e": "in", "i": "in", "ö": "ün", "ü": "ün"}[last]
    return ("n" if ends_in_vowel else "") + genitive


@dataclass
class Fillers:
    """What the slots are filled with, each list sorted so that the draws are reproducible."""

    persons: list[str]
    countries: list[str]
    cities: list[str]
    organizations: list[str]
    offices: list[str]

    @classmethod
    def from_data(cls, training_person_names: list[str], rng: random.Random) -> "Fillers":
        """Persons: the training split's names and as many given name + surname pairs of the name lists."""
        given = sorted(row["name"] for row in read_tsv("given_names.tsv"))
        surnames = sorted(row["name"] for row in read_tsv("surnames.tsv"))
        pairs = [f"{rng.choice(given)} {rng.choice(surnames)}" for _ in training_person_names]
        organizations = set()
        for row in read_tsv("organizations.tsv"):
            if row["kind"] != "look_alike":
                organizations.update(name for name in (row["name"], row["acronym"]) if name)
        titles = {row["title"] for row in read_tsv("titles.tsv") if row["kind"] == "office"}
        return cls(
            persons=sorted(set(training_person_names) | set(pairs)),
            countries=sorted({row["name"] for row in read_tsv("countries.tsv")}),
            cities=sorted({row["name"] for row in read_tsv("locations.tsv") if row["kind"] in ("province", "city")}),
            organizations=sorted(organizations),
            offices=sorted(titles | set(OFFICES)),
        )

    def draw(self, slot: str, rng: random.Random) -> str:
        pool = {
            "P": self.persons, "G": self.countries, "C": self.cities, "O": self.organizations, "T": self.offices,
            "U": UNIT_OFFICES,
        }
        return rng.choice(pool[slot])


def template_sentence(template: str, fillers: Fillers, rng: random.Random) -> NerSentence:
    """One sentence of the template; each slot letter (with its index) is drawn once."""
    drawn: dict[str, str] = {}
    text, entities, done = "", [], 0
    for slot in _SLOT.finditer(template):
        letter, index, case = slot.groups()
        key = letter + index
        if key not in drawn:
            drawn[key] = fillers.draw(letter, rng)
        text += template[done : slot.start()]
        entities.append((len(text), len(text) + len(drawn[key]), LABELS[letter]))
        text += drawn[key] + ("'" + case_suffix(drawn[key], case) if case else "")
        done = slot.end()
    return NerSentence(text + template[done:], entities)


def byline(fillers: Fillers, rng: random.Random) -> NerSentence:
    """``Ahmet YILMAZ - ANKARA``: the surname, or the whole line, in capitals."""
    sentence = template_sentence(rng.choice(BYLINES), fillers, rng)
    text = turkish_upper(sentence.text)
    if rng.random() < 0.5:  # only the surname (the person's last word) and the city in capitals
        text = sentence.text
        for start, end, label in sentence.entities:
            cut = start if label == "GPE" else sentence.text.rfind(" ", start, end) + 1 or start
            text = text[:cut] + turkish_upper(text[cut:end]) + text[end:]
    return NerSentence(text, sentence.entities)


def template_sentences(
    fillers: Fillers, count: int, rng: random.Random, upper_share: float = 0.08, byline_share: float = 0.05
) -> list[NerSentence]:
    """``count`` sentences from random templates; a share of them in capitals, as headlines are,
    and a share of them bylines."""
    sentences = []
    for _ in range(count):
        if rng.random() < byline_share:
            sentences.append(byline(fillers, rng))
            continue
        sentence = template_sentence(rng.choice(TEMPLATES), fillers, rng)
        if rng.random() < upper_share:
            sentence = NerSentence(turkish_upper(sentence.text), sentence.entities)
        sentences.append(sentence)
    return sentences
