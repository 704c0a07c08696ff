"""Agenda statements in shapes met in fresh news of many genres (round 18): lists of titled
proposals, titled talks, reports presented at a meeting, the topic of a talk as a predicate, a
talk with a named partner, a gathering's own verbal noun before a list, an agent inside an
item, and reunions that name no meeting. The sentences are written for
these tests; each row is one behaviour."""

import pytest

import pipeline


def topics(text: str) -> list[str]:
    return [t.text for t in pipeline.extract(text).topics]


STATEMENTS = [
    # (sentence, expected items)
    # a list of titled proposals: each title is a topic, not its party nor the proposal
    ("Meclis Genel Kurulu'nda, AK Parti'nin 'orman yangınları', MHP'nin 'çiftçi borçları' ve CHP'nin "
     "'kira artışları' konulu araştırma önergeleri tek tek görüşüldü.",
     ["orman yangınları", "çiftçi borçları", "kira artışları"]),
    # one titled proposal, quoted or not
    ('Genel Kurulda İYİ Parti\'nin "gençlerin işsizliği" konulu grup önerisi görüşüldü.', ["gençlerin işsizliği"]),
    ("Genel Kurulda DEM Parti'nin deprem konutları konulu grup önerisi görüşüldü.", ["deprem konutları"]),
    # "Görüşmenin konusu X oldu": the talk's topic as a predicate
    ("Bakan Demir, Fransız mevkidaşı ile bir araya geldi. Görüşmenin konusu limanlardaki yoğunluk oldu.",
     ["limanlardaki yoğunluk"]),
    ("Belediye meclisi dün toplandı. Toplantının konuları park alanları ve otopark sorunu oldu.",
     ["park alanları", "otopark sorunu"]),
    # a talk with a partner named in the instrumental, in the first person singular
    ('Bakan Demir, Fransız mevkidaşı ile telefonda görüştü. "Kendisiyle liman projelerimizin ayrıntıları hakkında konuştum" dedi.',
     ["liman projelerimizin ayrıntıları"]),
    # reports presented at a symposium state what they were about
    ("Tarih sempozyumu Bodrum'da yapıldı. Sempozyumun ilk gününde belediyeler, geçen yıl yürüttükleri "
     "restorasyon projeleri hakkında birer rapor sundu.",
     ["geçen yıl yürüttükleri restorasyon projeleri"]),
    # a titled talk, as a titled meeting
    ("Tarih sempozyumu Bodrum'da yapıldı. Oturumların ardından Doç. Dr. Ayşe Kaya, “Ege'de Zeytin Ticareti” "
     "başlıklı sunumunu yaptı.",
     ["Ege'de Zeytin Ticareti"]),
    # a person as the agent of a participle ("X tarafından hazırlanan") stays inside the item
    ("Vali Kemal Uysal tarafından hazırlanan eylem planı toplantıda görüşüldü.",
     ["Vali Kemal Uysal tarafından hazırlanan eylem planı"]),
    # the verbal noun of a gathering is the meeting, not an item; a name's singular classifier goes
    ("Heyetin Ankara'da Bakan Demir ile bir araya gelmesi ve Kafkasya konusu başta olmak üzere birçok başlığı "
     "ele alması bekleniyor.",
     ["Kafkasya"]),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENTS)
def test_agenda_statement(text: str, expected: list[str]) -> None:
    assert topics(text) == expected


NO_AGENDA = [
    # a released defendant meeting the family: a reunion, so the court's review is no agenda
    "Ceza Dairesi, avukatların yaptığı itirazı değerlendirerek tutuklu sanığı serbest bıraktı. "
    "Kararın ardından sanık cezaevinden çıkarak ailesiyle buluştu.",
    "Serbest bırakılan gazeteci, cezaevi önünde yakınlarıyla buluştu. Avukatı, mahkemenin kararını değerlendirdi.",
    # a film meeting its audience is a show, not a meeting
    "Yeni film, dün akşam seyirciyle buluştu. Yönetmen, filmin çekim sürecini değerlendirdi.",
    # the topic of a film is no meeting's
    "Filmin konusu bir ailenin göç hikayesi oldu.",
]


@pytest.mark.parametrize("text", NO_AGENDA)
def test_no_agenda(text: str) -> None:
    assert topics(text) == []


def test_a_participant_among_the_partners_keeps_the_meeting() -> None:
    assert topics("Vali, şehit aileleriyle bir araya geldi. Köy yollarının durumu ele alındı.") == []
    text = "Vali, şehit aileleri ve kaymakamlarla bir araya geldi. Köy yollarının durumu ele alındı."
    assert topics(text) == ["Köy yollarının durumu"]
