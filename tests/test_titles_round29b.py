"""Person titles, round 29 (second part): an owner said in the genitive before an office, a company's
legal form with its dot inside an office, an acronym spelled out in parentheses inside an office, the
group a representative speaks for. Sentences written for these tests."""

import pytest

from tests.conftest import titles_by_person as people


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Bakanlığın Vergi Politikaları Genel Müdürü Ayşe Demir konuştu.", "Ayşe Demir",
         "Vergi Politikaları Genel Müdürü"),
        ("Toplantıya Bakanlığın Dış İlişkiler Genel Müdürü Ali Kaya da katıldı.", "Ali Kaya",
         "Dış İlişkiler Genel Müdürü"),
        ("Toplantıya Bankanın Genel Müdürü Ali Kaya da katıldı.", "Ali Kaya", "Genel Müdür"),
        ("Törene Derneğin Başkanı Ayşe Demir de katıldı.", "Ayşe Demir", "Başkan"),
    ],
)
def test_a_common_noun_in_the_genitive_owns_the_office_and_is_no_part_of_it(text, name, title):
    assert people(text)[name] == [title]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Avrupa Komisyonunun Başkanı Ayşe Demir konuştu.", "Ayşe Demir", "Avrupa Komisyonu Başkanı"),
        ("Törende Dünya Bankasının Türkiye Direktörü Ali Kaya konuştu.", "Ali Kaya",
         "Dünya Bankası Türkiye Direktörü"),
        # a name's own genitive, no body's head: as written
        ("Toplantıya Kadının Statüsü Genel Müdürü Ayşe Demir katıldı.", "Ayşe Demir",
         "Kadının Statüsü Genel Müdürü"),
    ],
)
def test_a_body_named_in_the_genitive_before_its_office_is_said_in_the_nominative(text, name, title):
    assert people(text)[name] == [title]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Törende Kuzey Enerji A.Ş. Genel Müdürü Ali Kaya konuştu.", "Kuzey Enerji A.Ş. Genel Müdürü"),
        ("Törende Mavi Yapı Ltd. Şti. Genel Müdürü Ali Kaya konuştu.", "Mavi Yapı Ltd. Şti. Genel Müdürü"),
    ],
)
def test_a_legal_forms_dot_inside_an_office_closes_no_sentence(text, title):
    assert people(text)["Ali Kaya"] == [title]


@pytest.mark.parametrize(
    "text",
    [
        "Marmara Sanayiciler ve İş İnsanları Derneği (MASİAD) Başkanı Ali Kaya konuştu. MASİAD Başkanı Kaya, "
        "yatırımları anlattı.",
        "MASİAD Başkanı Ali Kaya konuştu. Marmara Sanayiciler ve İş İnsanları Derneği (MASİAD) Başkanı Kaya, "
        "yatırımları anlattı.",
    ],
)
def test_an_acronym_spelled_out_in_parentheses_is_one_office_with_the_full_name(text):
    assert people(text)["Ali Kaya"] == ["Marmara Sanayiciler ve İş İnsanları Derneği Başkanı"]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Eylemde asistan temsilcisi Dr. Ali Kaya konuştu.", "Ali Kaya", "asistan temsilcisi"),
        ("Toplantıya okulun veli temsilcisi Ayşe Demir katıldı.", "Ayşe Demir", "veli temsilcisi"),
    ],
)
def test_the_group_a_representative_speaks_for_is_part_of_the_office(text, name, title):
    assert people(text)[name] == [title]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Törende Prof. Dr. Ayşe Demirci konuştu. Demirci, dekanlıktan önce Nöroloji Anabilim Dalı Başkanlığı "
         "yaptı.", "Nöroloji Anabilim Dalı Başkanı"),
        ("Prof. Dr. Ayşe Demirci, 2015-2019 yılları arasında Ege Üniversitesi Rektörlüğü yapmıştı.",
         "Ege Üniversitesi Rektörü"),
        ("Uzun yıllar Ege Üniversitesi Rektörlüğünü yapan Prof. Dr. Ayşe Demirci konuştu.", "Ege Üniversitesi Rektörü"),
    ],
)
def test_a_post_done_is_a_post_held(text, title):
    assert people(text)["Ayşe Demirci"] == [title]


def test_a_ministry_doing_something_holds_no_post():
    assert people("Milli Savunma Bakanlığı yaptığı açıklamada Ali Kaya'nın görevden alındığını duyurdu.")[
        "Ali Kaya"] == []


@pytest.mark.parametrize(
    "university", ["Muğla Sıtkı Koçman Üniversitesi", "İzmir Kâtip Çelebi Üniversitesi", "Gebze Teknik Üniversitesi"])
