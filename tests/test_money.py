import json
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import pipeline


def money(text: str, **kwargs) -> list[dict]:
    record = pipeline.extract(text, **kwargs)
    return [m.model_dump() for m in record.money]


def amounts(text: str) -> list[tuple]:
    return [(m["amount"], m["currency"], m["approximate"]) for m in money(text)]


def test_amount_with_scale_word_and_currency_word():
    [entry] = money("Ticaret hacmi 7 milyar dolar oldu.")
    assert (entry["text"], entry["amount"], entry["currency"]) == ("7 milyar dolar", 7_000_000_000, "USD")


def test_offsets_point_at_the_mention():
    text = "Projeye 757,1 milyon Euro finansman sağlandı."
    [entry] = money(text)
    assert text[entry["start"] : entry["end"]] == entry["text"] == "757,1 milyon Euro"


def test_hedge_before_is_approximate_and_part_of_the_mention():
    [entry] = money("Yatırımlar yaklaşık 8,9 milyar dolar tutarında.")
    assert (entry["text"], entry["approximate"]) == ("yaklaşık 8,9 milyar dolar", True)


def test_hedge_after_is_approximate():
    assert amounts("Ödeme 400 milyon avro civarında kaldı.") == [(400_000_000, "EUR", True)]


def test_exceeding_a_figure_is_approximate():
    assert amounts("Hizmet ihracatı 123 milyar doları aşacak.") == [(123_000_000_000, "USD", True)]


@pytest.mark.parametrize(
    "text",
    ["Yıl sonunda 60 milyar dolar aşıldı.", "Bu yıl ihracatta 900 milyon avro aşılacak.", "Hedef 2 milyar lira aşılarak tamamlandı."],
)
def test_a_figure_exceeded_in_the_passive_is_approximate(text):
    assert [approximate for *_, approximate in amounts(text)] == [True]


def test_inflected_hedges_after_the_amount_are_approximate():
    text = (
        "Kredi hacmi 90 milyon lira civarına indi. İhracat 12 milyar doların üzerine çıktı. "
        "Gelirler 3 milyar avroya yaklaştı. Yatırımlar 40 milyon dolara varan bir pakete ulaştı."
    )
    assert [approximate for _, _, approximate in amounts(text)] == [True, True, True, True]


def test_reaching_a_figure_is_no_hedge():
    assert amounts("Satışlar 6 milyar dolara ulaştı.") == [(6_000_000_000, "USD", False)]


def test_more_than_after_the_ablative_is_approximate():
    assert amounts("Bölgeye 800 milyon eurodan fazla kaynak sağlandı.") == [(800_000_000, "EUR", True)]


def test_more_after_an_unsuffixed_amount_is_no_hedge():
    assert amounts("Bütçeye 5 milyon dolar fazla ayrıldı.") == [(5_000_000, "USD", False)]


def test_attributive_suffix_on_the_currency():
    [entry] = money("Türkiye 31 milyar dolarlık ihracat yaptı.")
    assert (entry["text"], entry["amount"], entry["subject"]) == ("31 milyar dolarlık", 31_000_000_000, "ihracat")


def test_lira_is_turkish_lira():
    assert amounts("Toplam 273,4 milyar liralık mal satıldı.") == [(273_400_000_000, "TRY", False)]


def test_tl_with_apostrophe_suffix():
    [entry] = money("Belediye 5 milyon TL'lik destek verdi.")
    assert (entry["text"], entry["currency"]) == ("5 milyon TL'lik", "TRY")


def test_named_dollar_other_than_the_us_dollar():
    assert amounts("Şirket 2 milyar Kanada doları yatırım yaptı.") == [(2_000_000_000, "CAD", False)]


def test_symbol_before_the_number():
    assert amounts("Anlaşmanın değeri $5 milyon.") == [(5_000_000, "USD", False)]


def test_iso_code_after_the_number():
    assert amounts("Kredi tutarı 250 milyon EUR olarak açıklandı.") == [(250_000_000, "EUR", False)]


def test_amount_in_words():
    assert amounts("Fon iki yüz elli milyon dolar topladı.") == [(250_000_000, "USD", False)]


def test_mixed_scales_in_an_amount():
    assert amounts("Aralık ayında 26 milyar 434 milyon dolar ile rekor kırıldı.") == [(26_434_000_000, "USD", False)]


def test_range_with_dash_gives_two_approximate_amounts_with_one_marker():
    entries = money("Hedef 10-12 milyar dolar arasında.")
    assert [(e["amount"], e["approximate"]) for e in entries] == [(10_000_000_000, True), (12_000_000_000, True)]
    assert entries[0]["range"] == entries[1]["range"] is not None


def test_range_with_ila():
    assert [a for a, _, _ in amounts("Maliyet 10 ila 12 milyar avro.")] == [10_000_000_000, 12_000_000_000]


def test_range_with_a_leading_symbol():
    assert [(a, c) for a, c, _ in amounts("Fon $10-12 milyon topladı.")] == [(10_000_000, "USD"), (12_000_000, "USD")]


