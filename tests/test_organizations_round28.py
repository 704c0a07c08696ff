"""Organizations, round 28: where a found name begins at a sentence's start; facilities and squares
named after a company or a body. Sentences written for these tests."""

import pytest

import pipeline


def organization_names(text: str) -> list[str]:
    return [e.name for e in pipeline.extract(text, published="2026-03-10").entities if e.type == "ORGANIZATION"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Operasyona Özel Harekat Şube Müdürlüğü de destek verdi.", ["Özel Harekat Şube Müdürlüğü"]),
        ("Polis geldi. Yaralılar Devlet Hastanesine kaldırıldı.", ["Devlet Hastanesi"]),
        ("Projeye Kalyon İnşaat katıldı.", ["Kalyon İnşaat"]),
        ("Törene Tekfen İnşaat yöneticileri katıldı.", ["Tekfen İnşaat"]),
        ("İhaleye Cengiz İnşaat teklif verdi.", ["Cengiz İnşaat"]),
    ],
)
def test_an_ordinary_word_in_a_case_or_plural_opening_the_sentence_is_no_part_of_the_name(text, names):
    assert organization_names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Avcılar Kent Konseyi toplandı.", ["Avcılar Kent Konseyi"]),  # a district's name
        ("Daire Başkanlığı açıklama yaptı.", ["Daire Başkanlığı"]),  # a word of its own, no dative
        ("Emekliler Derneği üyeleri toplandı.", ["Emekliler Derneği"]),  # a plural right before the head
        ("Haklar ve Özgürlükler Partisi açıklama yaptı.", ["Haklar ve Özgürlükler Partisi"]),
    ],
)
def test_a_name_opening_with_a_word_that_looks_inflected_stays_whole(text, names):
    assert organization_names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Yatırımcı Hakları Derneği açıklama yaptı. Dernek yatırımcı haklarını anlattı.",
         ["Yatırımcı Hakları Derneği"]),
        ("Üretici Birlikleri Federasyonu toplandı. Federasyon üretici fiyatlarını açıkladı.",
         ["Üretici Birlikleri Federasyonu"]),
    ],
)
def test_a_word_written_in_lowercase_elsewhere_before_a_possessive_head_opens_the_name(text, names):
    assert organization_names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Toplantıda Trabzon Lojistik Merkezi projesine ilişkin gelişmeler görüşüldü.", []),
        ("Şirket bir Avrupa bankasından 62 milyon avroluk kredi sağladı.", []),
    ],
)
def test_a_facility_or_a_kind_of_company_is_no_company(text, names):
    assert organization_names(text) == names


def test_a_trade_word_closes_a_company_before_a_lowercase_word():
    assert organization_names("Arkas Lojistik yeni bir depo açtı.") == ["Arkas Lojistik"]


@pytest.mark.parametrize(
    "text",
    ["Kızılay Meydanı'nda toplandılar.", "Öğrenciler Kızılay Meydanında buluştu.", "Kızılay Caddesi trafiğe kapatıldı."],
)
def test_a_body_naming_a_square_or_street_is_no_mention_of_it(text):
    assert organization_names(text) == []


def test_the_body_itself_stays():
    assert organization_names("Kızılay bölgeye yardım gönderdi.") == ["Kızılay"]


@pytest.mark.parametrize(
    "text",
    [
        "Tanpınar'ın \"Saatleri Ayarlama Enstitüsü\" romanını okudum.",
        "Yazarın “Beyaz Kale Müzesi” kitabı çok satıldı.",
        "\"Kuzey Yıldızı Derneği\" filminde başrolü üstlendi.",
    ],
)
def test_a_quoted_title_of_a_work_is_no_organization(text):
    assert organization_names(text) == []


def test_a_quoted_name_before_no_work_noun_stays_an_organization():
    assert organization_names("\"Masumiyet Müzesi\" ziyaretçilere açıldı.") == ["Masumiyet Müzesi"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Kadın Girişimi Kooperatifi kuruldu.", ["Kadın Girişimi Kooperatifi"]),
        ("Nusaybin Kadın Girişimi Kooperatifi kuruldu.", ["Nusaybin Kadın Girişimi Kooperatifi"]),
        ("Ege Kadın Girişimi Derneği kuruldu.", ["Ege Kadın Girişimi Derneği"]),
    ],
)
def test_an_initiative_right_before_the_head_is_a_word_of_the_name(text, names):
    assert organization_names(text) == names


