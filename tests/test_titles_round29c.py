"""Person titles, round 29 (third part): a company whose name ends in its legal form opens the
sentence before its office, and its first word (``Akkuyu``, which only ends like an accusative)
is part of the office; the organs a medical specialty is named by (``Kulak Burun Boğaz Uzmanı``)
make one field with it, at the sentence's start or in lowercase. Sentences written for these tests."""

import pytest

from tests.conftest import titles_by_person as people


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Akkuyu Nükleer A.Ş. Genel Müdürü Ayşe Demir basın toplantısı düzenledi.", "Ayşe Demir",
         "Akkuyu Nükleer A.Ş. Genel Müdürü"),
        ("Akkuyu Nükleer A.Ş. Yönetim Kurulu Başkanı Ali Kaya konuştu.", "Ali Kaya",
         "Akkuyu Nükleer A.Ş. Yönetim Kurulu Başkanı"),
    ],
)
def test_a_company_with_its_legal_form_opening_the_sentence_owns_the_office_whole(text, name, title):
    assert people(text)[name] == [title]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Kulak Burun Boğaz Uzmanı Dr. Ayşe Demir bahar alerjilerine karşı uyardı.", "Ayşe Demir",
         "Kulak Burun Boğaz Uzmanı"),
        ("Kulak Burun Boğaz Uzmanı Op. Dr. Mehmet Yılmaz açıklama yaptı.", "Mehmet Yılmaz",
         "Kulak Burun Boğaz Uzmanı"),
        ("Hastanenin kulak burun boğaz uzmanı Ali Kaya konuştu.", "Ali Kaya", "kulak burun boğaz uzmanı"),
    ],
)
def test_the_organs_of_a_medical_specialty_are_its_field(text, name, title):
    assert people(text)[name] == [title]
