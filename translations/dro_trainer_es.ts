<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Actions</name>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="20" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="21" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="22" />
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="23" />
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="27" />
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="28" />
        <source>&amp;Switch profile…</source>
        <translation>&amp;Cambiar de perfil…</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="29" />
        <source>&amp;New profile…</source>
        <translation>&amp;Nuevo perfil…</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="30" />
        <source>&amp;Manage packs…</source>
        <translation>&amp;Gestionar paquetes…</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="31" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="32" />
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="33" />
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="34" />
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="35" />
        <source>&amp;Content problems…</source>
        <translation>&amp;Problemas del contenido…</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="36" />
        <source>&amp;About DRO Trainer</source>
        <translation>&amp;Acerca de DRO Trainer</translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="126" />
        <source>This lesson is not translated into %1 yet; it is shown in %2.</source>
        <translation>Esta lección todavía no está traducida al %1; se muestra en %2.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="130" />
        <source>The %1 original of this lesson has changed since it was translated; this translation may be out of date.</source>
        <translation>El original en %1 de esta lección cambió después de traducirse; esta traducción puede estar desactualizada.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="144" />
        <source>Lesson %1 of %2 · %3</source>
        <translation>Lección %1 de %2 · %3</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="240" />
        <source>Not translated yet; shown in %1.</source>
        <translation>Todavía sin traducir; se muestra en %1.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="242" />
        <source>Glossary: %1</source>
        <translation>Glosario: %1</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="247" />
        <source>← &amp;Module</source>
        <translation>← &amp;Módulo</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="248" />
        <source>Back to the module</source>
        <translation>Volver al módulo</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="249" />
        <source>← &amp;Previous</source>
        <translation>← &amp;Anterior</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="250" />
        <source>Previous lesson</source>
        <translation>Lección anterior</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="251" />
        <source>&amp;Next →</source>
        <translation>&amp;Siguiente →</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="252" />
        <source>Next lesson</source>
        <translation>Lección siguiente</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="253" />
        <source>&amp;Mark as complete</source>
        <translation>&amp;Marcar como terminada</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="254" />
        <source>✓ Completed</source>
        <translation>✓ Terminada</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="255" />
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="256" />
        <source>Smaller text (Ctrl+-)</source>
        <translation>Texto más pequeño (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="257" />
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="258" />
        <source>Larger text (Ctrl++)</source>
        <translation>Texto más grande (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="259" />
        <source>Lesson text</source>
        <translation>Texto de la lección</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="260" />
        <source>Close the definition</source>
        <translation>Cerrar la definición</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message numerus="yes">
        <location filename="../dro_trainer/gui/library_view.py" line="73" />
        <source>Some course content could not be loaded (%n problem(s)). The rest works normally.</source>
        <translation>
            <numerusform>No se pudo cargar una parte del curso (%n problema). El resto funciona con normalidad.</numerusform>
            <numerusform>No se pudo cargar una parte del curso (%n problemas). El resto funciona con normalidad.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="74" />
        <source>Welcome back, %1</source>
        <translation>Hola de nuevo, %1</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="78" />
        <source>No course is installed.</source>
        <translation>No hay ningún curso instalado.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="99" />
        <source>Continue where you left off</source>
        <translation>Seguir donde lo dejó</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="102" />
        <source>Start the course</source>
        <translation>Empezar el curso</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="102" />
        <source>Your next lesson</source>
        <translation>Su próxima lección</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="110" />
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="110" />
        <source>&amp;Begin</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="115" />
        <source>Module %1</source>
        <translation>Módulo %1</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="124" />
        <source>Progress in %1</source>
        <translation>Avance en %1</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="127" />
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="128" />
        <source>Open module: %1</source>
        <translation>Abrir el módulo: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../dro_trainer/gui/library_view.py" line="140" />
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n lección</numerusform>
            <numerusform>%n lecciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../dro_trainer/gui/library_view.py" line="142" />
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>unos %n minuto</numerusform>
            <numerusform>unos %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="144" />
        <source>best quiz score %1%</source>
        <translation>mejor resultado en la prueba: %1 %</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="149" />
        <source>Completed</source>
        <translation>Terminado</translation>
    </message>
    <message numerus="yes">
        <location filename="../dro_trainer/gui/library_view.py" line="151" />
        <source>In progress: %n of %1 lessons done</source>
        <translation>
            <numerusform>En curso: %n de %1 lecciones terminada</numerusform>
            <numerusform>En curso: %n de %1 lecciones terminadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="152" />
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="155" />
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="156" />
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../dro_trainer/gui/main_window.py" line="285" />
        <source>Offline training for union Digital Rights Organisers.</source>
        <translation>Formación sin conexión para organizadores y organizadoras sindicales de derechos digitales.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/main_window.py" line="287" />
        <source>Course: %1, version %2, published by %3.</source>
        <translation>Curso: %1, versión %2, publicado por %3.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/main_window.py" line="289" />
        <source>Your data is kept in: %1</source>
        <translation>Sus datos se guardan en: %1</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/main_window.py" line="290" />
        <source>About DRO Trainer</source>
        <translation>Acerca de DRO Trainer</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/main_window.py" line="311" />
        <source>The interface translation for %1 is missing; the interface stays in English.</source>
        <translation>Falta la traducción de la interfaz al %1; la interfaz sigue en inglés.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/main_window.py" line="377" />
        <source>&amp;Interface language</source>
        <translation>Idioma de la &amp;interfaz</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/main_window.py" line="378" />
        <source>&amp;Course language</source>
        <translation>Idioma del &amp;curso</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/main_window.py" line="379" />
        <location filename="../dro_trainer/gui/main_window.py" line="380" />
        <source>Switch profile</source>
        <translation>Cambiar de perfil</translation>
    </message>
</context>
<context>
    <name>ModuleView</name>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="76" />
        <source>This module is not translated into %1 yet; it is shown in %2.</source>
        <translation>Este módulo todavía no está traducido al %1; se muestra en %2.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="95" />
        <source>completed</source>
        <translation>terminada</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="95" />
        <source>started</source>
        <translation>empezada</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="95" />
        <source>not started</source>
        <translation>sin empezar</translation>
    </message>
    <message numerus="yes">
        <location filename="../dro_trainer/gui/module_view.py" line="96" />
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../dro_trainer/gui/module_view.py" line="113" />
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n pregunta</numerusform>
            <numerusform>%n preguntas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="114" />
        <source>pass mark %1%</source>
        <translation>nota para aprobar: %1 %</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="116" />
        <source>Not attempted yet</source>
        <translation>Todavía sin intentar</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="119" />
        <source>passed</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="119" />
        <source>not passed yet</source>
        <translation>todavía sin aprobar</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="120" />
        <source>Best score: %1% (%2)</source>
        <translation>Mejor resultado: %1 % (%2)</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="123" />
        <source>&amp;Start the quiz</source>
        <translation>&amp;Empezar la prueba</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="123" />
        <source>&amp;Retake the quiz</source>
        <translation>&amp;Repetir la prueba</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="126" />
        <source>← &amp;Library</source>
        <translation>← &amp;Biblioteca</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="127" />
        <source>Back to the library</source>
        <translation>Volver a la biblioteca</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="128" />
        <source>What you will learn</source>
        <translation>Lo que va a aprender</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="129" />
        <location filename="../dro_trainer/gui/module_view.py" line="130" />
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
</context>
<context>
    <name>PackManagerDialog</name>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="98" />
        <source>Manage packs</source>
        <translation>Gestionar paquetes</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="101" />
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="104" />
        <source>Installed courses</source>
        <translation>Cursos instalados</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="102" />
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="118" />
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="102" />
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="118" />
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="102" />
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="118" />
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="102" />
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="118" />
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="102" />
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="103" />
        <source>Translations</source>
        <translation>Traducciones</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="107" />
        <source>&amp;Install from a file…</source>
        <translation>&amp;Instalar desde un archivo…</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="108" />
        <source>&amp;Look for packs in a folder…</source>
        <translation>&amp;Buscar paquetes en una carpeta…</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="109" />
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="110" />
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="117" />
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="120" />
        <source>Packs found</source>
        <translation>Paquetes encontrados</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="118" />
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="119" />
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="119" />
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="119" />
        <source>What it changes</source>
        <translation>Qué cambia</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="122" />
        <source>Install the &amp;selected pack</source>
        <translation>Instalar el paquete &amp;seleccionado</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="150" />
        <source>bundled with the app</source>
        <translation>incluido con la aplicación</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="150" />
        <source>installed from a pack</source>
        <translation>instalado desde un paquete</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="174" />
        <source>%1 complete</source>
        <translation>%1 completa</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="176" />
        <source>%1: %2 missing, %3 outdated</source>
        <translation>%1: %2 sin traducir, %3 desactualizados</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="183" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="208" />
        <source>Cancelled. Nothing was changed.</source>
        <translation>Cancelado. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="210" />
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="226" />
        <source>This pack was refused: %1</source>
        <translation>Se rechazó este paquete: %1</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="212" />
        <source>Something went wrong: %1. Nothing was changed.</source>
        <translation>Algo salió mal: %1. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="216" />
        <source>Install a pack</source>
        <translation>Instalar un paquete</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="216" />
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="357" />
        <source>Course packs (*.dropack)</source>
        <translation>Paquetes de cursos (*.dropack)</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="221" />
        <source>Checking the pack…</source>
        <translation>Comprobando el paquete…</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="228" />
        <source>%1 version %2 from %3
Languages: %4
Size: %5 MB
Signature: %6
Changes: %7</source>
        <translation>%1, versión %2, publicado por %3
Idiomas: %4
Tamaño: %5 MB
Firma: %6
Cambios: %7</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="233" />
        <source>Install this pack?</source>
        <translation>¿Instalar este paquete?</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="237" />
        <source>Nobody you trust vouches for this pack. Install it only if you know where it came from.</source>
        <translation>Nadie de su confianza respalda este paquete. Instálelo solo si sabe de dónde viene.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="239" />
        <source>Careful: %1. Install it only if you mean to replace that course.</source>
        <translation>Atención: %1. Instálelo solo si de verdad quiere reemplazar ese curso.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="244" />
        <source>Trust this key and install</source>
        <translation>Confiar en esta clave e instalar</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="245" />
        <source>Install</source>
        <translation>Instalar</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="245" />
        <source>Install anyway</source>
        <translation>Instalar de todos modos</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="264" />
        <source>signed by %1 (a key you trust)</source>
        <translation>firmado por %1 (una clave de su confianza)</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="266" />
        <source>signed with a key you do not trust yet, which calls itself %1 (fingerprint %2)</source>
        <translation>firmado con una clave que todavía no es de su confianza y que dice ser %1 (huella: %2)</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="267" />
        <source>not signed</source>
        <translation>sin firmar</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="271" />
        <source>adds the language %1 to the course</source>
        <translation>añade el idioma %1 al curso</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="273" />
        <source>a course not yet on this computer</source>
        <translation>un curso que aún no está en esta computadora</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="275" />
        <source>this version is already here</source>
        <translation>esta versión ya está instalada</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="277" />
        <source>from version %1: %2 lessons added, %3 changed, %4 removed</source>
        <translation>desde la versión %1: %2 lecciones añadidas, %3 modificadas, %4 quitadas</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="289" />
        <source>Installing…</source>
        <translation>Instalando…</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="292" />
        <source>%1 version %2 is installed. Everyone's progress is kept.</source>
        <translation>%1, versión %2, quedó instalado. Se conserva el avance de todas las personas.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="294" />
        <source>The language %1 is added to %2. Choose it under Language, Course language.</source>
        <translation>El idioma %1 se añadió a %2. Elíjalo en Idioma, Idioma del curso.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="296" />
        <source>This version is already installed; nothing changed.</source>
        <translation>Esta versión ya está instalada; no cambió nada.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="303" />
        <source>Look for packs in a folder</source>
        <translation>Buscar paquetes en una carpeta</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="318" />
        <source>Looking for packs…</source>
        <translation>Buscando paquetes…</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="324" />
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="339" />
        <source>No packs were found in that folder.</source>
        <translation>No se encontraron paquetes en esa carpeta.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="356" />
        <source>Export a pack</source>
        <translation>Exportar un paquete</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="369" />
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="370" />
        <source>Saved as %1. Carry it on a USB stick and install it with Manage packs.</source>
        <translation>Guardado como %1. Llévelo en una memoria USB e instálelo con «Gestionar paquetes».</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="380" />
        <source>The course that comes with the app cannot be removed.</source>
        <translation>El curso que viene con la aplicación no se puede quitar.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="382" />
        <source>Remove the installed pack of %1? Everyone's progress and quiz results are kept.</source>
        <translation>¿Quitar el paquete instalado de %1? Se conservan el avance y los resultados de todas las personas.</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../dro_trainer/gui/problems_dialog.py" line="16" />
        <source>Content problems</source>
        <translation>Problemas del contenido</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/problems_dialog.py" line="19" />
        <source>These parts of the course could not be loaded. Give this list to whoever prepared the course content.</source>
        <translation>No se pudieron cargar estas partes del curso. Entregue esta lista a quien preparó el contenido.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/problems_dialog.py" line="23" />
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
</context>
<context>
    <name>ProfilePickerView</name>
    <message>
        <location filename="../dro_trainer/gui/profile_picker_view.py" line="71" />
        <source>Who is studying?</source>
        <translation>¿Quién va a estudiar?</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/profile_picker_view.py" line="72" />
        <source>Each profile keeps its own progress and quiz results on this computer.</source>
        <translation>Cada perfil guarda su propio avance y sus resultados en esta computadora.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/profile_picker_view.py" line="73" />
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/profile_picker_view.py" line="74" />
        <source>&amp;New profile</source>
        <translation>&amp;Nuevo perfil</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/profile_picker_view.py" line="75" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/profile_picker_view.py" line="76" />
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="157" />
        <location filename="../dro_trainer/gui/quiz_view.py" line="267" />
        <source>Question %1 of %2</source>
        <translation>Pregunta %1 de %2</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="159" />
        <location filename="../dro_trainer/gui/quiz_view.py" line="268" />
        <source>Choose all that apply.</source>
        <translation>Marque todas las respuestas correctas.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="159" />
        <location filename="../dro_trainer/gui/quiz_view.py" line="268" />
        <source>Choose one answer.</source>
        <translation>Elija una respuesta.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="194" />
        <source>See &amp;your result</source>
        <translation>Ver &amp;su resultado</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="194" />
        <source>&amp;Next question</source>
        <translation>&amp;Siguiente pregunta</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="197" />
        <source>&amp;Check answer</source>
        <translation>&amp;Comprobar la respuesta</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="225" />
        <source>✓ right answer</source>
        <translation>✓ respuesta correcta</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="225" />
        <source>✗ not right</source>
        <translation>✗ respuesta incorrecta</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="229" />
        <source>Correct.</source>
        <translation>Correcto.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="229" />
        <source>Not quite.</source>
        <translation>No exactamente.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="247" />
        <source>Well done: you passed.</source>
        <translation>¡Muy bien! Aprobó la prueba.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="247" />
        <source>Not passed yet. Have another go.</source>
        <translation>Todavía no aprobó. Inténtelo otra vez.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="249" />
        <source>Your score: %1% (%2 of %3 right)</source>
        <translation>Su resultado: %1 % (%2 de %3 correctas)</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="251" />
        <source>Pass mark: %1%. Your best score: %2%. Your result is saved.</source>
        <translation>Nota para aprobar: %1 %. Su mejor resultado: %2 %. Su resultado quedó guardado.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="262" />
        <source>← &amp;Module</source>
        <translation>← &amp;Módulo</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="263" />
        <source>Leave the quiz and go back to the module</source>
        <translation>Dejar la prueba y volver al módulo</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="264" />
        <source>&amp;Try again</source>
        <translation>&amp;Intentar de nuevo</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="265" />
        <source>Back to the &amp;module</source>
        <translation>Volver al &amp;módulo</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../dro_trainer/gui/app.py" line="77" />
        <source>Your saved progress was written by a newer version of DRO Trainer. Please install that version or a newer one.</source>
        <translation>Su avance se guardó con una versión más reciente de DRO Trainer. Instale esa versión u otra más reciente.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/app.py" line="80" />
        <source>DRO Trainer cannot use your saved progress right now (%1). If DRO Trainer is already open, use that window; otherwise check that the folder %2 can be written to.</source>
        <translation>DRO Trainer no puede usar su avance guardado en este momento (%1). Si DRO Trainer ya está abierto, use esa ventana; si no, compruebe que se puede escribir en la carpeta %2.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/app.py" line="83" />
        <source>DRO Trainer could not open your saved progress in %1 (%2). Nothing was changed.</source>
        <translation>DRO Trainer no pudo abrir su avance guardado en %1 (%2). No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/app.py" line="86" />
        <source>Your saved progress cannot be read (%1) and there is no backup. The file is at %2. Move it away to start afresh, or ask for help.</source>
        <translation>No se puede leer su avance guardado (%1) y no hay ninguna copia de seguridad. El archivo está en %2. Muévalo a otro lugar para empezar de cero, o pida ayuda.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/app.py" line="90" />
        <source>Your saved progress cannot be read (%1). Restore the latest backup? The unreadable file is kept beside it.</source>
        <translation>No se puede leer su avance guardado (%1). ¿Restaurar la copia de seguridad más reciente? El archivo ilegible se conserva al lado.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/app.py" line="98" />
        <source>No backup could be restored (%1). Nothing was changed.</source>
        <translation>No se pudo restaurar ninguna copia de seguridad (%1). No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../dro_trainer/gui/welcome_view.py" line="103" />
        <source>Welcome to DRO Trainer</source>
        <translation>Le damos la bienvenida a DRO Trainer</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/welcome_view.py" line="104" />
        <source>Training for Digital Rights Organisers: how data, algorithms and AI change work and public services, and what unions can do about it.</source>
        <translation>Formación para organizadores y organizadoras de derechos digitales: cómo los datos, los algoritmos y la IA transforman el trabajo y los servicios públicos, y qué pueden hacer los sindicatos.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/welcome_view.py" line="105" />
        <source>&amp;Interface language</source>
        <translation>Idioma de la &amp;interfaz</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/welcome_view.py" line="106" />
        <source>&amp;Course language</source>
        <translation>Idioma del &amp;curso</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/welcome_view.py" line="107" />
        <source>Your &amp;name or a pseudonym</source>
        <translation>Su &amp;nombre o un seudónimo</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/welcome_view.py" line="108" />
        <source>For example: Amina, or Delegate 7</source>
        <translation>Por ejemplo: Amina, o Delegada 7</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/welcome_view.py" line="109" />
        <source>Everything you do stays on this computer. Nothing is sent anywhere, and a pseudonym is fine.</source>
        <translation>Todo lo que haga queda en esta computadora. No se envía nada a ninguna parte, y puede usar un seudónimo.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/welcome_view.py" line="110" />
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/welcome_view.py" line="111" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/welcome_view.py" line="112" />
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/welcome_view.py" line="113" />
        <source>Course language</source>
        <translation>Idioma del curso</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/welcome_view.py" line="114" />
        <source>Your name or a pseudonym</source>
        <translation>Su nombre o un seudónimo</translation>
    </message>
</context>
</TS>