import pytest

import pipeline


def countries(text: str) -> list[tuple[str, list[str]]]:
    record = pipeline.extract(text)
    return [(e.iso2, [m.text for m in e.mentions]) for e in record.entities if e.type == "COUNTRY"]


def test_inflected_forms_are_mentions_of_one_country():
    text = "Türkiye'nin İtalya'dan aldığı görevi Türkiye yürütecek."
    assert countries(text) == [("TR", ["Türkiye'nin", "Türkiye"]), ("IT", ["İtalya'dan"])]


def test_curly_apostrophe_suffix_is_part_of_the_mention():
    assert countries("Heyet Sırbistan’a gitti.") == [("RS", ["Sırbistan’a"])]


def test_country_names_inside_hyphenated_mechanisms():
    text = "Türkiye-Bosna-Hersek-Hırvatistan üçlü mekanizması toplandı."
    assert [iso for iso, _ in countries(text)] == ["TR", "BA", "HR"]


def test_kosovo_is_xk_with_iso3_and_english_name():
    entity = next(e for e in pipeline.extract("Kosova ile görüşüldü.").entities if e.type == "COUNTRY")
    assert (entity.iso2, entity.iso3, entity.name_en, entity.name) == ("XK", "XKX", "Kosovo", "Kosova")


def test_capitals_text_matches_with_turkish_case_rules():
    assert countries("İTALYA VE TÜRKİYE ANLAŞTI") == [("IT", ["İTALYA"]), ("TR", ["TÜRKİYE"])]


def test_cities_are_not_countries():
    assert countries("Toplantı İstanbul'da ve Ankara'da yapıldı.") == []


def test_regions_containing_a_country_name_are_not_that_country():
    assert countries("Latin Amerika ülkeleri ile ticaret arttı.") == []


def test_lower_case_homographs_are_not_countries():
    assert countries("Bu mali destek sudan ucuz değil; mısır ekimi arttı.") == []


def test_ambiguous_name_at_sentence_start_needs_a_suffix():
    assert countries("Mali destek paketi açıklandı. Mali'ye yardım gönderildi.") == [("ML", ["Mali'ye"])]


def test_acronyms_match_only_in_capitals():
    assert countries("ABD ile görüşme yapıldı.") == [("US", ["ABD"])]


def test_company_whose_name_opens_with_a_country_acronym_is_no_country():
    assert countries("Anlaşmadan BAE Systems kazançlı çıktı.") == []


def test_ambiguous_country_name_opening_a_quotation_is_an_ordinary_word():
    assert countries('Bakan, "Mali kurallara uyacağız" dedi.') == []


def test_democratic_republic_of_the_congo_in_either_word_order_is_cd_not_cg():
    text = "Demokratik Kongo Cumhuriyeti'nde seçim yapıldı; Kongo Demokratik Cumhuriyeti'ne yardım gitti."
    assert countries(text) == [
        ("CD", ["Demokratik Kongo Cumhuriyeti'nde", "Kongo Demokratik Cumhuriyeti'ne"])
    ]


@pytest.mark.parametrize("text", [
    "Belediyenin 2025 Mali Yılı bütçesi kabul edildi.",
    "Şirketin Mali Müşaviri ifade verdi.",
    "Dosya Mali Suçları Araştırma Kurulu'na gönderildi.",
])
def test_mali_before_a_financial_noun_is_the_adjective_not_the_country(text):
    assert countries(text) == []


def test_the_turkish_id_number_names_no_country():
    assert countries("Adaylar T.C. Kimlik numaralarıyla giriş yaptı.") == []


@pytest.mark.parametrize("text", [
    "Gemiler Umman Körfezi'nde devriye geziyor.",
    "Fırtına Meksika Körfezi kıyılarını vurdu.",
    "Tatbikat Japonya Denizi üzerinde yapıldı.",
])
def test_a_sea_or_gulf_named_after_a_country_is_no_country(text):
    assert countries(text) == []


