import pytest

import pipeline
from tests.conftest import run_stages_with_model_spans


def organizations(text: str) -> list[tuple[str, list[str]]]:
    record = pipeline.extract(text)
    return [(e.name, [m.text for m in e.mentions]) for e in record.entities if e.type == "ORGANIZATION"]


def organization(text: str, name: str):
    return next(e for e in pipeline.extract(text).entities if e.type == "ORGANIZATION" and e.name == name)


def test_listed_organization_and_its_acronym_are_one_entity():
    text = "Avrupa Birliği (AB) üyeleri toplandı. AB'nin genişleme süreci ele alındı."
    entity = organization(text, "Avrupa Birliği")
    assert (entity.acronym, entity.name_en) == ("AB", "European Union")
    assert [m.text for m in entity.mentions] == ["Avrupa Birliği", "AB", "AB'nin"]


def test_unlisted_name_ending_in_a_head_noun_is_an_organization_in_the_nominative():
    text = "Karadeniz Kıyı Kentleri Platformu'nun ilk toplantısı yapıldı."
    assert organizations(text) == [("Karadeniz Kıyı Kentleri Platformu", ["Karadeniz Kıyı Kentleri Platformu'nun"])]


def test_head_noun_suffix_written_without_apostrophe_is_cut_from_the_name():
    # (a board, ``Yönetim Kurulu``, would be the fund's unit: a named council keeps its name)
    text = "Proje 2 Haziran'da Asya Altyapı Fonu Danışma Kurulunda onaylandı."
    assert organizations(text) == [("Asya Altyapı Fonu Danışma Kurulu", ["Asya Altyapı Fonu Danışma Kurulunda"])]


def test_acronym_in_parentheses_becomes_the_acronym_of_an_unlisted_organization():
    text = "Ankara Ticaret Odası (ATO) toplantısı yapıldı. ATO Başkanı konuştu."
    entity = organization(text, "Ankara Ticaret Odası")
    assert entity.acronym == "ATO"
    assert [m.text for m in entity.mentions] == ["Ankara Ticaret Odası", "ATO", "ATO"]


def test_acronym_inside_a_name_leaves_one_name_and_names_the_inner_organization():
    text = "ABD'nin Birleşmiş Milletler (BM) Daimi Temsilciliğinden açıklama geldi."
    assert organizations(text) == [
        ("Birleşmiş Milletler", ["Birleşmiş Milletler", "BM"]),
        ("Birleşmiş Milletler Daimi Temsilciliği", ["Birleşmiş Milletler (BM) Daimi Temsilciliğinden"]),
    ]


def test_ministry_after_a_foreign_country_is_that_countrys_ministry():
    text = "Rusya Dışişleri Bakanlığı ile Dışişleri Bakanlığı arasında görüşme yapıldı."
    found = {e.name: e.country for e in pipeline.extract(text).entities if e.type == "ORGANIZATION"}
    assert found == {"Rusya Dışişleri Bakanlığı": "RU", "Dışişleri Bakanlığı": "TR"}


def test_ministry_after_turkiye_is_the_turkish_ministry():
    assert organizations("Türkiye Dışişleri Bakanlığı açıklama yaptı.") == [
        ("Dışişleri Bakanlığı", ["Dışişleri Bakanlığı"])
    ]


def test_office_titles_are_not_organizations():
    assert organizations("Dışişleri Bakanı Hakan Fidan ile Ticaret Bakanı Ömer Bolat görüştü.") == []


def test_presidency_opening_an_office_title_is_not_mentioned():
    text = "Cumhurbaşkanlığı Savunma Sanayii Başkanı konuştu. Cumhurbaşkanlığı'ndan açıklama geldi."
    assert organizations(text) == [("Cumhurbaşkanlığı", ["Cumhurbaşkanlığı'ndan"])]


def test_command_of_a_listed_mission_is_no_new_organization():
    assert organizations("Türkiye KFOR Komutanlığı görevini devraldı.") == []


def test_listed_organization_opening_a_longer_listed_name_is_no_mention_of_its_own():
    assert organizations("AB Komisyonu raporu yayımladı. BM Güvenlik Konseyi toplandı.") == [
        ("AB Komisyonu", ["AB Komisyonu"]),
        ("BM Güvenlik Konseyi", ["BM Güvenlik Konseyi"]),
    ]


