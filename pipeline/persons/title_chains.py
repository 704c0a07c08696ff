"""Titles said in a row of one person (chains) and how a chain attaches to a name: right
before it (``Vali Ali Kaya``), set off after it by commas (``Ali Kaya, Vali,``), or as the
office of an earlier name said with ``olarak``."""

from __future__ import annotations

import bisect
import re

from pipeline.lang.tr.endings import ends_in
from pipeline.lang.tr.text import before_apostrophe, turkish_lower
from pipeline.persons.historical_names import ROMAN_NUMERAL
from pipeline.persons.mention import PersonMention
from pipeline.persons.title_phrases import TitlePhrase
from pipeline.persons.title_qualifiers import FORMER
from pipeline.persons.titles import is_role_word

#: the party a politician belongs to, said as an adjective between an office and the name or
#: the next office (``Senato Çoğunluk Lideri Cumhuriyetçi John Thune``, ``Komitesi Başkanı
#: Cumhuriyetçi Senatör Jim Risch``): no word of either
PARTY_ADJECTIVE = r"(?:Cumhuriyetçi|Demokrat|Muhafazakâr|Muhafazakar)"
#: (or a ruler's regnal number, ``Ürdün Kralı II. Abdullah``, which the name takes later:
#: ``historical_names.with_regnal_number``)
_PARTY_BEFORE_NAME = re.compile(rf"(?:{PARTY_ADJECTIVE} +|(?=[IVX]){ROMAN_NUMERAL}\. )(?=[A-ZÇĞİÖŞÜ][a-zçğıöşü])")
#: ``Başkan Yardımcısı ve ... Yüksek Temsilcisi Kaja Kallas``, ``Birinci Cumhurbaşkanı-Elbaşı``,
#: ``Genelkurmay Başkanı emekli Orgeneral X`` (a rank said retired after an office), ``Başkanı
#: Cumhuriyetçi Senatör X``
#: ``Kara Kuvvetleri Komutanı (KKK) Orgeneral X``, ``Merkez Bankası (BoE) Başkanı X``: the acronym of the
#: office (or of its body) in parentheses, said between the office and the next title or the name
OFFICE_ACRONYM = r"\((?=(?:[^()]*[A-ZÇĞİÖŞÜ]){2})[A-ZÇĞİÖŞÜ][\w-]{1,9}\) +"
#: ``ABD'li``, ``CHP'li``: the holder's country or party, said with ``-li`` after its acronym
ACRONYM_MEMBER = r"[A-ZÇĞİÖŞÜ]{2,6}['’]l[ıiuü]"
#: (``LANDCOM Komutanı ABD'li Korgeneral X``: the holder's country between an office and a rank)
#: ``Eski Bakan ve 3 dönem Kayseri Milletvekili X``: how many terms the next office was held, after ``ve``
TERM_COUNT = r"(?:\d{1,2}|iki|üç|dört|beş|altı|yedi|sekiz|dokuz|on) dönem +"
_CHAIN_GAP = re.compile(
    rf"^(?: +(?:{OFFICE_ACRONYM})?(?:ve +(?:{TERM_COUNT})?|emekli +|{PARTY_ADJECTIVE} +|{ACRONYM_MEMBER} +)?|-)$")