def test_a_faculty_named_with_ve_after_a_university_named_after_a_person(university):
    text = f"Törende {university} Mühendislik ve Mimarlık Fakültesi Dekanı Prof. Dr. Ali Kaya konuştu."
    assert people(text)["Ali Kaya"] == [f"{university} Mühendislik ve Mimarlık Fakültesi Dekanı"]


@pytest.mark.parametrize(
    "text",
    [
        "Törende Prof. Dr. Ayşe Demir, 2022'den bu yana Rektör Yardımcısı olarak görev yapan Prof. Dr. Ali Kaya "
        "ile konuştu.",
        "Törende Ayşe Demir, Rektör Yardımcısı olarak görev yapan Ali Kaya ile konuştu.",
    ],
)
def test_an_office_served_said_as_a_participle_is_the_next_names(text):
    found = people(text)
    assert found["Ayşe Demir"] == [] and found["Ali Kaya"] == ["Rektör Yardımcısı"]


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("Kongre Düzenleme Kurulu Başkanı, Ege Üniversitesi öğretim üyesi Prof. Dr. Ali Kaya konuştu.",
         ["Kongre Düzenleme Kurulu Başkanı", "Ege Üniversitesi öğretim üyesi"]),
        ("Kongre Düzenleme Kurulu Başkanı, Tıp Fakültesi Dekanı Prof. Dr. Ali Kaya, kongreyi anlattı.",
         ["Kongre Düzenleme Kurulu Başkanı", "Tıp Fakültesi Dekanı"]),
    ],
)
def test_an_office_opening_the_sentence_before_a_comma_and_the_subjects_office(text, titles):
    assert people(text)["Ali Kaya"] == titles


@pytest.mark.parametrize(
    "text",
    [
        "Dışişleri Bakanı, Rusya Dışişleri Bakanı Ali Kaya ile görüştü.",
        "Dışişleri Bakanı, Rusya Dışişleri Bakanı Ali Kaya'yı kabul etti.",
    ],
)
def test_an_office_opening_the_sentence_is_not_the_office_of_the_one_met(text):
    assert people(text)["Ali Kaya"] == ["Dışişleri Bakanı"]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Kars ve Iğdır valileri Ali Kaya ile Veli Demir törene katıldı.", "Kars valisi", "Iğdır valisi"),
        ("TCDD ve TCDD Taşımacılık Genel Müdürleri Ali Kaya ile Veli Demir törene katıldı.", "TCDD Genel Müdürü",
         "TCDD Taşımacılık Genel Müdürü"),
        ("İçişleri ve Dışişleri Bakanları Ali Kaya ve Veli Demir törene katıldı.", "İçişleri Bakanı",
         "Dışişleri Bakanı"),
        # one ministry's name with ``ve``: both hold it
        ("Tarım ve Orman Bakanları Ali Kaya ve Veli Demir törene katıldı.", "Tarım ve Orman Bakanı",
         "Tarım ve Orman Bakanı"),
    ],
)
def test_a_plural_office_of_two_owners_before_two_names_is_each_ones_own(text, first, second):
    found = people(text)
    assert (found["Ali Kaya"], found["Veli Demir"]) == ([first], [second])


def test_an_office_said_with_olarak_after_a_subject_marked_by_ise():
    text = "Ali Kaya ise TCDD Genel Müdür Yardımcısı olarak katıldığı ilk törende konuştu."
    assert people(text)["Ali Kaya"] == ["TCDD Genel Müdür Yardımcısı"]


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        ("Konseri düzenleyen Mavi Işık Müzik'in Genel Müdürü Ayşe Demir konuştu.", "Ayşe Demir",
         ["Mavi Işık Müzik Genel Müdürü"]),
        ("Piyasaları değerlendiren Akdeniz Portföy Yönetimi'nin kurucu ortağı Ayşe Demir konuştu.", "Ayşe Demir",
         ["Akdeniz Portföy Yönetimi kurucu ortağı"]),
        # a person's genitive owns no office of the name after it
        ("Toplantıya Bakan Ali Kaya'nın Özel Kalem Müdürü Ayşe Demir katıldı.", "Ayşe Demir", ["Özel Kalem Müdürü"]),
        # an office said with its own body: the genitive is the subject of what follows
        ("Bu, Barış Heyeti'nin AK Parti Genel Başkanı Ayşe Demir ile ilk görüşmesi olacak.", "Ayşe Demir",
         ["AK Parti Genel Başkanı"]),
    ],
)
def test_a_body_named_in_the_genitive_after_an_apostrophe_before_the_office(text, name, titles):
    assert people(text)[name] == titles
