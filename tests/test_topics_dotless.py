"""Texts typed without ı, ş and ğ: the topics stage reads a copy with the letters put back
(same offsets), and items are cut from the text as written. Texts written for these tests."""

import pytest

import pipeline
from pipeline.lang.tr.text import words
from pipeline.lang.tr.dotless import DotlessReader, is_dotless

# an invented report, typed without the three letters (about forty words)
DOTLESS = (
    "Ilçe Koordinasyon Kurulu toplantisi dün valilikte yapildi. Toplantiya kurum müdürleri ve "
    "belediye temsilcileri katildi. Toplantida okul yollarinin onarilmasi ve köy içme suyu "
    "projeleri hususlarinda degerlendirmelerde bulunuldu. Kurul, bir sonraki toplantinin gelecek "
    "ay yapilacagini açikladi."
)


def test_items_cut_from_the_text_as_written():
    topics = [t.text for t in pipeline.extract(DOTLESS).topics]
    assert topics == ["okul yollarinin onarilmasi", "köy içme suyu projeleri"]


def test_a_cue_verb_restored_from_its_stem():
    # "görüsüldü": a verb's endings are no noun suffixes; the cue's stem tells "görüşüldü"
    text = DOTLESS.replace("hususlarinda degerlendirmelerde bulunuldu", "görüsüldü")
    assert [t.text for t in pipeline.extract(text).topics] == ["okul yollarinin onarilmasi", "köy içme suyu projeleri"]


def test_a_text_with_its_letters_is_read_as_it_is():
    text = "Toplantıda bütçe görüşüldü. " * 10
    assert not is_dotless(text, words(text))


@pytest.mark.parametrize(
    "typed, restored",
    [
        ("toplantida", "toplantıda"),  # a known stem from the lexicons
        ("artirilmasi", "artırılması"),  # harmony: an i after a back vowel
        ("valilikler", "valilikler"),  # the suffix vowel after it is front
        ("alanindaki", "alanındaki"),  # the -ki of -DAki stays
        ("yapilacagini", "yapılacağını"),  # a g between vowels
        ("geliyor", "geliyor"),  # -yor takes no part in the i's harmony
    ],
)
def test_word_restored(typed, restored):
    reader = DotlessReader(["toplantı", "değerlendirme"])
    text = " ".join(["ve"] * 40 + [typed])
    assert reader.restore(text, words(text)).split()[-1] == restored
