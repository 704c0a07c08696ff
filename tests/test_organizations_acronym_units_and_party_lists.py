"""Organizations in the fourth pages pool's kinds of error (round 18): a body given its acronym
in parentheses before the name of its unit, a listed name spelled with another mark between its
words, party acronyms and one-word spellings, a listed one-word name that is a person's
surname, a listed company before a club, and a national team said as "ours". Inputs are short sentences written for these tests."""

import pytest

import pipeline
from pipeline.names.acronym_links import spells


def organization_names(text: str) -> list[str]:
    return sorted(e.name for e in pipeline.extract(text).entities if e.type == "ORGANIZATION")


@pytest.mark.parametrize(
    "text, expected",
    [
        # the body with its acronym is named on its own, the acronym and the words after it name its unit
        ("Ege Teknik Üniversitesi (ETÜ) Mühendislik Fakültesi öğrencileri proje sergiledi.",
         ["ETÜ Mühendislik Fakültesi", "Ege Teknik Üniversitesi"]),
        ("Kıyı Üniversitesi (KÜ) Deniz Araştırma ve Uygulama Merkezi yeni bir rapor yayımladı.",
         ["KÜ Deniz Araştırma ve Uygulama Merkezi", "Kıyı Üniversitesi"]),
        # a listed body after the acronym keeps its full mention
        ("İstanbul Büyükşehir Belediyesi (İBB) Ulaşım Koordinasyon Merkezi toplandı.",
         ["İstanbul Büyükşehir Belediyesi", "İstanbul Büyükşehir Belediyesi Ulaşım Koordinasyon Merkezi"]),
        # a bare board or council after the acronym: one name, as without the acronym
        ("Kuzey Kalkınma Ajansı (KKA) Yönetim Kurulu toplandı.", ["Kuzey Kalkınma Ajansı"]),
        ("Ege Kent Belediyesi (EKB) Meclisi toplandı.", ["Ege Kent Belediyesi Meclisi"]),
    ],
)
def test_a_body_with_its_acronym_before_its_unit(text, expected):
    assert organization_names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Polis, DHKP-C üyesi iki kişiyi gözaltına aldı.", ["DHKP-C"]),
        ("Polis, örgüt DHKP/C adına eylem hazırlayan iki kişiyi yakaladı.", ["DHKP/C"]),
        ("Toplantıya AK Parti, YRP ve Hüdapar temsilcileri katıldı.",
         ["AK Parti", "Hüdapar", "Yeniden Refah Partisi"]),
    ],
)
def test_listed_names_in_their_other_spellings(text, expected):
    assert organization_names(text) == expected


def test_a_listed_company_name_after_a_given_name_is_a_surname():
    assert organization_names("Güreşte 74 kiloda Tuğrulhan Erdemir mindere çıkacak.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dün akşam BtcTurk Yeni Malatyaspor deplasmanda yenildi.", ["BtcTurk Yeni Malatyaspor"]),
        # the company said on its own keeps its mention
        ("Turkcell, Fenerbahçe ile sponsorluk anlaşması imzaladı.", ["Fenerbahçe", "Turkcell"]),
    ],
)
def test_a_listed_company_before_a_club_is_its_sponsor(text, expected):
    assert organization_names(text) == expected


def test_a_national_team_said_as_ours_is_named_by_its_listed_name():
    assert organization_names("A Milli Kadın Voleybol Takımımız finale yükseldi.") == ["A Milli Kadın Voleybol Takımı"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the name before it spells the acronym: the listed TKP / BBP are other parties
        ("Toplumcu Kurtuluş Partisi (TKP) toplandı. TKP yeni başkanını seçti.", ["Toplumcu Kurtuluş Partisi"]),
        ("Kuzey Ege Çevre Platformu (KEÇP) toplandı.", ["Kuzey Ege Çevre Platformu"]),
        ("Balkan Barış Platformu (BBP) toplandı.", ["Balkan Barış Platformu"]),
        # the listed row's own name, or its spelling: the listed row
        ("Türkiye Komünist Partisi (TKP) toplandı.", ["Türkiye Komünist Partisi"]),
    ],
)
def test_an_acronym_in_parentheses_names_the_name_that_spells_it(text, expected):
    assert organization_names(text) == expected


def test_the_spelling_of_the_acronym_is_read_through_its_connectors():
    assert spells("Türkiye Odalar ve Borsalar Birliği", "TOBB") and not spells("Türkiye Komünist Partisi", "BBP")
