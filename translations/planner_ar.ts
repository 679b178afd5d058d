<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <location filename="../planner/app.py" line="138"/>
        <location filename="../planner/app.py" line="148"/>
        <source>New workspace</source>
        <translation>مساحة عمل جديدة</translation>
    </message>
    <message>
        <location filename="../planner/app.py" line="139"/>
        <source>That workspace is open. Choose another name.</source>
        <translation>مساحة العمل هذه مفتوحة. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <location filename="../planner/app.py" line="149"/>
        <source>The workspace could not be created: %1</source>
        <translation>تعذّر إنشاء مساحة العمل: %1</translation>
    </message>
    <message>
        <location filename="../planner/app.py" line="175"/>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <location filename="../planner/app.py" line="187"/>
        <source>The backup was restored.</source>
        <translation>تمت استعادة النسخة الاحتياطية.</translation>
    </message>
    <message>
        <location filename="../planner/app.py" line="218"/>
        <location filename="../planner/app.py" line="222"/>
        <source>The workspace could not be opened</source>
        <translation>تعذّر فتح مساحة العمل</translation>
    </message>
    <message>
        <location filename="../planner/app.py" line="226"/>
        <source>A backup from %1 is available. Open a copy of it? The damaged file is left as it is.</source>
        <translation>تتوفر نسخة احتياطية من %1. هل تريد فتح نسخة منها؟ سيبقى الملف التالف كما هو.</translation>
    </message>
    <message>
        <location filename="../planner/app.py" line="229"/>
        <source>Open the backup</source>
        <translation>فتح النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../planner/app.py" line="229"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../planner/ui/backups_dialog.py" line="29"/>
        <location filename="../planner/ui/backups_dialog.py" line="43"/>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <location filename="../planner/ui/backups_dialog.py" line="35"/>
        <source>A backup is taken automatically when the workspace is opened, at most once a day; the last %1 are kept. Restoring replaces the workspace with the backup; the current state is kept as a backup first, so nothing is lost.</source>
        <translation>تُؤخذ نسخة احتياطية تلقائيًا عند فتح مساحة العمل، مرة واحدة في اليوم على الأكثر، ويُحتفظ بآخر %1 نسخ. الاستعادة تضع النسخة الاحتياطية مكان مساحة العمل، بعد حفظ الحالة الحالية نسخةً احتياطية أولًا، فلا يضيع شيء.</translation>
    </message>
    <message>
        <location filename="../planner/ui/backups_dialog.py" line="46"/>
        <source>%1 — %2 KB</source>
        <translation>%1 — %2 ك.ب</translation>
    </message>
    <message>
        <location filename="../planner/ui/backups_dialog.py" line="54"/>
        <source>No backups yet.</source>
        <translation>لا توجد نسخ احتياطية بعد.</translation>
    </message>
    <message>
        <location filename="../planner/ui/backups_dialog.py" line="60"/>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../planner/ui/dialogs.py" line="12"/>
        <source>Workspaces (*.planner);;All files (*)</source>
        <translation>مساحات العمل (*.planner);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>ExportPdfDialog</name>
    <message>
        <location filename="../planner/ui/export_dialog.py" line="49"/>
        <location filename="../planner/ui/export_dialog.py" line="123"/>
        <location filename="../planner/ui/export_dialog.py" line="154"/>
        <location filename="../planner/ui/export_dialog.py" line="162"/>
        <source>Export as PDF</source>
        <translation>تصدير بصيغة PDF</translation>
    </message>
    <message>
        <location filename="../planner/ui/export_dialog.py" line="51"/>
        <source>Campaign plan</source>
        <translation>خطة الحملة</translation>
    </message>
    <message>
        <location filename="../planner/ui/export_dialog.py" line="52"/>
        <source>A month of the content calendar</source>
        <translation>شهر من تقويم المحتوى</translation>
    </message>
    <message>
        <location filename="../planner/ui/export_dialog.py" line="57"/>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <location filename="../planner/ui/export_dialog.py" line="65"/>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <location filename="../planner/ui/export_dialog.py" line="67"/>
        <source>Language of the document</source>
        <translation>لغة المستند</translation>
    </message>
    <message>
        <location filename="../planner/ui/export_dialog.py" line="73"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../planner/ui/export_dialog.py" line="76"/>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location filename="../planner/ui/export_dialog.py" line="123"/>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../planner/ui/export_dialog.py" line="128"/>
        <source>Writing the PDF…</source>
        <translation>جارٍ كتابة ملف PDF…</translation>
    </message>
    <message>
        <location filename="../planner/ui/export_dialog.py" line="155"/>
        <source>The PDF could not be written: %1</source>
        <translation>تعذّرت كتابة ملف PDF: %1</translation>
    </message>
    <message>
        <location filename="../planner/ui/export_dialog.py" line="163"/>
        <source>The PDF was saved to %1</source>
        <translation>حُفظ ملف PDF في %1</translation>
    </message>
    <message>
        <location filename="../planner/ui/export_dialog.py" line="164"/>
        <source>Open the file</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <location filename="../planner/ui/export_dialog.py" line="164"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../planner/labels.py" line="18"/>
        <source>X</source>
        <translation>إكس</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="19"/>
        <source>Instagram</source>
        <translation>إنستغرام</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="20"/>
        <source>Facebook</source>
        <translation>فيسبوك</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="21"/>
        <source>Snapchat</source>
        <translation>سناب شات</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="22"/>
        <source>YouTube</source>
        <translation>يوتيوب</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="23"/>
        <source>LinkedIn</source>
        <translation>لينكد إن</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="24"/>
        <source>TikTok</source>
        <translation>تيك توك</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="25"/>
        <source>WhatsApp channel</source>
        <translation>قناة واتساب</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="29"/>
        <location filename="../planner/labels.py" line="49"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="30"/>
        <source>Awaiting approval</source>
        <translation>بانتظار الاعتماد</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="31"/>
        <location filename="../planner/labels.py" line="51"/>
        <source>Approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="32"/>
        <source>Running</source>
        <translation>جارية</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="33"/>
        <source>Finished</source>
        <translation>منتهية</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="34"/>
        <source>Archived</source>
        <translation>مؤرشفة</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="38"/>
        <source>Awareness</source>
        <translation>توعية</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="39"/>
        <source>Service announcement</source>
        <translation>إعلان خدمة</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="40"/>
        <source>Event</source>
        <translation>فعالية</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="41"/>
        <source>Educational</source>
        <translation>تعليمية</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="42"/>
        <source>Behaviour change</source>
        <translation>تغيير سلوك</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="43"/>
        <source>Crisis response</source>
        <translation>استجابة لأزمة</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="44"/>
        <source>Community and volunteering</source>
        <translation>مجتمع وتطوع</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="48"/>
        <source>Idea</source>
        <translation>فكرة</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="50"/>
        <source>Ready for review</source>
        <translation>جاهز للمراجعة</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="52"/>
        <source>Scheduled</source>
        <translation>مجدول</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="53"/>
        <source>Published</source>
        <translation>تم النشر</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="54"/>
        <source>Paused</source>
        <translation>موقوف مؤقتًا</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="55"/>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="59"/>
        <source>Text</source>
        <translation>نص</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="60"/>
        <source>Image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="61"/>
        <source>Carousel</source>
        <translation>صور متتابعة</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="62"/>
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="63"/>
        <source>Reel / short</source>
        <translation>مقطع قصير</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="64"/>
        <source>Story</source>
        <translation>قصة</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="65"/>
        <source>Live</source>
        <translation>بث مباشر</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="66"/>
        <source>Thread</source>
        <translation>سلسلة</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="70"/>
        <source>Reach</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="71"/>
        <source>Impressions</source>
        <translation>مرات الظهور</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="72"/>
        <source>Engagement rate</source>
        <translation>معدل التفاعل</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="73"/>
        <source>Followers gained</source>
        <translation>المتابعون الجدد</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="74"/>
        <source>Response time</source>
        <translation>زمن الاستجابة</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="75"/>
        <source>Site visits</source>
        <translation>زيارات الموقع</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="76"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="80"/>
        <source>The file does not exist.</source>
        <translation>الملف غير موجود.</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="81"/>
        <source>The file is empty: it holds no workspace.</source>
        <translation>الملف فارغ: لا يحتوي على مساحة عمل.</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="82"/>
        <source>This is not a workspace file of the Campaign Planner.</source>
        <translation>هذا ليس ملف مساحة عمل لمخطط الحملات.</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="85"/>
        <source>The workspace file is damaged (truncated or corrupt) and cannot be opened.</source>
        <translation>ملف مساحة العمل تالف (مبتور أو معطوب) ولا يمكن فتحه.</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="88"/>
        <source>This database was not made by the Campaign Planner.</source>
        <translation>قاعدة البيانات هذه لم يُنشئها مخطط الحملات.</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="91"/>
        <source>This workspace was saved by a newer version of the Campaign Planner. Update the program to open it; the file was left untouched.</source>
        <translation>حُفظت مساحة العمل هذه بإصدار أحدث من مخطط الحملات. حدّث البرنامج لفتحها؛ لم يُمس الملف.</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="96"/>
        <source>The workspace is in use by another program. Close it and try again.</source>
        <translation>مساحة العمل مستخدمة في برنامج آخر. أغلقه وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="99"/>
        <source>The disk is full: the change could not be saved.</source>
        <translation>القرص ممتلئ: تعذّر حفظ التغيير.</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="102"/>
        <source>The workspace file is read-only: changes cannot be saved.</source>
        <translation>ملف مساحة العمل للقراءة فقط: لا يمكن حفظ التغييرات.</translation>
    </message>
    <message>
        <location filename="../planner/labels.py" line="105"/>
        <source>The file&apos;s contents are not valid.</source>
        <translation>محتوى الملف غير صالح.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../planner/ui/main_window.py" line="68"/>
        <source>Navigation</source>
        <translation>التنقل</translation>
    </message>
    <message>
        <location filename="../planner/ui/main_window.py" line="114"/>
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <location filename="../planner/ui/main_window.py" line="95"/>
        <source>%1 — Campaign Planner</source>
        <translation>%1 — مخطط الحملات</translation>
    </message>
    <message>
        <location filename="../planner/ui/main_window.py" line="150"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../planner/ui/main_window.py" line="152"/>
        <source>&amp;New workspace…</source>
        <translation>مساحة عمل &amp;جديدة…</translation>
    </message>
    <message>
        <location filename="../planner/ui/main_window.py" line="155"/>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <location filename="../planner/ui/main_window.py" line="157"/>
        <source>Open &amp;recent</source>
        <translation>فتح &amp;الأخيرة</translation>
    </message>
    <message>
        <location filename="../planner/ui/main_window.py" line="162"/>
        <source>Save a &amp;copy as…</source>
        <translation>حفظ &amp;نسخة باسم…</translation>
    </message>
    <message>
        <location filename="../planner/ui/main_window.py" line="167"/>
        <source>&amp;Backups…</source>
        <translation>النسخ &amp;الاحتياطية…</translation>
    </message>
    <message>
        <location filename="../planner/ui/main_window.py" line="171"/>
        <source>Export as &amp;PDF…</source>
        <translation>تصدير بصيغة &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../planner/ui/main_window.py" line="180"/>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <location filename="../planner/ui/main_window.py" line="182"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../planner/ui/main_window.py" line="104"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../planner/ui/main_window.py" line="91"/>
        <source>Opening the workspace…</source>
        <translation>جارٍ فتح مساحة العمل…</translation>
    </message>
    <message>
        <location filename="../planner/ui/main_window.py" line="107"/>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../planner/ui/main_window.py" line="184"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../planner/ui/main_window.py" line="185"/>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <location filename="../planner/ui/main_window.py" line="194"/>
        <source>&amp;Digits</source>
        <translation>الأ&amp;رقام</translation>
    </message>
    <message>
        <location filename="../planner/ui/main_window.py" line="197"/>
        <source>Arabic-Indic (١٢٣)</source>
        <translation>هندية عربية (١٢٣)</translation>
    </message>
    <message>
        <location filename="../planner/ui/main_window.py" line="198"/>
        <source>Latin (123)</source>
        <translation>لاتينية (123)</translation>
    </message>
    <message>
        <location filename="../planner/ui/main_window.py" line="211"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../planner/ui/main_window.py" line="213"/>
        <source>&amp;About the Campaign Planner</source>
        <translation>&amp;عن مخطط الحملات</translation>
    </message>
    <message>
        <location filename="../planner/ui/main_window.py" line="239"/>
        <source>No recent workspaces</source>
        <translation>لا توجد مساحات عمل حديثة</translation>
    </message>
    <message>
        <location filename="../planner/ui/main_window.py" line="244"/>
        <source>New workspace</source>
        <translation>مساحة عمل جديدة</translation>
    </message>
    <message>
        <location filename="../planner/ui/main_window.py" line="244"/>
        <source>workspace.planner</source>
        <translation>مساحة-العمل.planner</translation>
    </message>
    <message>
        <location filename="../planner/ui/main_window.py" line="250"/>
        <source>Open workspace</source>
        <translation>فتح مساحة عمل</translation>
    </message>
    <message>
        <location filename="../planner/ui/main_window.py" line="262"/>
        <location filename="../planner/ui/main_window.py" line="272"/>
        <location filename="../planner/ui/main_window.py" line="281"/>
        <source>Save a copy as</source>
        <translation>حفظ نسخة باسم</translation>
    </message>
    <message>
        <location filename="../planner/ui/main_window.py" line="273"/>
        <source>Choose another name: this is the workspace that is open.</source>
        <translation>اختر اسمًا آخر: هذه هي مساحة العمل المفتوحة.</translation>
    </message>
    <message>
        <location filename="../planner/ui/main_window.py" line="282"/>
        <source>The copy could not be written: %1</source>
        <translation>تعذّرت كتابة النسخة: %1</translation>
    </message>
    <message>
        <location filename="../planner/ui/main_window.py" line="285"/>
        <source>A copy was saved to %1</source>
        <translation>حُفظت نسخة في %1</translation>
    </message>
    <message>
        <location filename="../planner/ui/main_window.py" line="299"/>
        <source>About the Campaign Planner</source>
        <translation>عن مخطط الحملات</translation>
    </message>
    <message>
        <location filename="../planner/ui/main_window.py" line="301"/>
        <source>Campaign Planner %1

