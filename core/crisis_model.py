"""The second reader of core/crisis.py: a small text classifier for what the phrase lists miss.

Phrase lists catch the ways of saying it that someone wrote down; young people find a hundred
others ("heb mn playstation aan mn broertje gegeven, heb het toch niet meer nodig", "bought rope
today"). Measured on messages written by people who never saw the lists, the lists alone caught
about half. This model reads letters and words the way a spam filter does: character n-grams
(2–5, so misspellings, missing diacritics and inflections still share most of their pieces) and
word pairs, weighed by a logistic regression trained on the corpus in core/crisis_corpus/ — the
same phrases, in seven languages, that must alert and the hard negatives that must not.

It is trained when Koers starts (about seven seconds; `koers run` does it while it migrates)
and kept in memory, and in a cache file that a later start reads in a tenth of a second as long
as the corpus, this code and scikit-learn are the same (`cached_model`); nothing is downloaded
and nothing leaves the machine. It only adds alerts: the phrase lists still decide on their own
what they match.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

log = logging.getLogger(__name__)

CORPUS = Path(__file__).parent / "crisis_corpus"
# What the trained model depends on besides the corpus: how texts are read, and how it learns.
MODEL_SOURCES = (Path(__file__), Path(__file__).parent / "phrases.py")
LANGUAGES = ("nl", "en", "tr", "ar", "pl", "uk", "ru")
# The corpus's three kinds of file: what must alert, the hard negatives that must not (they
# sound dark), and everyday messages (short answers, questions to a coach).
CRISIS, NOT_CRISIS, EVERYDAY = "crisis", "not_crisis", "everyday"
# From how likely the model finds a crisis does it alert. Chosen on messages it was not trained
# on (README, "Crisis detection"): lower catches more and alerts more often on harmless words.
THRESHOLD = 0.7
# Fewer words than this are left to the phrase lists: "nee", "ja", "ik ben er" say too little
# for the model (it learned "nee" from "nee, ik wil niet meer") and are the answers people type
# most. About two crisis lines in a hundred in the corpus are that short and unlisted.
MIN_WORDS = 4
# Below this the model is sure a text is harmless, and may overrule a listed phrase ("laatste
# bericht van vandaag, ga slapen"): only for texts of MIN_WORDS to DOUBT_MAX_WORDS words, since a
# short text says too little and in a long one a single cry is drowned by the rest. Chosen on a
# blind round it had not seen: 2 false alerts in 100 fewer, 1 missed crisis in 1,000 more.
DOUBT = 0.2
DOUBT_MAX_WORDS = 30
# How strongly the regression may follow single examples; higher fits the corpus more closely.
FIT = 15.0


def corpus_lines(language: str, kind: str, folder: Path = CORPUS) -> list[str]:
    """The phrases of one language and kind (CRISIS, NOT_CRISIS, EVERYDAY); `#` lines are
    comments."""
    lines = (folder / f"{language}_{kind}.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


@dataclass(frozen=True)
class Example:
    text: str
    crisis: bool


def corpus_examples(folder: Path = CORPUS) -> list[Example]:
    return [
        Example(text, kind == CRISIS)
        for language in LANGUAGES
        for kind in (CRISIS, NOT_CRISIS, EVERYDAY)
        for text in corpus_lines(language, kind, folder)
    ]


class CrisisModel:
    """How likely a text is a cry for help, learned from examples."""

    def __init__(self, examples: Sequence[Example], prepare: Callable[[str], str]) -> None:
        """Learns from the examples, each read as `prepare` makes it (the same as `alerts` gets)."""
        # Imported here: half a second that only `koers run` and the tests need to pay.
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import FeatureUnion

        def counted(analyzer: str, sizes: tuple[int, int]) -> TfidfVectorizer:
            return TfidfVectorizer(
                analyzer=analyzer, ngram_range=sizes, lowercase=False, sublinear_tf=True
            )

        self._features = FeatureUnion(
            [("letters", counted("char_wb", (2, 5))), ("words", counted("word", (1, 2)))]
        )
        matrix = self._features.fit_transform([prepare(example.text) for example in examples])
        self._regression = LogisticRegression(C=FIT, max_iter=3000, class_weight="balanced")
        self._regression.fit(matrix, [example.crisis for example in examples])
        self._crisis_column = list(self._regression.classes_).index(True)

    def probability(self, prepared: str) -> float:
        """How likely a crisis is, for a text already read as the examples were prepared."""
        row = self._features.transform([prepared])
        return float(self._regression.predict_proba(row)[0][self._crisis_column])

    def alerts(self, prepared: str) -> bool:
        if len(prepared.split()) < MIN_WORDS:
            return False
        return self.probability(prepared) >= THRESHOLD

    def doubts(self, prepared: str) -> bool:
        """Sure that a text a phrase list matched is harmless after all."""
        if not MIN_WORDS <= len(prepared.split()) <= DOUBT_MAX_WORDS:
            return False
        return self.probability(prepared) < DOUBT


class Reader(Protocol):
    """What core/crisis.py asks of a model, for a prepared text: alert on what no list holds;
    overrule a list's match."""

    def alerts(self, prepared: str) -> bool: ...

    def doubts(self, prepared: str) -> bool: ...


class PhrasesOnly:
    """A reader that never alerts and never doubts: the phrase lists alone, for measuring."""

    def alerts(self, prepared: str) -> bool:
        return False

    def doubts(self, prepared: str) -> bool:
        return False


def model_key(folder: Path = CORPUS) -> str:
    """Changes whenever the trained model would: corpus, this code, the normaliser, sklearn."""
    import sklearn

    digest = hashlib.sha256(sklearn.__version__.encode())
    for path in (*MODEL_SOURCES, *sorted(folder.glob("*.txt"))):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:24]


def cached_model(prepare: Callable[[str], str], cache_dir: Path | None) -> CrisisModel:
    """The model from `cache_dir` when one was trained on exactly this; else trained (and
    written there for the next start). The cache is Koers's own file, as trusted as its
    database: it is only read from the directory the operator configured."""
    if cache_dir is None:
        return CrisisModel(corpus_examples(), prepare)
    path = cache_dir / f"crisis-model-{model_key()}.pickle"
    if path.is_file():
        try:
            with path.open("rb") as file:
                model = pickle.load(file)
            if isinstance(model, CrisisModel):
                return model
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError) as error:
            log.warning("crisis model cache unreadable (%s): training again", error)
    model = CrisisModel(corpus_examples(), prepare)
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        for old in cache_dir.glob("crisis-model-*.pickle"):
            old.unlink(missing_ok=True)
        written = path.with_suffix(f".{os.getpid()}.tmp")
        with written.open("wb") as file:
            pickle.dump(model, file, protocol=pickle.HIGHEST_PROTOCOL)
        written.replace(path)  # whole or not at all, also with two processes starting at once
    except OSError as error:
        log.warning("crisis model not cached (%s)", error)
    return model


class TrainedOnce:
    """The model trained from the corpus on first use, once per process, safe across threads;
    `use_cache` points it at a directory where a trained model is kept between starts."""

    def __init__(self, prepare: Callable[[str], str]) -> None:
        self._prepare = prepare
        self._lock = threading.Lock()
        self._model: CrisisModel | None = None
        self._cache_dir: Path | None = None

    def use_cache(self, cache_dir: Path | None) -> None:
        self._cache_dir = cache_dir

    def __call__(self) -> CrisisModel:
        if self._model is None:
            with self._lock:
                if self._model is None:
                    self._model = cached_model(self._prepare, self._cache_dir)
        return self._model
