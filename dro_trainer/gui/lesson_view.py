"""Reading a lesson: the text, glossary definitions, previous/next, time and completion."""

from __future__ import annotations

import html

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout

from dro_trainer.core.lesson_render import markdown_to_safe_html, render_lesson
from dro_trainer.gui.lesson_browser import LessonBrowser
from dro_trainer.gui.session import Session
from dro_trainer.gui.widgets import TranslatedView, button, label, page

END_TOLERANCE = 4  # pixels from the bottom that still count as "read to the end"
FLUSH_INTERVAL_MS = 30_000


class LessonView(TranslatedView):
    lesson_opened = Signal(str)
    module_opened = Signal(str)
    back_requested = Signal(str)  # the module to go back to

    def __init__(self, session: Session) -> None:
        super().__init__()
        page(self)
        self.session = session
        self.lesson_id: str | None = None
        self._completed = False
        self._restoring = False
        self._reading = QElapsedTimer()
        self._flush_timer = QTimer(self, interval=FLUSH_INTERVAL_MS, timeout=self.flush_reading)
        self._build()
        self.retranslate_ui()
        session.text_scale_changed.connect(self._apply_scale)

    def _build(self) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(32, 16, 32, 16)
        column.setSpacing(10)
        top = QHBoxLayout()
        self.back_button = button()
        self.back_button.clicked.connect(self._back)
        self.position = label(name="Muted", wrap=False)
        self.smaller_button, self.larger_button = button("A−"), button("A+")
        self.smaller_button.clicked.connect(lambda: self.session.set_text_scale(self.session.text_scale - 10))
        self.larger_button.clicked.connect(lambda: self.session.set_text_scale(self.session.text_scale + 10))
        top.addWidget(self.back_button)
        top.addWidget(self.position, 1)
        top.addWidget(self.smaller_button)
        top.addWidget(self.larger_button)
        column.addLayout(top)
        self.title = label(name="PageTitle")
        self.fallback_notice = label(name="Notice")
        column.addWidget(self.title)
        column.addWidget(self.fallback_notice)
        self.browser = LessonBrowser()
        self.browser.anchorClicked.connect(self._follow_link)
        self.browser.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.browser.verticalScrollBar().rangeChanged.connect(lambda *_: self._scrolled())
        column.addWidget(self.browser, 1)
        column.addWidget(self._build_glossary_panel())
        bottom = QHBoxLayout()
        self.previous_button, self.next_button = button(), button(primary=True)
        self.previous_button.clicked.connect(lambda: self._go(self._neighbours()[0]))
        self.next_button.clicked.connect(lambda: self._go(self._neighbours()[1]))
        self.complete_button = button()
        self.complete_button.clicked.connect(self._mark_complete)
        self.status = label(name="Good", wrap=False)
        bottom.addWidget(self.previous_button)
        bottom.addStretch(1)
        bottom.addWidget(self.status)
        bottom.addWidget(self.complete_button)
        bottom.addStretch(1)
        bottom.addWidget(self.next_button)
        column.addLayout(bottom)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self._escape)

    def _build_glossary_panel(self) -> QFrame:
        self.glossary_panel = QFrame()
        self.glossary_panel.setObjectName("GlossaryPanel")
        row = QHBoxLayout(self.glossary_panel)
        self.glossary_text = label(rich=True)
        self.glossary_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.glossary_close = button("×")
        self.glossary_close.clicked.connect(self.glossary_panel.hide)
        row.addWidget(self.glossary_text, 1)
        row.addWidget(self.glossary_close, 0, Qt.AlignmentFlag.AlignTop)
        self.glossary_panel.hide()
        return self.glossary_panel

    # -- showing a lesson -------------------------------------------------
    def show_lesson(self, lesson_id: str) -> bool:
        course, profile = self.session.localized, self.session.profile
        localized = course.lesson(lesson_id) if course else None
        if localized is None or profile is None:
            return False
        self.flush_reading()
        self.lesson_id = lesson_id
        lesson = localized.item
        self.session.open_lesson(lesson_id)
        state = self.session.progress.lesson_states(profile.id, course.id).get(lesson_id)
        self._completed = bool(state and state.completed)
        self.title.setText(lesson.title)
        self._show_fallback_notice(localized)
        language = localized.language
        self._restoring = True
        content = course.course.languages[language]
        self.browser.show_html(render_lesson(lesson, course.labels_for(language)), course.root, content.path,
                               right_to_left=content.is_rtl, scale=self.session.text_scale)
        self.glossary_panel.hide()
        self._update_position()
        self._update_completion()
        fraction = state.scroll_fraction if state else 0.0
        QTimer.singleShot(0, lambda: self._restore_scroll(fraction))
        self._reading.start()
        self._flush_timer.start()
        self.browser.setFocus()
        return True

    def _show_fallback_notice(self, localized) -> None:
        course = self.session.localized
        self.fallback_notice.setVisible(localized.is_fallback or localized.is_outdated)
        if localized.is_fallback:
            self.fallback_notice.setText(self.tr("This lesson is not translated into %1 yet; it is shown in %2.")
                                         .replace("%1", self.session.content_language_name(course.language))
                                         .replace("%2", self.session.content_language_name(localized.language)))
        elif localized.is_outdated:
            self.fallback_notice.setText(self.tr("The %1 original of this lesson has changed since it was translated; this translation may be out of date.")
                                         .replace("%1", self.session.content_language_name(course.source.code)))

    def _restore_scroll(self, fraction: float) -> None:
        bar = self.browser.verticalScrollBar()
        bar.setValue(round(fraction * bar.maximum()))
        self._restoring = False
        self._scrolled()

    def _update_position(self) -> None:
        course = self.session.localized
        module_id = course.module_of_lesson(self.lesson_id)
        ids = [lesson.item.id for lesson in course.lessons_of(module_id)]
        module = course.module(module_id).item
        self.position.setText(self.tr("Lesson %1 of %2 · %3").replace("%1", str(ids.index(self.lesson_id) + 1))
                              .replace("%2", str(len(ids))).replace("%3", module.title))
        previous, following = self._neighbours()
        self.previous_button.setEnabled(previous is not None)
        self.next_button.setEnabled(following is not None)

    def _neighbours(self) -> tuple[str | None, str | None]:
        course = self.session.localized
        return course.neighbours(self.lesson_id) if course and self.lesson_id else (None, None)

    def _go(self, lesson_id: str | None) -> None:
        if lesson_id:
            self.lesson_opened.emit(lesson_id)

    def _escape(self) -> None:
        """Escape closes an open definition first, and only then leaves the lesson."""
        if self.glossary_panel.isVisible():
            self.glossary_panel.hide()
            self.browser.setFocus()
        else:
            self._back()

    def _back(self) -> None:
        if self.lesson_id and self.session.localized:
            self.back_requested.emit(self.session.localized.module_of_lesson(self.lesson_id))

    # -- reading and completion ------------------------------------------
    def _scrolled(self, *_args) -> None:
        if self._restoring or self.lesson_id is None or not self.isVisible():
            return
        bar = self.browser.verticalScrollBar()
        if bar.value() >= bar.maximum() - END_TOLERANCE and not self._completed:
            self._mark_complete()

    def _mark_complete(self) -> None:
        course, profile = self.session.localized, self.session.profile
        if self.lesson_id is None or course is None or profile is None:
            return
        self.session.complete_lesson(self.lesson_id)
        self._completed = True
        self._update_completion()

    def _update_completion(self) -> None:
        self.complete_button.setVisible(not self._completed)
        self.status.setVisible(self._completed)

    def flush_reading(self) -> None:
        """Save reading time and position: called on leaving, on a timer, and at exit."""
        course, profile = self.session.localized, self.session.profile
        if self.lesson_id is None or course is None or profile is None or not self._reading.isValid():
            return
        seconds = self._reading.restart() // 1000
        bar = self.browser.verticalScrollBar()
        fraction = bar.value() / bar.maximum() if bar.maximum() else 0.0
        self.session.progress.record_reading(profile.id, course.id, self.lesson_id, seconds, fraction)

    def hideEvent(self, event) -> None:
        self.flush_reading()
        self._reading.invalidate()
        self._flush_timer.stop()
        super().hideEvent(event)

    def showEvent(self, event) -> None:
        # Back from being minimised or hidden: count time and save position again.
        if self.lesson_id is not None and not self._reading.isValid():
            self._reading.start()
            self._flush_timer.start()
        super().showEvent(event)

    def _apply_scale(self, scale: int) -> None:
        bar = self.browser.verticalScrollBar()
        fraction = bar.value() / bar.maximum() if bar.maximum() else 0.0
        self.browser.set_scale(scale)
        QTimer.singleShot(0, lambda: bar.setValue(round(fraction * bar.maximum())))

    # -- links ------------------------------------------------------------
    def _follow_link(self, url: QUrl) -> None:
        target = url.toString()
        scheme, _, item = target.partition(":")
        if scheme == "lesson":
            self.lesson_opened.emit(item)
        elif scheme == "module":
            self.module_opened.emit(item)
        elif scheme == "term":
            self.show_term(item)
        elif target.startswith("#"):
            self.browser.scrollToAnchor(target[1:])

    def show_term(self, term_id: str) -> None:
        course = self.session.localized
        localized = course.term(term_id) if course else None
        if localized is None:
            return
        term = localized.item
        note = ""
        if localized.is_fallback:
            note = "<p><i>" + html.escape(self.tr("Not translated yet; shown in %1.").replace("%1", self.session.content_language_name(localized.language))) + "</i></p>"
        self.glossary_text.setText(f"<b>{html.escape(term.term)}</b>{markdown_to_safe_html(term.definition, allow_images=False)}{note}")
        self.glossary_panel.setAccessibleName(self.tr("Glossary: %1").replace("%1", term.term))
        self.glossary_panel.show()
        self.glossary_close.setFocus()

    def retranslate_ui(self) -> None:
        self.back_button.setText(self.tr("← &Module"))
        self.back_button.setAccessibleName(self.tr("Back to the module"))
        self.previous_button.setText(self.tr("← &Previous"))
        self.previous_button.setAccessibleName(self.tr("Previous lesson"))
        self.next_button.setText(self.tr("&Next →"))
        self.next_button.setAccessibleName(self.tr("Next lesson"))
        self.complete_button.setText(self.tr("&Mark as complete"))
        self.status.setText(self.tr("✓ Completed"))
        self.smaller_button.setAccessibleName(self.tr("Smaller text"))
        self.smaller_button.setToolTip(self.tr("Smaller text (Ctrl+-)"))
        self.larger_button.setAccessibleName(self.tr("Larger text"))
        self.larger_button.setToolTip(self.tr("Larger text (Ctrl++)"))
        self.browser.setAccessibleName(self.tr("Lesson text"))
        self.glossary_close.setAccessibleName(self.tr("Close the definition"))
        if self.lesson_id and self.session.localized:
            self._update_position()
