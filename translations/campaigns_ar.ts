<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AudienceSection</name>
    <message>
        <location filename="../planner/ui/campaigns/editor/audience.py" line="134"/>
        <source>Segments</source>
        <translation>الشرائح</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/audience.py" line="148"/>
        <source>The workspace has no segments yet. Add them on the Audience &amp; accounts screen, then choose them here.</source>
        <translation>لا توجد شرائح في مساحة العمل بعد. أضفها في شاشة الجمهور والحسابات، ثم اخترها هنا.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/audience.py" line="157"/>
        <location filename="../planner/ui/campaigns/editor/audience.py" line="176"/>
        <source>Insight</source>
        <translation>ما نعرفه عنها</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/audience.py" line="159"/>
        <source>What do we know about this segment that the campaign can build on?</source>
        <translation>ما الذي نعرفه عن هذه الشريحة ويمكن أن تبني عليه الحملة؟</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/audience.py" line="162"/>
        <location filename="../planner/ui/campaigns/editor/audience.py" line="178"/>
        <source>Barriers</source>
        <translation>العوائق</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/audience.py" line="163"/>
        <source>What stops them from acting as we hope?</source>
        <translation>ما الذي يمنعها من التصرف كما نأمل؟</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/audience.py" line="181"/>
        <source>Target segments</source>
        <translation>الشرائح المستهدفة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/audience.py" line="182"/>
        <source>Tick the segments the campaign speaks to.</source>
        <translation>علّم الشرائح التي تخاطبها الحملة.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/audience.py" line="193"/>
        <source>Audience</source>
        <translation>الجمهور</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/audience.py" line="209"/>
        <source>Target a segment</source>
        <translation>استهداف شريحة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/audience.py" line="209"/>
        <source>Stop targeting a segment</source>
        <translation>إلغاء استهداف شريحة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/audience.py" line="223"/>
        <source>Edit the insight</source>
        <translation>تعديل ما نعرفه عن الشريحة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/audience.py" line="223"/>
        <source>Edit the barriers</source>
        <translation>تعديل العوائق</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/audience.py" line="241"/>
        <source>Tick this segment to target it and write what we know about it.</source>
        <translation>علّم هذه الشريحة لاستهدافها، ثم اكتب ما نعرفه عنها.</translation>
    </message>
</context>
<context>
    <name>CampaignActions</name>
    <message>
        <location filename="../planner/ui/campaigns/list_actions.py" line="51"/>
        <source>New campaign…</source>
        <translation>حملة جديدة…</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_actions.py" line="54"/>
        <source>Start a campaign from its type&apos;s template</source>
        <translation>ابدأ حملة من قالب نوعها</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_actions.py" line="58"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_actions.py" line="61"/>
        <source>Open the campaign&apos;s plan</source>
        <translation>فتح خطة الحملة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_actions.py" line="67"/>
        <source>Duplicate…</source>
        <translation>نسخ…</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_actions.py" line="70"/>
        <source>Copy the campaign and its posts to new dates</source>
        <translation>نسخ الحملة ومنشوراتها إلى تواريخ جديدة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_actions.py" line="74"/>
        <source>Archive</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_actions.py" line="77"/>
        <source>Put the campaign away; it keeps everything and can be restored</source>
        <translation>نقل الحملة إلى الأرشيف؛ تحتفظ بكل شيء ويمكن استعادتها</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_actions.py" line="81"/>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_actions.py" line="84"/>
        <source>Bring an archived campaign back</source>
        <translation>إعادة حملة مؤرشفة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_actions.py" line="88"/>
        <source>Rename</source>
        <translation>إعادة التسمية</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_actions.py" line="91"/>
        <source>Rename the campaign</source>
        <translation>إعادة تسمية الحملة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_actions.py" line="96"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_actions.py" line="99"/>
        <source>Delete the campaign with its posts (undoable)</source>
        <translation>حذف الحملة مع منشوراتها (يمكن التراجع)</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_actions.py" line="147"/>
        <location filename="../planner/ui/campaigns/list_actions.py" line="152"/>
        <source>New campaign</source>
        <translation>حملة جديدة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_actions.py" line="156"/>
        <source>Campaign created from the template</source>
        <translation>أُنشئت الحملة من القالب</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_actions.py" line="171"/>
        <source>Duplicate campaign</source>
        <translation>نسخ الحملة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_actions.py" line="177"/>
        <source>Campaign duplicated with %1 posts</source>
        <translation>نُسخت الحملة ومنشوراتها (%1)</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_actions.py" line="185"/>
        <source>Archive campaign</source>
        <translation>أرشفة الحملة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_actions.py" line="186"/>
        <source>Campaign archived. Choose “Archived” in the status filter to see it again.</source>
        <translation>أُرشفت الحملة. اختر «مؤرشفة» في تصفية الحالة لتراها من جديد.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_actions.py" line="191"/>
        <source>Restore campaign</source>
        <translation>استعادة الحملة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_actions.py" line="191"/>
        <source>Campaign restored</source>
        <translation>استُعيدت الحملة</translation>
    </message>