def test_a_country_beside_a_sea_trade_body_stays():
    assert [iso for iso, _ in countries("Türkiye Denizcilik Kurumu kuruldu.")] == ["TR"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Şirket 40 milyon ABD doları gelir elde etti.", []),
    ("Sözleşme bedeli 2 milyon ABD Doları olarak açıklandı.", []),
    ("Fabrikaya 300 milyon ABD dolarlık yatırım yapılacak.", []),
    ("Yatırımcılar İsviçre frankına yöneldi.", []),
    ("Kanada dolarında sert düşüş yaşandı.", []),
    # the country named on its own besides its currency stays
    ("ABD ile 5 milyar ABD dolarlık anlaşma imzalandı.", ["US"]),
    # a suffix on the country's name: the country's money, not the currency's name
    ("ABD'nin doları güçlendi.", ["US"]),
    # a word that only begins with the currency's noun
    ("Güney Afrika randevusu ertelendi.", ["ZA"]),
])
def test_a_currency_named_after_a_country_names_no_country(text, expected):
    assert [iso for iso, _ in countries(text)] == expected


@pytest.mark.parametrize(
    "text, iso2",
    [("Britanya hükümeti açıklama yaptı.", ["GB"]), ("Britanya Virjin Adaları turist çekiyor.", ["VG"])],
)
def test_britanya_alone_is_the_united_kingdom_and_a_longer_name_keeps_its_own(text, iso2):
    assert [e.iso2 for e in pipeline.extract(text).entities if e.type == "COUNTRY"] == iso2


@pytest.mark.parametrize("text", [
    "Başkan, 'Türkiye'nin hedefleri büyüktür' dedi.",
    "Başkan, ''Türkiye artık bir üretim merkezi'' diye konuştu.",
    "'Türkiye güçlü bir ülke' sözleriyle başladı.",
])
def test_a_country_after_an_opening_straight_quote_is_named(text):
    assert [iso for iso, _ in countries(text)] == ["TR"]


@pytest.mark.parametrize("text", [
    "Sel en çok Kuveyt Caddesi çevresini etkiledi.",
    "Yangın Filistin Mahallesi'nde çıktı.",
    "Araç Kıbrıs Sokağı'na girdi.",
    "Fırın Bulgaristan Köyü yolunda devrildi.",
])
def test_a_street_or_quarter_named_after_a_country_is_no_country(text):
    assert countries(text) == []


def test_the_headlines_of_listed_articles_name_no_country():
    text = (
        "Şehrin su sorunu büyüyor.\nYAZARIN DİĞER YAZILARI\n"
        "Yunanistan yolculuğu 3 Mart 2024 | 412 Okunma Bahar geldi 1 Mart 2024 | 97 Okunma"
    )
    assert countries(text) == []


@pytest.mark.parametrize("text", [
    "Kaymakam, yardımcısı Serkan Karadağ ile köyleri gezdi.",
    "Toplantıya Mehmet Karadağ da katıldı.",
])
def test_a_country_name_that_is_a_surname_after_a_given_name_is_a_person(text):
    assert countries(text) == []


@pytest.mark.parametrize(("text", "iso2"), [
    ("Bakan Fidan, Karadağ ile Sırbistan'ı ziyaret edecek.", ["ME", "RS"]),
    ("Ahmet Karadağ Büyükelçisi ile görüştü.", ["ME"]),  # the run goes on: a country's office
    ("Cumhurbaşkanı Erdoğan Karadağ ve Sırbistan'ı ziyaret edecek.", ["ME", "RS"]),  # mostly a surname
    ("Seda Karadağ'a gitti.", ["ME"]),  # with a suffix it stays the country
])
def test_the_country_stays_where_no_given_name_owns_it(text, iso2):
    assert [iso for iso, _ in countries(text)] == iso2


@pytest.mark.parametrize("text", [
    "Derneğin Mali Hizmetlerden sorumlu üyesi istifa etti.",
    "Odanın Mali Müşavirlerine eğitim verildi.",
    "Mali Suçlarla Mücadele Şubesi operasyon yaptı.",
])
def test_a_look_alike_with_a_case_glued_to_its_last_word_hides_the_country(text):
    assert countries(text) == []


def test_the_country_mali_with_its_suffix_stays():
    assert [iso for iso, _ in countries("Heyet Mali'de incelemelerde bulundu.")] == ["ML"]