def test_headline_typo_still_finds_the_listed_organization():
    assert organizations("TÜRK DEVLKETLERİ TEŞKİLATI\nZirve yapıldı.") == [
        ("Türk Devletleri Teşkilatı", ["TÜRK DEVLKETLERİ TEŞKİLATI"])
    ]


def test_split_spelling_of_isbirligi_matches_the_listed_name():
    entity = organization("Güneydoğu Avrupa İş birliği Süreci toplandı.", "Güneydoğu Avrupa İşbirliği Süreci")
    assert entity.acronym == "GDAÜ"


def test_company_introduced_by_a_cue_noun():
    text = "Banka, enerji şirketi Mav Elektrik'e 25 milyon euro kredi verdi."
    assert organizations(text) == [("Mav Elektrik", ["Mav Elektrik'e"])]


def test_organization_shaped_name_of_a_customs_union_is_no_organization():
    assert organizations("Gümrük Birliği'nin güncellenmesi görüşüldü.") == []


def test_two_names_joined_by_ve_stay_two_organizations():
    text = "Boğaziçi Üniversitesi ve Orta Doğu Teknik Üniversitesi öğrencileri katıldı."
    assert [name for name, _ in organizations(text)] == ["Boğaziçi Üniversitesi", "Orta Doğu Teknik Üniversitesi"]


@pytest.mark.parametrize("text, name", [
    ("Jandarma ve İl Tarım Müdürlüğü ekipleri denetim yaptı.", "İl Tarım Müdürlüğü"),
    ("Vali Yardımcısı Ayşe Kaya ve İlçe Emniyet Müdürlüğü yetkilileri katıldı.", "İlçe Emniyet Müdürlüğü"),
])
def test_office_of_a_province_or_district_after_ve_opens_its_own_name(text, name):
    assert name in [found for found, _ in organizations(text)]
    assert not any(found.endswith(" ve " + name) for found, _ in organizations(text))


def test_sentence_opening_word_is_not_part_of_a_name():
    assert organizations("Ayrıca Kuzey Ege Kalkınma Ajansı açıklama yaptı.") == [
        ("Kuzey Ege Kalkınma Ajansı", ["Kuzey Ege Kalkınma Ajansı"])
    ]


def run_with_model_spans(text: str, spans: list[tuple[int, int]]):
    """Organizations when model ORG spans stand at ``spans`` and the organization stage reads
    them (``use_ner``, off by default)."""
    reading_model_spans = pipeline.load().create_pipe("trnews_organizations", config={"use_ner": True})
    doc = run_stages_with_model_spans(text, "ORG", spans, {"trnews_organizations": reading_model_spans})
    return [e for e in doc._.trnews_entities if e.type == "ORGANIZATION"]


def test_model_org_spans_become_organizations_named_without_suffix():
    text = "Açıklamayı Zeki Triko yaptı ve Zeki Triko'nun hisseleri yükseldi."
    entities = run_with_model_spans(text, [(11, 21), (31, 41)])
    assert [(e.name, e.label, [m.text for m in e.mentions]) for e in entities] == [
        ("Zeki Triko", "ORG", ["Zeki Triko", "Zeki Triko'nun"])
    ]


def test_model_span_ending_in_an_office_title_is_no_organization():
    text = "Dışişleri Bakanı konuştu."
    assert run_with_model_spans(text, [(0, 16)]) == []


def test_model_span_of_a_listed_organization_takes_the_listed_entity():
    entities = run_with_model_spans("Kuzey Atlantik Antlaşması Örgütü toplandı.", [(0, 32)])
    assert [(e.acronym, e.name_en, e.label) for e in entities] == [("NATO", "North Atlantic Treaty Organization", None)]


def test_model_span_of_a_bare_head_noun_is_no_organization():
    assert run_with_model_spans("Platformun toplantısı yapıldı.", [(0, 10)]) == []


def test_model_span_of_a_country_name_is_no_organization():
    assert run_with_model_spans("Toplantıda Türkiye konuştu.", [(11, 18)]) == []


def test_country_in_parentheses_is_no_acronym_of_the_organization_before_it():
    text = "Federal Rezerv (ABD) faizi sabit tuttu. ABD ekonomisi büyüdü."
    assert organizations(text) == [("Federal Rezerv", ["Federal Rezerv"])]


