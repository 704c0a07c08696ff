import pytest

import pipeline


def topics(text: str) -> list[str]:
    return [t.text for t in pipeline.extract(text).topics]


def topic(text: str):
    (only,) = pipeline.extract(text).topics
    return only


# -- agenda statements and their lists ------------------------------------------------------


def test_list_before_a_passive_cue_is_split_at_commas_and_the_final_ve():
    text = "Görüşmede, ikili ilişkiler, enerji güvenliği ve terörle mücadele ele alındı."
    assert topics(text) == ["ikili ilişkiler", "enerji güvenliği", "terörle mücadele"]


def test_offsets_point_at_the_topic_in_the_text():
    text = "Görüşmede Türkiye-İran ilişkileri ve İsrail saldırıları ele alınacak."
    for found in pipeline.extract(text).topics:
        assert text[found.start : found.end] == found.text


def test_items_that_use_ve_inside_keep_the_final_ve_too():
    text = "Toplantıda; sınır yönetimi ve göç, enerji güvenliği, ulaşım koridorları ve bağlantısallık ele alındı."
    assert topics(text) == ["sınır yönetimi ve göç", "enerji güvenliği", "ulaşım koridorları ve bağlantısallık"]


def test_adjectives_joined_by_ve_stay_one_topic():
    text = "Toplantıda güncel küresel ve bölgesel meseleler değerlendirilecek."
    assert topics(text) == ["güncel küresel ve bölgesel meseleler"]


def test_a_fixed_pair_is_not_split_but_the_list_still_is():
    text = "Görüşmede ekonomik iş birliği ile barış ve istikrar ele alındı."
    assert topics(text) == ["ekonomik iş birliği", "barış ve istikrar"]


def test_the_two_sides_of_a_relation_are_one_topic():
    text = "Görüşmede Türkiye ile AB arasındaki ilişkiler ele alındı."
    assert topics(text) == ["Türkiye ile AB arasındaki ilişkiler"]


def test_the_shared_classifier_of_a_list_is_dropped():
    text = "Bölgesel konularda ise Suriye'deki durum ve Gazze'deki ateşkes konuları görüşülecek."
    assert topics(text) == ["Suriye'deki durum", "Gazze'deki ateşkes"]


def test_a_wrapper_and_the_case_it_governs_are_trimmed():
    text = "Toplantıda bölgesel deniz güvenliğine ilişkin başlıklar ele alındı."
    assert topics(text) == ["bölgesel deniz güvenliği"]


def test_the_accusative_of_an_active_verb_is_trimmed():
    assert topics("Fidan, görüşmede Suriye'deki son gelişmeleri görüştü.") == ["Suriye'deki son gelişmeler"]


def test_the_genitive_before_a_nominalized_cue_is_trimmed():
    text = "Görüşmelerde vize serbestisi sürecinin hızlandırılmasının ele alınması bekleniyor."
    assert topics(text) == ["vize serbestisi sürecinin hızlandırılması"]


def test_the_subject_of_an_active_verb_is_no_topic():
    assert topics("Bakanlar, enerji, ticaret ve turizm konularını görüştü.") == ["enerji", "ticaret", "turizm"]


def test_the_person_met_is_no_topic():
    assert topics("Bakan, görüşmede mevkidaşıyla ikili ilişkileri ve bölgesel konuları görüştü.") == [
        "ikili ilişkiler",
        "bölgesel konular",
    ]


def test_meeting_someone_states_no_agenda():
    assert topics("Dışişleri Bakanı Fidan, Rusya Dışişleri Bakanı Lavrov ile görüştü.") == []


def test_a_list_between_gundeminde_and_yer_aliyor():
    text = "Zirvenin gündeminde iklim değişikliği, göç ve enerji fiyatları yer alıyor."
    assert topics(text) == ["iklim değişikliği", "göç", "enerji fiyatları"]


def test_a_list_before_hakkinda_gorus_alisverisi():
    text = "Liderler, Suriye'deki son gelişmeler hakkında görüş alışverişinde bulundu."
    assert topics(text) == ["Suriye'deki son gelişmeler"]


def test_a_list_before_dahil_olmak_uzere_and_not_the_vague_rest():
    text = "Toplantıda enerji, sanayi ve gençlik dahil olmak üzere muhtelif başlıkların ele alınması bekleniyor."
    assert topics(text) == ["enerji", "sanayi", "gençlik"]


def test_fields_before_alanlarinda_is_birligi():
    text = "Toplantıda enerji, ulaştırma ve turizm alanlarında iş birliğinin geliştirilmesi ele alındı."
    assert topics(text) == ["enerji, ulaştırma ve turizm alanlarında iş birliğinin geliştirilmesi"]


