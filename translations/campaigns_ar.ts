<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
  <context>
    <name>CampaignEditor</name>
    <message>
      <location filename="../planner/ui/campaigns/editor/view.py" line="49" />
      <source>All campaigns</source>
      <translation>كل الحملات</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/editor/view.py" line="52" />
      <source>Back to the list of campaigns (%1)</source>
      <translation>العودة إلى قائمة الحملات (%1)</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/editor/view.py" line="55" />
      <source>Back to the list of campaigns</source>
      <translation>العودة إلى قائمة الحملات</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/editor/view.py" line="113" />
      <source>Unsaved changes</source>
      <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/editor/view.py" line="114" />
      <source>Some changes are not saved because of the problems marked in red. Leave the campaign and drop them?</source>
      <translation>بعض التغييرات لم تُحفظ بسبب المشكلات المعلَّمة باللون الأحمر. هل تغادر الحملة وتتخلى عنها؟</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/editor/view.py" line="140" />
      <source>Campaign saved</source>
      <translation>تم حفظ الحملة</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/editor/view.py" line="188" />
      <source>%1 problem(s) to correct</source>
      <translation>مشكلات يجب تصحيحها: %1</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/editor/view.py" line="192" />
      <source>Not saved: correct the %1 marked problem(s)</source>
      <translation>لم يُحفظ: صحّح المشكلات المعلَّمة (%1)</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/editor/view.py" line="196" />
      <source>Every change is saved</source>
      <translation>كل التغييرات محفوظة</translation>
    </message>
  </context>
  <context>
    <name>CampaignLabels</name>
    <message>
      <location filename="../planner/ui/campaigns/labels.py" line="12" />
      <source>Give the campaign a name.</source>
      <translation>اكتب اسم الحملة.</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/labels.py" line="13" />
      <source>The end date is before the start date.</source>
      <translation>تاريخ النهاية يسبق تاريخ البداية.</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/labels.py" line="15" />
      <source>Write the colour as # followed by six hexadecimal digits.</source>
      <translation>اكتب اللون بالصيغة # متبوعة بستة أرقام ست عشرية.</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/labels.py" line="17" />
      <source>A hashtag needs a word after # and no spaces.</source>
      <translation>الوسم يحتاج إلى كلمة بعد # ودون مسافات.</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/labels.py" line="19" />
      <source>Write the objective.</source>
      <translation>اكتب الهدف.</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/labels.py" line="20" />
      <source>The campaign has no objective yet: add at least one.</source>
      <translation>لا يوجد للحملة هدف بعد: أضف هدفًا واحدًا على الأقل.</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/labels.py" line="22" />
      <source>This objective has no KPI: add one so that it can be measured.</source>
      <translation>هذا الهدف بلا مؤشر أداء رئيسي: أضف مؤشرًا ليمكن قياسه.</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/labels.py" line="24" />
      <source>Enter a number.</source>
      <translation>أدخل رقمًا.</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/labels.py" line="25" />
      <source>The target equals the baseline: there would be nothing to measure.</source>
      <translation>القيمة المستهدفة تساوي القيمة الأساسية: لن يكون هناك ما يُقاس.</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/labels.py" line="27" />
      <source>The deadline is before the campaign starts.</source>
      <translation>الموعد النهائي يسبق بداية الحملة.</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/labels.py" line="29" />
      <source>This segment is targeted twice.</source>
      <translation>هذه الشريحة مستهدفة مرتين.</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/labels.py" line="31" />
      <source>Write the key message in Arabic.</source>
      <translation>اكتب الرسالة الرئيسية بالعربية.</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/labels.py" line="33" />
      <source>The campaign has no key message yet: add one to five.</source>
      <translation>لا توجد للحملة رسالة رئيسية بعد: أضف من رسالة إلى خمس رسائل.</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/labels.py" line="35" />
      <source>Keep to five key messages at most.</source>
      <translation>لا تتجاوز خمس رسائل رئيسية.</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/labels.py" line="37" />
      <source>Write the partner's name.</source>
      <translation>اكتب اسم الجهة الشريكة.</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/labels.py" line="39" />
      <source>Give the phase a name.</source>
      <translation>اكتب اسم المرحلة.</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/labels.py" line="40" />
      <source>The phase ends before it starts.</source>
      <translation>تنتهي المرحلة قبل أن تبدأ.</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/labels.py" line="42" />
      <source>The phase falls outside the campaign's dates.</source>
      <translation>المرحلة تقع خارج تواريخ الحملة.</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/labels.py" line="44" />
      <location filename="../planner/ui/campaigns/labels.py" line="59" />
      <source>A budget cannot be negative.</source>
      <translation>لا يمكن أن تكون الميزانية سالبة.</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/labels.py" line="46" />
      <source>This platform has two budget lines.</source>
      <translation>لهذه المنصة بندان في الميزانية.</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/labels.py" line="48" />
      <source>Give the report a title.</source>
      <translation>اكتب عنوان التقرير.</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/labels.py" line="50" />
      <source>The report is due before the campaign starts.</source>
      <translation>موعد التقرير يسبق بداية الحملة.</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/labels.py" line="53" />
      <source>This value is not valid.</source>
      <translation>هذه القيمة غير صالحة.</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/labels.py" line="56" />
      <source>Enter an amount in rials.</source>
      <translation>أدخل مبلغًا بالريال العماني.</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/labels.py" line="57" />
      <source>Enter the amount as a number of rials, e.g. 1250.500.</source>
      <translation>أدخل المبلغ رقمًا بالريال العماني، مثل 1250.500.</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/labels.py" line="60" />
      <source>At most three decimals: the baisa is the smallest unit.</source>
      <translation>ثلاث خانات عشرية على الأكثر: البيسة أصغر وحدة.</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/labels.py" line="62" />
      <source>The amount is too large.</source>
      <translation>المبلغ كبير جدًا.</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/labels.py" line="66" />
      <source>The template file cannot be read.</source>
      <translation>تتعذر قراءة ملف القالب.</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/labels.py" line="68" />
      <source>The template lacks the field “%1”.</source>
      <translation>ينقص القالبَ الحقلُ «%1».</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/labels.py" line="70" />
      <source>The template's field “%1” has the wrong kind of value.</source>
      <translation>نوع القيمة في حقل القالب «%1» غير صحيح.</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/labels.py" line="72" />
      <source>The template's field “%1” has a value that is not allowed.</source>
      <translation>قيمة حقل القالب «%1» غير مسموح بها.</translation>
    </message>
  </context>
  <context>
    <name>CampaignListView</name>
    <message>
      <location filename="../planner/ui/campaigns/list_view.py" line="54" />
      <source>Search campaigns…</source>
      <translation>ابحث في الحملات…</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/list_view.py" line="55" />
      <source>Search campaigns</source>
      <translation>البحث في الحملات</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/list_view.py" line="60" />
      <source>Filter by status</source>
      <translation>التصفية حسب الحالة</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/list_view.py" line="61" />
      <source>All statuses (without archived)</source>
      <translation>كل الحالات (دون المؤرشفة)</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/list_view.py" line="70" />
      <location filename="../planner/ui/campaigns/list_view.py" line="117" />
      <source>Campaigns</source>
      <translation>الحملات</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/list_view.py" line="94" />
      <location filename="../planner/ui/campaigns/list_view.py" line="154" />
      <location filename="../planner/ui/campaigns/list_view.py" line="159" />
      <source>Delete campaign</source>
      <translation>حذف الحملة</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/list_view.py" line="98" />
      <source>Rename</source>
      <translation>إعادة التسمية</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/list_view.py" line="102" />
      <source>Open campaign</source>
      <translation>فتح الحملة</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/list_view.py" line="155" />
      <source>Delete the campaign “%1” with all its posts? You can undo this with Ctrl+Z.</source>
      <translation>هل تريد حذف الحملة «%1» مع جميع منشوراتها؟ يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/list_view.py" line="160" />
      <source>Campaign deleted</source>
      <translation>تم حذف الحملة</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/list_view.py" line="167" />
      <source>Rename campaign</source>
      <translation>إعادة تسمية الحملة</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/list_view.py" line="168" />
      <source>Campaign saved</source>
      <translation>تم حفظ الحملة</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/list_view.py" line="190" />
      <source>%1 of %2</source>
      <translation>%1 من %2</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/list_view.py" line="193" />
      <source>No campaigns yet. A campaign holds the plan your managers approve: objectives, audience, messages, phases and budget.</source>
      <translation>لا توجد حملات بعد. تضم الحملة الخطة التي يعتمدها المسؤولون: الأهداف والجمهور والرسائل والمراحل والميزانية.</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/list_view.py" line="197" />
      <source>No campaign matches the search. Clear the search box or choose another status.</source>
      <translation>لا توجد حملة تطابق البحث. امسح مربع البحث أو اختر حالة أخرى.</translation>
    </message>
  </context>
  <context>
    <name>CampaignTableModel</name>
    <message>
      <location filename="../planner/ui/campaigns/model.py" line="40" />
      <source>Campaign</source>
      <translation>الحملة</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/model.py" line="41" />
      <source>Type</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/model.py" line="42" />
      <source>Dates</source>
      <translation>التواريخ</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/model.py" line="43" />
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/model.py" line="44" />
      <source>Platforms</source>
      <translation>المنصات</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/model.py" line="45" />
      <source>Posts</source>
      <translation>المنشورات</translation>
    </message>
  </context>
  <context>
    <name>IdentitySection</name>
    <message>
      <location filename="../planner/ui/campaigns/editor/identity.py" line="67" />
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/editor/identity.py" line="68" />
      <source>The campaign's name in Arabic</source>
      <translation>اسم الحملة بالعربية</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/editor/identity.py" line="71" />
      <source>English name</source>
      <translation>الاسم بالإنجليزية</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/editor/identity.py" line="72" />
      <source>Optional</source>
      <translation>اختياري</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/editor/identity.py" line="76" />
      <source>Type</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/editor/identity.py" line="80" />
      <source>Owner</source>
      <translation>المسؤول</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/editor/identity.py" line="81" />
      <source>Who is responsible for the campaign</source>
      <translation>الشخص أو الجهة المسؤولة عن الحملة</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/editor/identity.py" line="84" />
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/editor/identity.py" line="87" />
      <source>Start</source>
      <translation>البداية</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/editor/identity.py" line="88" />
      <source>End</source>
      <translation>النهاية</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/editor/identity.py" line="93" />
      <source>Colour</source>
      <translation>اللون</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/editor/identity.py" line="110" />
      <source>&amp;Name</source>
      <translation>الا&amp;سم</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/editor/identity.py" line="111" />
      <source>&amp;English name</source>
      <translation>الاسم بالإن&amp;جليزية</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/editor/identity.py" line="112" />
      <source>&amp;Type</source>
      <translation>الن&amp;وع</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/editor/identity.py" line="113" />
      <source>&amp;Owner</source>
      <translation>المس&amp;ؤول</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/editor/identity.py" line="114" />
      <source>Stat&amp;us</source>
      <translation>ال&amp;حالة</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/editor/identity.py" line="116" />
      <source>&amp;Start</source>
      <translation>ال&amp;بداية</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/editor/identity.py" line="118" />
      <source>En&amp;d</source>
      <translation>الن&amp;هاية</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/editor/identity.py" line="122" />
      <source>&amp;Colour</source>
      <translation>الل&amp;ون</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/editor/identity.py" line="125" />
      <source>Edit the campaign's name</source>
      <translation>تعديل اسم الحملة</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/editor/identity.py" line="128" />
      <source>Edit the English name</source>
      <translation>تعديل الاسم بالإنجليزية</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/editor/identity.py" line="131" />
      <source>Edit the owner</source>
      <translation>تعديل المسؤول</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/editor/identity.py" line="134" />
      <source>Change the campaign's type</source>
      <translation>تغيير نوع الحملة</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/editor/identity.py" line="137" />
      <source>Change the campaign's status</source>
      <translation>تغيير حالة الحملة</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/editor/identity.py" line="143" />
      <source>Identity</source>
      <translation>التعريف</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/editor/identity.py" line="152" />
      <source>Colour %1</source>
      <translation>اللون %1</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/editor/identity.py" line="163" />
      <source>Change the campaign's colour</source>
      <translation>تغيير لون الحملة</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/editor/identity.py" line="182" />
      <source>Change the campaign's dates</source>
      <translation>تغيير تواريخ الحملة</translation>
    </message>
    <message>
      <location filename="../planner/ui/campaigns/editor/identity.py" line="189" />
      <source>Lasts %1 days</source>
      <translation>المدة: %1 يومًا</translation>
    </message>
  </context>
</TS>