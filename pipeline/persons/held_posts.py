"""Posts said with ``-lIk`` before a verb of holding them or of being put in them (``X Komutanlığını
yürütüyor``, ``X Başkanlığına seçilen Ali Kaya``, ``X Başkanlığına Ali Kaya seçildi``): whether an office
word is such a post (read by ``pipeline.persons.titles``), and the name that holds it."""

from __future__ import annotations

import re

from pipeline.lang.tr.endings import read_noun_tail
from pipeline.lang.tr.text import Word, before_apostrophe
from pipeline.persons.mention import PersonMention
from pipeline.persons.title_edges import APPOINTING_STEMS, MODIFIERS
from pipeline.persons.title_phrases import TitlePhrase

#: an office noun in ``-lIk`` (the post) with the possessive and the accusative or dative, or in
#: the dative alone (``Komutanlığını``, ``Müdürlüğüne``, ``Genel Müdürlüğe``; apostrophes left out)
_POST_ENDING = re.compile(r"^l[ıiuü](?:ğ[ıiuü](?:n[ıiuü]|n[ae])?|ğ[ae])$")
#: verbs of holding a post or of being put in it; a participle (``yürüten``) describes the name after it
_HOLDING_VERB = r"(?:yürüt|üstlen|devral|atan|getiril|seçil)[a-zçğıöşü]*"
#: ``Anabilim Dalı Başkanlığı yaptı``, ``Rektörlüğünü yapan``: doing a post (nominative or accusative) is
#: holding it, finite or as the participle before a name (``yaptığı açıklamada``, a relative clause, is not)
_DOING_VERB = r"(?:(?<=[ıiuü] )|(?<= d[ae] ))yap(?:t[ıi]|m[ıi]şt[ıi]|m[ıi]ş|[ıi]yor(?:du)?|an)(?![a-zçğıöşü])"
#: ``yeniden seçilen``: an adverb of the verb between the post and the verb
POST_ADVERB = r"(?:(?:yeniden|tekrar|bir kez daha|oy birliğiyle|oybirliğiyle) )?"
#: ``Başkanlığına (SSB) atanan``: the body's acronym in parentheses after the post
POST_ACRONYM = r"(?:\([A-ZÇĞİÖŞÜ]{2,8}\) )?"
#: ``Müdürlüğü görevini``: the post's duty said after it, plural after posts listed (``X Müdürlüğü ve Y
#: Başkanlığı görevlerini yürüttü``)
POST_DUTY = r"(?:görev(?:ler)?(?:ini|ine|i|inde) )?"
#: ``Kurulu üyeliği de yaptı``: the particle "too" between the post and its verb
POST_ALSO = r"(?:d[ae] )?"
#: the verb of a post; ``görevinde bulunan``: being in the post holds it too
_POST_VERB = rf"(?P<verb>{_HOLDING_VERB}|{_DOING_VERB}|(?:(?<=görevinde )|(?<=görevlerinde ))bulun[a-zçğıöşü]*)\b"
_POST_VERB_AFTER = re.compile(rf" {POST_ACRONYM}{POST_DUTY}{POST_ALSO}{POST_ADVERB}{_POST_VERB}")
#: ``Genel Müdürlük görevini yürüttü``: a post said bare, as the first word of a compound with its duty
_BARE_POST = re.compile(r"^l[ıiuü]k$")
_BARE_POST_DUTY = re.compile(r" görev")
#: ``X Müdürlüğü, Y Koordinatörlüğü ve Z Başkanlığı görevlerinde bulundu``, ``X Dekanlığı, 2016'dan sonra
#: ise Y Yardımcılığı görevlerini üstlendi``: a post listed before the last one (in the nominative) shares
#: its plural duty and verb
_LISTED_POST = re.compile(r"^l[ıiuü]ğ[ıiuü]$")
_POSTS_LISTED_VERB = re.compile(
    rf"(?:,| ve) [^.!?;:\n]{{0,160}}?l[ıiuü]ğ[ıiuü] görevler(?:ini|inde|i) {POST_ADVERB}{_POST_VERB}")