def test_an_item_given_with_yani_sira():
    text = "Görüşmede ikili ilişkilerin yanı sıra bölgesel meseleler de ele alındı."
    assert topics(text) == ["ikili ilişkiler", "bölgesel meseleler"]


def test_a_quoted_title_of_a_meeting_is_one_topic():
    text = "Fidan, “Karadeniz'de Güvenlik, İstikrar ve Dayanıklılık” başlıklı oturumda konuşacak."
    assert topics(text) == ["Karadeniz'de Güvenlik, İstikrar ve Dayanıklılık"]


def test_the_title_of_an_exhibition_is_no_agenda():
    assert topics("Kurum, “İnsan ve Mekan” başlıklı bir fotoğraf sergisi açtı.") == []


def test_a_case_dealt_with_outside_a_meeting_is_no_agenda():
    assert topics("Yargıtay, dosyanın yeniden ele alınmasını istedi.") == []


def test_a_negated_cue_states_no_agenda():
    assert topics("Görüşmede göç konusu ele alınmadı.") == []


def test_a_participle_cue_is_followed_not_preceded_by_its_topic():
    assert topics("Meclis yarın toplanacak ve gelecek hafta görüşülecek olan yasa tasarısı netleşecek.") == []


def test_headlines_state_no_agenda():
    assert topics("Gazze konulu toplantı yarın\nDışişleri Bakanı Fidan yarın Paris'e gidecek.") == []


def test_an_article_that_lists_no_agenda_has_no_topics():
    text = (
        "Ticaret Bakanı Ömer Bolat, ihracatın 400 milyar dolara ulaştığını açıkladı. "
        "Bolat, halı ve tekstil sektörlerinin ihracattaki önemine vurgu yaptı."
    )
    assert topics(text) == []


# -- labels from the taxonomy -----------------------------------------------------------------


def test_label_is_the_first_concept_and_labels_all_of_them():
    found = topic("Görüşmede enerji güvenliği için ulaşım koridorlarının önemi ele alındı.")
    assert (found.label, found.labels) == ("energy_security", ["energy_security", "transport_corridors"])


def test_concepts_match_inflected_forms():
    assert topic("Görüşmede düzensiz göçün önlenmesi ele alındı.").labels == ["irregular_migration"]


def test_a_concept_that_only_relates_others_is_not_the_main_label():
    found = topic("Görüşmede iş birliğinin savunma sanayiine genişletilmesi ele alındı.")
    assert (found.label, found.labels) == ("defence_industry", ["cooperation", "defence_industry"])


def test_the_iptc_code_is_the_label_s_code():
    assert [t.iptc for t in pipeline.extract("Görüşmede sağlık ve eğitim ele alındı.").topics] == [
        "medtop:07000000",
        "medtop:05000000",
    ]


@pytest.mark.parametrize(
    "sentence, label",
    [
        ("Toplantıda kış için alınacak önlemler görüşüldü.", "measures"),
        ("Toplantıda kurumun gelecek hedefleri görüşüldü.", "goals"),
        ("Toplantıda köylerde yaşanan sorunlar görüşüldü.", "problems_and_solutions"),
    ],
)
def test_general_agenda_items_get_a_weak_concept(sentence, label):
    assert topic(sentence).label == label


def test_a_topic_outside_the_taxonomy_has_no_label():
    found = topic("Görüşmede okyanus haritalama çalışmaları ele alındı.")
    assert (found.label, found.labels, found.iptc) == (None, [], None)


def test_a_list_between_basta_and_olmak_uzere():
    text = "Görüşmede başta enerji ve ticaret olmak üzere birçok alanda iş birliği ele alındı."
    assert topics(text) == ["enerji", "ticaret"]


def test_the_name_met_with_is_no_topic():
    assert topics("Fidan, görüşmede Lavrov ile Suriye ve Ukrayna konularını görüştü.") == ["Suriye", "Ukrayna"]


def test_a_singular_classifier_belongs_to_its_own_item():
    text = "Toplantıda terörle mücadele, su meselesi ve enerji iş birliği masaya yatırıldı."
    assert topics(text) == ["terörle mücadele", "su meselesi", "enerji iş birliği"]


def test_the_subject_of_a_reported_discussion_is_no_topic():
    text = "Kaynaklar, görüşmede iki bakanın Gazze'deki durumu ve ikili ticareti ele aldığını bildirdi."
    assert topics(text) == ["Gazze'deki durumu", "ikili ticaret"]


def test_a_postposition_before_an_active_discussion_verb():
    assert topics("Liderler, Suriye'deki gelişmeler konusunda görüştüler.") == ["Suriye'deki gelişmeler"]


