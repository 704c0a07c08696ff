"""Agenda statements of hearing requests at a meeting held there ("toplantıda talepleri dinledi"),
of what is told at a meeting ("toplantıda X anlatılacak"), of focusing on a subject ("X üzerine
yoğunlaşıldı") and of sharing ideas ("X üzerine fikirlerini paylaştı"); a bare noun sharing an
owner's possessive ("köylerin sorun ve talepleri"). The sentences are written for these tests;
each row is one behaviour."""

import pytest

import pipeline


def topics(text: str) -> list[str]:
    return [t.text for t in pipeline.extract(text).topics]


STATEMENTS = [
    # (sentence, expected items)
    # dinle- with the meeting named as its place in the sentence
    ("Belediye, köy muhtarlarıyla yaptığı istişare toplantısında köylerin sorun ve taleplerini dinledi.",
     ["köylerin sorun ve talepleri"]),
    ("Toplantıda ilçelerin sorunları dinlenecek.", ["ilçelerin sorunları"]),
    # anlatıl- (passive) at a meeting named in the sentence
    ("Toplantıda yeni imar planının ayrıntıları anlatıldı.", ["yeni imar planının ayrıntıları"]),
    # "üzerine/üzerinde yoğunlaş-": what a meeting focuses on; "daha çok" says how much, not what
    ("Toplantıda daha çok kırsal yollar üzerine yoğunlaşılacak.", ["kırsal yollar"]),
    ("Kurul, toplantıda kırsal yollar ve köprüler üzerinde yoğunlaştı.", ["kırsal yollar", "köprüler"]),
    # "X üzerine fikirlerini paylaştı" at a meeting, like "görüşlerini paylaştı"
    ("Görüşmede taraflar, kurulun yapısı ve seçim yöntemi üzerine fikirlerini paylaştı.",
     ["kurulun yapısı", "seçim yöntemi"]),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENTS)
def test_agenda_items(text, expected):
    assert topics(text) == expected


NO_AGENDA = [
    # a visit, a meetup with the public or a gathering: a leader hearing requests states no agenda
    "Vali, köy ziyaretinde vatandaşların sorunlarını dinledi.",
    "Başkan, halk buluşmasında vatandaşların taleplerini dinledi.",
    "Başkan, esnafla bir araya gelerek taleplerini dinledi.",
    # a time around the meeting is not its place
    "Toplantı sonunda muhtarların şikayetlerini dinledi.",
    # a court hears witnesses
    "Mahkeme heyeti duruşmada iki tanığı dinledi.",
    # the active "anlattı" is one speaker's account; a passive with no meeting says nothing
    "Kulüp başkanı, basın toplantısında transfer sürecini anlattı.",
    "Çocuklara masallar anlatıldı.",
    # weather, not a meeting
    "Bu hafta yağışlar kuzey kesimler üzerinde yoğunlaşacak.",
]


@pytest.mark.parametrize("text", NO_AGENDA)
def test_no_agenda(text):
    assert topics(text) == []