#: ``Komutanlığını, 19 Ekim'de ... devraldı.``: the verb closes the sentence
_POST_VERB_CLOSING = re.compile(rf",[^.!?\n,]{{1,100}} (?P<verb>{_HOLDING_VERB})[.!?]")
_PARTICIPLE = re.compile(r"(?:[ae]n|[ae]n[ıi]n|[ae]n[ae])$")
#: ``X İl Başkanlığına Ali Kaya bir kez daha seçildi``: the post in the dative, the name right after it,
#: then (after a few lowercase words) a finite verb of being put in it; honorifics may stand before the
#: name (``Rektörlüğüne Prof. Dr. Ayşe Kaya atandı``)
#: (``Rektörlüğüne ise Ali Kaya atandı``, ``Rektörlüğüne de Ali Kaya``: the topic particle before the
#: name; ``Rektörlüğüne Fen Fakültesi Dekanı Prof. Dr. Ali Kaya atandı``: the appointee's office and honorifics
#: before the name, after a comma and the genitive of its owner too, ``Müdürlüğüne, şirketin Daire Başkanı Ali
#: Kaya``; ``Rektörlüğüne Ali Kaya'yı atadı``: the name in the accusative, the verb active)
APPOINTEE_GAP = r",? (?:ise |d[ae] )?(?:[a-zçğıöşü]{2,}[ıiuü]n )?"
_APPOINTEE_AT = re.compile(APPOINTEE_GAP)
#: the active verbs that put someone into a post (``atadı``, ``seçti``, ``getirdi``)
APPOINTING_ACTIVE = r"(?:atad|seçt|getird)[iı]"
_APPOINTEE = r"(?:[A-ZÇĞİÖŞÜ][^\W\d_]+ ){0,4}(?:[A-ZÇĞİÖŞÜ][a-zçğıöşü]{1,4}\. ){0,3}(?:[A-ZÇĞİÖŞÜ][^\W\d_]+ ){0,3}[A-ZÇĞİÖŞÜ][^\W\d_]+"
#: ``İzmir Valiliğine Ali Kaya, Samsun Valiliğine ise Veli Demir atandı``: a second post in the dative
#: with its own appointee, sharing the verb the first pair has none of
_PAIRED_APPOINTMENT = rf", (?:[A-ZÇĞİÖŞÜ][^\W\d_]* ){{0,5}}[A-ZÇĞİÖŞÜ][^\W\d_]*l[ıiuü]ğ[ıiuü]['’]?n[ae] (?:ise |d[ae] )?{_APPOINTEE}"
_POST_NAME_VERB = re.compile(
    rf"{APPOINTEE_GAP}{_APPOINTEE}"
    rf"(?:(?:{_PAIRED_APPOINTMENT})? (?:[a-zçğıöşü]+ ){{0,3}}(?:{'|'.join(APPOINTING_STEMS)})(?:d[iı]|m[iı]ş(?:t[iı])?)"
    rf"|['’]y?[ıiuü] (?:[a-zçğıöşü]+ ){{0,3}}{APPOINTING_ACTIVE})(?:[.!?,]|$)")


