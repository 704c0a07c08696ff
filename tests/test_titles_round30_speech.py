"""Person titles, round 30: posts told and posts shared. A surname put in a post after a lead closed
by ``göre`` (``kararnameye göre Kaya, X üyeliğine atandı``) is the subject; two appointments sharing
one verb (``İzmir Valiliğine Ali Kaya, Samsun Valiliğine ise Veli Demir atandı``) each give the post
beside the name, the second name's one after ``ise``; a post the quoted speaker says he held in the
first person (``... olarak görev yapmıştım, dedi Ali Kaya``) is the speaker's. Sentences written for
these tests."""

import pytest

from tests.conftest import titles_by_person as people


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        ("Hakim Ayşe Kaya'nın görev yeri değiştirildi. HSK'nın Resmi Gazete'de yayımlanan kararnamesine göre Kaya, "
         "Erzurum Bölge Adliye Mahkemesi 4. Ceza Dairesi üyeliğine atandı.", "Ayşe Kaya",
         ["Hakim", "Erzurum Bölge Adliye Mahkemesi 4. Ceza Dairesi üyesi"]),
        ("Hakim Ali Demir'in görev yeri değiştirildi. Kurulun dün akşam Resmi Gazete'de yayımlanan kararına göre "
         "Demir, Yargıtay 9. Ceza Dairesi üyeliğine seçildi.", "Ali Demir", ["Hakim", "Yargıtay 9. Ceza Dairesi üyesi"]),
    ],
)
def test_a_surname_after_a_lead_closed_by_gore_is_put_in_the_post(text, name, titles):
    assert people(text)[name] == titles


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        ("İzmir Valiliğine Ahmet Kaya, Samsun Valiliğine ise Mehmet Demir atandı.", "Ahmet Kaya", ["İzmir Valisi"]),
        ("Genel Müdürlüğe Ayşe Demir, Genel Müdür Yardımcılığına da Ali Kaya getirildi.", "Ayşe Demir",
         ["Genel Müdür"]),
        ("Rize Valisi Ali Kaya Tokat Valiliğine, Tokat Valisi Veli Demir ise Rize Valiliğine atandı.", "Veli Demir",
         ["Tokat Valisi", "Rize Valisi"]),
        ("Rize Valisi Ali Kaya Tokat Valiliğine, Tokat Valisi Veli Demir ise Rize Valiliğine atandı.", "Ali Kaya",
         ["Rize Valisi", "Tokat Valisi"]),
    ],
)
def test_two_appointments_sharing_one_verb_each_get_their_post(text, name, titles):
    assert people(text)[name] == titles


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        ("Daha önce 2012-2016 yılları arasında Düsseldorf Başkonsolosu olarak görev yapmıştım, dedi Ahmet Şen.",
         "Ahmet Şen", ["Düsseldorf Başkonsolosu"]),
        ('"Uzun yıllar Berlin Büyükelçisi olarak çalıştım" diyen Ayşe Demir, sözlerini sürdürdü.', "Ayşe Demir",
         ["Berlin Büyükelçisi"]),
        ('Ali Kaya, "Daha önce Lyon Başkonsolosu olarak görev yaptım" dedi.', "Ali Kaya", ["Lyon Başkonsolosu"]),
        ('"Berlin Büyükelçisi olarak görev yaptım" dedi Ali Kaya\'ya Veli Demir.', "Ali Kaya", []),  # spoken to
    ],
)
def test_a_post_told_in_the_first_person_is_the_speakers(text, name, titles):
    assert people(text)[name] == titles
