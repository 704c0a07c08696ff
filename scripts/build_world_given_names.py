"""Rebuild data/given_names_world.tsv (and data/given_names_world_gfdl.tsv) from public lists of
first names, for the given names of Turkish people and of the foreign people world news names
(players, leaders, ministers, artists) that the lists derived from the Wiki NER corpus lack.

Run: `python scripts/build_world_given_names.py FAKER_DIR NAM_DICT [OUT_DIR]`, where FAKER_DIR is the
unpacked ``faker`` package of PyPI (``faker/providers/person/<locale>/__init__.py``; Faker 40.63.0,
MIT licence) and NAM_DICT the ``nam_dict.txt`` of the PyPI package ``gender-guesser`` 0.4.0
(Jörg Michael's first-name dictionary, GNU Free Documentation License 1.2 or later).

Faker gives the given names of Latin-script locales as they are written, and those of Russian,
Ukrainian and Bulgarian transliterated as the Turkish press writes them (``Сергей`` -> ``Sergey``,
``Михаил`` -> ``Mihail``); the dictionary gives the common given names (frequency 3 or more of 13)
of the countries whose names Faker holds in another script only (the Arab world and Iran, Greece,
the Western Balkans, the Caucasus, Israel, Japan) and every Turkish given name it holds. Chinese, Korean and Vietnamese names are left
out: there the family name comes first.

A given name makes a person with the capitalized word after it, with no other cue, so a name is
kept only when it is no everyday word or place: not a word that stands in lower case in the Wiki
NER corpus or in news-raw (``umut``, ``ana``), not a word the corpus mostly capitalizes outside
person names (``Santa``, ``Victoria``), not a word of the lexicons of ``data/`` (places,
countries, offices, organizations, stopwords), no surname that stands alone or that is an
everyday word (``surnames.tsv``, ``surnames_public_figures.tsv``, ``surnames_turkish.tsv``: a
given name there would make a person of ``Tekin`` and the capitalized word after it), and none
of ``NOT_GIVEN``. Iceland's names are left out: rare in the news, many of them Nordic words. Accented spellings
are kept beside their plain form (``Agustín``, ``Agustin``): the Turkish press writes both.
"""

from __future__ import annotations

import importlib
import json
import sys
import unicodedata
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.document.vocabulary import VOCABULARY_FILES, spelling_vocabulary  # noqa: E402
from pipeline.lang.tr.text import is_capitalized, strip_apostrophe_suffix, turkish_lower  # noqa: E402
from pipeline.resources import read_words, shared_dir  # noqa: E402

from build_name_lists import sentences  # noqa: E402  (the Wiki NER corpus read as the other name lists read it)

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
CORPUS = shared_dir() / "data/ner/turkish-wiki-ner/train.conll"
NEWS_RAW = shared_dir() / "data/news-raw"
#: Faker locales written in Latin script: Turkey, then Europe, the Americas, Africa, Central Asia
LATIN_LOCALES = (
    "tr_TR az_AZ uz_UZ "
    "en_US en_GB en_IE de_DE de_AT de_CH fr_FR fr_BE it_IT es_ES pt_PT pt_BR nl_NL nl_BE "
    "da_DK no_NO sv_SE fi_FI et_EE lv_LV lt_LT pl_PL cs_CZ sk_SK hu_HU ro_RO hr_HR sl_SI "
    "es_AR es_MX es_CO es_CL es_CA "
    "yo_NG ha_NG ig_NG en_NG tw_GH zu_ZA sw en_KE fr_DZ"
).split()
#: Faker locales in Cyrillic, transliterated
CYRILLIC_LOCALES = ("ru_RU", "uk_UA", "bg_BG")
#: the dictionary's frequency columns (column 30 + index) kept: Bosnia, Kosovo, Macedonia,
#: Montenegro, Serbia, Albania, Greece, Armenia, Azerbaijan, Georgia, Kazakhstan etc., Turkey,
#: Arabia/Persia, Israel, Japan
NAM_DICT_COLUMNS = {29: "BA", 31: "XK", 32: "MK", 33: "ME", 34: "RS", 36: "AL", 37: "GR", 42: "AM",
                    43: "AZ", 44: "GE", 45: "KZ", 46: "TR", 47: "AR-FA", 48: "IL", 51: "JP"}