#: ``Konya Valisi olarak atanan Sakarya Valisi X``: the new office, then the one held, both X's
_APPOINTED_GAP = re.compile(r"^ olarak (?:atanan|seçilen|görevlendirilen) +$")
#: ``Birinci Cumhurbaşkanı, Elbaşı ve ... Onursal Başkanı X``: a list of offices, closed by ``ve``
_LIST_COMMA = re.compile(r"^, +$")
_LIST_CLOSE = re.compile(r"^ +ve +$")
#: ``Ali Kaya, X Başkanı,``, ``Ali Kaya (X Milletvekili)``, ``Ali Kaya, kulübün basın sözcüsü,``: the
#: comma, and a common noun in the genitive that owns the office and is no part of its title
_APPOSITION_BEFORE = re.compile(r"(?:,| \(|(?P<topic> ise)) *(?P<owner>(?!için )[a-zçğıöşü]{2,}[ıiuü]n +)?$")
#: ``heyetinin başkanı Hakim X``, ``otelin müdürü``: a common noun in the genitive right before a
#: lowercase office owns it, which makes the office one holder's post (not ``her büyükelçi``)
_OWNED_BY_GENITIVE = re.compile(r"(?<![\w'’])(?!(?:için|bütün|dün|bugün) )[a-zçğıöşü]{2,}[ıiuü]n +$")
_APPOSITION_AFTER = re.compile(r"^(?:[,.;:)]| olarak\b)")
#: ``Ali Kaya ise TCDD Genel Müdür Yardımcısı olarak katıldığı``: the subject marked by ``ise`` holds the
#: office said with ``olarak`` and a lowercase word after it
_LOWERCASE_AFTER_AS = re.compile(r" olarak +[a-zçğıöşü]")  # (``olarak Veli Demir'i atadı``: another's office)
_PREDICATE_AFTER = re.compile(r" olarak\b")
_CLAUSE_BREAK = re.compile(r"[,.;:!?\n\"“”]")
_OPENS_WITH_GENITIVE = re.compile(r"\w+['’]n?[ıiuü]n\b")
#: ``milletvekili olarak görev yapıyor``: the office the sentence's subject holds or held
#: (not its participle before a name: ``Rektör Yardımcısı olarak görev yapan Prof. Dr. Ali Kaya`` is his office)
_SERVES_AS = re.compile(r" olarak görev (?:yap|al|üstlen)(?![ae]n )")
#: ``Genel Sekreter Yardımcısı olarak çalıştı``, ``Kaymakam Adayı olarak başladı``: working in an office,
#: or starting out in it, is holding it too, said of an office written as a title (``avukat olarak
#: çalıştı`` says a profession); not the participle before a name (``olarak çalışan Ali Kaya``)
_WORKS_AS = re.compile(r" olarak (?:çalış|başla)(?![a-zçğıöşü]*[ae]n\b)")
#: ``eskiden yüzbaşı olarak``: an office held before, which the gold format writes ``eski``
_FORMERLY = re.compile(r"eskiden $")
#: what sets the subject off: a comma, or the topic particle (``Ali Kaya ise ... editörü olarak``)
_SUBJECT_MARK = re.compile(r",| ise\b")
#: words a sentence may say before its subject (``Söz verilen tanık L.D,``)
_SUBJECT_LEAD = 3
#: ``Resmi Gazete'de yayımlanan kararnameye göre Kaya, ...``: a lead closed by a postposition of
#: source (``göre``, ``uyarınca``) is an adverbial of the whole sentence, however long, not its subject
_SOURCE_LEAD_CLOSE = frozenset({"göre", "uyarınca"})
#: ``Başkanı Ali Kaya``, ``Başkanı olan Ali Kaya``, ``Bakanı olarak görev yapan Ali Kaya``, ``başbakanı
#: olacak Ali Kaya`` (the holder to be): a participle
#: of holding the office between the title and the name it describes
#: ``Belediye Başkanı CHP'li Ali Kaya``, ``Meclis Üyesi AK Partili Ali Kaya``: the party the holder belongs
#: to, said between the office and the name, is no part of either; ``İcra Kurulu Başkanı (CEO) olarak
#: görev yapan Ali Kaya``: the office's acronym in parentheses may stand before the participle
_TITLE_NAME_GAP = re.compile(rf" (?:(?:{OFFICE_ACRONYM})?(?:olan |olacak |olarak (?:görev )?(?:yapan|yapmış olan|çalışan|atanan|seçilen) ))?"
                             rf"(?:(?:{ACRONYM_MEMBER}|[A-ZÇĞİÖŞÜ]\w* Partili|{PARTY_ADJECTIVE}) )?")
#: ``Yönetmen: Ali KAYA`` on a line of its own: a label line (credits, a list of winners) gives the
#: role before the colon to the name that fills the rest of the line
_LABEL_GAP = re.compile(r": *")
_OFFICE_ACRONYM_AFTER = re.compile(OFFICE_ACRONYM)


