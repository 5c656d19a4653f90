"""``extract_many``: one result per input, in input order, the same on one process as on several."""

import itertools

import pytest

import kutipan
from kutipan.batch import extract_many

TEXTS = [
    '"Kami siap," ujar Budi Santoso.',
    "Tidak ada kutipan di sini.",
    'Menurut Ani, harga akan turun. "Belum tahu," katanya.',
    "",
    'Kapolda Papua Irjen Paulus Waterpau mengatakan bahwa warga aman. "Tenang saja," ujarnya.',
] * 5


def test_inline_matches_extract():
    assert list(extract_many(TEXTS)) == [kutipan.extract(t) for t in TEXTS]


def test_two_processes_match_extract_in_order():
    expected = [kutipan.extract(t) for t in TEXTS]
    assert list(extract_many(TEXTS, n_process=2, chunksize=3)) == expected


def test_id_pairs_keep_their_ids():
    pairs = [(f"doc-{i}", t) for i, t in enumerate(TEXTS)]
    found = list(extract_many(pairs, n_process=2, chunksize=2))
    assert [key for key, _ in found] == [key for key, _ in pairs]
    assert [result for _, result in found] == [kutipan.extract(t) for t in TEXTS]


def test_reads_a_generator_lazily():
    consumed = []

    def texts():
        for i in itertools.count():
            consumed.append(i)
            yield TEXTS[i % len(TEXTS)]

    results = extract_many(texts(), n_process=2, chunksize=2, in_flight=2)
    first = list(itertools.islice(results, 3))
    results.close()  # stops the workers
    assert len(first) == 3
    assert len(consumed) <= 2 * 2 + 2 + 1  # the window plus the chunk being yielded, not the endless input


def test_custom_lexicon_reaches_the_workers():
    lexicon = kutipan.Lexicon.default().with_cues([("sembur", "sembur", "inverted")])
    text = '"Kami siap," sembur Budi.'
    assert "sembur" not in [q.cue.text for q in kutipan.extract(text) if q.cue]  # the default lexicon lacks it
    [result] = extract_many([text], n_process=2, lexicon=lexicon)
    assert result.quotes[0].cue.text == "sembur"
    assert result == kutipan.Extractor(lexicon)(text)


@pytest.mark.parametrize("n_process", [1, 2])
def test_bad_item_raises_type_error(n_process):
    with pytest.raises(TypeError, match="str or an \\(id, str\\) pair"):
        list(extract_many(["Baik.", None], n_process=n_process))


def test_bad_arguments():
    with pytest.raises(ValueError):
        extract_many([], extractor=kutipan.Extractor(), lexicon=kutipan.Lexicon.default())
    with pytest.raises(ValueError):
        extract_many([], chunksize=0)


def test_empty_input():
    assert list(extract_many([], n_process=2)) == []


def test_lazy_name_on_the_package():
    assert kutipan.extract_many is extract_many