NAM_DICT_MIN = 3  #: frequency (hex digit, 1..D) a name needs in one kept country
NAM_DICT_TURKEY = 46  #: ... but every Turkish given name is kept, rare ones too (``Yiğithan``)
#: Cyrillic letters as the Turkish press writes them (``Юрий`` -> ``Yuriy``)
CYRILLIC = dict(zip("абвгдезийклмнопрстуфхцчшщыэюяёжіїєґъь",
                    ["a", "b", "v", "g", "d", "e", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                     "t", "u", "f", "h", "ts", "ç", "ş", "ş", "ı", "e", "yu", "ya", "yo", "j", "i", "yi",
                     "ye", "g", "", ""]))
#: marks the Turkish alphabet does not have, dropped for the plain spelling (``Agustín``)
TURKISH_LETTERS = set("çğıöşüâîûÇĞİÖŞÜÂÎÛ")
#: names that are English, Spanish or Italian words Turkish text capitalizes in other senses
#: (brands, titles of works, teams, crude oil benchmarks: ``Brent petrol``), or words of Turkish
#: the corpus never writes in lower case
NOT_GIVEN = {
    "angel", "art", "august", "autumn", "baby", "beauty", "blessing", "bright", "brook", "charity",
    "chance", "comfort", "crystal", "dawn", "diamond", "destiny", "duke", "earl", "ember", "faith",
    "favour", "gift", "glory", "golden", "grace", "happy", "harmony", "haven", "heaven", "honest",
    "honour", "hope", "hunter", "ivy", "jewel", "joy", "justice", "king", "lady", "love", "lucky",
    "major", "marshall", "mercy", "miracle", "noble", "ocean", "patience", "peace", "pearl",
    "precious", "prince", "princess", "rain", "rich", "river", "royal", "ruby", "sky", "star",
    "storm", "summer", "sunny", "sunday", "victory", "wisdom", "will", "winter", "young",
    "santo", "santa", "san", "del", "don", "dona", "real", "sol", "luz", "mar", "paz", "rey",
    "amor", "cruz", "gloria", "fe", "rosa", "rosario", "dolores", "pilar", "mercedes", "victoria",
    "sierra", "porsche", "ferrari", "lancia", "alfa", "opel", "fiat", "nike", "puma", "zara",
    "bella", "bello", "chanel", "dior", "gucci", "tesla", "nokia", "china", "india", "asia",
    "africa", "america", "europa", "paris", "london", "berlin", "roma", "milano", "madrid", "sofia",
    "florence", "georgia", "virginia", "carolina", "dakota", "montana", "nevada", "jordan", "israel",
    "kenya", "ghana", "chad", "cuba", "lima", "quito", "dallas", "houston", "austin", "phoenix",
    "orlando", "denver", "brighton", "chelsea", "everton", "fulham", "burnley", "celtic",
    "ajax", "inter", "atletico", "sevilla", "valencia", "napoli", "lazio", "parma", "genoa",
    "dirlik", "celep", "sarp", "esen", "gia",
    "fabia", "octavia", "felicia", "clio", "megane", "symbol", "laguna", "corolla", "yaris", "celica",
    "astra", "corsa", "vectra", "zafira", "meriva", "insignia", "mokka", "fiesta", "kuga", "mondeo",
    "polo", "passat", "tiguan", "ibiza", "leon", "toledo", "cordoba", "alhambra", "panda", "punto",
    "linea", "egea", "tipo", "doblo", "duster", "sandero", "logan", "captur", "elantra", "tucson",
    "sonata", "accent", "civic", "jazz", "camry", "micra", "juke", "qashqai", "yeti", "kodiaq",
    "lale", "lâle", "gonca", "ekin", "menekşe", "reyhan", "zümrüt", "yonca", "nazar", "maral",
    "billur", "yakut", "yosun", "bülbül", "cevahir", "diren", "besi", "kıymet", "seyh", "şeyh",
    "brent",
    "anadolu", "ankara", "bursa", "konya", "adana", "hatay", "sinop", "rize", "van", "kars",
}
MIN_LENGTH = 3
LOWERCASE_USES = 2  #: lower-case uses that make a word an everyday word
#: the common noun endings a lower-case use may carry (``kaderi``, ``ekinler``); a longer or
#: other rest makes another word (``miras`` is no ``Mira``)
NOUN_ENDINGS = set(
    "i ı u ü e a de da te ta den dan ten tan in ın un ün nin nın nun nün le la ler lar leri ları "
    "si sı su sü ye ya yi yı yu yü yle yla ine ına ini ını inde ında inden ından imiz ımız iniz ınız".split())
