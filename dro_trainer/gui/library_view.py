"""The library: every module with its progress, and a way back to where you stopped."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QProgressBar, QVBoxLayout

from dro_trainer.core.locations import LESSON, parse_location
from dro_trainer.core.plain_text import plain_text
from dro_trainer.gui.module_status import COMPLETED, IN_PROGRESS, ModuleStatus, module_statuses, next_lesson
from dro_trainer.gui.session import Session
from dro_trainer.gui.widgets import TranslatedView, button, card, clear_layout, label, scrolling_page


class LibraryView(TranslatedView):
    module_opened = Signal(str)
    lesson_opened = Signal(str)
    problems_requested = Signal()

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self._continue_lesson: str | None = None
        self._cards: list[QFrame] = []
        self.column = scrolling_page(self, (40, 28, 40, 28))
        self.column.setSpacing(14)
        self.greeting = label(name="PageTitle")
        self.course_title = label(name="Muted")
        self.column.addWidget(self.greeting)
        self.column.addWidget(self.course_title)
        self.problem_notice = self._build_problem_notice()
        self.column.addWidget(self.problem_notice)
        self.continue_card = self._build_continue_card()
        self.column.addWidget(self.continue_card)
        self.modules_heading = label(name="SectionTitle")
        self.column.addWidget(self.modules_heading)
        self.cards_column = QVBoxLayout()
        self.cards_column.setSpacing(12)
        self.column.addLayout(self.cards_column)
        self.column.addStretch(1)
        self.retranslate_ui()

    def _build_problem_notice(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("ErrorNotice")
        row = QHBoxLayout(frame)
        self.problem_text = label()
        self.problem_button = button()
        self.problem_button.clicked.connect(self.problems_requested)
        row.addWidget(self.problem_text, 1)
        row.addWidget(self.problem_button)
        return frame

    def _build_continue_card(self) -> QFrame:
        frame, layout = card("ContinueCard")
        row = QHBoxLayout()
        text = QVBoxLayout()
        self.continue_heading = label(name="SectionTitle")
        self.continue_detail = label(name="Muted")
        text.addWidget(self.continue_heading)
        text.addWidget(self.continue_detail)
        row.addLayout(text, 1)
        self.continue_button = button(primary=True)
        self.continue_button.clicked.connect(lambda: self._continue_lesson and self.lesson_opened.emit(self._continue_lesson))
        row.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(row)
        return frame

    def refresh(self) -> None:
        course = self.session.localized
        profile = self.session.profile
        errors = [p for p in self.session.load_problems if p.severity.value == "error"]
        self.problem_notice.setVisible(bool(errors))
        self.problem_text.setText(self.tr("Some course content could not be loaded (%n problem(s)). The rest works normally.", "", len(errors)))
        self.greeting.setText(self.tr("Welcome back, %1").replace("%1", profile.display_name) if profile else "")
        clear_layout(self.cards_column)
        self._cards = []
        if course is None:
            self.course_title.setText(self.tr("No course is installed."))
            self.continue_card.hide()
            return
        self.course_title.setText(course.title)
        known = self.session.ready and profile is not None  # before that, draw the course without progress
        lessons = self.session.progress.lesson_states(profile.id, course.id) if known else {}
        quizzes = self.session.progress.quiz_bests(profile.id, course.id) if known else {}
        statuses = module_statuses(course, lessons, quizzes)
        if known:
            self._update_continue(course, lessons)
        else:
            self.continue_card.hide()
        for number, localized in enumerate(course.modules(), start=1):
            frame = self._module_card(number, localized.item, statuses[localized.item.id], known)
            self._cards.append(frame)
            self.cards_column.addWidget(frame)

    def _update_continue(self, course, lessons) -> None:
        place = parse_location(self.session.profile.last_location if self.session.profile else None)
        last = place.item_id if place.kind == LESSON else None
        if last and course.lesson(last) and not (last in lessons and lessons[last].completed):
            target, heading = last, self.tr("Continue where you left off")
        else:
            target = next_lesson(course, lessons)
            heading = self.tr("Start the course") if not lessons else self.tr("Your next lesson")
        self._continue_lesson = target
        self.continue_card.setVisible(target is not None)
        if target:
            lesson = course.lesson(target).item
            module = course.module(course.module_of_lesson(target)).item
            self.continue_heading.setText(heading)
            self.continue_detail.setText(f"{lesson.title} · {module.title}")
            self.continue_button.setText(self.tr("&Continue") if lessons else self.tr("&Begin"))
            self.continue_button.setAccessibleName(f"{heading}: {lesson.title}")

    def _module_card(self, number: int, module, status: ModuleStatus, known: bool) -> QFrame:
        frame, layout = card()
        kicker = label(self.tr("Module %1").replace("%1", str(number)), "Muted")
        title = label(module.title, "CardTitle")
        description = label(_first_paragraph(module.description))
        meta = label(self._meta_text(module, status), "Muted")
        bar = QProgressBar()
        bar.setRange(0, 100)
        bar.setValue(round(status.fraction * 100))
        bar.setTextVisible(False)
        bar.setFixedHeight(8)
        bar.setAccessibleName(self.tr("Progress in %1").replace("%1", module.title))
        row = QHBoxLayout()
        state = label(self._state_text(status) if known else "", "Good" if status.state == COMPLETED else None, wrap=False)
        open_button = button(self.tr("Open"))
        open_button.setAccessibleName(self.tr("Open module: %1").replace("%1", module.title))
        open_button.clicked.connect(lambda _=False, mid=module.id: self.module_opened.emit(mid))
        open_button.setEnabled(known)
        row.addWidget(state, 1)
        row.addWidget(open_button)
        for widget in (kicker, title, description, meta, bar):
            layout.addWidget(widget)
        layout.addLayout(row)
        bar.setVisible(known)  # only once parented: a parentless widget shown becomes a window
        return frame

    def _meta_text(self, module, status: ModuleStatus) -> str:
        parts = [self.tr("%n lesson(s)", "", status.lessons_total)]
        if module.minutes:
            parts.append(self.tr("about %n minute(s)", "", module.minutes))
        if status.quiz_best:
            parts.append(self.tr("best quiz score %1%").replace("%1", str(status.quiz_best.best_percent)))
        return " · ".join(parts)

    def _state_text(self, status: ModuleStatus) -> str:
        if status.state == COMPLETED:
            return self.tr("Completed")
        if status.state == IN_PROGRESS:
            return self.tr("In progress: %n of %1 lessons done", "", status.lessons_done).replace("%1", str(status.lessons_total))
        return self.tr("Not started")

    def retranslate_ui(self) -> None:
        self.modules_heading.setText(self.tr("Modules"))
        self.problem_button.setText(self.tr("&Details"))
        if self._cards:
            self.refresh()


def _first_paragraph(text: str) -> str:
    return plain_text(text.strip().split("\n\n", 1)[0]) if text else ""
