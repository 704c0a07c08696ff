"""Agenda statements in shapes met in a third lot of fresh news (round 18): "irdele-" as a
cue, the relative clause of a passive cue before a talk given at an event, a series of time
postpositions inside an item, and "everyone's agenda" or a town's, which is no meeting's. The
sentences are written for these tests; each row is one behaviour."""

import pytest

import pipeline


def topics(text: str) -> list[str]:
    return [t.text for t in pipeline.extract(text).topics]


STATEMENTS = [
    # (sentence, expected items)
    # "irdele-" (to examine) states what a meeting covered, passive or active
    ("Toplantıda yazarların edebiyata bakışları, eserleri ve okurlarla ilişkileri irdelendi.",
     ["yazarların edebiyata bakışları", "eserleri", "okurlarla ilişkileri"]),
    ("Kurul toplantısında bakanlar bütçe açığını ve vergi gelirlerini irdeledi.", ["bütçe açığı", "vergi gelirleri"]),
    # a passive cue's relative clause before a talk: the talk covered it, and is the scene of the next list
    ("Göçün edebiyattaki izlerinin masaya yatırıldığı söyleşide şairlerin çocukluk anıları ve ilk kitapları irdelendi.",
     ["Göçün edebiyattaki izleri", "şairlerin çocukluk anıları", "ilk kitapları"]),
    # a series of time postpositions modifies the head of one item, no scene before the list
    ("Toplantıda tören öncesi, tören sırasında ve tören sonrasında yapılacak denetimler görüşüldü.",
     ["tören öncesi", "tören sırasında ve tören sonrasında yapılacak denetimler"]),
    # one time postposition alone still sets the time before the list
    ("Toplantıda bayram sırasında trafik ve ulaşım ele alındı.", ["trafik", "ulaşım"]),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENTS)
def test_agenda_items(text, expected):
    assert topics(text) == expected


NO_AGENDA = [
    # a talk or interview without a cue clause before it is a speech, as before
    "Bakan gazeteye verdiği söyleşide ekonomiyi ve enflasyonu değerlendirdi.",
    # "herkesin gündeminde", "kentin gündeminde": what people attend to, no meeting's list
    "Geçen yıllarda yükselen fiyatlarla beraber ortaya çıkan sıkıntılar herkesin gündeminde.",
    "Otopark sorunu uzun süredir kentin gündeminde.",
    # "irdele-" outside a meeting is a writer's or a book's
    "Yazar yeni romanında aile ilişkilerini irdeliyor.",
]


@pytest.mark.parametrize("text", NO_AGENDA)
def test_no_agenda(text):
    assert topics(text) == []