def held_post(text: str, text_words: list[Word], last: int, rest: str) -> str | None:
    """``X Komutanlığını yürütüyor``, ``X Başkanlığına seçilen Ali Kaya``: whether the office word
    ending at ``last``, read ``rest`` after its stem, is the post of one holding it or put in it:
    ``finite`` or ``participle`` by the verb that follows, ``named`` for the name of the one put in it
    said between (``X Başkanlığına Ali Kaya seçildi``), None for no such post."""
    end = text_words[last].end
    if before_apostrophe(text, end) and last + 1 < len(text_words) and text_words[last + 1].start == end + 1:
        # ``Valiliği'ne``: the case ending after an apostrophe is a word of its own here
        rest, end = rest + text_words[last + 1].folded, text_words[last + 1].end
    ending = rest.replace("'", "").replace("’", "")
    if _BARE_POST.match(ending):
        verb = _POST_VERB_AFTER.match(text, end) if _BARE_POST_DUTY.match(text, end) else None
        return None if verb is None else "participle" if _PARTICIPLE.search(verb.group("verb")) else "finite"
    if not _POST_ENDING.match(ending):
        return None
    verb = _POST_VERB_AFTER.match(text, end)
    if verb is None and ending.endswith(("na", "ne", "ğa", "ğe")) and _POST_NAME_VERB.match(text, end):
        return "named"  # (before a verb closing the sentence: ``Müdürlüğüne, şirketin Daire Başkanı Ali Kaya atandı``)
    verb = verb or _POST_VERB_CLOSING.match(text, end) \
        or (_POSTS_LISTED_VERB.match(text, end) if _LISTED_POST.match(ending) else None)
    if verb is None:
        return None
    return "participle" if _PARTICIPLE.search(verb.group("verb")) else "finite"


def deputy_post(text: str, text_words: list[Word], last: int):
    """``Vali Yardımcılığına atanan``: the post of a deputy (or acting holder, or candidate) said
    with ``-lIk`` on the modifier after the title's last word, before a verb of holding it: the
    modifier as ``modifier_after`` reads it, with the post's kind, or None."""
    if last + 1 >= len(text_words) or text[text_words[last].end : text_words[last + 1].start] != " ":
        return None
    word = text_words[last + 1]
    modifier = next((m for m in MODIFIERS if word.folded.startswith(m)), None)
    post = held_post(text, text_words, last + 1, word.folded[len(modifier) :]) if modifier else None
    return ((read_noun_tail(""), word.start, word.end, modifier), post) if post is not None else None


#: ``Başkanlığına seçilen Ali Kaya``: the participle of a post and the name it describes
POST_PARTICIPLE = re.compile(rf" {POST_ACRONYM}{POST_DUTY}{POST_ALSO}{POST_ADVERB}[a-zçğıöşü]+ ")


def name_after_post(text: str, last: TitlePhrase) -> int:
    """Where the word after the participle of a post (``Başkanlığına yeniden seçilen``) starts; -1
    when ``last`` is no such post."""
    gap = POST_PARTICIPLE.match(text, last.end) if last.post == "participle" and last.title else None
    return gap.end() if gap else -1


def attach_held_posts(mentions: list[PersonMention], chains: list[list[TitlePhrase]], text: str) -> None:
    """``X Müdürlüğüne atanan Ayşe Demir``, ``X Komutanlığını yürüten Tümgeneral Ali Kaya``: a post
    said with a participle of holding it is the office of the name right after the participle (or
    right after the post: ``X Başkanlığına Ali Kaya seçildi``),
    whose own titles said before it (a rank) it joins."""
    by_start = {m.start: m for m in mentions}
    by_title_start = {m.titles[0].start: m for m in mentions if m.titles} \
        | {m.honorifics_start: m for m in mentions if m.honorifics_start is not None}  # ``atanan Op. Dr. Ali Kaya``
    for chain in chains:
        last = chain[-1]
        participle_end = name_after_post(text, last)
        named = last.post == "named" and last.title  # ``X Başkanlığına Ali Kaya seçildi``: the name after a space
        named_at = _APPOINTEE_AT.match(text, last.end) if named else None  # ``Rektörlüğüne ise Ali Kaya``
        after = participle_end if participle_end >= 0 else named_at.end() if named_at else None
        mention = (by_start.get(after) or by_title_start.get(after)) if after is not None else None
        if mention is not None and all(p.title != last.title for p in mention.titles):
            mention.titles.append(last)
