"""Organizations in open-world news (issue 17): outlets named as a source, quoted names
before a cue noun, numbered names, centres named for what they run. Inputs are short
sentences written for these tests."""

import pytest

import pipeline


def organization_names(text: str) -> list[str]:
    return sorted(e.name for e in pipeline.extract(text).entities if e.type == "ORGANIZATION")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Belediye meclisi zammı onayladı.\n\nKaynak: Kent Postası", ["Kent Postası"]),
        ("Belediye meclisi zammı onayladı.\n\nKaynak: Yerel Ses / Ayşe Kaya", ["Yerel Ses"]),
        ("Belediye meclisi zammı onayladı.\n\nKaynak: AA / Ali Veli - Ekonomi", ["Anadolu Ajansı"]),
        ("Belediye meclisi zammı onayladı.\n\nKaynak: Ajanslar", []),
        ("Belediye meclisi zammı onayladı.\n\nKAYNAK : Kent Postası", ["Kent Postası"]),
    ],
)
def test_a_source_line_names_the_outlet(text, expected):
    assert organization_names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "KARS (İHA) - Vali dün köyleri gezdi.",
        "Vali dün köyleri gezdi. (KARS-İHA)",
        "Vali dün köyleri gezdi.\n\nİHA",
        "Vali dün köyleri gezdi.\n\nKaynak: iha",
    ],
)
def test_a_listed_agency_in_a_dateline_or_on_the_last_line_is_the_source(text):
    assert organization_names(text) == ["İhlas Haber Ajansı"]


def test_the_same_acronym_in_prose_is_no_agency():
    assert organization_names("Ordu yeni İHA ve SİHA aldı. İHA ilk uçuşunu yaptı.") == []


def test_the_source_word_inside_a_sentence_names_no_outlet():
    assert organization_names("Kaynak Yapı bu yıl büyüdü. Kaynak: hesaplamalar bize ait.") == []


def test_a_quoted_name_before_a_cue_noun_is_a_company():
    assert organization_names('Ödülü festivalin sponsoru "Martı" bankası verdi.') == ["Martı"]


def test_a_number_that_numbers_the_name_stays_in_it():
    text = "Dün 12 Nolu Şehir İçi Taşıyıcılar Kooperatifi zam istedi."
    assert organization_names(text) == ["12 Nolu Şehir İçi Taşıyıcılar Kooperatifi"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Vali dün Kartal Afet Koordinasyon Merkezi'nde toplantı yaptı.", ["Kartal Afet Koordinasyon Merkezi"]),
        ("Toplantı Yalova Acil Durum Yönetim Merkezi'nde yapıldı.", ["Yalova Acil Durum Yönetim Merkezi"]),
        ("Raporu dün Deniz Bilimleri Araştırma Merkezi hazırladı.", ["Deniz Bilimleri Araştırma Merkezi"]),
        ("Kayaklar Palandöken Kayak Merkezi'nde satıldı.", []),
    ],
)
def test_a_centre_named_for_what_it_runs_or_studies_is_a_body_a_venue_is_not(text, expected):
    assert organization_names(text) == expected


def test_meclis_with_no_fuller_name_is_the_national_parliament():
    text = "Milletvekilleri dün toplandı. Meclis'te yasa kabul edildi."
    assert organization_names(text) == ["Türkiye Büyük Millet Meclisi"]


def test_meclis_amid_a_town_councils_words_is_no_national_parliament():
    text = "Belediye Başkanı Ali Kaya konuştu. Meclis toplantısında meclis üyeleri bütçeyi onayladı."
    assert organization_names(text) == []


def test_a_listed_company_after_a_given_name_is_a_surname():
    assert organization_names("Ödülü Bülent Eczacıbaşı verdi.") == []
    assert organization_names("Ödülü Eczacıbaşı verdi.") == ["Eczacıbaşı"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dün Kartal Şirketler Grubu Yönetim Kurulu Başkanı Ali Kaya tutuklandı.", ["Kartal Şirketler Grubu"]),
        ("Dün Kartal Mobilya Yönetim Kurulu Başkanı Ali Kaya konuştu.", ["Kartal Mobilya"]),
        ("Dün Yeşil Ova Eğitim Vakfı Yönetim Kurulu toplandı.", ["Yeşil Ova Eğitim Vakfı"]),
    ],
)
def test_a_board_after_a_companys_or_bodys_name_is_a_unit_of_it(text, expected):
    assert organization_names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Geçen yıl Northern Steel'i satın aldılar.", ["Northern Steel"]),
        ("Şirket daha sonra Royal Biscuits ile birleşti.", ["Royal Biscuits"]),
    ],
)
def test_an_english_trade_word_closes_a_foreign_company_name(text, expected):
    assert organization_names(text) == expected