def test_a_title_before_a_person_still_ends_the_name_before_it():
    text = "Vakıf Başkanı Ali Demir ve Ege Gönüllüler Vakfı üyeleri katıldı."
    assert organization_names(text) == ["Ege Gönüllüler Vakfı"]


def organizations(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.name, e.acronym, e.country) for e in pipeline.extract(text, published="2026-03-10").entities
            if e.type == "ORGANIZATION"]


def test_a_capital_in_capitals_before_a_dash_is_a_dateline_not_an_agency():
    assert "Suriye Arap Haber Ajansı" not in organization_names("SANA - Husiler, Kızıldeniz'de bir gemiyi hedef aldı.")


def test_an_agency_in_a_datelines_parentheses_stays():
    assert "Suriye Arap Haber Ajansı" in organization_names("ŞAM (SANA) - Hükümet açıklama yaptı.")


def test_an_acronym_after_another_countrys_body_is_the_articles_own():
    text = "İsviçre Ulusal Bankası (SNB) faizi sabit tuttu. SNB yıl sonu hedefini açıkladı."
    assert organizations(text) == [("İsviçre Ulusal Bankası", "SNB", "CH")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Bakü-Tiflis-Kars (BTK) demiryolu hattında seferler başladı. BTK hattı yük taşıyor.", []),
        ("BTK yeni düzenlemeyi açıkladı.", ["Bilgi Teknolojileri ve İletişim Kurumu"]),
        ("Avrupa Birliği (AB) Komisyonu toplandı.", ["Avrupa Komisyonu", "Avrupa Birliği"]),
    ],
)
def test_a_listed_acronym_the_article_spells_with_other_words_is_no_mention_of_the_listed_body(text, names):
    assert organization_names(text) == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bakan, Münih Güvenlik Konferansı'nda konuştu.", "Münih Güvenlik Konferansı"),
        ("Antalya Diplomasi Forumu'na 150 ülkeden katılım oldu.", "Antalya Diplomasi Forumu"),
        ("MGK Genel Sekreterliği yeni atamaları duyurdu.", "MGK Genel Sekreterliği"),
        ("Dünya Atletizm yeni kuralları açıkladı.", "Dünya Atletizm"),
        ("MESS ile sendikalar arasında toplu sözleşme imzalandı.", "Türkiye Metal Sanayicileri Sendikası"),
        ("KEİ Daimi Uluslararası Sekretaryası toplantı düzenledi.", "KEİ Daimi Uluslararası Sekretaryası"),
        ("U21 Milli Takımı rakibini yendi.", "U21 Milli Takımı"),
        ("A Milli Kadın Futbol Takımı rakibini yendi.", "A Milli Kadın Futbol Takımı"),
        ("Ziraat Türkiye Kupası'nda çeyrek final heyecanı başladı.", "Ziraat Türkiye Kupası"),
        ("Seçime Demokratik Koalisyon da katıldı.", "Demokratik Koalisyon"),
        ("Mi Hazánk seçime katıldı.", "Mi Hazánk"),
        ("Şikayet Kayseri İl Tüketici Hakem Heyetine iletildi.", "Kayseri İl Tüketici Hakem Heyeti"),
    ],
)
def test_listed_conferences_bodies_teams_and_parties(text, name):
    assert name in organization_names(text)


def test_a_championship_named_after_world_athletics_is_no_mention_of_it():
    assert "Dünya Atletizm" not in organization_names("Dünya Atletizm Şampiyonası'nda madalya kazandı.")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Tura Gulf Horizon Ventures liderlik etti.", ["Tura Gulf Horizon Ventures"]),
        ("Şirket Japon Takeda Kogyo şirketiyle ortaklık kurdu.", ["Takeda Kogyo"]),
        ("Şirket Yamada Denki şirketiyle ortaklık kurdu.", ["Yamada Denki"]),
        ("Alman Deutsche Bank kâr açıkladı.", ["Deutsche Bank"]),
    ],
)
def test_a_foreign_company_by_its_trade_word_without_the_turkish_words_before_it(text, names):
    assert organization_names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Collective Spark ve Revo Capital yatırım yaptı.", ["Revo Capital"]),
        ("Yakamoz Gayrimenkul ve Poyraz Lojistik şirketleri anlaştı.", ["Yakamoz Gayrimenkul", "Poyraz Lojistik"]),
        ("Para \"Yakamoz Gayrimenkul\" ve \"Poyraz Lojistik\" şirketlerine aktarıldı.",
         ["Yakamoz Gayrimenkul", "Poyraz Lojistik"]),
        ("Konut ve Gayrimenkul Fuarı açıldı.", []),
    ],
)
def test_coordinated_companies_are_two_names(text, names):
    assert organization_names(text) == names


