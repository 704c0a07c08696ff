"""Posts a speaker tells of holding, in the first person, inside the words quoted from him
(``Düsseldorf Başkonsolosu olarak görev yapmıştım, dedi Ali Kaya``): the post is the speaker's
when the speaker is named unambiguously, right after the verb of saying that closes the quote
(``dedi Ali Kaya.``, ``diyen Ali Kaya,``) or as the subject set off by a comma right before the
quote that ``dedi`` closes (``Ali Kaya, "... görev yaptım" dedi.``)."""

from __future__ import annotations

import re

from pipeline.lang.tr.text import APOSTROPHES
from pipeline.persons.mention import PersonMention
from pipeline.persons.title_phrases import TitlePhrase

#: ``olarak görev yapmıştım``, ``olarak çalıştım``, ``olarak görev yapıyorum``: serving in an office,
#: said in the first person singular (past, pluperfect or present)
_SERVED_AS_I = re.compile(
    r" olarak (?:görev (?:yap|al|üstlen)|çalış|başla)[a-zçğıöşü]*?"
    r"(?:[dt][ıiuü]m|m[ıiuü]şt[ıiuü]m|[ıiuü]?yor(?:d[ıu])?um)(?![a-zçğıöşü])")
#: the verb of saying that closes the quote, the speaker named right after it (``, dedi Ali Kaya.``)
_SAID_BY_AFTER = re.compile(r"[\"”’]?,? (?:dedi|diyen|diye (?:konuştu|ekledi|anlattı)) ")
#: what ends the speaker's name after the verb: the sentence, or the clause (``diyen Ali Kaya, ...``)
_SPEAKER_CLOSES = re.compile(r"[.!,]|\s*$")
#: the quote closed by ``dedi`` with the sentence (``... görev yaptım" dedi.``)
_SAID_BEFORE_CLOSE = re.compile(r"[\"”],? (?:dedi|diye (?:konuştu|ekledi|anlattı))[.!]")
#: the speaker set off by a comma right before the opening quote (``Ali Kaya, "``)
_SPEAKER_BEFORE_QUOTE = re.compile(r", [\"“]$")


def attach_posts_told(text: str, mentions: list[PersonMention], chains: list[list[TitlePhrase]]) -> None:
    """``Berlin Büyükelçisi olarak görev yaptım, dedi Ali Kaya``: a post the quoted words say their
    speaker held is the speaker's; ``chains``: those no name holds."""
    by_start = {m.start: m for m in mentions}
    by_end = {m.end: m for m in mentions}
    for chain in chains:
        last = chain[-1]
        served = _SERVED_AS_I.match(text, last.end) if last.title is not None and not last.plural else None
        if served is None:
            continue
        speaker = _speaker_after(text, served.end(), by_start) or _speaker_before(text, chain[0].start, served.end(), by_end)
        if speaker is not None:
            speaker.titles += [p for p in chain if p.title is not None and p not in speaker.titles]


def _speaker_after(text: str, end: int, by_start: dict[int, PersonMention]) -> PersonMention | None:
    """``..., dedi Ali Kaya.``: the name right after the verb of saying, closing the sentence or its
    clause (not in a case: ``dedi Ali Kaya'ya`` names the one spoken to)."""
    said = _SAID_BY_AFTER.match(text, end)
    mention = by_start.get(said.end()) if said else None
    if mention is None or any(a in text[mention.start : mention.end] for a in APOSTROPHES):
        return None
    return mention if _SPEAKER_CLOSES.match(text, mention.end) else None


def _speaker_before(text: str, start: int, end: int, by_end: dict[int, PersonMention]) -> PersonMention | None:
    """``Ali Kaya, "Daha önce ... görev yaptım" dedi.``: the subject set off before the quote that
    ``dedi`` closes, the quote opened in the same sentence as the post."""
    if not _SAID_BEFORE_CLOSE.match(text, end):
        return None
    opened = max(text.rfind('"', 0, start), text.rfind("“", 0, start))
    if opened < 0 or any(c in text[opened + 1 : start] for c in '.!?\n"”'):
        return None
    quote_lead = _SPEAKER_BEFORE_QUOTE.search(text, max(0, opened - 2), opened + 1)
    return by_end.get(opened - 2) if quote_lead else None