</context>
<context>
    <name>CampaignEditor</name>
    <message>
        <location filename="../planner/ui/campaigns/editor/view.py" line="59"/>
        <source>All campaigns</source>
        <translation>كل الحملات</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/view.py" line="63"/>
        <source>Back to the list of campaigns (%1)</source>
        <translation>العودة إلى قائمة الحملات (%1)</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/view.py" line="70"/>
        <source>Back to the list of campaigns</source>
        <translation>العودة إلى قائمة الحملات</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/view.py" line="143"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/view.py" line="145"/>
        <source>Some changes are not saved because of the problems marked in red. Leave the campaign and drop them?</source>
        <translation>بعض التغييرات لم تُحفظ بسبب المشكلات المعلَّمة باللون الأحمر. هل تغادر الحملة وتتخلى عنها؟</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/view.py" line="179"/>
        <source>Campaign saved</source>
        <translation>تم حفظ الحملة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/view.py" line="248"/>
        <source>%1 problem(s) to correct</source>
        <translation>مشكلات يجب تصحيحها: %1</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/view.py" line="259"/>
        <source>Not saved: correct the %1 marked problem(s)</source>
        <translation>لم يُحفظ: صحّح المشكلات المعلَّمة (%1)</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/view.py" line="265"/>
        <source>Every change is saved</source>
        <translation>كل التغييرات محفوظة</translation>
    </message>
