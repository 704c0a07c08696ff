import pipeline


def locations(text: str) -> list[tuple[str, str | None, list[str]]]:
    record = pipeline.extract(text)
    return [(e.name, e.country, [m.text for m in e.mentions]) for e in record.entities if e.type == "LOCATION"]


def test_city_is_a_location_with_its_country():
    assert locations("Toplantı İstanbul'da yapıldı, heyet Brüksel’e geçti.") == [
        ("İstanbul", "TR", ["İstanbul'da"]),
        ("Brüksel", "BE", ["Brüksel’e"]),
    ]


def test_region_is_a_location_without_a_country():
    assert locations("Türkiye'nin Balkanlar'daki rolü konuşuldu.") == [("Balkanlar", None, ["Balkanlar'daki"])]


def test_place_inside_an_organization_name_is_no_location():
    assert locations("Güneydoğu Avrupa İşbirliği Süreci ve Orta Doğu Teknik Üniversitesi anıldı.") == []


def test_place_that_is_also_a_surname_needs_a_suffix():
    assert locations("Mehmet Aydın açıklama yaptı. Aydın'da deprem oldu.") == [("Aydın", "TR", ["Aydın'da"])]


def test_adjective_with_an_unmarked_suffix_is_no_mention():
    assert locations("İstanbullu esnaf kepenk kapattı.") == []


def test_country_is_no_location():
    assert locations("Fidan Lüksemburg'a gidecek.") == []


def test_place_that_is_also_a_given_name_counts_in_a_list_of_places():
    text = "Sağanak uyarısı Sinop, Aydın ve Kars için yapıldı. Bakan Kars, Ordu, Sinop illerini gezdi."
    assert [name for name, _, _ in locations(text)] == ["Sinop", "Aydın", "Kars", "Ordu"]
    assert [e.name for e in pipeline.extract(text).entities if e.type == "PERSON"] == []


def test_given_name_after_a_place_in_a_list_of_people_is_no_place():
    assert locations("Törene Sinop, Aydın Kaya ve Mehmet Demir katıldı.") == [("Sinop", "TR", ["Sinop"])]
