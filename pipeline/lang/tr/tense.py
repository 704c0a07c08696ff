"""The tense of the clause that follows a date: is the event still to come, or has it happened?

A day or month written without a year (``22 Ocak'ta``, ``Ekim ayında``) is resolved by the
verb that governs it. Turkish is verb-final, and the date's own verb (a finite verb or a
participle: ``yapılacak``, ``imzalanan``, ``düzenlendiği``) is the first verb after it, even when
the sentence ends in a reporting verb (``... toplanacağını söyledi``). So the first word after
the date that shows a tense decides; ``data/tense_cues.tsv`` adds the verbs whose meaning
points ahead (``bekleniyor``, ``planlanan``, ``hedefleniyor``). An active participle (``3 Ekim'de
devralan ülke``) closes the date's clause without a time of its own: ``TIMELESS``, not the tense of the
main verb after it (``... 17 Ekim'de devredecek``).
"""

from __future__ import annotations

import re

from pipeline.resources import read_tsv
from pipeline.lang.tr.text import APOSTROPHES, sentence_bounds, sentence_end, turkish_lower
from pipeline.lang.tr.verb_forms import is_participle

FUTURE, PAST = "future", "past"
#: The date's clause ends in a verb that shows no time of its own: an active participle (``3 Ekim'de
#: devralan ülke``, ``başlayan``), whose time is the context's, not that of the sentence's main verb
#: after it (``... görevi 17 Ekim'de devredecek``); the year is then the nearest one.
TIMELESS = "timeless"
#: a row of data/tense_cues.tsv whose stem shows no time: a derived noun read before its verb's stem
#: (``beklenti``, expectation, before ``beklen-``, to be expected)
NO_TENSE = "-"