def test_subject_is_the_noun_phrase_the_amount_measures():
    text = "Türkiye'nin bölge ülkeleriyle toplam ticaret hacmi yaklaşık 7 milyar dolar, toplam yatırımları ise 9 milyar dolar."
    assert [m["subject"] for m in money(text)] == ["toplam ticaret hacmi", "toplam yatırımları"]


def test_subject_of_a_figure_that_is_reached():
    [entry] = money("Sözleşmelerin toplam değeri 17,8 milyar dolara ulaştı.")
    assert entry["subject"] == "toplam değeri"


def test_no_subject_when_the_sentence_does_not_say_it():
    [entry] = money("Bakan, 10 milyar dolar hedefini açıkladı.")
    assert entry["subject"] is None


def test_a_repeated_amount_is_one_entry():
    text = "İhracat 400 milyar dolara ulaştı. Türkiye artık 400 milyar dolar ihracatı olan ülkeler arasında."
    assert amounts(text) == [(400_000_000_000, "USD", False)]


@pytest.mark.parametrize(
    "text",
    [
        "Kurum 3 milyar dolarlık kredi verdi. Kredinin tutarı yaklaşık 3 milyar dolar.",
        "Fonda 8 milyar lira birikti.\n\nFondaki para 8 milyar lirayı aştı.",
    ],
)
def test_a_repeated_amount_hedged_once_is_approximate(text):
    assert [approximate for *_, approximate in amounts(text)] == [True]


def test_percentages_are_not_money():
    assert money("Pay yüzde 48 arttı, oran %3,7 oldu.") == []


def test_years_and_counts_are_not_money():
    assert money("2025 yılında 13 Balkan ülkesi ve 700 iş insanı katıldı.") == []


def test_phone_numbers_are_not_money():
    assert money("Bilgi için 0312 555 12 34 numaralı hattı arayın.") == []


@pytest.mark.parametrize(
    "text",
    [
        "2012 Eurovision Şarkı Yarışması yapıldı.",
        "Değirmen bu yıl 48 randıman elde etti.",  # "rand" only begins the word
        "Sağlık ocağı 3 randevu verdi.",
    ],
)
def test_a_word_starting_like_a_currency_is_no_currency(text):
    assert money(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Konut 2 milyon liralığa satıldı.", [(2_000_000, "TRY", False)]),
        ("Fatura 300 randı buldu.", [(300, "ZAR", False)]),
        ("Gelir 5 milyon avroydu.", [(5_000_000, "EUR", False)]),
    ],
)
def test_a_currency_with_turkish_endings_is_read(text, expected):
    assert amounts(text) == expected


def test_suffix_on_the_number_after_a_leading_symbol():
    assert amounts("Kilise $ 10000'dan fazla borç aldı.") == [(10_000, "USD", True)]


def test_yeni_is_new_not_yen():
    assert money("Şirket 5 yeni fabrika açtı.") == []


PIECES = ["5", "1.250", "8,9", "milyar", "milyon", "bin", "iki", "yüz", "buçuk", "yarım", "dolar", "dolarlık",
          "TL'lik", "$", "€", "-", "ila", "yaklaşık", "civarında", "aşan", "yüzde", ",", ".", "\n", "Ekim", "2025"]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12).map(" ".join))
def test_money_like_word_salad_never_raises_and_offsets_hold(text):
    for entry in money(text):
        assert text[entry["start"] : entry["end"]] == entry["text"]


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_random_text_never_raises(text):
    if text.strip():
        money(text, published="2026-01-22")


def test_bare_names_of_other_currencies_are_recognized():
    text = "Anlaşma 8 milyar real ve 40 milyar rand değerinde."
    assert [(m.amount, m.currency) for m in pipeline.extract(text).money] == [(8_000_000_000, "BRL"), (40_000_000_000, "ZAR")]


