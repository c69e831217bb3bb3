"""Front matter, boxes, quizzes and glossaries: good input read right, bad input located."""

from pathlib import Path

from dro_trainer.core.front_matter import split_front_matter
from dro_trainer.core.glossary_parser import parse_glossary
from dro_trainer.core.lesson_markup import split_blocks
from dro_trainer.core.problems import ProblemList
from dro_trainer.core.quiz_parser import parse_quiz

P = Path("x.md")


def test_front_matter_values_lines_and_body():
    problems = ProblemList()
    front = split_front_matter("---\nid: m1-l1\ntitle: A: B\n---\nBody\n", P, problems)
    assert front.values == {"id": "m1-l1", "title": "A: B"}
    assert front.line_of("title") == 3
    assert front.body == "Body\n" and front.body_first_line == 5
    assert not problems.items


def test_front_matter_unclosed_and_bad_line_are_located():
    problems = ProblemList()
    assert split_front_matter("---\nid: a\n", P, problems) is None
    assert "never closed" in problems.errors[0].message
    problems = ProblemList()
    assert split_front_matter("---\nid: a\nthis is not a key\n---\n", P, problems) is None
    assert problems.errors[0].line == 3


def test_blocks_split_boxes_slides_and_text():
    problems = ProblemList()
    body = "Intro\n\n::: case The title\nCase text\n:::\n--- slide ---\n::: notes\nSay it\n:::\nEnd"
    blocks = split_blocks(body, 10, P, problems)
    assert [(b.kind, b.title) for b in blocks] == [("text", ""), ("case", "The title"), ("slide", ""), ("notes", ""), ("text", "")]
    assert blocks[1].text == "Case text" and blocks[2].line == 15
    assert not problems.items


def test_box_errors_name_the_line():
    problems = ProblemList()
    split_blocks("a\n::: case\nx\n::: facts\ny\n", 1, P, problems)
    messages = [(p.line, p.message) for p in problems.errors]
    assert messages[0][0] == 4 and "inside" in messages[0][1]
    assert messages[1][0] == 2 and "never closed" in messages[1][1]
    problems = ProblemList()
    split_blocks("::: banana\nx\n:::\n:::\n", 1, P, problems)
    assert [p.line for p in problems.errors] == [1, 4]


QUIZ = """---
id: m1-quiz
title: Quiz
pass_mark: 70
---

[m1-q1] single
Pick one.
- [ ] No
    Not this.
- [x] Yes
    Right.
explanation: Because
it continues.

[m1-q2] multiple
Pick many.
- [x] A
- [x] B
- [ ] C
explanation: A and B.
"""


def test_quiz_reads_questions_options_feedback_explanations():
    problems = ProblemList()
    quiz = parse_quiz(QUIZ, P, "en", problems)
    assert not problems.items
    assert quiz.pass_mark == 70 and [q.id for q in quiz.questions] == ["m1-q1", "m1-q2"]
    first = quiz.questions[0]
    assert first.options[0].feedback == "Not this." and first.correct_indices == {1}
    assert first.explanation == "Because\nit continues."
    assert quiz.questions[1].correct_indices == {0, 1}


def _quiz_errors(text: str) -> list[tuple[int, str]]:
    problems = ProblemList()
    parse_quiz("---\nid: q\n---\n" + text, P, "en", problems)
    return [(p.line, p.message) for p in problems.errors]


def test_quiz_without_correct_answer_is_an_error_at_its_line():
    errors = _quiz_errors("\n[q-1] single\nAsk?\n- [ ] a\n- [ ] b\nexplanation: e\n")
    assert errors == [(5, "question 'q-1' has no correct answer.")]


def test_quiz_structure_errors():
    assert "marks 2 options correct" in _quiz_errors("[q-1] single\nAsk?\n- [x] a\n- [x] b\nexplanation: e\n")[0][1]
    assert "not known" in _quiz_errors("[q-1] essay\nAsk?\n- [x] a\n- [ ] b\nexplanation: e\n")[0][1]
    assert "no explanation" in _quiz_errors("[q-1] single\nAsk?\n- [x] a\n- [ ] b\n")[0][1]
    assert "has 3 options" in _quiz_errors("[q-1] truefalse\nAsk?\n- [x] a\n- [ ] b\n- [ ] c\nexplanation: e\n")[0][1]
    assert _quiz_errors("Stray text\n[q-1] single\nAsk?\n- [x] a\n- [ ] b\nexplanation: e\n")[0][0] == 4
    assert "no questions" in _quiz_errors("")[0][1]


def test_glossary_terms_and_errors():
    problems = ProblemList()
    terms = parse_glossary("## Data lifecycle {#data-lifecycle}\nThe stages.\n\n## Bad {#Bad_Id}\nx\n## Empty {#empty}\n", P, problems)
    assert [t.id for t in terms] == ["data-lifecycle", "Bad_Id", "empty"]
    assert terms[0].term == "Data lifecycle" and terms[0].definition == "The stages."
    assert [p.line for p in problems.errors] == [4, 6]


def test_box_items_reads_bullets_and_numbers():
    from dro_trainer.core.lesson_markup import box_items

    assert box_items("- one\n  more\n* two\n1. three\n2) four") == ["one more", "two", "three", "four"]
