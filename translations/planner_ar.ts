<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <source>The program met an error it did not expect. What was saved before is safe in the workspace file; check your last change.</source>
        <translation>واجه البرنامج خطأً غير متوقَّع. ما حُفظ من قبل محفوظ في ملف مساحة العمل؛ تحقّق من آخر تغيير أجريته.</translation>
    </message>
    <message>
        <source>The details are kept in %1.</source>
        <translation>التفاصيل محفوظة في %1.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>حدث خطأ</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>مساحة عمل جديدة</translation>
    </message>
    <message>
        <source>That workspace is open. Choose another name.</source>
        <translation>مساحة العمل هذه مفتوحة. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>The workspace could not be created: %1</source>
        <translation>تعذّر إنشاء مساحة العمل: %1</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>تمت استعادة النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>The workspace could not be opened</source>
        <translation>تعذّر فتح مساحة العمل</translation>
    </message>
    <message>
        <source>A backup from %1 is available. Open a copy of it? The damaged file is left as it is.</source>
        <translation>تتوفر نسخة احتياطية من %1. هل تريد فتح نسخة منها؟ سيبقى الملف التالف كما هو.</translation>
    </message>
    <message>
        <source>Open the backup</source>
        <translation>فتح النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>Approval</name>
    <message>
        <source>Approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <source>Returned with comments</source>
        <translation>أُعيدت مع ملاحظات</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>لم تُرفع للاعتماد</translation>
    </message>
    <message>
        <source>Submitted, awaiting a decision</source>
        <translation>مرفوعة للاعتماد، بانتظار القرار</translation>
    </message>
    <message>
        <source>Approved, unchanged since</source>
        <translation>معتمدة، لم تتغير منذ اعتمادها</translation>
    </message>
    <message>
        <source>Changed since its approval</source>
        <translation>تغيّرت منذ اعتمادها</translation>
    </message>
    <message>
        <source>Nothing has changed since the latest version: there is nothing to submit.</source>
        <translation>لم يتغير شيء منذ آخر إصدار: لا جديد يُرفع للاعتماد.</translation>
    </message>
    <message>
        <source>The latest version awaits a decision and the plan has not changed since: record the decision first.</source>
        <translation>آخر إصدار بانتظار القرار ولم تتغير الخطة منذ رفعه: سجّل القرار أولًا.</translation>
    </message>
    <message>
        <source>A decision can be recorded on the latest version only.</source>
        <translation>لا يُسجَّل القرار إلا على آخر إصدار.</translation>
    </message>
    <message>
        <source>A decision is already recorded on this version.</source>
        <translation>سُجّل قرار على هذا الإصدار من قبل.</translation>
    </message>
    <message>
        <source>Give the approver&apos;s name.</source>
        <translation>اكتب اسم صاحب الاعتماد.</translation>
    </message>
    <message>
        <source>The decision&apos;s date is before the version was submitted.</source>
        <translation>تاريخ القرار يسبق تاريخ رفع الإصدار.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>الخطة</translation>
    </message>
    <message>
        <source>Objective %1</source>
        <translation>الهدف %1</translation>
    </message>
    <message>
        <source>Indicators of objective %1</source>
        <translation>مؤشرات الهدف %1</translation>
    </message>
    <message>
        <source>Key message %1</source>
        <translation>الرسالة الرئيسية %1</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>المرحلة %1</translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation>الميزانية: %1</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>التقرير %1</translation>
    </message>
    <message>
        <source>Partner %1</source>
        <translation>الشريك %1</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>اسم الحملة</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>الاسم بالإنجليزية</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>إعداد</translation>
    </message>
    <message>
        <source>Aim</source>
        <translation>الغاية</translation>
    </message>
    <message>
        <source>Proposition</source>
        <translation>الفكرة المحورية</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>الوسوم</translation>
    </message>
    <message numerus="yes">
        <source>%n changes since approval</source>
        <translation>
            <numerusform>لا تغييرات منذ الاعتماد</numerusform>
            <numerusform>تغيير واحد منذ الاعتماد</numerusform>
            <numerusform>تغييران منذ الاعتماد</numerusform>
            <numerusform>%n تغييرات منذ الاعتماد</numerusform>
            <numerusform>%n تغييرًا منذ الاعتماد</numerusform>
            <numerusform>%n تغيير منذ الاعتماد</numerusform>
        </translation>
    </message>
    <message>
        <source>Post added</source>
        <translation>منشور مضاف</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>منشور محذوف</translation>
    </message>
    <message>
        <source>Post moved</source>
        <translation>منشور نُقل موعده</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>تغيّرت الحالة</translation>
    </message>
    <message>
        <source>Platforms changed</source>
        <translation>تغيّرت المنصات</translation>
    </message>
    <message>
        <source>Shared text changed</source>
        <translation>تغيّر النص المشترك</translation>
    </message>
    <message>
        <source>%1 text changed</source>
        <translation>تغيّر نص %1</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>غير مجدول</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>A backup is taken automatically when the workspace is opened, at most once a day; the last %1 are kept. Restoring replaces the workspace with the backup; the current state is kept as a backup first, so nothing is lost.</source>
        <translation>تُؤخذ نسخة احتياطية تلقائيًا عند فتح مساحة العمل، مرة واحدة في اليوم على الأكثر، ويُحتفظ بآخر %1 نسخ. الاستعادة تضع النسخة الاحتياطية مكان مساحة العمل، بعد حفظ الحالة الحالية نسخةً احتياطية أولًا، فلا يضيع شيء.</translation>
    </message>
    <message>
        <source>%1 — %2 KB</source>
        <translation>%1 — %2 ك.ب</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>لا توجد نسخ احتياطية بعد.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>cancelled: nothing written</source>
        <translation>أُلغي: لم يُكتب شيء</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Workspaces (*.planner);;All files (*)</source>
        <translation>مساحات العمل (*.planner);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>نسخ التفاصيل</translation>
    </message>