# --- issue 18: forms seen in other projects' suites and in real news ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fon 300 milyon Kanada dolarlık tahvil sattı.", [(300_000_000, "CAD", False)]),
        ("Banka 4 milyar İsviçre franklık varlık yönetiyor.", [(4_000_000_000, "CHF", False)]),
        ("Kredi 2 milyar Türk lirasından fazla oldu.", [(2_000_000_000, "TRY", True)]),
        ("İhracat 6 milyar ABD dolarından fazla.", [(6_000_000_000, "USD", True)]),
        ("Takas 9 milyon Rus rublesiyle yapıldı.", [(9_000_000, "RUB", False)]),
        ("Bilet fiyatı 40 avroydu.", [(40, "EUR", False)]),
        ("Açık geçen ay 7,5 milyar dolardı.", [(7_500_000_000, "USD", False)]),
    ],
)
def test_two_word_currencies_and_suffixes(text, expected):
    assert amounts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Şirket Avustralya doları cinsinden 3 milyar borçlandı.", [(3_000_000_000, "AUD", False)]),
        ("Fon İsviçre frangı bazında 150 milyon frank kazandı.", [(150_000_000, "CHF", False)]),
        ("Kanada doları cinsinden 7 milyar dolar topladı.", [(7_000_000_000, "CAD", False)]),
        ("Euro bazında 2025 yılında 12 kişi çalıştı.", []),  # years and counts stay out
    ],
)
def test_currency_named_before_the_amount(text, expected):
    assert amounts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yatırım €4,5 milyon tuttu.", [(4_500_000, "EUR", False)]),
        ("Gelir 12 milyar C$'lık oldu.", [(12_000_000_000, "CAD", False)]),
        ("Satış 7,2 milyar HK$ oldu.", [(7_200_000_000, "HKD", False)]),
        ("Kira 900 ₾ oldu.", [(900, "GEL", False)]),
    ],
)
def test_symbols_with_scaled_amounts(text, expected):
    assert amounts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gelir altı virgül dört milyar dolar oldu.", [(6_400_000_000, "USD", False)]),
        ("Borç 3 trilyon 125,6 milyar lira oldu.", [(3_125_600_000_000, "TRY", False)]),
        ("Şirket 720.000 dolar ödedi.", [(720_000, "USD", False)]),
        ("Hesapta sıfır lira kaldı.", [(0, "TRY", False)]),
        ("Bilet 12 dolar 75 sent.", [(12.75, "USD", False)]),
        ("Ekmek 15 TL 50 kuruş oldu.", [(15.5, "TRY", False)]),
        ("Elektrik 4,10 euro/cent fiyatla satılacak.", [(0.041, "EUR", False)]),
        ("Alım fiyatı 5,5 euro/ sent olacak.", [(0.055, "EUR", False)]),
        ("Sermaye 100 dolar 3 ortağa bölündü.", [(100, "USD", False)]),  # a count after, no sub-unit
    ],
)
def test_number_forms_in_amounts(text, expected):
    assert amounts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Maliyet 20 milyar dolar ile 25 milyar dolar arasında.", [(20e9, "USD", True), (25e9, "USD", True)]),
        ("Teklif 8 milyon euro ila 9 milyon euro olacak.", [(8e6, "EUR", True), (9e6, "EUR", True)]),
        ("Şirket 5 milyon dolar ile 7 milyon dolar kâr etti.", [(5e6, "USD", False), (7e6, "USD", False)]),
    ],
)
def test_full_form_ranges(text, expected):
    assert amounts(text) == expected


@pytest.mark.parametrize("limit", ["azami", "asgari", "maksimum"])
def test_formal_limits_state_an_exact_figure(limit):
    assert amounts(f"Anlaşma {limit} 50 milyar lira değerinde.") == [(50_000_000_000, "TRY", False)]


def parties_of(text: str) -> list:
    return [m.get("parties") for m in money(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Almanya ile Fransa arasındaki ticaret 180 milyar euroya ulaştı.", [["Almanya", "Fransa"]]),
        ("Japonya ve Hindistan arasında 3 milyar dolarlık anlaşma imzalandı.", [["Japonya", "Hindistan"]]),
        ("Şirket geçen yıl 40 milyon dolar kâr etti.", [None]),
        ("Almanya ile Fransa görüştü. Ticaret 180 milyar euro oldu.", [None]),  # another sentence
    ],
)
def test_parties_named_by_x_ile_y_arasinda(text, expected):
    assert parties_of(text) == expected


def test_parties_are_left_out_of_the_json_when_not_named():
    record = pipeline.extract("Şirket 40 milyon dolar kâr etti.")
    assert "parties" not in json.loads(record.to_json())["money"][0]


@pytest.mark.parametrize(
    ("text", "subject"),
    [("Köprünün yaklaşık maliyeti 900 milyon avro oldu.", "maliyeti"),
     ("Fabrikanın tahmini değeri 40 milyon dolar.", "değeri")],
)  # fmt: skip
def test_a_hedge_opening_the_subject_hedges_the_amount(text, subject):
    [entry] = money(text)
    assert (entry["approximate"], entry["subject"]) == (True, subject)


def test_a_range_end_repeating_a_listed_figure_is_not_listed_again():
    text = "Bilet 40 bin TL'ye satıldı. Localar 40 bin ile 90 bin TL arasında."
    assert amounts(text) == [(40_000, "TRY", False), (90_000, "TRY", True)]


@pytest.mark.parametrize(
    ("text", "approximate"),
    [
        ("Üç kooperatif 90 milyar lira eşiğini çoktan aştı.", True),
        ("Mazot 48 lira seviyelerini de geçti.", True),
        ("Borç 2 milyar dolar sınırına yaklaştı.", True),
        ("Kur 100 dolar seviyesinde kaldı, geçen hafta düştü.", False),  # a level, no threshold passed
        ("Bağış 50 bin lira sınırını belirledi.", False),  # a threshold, not passed
    ],
)
def test_a_threshold_noun_between_the_currency_and_the_hedge(text, approximate):
    [(_, _, hedged)] = amounts(text)
    assert hedged is approximate
