"""Person titles, round 30: the posts of a career. Posts listed before a plural duty and its verb
(``X Müdürlüğü ve Y Başkanlığı görevlerini yürüttü``) are all the subject's; a post said bare before
its duty (``Genel Müdürlük görevini``) or with ``de`` before ``yaptı`` is held too; a post in the
dative right after a name, with no comma, is that name's new office; ``X olarak çalıştı`` and ``X
olarak başladı`` hold the office, and a locative institution before it (``Bakanlıkta``, ``Birliği'nde
(TBB)``) is no part of it; an inverted appointment (``X Başkanlığına da Ali Kaya getirildi``) reaches over ``da`` and a
comma with the appointee's own office. Sentences written for these tests."""

import pytest

from tests.conftest import titles_by_person as people


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        ("Ayşe Demir, Sivas Vali Yardımcılığı ve Tokat Valiliği görevlerini yürüttü.", "Ayşe Demir",
         ["Sivas Vali Yardımcısı", "Tokat Valisi"]),
        ("Ali Kaya, sırasıyla Bölge Müdürlüğü, Satış Koordinatörlüğü ve Pazarlama Daire Başkanlığı görevlerinde "
         "bulundu.", "Ali Kaya", ["Bölge Müdürü", "Satış Koordinatörü", "Pazarlama Daire Başkanı"]),
        ("Mehmet Yılmaz, 2005-2010 yılları arasında Tıp Fakültesi Dekanlığı, 2010-2014 yılları arasında ise "
         "Rektör Yardımcılığı görevlerini üstlendi.", "Mehmet Yılmaz", ["Tıp Fakültesi Dekanı", "Rektör Yardımcısı"]),
    ],
)
def test_posts_listed_before_a_plural_duty_are_all_held(text, name, titles):
    assert people(text)[name] == titles


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        ("Ali Kaya, 2020'den bu yana Genel Müdürlük görevini yürütüyor.", "Ali Kaya", ["Genel Müdür"]),
        ("Ayşe Demir, TÜBİTAK Bilim Kurulu üyeliği de yaptı.", "Ayşe Demir", ["TÜBİTAK Bilim Kurulu üyesi"]),
    ],
)
def test_a_bare_post_before_its_duty_or_a_post_done_too_is_held(text, name, titles):
    assert people(text)[name] == titles


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        ("Sivas Valisi Ali Kaya Tokat Valiliğine atandı.", "Ali Kaya", ["Sivas Valisi", "Tokat Valisi"]),
        ("Rize Valisi Mehmet Ali Yıldırım Samsun Valiliğine atandı.", "Mehmet Ali Yıldırım",
         ["Rize Valisi", "Samsun Valisi"]),  # the surname after two given names is the name's, no qualifier
        ("Rize Valisi Mehmet Ali Samsun Valiliğine atandı.", "Mehmet Ali", ["Rize Valisi", "Samsun Valisi"]),
    ],
)
def test_a_post_right_after_the_name_is_its_new_office(text, name, titles):
    assert people(text)[name] == titles


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        ("Ayşe Demir, daha önce Ziraat Bankası'nda Genel Müdür Yardımcısı olarak çalışıyordu.", "Ayşe Demir",
         ["Genel Müdür Yardımcısı"]),
        ("Ayşe Demir, daha önce Türkiye Bankalar Birliği'nde (TBB) Genel Sekreter Yardımcısı olarak çalışıyordu.",
         "Ayşe Demir", ["Genel Sekreter Yardımcısı"]),  # the acronym of the body said in the locative
        ("Ali Kaya, mesleğe 2001 yılında Kars Kaymakam Adayı olarak başladı.", "Ali Kaya", ["Kars Kaymakam Adayı"]),
        ("Ali Kaya, uzun yıllar avukat olarak çalıştı.", "Ali Kaya", []),  # a profession, no office
        ("Ayşe Demir, Bakanlıkta Dış İlişkiler Genel Müdürü olarak görev yaptı.", "Ayşe Demir",
         ["Dış İlişkiler Genel Müdürü"]),  # where the office was held
    ],
)
def test_an_office_worked_in_is_held(text, name, titles):
    assert people(text)[name] == titles


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        ("SPK İkinci Başkanlığına da Ayşe Demir getirildi.", "Ayşe Demir", ["SPK İkinci Başkanı"]),
        ("TPAO Genel Müdür Yardımcılığına, şirketin Arama Daire Başkanı Ali Kaya atandı.", "Ali Kaya",
         ["TPAO Genel Müdür Yardımcısı", "Arama Daire Başkanı"]),
    ],
)
def test_an_inverted_appointment_reaches_over_a_particle_or_the_appointees_office(text, name, titles):
    assert sorted(people(text)[name]) == sorted(titles)


def test_a_qualifier_after_two_given_names_stays_the_next_offices():
    # ``Halk``: no other stage's mention follows it, so it is the office's word, no surname (a guard)
    assert people("Vali Mehmet Emin Halk Sağlığı Müdürü Veli Demir ile görüştü.")["Veli Demir"] == [
        "Halk Sağlığı Müdürü"]
