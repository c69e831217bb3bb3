from pathlib import Path

from dro_trainer.core.content_model import Option, Question, Quiz
from dro_trainer.core.quiz_scoring import mark_answer, score_quiz


def _quiz() -> Quiz:
    single = Question("q1", "single", "?", [Option("a", False), Option("b", True)], "e", 1)
    multiple = Question("q2", "multiple", "?", [Option("a", True), Option("b", True), Option("c", False)], "e", 2)
    truth = Question("q3", "truefalse", "?", [Option("t", True), Option("f", False)], "e", 3)
    return Quiz("quiz", "Quiz", 70, [single, multiple, truth], Path("q"), "en")


def test_multiple_needs_exactly_the_right_set():
    question = _quiz().questions[1]
    assert mark_answer(question, frozenset({0, 1})).correct
    assert not mark_answer(question, frozenset({0})).correct
    assert not mark_answer(question, frozenset({0, 1, 2})).correct


def test_score_and_pass_mark():
    quiz = _quiz()
    result = score_quiz(quiz, {"q1": frozenset({1}), "q2": frozenset({0, 1}), "q3": frozenset({1})})
    assert (result.correct_count, result.score_percent, result.passed) == (2, 67, False)
    result = score_quiz(quiz, {"q1": frozenset({1}), "q2": frozenset({0, 1}), "q3": frozenset({0})})
    assert (result.score_percent, result.passed) == (100, True)
    assert score_quiz(quiz, {}).score_percent == 0


def test_the_pass_mark_is_compared_exactly_not_rounded():
    quiz = _quiz()
    quiz.pass_mark = 67
    two_of_three = score_quiz(quiz, {"q1": frozenset({1}), "q2": frozenset({0, 1}), "q3": frozenset({1})})
    assert two_of_three.score_percent == 67 and not two_of_three.passed
