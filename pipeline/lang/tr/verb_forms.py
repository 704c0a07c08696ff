"""Verb forms that close a clause or start a relative clause, told by their endings alone:
finite verbs, ``-DIğInI`` complements, ``-ArAk`` converbs, participles, the past tense.

A noun phrase never contains them, which is what the topic and money stages ask. Words are
expected Turkish-folded (``pipeline.lang.tr.text.turkish_lower``).
"""

from __future__ import annotations

import re

_FINITE_VERB = re.compile(
    r"(?:"
    r"[dt][ıiuü]l[ae]r"  # -DI past plural (görüştüler); a bare -DI is too often a noun's -I (ticareti)
    r"|[ıiuü]?yor(?:um|sun|uz|lar|du|muş)?"  # -Iyor present: yer alıyor
    r"|[ae]c[ae]k(?:t[ıi]r|lar|ler)?"  # -AcAk future: değerlendirilecek
    r"|m[ıiuü]ş(?:t[ıiuü]r?|lar|ler)?"  # -mIş: görüşmüş, yapmıştı
    r")$"
)
_COMPLEMENT = re.compile(r"(?:[dt][ıiuü]ğ|[dt][ıiuü]kl[ae]r|[ae]c[ae]ğ|[ae]c[ae]kl[ae]r)[ıiuü]n[ıiuüae]$")
_CONVERB = re.compile(r"[ae]r[ae]k$")
_NOMINALIZED = re.compile(r"(?:m[ae]s[ıi]|[ae]c[ae]ğ[ıi]|[dt][ıiuü]ğ[ıiuü])(?:n[ıiuüae]|n[ıi]n)?$")


_PROGRESSIVE = re.compile(r"m[ae]kt[ae]$")


def is_progressive(word: str) -> bool:
    """``görüşülmekte``: the -mAktA progressive of news style, a finite verb, not the locative of an infinitive."""
    return len(word) >= 7 and bool(_PROGRESSIVE.search(word))


def is_finite_verb(word: str) -> bool:
    """A finite verb form (only meaningful at the end of a clause: ``atılacak adımlar`` is a participle)."""
    return len(word) >= 5 and bool(_FINITE_VERB.search(word))


_PASSIVE_PARTICIPLE = re.compile(r"(?:[ıiuü][ln]|[ln])[ae]n$")


def is_passive_participle(word: str) -> bool:
    """``alınan``, ``düzenlenen``: a relative clause's verb, followed by the noun it describes."""
    return len(word) >= 5 and bool(_PASSIVE_PARTICIPLE.search(word))


#: The verb that closes a relative clause: -(y)An (``hedefleyen``, ``düzenlenen``), -AcAk
#: (``yapılacak``), -DIğI (``düzenlediği``), and in the first and second person plural
#: (``izleyeceğimiz``, ``yaptığınız``); -An only after y, l or n, where nouns rarely end
#: so (``Sudan``, ``liman`` are not participles).
_PARTICIPLE = re.compile(r"(?:y[ae]n|[ln][ae]n|[ae]c[ae]k|[dt][ıiuü]ğ[ıiuü]|(?:[dt][ıiuü]|[ae]c[ae])ğ[ıiuü][mn][ıiuü]z)$")


def is_participle(word: str) -> bool:
    """``düzenlenen``, ``hedefleyen``, ``yapılacak``, ``düzenlediği``, ``izleyeceğimiz``: a relative clause's verb."""
    return len(word) >= 5 and bool(_PARTICIPLE.search(word))


def is_complement_clause(word: str) -> bool:
    """``olduğunu``, ``olacağını``: the verb of an object clause, which closes it."""
    return bool(_COMPLEMENT.search(word))


def is_converb(word: str) -> bool:
    """``-ArAk`` adverbial verb forms (``vererek``, ``yaparak``)."""
    return len(word) >= 6 and bool(_CONVERB.search(word))


_CONVERB_IN_HARMONY = re.compile(r"(?:arak|erek)$")