</context>
<context>
    <name>ExportPdf</name>
    <message>
        <source>The plan would run to about %1 pages, more than the %2 a PDF export makes. Shorten the posts&apos; texts or split the campaign.</source>
        <translation>ستبلغ الخطة نحو %1 صفحة، أكثر من %2 صفحة يصدّرها ملف PDF. اختصر نصوص المنشورات أو قسّم الحملة.</translation>
    </message>
</context>
<context>
    <name>ExportPdfDialog</name>
    <message>
        <source>Export as PDF</source>
        <translation>تصدير بصيغة PDF</translation>
    </message>
    <message>
        <source>Campaign plan</source>
        <translation>خطة الحملة</translation>
    </message>
    <message>
        <source>A month of the content calendar</source>
        <translation>شهر من تقويم المحتوى</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <source>Version of the plan</source>
        <translation>إصدار الخطة</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>لغة المستند</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>As it is now</source>
        <translation>كما هي الآن</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>جارٍ كتابة ملف PDF…</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>تعذّرت كتابة ملف PDF: %1</translation>
    </message>
    <message>
        <source>The export stopped on an unexpected problem and wrote nothing. The details are in the program&apos;s log: %1</source>
        <translation>توقف التصدير بسبب مشكلة غير متوقعة ولم يُكتب أي ملف. التفاصيل في سجل البرنامج: %1</translation>
    </message>
    <message>
        <source>The PDF was saved to %1</source>
        <translation>حُفظ ملف PDF في %1</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>X</source>
        <translation>إكس</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>إنستغرام</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>فيسبوك</translation>
    </message>
    <message>
        <source>Snapchat</source>
        <translation>سناب شات</translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation>يوتيوب</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>لينكد إن</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>تيك توك</translation>
    </message>
    <message>
        <source>WhatsApp channel</source>
        <translation>قناة واتساب</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>بانتظار الاعتماد</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>جارية</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>منتهية</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>مؤرشفة</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>توعية</translation>
    </message>
    <message>
        <source>Service announcement</source>
        <translation>إعلان خدمة</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>فعالية</translation>
    </message>
    <message>
        <source>Educational</source>
        <translation>تعليمية</translation>
    </message>
    <message>
        <source>Behaviour change</source>
        <translation>تغيير سلوك</translation>
    </message>
    <message>
        <source>Crisis response</source>
        <translation>استجابة لأزمة</translation>
    </message>
    <message>
        <source>Community and volunteering</source>
        <translation>مجتمع وتطوع</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>فكرة</translation>
    </message>
    <message>
        <source>Ready for review</source>
        <translation>جاهز للمراجعة</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>مجدول</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>تم النشر</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>موقوف مؤقتًا</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>Carousel</source>
        <translation>صور متتابعة</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <source>Reel / short</source>
        <translation>مقطع قصير</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>قصة</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>بث مباشر</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>سلسلة</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>مرات الظهور</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>معدل التفاعل</translation>
    </message>
    <message>
        <source>Followers gained</source>
        <translation>المتابعون الجدد</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>زمن الاستجابة</translation>
    </message>
    <message>
        <source>Site visits</source>
        <translation>زيارات الموقع</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>الملف غير موجود.</translation>
    </message>
    <message>
        <source>The file is empty: it holds no workspace.</source>
        <translation>الملف فارغ: لا يحتوي على مساحة عمل.</translation>
    </message>
    <message>
        <source>This is not a workspace file of the Campaign Planner.</source>
        <translation>هذا ليس ملف مساحة عمل لمخطط الحملات.</translation>
    </message>
    <message>
        <source>The workspace file is damaged (truncated or corrupt) and cannot be opened.</source>
        <translation>ملف مساحة العمل تالف (مبتور أو معطوب) ولا يمكن فتحه.</translation>
    </message>
    <message>
        <source>This database was not made by the Campaign Planner.</source>
        <translation>قاعدة البيانات هذه لم يُنشئها مخطط الحملات.</translation>
    </message>
    <message>
        <source>This workspace was saved by a newer version of the Campaign Planner. Update the program to open it; the file was left untouched.</source>
        <translation>حُفظت مساحة العمل هذه بإصدار أحدث من مخطط الحملات. حدّث البرنامج لفتحها؛ لم يُمس الملف.</translation>
    </message>
    <message>
        <source>The workspace is in use by another program. Close it and try again.</source>
        <translation>مساحة العمل مستخدمة في برنامج آخر. أغلقه وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The disk is full: the change could not be saved.</source>
        <translation>القرص ممتلئ: تعذّر حفظ التغيير.</translation>
    </message>
    <message>
        <source>The workspace file is read-only: changes cannot be saved.</source>
        <translation>ملف مساحة العمل للقراءة فقط: لا يمكن حفظ التغييرات.</translation>
    </message>
    <message>
        <source>The file&apos;s contents are not valid.</source>
        <translation>محتوى الملف غير صالح.</translation>
    </message>
    <message>
        <source>This is a folder, not a workspace file. Choose the file inside it.</source>
        <translation>هذا مجلد وليس ملف مساحة عمل. اختر الملف الذي بداخله.</translation>
    </message>
    <message>
        <source>The file cannot be read: this user has no permission to open it.</source>
        <translation>لا يمكن قراءة الملف: ليس لهذا المستخدم إذن بفتحه.</translation>
    </message>
    <message>
        <source>The folder that holds the workspace is read-only: the workspace cannot be opened for changes there. Copy it to a folder you can write to.</source>
        <translation>المجلد الذي يحوي مساحة العمل للقراءة فقط: لا يمكن فتح مساحة العمل فيه لحفظ التغييرات. انسخها إلى مجلد يمكنك الكتابة فيه.</translation>
    </message>
    <message>
        <source>The backups cannot be written: their folder is missing, is a file, or is read-only.</source>
        <translation>لا يمكن كتابة النسخ الاحتياطية: مجلدها مفقود أو هو ملف أو للقراءة فقط.</translation>
    </message>
    <message>
        <source>There is not enough free space on the disk for the workspace&apos;s daily backup. Free some space and open it again; nothing was changed.</source>
        <translation>لا توجد مساحة فارغة كافية على القرص للنسخة الاحتياطية اليومية لمساحة العمل. أفرغ بعض المساحة ثم افتحها مجددًا؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>the table “%1” is missing</source>
        <translation>الجدول “%1” مفقود</translation>
    </message>
    <message>
        <source>“%1” holds values this program does not know (rows: %2)</source>
        <translation>في “%1” قيم لا يعرفها البرنامج (عدد الصفوف: %2)</translation>
    </message>
    <message>
        <source>“%1” holds impossible dates or dates outside %3–%4 (rows: %2)</source>
        <translation>في “%1” تواريخ مستحيلة أو خارج المدة من %3 إلى %4 (عدد الصفوف: %2)</translation>
    </message>
    <message>
        <source>“%1” refers to rows that no longer exist (rows: %2)</source>
        <translation>في “%1” إشارات إلى صفوف لم تعد موجودة (عدد الصفوف: %2)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>التنقل</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>%1 — Campaign Planner</source>
        <translation>%1 — مخطط الحملات</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>مساحة عمل &amp;جديدة…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>فتح &amp;الأخيرة</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>حفظ &amp;نسخة باسم…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>النسخ &amp;الاحتياطية…</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>تصدير بصيغة &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>جارٍ فتح مساحة العمل…</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>لم يُحفظ التغيير</translation>
    </message>
    <message>
        <source>“%1” was not saved and was taken off the undo list.</source>
        <translation>لم يُحفظ «%1» وأُزيل من قائمة التراجع.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <source>&amp;Digits</source>
        <translation>الأ&amp;رقام</translation>
    </message>
    <message>
        <source>Arabic-Indic (١٢٣)</source>
        <translation>هندية عربية (١٢٣)</translation>
    </message>
    <message>
        <source>Latin (123)</source>
        <translation>لاتينية (123)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;About the Campaign Planner</source>
        <translation>&amp;عن مخطط الحملات</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>لا توجد مساحات عمل حديثة</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>مساحة عمل جديدة</translation>
    </message>
    <message>
        <source>workspace.planner</source>
        <translation>مساحة-العمل.planner</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>فتح مساحة عمل</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>حفظ نسخة باسم</translation>
    </message>
    <message>
        <source>Choose another name: this is the workspace that is open.</source>
        <translation>اختر اسمًا آخر: هذه هي مساحة العمل المفتوحة.</translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation>تعذّرت كتابة النسخة: %1</translation>
    </message>
    <message>
        <source>A copy was saved to %1</source>
        <translation>حُفظت نسخة في %1</translation>
    </message>
    <message>
        <source>About the Campaign Planner</source>
        <translation>عن مخطط الحملات</translation>
    </message>
    <message>
        <source>Campaign Planner %1

Plan a government body&apos;s media campaigns, content calendar and visual identity, offline.
Fonts: Noto Sans Arabic and Noto Sans (SIL Open Font License). Icons: Font Awesome Free (CC BY 4.0).</source>
        <translation>مخطط الحملات %1

خطّط الحملات الإعلامية لجهتك الحكومية وتقويم المحتوى والهوية البصرية، دون اتصال بالإنترنت.
الخطوط: Noto Sans Arabic وNoto Sans (رخصة SIL للخطوط المفتوحة). الأيقونات: Font Awesome Free (CC BY 4.0).</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>أُلغي: لم يُكتب شيء.</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>الحملات</translation>
    </message>
    <message>
        <source>Content calendar</source>
        <translation>تقويم المحتوى</translation>
    </message>
    <message>
        <source>Visual identity</source>
        <translation>الهوية البصرية</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>الجمهور</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <source>Crisis &amp; security</source>
        <translation>الأزمات وأمن الحسابات</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>The workspace file could not be written (%1). The change was not saved.</source>
        <translation>تعذّرت الكتابة في ملف مساحة العمل (%1). لم يُحفظ التغيير.</translation>
    </message>
</context>
</TS>