CAPITAL_SHARE = 0.5  #: a name capitalized this often (or more) inside person names only
CAPITAL_USES = 3  #: ... when it is capitalized this often at all


def plain(name: str) -> str:
    """``Agustín`` -> ``Agustin``; Turkish letters stay (``Ayşe``)."""
    letters = []
    for char in name:
        if char in TURKISH_LETTERS:
            letters.append(char)
            continue
        base = unicodedata.normalize("NFKD", char)
        letters.append("".join(c for c in base if not unicodedata.combining(c)))
    return "".join(letters).replace("ø", "o").replace("Ø", "O").replace("ß", "ss").replace("ł", "l")


def transliterate(name: str) -> str:
    lower = name.lower()
    out = "".join(CYRILLIC.get(c, c) for c in lower)
    return out[:1].upper() + out[1:] if out else out


def faker_names(faker_dir: Path) -> dict[str, set[str]]:
    sys.path.insert(0, str(faker_dir.parent))
    found: dict[str, set[str]] = {}
    for locale in [*LATIN_LOCALES, *CYRILLIC_LOCALES]:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        names: set[str] = set()
        for attr in ("first_names", "first_names_male", "first_names_female"):
            value = provider.__dict__.get(attr) or getattr(provider, attr, None)
            if value and not isinstance(value, property):
                names |= set(value)
        for name in names:
            spelled = transliterate(name) if locale in CYRILLIC_LOCALES else name
            found.setdefault(spelled, set()).add(locale)
    return found


def nam_dict_names(path: Path) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("=") or len(line) < 31 or line[29] == "+":
            continue
        name = line[3:29].strip()
        if "+" in name or " " in name or "-" in name:
            continue
        for column, country in NAM_DICT_COLUMNS.items():
            digit = line[30 + column] if 30 + column < len(line) else " "
            if digit.strip() and (int(digit, 16) >= NAM_DICT_MIN or column == NAM_DICT_TURKEY):
                found.setdefault(name, set()).add(country)
    return found


def corpus_counts() -> tuple[Counter, Counter, Counter]:
    """Lower-case uses (corpus and news-raw), capitalized uses and uses inside person names (corpus)."""
    lower, capitalized, in_person = Counter(), Counter(), Counter()
    for token, tag in (pair for sentence in sentences(CORPUS) for pair in sentence):
        bare = strip_apostrophe_suffix(token)
        key = turkish_lower(bare)
        if bare[:1].islower():
            count_lower(lower, key)
        elif is_capitalized(bare):
            capitalized[key] += 1
            in_person[key] += tag.endswith("PERSON")
    for path in sorted(NEWS_RAW.glob("*.json")):
        for token in json.loads(path.read_text(encoding="utf-8"))["text"].split():
            bare = strip_apostrophe_suffix(token.strip(".,;:!?\"“”'’()[]"))
            if bare[:1].islower():
                count_lower(lower, turkish_lower(bare))
    return lower, capitalized, in_person


