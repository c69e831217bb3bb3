<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Actions</name>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="20"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="21"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="22"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="23"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="27"/>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="28"/>
        <source>&amp;Switch profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="29"/>
        <source>&amp;New profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="30"/>
        <source>&amp;Manage packs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="31"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="32"/>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="33"/>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="34"/>
        <source>&amp;Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="35"/>
        <source>&amp;Content problems…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="36"/>
        <source>&amp;About DRO Trainer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="126"/>
        <source>This lesson is not translated into %1 yet; it is shown in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="130"/>
        <source>The %1 original of this lesson has changed since it was translated; this translation may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="144"/>
        <source>Lesson %1 of %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="240"/>
        <source>Not translated yet; shown in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="242"/>
        <source>Glossary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="247"/>
        <source>← &amp;Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="248"/>
        <source>Back to the module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="249"/>
        <source>← &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="250"/>
        <source>Previous lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="251"/>
        <source>&amp;Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="252"/>
        <source>Next lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="253"/>
        <source>&amp;Mark as complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="254"/>
        <source>✓ Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="255"/>
        <source>Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="256"/>
        <source>Smaller text (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="257"/>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="258"/>
        <source>Larger text (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="259"/>
        <source>Lesson text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="260"/>
        <source>Close the definition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message numerus="yes">
        <location filename="../dro_trainer/gui/library_view.py" line="73"/>
        <source>Some course content could not be loaded (%n problem(s)). The rest works normally.</source>
        <translation>
            <numerusform>Some course content could not be loaded (%n problem). The rest works normally.</numerusform>
            <numerusform>Some course content could not be loaded (%n problems). The rest works normally.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="74"/>
        <source>Welcome back, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="78"/>
        <source>No course is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="99"/>
        <source>Continue where you left off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="102"/>
        <source>Start the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="102"/>
        <source>Your next lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="110"/>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="110"/>
        <source>&amp;Begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="115"/>
        <source>Module %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="124"/>
        <source>Progress in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="127"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="128"/>
        <source>Open module: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../dro_trainer/gui/library_view.py" line="140"/>
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n lesson</numerusform>
            <numerusform>%n lessons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../dro_trainer/gui/library_view.py" line="142"/>
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="144"/>
        <source>best quiz score %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="149"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../dro_trainer/gui/library_view.py" line="151"/>
        <source>In progress: %n of %1 lessons done</source>
        <translation>
            <numerusform>In progress: %n of %1 lessons done</numerusform>
            <numerusform>In progress: %n of %1 lessons done</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="152"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="155"/>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="156"/>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../dro_trainer/gui/main_window.py" line="285"/>
        <source>Offline training for union Digital Rights Organisers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/main_window.py" line="287"/>
        <source>Course: %1, version %2, published by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/main_window.py" line="289"/>
        <source>Your data is kept in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/main_window.py" line="290"/>
        <source>About DRO Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/main_window.py" line="311"/>
        <source>The interface translation for %1 is missing; the interface stays in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/main_window.py" line="377"/>
        <source>&amp;Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/main_window.py" line="378"/>
        <source>&amp;Course language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/main_window.py" line="379"/>
        <location filename="../dro_trainer/gui/main_window.py" line="380"/>
        <source>Switch profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModuleView</name>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="76"/>
        <source>This module is not translated into %1 yet; it is shown in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="95"/>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="95"/>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="95"/>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../dro_trainer/gui/module_view.py" line="96"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../dro_trainer/gui/module_view.py" line="113"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="114"/>
        <source>pass mark %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="116"/>
        <source>Not attempted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="119"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="119"/>
        <source>not passed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="120"/>
        <source>Best score: %1% (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="123"/>
        <source>&amp;Start the quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="123"/>
        <source>&amp;Retake the quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="126"/>
        <source>← &amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="127"/>
        <source>Back to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="128"/>
        <source>What you will learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="129"/>
        <location filename="../dro_trainer/gui/module_view.py" line="130"/>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackManagerDialog</name>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="98"/>
        <source>Manage packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="101"/>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="104"/>
        <source>Installed courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="102"/>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="118"/>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="102"/>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="118"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="102"/>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="118"/>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="102"/>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="118"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="102"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="103"/>
        <source>Translations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="107"/>
        <source>&amp;Install from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="108"/>
        <source>&amp;Look for packs in a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="109"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="110"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="117"/>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="120"/>
        <source>Packs found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="118"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="119"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="119"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="119"/>
        <source>What it changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="122"/>
        <source>Install the &amp;selected pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="150"/>
        <source>bundled with the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="150"/>
        <source>installed from a pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="174"/>
        <source>%1 complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="176"/>
        <source>%1: %2 missing, %3 outdated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="183"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="208"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="210"/>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="226"/>
        <source>This pack was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="212"/>
        <source>Something went wrong: %1. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="216"/>
        <source>Install a pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="216"/>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="357"/>
        <source>Course packs (*.dropack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="221"/>
        <source>Checking the pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="228"/>
        <source>%1 version %2 from %3
Languages: %4
Size: %5 MB
Signature: %6
Changes: %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="233"/>
        <source>Install this pack?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="237"/>
        <source>Nobody you trust vouches for this pack. Install it only if you know where it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="239"/>
        <source>Careful: %1. Install it only if you mean to replace that course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="244"/>
        <source>Trust this key and install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="245"/>
        <source>Install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="245"/>
        <source>Install anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="264"/>
        <source>signed by %1 (a key you trust)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="266"/>
        <source>signed with a key you do not trust yet, which calls itself %1 (fingerprint %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="267"/>
        <source>not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="271"/>
        <source>adds the language %1 to the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="273"/>
        <source>a course not yet on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="275"/>
        <source>this version is already here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="277"/>
        <source>from version %1: %2 lessons added, %3 changed, %4 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="289"/>
        <source>Installing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="292"/>
        <source>%1 version %2 is installed. Everyone&apos;s progress is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="294"/>
        <source>The language %1 is added to %2. Choose it under Language, Course language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="296"/>
        <source>This version is already installed; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="303"/>
        <source>Look for packs in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="318"/>
        <source>Looking for packs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="324"/>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="339"/>
        <source>No packs were found in that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="356"/>
        <source>Export a pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="369"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="370"/>
        <source>Saved as %1. Carry it on a USB stick and install it with Manage packs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="380"/>
        <source>The course that comes with the app cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="382"/>
        <source>Remove the installed pack of %1? Everyone&apos;s progress and quiz results are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../dro_trainer/gui/problems_dialog.py" line="16"/>
        <source>Content problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/problems_dialog.py" line="19"/>
        <source>These parts of the course could not be loaded. Give this list to whoever prepared the course content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/problems_dialog.py" line="23"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePickerView</name>
    <message>
        <location filename="../dro_trainer/gui/profile_picker_view.py" line="71"/>
        <source>Who is studying?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/profile_picker_view.py" line="72"/>
        <source>Each profile keeps its own progress and quiz results on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/profile_picker_view.py" line="73"/>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/profile_picker_view.py" line="74"/>
        <source>&amp;New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/profile_picker_view.py" line="75"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/profile_picker_view.py" line="76"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="157"/>
        <location filename="../dro_trainer/gui/quiz_view.py" line="267"/>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="159"/>
        <location filename="../dro_trainer/gui/quiz_view.py" line="268"/>
        <source>Choose all that apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="159"/>
        <location filename="../dro_trainer/gui/quiz_view.py" line="268"/>
        <source>Choose one answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="194"/>
        <source>See &amp;your result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="194"/>
        <source>&amp;Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="197"/>
        <source>&amp;Check answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="225"/>
        <source>✓ right answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="225"/>
        <source>✗ not right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="229"/>
        <source>Correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="229"/>
        <source>Not quite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="247"/>
        <source>Well done: you passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="247"/>
        <source>Not passed yet. Have another go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="249"/>
        <source>Your score: %1% (%2 of %3 right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="251"/>
        <source>Pass mark: %1%. Your best score: %2%. Your result is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="262"/>
        <source>← &amp;Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="263"/>
        <source>Leave the quiz and go back to the module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="264"/>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="265"/>
        <source>Back to the &amp;module</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../dro_trainer/gui/app.py" line="77"/>
        <source>Your saved progress was written by a newer version of DRO Trainer. Please install that version or a newer one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/app.py" line="80"/>
        <source>DRO Trainer cannot use your saved progress right now (%1). If DRO Trainer is already open, use that window; otherwise check that the folder %2 can be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/app.py" line="83"/>
        <source>DRO Trainer could not open your saved progress in %1 (%2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/app.py" line="86"/>
        <source>Your saved progress cannot be read (%1) and there is no backup. The file is at %2. Move it away to start afresh, or ask for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/app.py" line="90"/>
        <source>Your saved progress cannot be read (%1). Restore the latest backup? The unreadable file is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/app.py" line="98"/>
        <source>No backup could be restored (%1). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../dro_trainer/gui/welcome_view.py" line="103"/>
        <source>Welcome to DRO Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/welcome_view.py" line="104"/>
        <source>Training for Digital Rights Organisers: how data, algorithms and AI change work and public services, and what unions can do about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/welcome_view.py" line="105"/>
        <source>&amp;Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/welcome_view.py" line="106"/>
        <source>&amp;Course language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/welcome_view.py" line="107"/>
        <source>Your &amp;name or a pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/welcome_view.py" line="108"/>
        <source>For example: Amina, or Delegate 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/welcome_view.py" line="109"/>
        <source>Everything you do stays on this computer. Nothing is sent anywhere, and a pseudonym is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/welcome_view.py" line="110"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/welcome_view.py" line="111"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/welcome_view.py" line="112"/>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/welcome_view.py" line="113"/>
        <source>Course language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/welcome_view.py" line="114"/>
        <source>Your name or a pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