def test_a_district_office_keeps_its_opener_at_a_sentences_start():
    text = "Okullar ilçesinde ünlü. İlçe Milli Eğitim Müdürlüğü açıklama yaptı."
    assert organization_names(text) == ["İlçe Milli Eğitim Müdürlüğü"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Fransa Silahlı Kuvvetler Bakanlığı yeni bütçeyi açıkladı.", ["Fransa Silahlı Kuvvetler Bakanlığı"]),
        ("Ceza ve Tedbir İnfaz Kurumları Genel Müdürlüğüne yazı gönderildi.",
         ["Ceza ve Tedbir İnfaz Kurumları Genel Müdürlüğü"]),
        ("Sanayi ve Teknoloji Bakanlığı Kalkınma Ajansları Genel Müdürü Ferhat Öztürk konuştu.",
         ["Sanayi ve Teknoloji Bakanlığı"]),
        ("Mahkemenin 7 üyeli İkinci Dairesi karar verdi.", []),
        ("Mahkemenin İkinci Dairesi karar verdi.", []),
        ("Danıştay'ın 5. Dairesi karar verdi.", ["Danıştay"]),
    ],
)
def test_no_inner_or_numbered_body_is_made_up_from_a_longer_name(text, names):
    assert organization_names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Yargıtay 3. Hukuk Dairesi karar verdi.", ["Yargıtay 3. Hukuk Dairesi"]),
        ("Sağlık ve İçişleri Bakanlıkları ortak açıklama yaptı.", ["Sağlık Bakanlığı", "İçişleri Bakanlığı"]),
    ],
)
def test_numbered_units_with_their_owner_and_listed_ministries_stay(text, names):
    assert organization_names(text) == names


def test_a_board_lists_the_matters_it_rules_on_with_commas():
    text = "UEFA Kontrol, Etik ve Disiplin Kurulu, kulübe ceza verdi."
    assert organization_names(text) == ["UEFA Kontrol, Etik ve Disiplin Kurulu"]


@pytest.mark.parametrize(
    "text", ["Yeniden Refah'ın tutumu merak konusu oldu.", "Yeniden Refah, erken seçim önergesine destek verecek."]
)
def test_a_partys_short_name_is_the_party(text):
    record = pipeline.extract(text, published="2026-03-10")
    assert [(e.type, e.acronym) for e in record.entities if e.type in ("ORGANIZATION", "PERSON")] == [
        ("ORGANIZATION", "YRP")]


def test_the_presidential_system_of_government_names_no_body():
    record = pipeline.extract('Bakan, "Cumhurbaşkanlığı hükümet sisteminin ilkelerine uyacağız" dedi.',
                              published="2026-03-10")
    assert [e.name for e in record.entities if e.type == "ORGANIZATION"] == []


def test_meclis_after_a_partys_council_is_the_parliament():
    text = "Parti Meclisi toplandı. Sözcü, yasal düzenlemelerin Meclis'e gelmesi gerektiğini söyledi."
    names = [e.name for e in pipeline.extract(text, published="2026-03-10").entities if e.type == "ORGANIZATION"]
    assert names == ["Parti Meclisi", "Türkiye Büyük Millet Meclisi"]


def test_meclis_after_a_municipal_council_is_that_council():
    text = "Belediye Meclisi toplandı. Meclis'te bütçe kabul edildi."
    names = [e.name for e in pipeline.extract(text, published="2026-03-10").entities if e.type == "ORGANIZATION"]
    assert names == ["Belediye Meclisi"]


@pytest.mark.parametrize("text", ['Ali, "Derneğimizin kuruluşu" dedi.', "Partimizin kuruluşundan bu yana mücadele ediyoruz."])
def test_our_own_body_before_a_cue_is_no_name(text):
    record = pipeline.extract(text, published="2026-03-10")
    assert [e.name for e in record.entities if e.type == "ORGANIZATION"] == []


def test_a_name_ending_like_a_possessive_before_a_cue_stays():
    record = pipeline.extract("Deniz şirketi büyüdü.", published="2026-03-10")
    assert [e.name for e in record.entities if e.type == "ORGANIZATION"] == ["Deniz"]