def test_a_listed_name_opens_a_compound_without_its_possessive():
    text = "İstanbul Büyükşehir Belediye (İBB) Meclisi dün toplandı. İBB Meclisi bütçeyi onayladı."
    names = organization_names(text)
    assert "İstanbul Büyükşehir Belediye Meclisi" in names and "İBB Meclisi" not in names


def test_abbreviated_trade_words_before_a_legal_form_belong_to_the_company_name():
    text = "Ödemeyi dün Yıldız Gıda Paz. San. ve Tic. Ltd. Şti yaptı."
    assert organization_names(text) == ["Yıldız Gıda Paz. San. ve Tic. Ltd. Şti"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('İkili geçen yıl "Mavi Ay" isimli bir şirket kurdu.', ["Mavi Ay"]),
        ("Para dün Kuzey Yapı adlı firmaya aktarıldı.", ["Kuzey Yapı"]),
        ('Ödülü "Gece Yarısı" adlı film aldı.', []),
        ("Ailenin Can adında bir oğlu var.", []),
    ],
)
def test_a_name_introduced_as_an_organizations_is_one(text, expected):
    assert organization_names(text) == expected


def test_a_room_is_no_chamber():
    assert organization_names("İhale dün Soyunma Odası ve Tribün işi için yapıldı.") == []
    assert organization_names("Ankara Ticaret Odası dün toplandı.") == ["Ankara Ticaret Odası"]


def test_a_short_name_that_opens_a_companys_legal_name_is_that_company():
    text = "Yatırımı dün Kartal Otomotiv yaptı. Kartal Otomotiv Sanayi Türkiye AŞ Genel Müdürü konuştu."
    assert organization_names(text) == ["Kartal Otomotiv Sanayi Türkiye AŞ"]


def test_a_listed_party_followed_by_the_word_party_is_the_party():
    text = "Törene CHP Parti Meclis Üyesi Ali Kaya katıldı."
    assert organization_names(text) == ["Cumhuriyet Halk Partisi"]


def test_a_citys_name_before_a_body_every_city_has_makes_one_name():
    text = "Açıklamayı dün Kocaeli Büyükşehir Belediyesi Ulaşım Koordinasyon Merkezi yaptı."
    assert organization_names(text) == ["Kocaeli Büyükşehir Belediyesi",
                                        "Kocaeli Büyükşehir Belediyesi Ulaşım Koordinasyon Merkezi"]


def test_a_dash_with_a_space_beside_it_ends_a_dateline_not_joins_a_name():
    text = "Kent Haber- Milli Eğitim Bakanlığı Talim ve Terbiye Kurulu dün toplandı."
    assert "Milli Eğitim Bakanlığı Talim ve Terbiye Kurulu" in organization_names(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Haberi dün Kuzey gazetesi duyurdu.", ["Kuzey"]),
        ("Biletler resmi satış kanalı Biletmax üzerinden satıldı.", ["Biletmax"]),
        ("Haber ilk kez devlet televizyonu KNT'de yayımlandı.", ["KNT"]),
    ],
)
def test_an_outlet_named_beside_its_kind_is_an_organization(text, expected):
    assert organization_names(text) == expected


def test_a_group_of_companies_is_the_group():
    text = "Kartal Grubu ihaleyi kazandı. Kartal Şirketler Grubu Yönetim Kurulu Başkanı konuştu."
    assert organization_names(text) == ["Kartal Grubu"]


def test_of_the_party_written_without_an_apostrophe_is_a_mention_of_the_party():
    assert organization_names("Oylamada AK Partili vekiller ret oyu verdi.") == ["AK Parti"]


def test_a_listed_acronym_before_ve_is_a_name_of_its_own():
    assert organization_names("Oylamada MHP ve Cumhur İttifakı ret oyu verdi.") == [
        "Cumhur İttifakı", "Milliyetçi Hareket Partisi"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sarıkum'da yer alan habere göre köprü kapandı.", ["Sarıkum"]),
        ("Kent Postası'nın haberine göre ihale ertelendi.", ["Kent Postası"]),
        ("Ali Kaya'nın haberine göre ihale ertelendi.", []),
    ],
)
def test_the_source_of_a_quoted_report_is_an_outlet(text, expected):
    assert organization_names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mısır'ın Nil el-Yevm kanalına göre görüşme ertelendi.", ["Nil el-Yevm"]),
        ("Yazar dün Bahru'l Ulum gazetesine konuştu.", ["Bahru'l Ulum"]),
        ("İsrail'in Kanal 14 televizyonu görüntüleri yayımladı.", ["Kanal 14"]),
        ("Yunan Mavi Ufuk gazetesi iddiayı yazdı.", ["Mavi Ufuk"]),
        ("Muhabir 'Doğu Sesi' gazetesine konuştu.", ["Doğu Sesi"]),
    ],
)
def test_an_outlet_before_its_kind_keeps_its_particles_and_number(text, expected):
    # an Arabic article, a number, a nationality before the name, a name in quotation marks
    assert organization_names(text) == expected
