<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../planner/ui/audience/models.py" line="116"/>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/models.py" line="117"/>
        <source>Handle</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/models.py" line="118"/>
        <source>Address</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/models.py" line="119"/>
        <source>Followers</source>
        <translation>المتابعون</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/models.py" line="120"/>
        <source>Segments reached</source>
        <translation>الشرائح التي يصل إليها</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/models.py" line="121"/>
        <source>Best posting times</source>
        <translation>أفضل أوقات النشر</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/models.py" line="160"/>
        <source>%1 a week</source>
        <translation>%1 في الأسبوع</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <location filename="../planner/ui/audience/accounts.py" line="45"/>
        <location filename="../planner/ui/audience/accounts.py" line="77"/>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/accounts.py" line="61"/>
        <source>Add account</source>
        <translation>إضافة حساب</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/accounts.py" line="62"/>
        <location filename="../planner/ui/audience/accounts.py" line="180"/>
        <source>Delete account</source>
        <translation>حذف الحساب</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/accounts.py" line="69"/>
        <location filename="../planner/ui/audience/accounts.py" line="82"/>
        <source>Segments it reaches</source>
        <translation>الشرائح التي يصل إليها</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/accounts.py" line="71"/>
        <location filename="../planner/ui/audience/accounts.py" line="85"/>
        <source>Best posting times</source>
        <translation>أفضل أوقات النشر</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/accounts.py" line="73"/>
        <source>Tick the hours when this account&apos;s followers are most active (Muscat time).</source>
        <translation>علّم الساعات التي يكون فيها متابعو هذا الحساب أكثر نشاطًا (بتوقيت مسقط).</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/accounts.py" line="135"/>
        <source>Account saved</source>
        <translation>تم حفظ الحساب</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/accounts.py" line="147"/>
        <source>Write the account&apos;s handle, e.g. @name.</source>
        <translation>اكتب معرّف الحساب، مثل ‎@name.</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/accounts.py" line="152"/>
        <source>Followers are a whole number, zero or more.</source>
        <translation>عدد المتابعين رقم صحيح، صفر أو أكثر.</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/accounts.py" line="158"/>
        <source>Edit an account</source>
        <translation>تعديل حساب</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/accounts.py" line="164"/>
        <source>Add an account</source>
        <translation>إضافة حساب</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/accounts.py" line="173"/>
        <source>Delete an account</source>
        <translation>حذف حساب</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/accounts.py" line="174"/>
        <source>Delete the account %1 on %2?</source>
        <translation>هل تحذف الحساب %1 على %2؟</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/accounts.py" line="177"/>
        <source>It is a channel of %1 campaign(s); they will no longer use it.</source>
        <translation>إنه قناة لحملات عددها %1، ولن تستخدمه بعد الحذف.</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/accounts.py" line="179"/>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/accounts.py" line="182"/>
        <source>Account deleted</source>
        <translation>تم حذف الحساب</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/accounts.py" line="191"/>
        <source>Change the segments an account reaches</source>
        <translation>تغيير الشرائح التي يصل إليها حساب</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/accounts.py" line="203"/>
        <source>Change the best posting times</source>
        <translation>تغيير أفضل أوقات النشر</translation>
    </message>
</context>
<context>
    <name>AudienceView</name>
    <message>
        <location filename="../planner/ui/audience/view.py" line="30"/>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/view.py" line="31"/>
        <source>Segments</source>
        <translation>الشرائح</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/view.py" line="32"/>
        <source>Who reaches whom</source>
        <translation>من يصل إلى من</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/view.py" line="36"/>
        <source>Audience and accounts</source>
        <translation>الجمهور والحسابات</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../planner/ui/audience/models.py" line="257"/>
        <source>%1 reaches %2</source>
        <translation>%1 تصل إلى %2</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/models.py" line="260"/>
        <source>%1 does not reach %2</source>
        <translation>%1 لا تصل إلى %2</translation>
    </message>
</context>
<context>
    <name>MatrixPanel</name>
    <message>
        <location filename="../planner/ui/audience/segments.py" line="192"/>
        <source>Segments and platforms</source>
        <translation>الشرائح والمنصات</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/segments.py" line="197"/>
        <source>Who reaches whom</source>
        <translation>من يصل إلى من</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/segments.py" line="198"/>
        <source>A tick: the platform reaches the segment. Hover a cell to see the institution&apos;s accounts there.</source>
        <translation>العلامة تعني أن المنصة تصل إلى الشريحة. مرّر المؤشر فوق خانة لترى حسابات المؤسسة عليها.</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/segments.py" line="210"/>
        <source>Change the platforms that reach a segment</source>
        <translation>تغيير المنصات التي تصل إلى شريحة</translation>
    </message>
</context>
<context>
    <name>SegmentsModel</name>
    <message>
        <location filename="../planner/ui/audience/models.py" line="169"/>
        <source>Segment</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/models.py" line="170"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/models.py" line="171"/>
        <source>Platforms that reach it</source>
        <translation>المنصات التي تصل إليها</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/models.py" line="172"/>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
</context>
<context>
    <name>SegmentsPanel</name>
    <message>
        <location filename="../planner/ui/audience/segments.py" line="47"/>
        <location filename="../planner/ui/audience/segments.py" line="72"/>
        <source>Segments</source>
        <translation>الشرائح</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/segments.py" line="58"/>
        <source>Add segment</source>
        <translation>إضافة شريحة</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/segments.py" line="59"/>
        <location filename="../planner/ui/audience/segments.py" line="163"/>
        <source>Delete segment</source>
        <translation>حذف الشريحة</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/segments.py" line="65"/>
        <source>Platforms that reach it</source>
        <translation>المنصات التي تصل إليها</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/segments.py" line="78"/>
        <source>The platforms that reach this segment.</source>
        <translation>المنصات التي تصل إلى هذه الشريحة.</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/segments.py" line="126"/>
        <source>Segment saved</source>
        <translation>تم حفظ الشريحة</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/segments.py" line="136"/>
        <source>Give the segment a name.</source>
        <translation>اكتب اسم الشريحة.</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/segments.py" line="141"/>
        <source>Edit a segment</source>
        <translation>تعديل شريحة</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/segments.py" line="145"/>
        <source>New segment</source>
        <translation>شريحة جديدة</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/segments.py" line="145"/>
        <source>Add a segment</source>
        <translation>إضافة شريحة</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/segments.py" line="154"/>
        <source>Delete a segment</source>
        <translation>حذف شريحة</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/segments.py" line="156"/>
        <source>Delete the segment “%1”?</source>
        <translation>هل تحذف الشريحة «%1»؟</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/segments.py" line="158"/>
        <source>It is used by %1 account(s), %2 campaign(s) and %3 post(s), which will no longer refer to it.</source>
        <translation>تستخدمها حسابات عددها %1 وحملات عددها %2 ومنشورات عددها %3، ولن تشير إليها بعد الحذف.</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/segments.py" line="162"/>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/segments.py" line="165"/>
        <source>Segment deleted</source>
        <translation>تم حذف الشريحة</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/segments.py" line="172"/>
        <source>Change the platforms that reach a segment</source>
        <translation>تغيير المنصات التي تصل إلى شريحة</translation>
    </message>
</context>
</TS>
