"""One token per character, registered as spaCy tokenizer ``kg.CharTokenizer.v1``.

kg's components address text by character offsets, so any span must align with token
boundaries; this is spaCy's Chinese "char" segmentation without its whitespace
bookkeeping, which costs more than the rest of the pipeline put together.
"""
from __future__ import annotations

from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab


class _Orths(dict):
    """Character → its hash in the vocab's strings, added on first sight: a Doc built
    from hashes skips hashing each character's string again (half the Doc's cost)."""

    def __init__(self, vocab: Vocab):
        super().__init__()
        self.strings = vocab.strings

    def __missing__(self, char: str) -> int:
        orth = self[char] = self.strings.add(char)
        return orth


class CharTokenizer:
    def __init__(self, vocab: Vocab):
        self.vocab = vocab
        self._orths = _Orths(vocab)

    def __call__(self, text: str) -> Doc:
        doc = Doc(self.vocab, words=list(map(self._orths.__getitem__, text)),
                  spaces=[False] * len(text))
        doc.user_data["kg_text"] = text     # (doc.text rebuilds it from every token: see text_of)
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def to_disk(self, path, **kwargs) -> None:      # nothing to save: no settings, no data
        pass

    def from_disk(self, path, **kwargs) -> "CharTokenizer":
        return self

    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> "CharTokenizer":
        return self


@registry.tokenizers("kg.CharTokenizer.v1")
def create_char_tokenizer():
    def make(nlp):
        return CharTokenizer(nlp.vocab)
    return make
