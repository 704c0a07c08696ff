"""Foreign names held together by Germanic particles, which Turkish prose never writes in
lowercase otherwise: ``Kiera van Ryk`` (a given name the lists do not know), ``von der
Leyen`` said without the given name, ``Von der Leyen`` opening a sentence."""

from __future__ import annotations

from itertools import compress, count

from pipeline.lang.tr.text import Word, after_apostrophe, is_all_caps, is_capitalized
from pipeline.lexicons.candidates import folded_words
from pipeline.persons.mention import PersonMention
from pipeline.persons.names import NameReader

#: Dutch and German particles: ``van``, ``von der``, ``ter``; not ``de``/``da`` (the Turkish
#: clitic) but after ``van`` (``_dutch_article``), nor ``el``/``bin`` (Arabic names, read with their given name)
GERMANIC_PARTICLES = {"von", "van", "der", "den", "ter", "ten", "zu", "vom", "zur"}


def particle_names(text: str, words: list[Word], reader: NameReader) -> list[PersonMention]:
    found: list[PersonMention] = []
    # only a particle can open such a name: the walk visits those words (few or none an
    # article), not every word of the article
    particles = list(compress(count(), map(GERMANIC_PARTICLES.__contains__, folded_words(words))))  # at C level
    i = 0
    for candidate in particles:
        if candidate < i or candidate >= len(words) - 1:
            continue  # inside the name just read, or the last word
        i = first = candidate
        if not _particle(words, i, reader, opening=True) or after_apostrophe(text, words[i].start):
            # ``Bahçeler'den Veterinerlik``: a case suffix, no particle
            i += 1
            continue
        last = i
        while last + 1 < len(words) and _joined(text, words, last) and (
                _particle(words, last + 1, reader) or _dutch_article(words, last, reader)):
            last += 1
        surname = last + 1
        if surname == len(words) or not _joined(text, words, last) or not _name_word(words, surname, reader) \
                or is_capitalized(words[i].text) and last == i:
            i = surname
            continue  # ``Van``, ``Der`` alone: a city, a word of a title
        if first > 0 and _joined(text, words, first - 1) and _name_word(words, first - 1, reader) \
                and (not is_capitalized(words[i].text) or words[first - 1].folded in reader.given_names) \
                and (words[first - 1].start not in reader.sentence_openers or words[first - 1].folded in reader.given_names):
            first -= 1  # ``Kiera van Ryk``, ``Donny Van de Beek``: the given name before (``Sonra von der Leyen``: no name)
        mention = reader.run_of_words(first, surname)
        if mention is not None:
            found.append(mention)
            reader.blocked.update(range(first, surname + 1))
        i = surname + 1
    return found


def _particle(words: list[Word], i: int, reader: NameReader, opening: bool = False) -> bool:
    word = words[i]
    lowercase = word.text.islower()
    return word.folded in GERMANIC_PARTICLES and i not in reader.blocked and (lowercase or opening
                                                                              and is_capitalized(word.text))


def _dutch_article(words: list[Word], i: int, reader: NameReader) -> bool:
    """``van de Beek``, ``Van de Velde``: after ``van`` the article ``de`` is the name's, not the
    Turkish clitic (which follows a name, never a particle)."""
    following = i + 1
    return words[i].folded == "van" and words[following].text == "de" and following not in reader.blocked


def _name_word(words: list[Word], i: int, reader: NameReader) -> bool:
    word = words[i]
    return i not in reader.blocked and is_capitalized(word.text) and not is_all_caps(word.text) \
        and word.text.isalpha() and word.folded not in reader.stopwords


def _joined(text: str, words: list[Word], left: int) -> bool:
    return text[words[left].end : words[left + 1].start] == " "
