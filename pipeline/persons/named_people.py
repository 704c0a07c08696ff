"""Persons the text introduces with a word of naming and a noun of a person: ``Deniz adında bir
kızı``, ``Mert isimli genç``, ``Lale Aksoy adlı kadın``. The name is the capitalized word (or the
run of up to three of them) right before ``adında``, ``adlı``, ``isimli``, ``ismindeki`` or
``adındaki``; it counts only when a noun that names a person follows (``bir`` may stand between):
a child, a relative, a man, a woman, a young person, a citizen, a pupil. The same words also
introduce films, books, companies and stars (``Kuzey adlı film``, ``Işık isimli şirket``), which
the noun after them rules out: one word alone before them is read as a name only with such a noun.

A word that opens its sentence stays out of the run unless the lists know it as a name word
(``Dün Ali adında bir genç``: ``Dün`` is no name word); a word another stage has taken (a place,
an institution, a name read before) is never taken again.
"""

from __future__ import annotations

import re

from pipeline.lang.tr.text import Word, is_all_caps, is_capitalized
from pipeline.lexicons.candidates import words_folded_as
from pipeline.persons.mention import PersonMention
from pipeline.persons.names import NameReader

#: the words of naming after a name (``X adında``: named X)
NAMING_WORDS = frozenset({"adında", "adlı", "isimli", "ismindeki", "adındaki"})
#: the stems of the nouns of a person that follow them (``oğlu``, ``kızıyla``, ``kadının``);
#: a stem matches a word that starts with it and adds at most ``_MAX_ENDING`` letters, none of a
#: derived noun or adjective (``gençlik``, ``kişisel``)
PERSON_NOUNS = (
    "oğul", "oğl", "kız", "çocuk", "çocuğ", "bebek", "bebeğ", "kardeş", "eşi", "kadın", "adam", "erkek",
    "genç", "delikanlı", "vatandaş", "öğrenci", "torun", "yeğen", "arkadaş", "şahıs", "şahs", "kişi",
    "futbolcu", "sporcu", "oyuncu", "sanatçı", "şarkıcı", "yazar", "öğretmen", "anne", "baba", "dede",
)
_MAX_ENDING = 6
_DERIVED = re.compile("l[ıiuü]k|s[ae]l|[ıi]l")
_A = "bir"
#: the most capitalized words read as one name before the word of naming
_MAX_RUN = 3


def names_before_naming_words(text: str, words: list[Word], reader: NameReader) -> list[PersonMention]:
    """The names said right before a word of naming that a noun of a person follows."""
    found = []
    for i in words_folded_as(words, NAMING_WORDS):
        word = words[i]
        if not word.text.islower() or i == 0 \
                or not _person_noun_after(text, words, i):
            continue
        last = i - 1
        if text[words[last].end : word.start] != " " or not _name_word(reader, last):
            continue
        first = last
        while first > 0 and last - first + 1 < _MAX_RUN and text[words[first - 1].end : words[first].start] == " " \
                and _name_word(reader, first - 1):
            first -= 1
        while first <= last and words[first].start in reader.sentence_openers and first < last \
                and words[first].folded not in reader.given_names and words[first].folded not in reader.surnames:
            first += 1  # ``Dün Ali adında``: a capital that only opens the sentence
        mention = reader.run_of_words(first, last) if first < last else reader.single_word(last)
        if mention is not None:
            found.append(mention)
    return found


def _name_word(reader: NameReader, index: int) -> bool:
    word = reader.words[index]
    return is_capitalized(word.text) and not is_all_caps(word.text) and word.text.isalpha() \
        and index not in reader.blocked and word.folded not in reader.stopwords \
        and word.folded not in reader.function_words and reader.single_word(index) is not None


def _person_noun_after(text: str, words: list[Word], index: int) -> bool:
    """A noun of a person right after the word of naming at ``index``, ``bir`` between or not."""
    following = index + 1
    if following < len(words) and words[following].folded == _A and text[words[index].end : words[following].start] == " ":
        index, following = following, following + 1
    if following >= len(words) or text[words[index].end : words[following].start] != " ":
        return False
    noun = words[following]
    return noun.text.islower() and any(_person_noun(noun.folded, stem) for stem in PERSON_NOUNS)


def _person_noun(folded: str, stem: str) -> bool:
    ending = folded[len(stem):]
    return folded.startswith(stem) and len(ending) <= _MAX_ENDING and not _DERIVED.match(ending)
