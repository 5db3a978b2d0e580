"""The reader's accuracy on the corpus of real minutes does not drop below the recorded figure.

The figure is corpus/accuracy.json's "overall" (rounded down when measured); raise it there
whenever the reader gets better, with `python -m transferhub.bench reader` as the evidence.
"""

from transferhub.protocols.tests.corpus import scoring


def test_reader_accuracy_on_the_corpus_holds():
    scores = scoring.run_corpus()
    got, floor = scoring.overall(scores), scoring.recorded_accuracy()
    fields = ", ".join(
        f"{name} {right}/{total}" for name, (right, total) in scoring.per_field(scores).items()
    )
    assert got >= floor, f"accuracy on the corpus {got:.1%} < recorded {floor:.1%} ({fields})"