Plan a government body&apos;s media campaigns, content calendar and visual identity, offline.
Fonts: Noto Sans Arabic and Noto Sans (SIL Open Font License). Icons: Font Awesome Free (CC BY 4.0).</source>
        <translation>مخطط الحملات %1

خطّط الحملات الإعلامية لجهتك الحكومية وتقويم المحتوى والهوية البصرية، دون اتصال بالإنترنت.
الخطوط: Noto Sans Arabic وNoto Sans (رخصة SIL للخطوط المفتوحة). الأيقونات: Font Awesome Free (CC BY 4.0).</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <location filename="../planner/ui/screens.py" line="106"/>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <location filename="../planner/ui/screens.py" line="107"/>
        <source>Campaigns</source>
        <translation>الحملات</translation>
    </message>
    <message>
        <location filename="../planner/ui/screens.py" line="108"/>
        <source>Content calendar</source>
        <translation>تقويم المحتوى</translation>
    </message>
    <message>
        <location filename="../planner/ui/screens.py" line="109"/>
        <source>Visual identity</source>
        <translation>الهوية البصرية</translation>
    </message>
    <message>
        <location filename="../planner/ui/screens.py" line="110"/>
        <source>Audience</source>
        <translation>الجمهور</translation>
    </message>
    <message>
        <location filename="../planner/ui/screens.py" line="111"/>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <location filename="../planner/ui/screens.py" line="112"/>
        <source>Crisis &amp; security</source>
        <translation>الأزمات وأمن الحسابات</translation>
    </message>
</context>
</TS>
