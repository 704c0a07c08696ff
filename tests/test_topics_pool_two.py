"""Agenda statements in shapes met in a second lot of fresh news (round 18): briefings on a
tour of a site, the statements of phone-call summaries (a plural subject, "tartış-", "X'le
ilgili" before a recipient), a manner adverbial, a quantity before the item, a topic
said to be one of the agenda items, "X yönünde" before a talk, and a time said by "X'ten
sonra". The sentences are written for these tests; each row is one behaviour."""

import pytest

import pipeline


def topics(text: str) -> list[str]:
    return [t.text for t in pipeline.extract(text).topics]


STATEMENTS = [
    # (sentence, expected items)
    # a plural participant is the subject, not part of the first item (a title before a name is singular)
    ("Bakan Demir, Alman mevkidaşı ile telefonda görüştü. Bakanlar Suriye'deki seçimleri ele aldı.",
     ["Suriye'deki seçimler"]),
    ("Telefon görüşmesi yapıldı. İki ülke bakanları tarım ihracatını ele aldı.", ["tarım ihracatı"]),
    # but a meeting's name stays inside the item
    ("Toplantıda Bakanlar Kurulu kararları ele alındı.", ["Bakanlar Kurulu kararları"]),
    # the active "tartış-" reports a discussion when the meeting is near
    ("Telefon görüşmesinde liderler, göç politikalarını ve sınır güvenliğini tartıştılar.",
     ["göç politikaları", "sınır güvenliği"]),
    # "X'le ilgili" before a recipient in the dative, and a relative clause in the instrumental
    # that the postposition takes (no means of the clause)
    ("Toplantıda Bakan, yürüttüğü sulama projeleriyle ilgili komisyona bilgi verdi.", ["yürüttüğü sulama projeleri"]),
    # modifiers joined to a noun of manner say how the list was discussed, not what
    ("Görüşmede heyetler, bir dizi ekonomik ve kültürel konuyu dostça ve verimli bir biçimde masaya yatırdı.",
     ["ekonomik ve kültürel konu"]),
    ("Toplantıda yol, su ve kanalizasyon hizmetleri kapsamlı, dürüst ve verimli biçimde değerlendirildi.",
     ["yol", "su", "kanalizasyon hizmetleri"]),
    # "bir dizi", "bir kısım": a quantity before the item; "dizi" alone is a word of the topic
    ("Toplantıda ayrıca bir kısım esnafın borçları görüşüldü.", ["esnafın borçları"]),
    ("Toplantıda dizi ve film sektörünün sorunları ele alındı.", ["dizi", "film sektörünün sorunları"]),
    # a cue of agenda items in a content clause still names the meeting's agenda, and the
    # subject in the genitive loses the ending, as before a nominalized predicate
    ("Sözcü, enerji krizinin de zirvenin gündem maddeleri arasında olduğuna vurgu yaptı.", ["enerji krizi"]),
    ("Sözcü, enerji krizinin de zirvenin ana konularından biri olacağını açıkladı.", ["enerji krizi"]),
    # "X yönünde" before a talk: what the talks were about
    ("Zirvede, demiryolu hattının uzatılması ve vize işlemlerinin hızlandırılması yönünde görüşmeler gerçekleştirildi.",
     ["demiryolu hattının uzatılması", "vize işlemlerinin hızlandırılması"]),
    ("Heyetler, turizmin canlandırılması yönünde fikir teatisinde bulundu.", ["turizmin canlandırılması"]),
    # "X'ten sonra", "X'ten önce" says when, before the list or after it
    ("Toplantıda açılış konuşmalarından sonra göç konusu ele alındı.", ["göç konusu"]),
    ("Kurul toplandı. Bütçe ve imar planı öğle arasından sonra görüşüldü.", ["Bütçe", "imar planı"]),
    ("Kurul toplandı. Bütçe ve imar planı, toplantıdan önce görüşüldü.", ["Bütçe", "imar planı"]),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENTS)
def test_agenda_statement(text: str, expected: list[str]) -> None:
    assert topics(text) == expected


NO_AGENDA = [
    # "tartış-" far from any meeting is a public debate or a quarrel
    "Taraftarlar sosyal medyada transferleri tartıştı.",
    # the matters they dealt with before, a quantity and a classifier: named elsewhere, no topic
    "Zirvede heyetler, masaya yatırdıkları bir dizi meseleyi değerlendirdi.",
    # "X yönünde" before a decision states what was decided, not what was discussed
    "Toplantıda, okulların tatil edilmesi yönünde karar alındı.",
    # a negated cue of agenda items leaves no agenda noun to open a list after it
    "Sözcü, enerji krizinin de zirvenin gündem maddeleri arasında olmadığını, fiyatların ise düşük kalacağını açıkladı.",
    # a briefing while touring a site: what the guests were shown is no meeting's agenda
    "Vali Kaya, kaymakamlarla görüştü. Vali, fuar alanını gezerek yöresel ürünler hakkında bilgi aldı.",
    "Bakan Demir, belediye başkanıyla bir araya geldi. Bakan, seradaki fideleri inceleyerek yerli tohumlar hakkında bilgi aldı.",
    "Heyet, valiyi ziyaret etti. Kütüphaneyi dolaşan heyet, el yazması kitaplar hakkında bilgi aldı.",
    "Bakan Demir, kooperatifi ziyaret etti. Bakan üretim tesislerini gezdi ve süt ürünleri hakkında bilgi aldı.",
]


@pytest.mark.parametrize("text", NO_AGENDA)
def test_no_agenda(text: str) -> None:
    assert topics(text) == []


def test_a_briefing_at_a_meeting_still_states_its_agenda() -> None:
    text = "Vali Kaya, kaymakamlarla toplantı yaptı. Vali, köy yollarındaki onarımlar hakkında bilgi aldı."
    assert topics(text) == ["köy yollarındaki onarımlar"]