#: -ecek/-acak in all its forms (yapılacak, süreceğini, olacaktır)
_FUTURE_SUFFIX = re.compile(r"[ae]c[ae][kğ]")
#: Past forms no noun ends in: -mişti, the participles -diği/-dikleri/-dikten, passive -ilen/-nan (edilen, alınan)
_PAST_PARTICIPLE = re.compile(
    r"m[ıiuü]şt[ıiuü]|[dt][ıiuü]ğ[ıiuü]|[dt][ıiuü]kl[ae]r[ıi]|[dt][ıiuü]kt[ae]n$|..(?:[ıiuü]l[ae]n|n[ae]n)$"
)
#: A finite past verb (yaptı, yapıldılar, yapılmış). Nouns end like it too (hükümeti, kredi,
#: ithalatı, parti), so it counts only where the sentence ends right after it: a comma
#: follows nouns as often as verbs ("iktidar partisi, muhalefet partisi").
_FINITE_PAST = re.compile(r"(?:[dt][ıiuü]|m[ıiuü]ş)(?:[mnk]|n[ıiuü]z|l[ae]r)?$")
_SENTENCE_CLOSE = re.compile(r"\s*(?:[.;!?\"”’')]|$)")
#: "since": the date before it lies in the past whatever the verb's tense
_SINCE = re.compile(r"\s+(?:beri|bu\s+yana)(?![^\W_])")
#: A date in the dative (or "... tarihine") before a verb of putting off or moving: "duruşma 12 Mayıs'a ertelendi",
#: "davayı 3 Mart tarihine bıraktı", "sergi 30 Nisan'a kadar uzatıldı", "konser 20 Haziran'a alındı", "23
#: Haziran'a bir konser eklendi": the day lies ahead of the decision, whatever the verb's tense.
_DATIVE_END = re.compile(f"(?:[{APOSTROPHES}][yn]?[ae]|gününe)$")
_TO_THE_DATE = re.compile(r"\s+tarih(?:in)?e(?![^\W_])")
_PUT_OFF = re.compile(r"(?:\s+[^\W\d_]+)?\s+(?:ertele|ötele|bırak|uzatıl|kaydırıl|alındı|eklendi)", re.IGNORECASE)
#: A day set as the date of something: "Genel kurul tarihi 14 Nisan olarak belirlendi", "... 3 Mayıs olarak
#: kararlaştırıldı": still to come when it is set, whatever the verb's tense
_SET_AS = re.compile(r"\s+olarak\s+(?:belirlen|kararlaştırıl|saptan)", re.IGNORECASE)
#: -iyor (yapılıyor, ediyoruz), the participle -(y)An after a vowel (zorlayan, söyleyen) and a past with a
#: person ending no noun has (imzaladık, yaptılar, gördünüz) anywhere in the sentence
_EVENT_VERB = re.compile(r"[ıiuü]yor|[aeıiouöü]y[ae]n$|[dt][ıiuü](?:k|n[ıiuü]z|l[ae]r)$")
#: Being somewhere, said by the speakers themselves: a locative with a first-person copula after a name
#: (``Ankara'dayız``) or a place word (``buradayım``, ``sahadayız``): where they are that day
_HERE_NOW = re.compile(rf"(?:[{APOSTROPHES}][nyr]?|^[a-zçğıöşü]{{3,}})[dt][ae]y[ıi][mz]$")
_STATEMENT_END = re.compile(r"[.!?…](?=\s|$)|\n")
_ORDINAL_OR_INITIAL = re.compile(r"(?:\d|(?<![^\W_])[A-ZÇĞİÖŞÜ])\.$")
_WORD = re.compile(rf"[^\W\d_]+(?:[{APOSTROPHES}][^\W\d_]+)?")
#: The progressive in the first person: a speaker announcing what is scheduled ("ihaleye ekim ayında
#: çıkıyoruz", "Mart'ta açıklıyorum"); in the third person it also tells what goes on about a time
#: ("12 Eylül dönemindeki yargılamalar yayınlanıyor"), and the nearest year stays
_PROGRESSIVE = re.compile(r"[ıiuü]yor(?:[ıiuü]z|um)$")
#: A present that shows no past nor future of its own: the third-person progressive (``Sezon 15 Mayıs'ta
#: başlıyor``: scheduled), the possibility (``haziranda kaçınılmaz olabilir``), the -mAktA progressive; the
#: nearest year, not the tense of a reporting verb after it (``"... 1 Nisan'da yürürlüğe giriyor" dedi``)
_PRESENT = re.compile(r"[ıiuü]yor(?:lar)?$|[ae]bil[ie]r(?:ler)?$|m[ae]kt[ae](?:d[ıi]r)?$")
#: the quotation marks that close a quote, in which a date's clause ends (``"Final 20 Mayıs'ta" dedi``)
_QUOTE_CLOSE = re.compile("[\"”]")
#: a date made an adjective (``17-18 Mart'taki``, ``Kasım'daki``): no verb of its own, the main verb's past
#: tells nothing of it
_ATTRIBUTIVE_END = re.compile(f"[{APOSTROPHES}]n?[dt][ae]ki$")
#: a year written in the date (``17 Kasım 2022'deki``): its tense still lends the year to others of that tense
_YEAR = re.compile(r"\d{4}")
#: "the next one" before the date in its sentence: "bir sonraki toplantı", "bir dahaki zirve"
_NEXT_ONE = re.compile(r"(?<![^\W_])[Bb]ir (?:sonraki|dahaki)(?![^\W_])")
#: A verbal noun before a verb of deciding, asking, proposing, agreeing or hoping: "yapılması kararlaştırıldı",
#: "yapılmasına karar verildi", "ertelenmesini istedi", "artırma kararı aldı", "uzlaşmasını umduklarını",
#: "nisan ayında yapılmasını önerdi", "ekim ayında imzalanması konusunda uzlaştı", "açılması çağrısında
#: bulundu", "haziranda tamamlanmasında uzlaştı": what was decided or proposed is still to come, whatever the tense
#: of the decision (the verbal noun's endings, read with str.endswith)
_VERBAL_NOUN = ("ma", "me", "ması", "mesi", "masına", "mesine", "masını", "mesini", "masında", "mesinde")
_DECIDED_AFTER = re.compile(
    r"(?:\s+(?:konusunda|yönünde))?\s+(?:karar|talep\s|iste|um(?:d|u|ar)|öner|teklif\s|uzlaş|anlaş|çağrı)",
    re.IGNORECASE,
)
#: A month or day before a place in the dative and a verb of inviting: "Erdoğan'ı haziranda Bakü'ye davet etti":
#: the visit invited to, still to come when the invitation is made
_INVITED_TO = re.compile(r"\s+davet(?:\s+et|\s+ed|in[ie]?|l[ie])", re.IGNORECASE)
_DATIVE_WORD = re.compile(f"[{APOSTROPHES}][yn]?[ae]$")
#: the word right after a date, and what may close its clause: "ekimde yapılacak.", "ekimde başlayacak, ..."
_NEXT_WORD = re.compile(rf"[^\S\n]+({_WORD.pattern})")
_CLAUSE_CLOSE = re.compile(r"\s*(?:[.;,:!?\"”’')]|ve\s|$)")
#: a verb that makes one of a noun before it: "beyan edildi", "ziyan oldu"
_LIGHT_VERB = re.compile(r"\s+(?:et|ed|ol|kıl)[^\W\d_]*")


