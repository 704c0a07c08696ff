"""A briefing or an assessment on a visit (round 18, pool 5): a governor's or a mayor's visit to
villages, sites or institutions, named in the cue's sentence or the sentence before it in the
same paragraph, turns "bilgi aldı", "değerlendirdi" and "üzerinde durdu" into what the visitor
was shown or told, no meeting's agenda; a talk with someone named there, a meeting elsewhere,
or a visit said to have an agenda still states one. The sentences are written for these tests."""

import pytest

import pipeline


def topics(text: str) -> list[str]:
    return [t.text for t in pipeline.extract(text).topics]


ON_A_VISIT = [
    # the visit in the cue's sentence, as a verb or as a noun
    "Kaymakam Yılmaz, ilçeye bağlı köyleri ziyaret ederek vatandaşlarla bir araya geldi ve köylerin sorunlarını değerlendirdi.",
    "Ziyaretler kapsamında Kaymakam, iki mahallede de sulama kanalları üzerinde durdu.",
    # the visit in the sentence before, in the same paragraph
    "Vali Aksoy, sabah saatlerinde Yenice köyünü ziyaret etti. Vali, köy muhtarından içme suyu hattı hakkında bilgi aldı.",
    "Belediye Başkanı Er, Kavaklı mahallesini ziyaret etti. Ziyaretinde mahalle muhtarından yol çalışmaları hakkında bilgi aldı.",
    # a place gone on to with "ile" is no partner of a talk
    "Kaymakam Tan, ziyaretlerine Karaağaç köyü ile devam etti. Karaağaç köyünde de muhtardan köyün ihtiyaçları hakkında bilgi aldı.",
]


@pytest.mark.parametrize("text", ON_A_VISIT)
def test_a_briefing_on_a_visit_is_no_agenda(text: str) -> None:
    assert topics(text) == []


STILL_AN_AGENDA = [
    # a talk with someone named in the cue's sentence
    ("Vali Kaya, ilçeyi ziyaret etti. Kaymakam Demir ile görüşen Vali, ilçedeki yatırımlar hakkında bilgi aldı.",
     ["ilçedeki yatırımlar"]),
    ("Vali, Ankara'yı ziyaret etti. Bakan Demir ile bir araya gelen Vali, ilin yatırımlarını değerlendirdi.", ["ilin yatırımları"]),
    # a meeting in the cue's sentence, the visit in the paragraph before
    ("Vali Kaya, ilçeyi ziyaret etti.\n\nToplantıda Vali, ilçedeki yatırımlar hakkında bilgi aldı.", ["ilçedeki yatırımlar"]),
    # a visit said to have an agenda is a meeting
    ("Tarım ve sanayinin ele alındığı ziyarette Oda Başkanı, ihracat sorunları hakkında bilgi verdi.",
     ["Tarım", "sanayi", "ihracat sorunları"]),
    # a cue that is no briefing: a state visit's agenda
    ("Bakan Demir, Berlin'i ziyaret etti. Ziyarette iki ülke arasındaki ticaret ele alındı.", ["iki ülke arasındaki ticaret"]),
]


@pytest.mark.parametrize(("text", "expected"), STILL_AN_AGENDA)
def test_a_talk_or_an_agenda_on_a_visit_still_counts(text: str, expected: list[str]) -> None:
    assert topics(text) == expected