def test_the_channel_of_a_talk_sets_the_scene():
    text = "Erdoğan, Putin ile telefonda Ukrayna'daki savaşı ve enerji iş birliğini konuştu."
    assert topics(text) == ["Ukrayna'daki savaşı", "enerji iş birliği"]


def test_a_nominative_before_gibi_keeps_its_last_letters():
    assert topics("Görüşmede ticaret ve bölge gibi konular ele alındı.") == ["ticaret", "bölge"]


def test_where_and_when_said_before_the_cue_are_no_topic():
    assert topics("Görüşmede göç politikası dün Brüksel'de görüşüldü.") == ["göç politikası"]


def test_a_cue_verb_in_the_locative_states_no_agenda():
    assert topics("Yasaların Meclis'te görüşülmesinde yeni bir yöntem uygulanacak.") == []


def test_a_list_before_uzerinde_duruldu():
    text = "Görüşmede ikili ilişkilerin geliştirilmesi ve bölgesel istikrarın önemi üzerinde duruldu."
    assert topics(text) == ["ikili ilişkilerin geliştirilmesi", "bölgesel istikrarın önemi"]


def test_a_person_found_by_the_person_stage_is_no_topic():
    from pipeline.schema import Entity, Mention
    from pipeline.spans import add_entities

    nlp = pipeline.load()
    text = "Dışişleri Bakanı Fidan Suriye'yi ve Ukrayna'yı görüştü."
    doc = nlp.make_doc(text)
    for name, stage in nlp.pipeline:
        if name == "trnews_topics":
            person = Entity(id="", type="PERSON", name="Fidan", mentions=[Mention(start=17, end=22, text="Fidan")])
            add_entities(doc, [person])
        doc = stage(doc)
    assert [t.text for t in doc._.trnews_topics] == ["Suriye", "Ukrayna"]


def test_a_list_after_a_colon_that_announces_topics():
    text = "Görüşmede ele alınan başlıklar şöyle: enerji güvenliği, düzensiz göç ve terörle mücadele."
    assert topics(text) == ["enerji güvenliği", "düzensiz göç", "terörle mücadele"]


def test_ile_before_a_noun_that_takes_a_partner_joins_no_items():
    text = "Toplantıda göç politikaları ve Birleşmiş Milletler (BM) ile koordinasyon konuları ele alındı."
    assert topics(text) == ["göç politikaları", "Birleşmiş Milletler (BM) ile koordinasyon"]


def test_ile_still_ends_a_list_of_two_plain_items():
    text = "Görüşmede turizm ile tarım konuları ele alındı."
    assert topics(text) == ["turizm", "tarım"]


def test_a_round_of_talks_is_the_meeting_and_no_topic():
    text = "Heyetler, Bakü'de bir araya gelerek gümrük vergilerinin düşürülmesine yönelik müzakerelerin üçüncü turunu değerlendirdi."
    assert topics(text) == []


def test_a_round_of_talks_in_the_locative_sets_the_scene():
    text = "Müzakerelerin dördüncü turunda balıkçılık kotaları ele alındı."
    assert topics(text) == ["balıkçılık kotaları"]


def test_an_agenda_made_of_headings_lists_its_topics():
    text = "Zirvenin gündemi ağırlıklı olarak su kaynakları, gıda güvenliği ve iklim değişikliği başlıklarından oluşuyor."
    assert topics(text) == ["su kaynakları", "gıda güvenliği", "iklim değişikliği"]


def test_a_reported_agenda_made_of_headings_starts_after_the_word_agenda():
    text = "Sözcü, toplantının gündeminin liman yatırımları, gümrük işlemleri ve vize kolaylığı konularından oluştuğunu söyledi."
    assert topics(text) == ["liman yatırımları", "gümrük işlemleri", "vize kolaylığı"]


def test_a_group_made_of_people_is_no_agenda():
    assert topics("Heyet, toplantıda on iki uzmandan oluşuyor.") == []


def test_a_relative_clause_before_a_name_only_describes_it_and_is_dropped():
    text = "Toplantıda İzmir'de düzenlenen son Ege Ekonomi Forumu'nda alınan kararlar ele alındı."
    assert topics(text) == ["son Ege Ekonomi Forumu'nda alınan kararlar"]


def test_a_relative_clause_before_a_common_noun_stays_in_the_item():
    text = "Toplantıda depremzedelere verilen barınma desteği ele alındı."
    assert topics(text) == ["depremzedelere verilen barınma desteği"]


def test_a_quoted_name_after_a_dropped_clause_keeps_its_opening_quote():
    text = "Görüşmede kıyıları korumayı amaçlayan “Mavi Kuşak” projesi ele alındı."
    assert topics(text) == ["“Mavi Kuşak” projesi"]