class TenseReader:
    def __init__(self, cues: str) -> None:
        self.cues = [(turkish_lower(row["stem"]), row["tense"]) for row in read_tsv(cues)]

    def tense_after(self, text: str, offset: int) -> str | None:
        """The tense of the first word after ``offset`` in its sentence that shows one; None when none does.
        ``beri`` / ``bu yana`` right after (``Haziran'dan bu yana artıyor``: since June) put it in the past."""
        if _SINCE.match(text, offset):
            return PAST
        for match in _WORD.finditer(text, offset, quote_end(text, offset, sentence_end(text, offset))):
            if match.group().endswith(_VERBAL_NOUN) and len(match.group()) > 3 and _DECIDED_AFTER.match(text, match.end()):
                return FUTURE  # "15 Nisan'da yapılması kararlaştırıldı"
            if _DATIVE_WORD.search(match.group()) and _INVITED_TO.match(text, match.end()):
                return FUTURE  # "haziranda Bakü'ye davet etti"
            tense = self.word_tense(match.group(), ends_sentence=bool(_SENTENCE_CLOSE.match(text, match.end())))
            if tense == TIMELESS and _LIGHT_VERB.match(text, match.end()):
                continue  # "beyan edilecek": a noun before the verb it makes
            if tense:
                return tense
        return None

    def tense_of_date(self, text: str, start: int, end: int) -> str | None:
        """The tense of the date written at ``start:end``: its clause's, except that a day something is
        put off to (``put_off_to``) or set as a date (``14 Nisan olarak belirlendi``) is still to come."""
        if self.put_off_to(text, start, end) or _SET_AS.match(text, end):
            return FUTURE  # "12 Mayıs'a ertelendi", "14 Nisan olarak belirlendi"
        tense = self.tense_after(text, end)
        if tense is None and _NEXT_ONE.search(text, sentence_bounds(text, start, end)[0], start):
            return FUTURE  # "Komisyonun bir sonraki toplantısı aralık ayında.": a verbless clause about the next one
        if tense == PAST and _ATTRIBUTIVE_END.search(text, start, end) and not _YEAR.search(text, start, end):
            return TIMELESS  # "Fed'in 17-18 Mart'taki toplantısına odaklandı": the date has no verb of its own
        return tense

    @staticmethod
    def put_off_to(text: str, start: int, end: int) -> bool:
        """Whether the date at ``start:end`` is a day something is put off to: a dative before ``ertelendi``,
        ``bıraktı`` (``12 Mayıs'a ertelendi``, ``3 Mart tarihine bıraktı``)."""
        to_the_date = _TO_THE_DATE.match(text, end)
        if to_the_date or _DATIVE_END.search(text, start, end):
            return _PUT_OFF.match(text, to_the_date.end() if to_the_date else end) is not None
        return False

    def closed_by_a_verb_to_come(self, text: str, offset: int) -> bool:
        """Whether the word right after ``offset`` is a verb of something to come that closes its clause
        (``Toplantı ekimde yapılacak.``): what tells a month that is also a noun in lower case from the noun
        (``ekimde kullanılacak tohum``: sowing; ``ocakta mahsur kaldı``: a mine)."""
        word = _NEXT_WORD.match(text, offset)
        return word is not None and self.word_tense(word.group(1), False) == FUTURE \
            and _CLAUSE_CLOSE.match(text, word.end()) is not None

    def tells_an_event(self, text: str, offset: int) -> bool:
        """Whether the rest of the sentence after ``offset`` has a verb of something happening: a past,
        future or progressive form, or a participle (``imzalandı``, ``doldurduk``, ``yapılacak``,
        ``ediyoruz``, ``zorlayan``), or the speakers' being somewhere (``Bugün Bursa'dayız``). A sentence without one states how things are (``nüfusu bugün on iki bin``,
        ``bugün ... yok``). An ordinal's or an initial's dot (``3. dönem``, ``Ali R. Kaya``) ends no sentence."""
        end = next((m.start() for m in _STATEMENT_END.finditer(text, offset) if not _ORDINAL_OR_INITIAL.search(
            text, max(0, m.start() - 3), m.start() + 1)), len(text))  # fmt: skip
        for match in _WORD.finditer(text, offset, end):
            word = match.group()
            ends_sentence = bool(_SENTENCE_CLOSE.match(text, match.end()))
            tense = self.word_tense(word, ends_sentence)
            if tense in (FUTURE, PAST) or (word.islower() and _EVENT_VERB.search(word)) or _HERE_NOW.search(word):
                return True
        return False

    def word_tense(self, word: str, ends_sentence: bool) -> str | None:
        """A capitalized word without a suffix is a name (``Ordu``, ``Kadı``) and shows no tense;
        after an apostrophe only the suffix counts (``Brüksel'deydi``)."""
        apostrophe = next((i for i, char in enumerate(word) if char in APOSTROPHES), None)
        if apostrophe is not None:
            word = word[apostrophe + 1 :]
        elif word[:1].isupper():
            return None
        folded = turkish_lower(word)
        for stem, tense in self.cues:
            if folded.startswith(stem):
                return None if tense == NO_TENSE else tense
        if _FUTURE_SUFFIX.search(folded) or _PROGRESSIVE.search(folded):
            return FUTURE  # "yapılacak"; "ekim ayında çıkıyoruz": scheduled
        if _PRESENT.search(folded):
            return TIMELESS  # "15 Mayıs'ta başlıyor", "haziranda olabilir"
        if _PAST_PARTICIPLE.search(folded) or (ends_sentence and _FINITE_PAST.search(folded)):
            return PAST
        if is_participle(folded):
            return TIMELESS
        return None


def quote_end(text: str, offset: int, end: int) -> int:
    """Where the quote holding ``offset`` closes before ``end`` (the clauses of a quote end in it: ``"Yeni
    tarife 1 Nisan'da yürürlükte" dedi``); ``end`` where ``offset`` stands in no quote."""
    before = text[sentence_bounds(text, offset, offset)[0] : offset]
    if before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”"):
        close = _QUOTE_CLOSE.search(text, offset, end)
        return close.start() if close else end
    return end
