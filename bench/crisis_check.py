"""What the crisis check costs: start-up (compiling the phrase lists, training the model) and
each message, the phrase lists alone against lists and model, on a short and a long text.

Every message a person sends passes the check once, so its cost is part of each update's CPU
time (bench.echo_ratio). Printed: milliseconds per call and the model's share as a ratio from
the same run (machines here are noisy: compare the ratio).

    .venv/bin/python -m bench.crisis_check
    .venv/bin/python -m bench.crisis_check --calls 2000
"""

from __future__ import annotations

import argparse
import time

from core.crisis import compile_every_phrase, compiled_phrases, signals_crisis, trained_model
from core.crisis_model import PhrasesOnly

TEXTS = {
    "a question (33 characters)": "Moet ik morgen mijn pas meenemen?",
    "a long message (4,800 characters)": "ik ga morgen naar mijn werk en dan naar school. " * 100,
}


def _per_call_ms(text: str, calls: int, *, lists_only: bool) -> float:
    reader = PhrasesOnly() if lists_only else None
    started = time.perf_counter()
    for _ in range(calls):
        signals_crisis(text, model=reader)
    return (time.perf_counter() - started) / calls * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=500)
    calls = parser.parse_args().calls

    started = time.perf_counter()
    compiled_phrases()
    gathered = time.perf_counter() - started
    started = time.perf_counter()
    compile_every_phrase()
    compiled = time.perf_counter() - started
    started = time.perf_counter()
    trained_model()
    trained = time.perf_counter() - started
    print(
        f"start-up: phrase lists gathered in {gathered:.1f} s (before a process answers), "
        f"every phrase group compiled in {compiled:.1f} s (each group otherwise when first "
        f"needed), model trained in {trained:.1f} s (read from its cache on a later start)"
    )
    print(f"\n{'text':<36} {'lists ms':>9} {'lists+model ms':>15} {'ratio':>6}")
    for name, text in TEXTS.items():
        lists = _per_call_ms(text, calls, lists_only=True)
        both = _per_call_ms(text, calls, lists_only=False)
        print(f"{name:<36} {lists:>9.2f} {both:>15.2f} {both / lists:>5.1f}×")
    print(f"\n(.venv/bin/python -m bench.crisis_check --calls {calls})")


if __name__ == "__main__":
    main()
