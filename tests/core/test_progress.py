"""Progress: committed when a method returns, kept across restarts, hung on IDs."""

import pytest

from dro_trainer.core.progress import ProgressStore
from dro_trainer.core.quiz_scoring import AnswerResult, QuizResult
from dro_trainer.core.store.database import open_store


@pytest.fixture
def progress(tmp_path):
    store = open_store(tmp_path)
    yield ProgressStore(store)
    store.close()


def test_profiles(progress):
    amina = progress.create_profile("  Amina ", "fr", "fr")
    other = progress.create_profile("Delegate 7", "en", "es")
    assert amina.display_name == "Amina" and other.content_language == "es"
    assert {p.display_name for p in progress.profiles()} == {"Amina", "Delegate 7"}
    with pytest.raises(ValueError):
        progress.create_profile("   ", "en", "en")
    progress.update_profile(amina.id, content_language="es", text_scale=130)
    assert progress.profile(amina.id).text_scale == 130
    with pytest.raises(ValueError):
        progress.update_profile(amina.id, id=5)
    progress.delete_profile(other.id)
    assert [p.id for p in progress.profiles()] == [amina.id]


def test_lesson_progress_and_location(progress):
    amina = progress.create_profile("Amina", "en", "en")
    progress.open_lesson(amina.id, "c", "l1")
    progress.record_reading(amina.id, "c", "l1", 65, 0.5)
    progress.record_reading(amina.id, "c", "l1", 30, 1.7)
    state = progress.lesson_states(amina.id, "c")["l1"]
    assert (state.status, state.seconds_spent, state.scroll_fraction) == ("started", 95, 1.0)
    progress.complete_lesson(amina.id, "c", "l1")
    progress.open_lesson(amina.id, "c", "l1")
    assert progress.lesson_states(amina.id, "c")["l1"].completed, "reopening never undoes completion"
    assert progress.profile(amina.id).last_location == "lesson:c/l1"


def test_attempts_and_best_score(progress, tmp_path):
    amina = progress.create_profile("Amina", "en", "en")
    answers = (AnswerResult("q1", frozenset({1}), True), AnswerResult("q2", frozenset({0, 2}), False))
    progress.record_attempt(amina.id, "c", "en", QuizResult("quiz", answers, 70), "2026-01-01T00:00:00+00:00")
    best_answers = (AnswerResult("q1", frozenset({1}), True), AnswerResult("q2", frozenset({1}), True))
    attempt = progress.record_attempt(amina.id, "c", "fr", QuizResult("quiz", best_answers, 70), "2026-01-01T00:00:00+00:00")
    best = progress.quiz_bests(amina.id, "c")["quiz"]
    assert (best.best_percent, best.passed, best.attempts) == (100, True, 2)
    assert progress.attempt_answers(attempt) == {"q1": (frozenset({1}), True), "q2": (frozenset({1}), True)}


def test_everything_survives_a_restart(tmp_path):
    store = open_store(tmp_path)
    progress = ProgressStore(store)
    amina = progress.create_profile("Amina", "en", "en")
    progress.complete_lesson(amina.id, "c", "l1")
    store.close()
    again = ProgressStore(open_store(tmp_path))
    assert again.lesson_states(amina.id, "c")["l1"].completed
    assert [p.display_name for p in again.profiles()] == ["Amina"]
