<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Actions</name>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="20" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="21" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="22" />
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="23" />
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="27" />
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="28" />
        <source>&amp;Switch profile…</source>
        <translation>&amp;Changer de profil…</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="29" />
        <source>&amp;New profile…</source>
        <translation>&amp;Nouveau profil…</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="30" />
        <source>&amp;Manage packs…</source>
        <translation>&amp;Gérer les paquets…</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="31" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="32" />
        <source>&amp;Larger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="33" />
        <source>&amp;Smaller text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="34" />
        <source>&amp;Normal text size</source>
        <translation>Taille de texte &amp;normale</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="35" />
        <source>&amp;Content problems…</source>
        <translation>&amp;Problèmes de contenu…</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/actions.py" line="36" />
        <source>&amp;About DRO Trainer</source>
        <translation>À &amp;propos de DRO Trainer</translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="126" />
        <source>This lesson is not translated into %1 yet; it is shown in %2.</source>
        <translation>Cette leçon n’est pas encore traduite en %1 ; elle s’affiche en %2.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="130" />
        <source>The %1 original of this lesson has changed since it was translated; this translation may be out of date.</source>
        <translation>L’original en %1 de cette leçon a changé depuis sa traduction ; cette traduction n’est peut-être plus à jour.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="144" />
        <source>Lesson %1 of %2 · %3</source>
        <translation>Leçon %1 sur %2 · %3</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="240" />
        <source>Not translated yet; shown in %1.</source>
        <translation>Pas encore traduit ; affiché en %1.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="242" />
        <source>Glossary: %1</source>
        <translation>Glossaire : %1</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="247" />
        <source>← &amp;Module</source>
        <translation>← &amp;Module</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="248" />
        <source>Back to the module</source>
        <translation>Retour au module</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="249" />
        <source>← &amp;Previous</source>
        <translation>← &amp;Précédente</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="250" />
        <source>Previous lesson</source>
        <translation>Leçon précédente</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="251" />
        <source>&amp;Next →</source>
        <translation>&amp;Suivante →</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="252" />
        <source>Next lesson</source>
        <translation>Leçon suivante</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="253" />
        <source>&amp;Mark as complete</source>
        <translation>&amp;Marquer comme terminée</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="254" />
        <source>✓ Completed</source>
        <translation>✓ Terminée</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="255" />
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="256" />
        <source>Smaller text (Ctrl+-)</source>
        <translation>Texte plus petit (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="257" />
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="258" />
        <source>Larger text (Ctrl++)</source>
        <translation>Texte plus grand (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="259" />
        <source>Lesson text</source>
        <translation>Texte de la leçon</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/lesson_view.py" line="260" />
        <source>Close the definition</source>
        <translation>Fermer la définition</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message numerus="yes">
        <location filename="../dro_trainer/gui/library_view.py" line="73" />
        <source>Some course content could not be loaded (%n problem(s)). The rest works normally.</source>
        <translation>
            <numerusform>Une partie du cours n’a pas pu être chargée (%n problème). Le reste fonctionne normalement.</numerusform>
            <numerusform>Une partie du cours n’a pas pu être chargée (%n problèmes). Le reste fonctionne normalement.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="74" />
        <source>Welcome back, %1</source>
        <translation>Bon retour, %1</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="78" />
        <source>No course is installed.</source>
        <translation>Aucun cours n’est installé.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="99" />
        <source>Continue where you left off</source>
        <translation>Reprendre là où vous vous êtes arrêté·e</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="102" />
        <source>Start the course</source>
        <translation>Commencer le cours</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="102" />
        <source>Your next lesson</source>
        <translation>Votre prochaine leçon</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="110" />
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="110" />
        <source>&amp;Begin</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="115" />
        <source>Module %1</source>
        <translation>Module %1</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="124" />
        <source>Progress in %1</source>
        <translation>Progression dans %1</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="127" />
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="128" />
        <source>Open module: %1</source>
        <translation>Ouvrir le module : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../dro_trainer/gui/library_view.py" line="140" />
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n leçon</numerusform>
            <numerusform>%n leçons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../dro_trainer/gui/library_view.py" line="142" />
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>environ %n minute</numerusform>
            <numerusform>environ %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="144" />
        <source>best quiz score %1%</source>
        <translation>meilleur score au quiz : %1 %</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="149" />
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message numerus="yes">
        <location filename="../dro_trainer/gui/library_view.py" line="151" />
        <source>In progress: %n of %1 lessons done</source>
        <translation>
            <numerusform>En cours : %n leçon terminée sur %1</numerusform>
            <numerusform>En cours : %n leçons terminées sur %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="152" />
        <source>Not started</source>
        <translation>Pas commencé</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="155" />
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/library_view.py" line="156" />
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../dro_trainer/gui/main_window.py" line="285" />
        <source>Offline training for union Digital Rights Organisers.</source>
        <translation>Formation hors ligne pour les organisateurs et organisatrices syndicaux des droits numériques.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/main_window.py" line="287" />
        <source>Course: %1, version %2, published by %3.</source>
        <translation>Cours : %1, version %2, publié par %3.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/main_window.py" line="289" />
        <source>Your data is kept in: %1</source>
        <translation>Vos données sont conservées ici : %1</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/main_window.py" line="290" />
        <source>About DRO Trainer</source>
        <translation>À propos de DRO Trainer</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/main_window.py" line="311" />
        <source>The interface translation for %1 is missing; the interface stays in English.</source>
        <translation>La traduction de l’interface en %1 est absente ; l’interface reste en anglais.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/main_window.py" line="377" />
        <source>&amp;Interface language</source>
        <translation>Langue de l’&amp;interface</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/main_window.py" line="378" />
        <source>&amp;Course language</source>
        <translation>Langue du &amp;cours</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/main_window.py" line="379" />
        <location filename="../dro_trainer/gui/main_window.py" line="380" />
        <source>Switch profile</source>
        <translation>Changer de profil</translation>
    </message>
</context>
<context>
    <name>ModuleView</name>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="76" />
        <source>This module is not translated into %1 yet; it is shown in %2.</source>
        <translation>Ce module n’est pas encore traduit en %1 ; il s’affiche en %2.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="95" />
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="95" />
        <source>started</source>
        <translation>commencée</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="95" />
        <source>not started</source>
        <translation>pas commencée</translation>
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
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="114" />
        <source>pass mark %1%</source>
        <translation>seuil de réussite : %1 %</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="116" />
        <source>Not attempted yet</source>
        <translation>Pas encore tenté</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="119" />
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="119" />
        <source>not passed yet</source>
        <translation>pas encore réussi</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="120" />
        <source>Best score: %1% (%2)</source>
        <translation>Meilleur score : %1 % (%2)</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="123" />
        <source>&amp;Start the quiz</source>
        <translation>&amp;Commencer le quiz</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="123" />
        <source>&amp;Retake the quiz</source>
        <translation>&amp;Refaire le quiz</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="126" />
        <source>← &amp;Library</source>
        <translation>← &amp;Bibliothèque</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="127" />
        <source>Back to the library</source>
        <translation>Retour à la bibliothèque</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="128" />
        <source>What you will learn</source>
        <translation>Ce que vous allez apprendre</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/module_view.py" line="129" />
        <location filename="../dro_trainer/gui/module_view.py" line="130" />
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
</context>
<context>
    <name>PackManagerDialog</name>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="98" />
        <source>Manage packs</source>
        <translation>Gérer les paquets</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="101" />
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="104" />
        <source>Installed courses</source>
        <translation>Cours installés</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="102" />
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="118" />
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="102" />
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="118" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="102" />
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="118" />
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="102" />
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="118" />
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="102" />
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="103" />
        <source>Translations</source>
        <translation>Traductions</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="107" />
        <source>&amp;Install from a file…</source>
        <translation>&amp;Installer depuis un fichier…</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="108" />
        <source>&amp;Look for packs in a folder…</source>
        <translation>&amp;Chercher des paquets dans un dossier…</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="109" />
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="110" />
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="117" />
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="120" />
        <source>Packs found</source>
        <translation>Paquets trouvés</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="118" />
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="119" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="119" />
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="119" />
        <source>What it changes</source>
        <translation>Ce qui change</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="122" />
        <source>Install the &amp;selected pack</source>
        <translation>Installer le paquet &amp;sélectionné</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="150" />
        <source>bundled with the app</source>
        <translation>fourni avec l’application</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="150" />
        <source>installed from a pack</source>
        <translation>installé depuis un paquet</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="174" />
        <source>%1 complete</source>
        <translation>%1 complète</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="176" />
        <source>%1: %2 missing, %3 outdated</source>
        <translation>%1 : %2 manquant(s), %3 à mettre à jour</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="183" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="208" />
        <source>Cancelled. Nothing was changed.</source>
        <translation>Annulé. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="210" />
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="226" />
        <source>This pack was refused: %1</source>
        <translation>Ce paquet a été refusé : %1</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="212" />
        <source>Something went wrong: %1. Nothing was changed.</source>
        <translation>Un problème est survenu : %1. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="216" />
        <source>Install a pack</source>
        <translation>Installer un paquet</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="216" />
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="357" />
        <source>Course packs (*.dropack)</source>
        <translation>Paquets de cours (*.dropack)</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="221" />
        <source>Checking the pack…</source>
        <translation>Vérification du paquet…</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="228" />
        <source>%1 version %2 from %3
Languages: %4
Size: %5 MB
Signature: %6
Changes: %7</source>
        <translation>%1, version %2, publié par %3
Langues : %4
Taille : %5 Mo
Signature : %6
Changements : %7</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="233" />
        <source>Install this pack?</source>
        <translation>Installer ce paquet ?</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="237" />
        <source>Nobody you trust vouches for this pack. Install it only if you know where it came from.</source>
        <translation>Personne en qui vous avez confiance ne garantit ce paquet. Installez-le seulement si vous savez d’où il vient.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="239" />
        <source>Careful: %1. Install it only if you mean to replace that course.</source>
        <translation>Attention : %1. Ne l’installez que si vous voulez remplacer ce cours.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="244" />
        <source>Trust this key and install</source>
        <translation>Faire confiance à cette clé et installer</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="245" />
        <source>Install</source>
        <translation>Installer</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="245" />
        <source>Install anyway</source>
        <translation>Installer quand même</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="264" />
        <source>signed by %1 (a key you trust)</source>
        <translation>signé par %1 (une clé en laquelle vous avez confiance)</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="266" />
        <source>signed with a key you do not trust yet, which calls itself %1 (fingerprint %2)</source>
        <translation>signé avec une clé à laquelle vous ne faites pas encore confiance, qui se présente comme %1 (empreinte : %2)</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="267" />
        <source>not signed</source>
        <translation>non signé</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="271" />
        <source>adds the language %1 to the course</source>
        <translation>ajoute la langue %1 au cours</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="273" />
        <source>a course not yet on this computer</source>
        <translation>un cours absent de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="275" />
        <source>this version is already here</source>
        <translation>cette version est déjà installée</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="277" />
        <source>from version %1: %2 lessons added, %3 changed, %4 removed</source>
        <translation>depuis la version %1 : %2 leçon(s) ajoutée(s), %3 modifiée(s), %4 retirée(s)</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="289" />
        <source>Installing…</source>
        <translation>Installation…</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="292" />
        <source>%1 version %2 is installed. Everyone's progress is kept.</source>
        <translation>%1, version %2, est installé. La progression de chacun est conservée.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="294" />
        <source>The language %1 is added to %2. Choose it under Language, Course language.</source>
        <translation>La langue %1 est ajoutée à %2. Choisissez-la dans Langue, Langue du cours.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="296" />
        <source>This version is already installed; nothing changed.</source>
        <translation>Cette version est déjà installée ; rien n’a changé.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="303" />
        <source>Look for packs in a folder</source>
        <translation>Chercher des paquets dans un dossier</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="318" />
        <source>Looking for packs…</source>
        <translation>Recherche de paquets…</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="324" />
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="339" />
        <source>No packs were found in that folder.</source>
        <translation>Aucun paquet n’a été trouvé dans ce dossier.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="356" />
        <source>Export a pack</source>
        <translation>Exporter un paquet</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="369" />
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="370" />
        <source>Saved as %1. Carry it on a USB stick and install it with Manage packs.</source>
        <translation>Enregistré sous %1. Emportez-le sur une clé USB et installez-le avec « Gérer les paquets ».</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="380" />
        <source>The course that comes with the app cannot be removed.</source>
        <translation>Le cours fourni avec l’application ne peut pas être supprimé.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/pack_manager_dialog.py" line="382" />
        <source>Remove the installed pack of %1? Everyone's progress and quiz results are kept.</source>
        <translation>Supprimer le paquet installé de %1 ? La progression et les résultats aux quiz de chacun sont conservés.</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../dro_trainer/gui/problems_dialog.py" line="16" />
        <source>Content problems</source>
        <translation>Problèmes de contenu</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/problems_dialog.py" line="19" />
        <source>These parts of the course could not be loaded. Give this list to whoever prepared the course content.</source>
        <translation>Ces parties du cours n’ont pas pu être chargées. Transmettez cette liste à la personne qui a préparé le contenu du cours.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/problems_dialog.py" line="23" />
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
</context>
<context>
    <name>ProfilePickerView</name>
    <message>
        <location filename="../dro_trainer/gui/profile_picker_view.py" line="71" />
        <source>Who is studying?</source>
        <translation>Qui étudie ?</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/profile_picker_view.py" line="72" />
        <source>Each profile keeps its own progress and quiz results on this computer.</source>
        <translation>Chaque profil garde sa propre progression et ses résultats de quiz sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/profile_picker_view.py" line="73" />
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/profile_picker_view.py" line="74" />
        <source>&amp;New profile</source>
        <translation>&amp;Nouveau profil</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/profile_picker_view.py" line="75" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/profile_picker_view.py" line="76" />
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="157" />
        <location filename="../dro_trainer/gui/quiz_view.py" line="267" />
        <source>Question %1 of %2</source>
        <translation>Question %1 sur %2</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="159" />
        <location filename="../dro_trainer/gui/quiz_view.py" line="268" />
        <source>Choose all that apply.</source>
        <translation>Cochez toutes les bonnes réponses.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="159" />
        <location filename="../dro_trainer/gui/quiz_view.py" line="268" />
        <source>Choose one answer.</source>
        <translation>Choisissez une réponse.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="194" />
        <source>See &amp;your result</source>
        <translation>Voir &amp;votre résultat</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="194" />
        <source>&amp;Next question</source>
        <translation>Question &amp;suivante</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="197" />
        <source>&amp;Check answer</source>
        <translation>&amp;Vérifier la réponse</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="225" />
        <source>✓ right answer</source>
        <translation>✓ bonne réponse</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="225" />
        <source>✗ not right</source>
        <translation>✗ réponse incorrecte</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="229" />
        <source>Correct.</source>
        <translation>Exact.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="229" />
        <source>Not quite.</source>
        <translation>Pas tout à fait.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="247" />
        <source>Well done: you passed.</source>
        <translation>Bravo : vous avez réussi.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="247" />
        <source>Not passed yet. Have another go.</source>
        <translation>Pas encore réussi. Faites une nouvelle tentative.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="249" />
        <source>Your score: %1% (%2 of %3 right)</source>
        <translation>Votre score : %1 % (%2 bonnes réponses sur %3)</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="251" />
        <source>Pass mark: %1%. Your best score: %2%. Your result is saved.</source>
        <translation>Seuil de réussite : %1 %. Votre meilleur score : %2 %. Votre résultat est enregistré.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="262" />
        <source>← &amp;Module</source>
        <translation>← &amp;Module</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="263" />
        <source>Leave the quiz and go back to the module</source>
        <translation>Quitter le quiz et revenir au module</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="264" />
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/quiz_view.py" line="265" />
        <source>Back to the &amp;module</source>
        <translation>Retour au &amp;module</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../dro_trainer/gui/app.py" line="77" />
        <source>Your saved progress was written by a newer version of DRO Trainer. Please install that version or a newer one.</source>
        <translation>Votre progression a été enregistrée par une version plus récente de DRO Trainer. Installez cette version ou une version plus récente.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/app.py" line="80" />
        <source>DRO Trainer cannot use your saved progress right now (%1). If DRO Trainer is already open, use that window; otherwise check that the folder %2 can be written to.</source>
        <translation>DRO Trainer ne peut pas utiliser votre progression pour le moment (%1). Si DRO Trainer est déjà ouvert, utilisez cette fenêtre ; sinon, vérifiez que le dossier %2 est accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/app.py" line="83" />
        <source>DRO Trainer could not open your saved progress in %1 (%2). Nothing was changed.</source>
        <translation>DRO Trainer n’a pas pu ouvrir votre progression dans %1 (%2). Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/app.py" line="86" />
        <source>Your saved progress cannot be read (%1) and there is no backup. The file is at %2. Move it away to start afresh, or ask for help.</source>
        <translation>Votre progression enregistrée est illisible (%1) et il n’existe aucune sauvegarde. Le fichier se trouve ici : %2. Déplacez-le pour repartir de zéro, ou demandez de l’aide.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/app.py" line="90" />
        <source>Your saved progress cannot be read (%1). Restore the latest backup? The unreadable file is kept beside it.</source>
        <translation>Votre progression enregistrée est illisible (%1). Restaurer la dernière sauvegarde ? Le fichier illisible est conservé à côté.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/app.py" line="98" />
        <source>No backup could be restored (%1). Nothing was changed.</source>
        <translation>Aucune sauvegarde n’a pu être restaurée (%1). Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../dro_trainer/gui/welcome_view.py" line="103" />
        <source>Welcome to DRO Trainer</source>
        <translation>Bienvenue dans DRO Trainer</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/welcome_view.py" line="104" />
        <source>Training for Digital Rights Organisers: how data, algorithms and AI change work and public services, and what unions can do about it.</source>
        <translation>La formation des organisateurs et organisatrices des droits numériques : comment les données, les algorithmes et l’IA transforment le travail et les services publics, et ce que les syndicats peuvent faire.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/welcome_view.py" line="105" />
        <source>&amp;Interface language</source>
        <translation>Langue de l’&amp;interface</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/welcome_view.py" line="106" />
        <source>&amp;Course language</source>
        <translation>Langue du &amp;cours</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/welcome_view.py" line="107" />
        <source>Your &amp;name or a pseudonym</source>
        <translation>Votre &amp;nom ou un pseudonyme</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/welcome_view.py" line="108" />
        <source>For example: Amina, or Delegate 7</source>
        <translation>Par exemple : Amina, ou Délégué 7</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/welcome_view.py" line="109" />
        <source>Everything you do stays on this computer. Nothing is sent anywhere, and a pseudonym is fine.</source>
        <translation>Tout ce que vous faites reste sur cet ordinateur. Rien n’est envoyé nulle part, et un pseudonyme convient très bien.</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/welcome_view.py" line="110" />
        <source>&amp;Start</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/welcome_view.py" line="111" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/welcome_view.py" line="112" />
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/welcome_view.py" line="113" />
        <source>Course language</source>
        <translation>Langue du cours</translation>
    </message>
    <message>
        <location filename="../dro_trainer/gui/welcome_view.py" line="114" />
        <source>Your name or a pseudonym</source>
        <translation>Votre nom ou un pseudonyme</translation>
    </message>
</context>
</TS>