def count_lower(lower: Counter, word: str) -> None:
    """A lower-case use of ``word`` and of its stem before a common noun ending."""
    lower[word] += 1
    for cut in range(max(MIN_LENGTH, len(word) - 5), len(word)):
        if word[cut:] in NOUN_ENDINGS:
            lower[word[:cut]] += 1


def lexicon_words() -> set[str]:
    words = {turkish_lower(w) for phrase in spelling_vocabulary(VOCABULARY_FILES) for w in phrase.split()}
    surnames = read_words("surnames.tsv", "name") | read_words("surnames_public_figures.tsv", "name") \
        | read_words("surnames_turkish.tsv", "name")
    return words | surnames | read_words("given_names_second.tsv", "name")


def main() -> None:
    faker_dir, nam_dict = Path(sys.argv[1]), Path(sys.argv[2])
    out_dir = Path(sys.argv[3]) if len(sys.argv) > 3 else DATA
    known = read_words("given_names.tsv", "name") | read_words("given_names_turkish.tsv", "name")
    lower, capitalized, in_person = corpus_counts()
    lexicon = lexicon_words()

    def keep(name: str) -> bool:
        key = turkish_lower(name)
        return len(name) >= MIN_LENGTH and name.isalpha() and is_capitalized(name) and key not in known \
            and key not in NOT_GIVEN and key not in lexicon and lower[key] < LOWERCASE_USES \
            and not (capitalized[key] >= CAPITAL_USES and in_person[key] / capitalized[key] < CAPITAL_SHARE)

    written: set[str] = set()
    for sources, out, header in ((faker_names(faker_dir), "given_names_world.tsv", FAKER_HEADER),
                                 (nam_dict_names(nam_dict), "given_names_world_gfdl.tsv", NAM_DICT_HEADER)):
        rows: dict[str, set[str]] = {}
        for name, origins in sources.items():
            for spelling in {name, plain(name)}:
                if keep(spelling) and turkish_lower(spelling) not in written:
                    rows.setdefault(spelling, set()).update(origins)
        written |= {turkish_lower(n) for n in rows}
        with open(out_dir / out, "w", encoding="utf-8") as handle:
            handle.write(header + "name\torigins\n")
            for name in sorted(rows, key=turkish_lower):
                handle.write(f"{name}\t{' '.join(sorted(rows[name]))}\n")
        print(f"{len(rows)} rows written to {out_dir / out}")


USE = (
    "# A given name of this list makes a person with the capitalized surname after it, as those of\n"
    "# data/given_names.tsv do (read by pipeline/persons/component.py); words that are everyday\n"
    "# words, places or lexicon words are left out (see the script). origins: the locales or\n"
    "# countries that list the name.\n"
)
FAKER_HEADER = (
    "# Given names of Turkey, Europe, the Americas, Africa and Central Asia that the lists derived\n"
    "# from the Wiki NER corpus lack; generated by scripts/build_world_given_names.py from the\n"
    "# first-name lists of Faker 40.63.0 (PyPI package faker, faker/providers/person; MIT licence,\n"
    "# Copyright (c) 2012 Daniele Faraglia); Russian, Ukrainian and Bulgarian names transliterated\n"
    "# as the Turkish press writes them.\n" + USE
)
NAM_DICT_HEADER = (
    "# Turkish given names, and common given names (frequency 3 or more of 13) of the Arab world and Iran, Greece, the\n"
    "# Western Balkans, the Caucasus, Central Asia, Israel and Japan that data/given_names.tsv and\n"
    "# data/given_names_world.tsv lack; generated by scripts/build_world_given_names.py from\n"
    "# nam_dict.txt (Copyright (c) 2007-2008 Jörg Michael) as shipped in the PyPI package\n"
    "# gender-guesser 0.4.0. Licence: GNU Free Documentation License 1.2 or any later version, with\n"
    "# no Invariant Sections, no Front-Cover Texts and no Back-Cover Texts; this derived list is\n"
    "# released under the same licence.\n" + USE
)


if __name__ == "__main__":
    main()