def is_converb_in_harmony(word: str) -> bool:
    """``gülerek``, ``ağlayarak``: an ``-(y)ArAk`` converb with both vowels of the suffix alike, as
    harmony writes them (``Kasparek``, ``Smolarek`` are foreign surnames)."""
    return len(word) >= 6 and _CONVERB_IN_HARMONY.search(word) is not None


def is_nominalized_verb(word: str) -> bool:
    """``alınması``, ``alınacağını``: a verb turned into a noun, whose subject is in the genitive."""
    return bool(_NOMINALIZED.search(word))


def is_verbal_noun_of(word: str, verb_stems: frozenset[str]) -> bool:
    """``bulunması``, ``olması`` for the stems ``bulun``, ``ol``: the -mA/-mAk noun of one of these verbs."""
    match = re.match(r"^(.+?)m[ae](?:k|s[ıi])?(?:n[ıi]n?|n[ae])?$", word)
    return bool(match) and match.group(1) in verb_stems


def is_past_of(word: str, verb_stems: frozenset[str]) -> bool:
    """``yaptı``, ``etti``, ``belirttiler`` for the stems ``yap``, ``et``, ``belirt``: the -DI past of one of these verbs."""
    match = re.match(r"^(.+?)[dt][ıiuü](?:l[ae]r)?$", word)
    return bool(match) and match.group(1) in verb_stems


_VERBAL_NOUN_DATIVE = re.compile(r"m[ae]y[ae]$")
_RELATIVE_PARTICIPLE = re.compile(r"[dt][ıiuü](?:ğ|kl[ae]r)[ıiuü]$")


def is_verbal_noun_in_dative(word: str) -> bool:
    """``düşürmeye``, ``gelmeye``: the -mA verbal noun in the dative."""
    return bool(_VERBAL_NOUN_DATIVE.search(word))


def is_relative_participle(word: str) -> bool:
    """-DIğI, -DIklArI (``alındığı``, ``aldıkları``): a relative clause before a noun, a reported
    fact before a verb (``ele alındığı bildirildi``)."""
    return bool(_RELATIVE_PARTICIPLE.search(word))


#: a verb form at the end of a word (past, future, progressive, reported past), or the -DIğ
#: participle anywhere in it (``dağıtıldığını``)
_VERB_FORM = re.compile(r"(?:[dt][ıiuü]|[ae]c[ae]k|[ıiuü]yor|m[ıiuü]ş)$|[dt][ıiuü]ğ")


def has_verb_form(word: str) -> bool:
    """Whether the word shows a verb's tense or a -DIğ participle (``yaptı``, ``yapılacak``,
    ``dağıtıldığını``): a loose test, for telling a verb from the possessed noun it follows
    (``dolarlık ihracat yaptı``)."""
    return bool(_VERB_FORM.search(word))


#: -DI at the end of a word (``bildirildi``, ``söyledi``): loose, a noun's possessive ends so too
#: (``ticareti``); read as a verb where a verb is expected (right after -DIğI)
_PAST = re.compile(r"[dt][ıiuü]$")
#: -(y)ken after a tense (``bulunulurken``, ``görüşürken``; not ``gereken``)
_WHILE = re.compile(r"(?:[ıiuüae]r|yor|m[ıiuü]ş|[ae]c[ae]k|[dt][ıiuü]r)ken$")
_KEN_WORDS = frozenset({"erken"})  #: words that end like -(y)ken and are none
#: the first person plural of a finite verb (``görüştük``, ``değerlendiriyoruz``, ``görüşeceğiz``)
_FIRST_PERSON_PLURAL = re.compile(r"(?:[dt][ıiuü]k|[ıiuü]yoruz|[ae]c[ae]ğ[ıi]z|m[ıiuü]şt[ıiuü]k)$")
#: -An after a consonant (``çıkan``, ``gelen``): a participle, or as often a noun's last letters
_AN_AFTER_CONSONANT = re.compile(r"[^aeıioöuü][ae]n$")
#: -DIğI / -AcAğI (and their plurals) with an optional case, no noun after them: the verb of a
#: content clause (``düşeceği``, ``kullanıldığını``)
_CLAUSE_VERB = re.compile(r"(?:[dt][ıiuü]ğ|[ae]c[ae]ğ|[dt][ıiuü]kl[ae]r|[ae]c[ae]kl[ae]r)[ıiuü](?:n[ıiuüae]|n[ıi]n)?$")


