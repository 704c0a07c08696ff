"""Texts typed without ı, ş and ğ: the topics stage reads the copy with the letters put back
(the document stage's, same offsets), and items are cut from the text as written. Texts written
for these tests; the restoration itself is tested word by word in ``test_text_dotless.py``."""

import pipeline

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