def title_chains(text: str, phrases: list[TitlePhrase]) -> list[list[TitlePhrase]]:
    """Titles said one after the other of one person: ``Deniz Kuvvetleri Komutanı Oramiral``,
    ``Ticaret Bakanı Prof. Dr.``."""
    chains: list[list[TitlePhrase]] = []
    for index, phrase in enumerate(phrases):
        if chains:
            previous = chains[-1][-1]
            gap = text[previous.end : phrase.start]
            # a lowercase title in prose (``her büyükelçi Cumhurbaşkanı Erdoğan ile``) is a
            # common noun of its own sentence part, not the first title of the next name
            said_as_title = previous.capitalized or previous.qualified_lowercase or is_role_word(previous) \
                or _OWNED_BY_GENITIVE.search(text, max(0, previous.start - 40), previous.start) is not None
            # ``Cumhurbaşkanımız ve Sayın Bahçeli``: "our president" names a person of its own
            ours = "ve" in gap.split() and ends_in(turkish_lower(text[previous.start : previous.end]), "poss1_plural")
            # ``NATO üyesi Finlandiya'nın Dışişleri Bakanı``: the genitive owner right after is what the
            # title before describes (after ``ve`` it opens the person's next office)
            described = gap == " " and _OPENS_WITH_GENITIVE.match(text, phrase.start) is not None
            if not previous.plural and not previous.oblique and said_as_title and not ours and not described and (
                _CHAIN_GAP.match(gap) or previous.kind == "honorific" and gap == ". "
                or _APPOINTED_GAP.match(gap) and previous.capitalized and phrase.capitalized
                or _LIST_COMMA.match(gap) and (_closes_list(text, phrases, index)
                                               or _held_together(text, previous, phrase))
            ):
                chains[-1].append(phrase)
                continue
        chains.append([phrase])
    return chains


def _closes_list(text: str, phrases: list[TitlePhrase], index: int) -> bool:
    """Whether a capitalized office after a comma is followed by ``ve`` and one more office: a
    comma alone may end a sentence part (``Bakan, Vali Ali Kaya ile görüştü``)."""
    phrase = phrases[index]
    return index + 1 < len(phrases) and phrase.capitalized and not phrase.plural \
        and bool(_LIST_CLOSE.match(text[phrase.end : phrases[index + 1].start]))


#: ``X Başkanı olan Ali Kaya``: the participle that says the office of the name after it; ``X Bakanı
#: olarak Ali Kaya``: ``olarak`` right before a name with no suffix (a nominative word in capitals)
_HELD_BY_NEXT = re.compile(r" ol(?:an|acak) | olarak +[A-ZÇĞİÖŞÜ][\w.]*(?![\w'’])")


def _held_together(text: str, previous: TitlePhrase, phrase: TitlePhrase) -> bool:
    """``Tarih Bölümü Başkanı, Kent Müzesi Müdürü olan Ali Kaya``: two offices said with a
    comma, the second with ``olan`` (or ``olarak`` right before the name), are both the next name's. The first says its body or field
    (``Bakan, Vali olan Ali Kaya ile``: a bare ``Bakan`` is someone else)."""
    return previous.capitalized and phrase.capitalized and not phrase.plural \
        and len(previous.words) > 1 and _HELD_BY_NEXT.match(text, phrase.end) is not None


def next_word_start(text: str, phrase: TitlePhrase) -> int:
    """Where the name after a title starts: after one space (``Prof. Dr.``: after the dot), and
    after the holder's party said as an adjective (``Çoğunluk Lideri Cumhuriyetçi John Thune``) or a
    ruler's regnal number (``Kralı II. Abdullah``)."""
    position = phrase.end
    if phrase.kind == "honorific" and text[position : position + 1] == ".":
        position += 1
    after_spaces = position
    while text[after_spaces : after_spaces + 1] == " ":  # not text[position:]: a copy of the rest per title
        after_spaces += 1
    if after_spaces > position and phrase.kind != "honorific" \
            and (acronym := _OFFICE_ACRONYM_AFTER.match(text, after_spaces)) is not None:
        after_spaces = acronym.end()  # ``Yüksek Komutanı (SACEUR) Ali Kaya``
    party = _PARTY_BEFORE_NAME.match(text, after_spaces) if after_spaces > position else None
    if party is not None:
        return party.end()
    return after_spaces if after_spaces > position else -1


def attach_titles_before(text: str, mentions: list[PersonMention], chains: list[list[TitlePhrase]]) -> None:
    """``hakem Ali Kaya``, ``teknik direktör Ayşe Demir``: an office in lowercase announces no
    name by itself (prose says ``bakan`` of anyone), but right before a name found otherwise it
    is that person's title; so is an office said with ``olan`` (``Vakıf Başkanı olan Ali Kaya``) or
    ``olarak görev yapan``."""
    starting_at = {m.start: m for m in mentions if not m.titles}
    # ``Vakıf Başkanı olan Prof. Dr. Ali Kaya``: the name's honorifics come between
    starting_at |= {m.honorifics_start: m for m in mentions if not m.titles and m.honorifics_start is not None}
    for chain in chains:
        last = chain[-1]
        # ``Doç. Dr. Ayşe KAYA``: after an honorific's dot (a name in capitals anchors nothing itself)
        dotted = last.kind == "honorific" and text[last.end : last.end + 1] == "."
        gap = _TITLE_NAME_GAP.match(text, last.end + dotted)
        mention = starting_at.get(gap.end()) if gap else None
        closers = _label_closers(text, chain[0].start, last.end)
        if mention is None and closers:
            mention = starting_at.get(_LABEL_GAP.match(text, last.end).end())
            if mention is not None and text[mention.end : mention.end + 1] not in closers:
                mention = None  # the name must fill the rest of the line (or of the credit)
        if mention is None:
            mention = held_as_next(text, chain, starting_at)
        if mention is not None and not last.plural and not last.oblique:
            mention.titles = [p for p in chain if p.title is not None]


