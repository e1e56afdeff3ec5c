"""kg's tokenizer: one token per character, whatever the character."""
from kg.pipeline import load


def test_one_token_per_character_and_the_text_kept():
    nlp = load()
    text = "山西省大同市 平城区\n人民政府\t2023年《条例》😀 ᠮᠣᠩ"
    doc = nlp.make_doc(text)
    assert doc.text == text
    assert [t.text for t in doc] == list(text)
    assert all(not t.whitespace_ for t in doc)
    # the components read it as given, not rebuilt from every token (doc.text)
    from kg.extract.doc import text_of
    assert doc.user_data["kg_text"] is text and text_of(doc) is text


def test_characters_first_seen_get_their_own_lexemes():
    nlp = load()
    doc = nlp.make_doc("䶮龘")              # rare characters no earlier doc held
    again = nlp.make_doc("龘䶮龘")
    assert [t.text for t in again] == ["龘", "䶮", "龘"]
    assert again[0].orth == doc[1].orth == nlp.vocab.strings["龘"]
    assert again[1].lex.orth_ == "䶮"