def test_ile_before_a_compound_of_nouns_still_ends_the_list():
    text = "Görüşmede kaçakçılıkla mücadele ile gümrük idaresi iş birliği ele alındı."
    assert topics(text) == ["kaçakçılıkla mücadele", "gümrük idaresi iş birliği"]


def test_an_inner_item_of_an_object_list_loses_an_unmistakable_accusative():
    text = "Bakanlar görüşmede liman işletmeciliğini ve hububat ihracatını görüştü."
    assert topics(text) == ["liman işletmeciliği", "hububat ihracatı"]


def test_an_inner_item_that_may_be_bare_keeps_its_ending():
    text = "Bakanlar görüşmede Kıbrıs sorunu ve göç krizini görüştü."
    assert topics(text) == ["Kıbrıs sorunu", "göç krizi"]


def test_an_inner_item_after_an_adjective_loses_its_accusative():
    text = "Bakanlar görüşmede ekonomik ilişkileri ve kültür programlarını görüştü."
    assert topics(text) == ["ekonomik ilişkiler", "kültür programları"]


def test_an_inner_item_owned_by_a_genitive_keeps_its_possessive():
    text = "Bakanlar görüşmede Irak'ın ekonomik durumu ve kültür programlarını görüştü."
    assert topics(text) == ["Irak'ın ekonomik durumu", "kültür programları"]


def test_what_a_speaker_takes_up_in_a_statement_is_no_agenda():
    text = "Vali, toplantının ardından yaptığı açıklamada kış tedbirlerini değerlendirdi."
    assert topics(text) == []


def test_a_meeting_reported_in_a_statement_still_has_its_agenda():
    text = "Bakanlığın açıklamasında, iki bakanın liman yatırımlarını ve balık ihracatını görüştüğü bildirildi."
    assert topics(text) == ["liman yatırımları", "balık ihracatı"]


def test_a_softened_last_word_keeps_its_case_ending_rather_than_lose_a_letter():
    assert topics("Bakanlar görüşmede balıkçılığı görüştü.") == ["balıkçılığı"]


def test_how_a_topic_was_discussed_is_no_part_of_it():
    assert topics("Görüşmede ekonomik ilişkiler bütün boyutlarıyla ele alındı.") == ["ekonomik ilişkiler"]


def test_adjectives_before_a_classifier_postposition_take_it_as_their_head():
    text = "Toplantıda askeri ve insani konularda görüş alışverişinde bulunuldu."
    assert topics(text) == ["askeri ve insani konular"]


def test_a_place_name_modifying_a_common_noun_keeps_the_clause_before_it():
    text = "Toplantıda, Yunanistan'ın önerdiği Ege balıkçılık planı ele alındı."
    assert topics(text) == ["Yunanistan'ın önerdiği Ege balıkçılık planı"]


def test_ile_after_a_named_partner_joins_it_to_the_cooperation():
    text = "Görüşmede göç, Mısır ile tarım iş birliği ve turizm ele alındı."
    assert topics(text) == ["göç", "Mısır ile tarım iş birliği", "turizm"]


def test_an_inner_item_loses_an_accusative_in_y():
    text = "Bakanlar görüşmede kuraklıkla mücadeleyi ve su yönetimini görüştü."
    assert topics(text) == ["kuraklıkla mücadele", "su yönetimi"]


def test_an_ordinal_number_does_not_end_the_sentence_and_stays_in_the_item():
    text = "Görüşmede, 3. Türkiye-Körfez İş Forumu hazırlıkları ve liman yatırımları ele alındı."
    assert topics(text) == ["3. Türkiye-Körfez İş Forumu hazırlıkları", "liman yatırımları"]


def test_a_month_and_part_of_it_before_the_cue_say_when_not_what():
    text = "Toplantıda tarım destekleri ve su yönetimi Mart ayı sonunda yeniden ele alınacak."
    assert topics(text) == ["tarım destekleri", "su yönetimi"]


def test_a_time_noun_in_the_locative_before_the_cue_is_no_topic():
    text = "Balıkçılık yasa tasarısı, Genel Kurul'da Ekim ayında görüşülecek."
    assert topics(text) == ["Balıkçılık yasa tasarısı"]


def test_a_classifier_after_a_verbal_noun_is_dropped():
    text = "Görüşmede, vize muafiyetinin genişletilmesi konusu ele alındı."
    assert topics(text) == ["vize muafiyetinin genişletilmesi"]


def test_a_bare_name_before_ve_shares_the_ki_of_the_next_name():
    text = "Toplantıda deniz güvenliği, Yemen ve Somali'deki insani kriz ele alındı."
    assert topics(text) == ["deniz güvenliği", "Yemen ve Somali'deki insani kriz"]