#: ``Maliye Bakanı olarak Ali Kaya, ...``: ``olarak`` between an office and the name it describes
_AS_GAP = re.compile(r" olarak +")
#: ``Başkan olarak Ali Kaya ile görüştü``: a name said with ``ile`` is someone the holder met
_WITH_AFTER = re.compile(r" +ile\b")


def held_as_next(text: str, chain: list[TitlePhrase], starting_at: dict[int, PersonMention]) -> PersonMention | None:
    """``Maliye Bakanı olarak Ali Kaya, Sağlık Bakanı olarak Ayşe Demir yer aldı``, ``Başkan olarak
    Ali Kaya göreve başladı``: an office said with ``olarak`` right before a name in the nominative is
    that name's, whatever was said before the office. A name with a case suffix (``Başkan olarak Ali
    Kaya'ya teşekkür etti``) or with ``ile`` is what the sentence's subject did as the holder."""
    start = name_after_as(text, chain[-1])
    mention = starting_at.get(start) if start >= 0 else None
    return mention if mention is not None and said_in_nominative(text, mention) else None


def name_after_as(text: str, last: TitlePhrase) -> int:
    """Where the word after ``olarak`` starts when an office said as a title is followed by it; -1
    when not."""
    gap = _AS_GAP.match(text, last.end)
    if gap is None or last.plural or last.oblique or last.title is None \
            or not (last.capitalized or last.qualified_lowercase or is_role_word(last)):
        return -1
    return gap.end()


def said_in_nominative(text: str, mention: PersonMention) -> bool:
    """Whether a name is said with no case suffix and not with ``ile``: the subject or a listed item."""
    return mention.end == mention.start + len(mention.name) and text[mention.end : mention.end + 1] not in ("'", "’") \
        and _WITH_AFTER.match(text, mention.end) is None


def _label_closers(text: str, start: int, end: int) -> tuple[str, ...]:
    """What may close the name after a title said as a label, a colon after it: the line's end
    when the title opens its line (``Yönetmen: Ali KAYA``), a comma or the closing parenthesis
    when it opens a credit in parentheses (``Film X (yönetmen: Ali Kaya, yapımcı: Ayşe Demir)``);
    none when the title is no label."""
    if text[end : end + 1] != ":":
        return ()
    if start == 0 or text[start - 1] == "\n":
        return ("", "\n")
    line_start = text.rfind("\n", 0, start) + 1
    opened = text.rfind("(", line_start, start)  # a parenthesis still open where the title starts
    in_credits = opened >= 0 and text.rfind(")", opened, start) < 0
    if in_credits and (text[start - 1] == "(" or text[start - 2 : start] == ", "):
        return (",", ")")
    return ()


def attach_appositions(text: str, mentions: list[PersonMention], chains: list[list[TitlePhrase]]) -> None:
    """``Mark Rutte, NATO Genel Sekreteri, ...``: a title set off by commas after a name (or before the
    subject's own offices: ``attach_offices_listed_before``)."""
    ending_at = {m.end: m for m in mentions}
    starting_at = {m.start: m for m in mentions} | {m.honorifics_start: m for m in mentions
                                                    if m.honorifics_start is not None}
    for chain in chains:
        first, last = chain[0], chain[-1]
        if last.plural or not _APPOSITION_AFTER.match(text[last.end : last.end + 7]) \
                or held_as_next(text, chain, starting_at) is not None or _held_by_participle(text, last, starting_at):
            continue  # ``Ali Kaya, Maliye Bakanı olarak Ayşe Demir``: the office is the name's after it
        before = _APPOSITION_BEFORE.search(text, 0, first.country_start or first.start)
        if before and before.group("topic") and not _LOWERCASE_AFTER_AS.match(text, last.end):
            before = None  # ``Ali Kaya ise BOTAŞ Genel Müdürü olarak atandı``: the topic's office, said with olarak
        # a lowercase office word alone is an office only with its owner said (``takımın kaptanı``)
        if not (last.capitalized or last.qualified_lowercase or before and before.group("owner")):
            continue
        mention = ending_at.get(before.start()) if before else None
        if mention is None and _PREDICATE_AFTER.match(text, last.end):
            mention = _object_of_predicate(text, mentions, first.country_start or first.start)
        if mention is not None:
            mention.titles += [p for p in chain if p.title is not None]
    attach_offices_listed_before(text, mentions, chains)  # ``X Kurulu Başkanı, Y öğretim üyesi Ali Kaya``