def test_unlisted_name_opening_with_a_country_belongs_to_that_country():
    entity = organization("Atina'daki Türkiye Büyükelçiliği açıklama yaptı.", "Türkiye Büyükelçiliği")
    assert entity.country == "TR"


def test_general_assembly_of_a_listed_organization_is_that_organization():
    text = "Türkiye Odalar ve Borsalar Birliği Genel Kurulu'nda konuştu."
    assert organizations(text) == [("Türkiye Odalar ve Borsalar Birliği", ["Türkiye Odalar ve Borsalar Birliği"])]


def test_model_span_naming_an_event_is_no_organization():
    assert run_with_model_spans("İstanbul Enerji Zirvesi başladı.", [(0, 23)]) == []


def test_ve_after_a_country_joins_the_country_and_a_name_not_one_name():
    text = "Türkiye ve Karadeniz Liman Şehirleri Platformu toplandı."
    assert organizations(text) == [("Karadeniz Liman Şehirleri Platformu", ["Karadeniz Liman Şehirleri Platformu"])]


def test_person_named_after_a_title_is_not_part_of_the_next_organization():
    text = "Vakfı Başkanı Ali Demir ve İstanbul Protestan Kilisesi Vakfı açıklama yaptı."
    assert [name for name, _ in organizations(text)] == ["İstanbul Protestan Kilisesi Vakfı"]


def test_name_ending_in_forces_is_an_organization_of_its_country():
    entity = organization("Gürcistan Savunma Kuvvetleri'nin tatbikatı sürüyor.", "Gürcistan Savunma Kuvvetleri")
    assert entity.country == "GE"


def test_name_ending_in_a_plant_head_noun_is_an_organization():
    text = "Aliağa'daki Ege Rafinerisi üretime ara verdi."
    assert organizations(text) == [("Ege Rafinerisi", ["Ege Rafinerisi"])]


def test_foreign_company_name_ending_in_a_legal_form_or_trade_word_is_an_organization():
    text = "Yeni yatırımı Nordic Marine Systems'in ortakları üstlendi."
    assert organizations(text) == [("Nordic Marine Systems", ["Nordic Marine Systems'in"])]


def test_foreign_head_noun_takes_no_suffix_without_an_apostrophe():
    assert organizations("YENİ BANKNOTLAR TEDAVÜLE GİRDİ") == []


def test_descriptive_national_body_after_a_foreign_country_is_that_countrys_body():
    entity = organization("Japonya Halk Bankası faiz kararını açıkladı.", "Japonya Halk Bankası")
    assert entity.country == "JP"


def test_brand_name_after_a_foreign_country_stays_the_listed_company():
    text = "Anlaşmayı Azerbaycan ile ASELSAN imzaladı."
    assert [name for name, _ in organizations(text)] == ["ASELSAN"]


def test_body_that_only_qualifies_a_listed_office_title_is_no_organization():
    text = "Toplantıya Hava Kuvvetleri Komutanı Orgeneral Ali Kaya ve Merkez Bankası Başkanları katıldı."
    assert organizations(text) == []


def test_listed_foreign_defence_company_is_an_organization_of_its_country():
    entity = organization("Fransa, Dassault Aviation ile yeni uçak siparişi imzaladı.", "Dassault Aviation")
    assert entity.country == "FR"


def test_sentence_opening_word_in_the_locative_is_not_part_of_the_name():
    text = "Bakanlar buluştu. Toplantıda Gürcistan Savunma Kuvvetleri ele alındı."
    assert [name for name, _ in organizations(text)] == ["Gürcistan Savunma Kuvvetleri"]


def test_unlisted_body_named_with_the_acronym_or_the_full_name_of_its_organization_is_one_entity():
    text = (
        "Ekonomik İşbirliği Teşkilatı (EİT) Bakanlar Konseyi Bakü'de toplandı. "
        "EİT Bakanlar Konseyi ortak bildiri yayımladı."
    )
    # the organization given its acronym is named too, and its council by that acronym
    council = organization(text, "EİT Bakanlar Konseyi")
    assert [m.text for m in council.mentions] == ["Bakanlar Konseyi", "EİT Bakanlar Konseyi"]
    assert organization(text, "Ekonomik İşbirliği Teşkilatı").acronym == "EİT"