#: the passive past (``düzenlendi``, ``yapıldı``, ``gerçekleştirildi``): -Il/-In before -DI; long
#: enough that ``kendi``, ``efendi`` are not read so
_PASSIVE_PAST = re.compile(r"(?:[ıiuü][ln]|[ae]n|[ae]l)[dt][ıiuü]$")


def is_passive_past(word: str) -> bool:
    """``düzenlendi``, ``yapıldı``: a finite passive verb in the past (a noun in the possessive
    rarely ends in -ldI/-ndI after a vowel)."""
    return len(word) >= 7 and _PASSIVE_PAST.search(word) is not None


#: the past of a verb made from a noun by -lA (``yanıtladı``, ``dinlediler``): no noun's possessive ends so
_DENOMINAL_PAST = re.compile(r"l[ae]d[ıi](?:l[ae]r)?$")


def is_denominal_past(word: str) -> bool:
    """``yanıtladı``, ``inceledi``, ``dinlediler``: a finite verb in -lA- in the past."""
    return len(word) >= 7 and _DENOMINAL_PAST.search(word) is not None


_IP_CONVERB = re.compile(r"[ıiuü]?p$")
_NEGATIVE_CLAUSE = re.compile(r"m[ae](?:d[ıiuü]ğ|d[ıiuü]kl[ae]r|y[ae]c[ae]ğ|z)")


def is_whether_pair(first: str, second: str) -> bool:
    """``görüşülüp görüşülmeyeceği``, ``edip etmediği``: a verb in -Ip and its negative,
    "whether or not" (the stems compared on the first letter, as ``ed-``/``et-`` soften)."""
    return (
        len(first) >= 4
        and _IP_CONVERB.search(first) is not None
        and first[0] == second[0]
        and _NEGATIVE_CLAUSE.search(second) is not None
    )


def ends_in_past(word: str) -> bool:
    """Whether the word ends in -DI (a loose test: ``ticareti`` does too)."""
    return _PAST.search(word) is not None


def is_while_converb(word: str) -> bool:
    """``bulunulurken``, ``görüşürken``: the -(y)ken form of a verb, a clause of its own (not the
    adjective ``erken``, early: ``erken seçim``)."""
    return _WHILE.search(word) is not None and word not in _KEN_WORDS


def is_first_person_plural(word: str) -> bool:
    """``görüştük``, ``değerlendiriyoruz``: a verb whose subject is "we"."""
    return _FIRST_PERSON_PLURAL.search(word) is not None


def ends_in_an_after_consonant(word: str) -> bool:
    """``çıkan``, ``gelen``: -An after a consonant, a participle where a verb is expected
    (after the noun of a phrasal verb); alone, as often a noun (``liman``)."""
    return _AN_AFTER_CONSONANT.search(word) is not None


def is_clause_verb_form(word: str) -> bool:
    """``düşeceği``, ``kullanıldığını``: -DIğI or -AcAğI (plural, case optional), the verb of a
    content clause (also ``gelecek``'s forms: callers set such nouns aside)."""
    return _CLAUSE_VERB.search(word) is not None


#: bu, şu, o under a case, in the plural or not, with the pronominal n (``bunu``, ``onları``,
#: ``şunlardan``, ``onun``); not a noun that starts so (``bunalım``, ``onay``)
_DEMONSTRATIVE_PRONOUN = re.compile(r"^(?:bu|şu|o)(?:nlar|n)(?:[ıiu]n|[ıiua]|d[ae]n?|l[ae])?$")


def is_demonstrative_pronoun(word: str) -> bool:
    """Whether the word is an inflected demonstrative pronoun (``bunu``, ``onları``, ``onun``)."""
    return bool(_DEMONSTRATIVE_PRONOUN.match(word))