def _held_by_participle(text: str, last: TitlePhrase, starting_at: dict[int, PersonMention]) -> bool:
    """``Ali Kaya, Rektör Yardımcısı olarak görev yapan Veli Demir ile``: the participle says the office
    of the name after it, none set off after the name before."""
    gap = _TITLE_NAME_GAP.match(text, last.end)
    return gap is not None and " ol" in gap.group(0) and gap.end() in starting_at


#: what may follow the subject a sentence opens with its offices: a comma or a lowercase word (a verb,
#: an adverb), not ``ve`` or ``ile`` (``NATO Genel Sekreteri, ABD Dışişleri Bakanı X ve Y ile``: others)
_SUBJECT_GOES_ON = re.compile(r",| (?!ve\b|ile\b)[a-zçğıöşü]")


def attach_offices_listed_before(text: str, mentions: list[PersonMention], chains: list[list[TitlePhrase]]) -> None:
    """``Kongre Düzenleme Kurulu Başkanı, Akdeniz Üniversitesi öğretim üyesi Prof. Dr. Ali Kaya
    konuştu``: an office that opens the sentence, named with its body, set off by a comma before the
    offices of the sentence's subject, is the subject's too (``Bakan, Vali Ali Kaya ile``: a bare office
    is someone else; so is one before a name said in a case or with ``ile``). ``chains``: those no
    name holds."""
    held_from = {min(p.start for p in m.titles): m for m in mentions if m.titles}
    for chain in chains:
        last, holder = chain[-1], held_from.get(chain[-1].end + 2)
        if holder is None or last.plural or last.oblique or not last.capitalized or len(last.words) < 2 \
                or text[last.end : last.end + 2] != ", " \
                or text[: chain[0].start].rstrip(" ")[-1:] not in ("", ".", "!", "?", "\n") \
                or not said_in_nominative(text, holder) or not _SUBJECT_GOES_ON.match(text, holder.end):
            continue
        holder.titles[:0] = [phrase for phrase in chain if phrase.title is not None]


#: ``Ali Kaya'nın Genel Sekreteri olduğu vakıf``: the office the genitive's person holds
_HOLDER_GENITIVE = re.compile(r"['’]n?[ıiuü]n $")
_HELD_IN_RELATIVE = re.compile(r" olduğu(?:nu|na|nda|ndan)?\b")


def attach_relative_holders(text: str, mentions: list[PersonMention], chains: list[list[TitlePhrase]]) -> None:
    """``Ali Kaya'nın Genel Sekreteri olduğu vakıf``: an office said in a relative clause with
    ``olduğu`` is held by the name in the genitive right before it (a capitalized office: a lowercase
    one is owned by the noun the clause describes, ``Ali Kaya'nın lideri olduğu parti``)."""
    ending_at = {m.end: m for m in mentions}
    for chain in chains:
        first, last = chain[0], chain[-1]
        start = first.country_start or first.start
        mention = ending_at.get(start - 1)
        # a lowercase head (``Ali Kaya'nın lideri olduğu parti``) has its owner after the clause
        if mention is None or last.plural or not last.capitalized or not _HELD_IN_RELATIVE.match(text, last.end) \
                or not _HOLDER_GENITIVE.search(text, mention.start, start):
            continue
        mention.titles += [p for p in chain if p.title is not None and p not in mention.titles]


def _object_of_predicate(text: str, mentions: list[PersonMention], chain_start: int) -> PersonMention | None:
    """``Ali Kaya'yı Genel Müdür olarak atadı``, ``Due'nun Kosova'daki UNMIK Başkanı olarak``: a
    name with a case suffix shortly before an office said with ``olarak``, in the same clause."""
    candidates = [m for m in mentions if m.end <= chain_start]
    if not candidates:
        return None
    mention = max(candidates, key=lambda m: m.end)
    between = text[mention.end : chain_start]
    name_end = mention.start + len(mention.name)
    suffixed = mention.end > name_end and before_apostrophe(text, name_end)
    if not suffixed or _CLAUSE_BREAK.search(between) or len(between.split()) > 2:
        return None
    return mention


