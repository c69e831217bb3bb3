"""The main window: composes the views and routes between them. Behaviour lives in the views."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QThreadPool, QTimer
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from dro_trainer import APP_NAME, __version__
from dro_trainer.core.locations import LESSON, LIBRARY, MODULE, Location, parse_location
from dro_trainer.gui.actions import ACTIONS, MENUS
from dro_trainer.gui.i18n import InterfaceTranslator, available_interface_languages, language_name
from dro_trainer.gui.library_view import LibraryView
from dro_trainer.gui.module_view import ModuleView
from dro_trainer.gui.problems_dialog import ProblemsDialog
from dro_trainer.gui.profile_picker_view import ProfilePickerView
from dro_trainer.gui.session import Session
from dro_trainer.gui.welcome_view import WelcomeView
from dro_trainer.gui.widgets import button, label


CONTENT_CHECK_DELAY_MS = 3000


class MainWindow(QMainWindow):
    def __init__(self, session: Session, translator: InterfaceTranslator, data_dir: Path, bundled_dir: Path | None = None) -> None:
        super().__init__()
        self.session, self.translator, self.data_dir, self.bundled_dir = session, translator, data_dir, bundled_dir
        self.setMinimumSize(960, 600)
        self.actions_by_id: dict[str, QAction] = {}
        self.store = None
        self._jobs: list = []  # background work whose results this window would show
        self._build_views()
        self._build_menus()
        self.retranslate_ui()
        session.content_language_changed.connect(self._content_language_changed)
        session.profile_changed.connect(self._profile_changed)
        session.course_changed.connect(self._course_changed)

    # -- composition ------------------------------------------------------
    def _build_views(self) -> None:
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self._build_header())
        self.stack = QStackedWidget()
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        session = self.session
        content_languages = {code: session.content_language_name(code) for code in session.content_languages()}
        self.welcome = WelcomeView(available_interface_languages(), content_languages)
        self.picker = ProfilePickerView()
        self.library = LibraryView(session)
        self.module_page = ModuleView(session)
        self._lesson_page = self._quiz_page = None  # built on first use: the first frame needs neither
        for view in (self.welcome, self.picker, self.library, self.module_page):
            self.stack.addWidget(view)
        self.welcome.interface_language_chosen.connect(self.switch_interface_language)
        self.welcome.profile_requested.connect(self._create_profile)
        self.welcome.cancelled.connect(self.show_library)
        self.picker.profile_chosen.connect(self._choose_profile)
        self.picker.new_profile_requested.connect(lambda: self.show_welcome(first_launch=False))
        self.picker.cancelled.connect(self.show_library)
        self.library.module_opened.connect(self.show_module)
        self.library.lesson_opened.connect(self.show_lesson)
        self.library.problems_requested.connect(self.show_problems)
        self.module_page.lesson_opened.connect(self.show_lesson)
        self.module_page.quiz_started.connect(self.start_quiz)
        self.module_page.back_requested.connect(self.show_library)

    @property
    def lesson_page(self):
        if self._lesson_page is None:
            from dro_trainer.gui.lesson_view import LessonView

            self._lesson_page = LessonView(self.session)
            self._lesson_page.lesson_opened.connect(self.show_lesson)
            self._lesson_page.module_opened.connect(self.show_module)
            self._lesson_page.back_requested.connect(self.show_module)
            self.stack.addWidget(self._lesson_page)
        return self._lesson_page

    @property
    def quiz_page(self):
        if self._quiz_page is None:
            from dro_trainer.gui.quiz_view import QuizView

            self._quiz_page = QuizView(self.session)
            self._quiz_page.back_requested.connect(self.show_module)
            self.stack.addWidget(self._quiz_page)
        return self._quiz_page

    def _flush_reading(self) -> None:
        if self._lesson_page is not None:
            self._lesson_page.flush_reading()

    def _build_header(self) -> QWidget:
        header = QWidget()
        header.setObjectName("HeaderBar")
        header.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        row = QHBoxLayout(header)
        row.setContentsMargins(24, 10, 24, 10)
        self.header_title = label(APP_NAME, "HeaderTitle", wrap=False)
        self.profile_button = button()
        self.profile_button.clicked.connect(self.show_profile_picker)
        row.addWidget(self.header_title)
        row.addStretch(1)
        row.addWidget(self.profile_button)
        self.profile_button.hide()
        return header

    def _build_menus(self) -> None:
        handlers = {
            "library": self.show_library,
            "switch_profile": self.show_profile_picker,
            "new_profile": lambda: self.show_welcome(first_launch=False),
            "manage_packs": self.show_pack_manager,
            "quit": self.close,
            "larger_text": lambda: self.session.set_text_scale(self.session.text_scale + 10),
            "smaller_text": lambda: self.session.set_text_scale(self.session.text_scale - 10),
            "normal_text": lambda: self.session.set_text_scale(100),
            "content_problems": self.show_problems,
            "about": self.show_about,
        }
        self.menus = {key: self.menuBar().addMenu("") for key in MENUS}
        for spec in ACTIONS:
            action = QAction(self)
            if spec.shortcut is not None:
                action.setShortcut(spec.shortcut)
            action.triggered.connect(handlers[spec.id])
            self.menus[spec.menu].addAction(action)
            self.actions_by_id[spec.id] = action
        self.interface_menu = self.menus["language"].addMenu("")
        self.content_menu = self.menus["language"].addMenu("")
        self._fill_language_menu(self.interface_menu, available_interface_languages(), language_name, self.switch_interface_language)
        self._fill_language_menu(self.content_menu, self.session.content_languages(), self.session.content_language_name, self.session.set_content_language)

    def _fill_language_menu(self, menu, codes, name_of, handler) -> None:
        group = QActionGroup(menu)
        for code in codes:
            action = menu.addAction(name_of(code))
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(lambda _=False, c=code: handler(c))
            group.addAction(action)

    def _sync_language_menus(self) -> None:
        profile = self.session.profile
        for menu, current in ((self.interface_menu, self.translator.language), (self.content_menu, profile.content_language if profile else "")):
            for action in menu.actions():
                action.setChecked(action.data() == current)

    # -- start-up ---------------------------------------------------------
    NEEDS_STORE = ("library", "switch_profile", "new_profile", "larger_text", "smaller_text", "normal_text", "manage_packs")

    def show_first_frame(self) -> None:
        """Before the store opens: the last trainee's library without progress, or the welcome."""
        for action_id in self.NEEDS_STORE:
            self.actions_by_id[action_id].setEnabled(False)
        self.menus["language"].setEnabled(False)  # a choice made now would be overridden by the profile's
        self.welcome.set_ready(False)
        if self.session.settings.last_profile_id is not None and self.session.course:
            self.library.refresh()
            self.stack.setCurrentWidget(self.library)
        else:
            self.show_welcome(first_launch=True)

    def attach_store(self, store) -> None:
        from dro_trainer.core.progress import ProgressStore

        self.store = store
        self.session.attach(ProgressStore(store))
        for action_id in self.NEEDS_STORE:
            self.actions_by_id[action_id].setEnabled(True)
        self.menus["language"].setEnabled(True)
        self.welcome.set_ready(True)
        self.start()
        # After the trainee's screen is up: the check competes for the interpreter with the interface.
        QTimer.singleShot(CONTENT_CHECK_DELAY_MS, self, self._check_content_in_background)

    def _check_content_in_background(self) -> None:
        """Loading reports what stops content from showing; the full check (links, markup, raw
        HTML) runs here, off the first frame, so the app lists what 'pack validate' would."""
        from dro_trainer.gui.background import run_in_background

        course = self.session.course
        if course is None:
            return

        def checked(report) -> None:
            if self.session.course is course:
                self.session.load_problems = report.problems.items
                if self.stack.currentWidget() is self.library:
                    self.library.refresh()

        def check():
            from dro_trainer.core.course_validator import validate_course

            return validate_course(course.root)

        self._jobs.append(run_in_background(check, checked, lambda error: None))

    def close_store(self) -> None:
        if self.store is not None:
            self._flush_reading()
            self.store.close()
            self.store = None

    # -- navigation -------------------------------------------------------
    def start(self) -> None:
        """Open where the trainee stopped; a first launch starts with the welcome screen."""
        profile = self.session.last_profile()
        if profile is None:
            if self.stack.currentWidget() is not self.welcome:  # keep what they typed meanwhile
                self.show_welcome(first_launch=True)
            return
        self.switch_interface_language(profile.interface_language, save=False)
        self.session.use_profile(profile)
        self.resume(profile.last_location)

    def resume(self, location: str | None) -> None:
        place = parse_location(location)
        if place.kind == LESSON and self.show_lesson(place.item_id):
            return
        if place.kind == MODULE and self.show_module(place.item_id):
            return
        self.show_library()

    def _show(self, view: QWidget, location: str | None = None) -> None:
        self.stack.setCurrentWidget(view)
        if location is not None:
            self.session.remember_location(location)

    def show_welcome(self, *, first_launch: bool) -> None:
        profile = self.session.profile
        default_content = profile.content_language if profile else (self.session.course.manifest.source_language if self.session.course else "en")
        self.welcome.prepare(interface_language=self.translator.language, content_language=default_content, can_cancel=not first_launch)
        self._show(self.welcome)

    def show_profile_picker(self) -> None:
        current = self.session.profile.id if self.session.profile else None
        self.picker.show_profiles(self.session.progress.profiles(), current, can_cancel=current is not None)
        self._show(self.picker)

    def show_library(self) -> None:
        if self.session.profile is None:
            self.show_welcome(first_launch=True)
            return
        self.library.refresh()
        self._show(self.library, str(Location(LIBRARY)))

    def show_module(self, module_id: str) -> bool:
        course = self.session.localized
        if course is None or course.module(module_id) is None:
            return False
        self.module_page.show_module(module_id)
        self._show(self.module_page, str(Location(MODULE, course.id, module_id)))
        return True

    def show_lesson(self, lesson_id: str) -> bool:
        self._show(self.lesson_page)
        if not self.lesson_page.show_lesson(lesson_id):
            self.show_library()
            return False
        return True

    def start_quiz(self, module_id: str) -> None:
        if self.quiz_page.start(module_id):
            self._show(self.quiz_page)

    def show_problems(self) -> None:
        root = self.session.course.root.parent if self.session.course else None
        ProblemsDialog(self.session.load_problems, root, self).exec()

    def show_pack_manager(self) -> None:
        from dro_trainer.gui.pack_manager_dialog import PackManagerDialog

        if self.bundled_dir is None:
            return
        dialog = PackManagerDialog(self.data_dir, self.bundled_dir, self)
        dialog.course_changed.connect(self.reload_course)
        dialog.exec()

    def show_about(self) -> None:
        course = self.session.course
        lines = [f"{APP_NAME} {__version__}", self.tr("Offline training for union Digital Rights Organisers.")]
        if course:  # course text is data from a pack: shown as plain text, never as markup
            lines.append(self.tr("Course: %1, version %2, published by %3.").replace("%1", course.manifest.title)
                         .replace("%2", course.manifest.version).replace("%3", course.manifest.publisher))
        lines.append(self.tr("Your data is kept in: %1").replace("%1", str(self.data_dir)))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About DRO Trainer"), "\n\n".join(lines), QMessageBox.StandardButton.Close, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    # -- profile and languages --------------------------------------------
    def _create_profile(self, name: str, interface_language: str, content_language: str) -> None:
        profile = self.session.progress.create_profile(name, interface_language, content_language)
        self.session.use_profile(profile)
        self.show_library()

    def _choose_profile(self, profile_id: int) -> None:
        profile = self.session.progress.profile(profile_id)
        if profile is None:
            return
        self._flush_reading()
        self.switch_interface_language(profile.interface_language, save=False)
        self.session.use_profile(profile)
        self.resume(profile.last_location)

    def switch_interface_language(self, language: str, *, save: bool = True) -> None:
        if not self.translator.switch_to(language):
            QMessageBox.warning(self, APP_NAME, self.tr("The interface translation for %1 is missing; the interface stays in English.").replace("%1", language_name(language)))
        if save:
            self.session.set_interface_language(self.translator.language)
        self._sync_language_menus()

    def _content_language_changed(self) -> None:
        current = self.stack.currentWidget()
        if current is self._lesson_page and self.lesson_page.lesson_id:
            self.lesson_page.flush_reading()
            self.lesson_page.show_lesson(self.lesson_page.lesson_id)
        elif current is self.module_page:
            self.module_page.refresh()
        elif current is self._quiz_page and self.quiz_page.module_id:
            self.quiz_page.change_language()
        else:
            self.library.refresh()
        self._sync_language_menus()

    def reload_course(self) -> None:
        """Read the current course again after a pack changed it; progress is untouched."""
        from dro_trainer import __version__
        from dro_trainer.core.course_library import load_current_course

        if self.bundled_dir is not None:
            language = self.session.profile.content_language if self.session.profile else None
            loaded = load_current_course(self.data_dir, self.bundled_dir, __version__, only={language} if language else None)
            self.session.set_course(loaded.course, loaded.problems.items)

    def _course_changed(self) -> None:
        if self.session.profile is not None:
            self.show_library()  # a lesson on screen may no longer exist in the new version

    def _profile_changed(self) -> None:
        profile = self.session.profile
        self.profile_button.setText(profile.display_name.replace("&", "&&") if profile else "")
        self.profile_button.setVisible(profile is not None)
        self._sync_language_menus()

    # -- lifecycle --------------------------------------------------------
    def closeEvent(self, event) -> None:
        if self.store is not None:
            self._flush_reading()
        self._forget_jobs()
        super().closeEvent(event)

    def _forget_jobs(self) -> None:
        """Results arriving after the window closed must not reach it."""
        for job in self._jobs:
            for signal in (job.finished, job.failed):
                try:
                    signal.disconnect()
                except (RuntimeError, TypeError):
                    pass
        QThreadPool.globalInstance().waitForDone(5000)
        self._jobs.clear()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(APP_NAME)
        for key, menu in self.menus.items():
            menu.setTitle(QCoreApplication.translate("Actions", MENUS[key]))
        for spec in ACTIONS:
            self.actions_by_id[spec.id].setText(QCoreApplication.translate("Actions", spec.text))
        self.interface_menu.setTitle(self.tr("&Interface language"))
        self.content_menu.setTitle(self.tr("&Course language"))
        self.profile_button.setAccessibleName(self.tr("Switch profile"))
        self.profile_button.setToolTip(self.tr("Switch profile"))
