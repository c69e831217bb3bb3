"""A module: what it is for, its lessons with their status, and its quiz."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout

from dro_trainer.core.plain_text import plain_text
from dro_trainer.gui.session import Session
from dro_trainer.gui.widgets import TranslatedView, button, card, label, scrolling_page

DONE_MARK, STARTED_MARK, TODO_MARK = "✓", "◐", "○"


class ModuleView(TranslatedView):
    lesson_opened = Signal(str)
    quiz_started = Signal(str)
    back_requested = Signal()

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.module_id: str | None = None
        column = scrolling_page(self)
        top = QHBoxLayout()
        self.back_button = button()
        self.back_button.clicked.connect(self.back_requested)
        top.addWidget(self.back_button)
        top.addStretch(1)
        column.addLayout(top)
        self.title = label(name="PageTitle")
        self.fallback_notice = label(name="Notice")
        self.description = label(rich=True)
        self.objectives_heading = label(name="SectionTitle")
        self.objectives = label(rich=True)
        self.lessons_heading = label(name="SectionTitle")
        self.lesson_list = QListWidget()
        self.lesson_list.itemActivated.connect(lambda item: self.lesson_opened.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.lesson_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for widget in (self.title, self.fallback_notice, self.description, self.objectives_heading, self.objectives, self.lessons_heading, self.lesson_list):
            column.addWidget(widget)
        self.quiz_card = self._build_quiz_card()
        column.addWidget(self.quiz_card)
        column.addStretch(1)
        self.retranslate_ui()

    def _build_quiz_card(self) -> QFrame:
        frame, layout = card()
        row = QHBoxLayout()
        text = QVBoxLayout()
        self.quiz_title = label(name="CardTitle")
        self.quiz_detail = label(name="Muted")
        self.quiz_best = label()
        for widget in (self.quiz_title, self.quiz_detail, self.quiz_best):
            text.addWidget(widget)
        row.addLayout(text, 1)
        self.quiz_button = button(primary=True)
        self.quiz_button.clicked.connect(lambda: self.module_id and self.quiz_started.emit(self.module_id))
        row.addWidget(self.quiz_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(row)
        return frame

    def show_module(self, module_id: str) -> None:
        self.module_id = module_id
        self.refresh()
        self.lesson_list.setFocus()

    def refresh(self) -> None:
        course, profile = self.session.localized, self.session.profile
        localized = course.module(self.module_id) if course and self.module_id else None
        if localized is None or profile is None:
            return
        module = localized.item
        self.title.setText(module.title)
        self.fallback_notice.setVisible(localized.is_fallback)
        self.fallback_notice.setText(self.tr("This module is not translated into %1 yet; it is shown in %2.")
                                     .replace("%1", self.session.content_language_name(course.language))
                                     .replace("%2", self.session.content_language_name(localized.language)))
        paragraphs = [p for p in module.description.split("\n\n") if p.strip()]
        self.description.setText("".join(f"<p>{_escape(plain_text(p))}</p>" for p in paragraphs))
        self.objectives.setVisible(bool(module.objectives))
        self.objectives_heading.setVisible(bool(module.objectives))
        self.objectives.setText("<ul>" + "".join(f"<li>{_escape(plain_text(o))}</li>" for o in module.objectives) + "</ul>")
        states = self.session.progress.lesson_states(profile.id, course.id)
        self._fill_lessons(course, states)
        self._fill_quiz(course, module.id)

    def _fill_lessons(self, course, states) -> None:
        current = self.lesson_list.currentRow()
        self.lesson_list.clear()
        for number, localized in enumerate(course.lessons_of(self.module_id), start=1):
            lesson = localized.item
            state = states.get(lesson.id)
            mark = DONE_MARK if state and state.completed else STARTED_MARK if state else TODO_MARK
            status = self.tr("completed") if state and state.completed else self.tr("started") if state else self.tr("not started")
            minutes = self.tr("%n min", "", lesson.minutes) if lesson.minutes else ""
            text = f"{mark}  {number}. {lesson.title}" + (f"   ·  {minutes}" if minutes else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, lesson.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{number}. {lesson.title}, {status}")
            self.lesson_list.addItem(item)
        self.lesson_list.setCurrentRow(max(0, current))
        rows = self.lesson_list.count()
        self.lesson_list.setFixedHeight(max(1, rows) * (self.lesson_list.sizeHintForRow(0) if rows else 40) + 12)

    def _fill_quiz(self, course, module_id: str) -> None:
        quiz = course.quiz_of(module_id)
        self.quiz_card.setVisible(quiz is not None)
        if quiz is None:
            return
        best = self.session.progress.quiz_bests(self.session.profile.id, course.id).get(quiz.item.id)
        self.quiz_title.setText(quiz.item.title)
        self.quiz_detail.setText(self.tr("%n question(s)", "", len(quiz.item.questions)) + " · "
                                 + self.tr("pass mark %1%").replace("%1", str(quiz.item.pass_mark)))
        if best is None:
            self.quiz_best.setText(self.tr("Not attempted yet"))
            self.quiz_best.setObjectName("Muted")
        else:
            verdict = self.tr("passed") if best.passed else self.tr("not passed yet")
            self.quiz_best.setText(self.tr("Best score: %1% (%2)").replace("%1", str(best.best_percent)).replace("%2", verdict))
            self.quiz_best.setObjectName("Good" if best.passed else "Muted")
        self.quiz_best.style().polish(self.quiz_best)
        self.quiz_button.setText(self.tr("&Start the quiz") if best is None else self.tr("&Retake the quiz"))

    def retranslate_ui(self) -> None:
        self.back_button.setText(self.tr("← &Library"))
        self.back_button.setAccessibleName(self.tr("Back to the library"))
        self.objectives_heading.setText(self.tr("What you will learn"))
        self.lessons_heading.setText(self.tr("Lessons"))
        self.lesson_list.setAccessibleName(self.tr("Lessons"))
        if self.module_id:
            self.refresh()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
