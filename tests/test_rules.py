"""Single steps: quotation marks, sentences, mention reading, each attribution rule by name."""

import pytest

import kutipan
from kutipan.lexicon import Lexicon
from kutipan.marks import quoted
from kutipan.mentions import read_backward, read_forward
from kutipan.spans import Span
from kutipan.text import paragraphs, sentences

LEXICON = Lexicon.default()


def stretches(text):
    return [q.content.text for p in paragraphs(text) for q in quoted(text, p)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Satu," kata Budi, "dua."', ["Satu,", "dua."]),
        ("“Satu,” kata Budi.", ["Satu,"]),
        ("”Satu,” kata Budi.", ["Satu,"]),                      # Kompas: ” opens too
        ("„Satu,“ kata Budi.", ["Satu,"]),
        ("«Satu,» kata Budi.", ["Satu,"]),
        ("Warga (yang menolak berkata \"tidak\") pulang.", ["tidak"]),
        ("Salat Jum'at dan ma'af.", []),                          # apostrophes
        ('"Belum selesai\nBudi pulang.', ["Belum selesai"]),       # unclosed: ends with its paragraph
        ("Dia bilang 'cukup' saja.", ["cukup"]),
        ('"Dia bilang \'cukup\' saja," kata Ani.', ["Dia bilang 'cukup' saja,"]),
    ],
)
def test_marks(text, expected):
    assert stretches(text) == expected


def test_sentences_keep_abbreviations_and_numbers_whole():
    text = "Kata Kol. Budi, No. 5 di Jl. Merdeka naik 5,2 persen pukul 10.30. Lalu turun."
    paragraph = paragraphs(text)[0]
    assert [s.text for s in sentences(text, paragraph, LEXICON)] == [
        "Kata Kol. Budi, No. 5 di Jl. Merdeka naik 5,2 persen pukul 10.30.",
        "Lalu turun.",
    ]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Kapolres Metro Jakarta Timur Kombes Yoyon Tony Surya Putra kepada", "Yoyon Tony Surya Putra", "Kapolres Metro Jakarta Timur"),
        ("Kepala Subbagian Hubungan Pers, Media, dan Publikasi Basarnas, M Yusuf Latif, saat", "M Yusuf Latif",
         "Kepala Subbagian Hubungan Pers, Media, dan Publikasi Basarnas"),
        ("Wali Kota Serang Syafrudin di", "Syafrudin", "Wali Kota Serang"),
        ("Retno LP. Marsudi.", "Retno LP. Marsudi", None),
        ("Kuwu H. Abdul Rahman di", "Abdul Rahman", "Kuwu"),  # H: Haji, before a name of two words
    ],
)
def test_read_forward(text, name, role):
    mention = read_forward(text, 0, len(text), LEXICON)
    assert mention.name.text == name
    assert (mention.role.text if mention.role else None) == role


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        ("Kapolda Papua, Paulus Waterpau, membantah", "name", "Paulus Waterpau"),
        ("Karena itu, ia juga mengatakan", "pronoun", None),
        ("Dia enggan menilai", None, None),                       # refused speech
        ("Artikel yang menyebut", None, None),                    # relative clause
        ("Kementerian Kesehatan (Kemenkes) RI mengimbau", "organisation", "Kementerian Kesehatan (Kemenkes) RI"),
    ],
)
def test_read_backward(text, kind, name):
    cue = text.rindex(" ") + 1
    mention = read_backward(text, 0, cue, LEXICON)
    assert (mention.kind if mention else None) == kind
    if name:
        assert mention.name.text == name


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a lower-case role opens the subject, with a country or a web address in it
        ("Pebulu tangkis Indonesia Fajar Alfian mengaku", "Fajar Alfian", "Pebulu tangkis Indonesia"),
        ("Namun pemimpin redaksi detik.com Alfito Ginting menjelaskan", "Alfito Ginting", "pemimpin redaksi detik.com"),
        # the first word of an article in capitals
        ("PEBULU tangkis Indonesia Fajar Alfian mengaku", "Fajar Alfian", "PEBULU tangkis Indonesia"),
        # a relative clause set off inside the subject: 'X, yang ..., mengatakan'
        ("Koordinator lapangan aksi, Fakhrian Fawwazki, yang juga Menteri Sosial BEM, mengatakan", "Fakhrian Fawwazki",
         "Koordinator lapangan aksi"),
        # a relative clause about the person named just before: 'X, yang menyebut ...'
        ("Anggota DPR RI Fraksi Golkar, Agun Gunandjar Sudarsa, yang menyebut", "Agun Gunandjar Sudarsa",
         "Anggota DPR RI Fraksi Golkar"),
        # a role before a pair is both players': the first of them is not part of it
        ("Pebulu tangkis Indonesia Fajar Alfian/Muhammad Rian Ardianto mengaku", "Muhammad Rian Ardianto", "Pebulu tangkis Indonesia"),
    ],
)
def test_read_backward_role_before_the_name(text, name, role):
    cue = text.rindex(" ") + 1
    mention = read_backward(text, 0, cue, LEXICON)
    assert (mention.name.text if mention and mention.name else None) == name
    assert (mention.role.text if mention and mention.role else None) == role


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ('"Kami siap," ujar Budi.', "quote_cue_name"),
        ('"Kami siap," ujarnya.', "quote_cue_nya"),
        ('"Kami siap," Budi menambahkan.', "quote_name_cue"),
        ('Budi mengatakan, "Kami siap."', "name_cue_quote"),
        ('Kata Budi: "Kami siap."', "cue_name_quote"),
        ("Budi mengatakan bahwa harga akan turun.", "name_cue_bahwa"),
        ("Menurut Budi, harga akan turun.", "menurut_name"),
        ("Harga akan turun, kata Budi.", "kata_name"),
        ("Harga akan turun. Hal itu disampaikan Budi.", "passive_after"),
        ("Dijelaskan Budi, harga akan turun.", "passive_name"),
    ],
)
def test_each_rule_names_itself(text, rule):
    assert [q.rule for q in kutipan.extract(text)] == [rule]


