"""Organizations in open-world news (issue 17). Inputs are short sentences
written for these tests."""

import pytest

import pipeline


def organizations(text: str) -> list:
    return [e for e in pipeline.extract(text).entities if e.type == "ORGANIZATION"]


def organization_names(text: str) -> list[str]:
    return sorted(e.name for e in organizations(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kredi faizlerini en çok Ziraat Bankası düşürdü.", "Ziraat Bankası"),
        ("Türkiye İş Bankası'nın kârı arttı.", "Türkiye İş Bankası"),
        ("Karar BM Genel Kurulu'nda oylandı.", "BM Genel Kurulu"),
        ("Zirveye G-20 ülkelerinin liderleri katıldı.", "G-20"),
    ],
)
def test_a_listed_organization_is_named_as_the_article_writes_it(text, expected):
    assert organization_names(text) == [expected]


def test_the_canonical_name_stays_when_the_article_writes_it():
    text = "Türkiye Cumhuriyeti Ziraat Bankası dün açıklama yaptı. Ziraat Bankası kârını artırdı."
    assert organization_names(text) == ["Türkiye Cumhuriyeti Ziraat Bankası"]


def test_a_listed_organization_written_otherwise_keeps_its_english_name():
    (bank,) = organizations("Kredi faizlerini en çok Ziraat Bankası düşürdü.")
    assert bank.name_en == "Ziraat Bank"


def test_a_part_of_a_coordinated_name_does_not_rename_it():
    text = "Proje İzmir ve Bursa büyükşehir belediyelerinin ortak çalışmasıdır."
    assert organization_names(text) == ["Bursa Büyükşehir Belediyesi", "İzmir Büyükşehir Belediyesi"]


def missions(text: str) -> list:
    return [e for e in pipeline.extract(text).entities if e.type == "MISSION"]


def test_a_listed_mission_under_its_owner_s_full_name_is_the_listed_mission():
    text = "Birleşmiş Milletler Mali Çok Boyutlu Entegre İstikrar Misyonu üsten çekildi. MINUSMA açıklama yaptı."
    assert [(e.acronym, len(e.mentions)) for e in missions(text)] == [("MINUSMA", 2)]


def test_a_found_mission_under_its_owner_s_acronym_and_full_name_is_one_mission():
    text = "BM Kıyı Gözlem Misyonu görevine başladı. Birleşmiş Milletler Kıyı Gözlem Misyonu iki yıl kalacak."
    assert [e.name for e in missions(text)] == ["Birleşmiş Milletler Kıyı Gözlem Misyonu"]


def country_codes(text: str) -> list[str]:
    return sorted(e.iso2 for e in pipeline.extract(text).entities if e.type == "COUNTRY")


def test_a_country_inside_a_listed_bank_s_name_is_not_meant():
    assert country_codes("Katılım bankaları arasında en büyüğü Kuveyt Türk oldu.") == []


def test_the_country_itself_beside_a_listed_bank_is_still_a_country():
    assert country_codes("Kuveyt Türk, Kuveyt'teki ortağından sermaye aldı.") == ["KW"]


def test_a_country_before_a_state_body_stays_a_country():
    assert country_codes("Program Kanada Uzay Ajansı ile yürütülüyor.") == ["CA"]


def test_a_country_ending_a_company_s_national_arm_is_meant():
    assert country_codes("Vodafone Türkiye yeni tarifesini açıkladı.") == ["TR"]


def test_listed_ministries_before_a_lowercase_plural_head_are_each_named():
    text = "Bu projeler Tarım ve Orman ile Sanayi ve Teknoloji bakanlıkları tarafından yürütülecek."
    assert organization_names(text) == ["Sanayi ve Teknoloji Bakanlığı", "Tarım ve Orman Bakanlığı"]


def test_a_plural_opening_the_sentence_is_no_word_of_the_first_ministry():
    text = "Projeler Tarım ve Orman ile Sanayi ve Teknoloji bakanlıkları tarafından yürütülecek."
    assert organization_names(text) == ["Sanayi ve Teknoloji Bakanlığı", "Tarım ve Orman Bakanlığı"]


def test_a_list_before_a_lowercase_plural_head_that_names_no_listed_body_is_prose():
    assert organization_names("Toplantıya Sağlık ve Eğitim Kolu bakanlıkları katıldı.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Deplasmanda Galatasaray Odeabank'a 80-78 yenildiler.", ["Galatasaray Odeabank"]),
        ("Darüşşafaka Doğuş ise haftayı dokuzuncu sırada tamamladı.", ["Darüşşafaka Doğuş"]),
        ("Panathinaikos Superfoods (Yunanistan) ikinci sırada.", ["Panathinaikos Superfoods"]),
    ],
)
def test_a_listed_club_under_its_sponsor_s_name_is_named_so(text, expected):
    assert organization_names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Galatasaray Başkanı dün konuştu.", ["Galatasaray"]),
        ("Maçta Galatasaray Fenerbahçe'yi yendi.", ["Fenerbahçe", "Galatasaray"]),
        ("Galatasaray Kadıköy'de kazandı.", ["Galatasaray"]),
        ("Galatasaray Mehmet Yılmaz ile anlaştı.", ["Galatasaray"]),
    ],
)
def test_an_office_a_club_a_place_or_a_person_after_a_club_is_no_sponsor(text, expected):
    assert organization_names(text) == expected


def test_a_shared_acronym_is_the_organization_the_article_names_in_full():
    text = "Türkiye Voleybol Federasyonu yeni sezonu tanıttı. TVF, kadın ligini de duyurdu."
    assert [(e.name, len(e.mentions)) for e in organizations(text)] == [("Türkiye Voleybol Federasyonu", 2)]


def test_a_listed_name_in_a_case_inside_a_longer_name_is_no_mention_of_its_own():
    text = "Bağış, Türk Silahlı Kuvvetlerini Güçlendirme Vakfına yapıldı."
    assert organization_names(text) == ["Türk Silahlı Kuvvetlerini Güçlendirme Vakfı"]


def test_a_legal_form_s_dot_before_a_lowercase_word_belongs_to_the_name():
    text = "İhalede Deniz Kıyı Yatırımları Holding A.Ş. elendi."
    assert organization_names(text) == ["Deniz Kıyı Yatırımları Holding A.Ş."]


def test_a_legal_form_s_dot_that_ends_the_sentence_is_the_sentence_s():
    assert organization_names("Sözleşmeyi imzalayan şirket Deniz Kıyı Holding A.Ş.") == ["Deniz Kıyı Holding A.Ş"]


def test_a_company_with_and_without_its_form_s_final_dot_is_one_company():
    text = "Teklifi ilk olarak Deniz Kıyı Holding A.Ş verdi. Sonra Deniz Kıyı Holding A.Ş. çekildi."
    assert organization_names(text) == ["Deniz Kıyı Holding A.Ş."]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Almanya'nın Federal Anayasa Mahkemesi kararını verdi.", ("Federal Anayasa Mahkemesi", "DE")),
        ("İngiliz Kraliyet Hava Kuvvetleri tatbikat yaptı.", ("Kraliyet Hava Kuvvetleri", "GB")),
        ("Federal Anayasa Mahkemesi kararını verdi.", ("Federal Anayasa Mahkemesi", None)),
    ],
)
def test_a_state_form_turkiye_lacks_makes_a_generic_body_another_states(text, expected):
    (body,) = [e for e in pipeline.extract(text).entities if e.type == "ORGANIZATION"]
    assert (body.name, body.country) == expected
