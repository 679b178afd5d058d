<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>ApprovalPanel</name>
    <message>
        <source>Submit for approval</source>
        <translation>رفع للاعتماد</translation>
    </message>
    <message>
        <source>Freeze the plan as it is now as a new version, to be approved</source>
        <translation>تثبيت الخطة كما هي الآن إصدارًا جديدًا يُرفع للاعتماد</translation>
    </message>
    <message>
        <source>Record the decision…</source>
        <translation>تسجيل القرار…</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>تاريخ الرفع</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>صاحب الاعتماد</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>الإصدارات</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>نوع التغيير</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>كل التغييرات</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>المنشورات</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>النصوص</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>الخطة</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>كل المنصات</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>المنشور</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>Changes since approval</source>
        <translation>التغييرات منذ الاعتماد</translation>
    </message>
    <message>
        <source>Awaiting a decision</source>
        <translation>بانتظار القرار</translation>
    </message>
    <message>
        <source>No version of this plan has been approved yet: there is nothing to compare.</source>
        <translation>لم يُعتمد أي إصدار من هذه الخطة بعد: لا شيء للمقارنة.</translation>
    </message>
    <message>
        <source>Changes since version %1</source>
        <translation>التغييرات منذ الإصدار %1</translation>
    </message>
    <message>
        <source>No change of this kind since the approved version.</source>
        <translation>لا تغيير من هذا النوع منذ الإصدار المعتمد.</translation>
    </message>
    <message>
        <source>Nothing has changed since the approved version.</source>
        <translation>لم يتغير شيء منذ الإصدار المعتمد.</translation>
    </message>
    <message>
        <source>Submit version %1 for approval</source>
        <translation>رفع الإصدار %1 للاعتماد</translation>
    </message>
    <message>
        <source>Version %1 submitted for approval</source>
        <translation>رُفع الإصدار %1 للاعتماد</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>تسجيل القرار</translation>
    </message>
    <message>
        <source>Record the decision on version %1</source>
        <translation>تسجيل القرار على الإصدار %1</translation>
    </message>
</context>
<context>
    <name>AudienceSection</name>
    <message>
        <source>Segments</source>
        <translation>الشرائح</translation>
    </message>
    <message>
        <source>The workspace has no segments yet. Add them on the Audience &amp; accounts screen, then choose them here.</source>
        <translation>لا توجد شرائح في مساحة العمل بعد. أضفها في شاشة الجمهور والحسابات، ثم اخترها هنا.</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>ما نعرفه عنها</translation>
    </message>
    <message>
        <source>What do we know about this segment that the campaign can build on?</source>
        <translation>ما الذي نعرفه عن هذه الشريحة ويمكن أن تبني عليه الحملة؟</translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation>العوائق</translation>
    </message>
    <message>
        <source>What stops them from acting as we hope?</source>
        <translation>ما الذي يمنعها من التصرف كما نأمل؟</translation>
    </message>
    <message>
        <source>Target segments</source>
        <translation>الشرائح المستهدفة</translation>
    </message>
    <message>
        <source>Tick the segments the campaign speaks to.</source>
        <translation>علّم الشرائح التي تخاطبها الحملة.</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>الجمهور</translation>
    </message>
    <message>
        <source>Target a segment</source>
        <translation>استهداف شريحة</translation>
    </message>
    <message>
        <source>Stop targeting a segment</source>
        <translation>إلغاء استهداف شريحة</translation>
    </message>
    <message>
        <source>Edit the insight</source>
        <translation>تعديل ما نعرفه عن الشريحة</translation>
    </message>
    <message>
        <source>Edit the barriers</source>
        <translation>تعديل العوائق</translation>
    </message>
    <message>
        <source>Tick this segment to target it and write what we know about it.</source>
        <translation>علّم هذه الشريحة لاستهدافها، ثم اكتب ما نعرفه عنها.</translation>
    </message>
</context>
<context>
    <name>CampaignActions</name>
    <message>
        <source>New campaign…</source>
        <translation>حملة جديدة…</translation>
    </message>
    <message>
        <source>Start a campaign from its type&apos;s template</source>
        <translation>ابدأ حملة من قالب نوعها</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Open the campaign&apos;s plan</source>
        <translation>فتح خطة الحملة</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>نسخ…</translation>
    </message>
    <message>
        <source>Copy the campaign and its posts to new dates</source>
        <translation>نسخ الحملة ومنشوراتها إلى تواريخ جديدة</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <source>Put the campaign away; it keeps everything and can be restored</source>
        <translation>نقل الحملة إلى الأرشيف؛ تحتفظ بكل شيء ويمكن استعادتها</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Bring an archived campaign back</source>
        <translation>إعادة حملة مؤرشفة</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>إعادة التسمية</translation>
    </message>
    <message>
        <source>Rename the campaign</source>
        <translation>إعادة تسمية الحملة</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete the campaign with its posts (undoable)</source>
        <translation>حذف الحملة مع منشوراتها (يمكن التراجع)</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>حملة جديدة</translation>
    </message>
    <message>
        <source>Campaign created from the template</source>
        <translation>أُنشئت الحملة من القالب</translation>
    </message>
    <message>
        <source>Duplicate campaign</source>
        <translation>نسخ الحملة</translation>
    </message>
    <message numerus="yes">
        <source>Campaign duplicated with %n posts</source>
        <translation>
            <numerusform>نُسخت الحملة بلا منشورات</numerusform>
            <numerusform>نُسخت الحملة مع منشور واحد</numerusform>
            <numerusform>نُسخت الحملة مع منشورين</numerusform>
            <numerusform>نُسخت الحملة مع %n منشورات</numerusform>
            <numerusform>نُسخت الحملة مع %n منشورًا</numerusform>
            <numerusform>نُسخت الحملة مع %n منشور</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive campaign</source>
        <translation>أرشفة الحملة</translation>
    </message>
    <message>
        <source>Campaign archived. Choose “Archived” in the status filter to see it again.</source>
        <translation>أُرشفت الحملة. اختر «مؤرشفة» في تصفية الحالة لتراها من جديد.</translation>
    </message>
    <message>
        <source>Restore campaign</source>
        <translation>استعادة الحملة</translation>
    </message>
    <message>
        <source>Campaign restored</source>
        <translation>استُعيدت الحملة</translation>
    </message>