def test_span_of_slices():
    assert Span.of("ujar Budi", 5, 9) == Span(5, 9, "Budi")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # verbs of belief and denial report a clause
        ("Walikota Nadjmi Adhani beranggapan, predikat WTP itu harus dipertahankan.", "predikat WTP itu harus dipertahankan"),
        ("Namun Luhut Pandjaitan yakin masalah tersebut dapat diatasi.", "masalah tersebut dapat diatasi"),
        ("Jendri Pitoy percaya, kemenangan bakal diraih.", "kemenangan bakal diraih"),
        ("Andrew Yuen menepis jika ada tudingan pihaknya menyebarkan buku itu.", "ada tudingan pihaknya menyebarkan buku itu"),
        # ... and not an object or a feeling: 'menepis kabar itu', 'percaya diri'
        ("Polisi Budi Santoso menepis kabar yang beredar di media sosial.", None),
        ("Pemain muda Budi Santoso percaya diri menghadapi laga itu.", None),
        ("Budi Santoso tidak yakin rencana itu berhasil.", None),
    ],
)
def test_belief_and_denial_verbs(text, content):
    quotes = kutipan.extract(text).quotes
    assert (quotes[0].text if quotes else None) == content


def test_a_name_opened_by_a_given_name_keeps_its_unit_like_words():
    text = ("Wali Kota Denpasar, I Gusti Ngurah Jaya Negara, mengatakan telah menandatangani nota kesepahaman.\n"
            '"Kami juga sudah membuat aturan," kata Jaya Negara.')
    assert [(q.speaker.name, q.role.text) for q in kutipan.extract(text)] == [
        ("I Gusti Ngurah Jaya Negara", "Wali Kota Denpasar")] * 2


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a clause after the cue is no one
        ('UUD 1945 secara "expressis verbis" menyatakan bahwa pemilu dilaksanakan lima tahun sekali.', None),
        # a description ends where a verb phrase starts, but not inside its relative clause
        ("Desain sistem pemilu menurut pengamat akan sangat menentukan arah demokrasi.", "pengamat"),
        ('"Saya tidak tahu," kata salah satu pedagang yang tidak mau menyebutkan namanya.',
         "salah satu pedagang yang tidak mau menyebutkan namanya"),
    ],
)
def test_where_a_description_ends(text, speaker):
    speakers = [q.speaker.name if q.speaker else None for q in kutipan.extract(text)]
    assert speakers in ([], [speaker]) and (speaker is None or speakers == [speaker])


@pytest.mark.parametrize(
    "text",
    [
        # a cue after 'dalam', 'guna' ... is a verb used as a noun
        "Partai politik memiliki peran vital dalam memastikan kebijakan negara tidak tercerabut dari rakyat.",
        # after a quote, a verb with a lower-case object names what is said, not who says it
        '"Daun sembung bisa menjadi obat yang murah dan mudah didapat," menyebut kemungkinan daun sembung untuk obat.',
    ],
)
def test_no_speaker_where_a_cue_is_no_speech(text):
    assert [q.speaker.name for q in kutipan.extract(text) if q.speaker] == []


def test_a_bare_passive_of_saying_reports_the_speaker_before_and_an_impersonal_one_nothing():
    text = ("Kapolres Merauke AKBP Bahara Marpaung mengatakan dua pelaku sudah ditahan. Ditegaskan, mereka akan diperiksa lebih lanjut.\n"
            "Diharapkan, warga tidak mudah percaya kabar bohong.")
    assert [(q.rule, q.text, q.speaker.name) for q in kutipan.extract(text)] == [
        ("name_cue_bahwa", "dua pelaku sudah ditahan", "Bahara Marpaung"),
        ("passive_bare", "mereka akan diperiksa lebih lanjut", "Bahara Marpaung"),
    ]


def test_a_fronted_participial_phrase_is_not_reported_words():
    text = "Menyinggung isu penculikan anak, Kapolres Bahara Marpaung menegaskan, pihaknya belum menerima laporan."
    assert [q.text for q in kutipan.extract(text)] == ["pihaknya belum menerima laporan"]


@pytest.mark.parametrize("text", [
    "Pemeran film ‘Hayya’ ini mengaku mengidolakan penyanyi itu.",
    "Wali Kota Munafri 'Appi' Arifuddin mengatakan jalan itu segera diperbaiki.",
])
def test_marks_inside_a_sentence_before_a_subject_set_off_a_title_or_a_nickname(text):
    assert [q.text for q in kutipan.extract(text) if q.kind == "direct"] == []
