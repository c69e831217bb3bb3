<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Actions</name>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="20" />
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="21" />
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="22" />
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="23" />
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="27" />
        <source>&amp;Library</source>
        <translation>&amp;المكتبة</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="28" />
        <source>&amp;Switch profile…</source>
        <translation>&amp;تبديل الملف الشخصي…</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="29" />
        <source>&amp;New profile…</source>
        <translation>ملف شخصي &amp;جديد…</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="30" />
        <source>&amp;Manage packs…</source>
        <translation>&amp;إدارة الحزم…</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="31" />
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="32" />
        <source>&amp;Larger text</source>
        <translation>&amp;تكبير النص</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="33" />
        <source>&amp;Smaller text</source>
        <translation>ت&amp;صغير النص</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="34" />
        <source>&amp;Normal text size</source>
        <translation>حجم النص ال&amp;عادي</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="35" />
        <source>&amp;Content problems…</source>
        <translation>&amp;مشكلات المحتوى…</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="36" />
        <source>&amp;About DRO Trainer</source>
        <translation>&amp;حول DRO Trainer</translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="126" />
        <source>This lesson is not translated into %1 yet; it is shown in %2.</source>
        <translation>لم يُترجَم هذا الدرس إلى اللغة %1 بعد، لذا يُعرض باللغة %2.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="130" />
        <source>The %1 original of this lesson has changed since it was translated; this translation may be out of date.</source>
        <translation>تغيّر الأصل (%1) لهذا الدرس بعد ترجمته؛ قد لا تكون هذه الترجمة محدّثة.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="144" />
        <source>Lesson %1 of %2 · %3</source>
        <translation>الدرس %1 من %2 · %3</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="240" />
        <source>Not translated yet; shown in %1.</source>
        <translation>لم يُترجَم بعد، لذا يُعرض باللغة %1.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="242" />
        <source>Glossary: %1</source>
        <translation>مسرد المصطلحات: %1</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="247" />
        <source>← &amp;Module</source>
        <translation>→ ال&amp;وحدة</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="248" />
        <source>Back to the module</source>
        <translation>العودة إلى الوحدة</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="249" />
        <source>← &amp;Previous</source>
        <translation>→ &amp;السابق</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="250" />
        <source>Previous lesson</source>
        <translation>الدرس السابق</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="251" />
        <source>&amp;Next →</source>
        <translation>ال&amp;تالي ←</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="252" />
        <source>Next lesson</source>
        <translation>الدرس التالي</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="253" />
        <source>&amp;Mark as complete</source>
        <translation>تحديد &amp;كمكتمل</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="254" />
        <source>✓ Completed</source>
        <translation>✓ مكتمل</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="255" />
        <source>Smaller text</source>
        <translation>تصغير النص</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="256" />
        <source>Smaller text (Ctrl+-)</source>
        <translation>تصغير النص (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="257" />
        <source>Larger text</source>
        <translation>تكبير النص</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="258" />
        <source>Larger text (Ctrl++)</source>
        <translation>تكبير النص (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="259" />
        <source>Lesson text</source>
        <translation>نص الدرس</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="260" />
        <source>Close the definition</source>
        <translation>إغلاق التعريف</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message numerus="yes">
        <location filename="../dro_trainer/gui/library_view.py" line="73" />
        <source>Some course content could not be loaded (%n problem(s)). The rest works normally.</source>
        <translation>
            <numerusform>تعذّر تحميل بعض محتوى الدورة التدريبية (%n مشكلة). أما الباقي فيعمل بشكل طبيعي.</numerusform>
            <numerusform>تعذّر تحميل بعض محتوى الدورة التدريبية (مشكلة واحدة). أما الباقي فيعمل بشكل طبيعي.</numerusform>
            <numerusform>تعذّر تحميل بعض محتوى الدورة التدريبية (مشكلتان). أما الباقي فيعمل بشكل طبيعي.</numerusform>
            <numerusform>تعذّر تحميل بعض محتوى الدورة التدريبية (%n مشكلات). أما الباقي فيعمل بشكل طبيعي.</numerusform>
            <numerusform>تعذّر تحميل بعض محتوى الدورة التدريبية (%n مشكلة). أما الباقي فيعمل بشكل طبيعي.</numerusform>
            <numerusform>تعذّر تحميل بعض محتوى الدورة التدريبية (%n مشكلة). أما الباقي فيعمل بشكل طبيعي.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="74" />
        <source>Welcome back, %1</source>
        <translation>مرحبًا بعودتك، %1</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="78" />
        <source>No course is installed.</source>
        <translation>لا توجد دورة تدريبية مثبّتة.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="99" />
        <source>Continue where you left off</source>
        <translation>المتابعة من حيث توقفت</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="102" />
        <source>Start the course</source>
        <translation>بدء الدورة التدريبية</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="102" />
        <source>Your next lesson</source>
        <translation>درسك التالي</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="110" />
        <source>&amp;Continue</source>
        <translation>م&amp;تابعة</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="110" />
        <source>&amp;Begin</source>
        <translation>&amp;بدء</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="115" />
        <source>Module %1</source>
        <translation>الوحدة %1</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="124" />
        <source>Progress in %1</source>
        <translation>التقدّم في %1</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="127" />
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="128" />
        <source>Open module: %1</source>
        <translation>فتح الوحدة: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../dro_trainer/gui/library_view.py" line="140" />
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>لا دروس</numerusform>
            <numerusform>درس واحد</numerusform>
            <numerusform>درسان</numerusform>
            <numerusform>%n دروس</numerusform>
            <numerusform>%n درسًا</numerusform>
            <numerusform>%n درس</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../dro_trainer/gui/library_view.py" line="142" />
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>أقل من دقيقة</numerusform>
            <numerusform>نحو دقيقة واحدة</numerusform>
            <numerusform>نحو دقيقتين</numerusform>
            <numerusform>نحو %n دقائق</numerusform>
            <numerusform>نحو %n دقيقة</numerusform>
            <numerusform>نحو %n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="144" />
        <source>best quiz score %1%</source>
        <translation>أفضل نتيجة في الاختبار: %1%</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="149" />
        <source>Completed</source>
        <translation>مكتملة</translation>
    </message>
    <message numerus="yes">
        <location filename="../dro_trainer/gui/library_view.py" line="151" />
        <source>In progress: %n of %1 lessons done</source>
        <translation>
            <numerusform>قيد التقدّم: لم يكتمل أي درس من أصل %1</numerusform>
            <numerusform>قيد التقدّم: اكتمل درس واحد من أصل %1</numerusform>
            <numerusform>قيد التقدّم: اكتمل درسان من أصل %1</numerusform>
            <numerusform>قيد التقدّم: اكتملت %n دروس من أصل %1</numerusform>
            <numerusform>قيد التقدّم: اكتمل %n درسًا من أصل %1</numerusform>
            <numerusform>قيد التقدّم: اكتمل %n درس من أصل %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="152" />
        <source>Not started</source>
        <translation>لم تبدأ بعد</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="155" />
        <source>Modules</source>
        <translation>الوحدات</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="156" />
        <source>&amp;Details</source>
        <translation>&amp;التفاصيل</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../dro_trainer/gui/main_window.py" line="285" />
        <source>Offline training for union Digital Rights Organisers.</source>
        <translation>تدريب دون اتصال بالإنترنت لمنظّمي الحقوق الرقمية في النقابات.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/main_window.py" line="287" />
        <source>Course: %1, version %2, published by %3.</source>
        <translation>الدورة التدريبية: %1، الإصدار %2، الناشر: %3.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/main_window.py" line="289" />
        <source>Your data is kept in: %1</source>
        <translation>تُحفظ بياناتك في: %1</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/main_window.py" line="290" />
        <source>About DRO Trainer</source>
        <translation>حول DRO Trainer</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/main_window.py" line="311" />
        <source>The interface translation for %1 is missing; the interface stays in English.</source>
        <translation>ترجمة الواجهة إلى اللغة %1 غير متوفرة، لذا تبقى الواجهة باللغة الإنجليزية.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/main_window.py" line="377" />
        <source>&amp;Interface language</source>
        <translation>لغة ال&amp;واجهة</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/main_window.py" line="378" />
        <source>&amp;Course language</source>
        <translation>لغة ال&amp;دورة التدريبية</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/main_window.py" line="379" />
        <location filename="../dro_trainer/gui/main_window.py" line="380" />
        <source>Switch profile</source>
        <translation>تبديل الملف الشخصي</translation>
    </message>
</context>
<context>
    <name>ModuleView</name>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="76" />
        <source>This module is not translated into %1 yet; it is shown in %2.</source>
        <translation>لم تُترجَم هذه الوحدة إلى اللغة %1 بعد، لذا تُعرض باللغة %2.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="95" />
        <source>completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="95" />
        <source>started</source>
        <translation>قيد التقدّم</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="95" />
        <source>not started</source>
        <translation>لم يبدأ بعد</translation>
    </message>
    <message numerus="yes">
        <location filename="../dro_trainer/gui/module_view.py" line="96" />
        <source>%n min</source>
        <translation>
            <numerusform>‏%n دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>‏%n دقائق</numerusform>
            <numerusform>‏%n دقيقة</numerusform>
            <numerusform>‏%n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../dro_trainer/gui/module_view.py" line="113" />
        <source>%n question(s)</source>
        <translation>
            <numerusform>لا أسئلة</numerusform>
            <numerusform>سؤال واحد</numerusform>
            <numerusform>سؤالان</numerusform>
            <numerusform>%n أسئلة</numerusform>
            <numerusform>%n سؤالًا</numerusform>
            <numerusform>%n سؤال</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="114" />
        <source>pass mark %1%</source>
        <translation>درجة النجاح %1%</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="116" />
        <source>Not attempted yet</source>
        <translation>لم تُجرَ أي محاولة بعد</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="119" />
        <source>passed</source>
        <translation>ناجحة</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="119" />
        <source>not passed yet</source>
        <translation>لم تبلغ درجة النجاح بعد</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="120" />
        <source>Best score: %1% (%2)</source>
        <translation>أفضل نتيجة: %1% (%2)</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="123" />
        <source>&amp;Start the quiz</source>
        <translation>&amp;بدء الاختبار</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="123" />
        <source>&amp;Retake the quiz</source>
        <translation>&amp;إعادة الاختبار</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="126" />
        <source>← &amp;Library</source>
        <translation>→ &amp;المكتبة</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="127" />
        <source>Back to the library</source>
        <translation>العودة إلى المكتبة</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="128" />
        <source>What you will learn</source>
        <translation>ما ستتعلّمه</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="129" />
        <location filename="../dro_trainer/gui/module_view.py" line="130" />
        <source>Lessons</source>
        <translation>الدروس</translation>
    </message>
</context>
<context>
    <name>PackManagerDialog</name>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="98" />
        <source>Manage packs</source>
        <translation>إدارة الحزم</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="101" />
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="104" />
        <source>Installed courses</source>
        <translation>الدورات المثبّتة</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="102" />
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="118" />
        <source>Course</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="102" />
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="118" />
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="102" />
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="118" />
        <source>Publisher</source>
        <translation>الناشر</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="102" />
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="118" />
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="102" />
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="103" />
        <source>Translations</source>
        <translation>الترجمات</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="107" />
        <source>&amp;Install from a file…</source>
        <translation>&amp;تثبيت من ملف…</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="108" />
        <source>&amp;Look for packs in a folder…</source>
        <translation>ال&amp;بحث عن حزم في مجلد…</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="109" />
        <source>&amp;Export…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="110" />
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="117" />
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="120" />
        <source>Packs found</source>
        <translation>الحزم التي عُثر عليها</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="118" />
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="119" />
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="119" />
        <source>Signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="119" />
        <source>What it changes</source>
        <translation>ما الذي يتغيّر</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="122" />
        <source>Install the &amp;selected pack</source>
        <translation>تثبيت الحزمة ال&amp;محدّدة</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="150" />
        <source>bundled with the app</source>
        <translation>مرفقة بالتطبيق</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="150" />
        <source>installed from a pack</source>
        <translation>مثبّتة من حزمة</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="174" />
        <source>%1 complete</source>
        <translation>%1 مكتملة</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="176" />
        <source>%1: %2 missing, %3 outdated</source>
        <translation>%1: %2 غير مترجم، %3 بحاجة إلى تحديث</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="183" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="208" />
        <source>Cancelled. Nothing was changed.</source>
        <translation>أُلغيت العملية. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="210" />
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="226" />
        <source>This pack was refused: %1</source>
        <translation>رُفضت هذه الحزمة: %1</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="212" />
        <source>Something went wrong: %1. Nothing was changed.</source>
        <translation>حدث خطأ: %1. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="216" />
        <source>Install a pack</source>
        <translation>تثبيت حزمة</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="216" />
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="357" />
        <source>Course packs (*.dropack)</source>
        <translation>حزم الدورات (*.dropack)</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="221" />
        <source>Checking the pack…</source>
        <translation>جارٍ فحص الحزمة…</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="228" />
        <source>%1 version %2 from %3
Languages: %4
Size: %5 MB
Signature: %6
Changes: %7</source>
        <translation>%1، الإصدار %2، من %3
اللغات: %4
الحجم: %5 ميغابايت
التوقيع: %6
التغييرات: %7</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="233" />
        <source>Install this pack?</source>
        <translation>هل تريد تثبيت هذه الحزمة؟</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="237" />
        <source>Nobody you trust vouches for this pack. Install it only if you know where it came from.</source>
        <translation>لا يضمن هذه الحزمةَ أيُّ طرف تثق به. لا تثبّتها إلا إذا كنت تعرف مصدرها.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="239" />
        <source>Careful: %1. Install it only if you mean to replace that course.</source>
        <translation>تنبيه: %1. لا تثبّتها إلا إذا كنت تقصد استبدال تلك الدورة.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="244" />
        <source>Trust this key and install</source>
        <translation>الوثوق بهذا المفتاح والتثبيت</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="245" />
        <source>Install</source>
        <translation>تثبيت</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="245" />
        <source>Install anyway</source>
        <translation>التثبيت رغم ذلك</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="264" />
        <source>signed by %1 (a key you trust)</source>
        <translation>موقّعة من %1 (بمفتاح تثق به)</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="266" />
        <source>signed with a key you do not trust yet, which calls itself %1 (fingerprint %2)</source>
        <translation>موقّعة بمفتاح لا تثق به بعد، يقدّم نفسه باسم %1 (البصمة %2)</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="267" />
        <source>not signed</source>
        <translation>غير موقّعة</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="271" />
        <source>adds the language %1 to the course</source>
        <translation>تضيف اللغة %1 إلى الدورة</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="273" />
        <source>a course not yet on this computer</source>
        <translation>دورة غير موجودة بعد على هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="275" />
        <source>this version is already here</source>
        <translation>هذا الإصدار موجود بالفعل</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="277" />
        <source>from version %1: %2 lessons added, %3 changed, %4 removed</source>
        <translation>مقارنة بالإصدار %1: أُضيف %2 من الدروس، وتغيّر %3، وحُذف %4</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="289" />
        <source>Installing…</source>
        <translation>جارٍ التثبيت…</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="292" />
        <source>%1 version %2 is installed. Everyone's progress is kept.</source>
        <translation>ثُبّت %1، الإصدار %2. احتُفظ بتقدّم الجميع.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="294" />
        <source>The language %1 is added to %2. Choose it under Language, Course language.</source>
        <translation>أُضيفت اللغة %1 إلى %2. اخترها من «اللغة» ثم «لغة الدورة التدريبية».</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="296" />
        <source>This version is already installed; nothing changed.</source>
        <translation>هذا الإصدار مثبّت بالفعل؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="303" />
        <source>Look for packs in a folder</source>
        <translation>البحث عن حزم في مجلد</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="318" />
        <source>Looking for packs…</source>
        <translation>جارٍ البحث عن الحزم…</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="324" />
        <source>refused</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="339" />
        <source>No packs were found in that folder.</source>
        <translation>لم يُعثر على أي حزمة في هذا المجلد.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="356" />
        <source>Export a pack</source>
        <translation>تصدير حزمة</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="369" />
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="370" />
        <source>Saved as %1. Carry it on a USB stick and install it with Manage packs.</source>
        <translation>حُفظت باسم %1. انقلها على ذاكرة USB وثبّتها من «إدارة الحزم».</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="380" />
        <source>The course that comes with the app cannot be removed.</source>
        <translation>لا يمكن إزالة الدورة المرفقة بالتطبيق.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="382" />
        <source>Remove the installed pack of %1? Everyone's progress and quiz results are kept.</source>
        <translation>هل تريد إزالة الحزمة المثبّتة لـ %1؟ يُحتفظ بتقدّم الجميع ونتائج اختباراتهم.</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../dro_trainer/gui/problems_dialog.py" line="16" />
        <source>Content problems</source>
        <translation>مشكلات المحتوى</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/problems_dialog.py" line="19" />
        <source>These parts of the course could not be loaded. Give this list to whoever prepared the course content.</source>
        <translation>تعذّر تحميل هذه الأجزاء من الدورة التدريبية. يُرجى تسليم هذه القائمة إلى من أعدّ محتوى الدورة التدريبية.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/problems_dialog.py" line="23" />
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
</context>
<context>
    <name>ProfilePickerView</name>
    <message>
        <location filename="../dro_trainer/gui/profile_picker_view.py" line="71" />
        <source>Who is studying?</source>
        <translation>مَن يدرس الآن؟</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/profile_picker_view.py" line="72" />
        <source>Each profile keeps its own progress and quiz results on this computer.</source>
        <translation>يحتفظ كل ملف شخصي بتقدّمه ونتائج اختباراته على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/profile_picker_view.py" line="73" />
        <source>Profiles</source>
        <translation>الملفات الشخصية</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/profile_picker_view.py" line="74" />
        <source>&amp;New profile</source>
        <translation>ملف شخصي &amp;جديد</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/profile_picker_view.py" line="75" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/profile_picker_view.py" line="76" />
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="157" />
        <location filename="../dro_trainer/gui/quiz_view.py" line="267" />
        <source>Question %1 of %2</source>
        <translation>السؤال %1 من %2</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="159" />
        <location filename="../dro_trainer/gui/quiz_view.py" line="268" />
        <source>Choose all that apply.</source>
        <translation>يُرجى اختيار كل الإجابات الصحيحة.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="159" />
        <location filename="../dro_trainer/gui/quiz_view.py" line="268" />
        <source>Choose one answer.</source>
        <translation>يُرجى اختيار إجابة واحدة.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="194" />
        <source>See &amp;your result</source>
        <translation>عرض &amp;نتيجتك</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="194" />
        <source>&amp;Next question</source>
        <translation>السؤال ال&amp;تالي</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="197" />
        <source>&amp;Check answer</source>
        <translation>&amp;التحقق من الإجابة</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="225" />
        <source>✓ right answer</source>
        <translation>✓ إجابة صحيحة</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="225" />
        <source>✗ not right</source>
        <translation>✗ إجابة غير صحيحة</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="229" />
        <source>Correct.</source>
        <translation>صحيح.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="229" />
        <source>Not quite.</source>
        <translation>ليس تمامًا.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="247" />
        <source>Well done: you passed.</source>
        <translation>أحسنت: لقد اجتزت الاختبار.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="247" />
        <source>Not passed yet. Have another go.</source>
        <translation>لم تبلغ النتيجة درجة النجاح بعد. يمكنك المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="249" />
        <source>Your score: %1% (%2 of %3 right)</source>
        <translation>نتيجتك: %1% (إجابات صحيحة: %2 من %3)</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="251" />
        <source>Pass mark: %1%. Your best score: %2%. Your result is saved.</source>
        <translation>درجة النجاح: %1%. أفضل نتيجة لك: %2%. تم حفظ نتيجتك.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="262" />
        <source>← &amp;Module</source>
        <translation>→ ال&amp;وحدة</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="263" />
        <source>Leave the quiz and go back to the module</source>
        <translation>مغادرة الاختبار والعودة إلى الوحدة</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="264" />
        <source>&amp;Try again</source>
        <translation>&amp;إعادة المحاولة</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="265" />
        <source>Back to the &amp;module</source>
        <translation>&amp;العودة إلى الوحدة</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../dro_trainer/gui/app.py" line="77" />
        <source>Your saved progress was written by a newer version of DRO Trainer. Please install that version or a newer one.</source>
        <translation>حُفظ تقدّمك بإصدار أحدث من DRO Trainer. يُرجى تثبيت ذلك الإصدار أو إصدار أحدث منه.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/app.py" line="80" />
        <source>DRO Trainer cannot use your saved progress right now (%1). If DRO Trainer is already open, use that window; otherwise check that the folder %2 can be written to.</source>
        <translation>لا يستطيع DRO Trainer استخدام تقدّمك المحفوظ حاليًا (%1). إذا كان DRO Trainer مفتوحًا بالفعل، فيُرجى استخدام تلك النافذة؛ وإلا فيُرجى التأكد من إمكانية الكتابة في المجلد %2.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/app.py" line="83" />
        <source>DRO Trainer could not open your saved progress in %1 (%2). Nothing was changed.</source>
        <translation>تعذّر على DRO Trainer فتح تقدّمك المحفوظ في %1 (%2). لم يُغيَّر أي شيء.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/app.py" line="86" />
        <source>Your saved progress cannot be read (%1) and there is no backup. The file is at %2. Move it away to start afresh, or ask for help.</source>
        <translation>تتعذّر قراءة تقدّمك المحفوظ (%1)، ولا توجد نسخة احتياطية. الملف موجود في %2. للبدء من جديد، يُرجى نقله إلى مكان آخر، أو طلب المساعدة.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/app.py" line="90" />
        <source>Your saved progress cannot be read (%1). Restore the latest backup? The unreadable file is kept beside it.</source>
        <translation>تتعذّر قراءة تقدّمك المحفوظ (%1). هل تريد استعادة أحدث نسخة احتياطية؟ سيُحتفظ بالملف غير المقروء إلى جانبها.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/app.py" line="98" />
        <source>No backup could be restored (%1). Nothing was changed.</source>
        <translation>تعذّرت استعادة أي نسخة احتياطية (%1). لم يُغيَّر أي شيء.</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../dro_trainer/gui/welcome_view.py" line="103" />
        <source>Welcome to DRO Trainer</source>
        <translation>مرحبًا بك في DRO Trainer</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/welcome_view.py" line="104" />
        <source>Training for Digital Rights Organisers: how data, algorithms and AI change work and public services, and what unions can do about it.</source>
        <translation>تدريب لمنظّمي الحقوق الرقمية: كيف تغيّر البيانات والخوارزميات والذكاء الاصطناعي العملَ والخدمات العامة، وما الذي يمكن للنقابات فعله حيال ذلك.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/welcome_view.py" line="105" />
        <source>&amp;Interface language</source>
        <translation>لغة ال&amp;واجهة</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/welcome_view.py" line="106" />
        <source>&amp;Course language</source>
        <translation>لغة ال&amp;دورة التدريبية</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/welcome_view.py" line="107" />
        <source>Your &amp;name or a pseudonym</source>
        <translation>&amp;اسمك أو اسم مستعار</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/welcome_view.py" line="108" />
        <source>For example: Amina, or Delegate 7</source>
        <translation>مثلًا: أمينة، أو مندوب 7</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/welcome_view.py" line="109" />
        <source>Everything you do stays on this computer. Nothing is sent anywhere, and a pseudonym is fine.</source>
        <translation>يبقى كل نشاطك على هذا الحاسوب، ولا يُرسَل أي شيء إلى أي مكان. ولا مانع من استخدام اسم مستعار.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/welcome_view.py" line="110" />
        <source>&amp;Start</source>
        <translation>&amp;بدء</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/welcome_view.py" line="111" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/welcome_view.py" line="112" />
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/welcome_view.py" line="113" />
        <source>Course language</source>
        <translation>لغة الدورة التدريبية</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/welcome_view.py" line="114" />
        <source>Your name or a pseudonym</source>
        <translation>اسمك أو اسم مستعار</translation>
    </message>
</context>
</TS>