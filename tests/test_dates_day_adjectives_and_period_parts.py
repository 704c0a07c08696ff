"""Dates read in round 27: a day's adjective before an event (``dünkü toplantıda``), a part of a
period after its genitive (``geçen yılın sonunda``), the last time a year was reached (``en son
2010'da``), every weekday (``her çarşamba``), an inflected date before a place's name, and a
verbal noun before a verb of deciding (``yapılması kararlaştırıldı``). Inputs are sentences
written for these tests; publication on Tuesday 10 March 2026."""

import pytest

import pipeline

PUBLISHED = "2026-03-10"


def dates(text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in pipeline.extract(text, published=PUBLISHED).dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dünkü toplantıda bütçe görüşüldü.", [("Dünkü", "2026-03-09")]),
        ("Sözcü bugünkü basın toplantısında soruları yanıtladı.", [("bugünkü", "2026-03-10")]),
        ("Cumhurbaşkanı yarınki zirvede konuşacak.", [("yarınki", "2026-03-11")]),
        ("Teknik direktör dünkü antrenmanın ardından konuştu.", [("dünkü", "2026-03-09")]),
        # no event after the adjective: today's Turkey, today's rate
        ("Bugünkü Türkiye'de durum farklı.", []),
        ("Banka doların bugünkü efektif kurunu açıkladı.", []),
    ],
)
def test_a_days_adjective_dates_the_event_after_it(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ünlü oyuncu en son 2010'da sahneye çıktı.", [("2010'da", "2010")]),
        ("Listede ilk 1000'e giren şirketler açıklandı.", []),
    ],
)
def test_en_son_before_a_year_is_the_last_time_not_a_rank(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Müzede her çarşamba akşamı ücretsiz konser var.", []),
        ("Orkestra çarşamba akşamı konser verdi.", [("çarşamba akşamı", "2026-03-04")]),
    ],
)
def test_her_before_a_weekday_is_every_such_day(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Konser 5 Temmuz'da Harbiye Açıkhava Tiyatrosu'nda yapılacak.", [("5 Temmuz'da", "2026-07-05")]),
        ("Yürüyüş 29 Ekim Caddesi'nde yapıldı.", []),  # the street's name
    ],
)
def test_a_date_with_a_case_ending_is_no_word_of_the_place_after_it(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Komisyonun 15 Nisan'da toplanması kararlaştırıldı.", [("15 Nisan'da", "2026-04-15")]),
        ("Fuarın 20 Nisan'da açılmasına karar verildi.", [("20 Nisan'da", "2026-04-20")]),
        ("Kurul 5 Mart'ta toplanarak zammı onayladı.", [("5 Mart'ta", "2026-03-05")]),
    ],
)
def test_what_was_decided_is_still_to_come(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"İhaleye ekim ayında çıkıyoruz" dedi.', [("ekim ayında", "2026-10")]),
        ("12 Eylül dönemindeki yargılamalar yayınlanıyor.", [("12 Eylül", None)]),
    ],
)
def test_a_speaker_in_the_progressive_announces_what_is_scheduled(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Komisyonun bir sonraki toplantısı aralık ayında.", [("aralık ayında", "2026-12")]),
        ("Ekim ayında yapılan toplantıda bir sonraki adım konuşuldu.", [("Ekim ayında", "2025-10")]),
    ],
)
def test_the_next_one_in_a_verbless_sentence_is_still_to_come(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Belediye Meclisi'nin mart ayı olağan toplantısı dün yapıldı.", [("dün", "2026-03-09")]),
        ("İBB Meclisi Ekim Ayı Toplantıları'nın ilk oturumu 13 Ekim'de yapıldı.", [("13 Ekim'de", "2025-10-13")]),
        # no day said: the month is the session's date
        ("Belediyenin ekim ayı meclis toplantısı Başkan Vekili başkanlığında yapıldı.", [("ekim ayı", "2025-10")]),
    ],
)
def test_a_month_naming_a_monthly_session_gives_way_to_its_day(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Piyasalar Fed'in 17 Mart'taki toplantısına odaklandı.", [("17 Mart'taki", "2026-03-17")]),
        ("Grup, nisan ayında üretimi artırma kararı aldı.", [("nisan ayında", "2026-04")]),
        ("Tarafların 31 Mart'a kadar uzlaşmasını umduklarını söyledi.", [("31 Mart'a", "2026-03-31")]),
        ("Toplantı 20 Mart'ta yapıldı.", [("20 Mart'ta", "2025-03-20")]),
        ("Bu pazar seçim olsa parti yüzde 30 oy alır.", []),
    ],
)
def test_dates_without_a_verb_of_their_own_decisions_and_suppositions(text, expected):
    assert dates(text) == expected
