"""Taking a quiz: one question at a time, by keyboard alone, with feedback and a saved result."""

from __future__ import annotations

import html
from datetime import datetime, timezone

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractButton, QButtonGroup, QCheckBox, QHBoxLayout, QPushButton, QRadioButton,
                               QStackedWidget, QVBoxLayout, QWidget)

from dro_trainer.core.content_model import Question, Quiz
from dro_trainer.core.lesson_render import markdown_to_safe_html
from dro_trainer.core.plain_text import plain_text
from dro_trainer.core.quiz_scoring import QuizResult, mark_answer, score_quiz
from dro_trainer.gui.session import Session
from dro_trainer.gui.widgets import PAGE_MAX_WIDTH, TranslatedView, button, card, clear_layout, label, page, scroll_area


class QuizView(TranslatedView):
    back_requested = Signal(str)  # module ID

    def __init__(self, session: Session) -> None:
        super().__init__()
        page(self)
        self.session = session
        self.module_id: str | None = None
        self.quiz: Quiz | None = None
        self.quiz_language = ""
        self.index = 0
        self.answers: dict[str, frozenset[int]] = {}
        self.checked = False
        self.started_at = ""
        self.option_buttons: list[QAbstractButton] = []
        self.feedback_labels: list = []
        self._build()
        self.retranslate_ui()

    def _build(self) -> None:
        row = QHBoxLayout(self)
        row.setContentsMargins(40, 16, 40, 20)
        holder = QWidget()
        holder.setMaximumWidth(PAGE_MAX_WIDTH)
        row.addWidget(holder, 1)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.back_button = button()
        self.back_button.clicked.connect(lambda: self.module_id and self.back_requested.emit(self.module_id))
        self.quiz_title = label(name="Muted", wrap=False)
        top.addWidget(self.back_button)
        top.addWidget(self.quiz_title, 1)
        column.addLayout(top)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_question_page())
        self.pages.addWidget(self._build_result_page())
        column.addWidget(self.pages, 1)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self, self._activate_primary)

    def _build_question_page(self) -> QWidget:
        body = QWidget()
        scroll = scroll_area(body)
        column = QVBoxLayout(body)
        column.setSpacing(10)
        box, layout = card()
        self.counter = label(name="Muted")
        self.prompt = label(rich=True)
        self.prompt.setObjectName("CardTitle")
        self.instruction = label(name="Muted")
        layout.addWidget(self.counter)
        layout.addWidget(self.prompt)
        layout.addWidget(self.instruction)
        self.options_box = QVBoxLayout()
        self.options_box.setSpacing(2)
        layout.addLayout(self.options_box)
        self.verdict = label()
        self.explanation = label(rich=True)
        layout.addWidget(self.verdict)
        layout.addWidget(self.explanation)
        column.addWidget(box)
        row = QHBoxLayout()
        row.addStretch(1)
        self.check_button = button(primary=True)
        self.check_button.clicked.connect(self._check_or_advance)
        row.addWidget(self.check_button)
        column.addLayout(row)
        column.addStretch(1)
        return scroll

    def _build_result_page(self) -> QWidget:
        body = QWidget()
        scroll = scroll_area(body)
        column = QVBoxLayout(body)
        box, layout = card()
        self.result_title = label(name="PageTitle")
        self.result_score = label(name="SectionTitle")
        self.result_detail = label(name="Muted")
        self.result_list = label(rich=True)
        for widget in (self.result_title, self.result_score, self.result_detail, self.result_list):
            layout.addWidget(widget)
        row = QHBoxLayout()
        row.addStretch(1)
        self.retry_button = button()
        self.retry_button.clicked.connect(lambda: self.module_id and self.start(self.module_id))
        self.done_button = button(primary=True)
        self.done_button.clicked.connect(lambda: self.module_id and self.back_requested.emit(self.module_id))
        row.addWidget(self.retry_button)
        row.addWidget(self.done_button)
        layout.addLayout(row)
        column.addWidget(box)
        column.addStretch(1)
        return scroll

    # -- the flow ---------------------------------------------------------
    def start(self, module_id: str) -> bool:
        course = self.session.localized
        localized = course.quiz_of(module_id) if course else None
        if localized is None or not localized.item.questions:
            return False
        self.module_id, self.quiz, self.quiz_language = module_id, localized.item, localized.language
        self.index, self.answers, self.started_at = 0, {}, datetime.now(timezone.utc).isoformat(timespec="seconds")
        direction = Qt.LayoutDirection.RightToLeft if course.course.languages[localized.language].is_rtl else Qt.LayoutDirection.LeftToRight
        self.pages.setLayoutDirection(direction)
        self.quiz_title.setText(self.quiz.title)
        self.pages.setCurrentIndex(0)
        self._show_question()
        return True

    def change_language(self) -> None:
        """Show the same quiz in the new course language, keeping the question and the answers."""
        course = self.session.localized
        localized = course.quiz_of(self.module_id) if course and self.module_id else None
        if localized is None or self.quiz is None:
            return
        if [q.id for q in localized.item.questions] != [q.id for q in self.quiz.questions]:
            self.start(self.module_id)
            return
        self.quiz, self.quiz_language = localized.item, localized.language
        self.quiz_title.setText(self.quiz.title)
        if self.pages.currentIndex() == 0:
            checked, chosen = self.checked, self.answers.get(self.question.id) if self.checked else self._chosen()
            self._show_question()
            for number in chosen or ():
                self.option_buttons[number].setChecked(True)
            if checked:
                self._check()

    @property
    def question(self) -> Question:
        return self.quiz.questions[self.index]

    def _show_question(self) -> None:
        question = self.question
        self.checked = False
        self.counter.setText(self.tr("Question %1 of %2").replace("%1", str(self.index + 1)).replace("%2", str(len(self.quiz.questions))))
        self.prompt.setText(markdown_to_safe_html(question.prompt, allow_images=False))
        self.instruction.setText(self.tr("Choose all that apply.") if question.kind == "multiple" else self.tr("Choose one answer."))
        self._clear_options()
        group = QButtonGroup(self)
        group.setExclusive(question.kind != "multiple")
        for number, option in enumerate(question.options):
            shown = plain_text(option.text).replace("&", "&&")  # a single & would become a keyboard accelerator
            widget = QCheckBox(shown) if question.kind == "multiple" else QRadioButton(shown)
            widget.setAccessibleName(plain_text(option.text))
            widget.toggled.connect(self._update_check_button)
            group.addButton(widget, number)
            feedback = label(name="OptionFeedback")
            feedback.hide()
            self.options_box.addWidget(widget)
            self.options_box.addWidget(feedback)
            self.option_buttons.append(widget)
            self.feedback_labels.append(feedback)
        self._group = group
        self.verdict.hide()
        self.explanation.hide()
        self._update_check_button()
        self.option_buttons[0].setFocus()

    def _clear_options(self) -> None:
        clear_layout(self.options_box)
        if getattr(self, "_group", None) is not None:
            self._group.deleteLater()
            self._group = None
        self.option_buttons, self.feedback_labels = [], []

    def _chosen(self) -> frozenset[int]:
        return frozenset(i for i, widget in enumerate(self.option_buttons) if widget.isChecked())

    def _update_check_button(self) -> None:
        if self.checked:
            last = self.index + 1 == len(self.quiz.questions)
            self.check_button.setText(self.tr("See &your result") if last else self.tr("&Next question"))
            self.check_button.setEnabled(True)
        else:
            self.check_button.setText(self.tr("&Check answer"))
            self.check_button.setEnabled(bool(self._chosen()))

    def _activate_primary(self) -> None:
        focused = self.focusWidget()
        if isinstance(focused, QPushButton) and focused.isVisible():
            focused.click()  # Return presses the button the trainee is on
            return
        target = self.check_button if self.pages.currentIndex() == 0 else self.done_button
        if target.isEnabled() and target.isVisible():
            target.click()

    def _check_or_advance(self) -> None:
        if not self.checked:
            self._check()
        elif self.index + 1 < len(self.quiz.questions):
            self.index += 1
            self._show_question()
        else:
            self._finish()

    def _check(self) -> None:
        chosen = self._chosen()
        if not chosen:
            return
        question = self.question
        result = mark_answer(question, chosen)
        self.answers[question.id] = chosen
        self.checked = True
        for number, (widget, feedback) in enumerate(zip(self.option_buttons, self.feedback_labels)):
            widget.setEnabled(False)
            option = question.options[number]
            mark = self.tr("✓ right answer") if option.correct else (self.tr("✗ not right") if number in chosen else "")
            text = " — ".join(part for part in (mark, plain_text(option.feedback) if number in chosen or option.correct else "") if part)
            feedback.setText(text)
            feedback.setVisible(bool(text))
        self.verdict.setText(self.tr("Correct.") if result.correct else self.tr("Not quite."))
        self.verdict.setObjectName("Good" if result.correct else "Bad")
        self.verdict.style().polish(self.verdict)
        self.explanation.setText(markdown_to_safe_html(question.explanation, allow_images=False))
        self.verdict.show()
        self.explanation.show()
        self._update_check_button()
        self.check_button.setAccessibleDescription(self.verdict.text() + " " + plain_text(question.explanation))
        self.check_button.setFocus()

    def _finish(self) -> None:
        result = score_quiz(self.quiz, self.answers)
        course, profile = self.session.localized, self.session.profile
        self.session.progress.record_attempt(profile.id, course.id, self.quiz_language, result, self.started_at)
        best = self.session.progress.quiz_bests(profile.id, course.id).get(self.quiz.id)
        self._show_result(result, best.best_percent if best else result.score_percent)

    def _show_result(self, result: QuizResult, best: int) -> None:
        self._shown_result = (result, best)  # shown again, translated, after a language change
        self.result_title.setText(self.tr("Well done: you passed.") if result.passed else self.tr("Not passed yet. Have another go."))
        self.result_title.setObjectName("PageTitle")
        self.result_score.setText(self.tr("Your score: %1% (%2 of %3 right)").replace("%1", str(result.score_percent))
                                  .replace("%2", str(result.correct_count)).replace("%3", str(len(result.answers))))
        self.result_detail.setText(self.tr("Pass mark: %1%. Your best score: %2%. Your result is saved.")
                                   .replace("%1", str(result.pass_mark)).replace("%2", str(best)))
        rows = []
        for number, (question, answer) in enumerate(zip(self.quiz.questions, result.answers), start=1):
            mark = '<span style="color:#1e6b3a">✓</span>' if answer.correct else '<span style="color:#9b2c1f">✗</span>'
            rows.append(f"<p>{mark} {number}. {html.escape(plain_text(question.prompt))}</p>")
        self.result_list.setText("".join(rows))
        self.pages.setCurrentIndex(1)
        self.done_button.setFocus()

    def retranslate_ui(self) -> None:
        self.back_button.setText(self.tr("← &Module"))
        self.back_button.setAccessibleName(self.tr("Leave the quiz and go back to the module"))
        self.retry_button.setText(self.tr("&Try again"))
        self.done_button.setText(self.tr("Back to the &module"))
        if self.quiz is not None and self.pages.currentIndex() == 1 and getattr(self, "_shown_result", None):
            self._show_result(*self._shown_result)
        if self.quiz is not None and self.pages.currentIndex() == 0:
            self.counter.setText(self.tr("Question %1 of %2").replace("%1", str(self.index + 1)).replace("%2", str(len(self.quiz.questions))))
            self.instruction.setText(self.tr("Choose all that apply.") if self.question.kind == "multiple" else self.tr("Choose one answer."))
            self._update_check_button()