def attach_offices_served(text: str, mentions: list[PersonMention], chains: list[list[TitlePhrase]],
                          sentence_starts: list[int]) -> None:
    """``Davacı H.P., ... milletvekili olarak görev yapıyor``: an office said with ``olarak görev
    yap-``, or a post with a finite verb of holding (``X Komutanlığını yürütüyor``), is held by the person the sentence opens with, set off by a comma (its subject)."""
    for chain in chains:
        first, last = chain[0], chain[-1]
        if last.plural or last.title is None or not (_SERVES_AS.match(text, last.end) or last.post == "finite"
                                                     or last.capitalized and _WORKS_AS.match(text, last.end)):
            continue
        sentence = sentence_starts[bisect.bisect_right(sentence_starts, first.start) - 1] \
            if sentence_starts and sentence_starts[0] <= first.start else 0
        in_sentence = sorted((m for m in mentions if sentence <= m.start < first.start), key=lambda m: m.start)
        # the subject: the sentence's only name, set off by a comma or ``ise``, said early (its own
        # titles before it left out: ``Buna göre, Hakkari Valisi Albay Ali Kaya, Ankara Valiliğine atandı``)
        subject = in_sentence[0] if len(in_sentence) == 1 else None
        said_from = min([subject.start] + [p.start for p in subject.titles if p.start >= sentence]
                        + [subject.honorifics_start or subject.start]) if subject else 0
        if subject is None or not (_SUBJECT_MARK.match(text, subject.end) or _post_right_after(text, subject, chain)) \
                or _lead_words(text[sentence:said_from]) > _SUBJECT_LEAD:
            subject = _topic_right_before(text, in_sentence, chain) if last.post == "finite" else None
        if subject is None:
            continue
        phrases = [p for p in chain if p.title is not None]
        if _FORMERLY.search(text, max(0, first.start - 8), first.start) and last.title.role is not None:
            for phrase in phrases:
                title = phrase.title
                phrase.title = title.model_copy(update={
                    "title": f"{FORMER} {title.title}", "role": f"former_{title.role}",
                    "title_en": f"Former {title.title_en}" if title.title_en else None})
        subject.titles += phrases


def _lead_words(lead: str) -> int:
    """How many words a sentence says before its subject; none for an adverbial closed by ``göre``."""
    words = _CLAUSE_BREAK.sub("", lead).split()
    return 0 if words and words[-1] in _SOURCE_LEAD_CLOSE else len(words)


#: ``Orhan Tavlı ise Kütahya Valiliğine atandı``: the topic particle between a name and the post it is put in
_TOPIC_BEFORE_POST = re.compile(r" ise,? ")


def _topic_right_before(text: str, in_sentence: list[PersonMention], chain: list[TitlePhrase]) -> PersonMention | None:
    """``Ali Kaya Samsun Valiliğine, Samsun Valisi Veli Demir ise Kütahya Valiliğine atandı``: the
    name marked by ``ise`` right before a post with its finite verb is the subject of that clause,
    others said before it in the sentence."""
    subject = in_sentence[-1] if in_sentence else None
    gap = _TOPIC_BEFORE_POST.match(text, subject.end) if subject else None
    return subject if gap and gap.end() == (chain[0].country_start or chain[0].start) else None


def _post_right_after(text: str, subject: PersonMention, chain: list[TitlePhrase]) -> bool:
    """``İzmir Valisi Ali Kaya Ankara Valiliğine atandı``: a post with its finite verb said right after
    the subject's name, with no comma between, is the subject's too."""
    return chain[-1].post == "finite" and said_in_nominative(text, subject) \
        and text[subject.end : chain[0].country_start or chain[0].start] == " "


def attach_offices_served_later(text: str, mentions: list[PersonMention], chains: list[list[TitlePhrase]],
                                sentence_starts: list[int]) -> None:
    """``Ayşe Kırgız ... Kırgız, dekanlıktan önce Anabilim Dalı Başkanlığı yaptı``: an office served
    by a surname said alone, found after the full name, is the person's; ``mentions``: everyone's,
    the chains some mention already holds left out."""
    held = {id(phrase) for mention in mentions for phrase in mention.titles}
    attach_offices_served(text, mentions, [chain for chain in chains if id(chain[-1]) not in held], sentence_starts)
