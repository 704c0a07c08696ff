"""Names introduced by a lower-case noun of what they are, after it (``enerji şirketi Mav
Elektrik``) or before it (``Hamle Company şirketi``); the cue nouns are the organizations
stage's (``data/organization_cues.tsv``)."""

from __future__ import annotations

import re

from itertools import compress, repeat
from operator import attrgetter

from pipeline.lang.tr.text import APOSTROPHES, Word, suffix_end
from pipeline.names.openers import EverydayWords, lowercase_words_of, written_in_lowercase
from pipeline.names.left_edge import INDEFINITE, has_suffix, is_suffix_word, joined_in_name
from pipeline.names.shape import HeadNouns, NameSpan

#: The longest name (in words) taken after a cue noun (``şirketi Mav Elektrik``).
MAX_CUED_WORDS = 4
#: Arabic articles written in lowercase inside a name, hyphened to the next word (``el-İhbariyye``)
ARABIC_ARTICLES = frozenset({"el", "al", "ül", "ul"})
#: What may stand between a name and the cue noun after it: a space, or a closing quotation mark
_BEFORE_CUE = {" ", '" ', "” ", "» ", "' ", "’ "}
_FOLDED = attrgetter("folded")


def find_cued_names(
    text: str, text_words: list[Word], cues: set[str], heads: HeadNouns, stopwords: set[str]
) -> list[NameSpan]:
    """Names introduced by a lower-case noun of what they are: ``enerji şirketi Mav
    Elektrik'e``, ``polyester üreticisi SASA``. The name is the run of capitalized words
    after the cue, ending at the first word with an apostrophe suffix, before any title
    (``Baykar Genel Müdürü ...`` gives ``Baykar``)."""
    spans = []
    # the cue test first, for every word at C level: few words are cue nouns
    for i in compress(range(len(text_words) - 1), map(cues.__contains__, map(_FOLDED, text_words))):
        cue = text_words[i]
        if not cue.text.islower() or not joined_in_name(text, cue, text_words[i + 1]):
            continue
        if text_words[i + 1].folded in stopwords:
            continue
        last = i
        while last + 1 < len(text_words) and last - i < MAX_CUED_WORDS:
            word = text_words[last + 1]
            if not word.text[:1].isupper() or is_suffix_word(text, word):
                break
            if last > i and not joined_in_name(text, text_words[last], word):
                break
            last += 1
            if has_suffix(text, word):
                break
        last = _before_title(text, text_words, i + 1, last, heads)
        if last > i:
            word = text_words[last]
            spans.append(NameSpan(i + 1, last, text_words[i + 1].start, word.end, suffix_end(text, word.end), "", ""))
    return spans


def _before_title(text: str, text_words: list[Word], first: int, last: int, heads: HeadNouns) -> int:
    for index in range(first, last + 1):
        head = heads.match(text, text_words, index)
        if head is not None and head[3] == "exclude":
            return head[0] - 1
    return last


def find_names_before_cue(
    text: str, text_words: list[Word], cues: set[str], stopwords: set[str],
    sentence_starts: frozenset[int] = frozenset(), everyday_words: EverydayWords = EverydayWords(),
) -> list[NameSpan]:
    """Names followed by a lower-case noun of what they are: ``Hamle Company şirketi``, ``UI
    Mena B.V şirketine``, ``"Kale" bankası``. The name is the run of capitalized words right
    before the cue (single letters joined by full stops, ``B.V``, stay in it; a quoted name is
    the words inside the quotes), without function words at its start. One word opening the
    sentence is the cue's field, no name, when the article writes it in lowercase elsewhere, when
    it is an everyday word in a case (``everyday_words``: ``Duruşmaya şirketin avukatı``,
    ``Sonrasında şirketin``; a name before its cue stays bare) or a name follows the cue
    (``Enerji şirketi Kuzey Işık``); before more words, a first word the
    article writes in lowercase, bare or inflected, is the sentence's (``Şirket Yamada Denki
    şirketiyle``); words after the indefinite ``bir`` say
    what kind of thing the cue is (``bir Avrupa bankası``)."""
    spans = []
    # a cue of two words (``haber ajansı``): its last word is looked for, its first must precede it
    modifiers = {cue.rpartition(" ")[2]: cue.rpartition(" ")[0] for cue in cues if " " in cue}
    single = tuple(cue for cue in cues if " " not in cue)
    cue_starts = single + tuple(modifiers)
    lowercase_words: frozenset[str] | None = None  # read once, at the first sentence opener before a cue
    # the cue test first, for every word at C level: few words open with a cue noun
    for i in compress(range(len(text_words)), map(str.startswith, map(_FOLDED, text_words), repeat(cue_starts))):
        cue_at = _modifier_before(text, text_words, i, modifiers)
        if cue_at == i and not text_words[i].folded.startswith(single):
            continue  # the last word of a cue of two words, alone (``sitesi``)
        i = cue_at
        cue = text_words[i]
        if i == 0 or not cue.text.islower():
            continue
        last = i - 1
        gap = text[text_words[last].end : cue.start]
        closing_quote = gap[:1] in APOSTROPHES  # ``'Kahire el-İhbariyye' televizyonuna``
        if gap not in _BEFORE_CUE or has_suffix(text, text_words[last]) and not closing_quote:
            continue
        first = last
        while first >= 0 and last - first < MAX_CUED_WORDS and _inside_cued_name(text, text_words, first):
            if first == 0 or not _cue_name_joined(text, text_words, first - 1):
                break
            first -= 1
        if not _inside_cued_name(text, text_words, first):
            first += 1
        while first <= last and (text_words[first].folded in stopwords or not text_words[first].text[:1].isupper()):
            first += 1  # a name opens with a capital (``el-`` and numbers only stand inside it)
        if first <= last and text_words[first].start in sentence_starts:
            lowercase_words = lowercase_words_of(text_words) if lowercase_words is None else lowercase_words
            if first == last and (text_words[first].folded in lowercase_words or _name_after(text, text_words, i)
                                  or everyday_words.in_case(text_words[first].folded)):
                continue
            if first < last and written_in_lowercase(text_words[first].folded, lowercase_words):
                first += 1  # ``Şirket Yamada Denki şirketiyle``: the sentence's subject, then the name
        if 0 < first <= last and text_words[first - 1].folded == INDEFINITE:
            continue  # ``bir Avrupa bankasından``: "a European bank", the words say of what kind
        if first == last and _OURS.search(text_words[last].folded):
            continue  # ``Derneğimizin kuruluşu``: "our association's", the speaker's own, no name
        if closing_quote and (first > last or text[text_words[first].start - 1] not in APOSTROPHES):
            continue  # an apostrophe closes only a quotation opened before the name
        if first <= last:
            word = text_words[last]
            start = text_words[first].start
            spans.append(NameSpan(first, last, start, word.end, word.end, "", "", written=text[start : word.end]))
    return spans