</context>
<context>
    <name>CampaignEditor</name>
    <message>
        <source>All campaigns</source>
        <translation>كل الحملات</translation>
    </message>
    <message>
        <source>Back to the list of campaigns (%1)</source>
        <translation>العودة إلى قائمة الحملات (%1)</translation>
    </message>
    <message>
        <source>Back to the list of campaigns</source>
        <translation>العودة إلى قائمة الحملات</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>الاعتماد</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Some changes are not saved because of the problems marked in red. Leave the campaign and drop them?</source>
        <translation>بعض التغييرات لم تُحفظ بسبب المشكلات المعلَّمة باللون الأحمر. هل تغادر الحملة وتتخلى عنها؟</translation>
    </message>
    <message>
        <source>Campaign saved</source>
        <translation>تم حفظ الحملة</translation>
    </message>
    <message numerus="yes">
        <source>%n problems to correct</source>
        <translation>
            <numerusform>لا مشكلات</numerusform>
            <numerusform>مشكلة واحدة يجب تصحيحها</numerusform>
            <numerusform>مشكلتان يجب تصحيحهما</numerusform>
            <numerusform>%n مشكلات يجب تصحيحها</numerusform>
            <numerusform>%n مشكلةً يجب تصحيحها</numerusform>
            <numerusform>%n مشكلة يجب تصحيحها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved: correct the %n marked problems</source>
        <translation>
            <numerusform>لم يُحفظ</numerusform>
            <numerusform>لم يُحفظ: صحّح المشكلة المعلَّمة</numerusform>
            <numerusform>لم يُحفظ: صحّح المشكلتين المعلَّمتين</numerusform>
            <numerusform>لم يُحفظ: صحّح المشكلات المعلَّمة (%n مشكلات)</numerusform>
            <numerusform>لم يُحفظ: صحّح المشكلات المعلَّمة (%n مشكلةً)</numerusform>
            <numerusform>لم يُحفظ: صحّح المشكلات المعلَّمة (%n مشكلة)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every change is saved</source>
        <translation>كل التغييرات محفوظة</translation>
    </message>
