"""Date forms of news pages (issue 18): a list of years, every such weekday, a year counted from, a
publication month without its day, the stamps of listed articles and of the page itself."""

import pytest

import pipeline


def values(text: str, published: str | None = "2026-03-10") -> list[str | None]:
    return [d.value for d in pipeline.extract(text, published=published).dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bakanlık, büyümenin 2027 ve 2028 yıllarında yavaşlayacağını açıkladı.", ["2027", "2028"]),
        ("Kooperatif 2021, 2022 ve 2023 yıllarında zarar etti.", ["2021", "2022", "2023"]),
        ("Fuar 2019 ve 2022'de İzmir'de düzenlendi.", ["2019", "2022"]),
        ("Şirket 2016 veya 2017 yıllarında kuruldu.", ["2016", "2017"]),
    ],
)
def test_each_year_of_a_list_is_a_date(text, expected):
    assert values(text) == expected


def test_a_number_before_a_listed_count_is_no_year():
    assert values("Salona 1500 ve 2000'den fazla kişi geldi.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Müze perşembe ile cuma günleri ziyarete açık olacak.",
        "Kütüphane cumartesi günleri kapalıdır.",
        "Pazar yeri çarşamba, perşembe ve cuma günleri kuruluyor.",
        "Kurs salı-perşembe akşamları sürecek.",
    ],
)
def test_every_such_weekday_is_no_date(text):
    assert values(text) == []


def test_a_weekday_with_gunu_is_still_a_date():
    assert values("Kurul perşembe günü toplanacak.") == ["2026-03-12"]


def test_a_year_counted_from_gives_no_year_to_a_weekday():
    text = "Seçmenler 12 Mayıs Pazar günü oy kullandı. Katılım 1996 yılından beri görülmemiş bir düzeye çıktı."
    assert values(text, published=None) == [None, "1996"]


def test_a_year_counted_from_in_the_same_sentence_gives_no_year_to_a_day():
    assert values("Dava 3 Mart'ta görüldü; sanık 2019'dan beri tutuklu.", published=None) == [None, "2019"]


def test_a_weekday_still_picks_the_one_year_it_falls_on():
    text = "Seçmenler 12 Mayıs Pazar günü oy kullandı. Önceki seçim 1996 yılında yapılmıştı."
    assert values(text, published=None) == ["1996-05-12", "1996"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("date 2019-04 Sergi 9 Haziran'a kadar açık kalacak.", ["2019-06-09"]),
        ("date 2019-01 Kurul 27 Aralık'ta toplanmıştı.", ["2018-12-27"]),
        ("date 2019-04 Fuar Eylül ayında kapılarını açacak.", ["2019-09"]),
    ],
)
def test_a_publication_month_line_gives_the_year_of_days_and_months(text, expected):
    record = pipeline.extract(text)
    assert (record.published, [d.value for d in record.dates]) == (None, expected)


@pytest.mark.parametrize(
    "text",
    [
        "date 2019-04 Heyet yarın Ankara'ya gelecek.",
        "date 2019-04 Kurul cuma günü toplanacak.",
        "date 2019-04 Tören üç gün önce yapıldı.",
        "date 2019-04 Başkan, bu yıl bütün köy yollarının yenileneceğini söyledi.",
        "date 2019-04 Proje geçen ay başladı.",
        "date 2019-04 Okul geçtiğimiz Ekim ayında açılmıştı.",
        "date 2019-04 Tesis geçen yıl Mayıs ayında hizmete girdi.",
    ],
)
def test_a_publication_month_line_gives_nothing_counted_from_publication(text):
    assert values(text, published=None) == [None]


def test_the_stamps_of_listed_articles_are_no_dates():
    text = "Yazarın diğer yazıları\nKış geldi 14 Ocak 2024 | 312 Okunma Şehir ve deniz 7 Ocak 2024 | 1.045 Okunma"
    assert values(text, published=None) == []


def test_a_date_in_running_text_before_a_bar_is_still_a_date():
    assert values("Toplantı 14 Ocak 2024'te yapıldı | Haber Merkezi", published=None) == ["2024-01-14"]


@pytest.mark.parametrize(
    "text",
    [
        "Kurul 12 Ekim'de toplandı; yeni tesisler 2029'da açılacak.",
        "Vali 9 Şubat'ta ihaleyi yaptıklarını duyurmuş, köprünün 2031'de biteceğini söylemişti.",
    ],
)
def test_a_day_takes_no_year_written_in_its_sentence_in_another_tense(text):
    assert values(text, published=None)[0] is None


def test_a_day_takes_the_year_of_its_sentence_in_its_tense():
    assert values("Fabrika 2019'da kurulmuş, 4 Mart'ta üretime geçmişti.", published=None) == ["2019", "2019-03-04"]


@pytest.mark.parametrize(
    "text",
    [
        "Bir maaşla 2004 yılında on gram altın alınırken, bugün iki gram bile alınamıyor.",
        "Eskiden bu yol bir saat sürerken, bugün on dakikada gidiliyor.",
        "Yirmi yıl önce köyde yüz aile yaşarken bugün sadece on aile kaldı.",
    ],
)
def test_bugun_set_against_a_past_time_is_nowadays(text):
    assert "2026-03-10" not in values(text)


def test_bugun_after_a_ken_clause_without_a_past_time_is_the_day():
    assert values("Toplantı sürerken, bugün yeni bir açıklama yapıldı.") == ["2026-03-10"]


def test_a_stamp_with_a_section_label_weekday_and_clock_is_no_date():
    assert values("GÜNDEM - 14 Mart 2024 Perşembe 10:42\nBelediye yeni parkı açtı.", published=None) == []


@pytest.mark.parametrize(
    "text",
    [
        "Yazarın köşesi\n\n  • 14 Mart 2024 Perşembe\n\nŞehrin parkları bahara hazırlanıyor.",
        "Kent ve kültür\n\n14 Mart 2024 Perşembe\nYorum\n\nŞehrin parkları bahara hazırlanıyor.",
        "Yeni park hizmete girdi\nYayınlama: 14.03.2024\nA+\nA-\n\nBelediye parkı açtı.",
        "Aşı kampanyası sürüyor\nOluşturulma Tarihi: Mart 14, 2024 10:15\n\nVatandaşlar sıraya girdi.",
        "Belediye yeni parkı açtı\n\n  •  Mart 14, 2024\n  • 3 dk okuma\n\nPark çocuklarla doldu.",
        "Kütüphane yenilendi\nMart 14 2024 09:30\nOkurlar yeni salonu gezdi.",
    ],
)
def test_a_page_stamp_with_a_bullet_a_weekday_or_a_publication_label_is_no_date(text):
    assert values(text, published="2024-03-14") == []


def test_the_publication_date_opening_the_text_before_the_writer_is_a_stamp():
    text = "14-03-2024 Selin Arıkan\n\nMahallemize yeni bir kütüphane açıldı."
    assert values(text, published="2024-03-14") == []


def test_a_day_opening_the_text_other_than_publication_is_an_event():
    text = "12 Mart 2024 günü başlayan fuar sona erdi."
    assert values(text, published="2024-03-14") == ["2024-03-12"]


def test_a_weekday_line_in_lower_case_running_text_is_no_stamp():
    assert values("Sergi\n14 Mart 2024 tarihinde\naçılacak.", published="2024-03-01") == ["2024-03-14"]
