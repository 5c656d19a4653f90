"""Dask: a small corpus through a real LocalCluster gives the same quotes as ``extract``."""

import pytest

db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

import kutipan  # noqa: E402
from kutipan.integrations.dask import extract_bag, quote_records  # noqa: E402

TEXTS = [
    '"Kami siap," ujar Budi Santoso.',
    "Tidak ada kutipan di sini.",
    'Menurut Ani, harga akan turun. "Belum tahu," katanya.',
    'Kapolda Papua Irjen Paulus Waterpau mengatakan bahwa warga aman. "Tenang saja," ujarnya.',
] * 3


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None)
    with distributed.Client(cluster) as client:
        yield client
    cluster.close()


def test_cluster_gives_the_same_quotes(client):
    pairs = [(f"doc-{i}", text) for i, text in enumerate(TEXTS)]
    bag = db.from_sequence(pairs, npartitions=4)
    found = client.compute(extract_bag(bag)).result()
    assert [key for key, _ in found] == [key for key, _ in pairs]
    assert [result for _, result in found] == [kutipan.extract(text) for text in TEXTS]


def test_records_carry_ids(client):
    bag = db.from_sequence([("a", TEXTS[0]), ("b", TEXTS[1]), ("c", TEXTS[2])], npartitions=2)
    rows = client.compute(quote_records(bag)).result()
    expected = [{"id": key, **row} for key, text in [("a", TEXTS[0]), ("c", TEXTS[2])] for row in kutipan.extract(text).to_dicts()]
    assert rows == expected


def test_plain_texts_and_a_custom_lexicon(client):
    lexicon = kutipan.Lexicon.default().with_cues([("sembur", "sembur", "inverted")])
    text = '"Kami siap," sembur Budi.'
    [result] = client.compute(extract_bag(db.from_sequence([text]), lexicon=lexicon)).result()
    assert result == kutipan.Extractor(lexicon)(text)
    assert result.quotes[0].cue.text == "sembur"


def test_bad_item_raises_type_error(client):
    with pytest.raises(TypeError):
        client.compute(extract_bag(db.from_sequence(["Baik.", 42]))).result()