</context>
<context>
    <name>CampaignExchange</name>
    <message>
        <source>Campaign files (*.json);;All files (*)</source>
        <translation>ملفات الحملات (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>&amp;Export campaign…</source>
        <translation>&amp;تصدير حملة…</translation>
    </message>
    <message>
        <source>Write the chosen campaign, its posts, segments and accounts to one file for a colleague</source>
        <translation>كتابة الحملة المختارة ومنشوراتها وشرائحها وحساباتها في ملف واحد لزميل</translation>
    </message>
    <message>
        <source>&amp;Import campaign…</source>
        <translation>ا&amp;ستيراد حملة…</translation>
    </message>
    <message>
        <source>Add a campaign from a colleague&apos;s campaign file</source>
        <translation>إضافة حملة من ملف حملة أرسله زميل</translation>
    </message>
    <message>
        <source>Export campaign</source>
        <translation>تصدير حملة</translation>
    </message>
    <message>
        <source>Choose a campaign in the list of campaigns first.</source>
        <translation>اختر حملة من قائمة الحملات أولًا.</translation>
    </message>
    <message>
        <source>Writing the campaign file…</source>
        <translation>جارٍ كتابة ملف الحملة…</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>تعذّرت كتابة الملف: %1</translation>
    </message>
    <message>
        <source>The export stopped on an unexpected problem and wrote nothing. The details are in the program&apos;s log: %1</source>
        <translation>توقف التصدير بسبب مشكلة غير متوقعة ولم يُكتب أي ملف. التفاصيل في سجل البرنامج: %1</translation>
    </message>
    <message>
        <source>Campaign exported to %1</source>
        <translation>صُدّرت الحملة إلى %1</translation>
    </message>
    <message>
        <source>Import campaign</source>
        <translation>استيراد حملة</translation>
    </message>
    <message>
        <source>The campaign file cannot be imported; nothing was changed.</source>
        <translation>لا يمكن استيراد ملف الحملة؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The workspace already has a campaign named “%1”.</source>
        <translation>في مساحة العمل حملة باسم «%1».</translation>
    </message>
    <message>
        <source>Import under a new name</source>
        <translation>الاستيراد باسم جديد</translation>
    </message>
    <message>
        <source>Replace the existing campaign</source>
        <translation>استبدال الحملة الموجودة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Importing the campaign…</source>
        <translation>جارٍ استيراد الحملة…</translation>
    </message>
    <message>
        <source>Campaign imported: %1</source>
        <translation>استُوردت الحملة: %1</translation>
    </message>
</context>
<context>
    <name>CampaignLabels</name>
    <message>
        <source>The text holds a broken character that cannot be saved.</source>
        <translation>في النص حرف تالف لا يمكن حفظه.</translation>
    </message>
    <message>
        <source>The number is too large: at most a million billion (10^15).</source>
        <translation>الرقم أكبر من المسموح: مليون مليار على الأكثر.</translation>
    </message>
    <message>
        <source>The date must fall between %1 and %2.</source>
        <translation>يجب أن يقع التاريخ بين عامي %1 و%2.</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>اكتب اسم الحملة.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>تاريخ النهاية يسبق تاريخ البداية.</translation>
    </message>
    <message>
        <source>Write the colour as # followed by six hexadecimal digits.</source>
        <translation>اكتب اللون بالصيغة # متبوعة بستة أرقام ست عشرية.</translation>
    </message>
    <message>
        <source>A hashtag needs a word after # and no spaces.</source>
        <translation>الوسم يحتاج إلى كلمة بعد # ودون مسافات.</translation>
    </message>
    <message>
        <source>Write the objective.</source>
        <translation>اكتب الهدف.</translation>
    </message>
    <message>
        <source>The campaign has no objective yet: add at least one.</source>
        <translation>لا يوجد للحملة هدف بعد: أضف هدفًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>This objective has no KPI: add one so that it can be measured.</source>
        <translation>هذا الهدف بلا مؤشر أداء رئيسي: أضف مؤشرًا ليمكن قياسه.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>أدخل رقمًا.</translation>
    </message>
    <message>
        <source>The target equals the baseline: there would be nothing to measure.</source>
        <translation>القيمة المستهدفة تساوي القيمة الأساسية: لن يكون هناك ما يُقاس.</translation>
    </message>
    <message>
        <source>The deadline is before the campaign starts.</source>
        <translation>الموعد النهائي يسبق بداية الحملة.</translation>
    </message>
    <message>
        <source>This segment is targeted twice.</source>
        <translation>هذه الشريحة مستهدفة مرتين.</translation>
    </message>
    <message>
        <source>Write the key message in Arabic.</source>
        <translation>اكتب الرسالة الرئيسية بالعربية.</translation>
    </message>
    <message>
        <source>The campaign has no key message yet: add one to five.</source>
        <translation>لا توجد للحملة رسالة رئيسية بعد: أضف من رسالة إلى خمس رسائل.</translation>
    </message>
    <message>
        <source>Keep to five key messages at most.</source>
        <translation>لا تتجاوز خمس رسائل رئيسية.</translation>
    </message>
    <message>
        <source>Write the partner&apos;s name.</source>
        <translation>اكتب اسم الجهة الشريكة.</translation>
    </message>
    <message>
        <source>Give the phase a name.</source>
        <translation>اكتب اسم المرحلة.</translation>
    </message>
    <message>
        <source>The phase ends before it starts.</source>
        <translation>تنتهي المرحلة قبل أن تبدأ.</translation>
    </message>
    <message>
        <source>The phase falls outside the campaign&apos;s dates.</source>
        <translation>المرحلة تقع خارج تواريخ الحملة.</translation>
    </message>
    <message>
        <source>A budget cannot be negative.</source>
        <translation>لا يمكن أن تكون الميزانية سالبة.</translation>
    </message>
    <message>
        <source>This platform has two budget lines.</source>
        <translation>لهذه المنصة بندان في الميزانية.</translation>
    </message>
    <message>
        <source>Give the report a title.</source>
        <translation>اكتب عنوان التقرير.</translation>
    </message>
    <message>
        <source>The report is due before the campaign starts.</source>
        <translation>موعد التقرير يسبق بداية الحملة.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>هذه القيمة غير صالحة.</translation>
    </message>
    <message>
        <source>Enter an amount in rials.</source>
        <translation>أدخل مبلغًا بالريال العماني.</translation>
    </message>
    <message>
        <source>Enter the amount as a number of rials, e.g. %1.</source>
        <translation>أدخل المبلغ رقمًا بالريال العماني، مثل %1.</translation>
    </message>
    <message>
        <source>At most three decimals: the baisa is the smallest unit.</source>
        <translation>ثلاث خانات عشرية على الأكثر: البيسة أصغر وحدة.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>المبلغ كبير جدًا.</translation>
    </message>
    <message>
        <source>The template file cannot be read.</source>
        <translation>تتعذر قراءة ملف القالب.</translation>
    </message>
    <message>
        <source>The template lacks the field “%1”.</source>
        <translation>ينقص القالبَ الحقلُ «%1».</translation>
    </message>
    <message>
        <source>The template&apos;s field “%1” has the wrong kind of value.</source>
        <translation>نوع القيمة في حقل القالب «%1» غير صحيح.</translation>
    </message>
    <message>
        <source>The template&apos;s field “%1” has a value that is not allowed.</source>
        <translation>قيمة حقل القالب «%1» غير مسموح بها.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>تتعذر قراءة الملف.</translation>
    </message>
    <message>
        <source>The file is too large to be a campaign file.</source>
        <translation>الملف أكبر من أن يكون ملف حملة.</translation>
    </message>
    <message>
        <source>This is not a campaign file: its contents are not JSON.</source>
        <translation>هذا ليس ملف حملة: محتواه ليس بصيغة JSON.</translation>
    </message>
    <message>
        <source>This is not a campaign file of the Campaign Planner.</source>
        <translation>هذا ليس ملف حملة من مخطط الحملات.</translation>
    </message>
    <message>
        <source>The file was written by a newer version of the Campaign Planner. Update the program to import it.</source>
        <translation>كُتب هذا الملف بإصدار أحدث من مخطط الحملات. حدّث البرنامج لاستيراده.</translation>
    </message>
    <message>
        <source>The field “%1” is missing.</source>
        <translation>الحقل «%1» مفقود.</translation>
    </message>
    <message>
        <source>The field “%1” holds the wrong kind of value.</source>
        <translation>نوع القيمة في الحقل «%1» غير صحيح.</translation>
    </message>
    <message>
        <source>The field “%1” holds a value that is not allowed.</source>
        <translation>قيمة الحقل «%1» غير مسموح بها.</translation>
    </message>
    <message>
        <source>The file has a field this version does not know: “%1”.</source>
        <translation>في الملف حقل لا يعرفه هذا الإصدار: «%1».</translation>
    </message>
    <message>
        <source>The field “%1” appears twice.</source>
        <translation>الحقل «%1» مكرر.</translation>
    </message>
    <message>
        <source>“%1” appears twice in the file.</source>
        <translation>«%1» مكرر في الملف.</translation>
    </message>
    <message>
        <source>“%1” refers to something the file does not contain.</source>
        <translation>«%1» يشير إلى شيء لا يحتويه الملف.</translation>
    </message>
    <message>
        <source>The campaign in the file breaks a rule at “%1”: %2</source>
        <translation>الحملة في الملف تخالف قاعدة عند «%1»: %2</translation>
    </message>
    <message>
        <source>The file carries media files, which this version cannot import.</source>
        <translation>يحمل الملف ملفات وسائط لا يستطيع هذا الإصدار استيرادها.</translation>
    </message>
    <message>
        <source>The workspace already has a campaign with this name.</source>
        <translation>في مساحة العمل حملة بهذا الاسم.</translation>
    </message>
    <message>
        <source>The media file “%1” in the campaign file is refused: it is damaged, unsafe or too large.</source>
        <translation>الملف “%1” المحمول في ملف الحملة مرفوض: فهو تالف أو غير آمن أو أكبر من المسموح.</translation>
    </message>
    <message>
        <source>The field “%1” holds a broken character (not valid Unicode).</source>
        <translation>في الحقل “%1” حرف تالف (ليس ترميز يونيكود صالحًا).</translation>
    </message>
    <message>
        <source>The field “%1” is out of range: numbers up to 10^15, dates between %2 and %3.</source>
        <translation>قيمة الحقل “%1” خارج النطاق: الأرقام حتى مليون مليار، والتواريخ بين عامي %2 و%3.</translation>
    </message>
    <message numerus="yes">
        <source>The text is too long: at most %n characters (%1 for a name, title or unit).</source>
        <translation>
            <numerusform>النص أطول من المسموح: لا يتسع لأي حرف (و%1 للاسم أو العنوان أو الوحدة).</numerusform>
            <numerusform>النص أطول من المسموح: حرف واحد على الأكثر (و%1 للاسم أو العنوان أو الوحدة).</numerusform>
            <numerusform>النص أطول من المسموح: حرفان على الأكثر (و%1 للاسم أو العنوان أو الوحدة).</numerusform>
            <numerusform>النص أطول من المسموح: %n أحرف على الأكثر (و%1 للاسم أو العنوان أو الوحدة).</numerusform>
            <numerusform>النص أطول من المسموح: %n حرفًا على الأكثر (و%1 للاسم أو العنوان أو الوحدة).</numerusform>
            <numerusform>النص أطول من المسموح: %n حرف على الأكثر (و%1 للاسم أو العنوان أو الوحدة).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A campaign takes at most %n hashtags.</source>
        <translation>
            <numerusform>لا تتسع الحملة لأي وسم.</numerusform>
            <numerusform>تتسع الحملة لوسم واحد على الأكثر.</numerusform>
            <numerusform>تتسع الحملة لوسمين على الأكثر.</numerusform>
            <numerusform>تتسع الحملة لـ%n أوسمة على الأكثر.</numerusform>
            <numerusform>تتسع الحملة لـ%n وسمًا على الأكثر.</numerusform>
            <numerusform>تتسع الحملة لـ%n وسم على الأكثر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A campaign takes at most %n objectives.</source>
        <translation>
            <numerusform>لا تتسع الحملة لأي هدف.</numerusform>
            <numerusform>تتسع الحملة لهدف واحد على الأكثر.</numerusform>
            <numerusform>تتسع الحملة لهدفين على الأكثر.</numerusform>
            <numerusform>تتسع الحملة لـ%n أهداف على الأكثر.</numerusform>
            <numerusform>تتسع الحملة لـ%n هدفًا على الأكثر.</numerusform>
            <numerusform>تتسع الحملة لـ%n هدف على الأكثر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An objective takes at most %n indicators.</source>
        <translation>
            <numerusform>لا يتسع الهدف لأي مؤشر أداء رئيسي.</numerusform>
            <numerusform>يتسع الهدف لمؤشر أداء رئيسي واحد على الأكثر.</numerusform>
            <numerusform>يتسع الهدف لمؤشرَي أداء رئيسيين على الأكثر.</numerusform>
            <numerusform>يتسع الهدف لـ%n مؤشرات أداء رئيسية على الأكثر.</numerusform>
            <numerusform>يتسع الهدف لـ%n مؤشرَ أداء رئيسيًا على الأكثر.</numerusform>
            <numerusform>يتسع الهدف لـ%n مؤشر أداء رئيسي على الأكثر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The field “%1” is too long: a text keeps at most %n characters, a name or title %2.</source>
        <translation>
            <numerusform>الحقل “%1” أطول من المسموح: لا يتسع النص لأي حرف، والاسم أو العنوان %2.</numerusform>
            <numerusform>الحقل “%1” أطول من المسموح: النص حرف واحد على الأكثر، والاسم أو العنوان %2.</numerusform>
            <numerusform>الحقل “%1” أطول من المسموح: النص حرفان على الأكثر، والاسم أو العنوان %2.</numerusform>
            <numerusform>الحقل “%1” أطول من المسموح: النص %n أحرف على الأكثر، والاسم أو العنوان %2.</numerusform>
            <numerusform>الحقل “%1” أطول من المسموح: النص %n حرفًا على الأكثر، والاسم أو العنوان %2.</numerusform>
            <numerusform>الحقل “%1” أطول من المسموح: النص %n حرف على الأكثر، والاسم أو العنوان %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list “%1” is too long for one campaign file (at most %n posts; objectives: %2; anything else: %3).</source>
        <translation>
            <numerusform>القائمة “%1” أطول مما يتسع له ملف حملة واحد (لا منشورات؛ والأهداف %2 على الأكثر؛ وأي شيء آخر %3).</numerusform>
            <numerusform>القائمة “%1” أطول مما يتسع له ملف حملة واحد (على الأكثر: منشور واحد؛ والأهداف %2؛ وأي شيء آخر %3).</numerusform>
            <numerusform>القائمة “%1” أطول مما يتسع له ملف حملة واحد (على الأكثر: منشوران؛ والأهداف %2؛ وأي شيء آخر %3).</numerusform>
            <numerusform>القائمة “%1” أطول مما يتسع له ملف حملة واحد (على الأكثر: %n منشورات؛ والأهداف %2؛ وأي شيء آخر %3).</numerusform>
            <numerusform>القائمة “%1” أطول مما يتسع له ملف حملة واحد (على الأكثر: %n منشورًا؛ والأهداف %2؛ وأي شيء آخر %3).</numerusform>
            <numerusform>القائمة “%1” أطول مما يتسع له ملف حملة واحد (على الأكثر: %n منشور؛ والأهداف %2؛ وأي شيء آخر %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds the same post more than once: %1. Nothing was imported.</source>
        <translation>في الملف منشور مكرر أكثر من مرة: %1. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The file holds the same post more than once: %1. Import every copy?</source>
        <translation>في الملف منشور مكرر أكثر من مرة: %1. هل تريد استيراد كل النسخ؟</translation>
    </message>
</context>
<context>
    <name>CampaignListView</name>
    <message>
        <source>Search campaigns…</source>
        <translation>ابحث في الحملات…</translation>
    </message>
    <message>
        <source>Search campaigns</source>
        <translation>البحث في الحملات</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>التصفية حسب الحالة</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>التصفية حسب النوع</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>Running from</source>
        <translation>جارية ابتداءً من</translation>
    </message>
    <message>
        <source>Any start</source>
        <translation>أي بداية</translation>
    </message>
    <message>
        <source>Running until</source>
        <translation>جارية حتى</translation>
    </message>
    <message>
        <source>Any end</source>
        <translation>أي نهاية</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>الحملات</translation>
    </message>
    <message>
        <source>Campaign actions</source>
        <translation>إجراءات الحملات</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;من</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>إ&amp;لى</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>حذف الحملة</translation>
    </message>
    <message>
        <source>No campaigns yet. A campaign holds the plan your managers approve: objectives, audience, messages, phases and budget. Start one with “New campaign”.</source>
        <translation>لا توجد حملات بعد. تحمل الحملة الخطة التي يعتمدها المديرون: الأهداف والجمهور والرسائل والمراحل والميزانية. ابدأ واحدة بزر «حملة جديدة».</translation>
    </message>
    <message>
        <source>No campaign matches the search. Clear the search box or choose another status, type or dates.</source>
        <translation>لا توجد حملة تطابق البحث. امسح مربع البحث أو اختر حالة أو نوعًا أو تواريخ أخرى.</translation>
    </message>
    <message>
        <source>Delete the campaign “%1” with all its posts? You can undo this with Ctrl+Z.</source>
        <translation>هل تريد حذف الحملة «%1» مع جميع منشوراتها؟ يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</translation>
    </message>
    <message>
        <source>All but archived</source>
        <translation>كل الحالات عدا المؤرشفة</translation>
    </message>
    <message>
        <source>Campaign deleted</source>
        <translation>تم حذف الحملة</translation>
    </message>
    <message>
        <source>Rename campaign</source>
        <translation>إعادة تسمية الحملة</translation>
    </message>
    <message>
        <source>Campaign saved</source>
        <translation>تم حفظ الحملة</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
</context>
<context>
    <name>CampaignTableModel</name>
    <message>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>المنشورات</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Record the decision on version %1</source>
        <translation>تسجيل القرار على الإصدار %1</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>تاريخ القرار</translation>
    </message>
    <message>
        <source>Approver&apos;s name</source>
        <translation>اسم صاحب الاعتماد</translation>
    </message>
    <message>
        <source>Approver&apos;s title</source>
        <translation>المسمى الوظيفي لصاحب الاعتماد</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Attach the signed document…</source>
        <translation>إرفاق المستند الموقّع…</translation>
    </message>
    <message>
        <source>No document attached</source>
        <translation>لا مستند مرفق</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>ال&amp;قرار</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>ال&amp;تاريخ</translation>
    </message>
    <message>
        <source>&amp;Approver</source>
        <translation>&amp;صاحب الاعتماد</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>المسمى ال&amp;وظيفي</translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translation>ال&amp;ملاحظات</translation>
    </message>
    <message>
        <source>Signed document</source>
        <translation>المستند الموقّع</translation>
    </message>
    <message>
        <source>The signed document</source>
        <translation>المستند الموقّع</translation>
    </message>
    <message>
        <source>Signed documents (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>المستندات الموقّعة (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Duplicate campaign</source>
        <translation>نسخ الحملة</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (نسخة)</translation>
    </message>
    <message>
        <source>Name of the copy</source>
        <translation>اسم النسخة</translation>
    </message>
    <message>
        <source>Start of the copy</source>
        <translation>بداية النسخة</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <source>&amp;Starts on</source>
        <translation>تبدأ &amp;في</translation>
    </message>
    <message>
        <source>The copy is a draft. Its phases, KPI deadlines, reports and posts move by the same number of days; posts start again as drafts.</source>
        <translation>النسخة مسودة. تنتقل مراحلها ومواعيد مؤشراتها وتقاريرها ومنشوراتها بالعدد نفسه من الأيام، وتعود المنشورات مسودات.</translation>
    </message>
</context>
<context>
    <name>EvaluationSection</name>
    <message>
        <source>Objective</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>مؤشر الأداء الرئيسي</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>القيمة المستهدفة</translation>
    </message>
    <message>
        <source>How it is measured</source>
        <translation>طريقة القياس</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>القيمة الفعلية</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>نسبة الإنجاز</translation>
    </message>
    <message>
        <source>Results per KPI</source>
        <translation>النتائج حسب مؤشر الأداء الرئيسي</translation>
    </message>
    <message>
        <source>Say how each KPI will be measured; after the campaign, enter the actual value: the achievement is the share of the way from baseline to target.</source>
        <translation>حدّد طريقة قياس كل مؤشر، وبعد الحملة أدخل القيمة الفعلية: نسبة الإنجاز هي ما قُطع من المسافة بين القيمة الأساسية والقيمة المستهدفة.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>موعد التسليم</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Add report</source>
        <translation>إضافة تقرير</translation>
    </message>
    <message>
        <source>Remove report</source>
        <translation>حذف التقرير</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Edit how a KPI is measured</source>
        <translation>تعديل طريقة قياس مؤشر</translation>
    </message>
    <message>
        <source>Enter a KPI&apos;s actual value</source>
        <translation>إدخال القيمة الفعلية لمؤشر</translation>
    </message>
    <message>
        <source>Add a report</source>
        <translation>إضافة تقرير</translation>
    </message>
    <message>
        <source>Remove a report</source>
        <translation>حذف تقرير</translation>
    </message>
    <message>
        <source>Edit a report</source>
        <translation>تعديل تقرير</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n KPIs have an actual value; %2 met their target.</source>
        <translation>
            <numerusform>لـ%1 من صفر مؤشرات أداء قيمة فعلية؛ بلغ منها القيمة المستهدفة: %2.</numerusform>
            <numerusform>لـ%1 من مؤشر أداء واحد قيمة فعلية؛ بلغ منها القيمة المستهدفة: %2.</numerusform>
            <numerusform>لـ%1 من مؤشرَي أداء قيمة فعلية؛ بلغ منها القيمة المستهدفة: %2.</numerusform>
            <numerusform>لـ%1 من %n مؤشرات أداء قيمة فعلية؛ بلغ منها القيمة المستهدفة: %2.</numerusform>
            <numerusform>لـ%1 من %n مؤشرًا للأداء قيمة فعلية؛ بلغ منها القيمة المستهدفة: %2.</numerusform>
            <numerusform>لـ%1 من %n مؤشر أداء قيمة فعلية؛ بلغ منها القيمة المستهدفة: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan has no KPI yet: add them on the Objectives tab.</source>
        <translation>لا توجد في الخطة مؤشرات أداء رئيسية بعد: أضفها في تبويب الأهداف.</translation>
    </message>
    <message>
        <source>Report %1: %2</source>
        <translation>التقرير %1: %2</translation>
    </message>
    <message>
        <source>KPI %1: %2</source>
        <translation>المؤشر %1: %2</translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>The campaign&apos;s name in Arabic</source>
        <translation>اسم الحملة بالعربية</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>الاسم بالإنجليزية</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Who is responsible for the campaign</source>
        <translation>الشخص أو الجهة المسؤولة عن الحملة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Brand kit</source>
        <translation>حزمة الهوية البصرية</translation>
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
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <source>&amp;English name</source>
        <translation>الاسم بالإن&amp;جليزية</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>الن&amp;وع</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>المس&amp;ؤول</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>ال&amp;بداية</translation>
    </message>
    <message>
        <source>En&amp;d</source>
        <translation>الن&amp;هاية</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>الل&amp;ون</translation>
    </message>
    <message>
        <source>&amp;Brand kit</source>
        <translation>&amp;حزمة الهوية البصرية</translation>
    </message>
    <message>
        <source>Edit the campaign&apos;s name</source>
        <translation>تعديل اسم الحملة</translation>
    </message>
    <message>
        <source>Edit the English name</source>
        <translation>تعديل الاسم بالإنجليزية</translation>
    </message>
    <message>
        <source>Edit the owner</source>
        <translation>تعديل المسؤول</translation>
    </message>
    <message>
        <source>Change the campaign&apos;s type</source>
        <translation>تغيير نوع الحملة</translation>
    </message>
    <message>
        <source>Change the campaign&apos;s status</source>
        <translation>تغيير حالة الحملة</translation>
    </message>
    <message>
        <source>Choose the brand kit</source>
        <translation>اختيار حزمة الهوية البصرية</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>التعريف</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>اللون %1</translation>
    </message>
    <message>
        <source>Change the campaign&apos;s colour</source>
        <translation>تغيير لون الحملة</translation>
    </message>
    <message>
        <source>Change the campaign&apos;s dates</source>
        <translation>تغيير تواريخ الحملة</translation>
    </message>
    <message numerus="yes">
        <source>Lasts %n days</source>
        <translation>
            <numerusform>المدة: لا أيام</numerusform>
            <numerusform>المدة: يوم واحد</numerusform>
            <numerusform>المدة: يومان</numerusform>
            <numerusform>المدة: %n أيام</numerusform>
            <numerusform>المدة: %n يومًا</numerusform>
            <numerusform>المدة: %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>No brand kit</source>
        <translation>دون حزمة هوية بصرية</translation>
    </message>
</context>
<context>
    <name>ImplementationSection</name>
    <message>
        <source>Approved by</source>
        <translation>جهة الاعتماد</translation>
    </message>
    <message>
        <source>Who approves the plan</source>
        <translation>من يعتمد خطة الحملة</translation>
    </message>
    <message>
        <source>Edit the approver</source>
        <translation>تعديل جهة الاعتماد</translation>
    </message>
    <message>
        <source>Version of the plan</source>
        <translation>إصدار الخطة</translation>
    </message>
    <message>
        <source>Printed on the plan&apos;s cover: raise it each time the plan goes up for approval again</source>
        <translation>يُطبع على غلاف الخطة: ارفعه كلما رُفعت الخطة للاعتماد من جديد</translation>
    </message>
    <message>
        <source>Edit the version</source>
        <translation>تعديل الإصدار</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>المرحلة</translation>
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
        <source>Goal</source>
        <translation>الغاية من المرحلة</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>المراحل</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>إضافة مرحلة</translation>
    </message>
    <message>
        <source>Remove phase</source>
        <translation>حذف المرحلة</translation>
    </message>
    <message>
        <source>Budget on %1</source>
        <translation>الميزانية على %1</translation>
    </message>
    <message>
        <source>Leave empty when there is no paid promotion here.</source>
        <translation>اتركه فارغًا إن لم يكن هناك ترويج مدفوع على هذه المنصة.</translation>
    </message>
    <message>
        <source>Total budget</source>
        <translation>إجمالي الميزانية</translation>
    </message>
    <message>
        <source>&amp;Approved by</source>
        <translation>جهة الا&amp;عتماد</translation>
    </message>
    <message>
        <source>&amp;Version of the plan</source>
        <translation>إصدار ال&amp;خطة</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Paid promotion budget, in Omani rials</source>
        <translation>ميزانية الترويج المدفوع بالريال العماني</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>التنفيذ</translation>
    </message>
    <message>
        <source>Add a phase</source>
        <translation>إضافة مرحلة</translation>
    </message>
    <message>
        <source>Remove a phase</source>
        <translation>حذف مرحلة</translation>
    </message>
    <message>
        <source>Edit a phase</source>
        <translation>تعديل مرحلة</translation>
    </message>
    <message>
        <source>Change the budget</source>
        <translation>تعديل الميزانية</translation>
    </message>
    <message>
        <source>Phase %1: %2</source>
        <translation>المرحلة %1: %2</translation>
    </message>
</context>
<context>
    <name>NewCampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>حملة جديدة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>The campaign&apos;s name in Arabic</source>
        <translation>اسم الحملة بالعربية</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
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
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>الن&amp;وع</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>ال&amp;بداية</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>الن&amp;هاية</translation>
    </message>
    <message>
        <source>Objectives, KPIs, phases and key-message prompts come from the type&apos;s template; change them in the editor.</source>
        <translation>تأتي الأهداف ومؤشرات الأداء الرئيسية والمراحل وأسئلة الرسائل الرئيسية من قالب النوع؛ عدّلها في محرر الحملة.</translation>
    </message>
</context>
<context>
    <name>ObjectivesSection</name>
    <message>
        <source>Aim</source>
        <translation>الغاية</translation>
    </message>
    <message>
        <source>The policy aim in one sentence: what should change in society, and why it matters.</source>
        <translation>الغاية في جملة واحدة: ما الذي ينبغي أن يتغير في المجتمع، ولماذا يهم ذلك.</translation>
    </message>
    <message>
        <source>Edit the aim</source>
        <translation>تعديل الغاية</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <source>Specific, measurable, achievable, relevant and time-bound (SMART).</source>
        <translation>محددة، قابلة للقياس، قابلة للتحقيق، ذات صلة، ومحددة بزمن (SMART).</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation>إضافة هدف</translation>
    </message>
    <message>
        <source>Remove objective</source>
        <translation>حذف الهدف</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>القيمة الأساسية</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>القيمة المستهدفة</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>KPIs of the selected objective</source>
        <translation>مؤشرات الأداء الرئيسية للهدف المحدد</translation>
    </message>
    <message>
        <source>Each KPI goes from its baseline to its target by its deadline.</source>
        <translation>ينتقل كل مؤشر من قيمته الأساسية إلى قيمته المستهدفة بحلول موعده النهائي.</translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation>إضافة مؤشر أداء رئيسي</translation>
    </message>
    <message>
        <source>Remove KPI</source>
        <translation>حذف المؤشر</translation>
    </message>
    <message>
        <source>The change in society the campaign serves.</source>
        <translation>التغيير الذي تخدمه الحملة في المجتمع.</translation>
    </message>
    <message>
        <source>Add an objective</source>
        <translation>إضافة هدف</translation>
    </message>
    <message>
        <source>Remove an objective</source>
        <translation>حذف هدف</translation>
    </message>
    <message>
        <source>Edit an objective</source>
        <translation>تعديل هدف</translation>
    </message>
    <message>
        <source>KPIs of objective %1</source>
        <translation>مؤشرات الأداء الرئيسية للهدف %1</translation>
    </message>
    <message>
        <source>Add a KPI</source>
        <translation>إضافة مؤشر أداء رئيسي</translation>
    </message>
    <message>
        <source>Remove a KPI</source>
        <translation>حذف مؤشر أداء رئيسي</translation>
    </message>
    <message>
        <source>Edit a KPI</source>
        <translation>تعديل مؤشر أداء رئيسي</translation>
    </message>
    <message>
        <source>Objective %1: %2</source>
        <translation>الهدف %1: %2</translation>
    </message>
    <message>
        <source>KPI %1: %2</source>
        <translation>المؤشر %1: %2</translation>
    </message>
</context>
<context>
    <name>StrategySection</name>
    <message>
        <source>Partner body</source>
        <translation>جهة شريكة</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>مؤثر</translation>
    </message>
    <message>
        <source>Proposition</source>
        <translation>العرض الأساسي للحملة</translation>
    </message>
    <message>
        <source>What the campaign offers the audience, in a sentence or two.</source>
        <translation>ما تقدمه الحملة للجمهور، في جملة أو جملتين.</translation>
    </message>
    <message>
        <source>Edit the proposition</source>
        <translation>تعديل العرض الأساسي</translation>
    </message>
    <message>
        <source>Key message</source>
        <translation>الرسالة الرئيسية</translation>
    </message>
    <message>
        <source>In English (optional)</source>
        <translation>بالإنجليزية (اختياري)</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>الرسائل الرئيسية</translation>
    </message>
    <message>
        <source>One to five short sentences the audience should remember.</source>
        <translation>من جملة إلى خمس جمل قصيرة ينبغي أن يتذكرها الجمهور.</translation>
    </message>
    <message>
        <source>Add key message</source>
        <translation>إضافة رسالة رئيسية</translation>
    </message>
    <message>
        <source>Remove key message</source>
        <translation>حذف الرسالة الرئيسية</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>القنوات</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Partner bodies and influencers</source>
        <translation>الجهات الشريكة والمؤثرون</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>إضافة جهة شريكة أو مؤثر</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>حذف الجهة الشريكة أو المؤثر</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>#hashtag #another (separated by spaces)</source>
        <translation>#وسم #وسم_آخر (تفصل بينها مسافات)</translation>
    </message>
    <message>
        <source>Edit the hashtags</source>
        <translation>تعديل الوسوم</translation>
    </message>
    <message>
        <source>The institution&apos;s accounts the campaign uses.</source>
        <translation>حسابات المؤسسة التي تستخدمها الحملة.</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>الاستراتيجية</translation>
    </message>
    <message>
        <source>Add a key message</source>
        <translation>إضافة رسالة رئيسية</translation>
    </message>
    <message>
        <source>Remove a key message</source>
        <translation>حذف رسالة رئيسية</translation>
    </message>
    <message>
        <source>Edit a key message</source>
        <translation>تعديل رسالة رئيسية</translation>
    </message>
    <message>
        <source>Choose the channels</source>
        <translation>اختيار القنوات</translation>
    </message>
    <message>
        <source>Add a partner</source>
        <translation>إضافة جهة شريكة</translation>
    </message>
    <message>
        <source>Remove a partner</source>
        <translation>حذف جهة شريكة</translation>
    </message>
    <message>
        <source>Edit a partner</source>
        <translation>تعديل جهة شريكة</translation>
    </message>
    <message>
        <source>Message %1: %2</source>
        <translation>الرسالة %1: %2</translation>
    </message>
    <message>
        <source>Partner %1: %2</source>
        <translation>الجهة %1: %2</translation>
    </message>
    <message>
        <source>Hashtag %1: %2</source>
        <translation>الوسم %1: %2</translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message>
        <source>Segment</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <source>Platforms that reach it</source>
        <translation>المنصات التي تصل إليها</translation>
    </message>
</context>
</TS>