def test_organization_named_as_written_keeps_the_catalogue_name():
    entity = organization("BM Güvenlik Konseyi toplandı.", "BM Güvenlik Konseyi")
    assert entity.catalogue_name == "Birleşmiş Milletler Güvenlik Konseyi"


def test_organization_named_by_its_catalogue_name_has_no_catalogue_name_field():
    assert organization("Avrupa Birliği toplandı.", "Avrupa Birliği").catalogue_name is None


def test_turkish_force_named_with_turk_is_the_listed_command():
    entity = organization("Tatbikata Türk Hava Kuvvetleri'ne ait uçaklar katıldı.", "Türk Hava Kuvvetleri")
    assert entity.country == "TR"


def test_foreign_country_before_a_force_makes_it_that_countrys_force():
    entity = organization("Tatbikata Yunanistan Deniz Kuvvetleri de katıldı.", "Yunanistan Deniz Kuvvetleri")
    assert entity.country == "GR"


def test_nationality_adjective_before_a_generic_body_makes_it_that_countrys_body():
    entity = organization("Tatbikata Rus Deniz Kuvvetleri de katıldı.", "Rus Deniz Kuvvetleri")
    assert entity.country == "RU"


def test_unlisted_name_opening_with_a_nationality_adjective_belongs_to_that_country():
    assert organization("Fransız Ordusu çekildi.", "Fransız Ordusu").country == "FR"


def test_regional_organizations_of_africa_and_the_americas_are_listed():
    text = "ECOWAS ve Amerikan Devletleri Örgütü ile Mercosur'un temsilcileri Afrika Birliği Komisyonu'nda buluştu."
    assert [name for name, _ in organizations(text)] == [
        "Batı Afrika Devletleri Ekonomik Topluluğu",
        "Amerikan Devletleri Örgütü",
        "Mercosur",
        "Afrika Birliği Komisyonu",
    ]


def test_international_banks_named_in_a_list_are_organizations():
    text = "Tahvil ihracına HSBC, Goldman Sachs, Deutsche Bank ve Qatar National Bank aracılık etti."
    assert [name for name, _ in organizations(text)] == ["HSBC", "Goldman Sachs", "Deutsche Bank", "Qatar National Bank"]


def test_export_credit_agency_and_bilateral_commission_are_organizations():
    text = "Kore Eximbank kredi verdi. İki ülke Karma Ekonomik Komisyonu'nun toplantısı Seul'de yapılacak."
    assert [name for name, _ in organizations(text)] == ["Kore Eximbank", "Karma Ekonomik Komisyonu"]


def test_power_plant_named_like_its_operating_company_is_no_organization():
    text = "Akkuyu Nükleer Güç Santrali'nin ikinci ünitesi için yakıt yüklemesi tamamlandı."
    assert organizations(text) == []


def test_former_turkish_party_is_listed_with_its_acronym():
    text = "Anavatan Partisi (ANAP) ile Doğru Yol Partisi 1996 yılında koalisyon kurdu. ANAP'ın lideri konuştu."
    assert organizations(text) == [
        ("Anavatan Partisi", ["Anavatan Partisi", "ANAP", "ANAP'ın"]),
        ("Doğru Yol Partisi", ["Doğru Yol Partisi"]),
    ]


def test_foreign_party_under_its_turkish_name_and_listed_acronym_is_the_listed_party():
    text = "Almanya'da Sosyal Demokrat Parti (SPD) ile Hristiyan Demokrat Birlik koalisyon kurdu."
    found = {e.name: (e.acronym, e.country) for e in pipeline.extract(text).entities if e.type == "ORGANIZATION"}
    assert found == {"Almanya Sosyal Demokrat Partisi": ("SPD", "DE"), "Hristiyan Demokrat Birlik": ("CDU", "DE")}


def test_club_named_like_its_district_is_found_only_under_its_club_name():
    text = "Beşiktaş'ta yaşayan taraftarlar, BJK yönetiminin Konyaspor maçı kararına tepki gösterdi."
    assert organizations(text) == [("Beşiktaş Jimnastik Kulübü", ["BJK"]), ("Konyaspor", ["Konyaspor"])]


def test_newspaper_named_like_an_ordinary_word_is_not_taken_at_a_sentence_start():
    text = "Birgün sabah erkenden yola çıktılar. Olayı ilk kez BirGün gazetesi duyurdu."
    assert organizations(text) == [("BirGün", ["BirGün"])]
