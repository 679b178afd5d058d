<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../planner/ui/audience/models.py" line="127"/>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/models.py" line="128"/>
        <source>Handle</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/models.py" line="129"/>
        <source>Address</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/models.py" line="130"/>
        <source>Followers</source>
        <translation>المتابعون</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/models.py" line="131"/>
        <source>Segments reached</source>
        <translation>الشرائح التي يصل إليها</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/models.py" line="132"/>
        <source>Best posting times</source>
        <translation>أفضل أوقات النشر</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/models.py" line="177"/>
        <source>%1 a week</source>
        <translation>%1 في الأسبوع</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <location filename="../planner/ui/audience/accounts.py" line="51"/>
        <location filename="../planner/ui/audience/accounts.py" line="86"/>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/accounts.py" line="70"/>
        <source>Add account</source>
        <translation>إضافة حساب</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/accounts.py" line="71"/>
        <location filename="../planner/ui/audience/accounts.py" line="194"/>
        <source>Delete account</source>
        <translation>حذف الحساب</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/accounts.py" line="77"/>
        <location filename="../planner/ui/audience/accounts.py" line="91"/>
        <source>Segments it reaches</source>
        <translation>الشرائح التي يصل إليها</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/accounts.py" line="79"/>
        <location filename="../planner/ui/audience/accounts.py" line="94"/>
        <source>Best posting times</source>
        <translation>أفضل أوقات النشر</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/accounts.py" line="82"/>
        <source>Tick the hours when this account&apos;s followers are most active (Muscat time).</source>
        <translation>علّم الساعات التي يكون فيها متابعو هذا الحساب أكثر نشاطًا (بتوقيت مسقط).</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/accounts.py" line="145"/>
        <source>Account saved</source>
        <translation>تم حفظ الحساب</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/accounts.py" line="157"/>
        <source>Write the account&apos;s handle, e.g. @name.</source>
        <translation>اكتب معرّف الحساب، مثل ‎@name.</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/accounts.py" line="162"/>
        <source>Followers are a whole number, zero or more.</source>
        <translation>عدد المتابعين رقم صحيح، صفر أو أكثر.</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/accounts.py" line="168"/>
        <source>Edit an account</source>
        <translation>تعديل حساب</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/accounts.py" line="174"/>
        <source>Add an account</source>
        <translation>إضافة حساب</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/accounts.py" line="183"/>
        <source>Delete an account</source>
        <translation>حذف حساب</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/accounts.py" line="185"/>
        <source>Delete the account %1 on %2?</source>
        <translation>هل تحذف الحساب %1 على %2؟</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/accounts.py" line="191"/>
        <source>It is a channel of %1 campaign(s); they will no longer use it.</source>
        <translation>إنه قناة لحملات عددها %1، ولن تستخدمه بعد الحذف.</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/accounts.py" line="193"/>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/accounts.py" line="196"/>
        <source>Account deleted</source>
        <translation>تم حذف الحساب</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/accounts.py" line="205"/>
        <source>Change the segments an account reaches</source>
        <translation>تغيير الشرائح التي يصل إليها حساب</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/accounts.py" line="217"/>
        <source>Change the best posting times</source>
        <translation>تغيير أفضل أوقات النشر</translation>
    </message>
</context>
<context>
    <name>AudienceView</name>
    <message>
        <location filename="../planner/ui/audience/view.py" line="31"/>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/view.py" line="32"/>
        <source>Segments</source>
        <translation>الشرائح</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/view.py" line="33"/>
        <source>Who reaches whom</source>
        <translation>من يصل إلى من</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/view.py" line="37"/>
        <source>Audience and accounts</source>
        <translation>الجمهور والحسابات</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../planner/ui/audience/models.py" line="290"/>
        <source>%1 reaches %2</source>
        <translation>%1 تصل إلى %2</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/models.py" line="294"/>
        <source>%1 does not reach %2</source>
        <translation>%1 لا تصل إلى %2</translation>
    </message>
</context>
<context>
    <name>MatrixPanel</name>
    <message>
        <location filename="../planner/ui/audience/segments.py" line="208"/>
        <source>Segments and platforms</source>
        <translation>الشرائح والمنصات</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/segments.py" line="213"/>
        <source>Who reaches whom</source>
        <translation>من يصل إلى من</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/segments.py" line="217"/>
        <source>A tick: the platform reaches the segment. Hover a cell to see the institution&apos;s accounts there.</source>
        <translation>العلامة تعني أن المنصة تصل إلى الشريحة. مرّر المؤشر فوق خانة لترى حسابات المؤسسة عليها.</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/segments.py" line="235"/>
        <source>Change the platforms that reach a segment</source>
        <translation>تغيير المنصات التي تصل إلى شريحة</translation>
    </message>
</context>
<context>
    <name>SegmentsModel</name>
    <message>
        <location filename="../planner/ui/audience/models.py" line="191"/>
        <source>Segment</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/models.py" line="192"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/models.py" line="193"/>
        <source>Platforms that reach it</source>
        <translation>المنصات التي تصل إليها</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/models.py" line="194"/>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
</context>
<context>
    <name>SegmentsPanel</name>
    <message>
        <location filename="../planner/ui/audience/segments.py" line="53"/>
        <location filename="../planner/ui/audience/segments.py" line="79"/>
        <source>Segments</source>
        <translation>الشرائح</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/segments.py" line="65"/>
        <source>Add segment</source>
        <translation>إضافة شريحة</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/segments.py" line="66"/>
        <location filename="../planner/ui/audience/segments.py" line="173"/>
        <source>Delete segment</source>
        <translation>حذف الشريحة</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/segments.py" line="71"/>
        <source>Platforms that reach it</source>
        <translation>المنصات التي تصل إليها</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/segments.py" line="85"/>
        <source>The platforms that reach this segment.</source>
        <translation>المنصات التي تصل إلى هذه الشريحة.</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/segments.py" line="134"/>
        <source>Segment saved</source>
        <translation>تم حفظ الشريحة</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/segments.py" line="144"/>
        <source>Give the segment a name.</source>
        <translation>اكتب اسم الشريحة.</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/segments.py" line="149"/>
        <source>Edit a segment</source>
        <translation>تعديل شريحة</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/segments.py" line="153"/>
        <source>New segment</source>
        <translation>شريحة جديدة</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/segments.py" line="153"/>
        <source>Add a segment</source>
        <translation>إضافة شريحة</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/segments.py" line="162"/>
        <source>Delete a segment</source>
        <translation>حذف شريحة</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/segments.py" line="164"/>
        <source>Delete the segment “%1”?</source>
        <translation>هل تحذف الشريحة «%1»؟</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/segments.py" line="167"/>
        <source>It is used by %1 account(s), %2 campaign(s) and %3 post(s), which will no longer refer to it.</source>
        <translation>تستخدمها حسابات عددها %1 وحملات عددها %2 ومنشورات عددها %3، ولن تشير إليها بعد الحذف.</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/segments.py" line="172"/>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/segments.py" line="175"/>
        <source>Segment deleted</source>
        <translation>تم حذف الشريحة</translation>
    </message>
    <message>
        <location filename="../planner/ui/audience/segments.py" line="186"/>
        <source>Change the platforms that reach a segment</source>
        <translation>تغيير المنصات التي تصل إلى شريحة</translation>
    </message>
</context>
</TS>