#: a first or second person plural possessive, with a case after it or not (``Derneğimizin``, ``Partinize``)
_OURS = re.compile(r"(?:[ıiuü]m[ıiuü]z|[ıiuü]n[ıiuü]z)(?:[ıiuü]?n|[ıiuü]|[dt][ae]n?|[ae]|l[ae])?$")


def _modifier_before(text: str, text_words: list[Word], index: int, modifiers: dict[str, str]) -> int:
    """Where a cue starts: at the lower-case word before ``index`` when the two make a cue of
    two words (``İnterfax haber ajansına``: the cue opens at ``haber``), else at ``index``."""
    if index == 0 or not modifiers:
        return index
    word, before = text_words[index], text_words[index - 1]
    modifier = next((m for last, m in modifiers.items() if word.folded.startswith(last)), None)
    if modifier is not None and before.folded == modifier and before.text.islower() \
            and text[before.end : word.start] == " ":
        return index - 1
    return index


def _name_after(text: str, text_words: list[Word], cue: int) -> bool:
    return cue + 1 < len(text_words) and text_words[cue + 1].text[:1].isupper() \
        and joined_in_name(text, text_words[cue], text_words[cue + 1])


def _inside_cued_name(text: str, text_words: list[Word], index: int) -> bool:
    """A word of a name before a cue: a capitalized word (not a suffix), an Arabic article
    hyphened to the capitalized word after it (``Kahire el-İhbariyye kanalı``), the ``'l`` of
    one glued to the word before (``Şarku'l Avsat gazetesi``), a number after a capitalized word
    (``Kanal 12 televizyonu``)."""
    word = text_words[index]
    if word.text[:1].isupper():
        return not is_suffix_word(text, word) or _glued_article(text, text_words, index)
    if word.text.isdigit():
        return index > 0 and text_words[index - 1].text[:1].isupper() and text[word.start - 1] == " "
    return _hyphened_article(text, text_words, index) or _glued_article(text, text_words, index)


def _hyphened_article(text: str, text_words: list[Word], index: int) -> bool:
    word = text_words[index]
    return word.folded in ARABIC_ARTICLES and index + 1 < len(text_words) \
        and text[word.end : text_words[index + 1].start] == "-" and text_words[index + 1].text[:1].isupper()


def _glued_article(text: str, text_words: list[Word], index: int) -> bool:
    """``Şarku'l``: the article's ``l`` after an apostrophe, a capitalized word after it."""
    word = text_words[index]
    return word.folded == "l" and index > 0 and text[word.start - 1 : word.start] in APOSTROPHES \
        and text_words[index - 1].text[:1].isupper() and index + 1 < len(text_words) \
        and text[word.end : text_words[index + 1].start] == " " and text_words[index + 1].text[:1].isupper()


def _cue_name_joined(text: str, text_words: list[Word], index: int) -> bool:
    """Whether word ``index`` and the next are two words of one name before a cue."""
    left, right = text_words[index], text_words[index + 1]
    gap = text[left.end : right.start]
    if gap == "." and len(left.text) == 1 and len(right.text) == 1:
        return True  # ``B.V``
    if _glued_article(text, text_words, index + 1):
        return True  # ``Şarku'l``
    if _hyphened_article(text, text_words, index) or right.text.isdigit():
        return gap in ("-", " ")
    return joined_in_name(text, left, right) and (left.text[:1].isupper() or _glued_article(text, text_words, index)) \
        and not has_suffix(text, left)