</context>
<context>
    <name>CampaignExchange</name>
    <message>
        <location filename="../planner/ui/campaigns/exchange_ui.py" line="38"/>
        <source>Campaign files (*.json);;All files (*)</source>
        <translation>ملفات الحملات (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/exchange_ui.py" line="41"/>
        <source>&amp;Export campaign…</source>
        <translation>&amp;تصدير حملة…</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/exchange_ui.py" line="45"/>
        <source>Write the chosen campaign, its posts, segments and accounts to one file for a colleague</source>
        <translation>كتابة الحملة المختارة ومنشوراتها وشرائحها وحساباتها في ملف واحد لزميل</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/exchange_ui.py" line="50"/>
        <source>&amp;Import campaign…</source>
        <translation>ا&amp;ستيراد حملة…</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/exchange_ui.py" line="52"/>
        <source>Add a campaign from a colleague&apos;s campaign file</source>
        <translation>إضافة حملة من ملف حملة أرسله زميل</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/exchange_ui.py" line="67"/>
        <location filename="../planner/ui/campaigns/exchange_ui.py" line="73"/>
        <location filename="../planner/ui/campaigns/exchange_ui.py" line="83"/>
        <source>Export campaign</source>
        <translation>تصدير حملة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/exchange_ui.py" line="68"/>
        <source>Choose a campaign in the list of campaigns first.</source>
        <translation>اختر حملة من قائمة الحملات أولًا.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/exchange_ui.py" line="84"/>
        <source>The file could not be written: %1</source>
        <translation>تعذّرت كتابة الملف: %1</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/exchange_ui.py" line="87"/>
        <source>Campaign exported to %1</source>
        <translation>صُدّرت الحملة إلى %1</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/exchange_ui.py" line="97"/>
        <source>Import campaign</source>
        <translation>استيراد حملة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/exchange_ui.py" line="111"/>
        <source>The campaign file cannot be imported; nothing was changed.</source>
        <translation>لا يمكن استيراد ملف الحملة؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/exchange_ui.py" line="122"/>
        <source>The workspace already has a campaign named “%1”.</source>
        <translation>في مساحة العمل حملة باسم «%1».</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/exchange_ui.py" line="124"/>
        <source>Import under a new name</source>
        <translation>الاستيراد باسم جديد</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/exchange_ui.py" line="125"/>
        <source>Replace the existing campaign</source>
        <translation>استبدال الحملة الموجودة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/exchange_ui.py" line="126"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/exchange_ui.py" line="140"/>
        <source>Campaign imported: %1</source>
        <translation>استُوردت الحملة: %1</translation>
    </message>
</context>
<context>
    <name>CampaignLabels</name>
    <message>
        <location filename="../planner/ui/campaigns/labels.py" line="13"/>
        <source>Give the campaign a name.</source>
        <translation>اكتب اسم الحملة.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/labels.py" line="14"/>
        <source>The end date is before the start date.</source>
        <translation>تاريخ النهاية يسبق تاريخ البداية.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/labels.py" line="17"/>
        <source>Write the colour as # followed by six hexadecimal digits.</source>
        <translation>اكتب اللون بالصيغة # متبوعة بستة أرقام ست عشرية.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/labels.py" line="20"/>
        <source>A hashtag needs a word after # and no spaces.</source>
        <translation>الوسم يحتاج إلى كلمة بعد # ودون مسافات.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/labels.py" line="23"/>
        <source>Write the objective.</source>
        <translation>اكتب الهدف.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/labels.py" line="24"/>
        <source>The campaign has no objective yet: add at least one.</source>
        <translation>لا يوجد للحملة هدف بعد: أضف هدفًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/labels.py" line="27"/>
        <source>This objective has no KPI: add one so that it can be measured.</source>
        <translation>هذا الهدف بلا مؤشر أداء رئيسي: أضف مؤشرًا ليمكن قياسه.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/labels.py" line="30"/>
        <source>Enter a number.</source>
        <translation>أدخل رقمًا.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/labels.py" line="31"/>
        <source>The target equals the baseline: there would be nothing to measure.</source>
        <translation>القيمة المستهدفة تساوي القيمة الأساسية: لن يكون هناك ما يُقاس.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/labels.py" line="34"/>
        <source>The deadline is before the campaign starts.</source>
        <translation>الموعد النهائي يسبق بداية الحملة.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/labels.py" line="37"/>
        <source>This segment is targeted twice.</source>
        <translation>هذه الشريحة مستهدفة مرتين.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/labels.py" line="40"/>
        <source>Write the key message in Arabic.</source>
        <translation>اكتب الرسالة الرئيسية بالعربية.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/labels.py" line="43"/>
        <source>The campaign has no key message yet: add one to five.</source>
        <translation>لا توجد للحملة رسالة رئيسية بعد: أضف من رسالة إلى خمس رسائل.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/labels.py" line="46"/>
        <source>Keep to five key messages at most.</source>
        <translation>لا تتجاوز خمس رسائل رئيسية.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/labels.py" line="49"/>
        <source>Write the partner&apos;s name.</source>
        <translation>اكتب اسم الجهة الشريكة.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/labels.py" line="50"/>
        <source>Give the phase a name.</source>
        <translation>اكتب اسم المرحلة.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/labels.py" line="51"/>
        <source>The phase ends before it starts.</source>
        <translation>تنتهي المرحلة قبل أن تبدأ.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/labels.py" line="54"/>
        <source>The phase falls outside the campaign&apos;s dates.</source>
        <translation>المرحلة تقع خارج تواريخ الحملة.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/labels.py" line="57"/>
        <location filename="../planner/ui/campaigns/labels.py" line="73"/>
        <source>A budget cannot be negative.</source>
        <translation>لا يمكن أن تكون الميزانية سالبة.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/labels.py" line="58"/>
        <source>This platform has two budget lines.</source>
        <translation>لهذه المنصة بندان في الميزانية.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/labels.py" line="61"/>
        <source>Give the report a title.</source>
        <translation>اكتب عنوان التقرير.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/labels.py" line="62"/>
        <source>The report is due before the campaign starts.</source>
        <translation>موعد التقرير يسبق بداية الحملة.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/labels.py" line="66"/>
        <source>This value is not valid.</source>
        <translation>هذه القيمة غير صالحة.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/labels.py" line="69"/>
        <source>Enter an amount in rials.</source>
        <translation>أدخل مبلغًا بالريال العماني.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/labels.py" line="70"/>
        <source>Enter the amount as a number of rials, e.g. 1250.500.</source>
        <translation>أدخل المبلغ رقمًا بالريال العماني، مثل 1250.500.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/labels.py" line="74"/>
        <source>At most three decimals: the baisa is the smallest unit.</source>
        <translation>ثلاث خانات عشرية على الأكثر: البيسة أصغر وحدة.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/labels.py" line="77"/>
        <source>The amount is too large.</source>
        <translation>المبلغ كبير جدًا.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/labels.py" line="81"/>
        <source>The template file cannot be read.</source>
        <translation>تتعذر قراءة ملف القالب.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/labels.py" line="84"/>
        <source>The template lacks the field “%1”.</source>
        <translation>ينقص القالبَ الحقلُ «%1».</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/labels.py" line="87"/>
        <source>The template&apos;s field “%1” has the wrong kind of value.</source>
        <translation>نوع القيمة في حقل القالب «%1» غير صحيح.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/labels.py" line="90"/>
        <source>The template&apos;s field “%1” has a value that is not allowed.</source>
        <translation>قيمة حقل القالب «%1» غير مسموح بها.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/labels.py" line="96"/>
        <source>The file cannot be read.</source>
        <translation>تتعذر قراءة الملف.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/labels.py" line="97"/>
        <source>The file is too large to be a campaign file.</source>
        <translation>الملف أكبر من أن يكون ملف حملة.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/labels.py" line="100"/>
        <source>This is not a campaign file: its contents are not JSON.</source>
        <translation>هذا ليس ملف حملة: محتواه ليس بصيغة JSON.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/labels.py" line="103"/>
        <source>This is not a campaign file of the Campaign Planner.</source>
        <translation>هذا ليس ملف حملة من مخطط الحملات.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/labels.py" line="106"/>
        <source>The file was written by a newer version of the Campaign Planner. Update the program to import it.</source>
        <translation>كُتب هذا الملف بإصدار أحدث من مخطط الحملات. حدّث البرنامج لاستيراده.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/labels.py" line="111"/>
        <source>The field “%1” is missing.</source>
        <translation>الحقل «%1» مفقود.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/labels.py" line="112"/>
        <source>The field “%1” holds the wrong kind of value.</source>
        <translation>نوع القيمة في الحقل «%1» غير صحيح.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/labels.py" line="115"/>
        <source>The field “%1” holds a value that is not allowed.</source>
        <translation>قيمة الحقل «%1» غير مسموح بها.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/labels.py" line="118"/>
        <source>The file has a field this version does not know: “%1”.</source>
        <translation>في الملف حقل لا يعرفه هذا الإصدار: «%1».</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/labels.py" line="121"/>
        <source>The field “%1” appears twice.</source>
        <translation>الحقل «%1» مكرر.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/labels.py" line="124"/>
        <source>“%1” appears twice in the file.</source>
        <translation>«%1» مكرر في الملف.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/labels.py" line="125"/>
        <source>“%1” refers to something the file does not contain.</source>
        <translation>«%1» يشير إلى شيء لا يحتويه الملف.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/labels.py" line="128"/>
        <source>The campaign in the file breaks a rule at “%1”: %2</source>
        <translation>الحملة في الملف تخالف قاعدة عند «%1»: %2</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/labels.py" line="131"/>
        <source>The file carries media files, which this version cannot import.</source>
        <translation>يحمل الملف ملفات وسائط لا يستطيع هذا الإصدار استيرادها.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/labels.py" line="134"/>
        <source>The workspace already has a campaign with this name.</source>
        <translation>في مساحة العمل حملة بهذا الاسم.</translation>
    </message>
</context>
<context>
    <name>CampaignListView</name>
    <message>
        <location filename="../planner/ui/campaigns/list_view.py" line="63"/>
        <source>Search campaigns…</source>
        <translation>ابحث في الحملات…</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_view.py" line="64"/>
        <source>Search campaigns</source>
        <translation>البحث في الحملات</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_view.py" line="69"/>
        <source>Filter by status</source>
        <translation>التصفية حسب الحالة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_view.py" line="77"/>
        <source>Filter by type</source>
        <translation>التصفية حسب النوع</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_view.py" line="78"/>
        <source>All types</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_view.py" line="82"/>
        <source>Running from</source>
        <translation>جارية ابتداءً من</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_view.py" line="82"/>
        <source>Any start</source>
        <translation>أي بداية</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_view.py" line="83"/>
        <source>Running until</source>
        <translation>جارية حتى</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_view.py" line="83"/>
        <source>Any end</source>
        <translation>أي نهاية</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_view.py" line="95"/>
        <location filename="../planner/ui/campaigns/list_view.py" line="138"/>
        <source>Campaigns</source>
        <translation>الحملات</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_view.py" line="121"/>
        <source>Campaign actions</source>
        <translation>إجراءات الحملات</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_view.py" line="147"/>
        <source>&amp;From</source>
        <translation>&amp;من</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_view.py" line="147"/>
        <source>&amp;To</source>
        <translation>إ&amp;لى</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_view.py" line="223"/>
        <location filename="../planner/ui/campaigns/list_view.py" line="229"/>
        <source>Delete campaign</source>
        <translation>حذف الحملة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_view.py" line="273"/>
        <source>No campaigns yet. A campaign holds the plan your managers approve: objectives, audience, messages, phases and budget. Start one with “New campaign”.</source>
        <translation>لا توجد حملات بعد. تحمل الحملة الخطة التي يعتمدها المديرون: الأهداف والجمهور والرسائل والمراحل والميزانية. ابدأ واحدة بزر «حملة جديدة».</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_view.py" line="281"/>
        <source>No campaign matches the search. Clear the search box or choose another status, type or dates.</source>
        <translation>لا توجد حملة تطابق البحث. امسح مربع البحث أو اختر حالة أو نوعًا أو تواريخ أخرى.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_view.py" line="225"/>
        <source>Delete the campaign “%1” with all its posts? You can undo this with Ctrl+Z.</source>
        <translation>هل تريد حذف الحملة «%1» مع جميع منشوراتها؟ يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_view.py" line="70"/>
        <source>All but archived</source>
        <translation>كل الحالات عدا المؤرشفة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_view.py" line="230"/>
        <source>Campaign deleted</source>
        <translation>تم حذف الحملة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_view.py" line="241"/>
        <source>Rename campaign</source>
        <translation>إعادة تسمية الحملة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_view.py" line="242"/>
        <source>Campaign saved</source>
        <translation>تم حفظ الحملة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_view.py" line="264"/>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
</context>
<context>
    <name>CampaignTableModel</name>
    <message>
        <location filename="../planner/ui/campaigns/model.py" line="43"/>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/model.py" line="44"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/model.py" line="45"/>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/model.py" line="46"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/model.py" line="47"/>
        <source>Platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/model.py" line="48"/>
        <source>Posts</source>
        <translation>المنشورات</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../planner/ui/campaigns/dialogs.py" line="155"/>
        <source>Duplicate campaign</source>
        <translation>نسخ الحملة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/dialogs.py" line="156"/>
        <source>%1 (copy)</source>
        <translation>%1 (نسخة)</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/dialogs.py" line="157"/>
        <source>Name of the copy</source>
        <translation>اسم النسخة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/dialogs.py" line="158"/>
        <source>Start of the copy</source>
        <translation>بداية النسخة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/dialogs.py" line="160"/>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/dialogs.py" line="161"/>
        <source>&amp;Starts on</source>
        <translation>تبدأ &amp;في</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/dialogs.py" line="166"/>
        <source>The copy is a draft. Its phases, KPI deadlines, reports and posts move by the same number of days; posts start again as drafts.</source>
        <translation>النسخة مسودة. تنتقل مراحلها ومواعيد مؤشراتها وتقاريرها ومنشوراتها بالعدد نفسه من الأيام، وتعود المنشورات مسودات.</translation>
    </message>
</context>
<context>
    <name>EvaluationSection</name>
    <message>
        <location filename="../planner/ui/campaigns/editor/evaluation.py" line="59"/>
        <source>Objective</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/evaluation.py" line="63"/>
        <source>KPI</source>
        <translation>مؤشر الأداء الرئيسي</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/evaluation.py" line="67"/>
        <source>Target</source>
        <translation>القيمة المستهدفة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/evaluation.py" line="72"/>
        <source>How it is measured</source>
        <translation>طريقة القياس</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/evaluation.py" line="77"/>
        <source>Actual</source>
        <translation>القيمة الفعلية</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/evaluation.py" line="82"/>
        <source>Achieved</source>
        <translation>نسبة الإنجاز</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/evaluation.py" line="88"/>
        <source>Results per KPI</source>
        <translation>النتائج حسب مؤشر الأداء الرئيسي</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/evaluation.py" line="90"/>
        <source>Say how each KPI will be measured; after the campaign, enter the actual value: the achievement is the share of the way from baseline to target.</source>
        <translation>حدّد طريقة قياس كل مؤشر، وبعد الحملة أدخل القيمة الفعلية: نسبة الإنجاز هي ما قُطع من المسافة بين القيمة الأساسية والقيمة المستهدفة.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/evaluation.py" line="107"/>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/evaluation.py" line="112"/>
        <source>Due</source>
        <translation>موعد التسليم</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/evaluation.py" line="121"/>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/evaluation.py" line="124"/>
        <source>Add report</source>
        <translation>إضافة تقرير</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/evaluation.py" line="125"/>
        <source>Remove report</source>
        <translation>حذف التقرير</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/evaluation.py" line="138"/>
        <source>Evaluation</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/evaluation.py" line="156"/>
        <source>Edit how a KPI is measured</source>
        <translation>تعديل طريقة قياس مؤشر</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/evaluation.py" line="162"/>
        <source>Enter a KPI&apos;s actual value</source>
        <translation>إدخال القيمة الفعلية لمؤشر</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/evaluation.py" line="170"/>
        <source>Add a report</source>
        <translation>إضافة تقرير</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/evaluation.py" line="176"/>
        <source>Remove a report</source>
        <translation>حذف تقرير</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/evaluation.py" line="185"/>
        <source>Edit a report</source>
        <translation>تعديل تقرير</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/evaluation.py" line="199"/>
        <source>%1 of %2 KPIs have an actual value; %3 met their target.</source>
        <translation>مؤشرات لها قيمة فعلية: %1 من %2؛ بلغ منها القيمة المستهدفة: %3.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/evaluation.py" line="204"/>
        <source>The plan has no KPI yet: add them on the Objectives tab.</source>
        <translation>لا توجد في الخطة مؤشرات أداء رئيسية بعد: أضفها في تبويب الأهداف.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/evaluation.py" line="210"/>
        <source>Report %1: %2</source>
        <translation>التقرير %1: %2</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/evaluation.py" line="226"/>
        <source>KPI %1: %2</source>
        <translation>المؤشر %1: %2</translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <location filename="../planner/ui/campaigns/editor/identity.py" line="66"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/identity.py" line="67"/>
        <source>The campaign&apos;s name in Arabic</source>
        <translation>اسم الحملة بالعربية</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/identity.py" line="70"/>
        <source>English name</source>
        <translation>الاسم بالإنجليزية</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/identity.py" line="71"/>
        <source>Optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/identity.py" line="75"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/identity.py" line="79"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/identity.py" line="80"/>
        <source>Who is responsible for the campaign</source>
        <translation>الشخص أو الجهة المسؤولة عن الحملة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/identity.py" line="83"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/identity.py" line="87"/>
        <source>Brand kit</source>
        <translation>حزمة الهوية البصرية</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/identity.py" line="89"/>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/identity.py" line="90"/>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/identity.py" line="95"/>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/identity.py" line="113"/>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/identity.py" line="114"/>
        <source>&amp;English name</source>
        <translation>الاسم بالإن&amp;جليزية</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/identity.py" line="115"/>
        <source>&amp;Type</source>
        <translation>الن&amp;وع</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/identity.py" line="116"/>
        <source>&amp;Owner</source>
        <translation>المس&amp;ؤول</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/identity.py" line="117"/>
        <source>Stat&amp;us</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/identity.py" line="119"/>
        <source>&amp;Start</source>
        <translation>ال&amp;بداية</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/identity.py" line="121"/>
        <source>En&amp;d</source>
        <translation>الن&amp;هاية</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/identity.py" line="124"/>
        <source>&amp;Colour</source>
        <translation>الل&amp;ون</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/identity.py" line="125"/>
        <source>&amp;Brand kit</source>
        <translation>&amp;حزمة الهوية البصرية</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/identity.py" line="130"/>
        <source>Edit the campaign&apos;s name</source>
        <translation>تعديل اسم الحملة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/identity.py" line="138"/>
        <source>Edit the English name</source>
        <translation>تعديل الاسم بالإنجليزية</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/identity.py" line="145"/>
        <source>Edit the owner</source>
        <translation>تعديل المسؤول</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/identity.py" line="151"/>
        <source>Change the campaign&apos;s type</source>
        <translation>تغيير نوع الحملة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/identity.py" line="157"/>
        <source>Change the campaign&apos;s status</source>
        <translation>تغيير حالة الحملة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/identity.py" line="166"/>
        <source>Choose the brand kit</source>
        <translation>اختيار حزمة الهوية البصرية</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/identity.py" line="172"/>
        <source>Identity</source>
        <translation>التعريف</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/identity.py" line="183"/>
        <source>Colour %1</source>
        <translation>اللون %1</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/identity.py" line="196"/>
        <source>Change the campaign&apos;s colour</source>
        <translation>تغيير لون الحملة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/identity.py" line="227"/>
        <source>Change the campaign&apos;s dates</source>
        <translation>تغيير تواريخ الحملة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/identity.py" line="237"/>
        <source>Lasts %1 days</source>
        <translation>المدة: %1 يومًا</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/identity.py" line="243"/>
        <source>No brand kit</source>
        <translation>دون حزمة هوية بصرية</translation>
    </message>
</context>
<context>
    <name>ImplementationSection</name>
    <message>
        <location filename="../planner/ui/campaigns/editor/implementation.py" line="52"/>
        <source>Approved by</source>
        <translation>جهة الاعتماد</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/implementation.py" line="53"/>
        <source>Who approves the plan</source>
        <translation>من يعتمد خطة الحملة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/implementation.py" line="58"/>
        <source>Edit the approver</source>
        <translation>تعديل جهة الاعتماد</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/implementation.py" line="64"/>
        <source>Version of the plan</source>
        <translation>إصدار الخطة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/implementation.py" line="67"/>
        <source>Printed on the plan&apos;s cover: raise it each time the plan goes up for approval again</source>
        <translation>يُطبع على غلاف الخطة: ارفعه كلما رُفعت الخطة للاعتماد من جديد</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/implementation.py" line="75"/>
        <source>Edit the version</source>
        <translation>تعديل الإصدار</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/implementation.py" line="85"/>
        <source>Phase</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/implementation.py" line="90"/>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/implementation.py" line="95"/>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/implementation.py" line="100"/>
        <source>Goal</source>
        <translation>الغاية من المرحلة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/implementation.py" line="109"/>
        <source>Phases</source>
        <translation>المراحل</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/implementation.py" line="112"/>
        <source>Add phase</source>
        <translation>إضافة مرحلة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/implementation.py" line="113"/>
        <source>Remove phase</source>
        <translation>حذف المرحلة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/implementation.py" line="131"/>
        <source>Budget on %1</source>
        <translation>الميزانية على %1</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/implementation.py" line="134"/>
        <source>Leave empty when there is no paid promotion here.</source>
        <translation>اتركه فارغًا إن لم يكن هناك ترويج مدفوع على هذه المنصة.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/implementation.py" line="151"/>
        <source>Total budget</source>
        <translation>إجمالي الميزانية</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/implementation.py" line="156"/>
        <source>&amp;Approved by</source>
        <translation>جهة الا&amp;عتماد</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/implementation.py" line="157"/>
        <source>&amp;Version of the plan</source>
        <translation>إصدار ال&amp;خطة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/implementation.py" line="159"/>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/implementation.py" line="167"/>
        <source>Paid promotion budget, in Omani rials</source>
        <translation>ميزانية الترويج المدفوع بالريال العماني</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/implementation.py" line="172"/>
        <source>Implementation</source>
        <translation>التنفيذ</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/implementation.py" line="181"/>
        <source>Add a phase</source>
        <translation>إضافة مرحلة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/implementation.py" line="187"/>
        <source>Remove a phase</source>
        <translation>حذف مرحلة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/implementation.py" line="196"/>
        <source>Edit a phase</source>
        <translation>تعديل مرحلة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/implementation.py" line="218"/>
        <source>Change the budget</source>
        <translation>تعديل الميزانية</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/implementation.py" line="254"/>
        <source>Phase %1: %2</source>
        <translation>المرحلة %1: %2</translation>
    </message>
</context>
<context>
    <name>NewCampaignDialog</name>
    <message>
        <location filename="../planner/ui/campaigns/dialogs.py" line="86"/>
        <source>New campaign</source>
        <translation>حملة جديدة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/dialogs.py" line="88"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/dialogs.py" line="89"/>
        <source>The campaign&apos;s name in Arabic</source>
        <translation>اسم الحملة بالعربية</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/dialogs.py" line="91"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/dialogs.py" line="94"/>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/dialogs.py" line="95"/>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/dialogs.py" line="99"/>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/dialogs.py" line="100"/>
        <source>&amp;Type</source>
        <translation>الن&amp;وع</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/dialogs.py" line="101"/>
        <source>&amp;Start</source>
        <translation>ال&amp;بداية</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/dialogs.py" line="102"/>
        <source>&amp;End</source>
        <translation>الن&amp;هاية</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/dialogs.py" line="107"/>
        <source>Objectives, KPIs, phases and key-message prompts come from the type&apos;s template; change them in the editor.</source>
        <translation>تأتي الأهداف ومؤشرات الأداء الرئيسية والمراحل وأسئلة الرسائل الرئيسية من قالب النوع؛ عدّلها في محرر الحملة.</translation>
    </message>
</context>
<context>
    <name>ObjectivesSection</name>
    <message>
        <location filename="../planner/ui/campaigns/editor/objectives.py" line="41"/>
        <location filename="../planner/ui/campaigns/editor/objectives.py" line="147"/>
        <source>Aim</source>
        <translation>الغاية</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/objectives.py" line="44"/>
        <source>The policy aim in one sentence: what should change in society, and why it matters.</source>
        <translation>الغاية في جملة واحدة: ما الذي ينبغي أن يتغير في المجتمع، ولماذا يهم ذلك.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/objectives.py" line="53"/>
        <source>Edit the aim</source>
        <translation>تعديل الغاية</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/objectives.py" line="63"/>
        <source>Objective</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/objectives.py" line="68"/>
        <location filename="../planner/ui/campaigns/editor/objectives.py" line="189"/>
        <source>KPIs</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/objectives.py" line="77"/>
        <location filename="../planner/ui/campaigns/editor/objectives.py" line="153"/>
        <source>Objectives</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/objectives.py" line="78"/>
        <source>Specific, measurable, achievable, relevant and time-bound (SMART).</source>
        <translation>محددة، قابلة للقياس، قابلة للتحقيق، ذات صلة، ومحددة بزمن (SMART).</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/objectives.py" line="80"/>
        <source>Add objective</source>
        <translation>إضافة هدف</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/objectives.py" line="81"/>
        <source>Remove objective</source>
        <translation>حذف الهدف</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/objectives.py" line="92"/>
        <source>Metric</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/objectives.py" line="97"/>
        <source>Baseline</source>
        <translation>القيمة الأساسية</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/objectives.py" line="103"/>
        <source>Target</source>
        <translation>القيمة المستهدفة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/objectives.py" line="109"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/objectives.py" line="114"/>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/objectives.py" line="123"/>
        <source>KPIs of the selected objective</source>
        <translation>مؤشرات الأداء الرئيسية للهدف المحدد</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/objectives.py" line="124"/>
        <source>Each KPI goes from its baseline to its target by its deadline.</source>
        <translation>ينتقل كل مؤشر من قيمته الأساسية إلى قيمته المستهدفة بحلول موعده النهائي.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/objectives.py" line="126"/>
        <source>Add KPI</source>
        <translation>إضافة مؤشر أداء رئيسي</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/objectives.py" line="127"/>
        <source>Remove KPI</source>
        <translation>حذف المؤشر</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/objectives.py" line="148"/>
        <source>The change in society the campaign serves.</source>
        <translation>التغيير الذي تخدمه الحملة في المجتمع.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/objectives.py" line="160"/>
        <source>Add an objective</source>
        <translation>إضافة هدف</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/objectives.py" line="167"/>
        <source>Remove an objective</source>
        <translation>حذف هدف</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/objectives.py" line="176"/>
        <source>Edit an objective</source>
        <translation>تعديل هدف</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/objectives.py" line="187"/>
        <source>KPIs of objective %1</source>
        <translation>مؤشرات الأداء الرئيسية للهدف %1</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/objectives.py" line="200"/>
        <source>Add a KPI</source>
        <translation>إضافة مؤشر أداء رئيسي</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/objectives.py" line="210"/>
        <source>Remove a KPI</source>
        <translation>حذف مؤشر أداء رئيسي</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/objectives.py" line="225"/>
        <source>Edit a KPI</source>
        <translation>تعديل مؤشر أداء رئيسي</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/objectives.py" line="247"/>
        <source>Objective %1: %2</source>
        <translation>الهدف %1: %2</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/objectives.py" line="259"/>
        <source>KPI %1: %2</source>
        <translation>المؤشر %1: %2</translation>
    </message>
</context>
<context>
    <name>StrategySection</name>
    <message>
        <location filename="../planner/ui/campaigns/editor/strategy.py" line="46"/>
        <source>Partner body</source>
        <translation>جهة شريكة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/strategy.py" line="47"/>
        <source>Influencer</source>
        <translation>مؤثر</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/strategy.py" line="116"/>
        <location filename="../planner/ui/campaigns/editor/strategy.py" line="211"/>
        <source>Proposition</source>
        <translation>العرض الأساسي للحملة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/strategy.py" line="118"/>
        <source>What the campaign offers the audience, in a sentence or two.</source>
        <translation>ما تقدمه الحملة للجمهور، في جملة أو جملتين.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/strategy.py" line="124"/>
        <source>Edit the proposition</source>
        <translation>تعديل العرض الأساسي</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/strategy.py" line="134"/>
        <source>Key message</source>
        <translation>الرسالة الرئيسية</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/strategy.py" line="139"/>
        <source>In English (optional)</source>
        <translation>بالإنجليزية (اختياري)</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/strategy.py" line="148"/>
        <source>Key messages</source>
        <translation>الرسائل الرئيسية</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/strategy.py" line="149"/>
        <source>One to five short sentences the audience should remember.</source>
        <translation>من جملة إلى خمس جمل قصيرة ينبغي أن يتذكرها الجمهور.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/strategy.py" line="151"/>
        <source>Add key message</source>
        <translation>إضافة رسالة رئيسية</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/strategy.py" line="152"/>
        <source>Remove key message</source>
        <translation>حذف الرسالة الرئيسية</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/strategy.py" line="160"/>
        <location filename="../planner/ui/campaigns/editor/strategy.py" line="219"/>
        <source>Channels</source>
        <translation>القنوات</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/strategy.py" line="167"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/strategy.py" line="170"/>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/strategy.py" line="175"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/strategy.py" line="184"/>
        <source>Partner bodies and influencers</source>
        <translation>الجهات الشريكة والمؤثرون</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/strategy.py" line="187"/>
        <source>Add partner</source>
        <translation>إضافة جهة شريكة أو مؤثر</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/strategy.py" line="188"/>
        <source>Remove partner</source>
        <translation>حذف الجهة الشريكة أو المؤثر</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/strategy.py" line="194"/>
        <location filename="../planner/ui/campaigns/editor/strategy.py" line="214"/>
        <source>Hashtags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/strategy.py" line="195"/>
        <source>#hashtag #another (separated by spaces)</source>
        <translation>#وسم #وسم_آخر (تفصل بينها مسافات)</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/strategy.py" line="199"/>
        <source>Edit the hashtags</source>
        <translation>تعديل الوسوم</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/strategy.py" line="220"/>
        <source>The institution&apos;s accounts the campaign uses.</source>
        <translation>حسابات المؤسسة التي تستخدمها الحملة.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/strategy.py" line="230"/>
        <source>Strategy</source>
        <translation>الاستراتيجية</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/strategy.py" line="236"/>
        <source>Add a key message</source>
        <translation>إضافة رسالة رئيسية</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/strategy.py" line="242"/>
        <source>Remove a key message</source>
        <translation>حذف رسالة رئيسية</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/strategy.py" line="249"/>
        <source>Edit a key message</source>
        <translation>تعديل رسالة رئيسية</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/strategy.py" line="259"/>
        <source>Choose the channels</source>
        <translation>اختيار القنوات</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/strategy.py" line="266"/>
        <source>Add a partner</source>
        <translation>إضافة جهة شريكة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/strategy.py" line="272"/>
        <source>Remove a partner</source>
        <translation>حذف جهة شريكة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/strategy.py" line="279"/>
        <source>Edit a partner</source>
        <translation>تعديل جهة شريكة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/strategy.py" line="303"/>
        <source>Message %1: %2</source>
        <translation>الرسالة %1: %2</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/strategy.py" line="307"/>
        <source>Partner %1: %2</source>
        <translation>الجهة %1: %2</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/strategy.py" line="311"/>
        <source>Hashtag %1: %2</source>
        <translation>الوسم %1: %2</translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message>
        <location filename="../planner/ui/campaigns/editor/audience.py" line="49"/>
        <source>Segment</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/editor/audience.py" line="50"/>
        <source>Platforms that reach it</source>
        <translation>المنصات التي تصل إليها</translation>
    </message>
</context>
</TS>
