<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>daicho::AcceptFindingDialog</name>
    <message>
        <source>Accept finding</source>
        <translation>Accept finding</translation>
    </message>
    <message>
        <source>Why the risk is accepted, and what is done instead</source>
        <translation>Why the risk is accepted, and what is done instead</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Accepted by</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>The finding shows as accepted until that date and comes back the day after. The acceptance is recorded in the audit log.</source>
        <translation>The finding shows as accepted until that date and comes back the day after. The acceptance is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
</context>
<context>
    <name>daicho::AddLinkDialog</name>
    <message>
        <source>Add link to %1</source>
        <translation>Add link to %1</translation>
    </message>
    <message>
        <source>This asset is stored on …</source>
        <translation>This asset is stored on …</translation>
    </message>
    <message>
        <source>… is stored on this asset</source>
        <translation>… is stored on this asset</translation>
    </message>
    <message>
        <source>This asset can access …</source>
        <translation>This asset can access …</translation>
    </message>
    <message>
        <source>… can access this asset</source>
        <translation>… can access this asset</translation>
    </message>
    <message>
        <source>This asset runs on …</source>
        <translation>This asset runs on …</translation>
    </message>
    <message>
        <source>… runs on this asset</source>
        <translation>… runs on this asset</translation>
    </message>
    <message>
        <source>Type part of a number or name</source>
        <translation>Type part of a number or name</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Other asset</source>
        <translation>Other asset</translation>
    </message>
    <message>
        <source>… more: type more to narrow the list</source>
        <translation>… more: type more to narrow the list</translation>
    </message>
</context>
<context>
    <name>daicho::AssetDetailPanel</name>
    <message>
        <source>No asset selected</source>
        <translation>No asset selected</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Findings (zones, network, handling)</source>
        <translation>Findings (zones, network, handling)</translation>
    </message>
</context>
<context>
    <name>daicho::AssetFields</name>
    <message>
        <source>Management number</source>
        <translation>Management number</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Business category</source>
        <translation>Business category</translation>
    </message>
    <message>
        <source>Asset name</source>
        <translation>Asset name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Related information system</source>
        <translation>Related information system</translation>
    </message>
    <message>
        <source>Network segment</source>
        <translation>Network segment</translation>
    </message>
    <message>
        <source>User scope</source>
        <translation>User scope</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Medium / storage location</source>
        <translation>Medium / storage location</translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation>Personal information</translation>
    </message>
    <message>
        <source>Special care-required personal information</source>
        <translation>Special care-required personal information</translation>
    </message>
    <message>
        <source>Specific personal information (My Number)</source>
        <translation>Specific personal information (My Number)</translation>
    </message>
    <message>
        <source>Number of data subjects</source>
        <translation>Number of data subjects</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrity</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Availability</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importance</translation>
    </message>
    <message>
        <source>Handling restrictions</source>
        <translation>Handling restrictions</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Encrypted</translation>
    </message>
    <message>
        <source>Wire lock</source>
        <translation>Wire lock</translation>
    </message>
    <message>
        <source>Remote server operation</source>
        <translation>Remote server operation</translation>
    </message>
    <message>
        <source>Issued / private</source>
        <translation>Issued / private</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <source>Retention deadline</source>
        <translation>Retention deadline</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <source>Updated on</source>
        <translation>Updated on</translation>
    </message>
    <message>
        <source>Updated by</source>
        <translation>Updated by</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Department code</source>
        <translation>Department code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Department name</source>
        <translation>Department name</translation>
    </message>
    <message>
        <source>Parent department</source>
        <translation>Parent department</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Valid to</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Link type</source>
        <translation>Link type</translation>
    </message>
    <message>
        <source>Place of use</source>
        <translation>Place of use</translation>
    </message>
    <message>
        <source>Place of storage</source>
        <translation>Place of storage</translation>
    </message>
</context>
<context>
    <name>daicho::AssetFindingsView</name>
    <message>
        <source>Not placed: the zone rules apply to the devices, media and paper that hold it.</source>
        <translation>Not placed: the zone rules apply to the devices, media and paper that hold it.</translation>
    </message>
    <message>
        <source>%1: not recorded</source>
        <translation>%1: not recorded</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>, counts as %1</source>
        <translation>, counts as %1</translation>
    </message>
    <message>
        <source>Place of use</source>
        <translation>Place of use</translation>
    </message>
    <message>
        <source>Place of storage (after hours)</source>
        <translation>Place of storage (after hours)</translation>
    </message>
    <message>
        <source>Zone categories: none (it holds and reaches no classified information)</source>
        <translation>Zone categories: none (it holds and reaches no classified information)</translation>
    </message>
    <message>
        <source>%1 (use %2+, storage %3+)</source>
        <translation>%1 (use %2+, storage %3+)</translation>
    </message>
    <message>
        <source>Zone categories: %1</source>
        <translation>Zone categories: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No findings: it meets the zone, network and handling rules.</source>
        <translation>No findings: it meets the zone, network and handling rules.</translation>
    </message>
    <message>
        <source>Accepted by %1 until %2: %3</source>
        <translation>Accepted by %1 until %2: %3</translation>
    </message>
    <message>
        <source>The acceptance by %1 lapsed on %2: %3</source>
        <translation>The acceptance by %1 lapsed on %2: %3</translation>
    </message>
    <message>
        <source>Withdraw acceptance</source>
        <translation>Withdraw acceptance</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>Accept…</translation>
    </message>
    <message>
        <source>Accept this finding with a reason, until a date</source>
        <translation>Accept this finding with a reason, until a date</translation>
    </message>
    <message>
        <source>Disposed: not checked against the rules.</source>
        <translation>Disposed: not checked against the rules.</translation>
    </message>
    <message>
        <source>Acceptance of %1 (%2, until %3) no longer matches a finding: %4</source>
        <translation>Acceptance of %1 (%2, until %3) no longer matches a finding: %4</translation>
    </message>
</context>
<context>
    <name>daicho::AssetForm</name>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>None (paper or standalone)</source>
        <translation>None (paper or standalone)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Last update</translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation>Personal information</translation>
    </message>
    <message>
        <source>Special care-required</source>
        <translation>Special care-required</translation>
    </message>
    <message>
        <source>My Number</source>
        <translation>My Number</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>e.g. 複製禁止、配付禁止 (separate with 、 or commas)</source>
        <translation>e.g. 複製禁止、配付禁止 (separate with 、 or commas)</translation>
    </message>
    <message>
        <source>e.g. 5年</source>
        <translation>e.g. 5年</translation>
    </message>
    <message>
        <source>(Not set)</source>
        <translation>(Not set)</translation>
    </message>
    <message>
        <source>(Same as the place of use)</source>
        <translation>(Same as the place of use)</translation>
    </message>
    <message>
        <source>The area where the asset is used; the zone check compares its level with the minimum for use.</source>
        <translation>The area where the asset is used; the zone check compares its level with the minimum for use.</translation>
    </message>
    <message>
        <source>Where the asset is kept when not in use, e.g. a locked cabinet; not set means the place of use. Storage is checked at the after-hours level.</source>
        <translation>Where the asset is kept when not in use, e.g. a locked cabinet; not set means the place of use. Storage is checked at the after-hours level.</translation>
    </message>
    <message>
        <source>A PC or tablet fixed with an anti-theft wire counts as being in an L2 area (at least L2) where it is used and kept.</source>
        <translation>A PC or tablet fixed with an anti-theft wire counts as being in an L2 area (at least L2) where it is used and kept.</translation>
    </message>
    <message>
        <source>A device that can operate servers remotely falls in the category REMOTE: by default it must be used in L2 or higher and kept in L3 or higher.</source>
        <translation>A device that can operate servers remotely falls in the category REMOTE: by default it must be used in L2 or higher and kept in L3 or higher.</translation>
    </message>
    <message>
        <source>Encryption is advisable for PCs and media that store information of the highest importance; without it the check gives a note. It does not relax the zone rules.</source>
        <translation>Encryption is advisable for PCs and media that store information of the highest importance; without it the check gives a note. It does not relax the zone rules.</translation>
    </message>
</context>
<context>
    <name>daicho::AssetHistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>History of %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>OS user</source>
        <translation>OS user</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>New value</translation>
    </message>
</context>
<context>
    <name>daicho::AssetItemDelegate</name>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>daicho::AssetTableModel</name>
    <message>
        <source>Effective importance: the highest of the asset's own, the one derived from its values and the one of what it holds. "(set by hand)" marks a value set by hand.</source>
        <translation>Effective importance: the highest of the asset's own, the one derived from its values and the one of what it holds. "(set by hand)" marks a value set by hand.</translation>
    </message>
    <message>
        <source>Effective value: the higher of the asset's own value and the highest value of what it holds. Italic: raised by what it holds.</source>
        <translation>Effective value: the higher of the asset's own value and the highest value of what it holds. Italic: raised by what it holds.</translation>
    </message>
    <message>
        <source>%1 (set by hand)</source>
        <translation>%1 (set by hand)</translation>
    </message>
    <message>
        <source>%1/%2 done</source>
        <translation>%1/%2 done</translation>
    </message>
    <message>
        <source>None (paper or standalone)</source>
        <translation>None (paper or standalone)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Derived</source>
        <translation>Derived</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>[%1, accepted] %2: %3</source>
        <translation>[%1, accepted] %2: %3</translation>
    </message>
    <message>
        <source>[%1] %2: %3</source>
        <translation>[%1] %2: %3</translation>
    </message>
    <message>
        <source>Place of use</source>
        <translation>Place of use</translation>
    </message>
    <message>
        <source>Place of storage</source>
        <translation>Place of storage</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>%1 %2 +%3</source>
        <translation>%1 %2 +%3</translation>
    </message>
</context>
<context>
    <name>daicho::AuditText</name>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Derived</source>
        <translation>Derived</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>not done</translation>
    </message>
</context>
<context>
    <name>daicho::AuditVerifier</name>
    <message>
        <source>Audit log entry %1 is missing: the log jumps from %2 to %3.</source>
        <translation>Audit log entry %1 is missing: the log jumps from %2 to %3.</translation>
    </message>
    <message>
        <source>Audit log entry %1 does not follow the entry before it (the chain is broken).</source>
        <translation>Audit log entry %1 does not follow the entry before it (the chain is broken).</translation>
    </message>
    <message>
        <source>Audit log entry %1 was changed after it was written.</source>
        <translation>Audit log entry %1 was changed after it was written.</translation>
    </message>
    <message>
        <source>%1 %2 is not recorded in the audit log (added outside Daicho).</source>
        <translation>%1 %2 is not recorded in the audit log (added outside Daicho).</translation>
    </message>
    <message>
        <source>%1 %2 was changed outside Daicho after audit log entry %3.</source>
        <translation>%1 %2 was changed outside Daicho after audit log entry %3.</translation>
    </message>
    <message>
        <source>%1 %2 was deleted outside Daicho (last audit log entry %3).</source>
        <translation>%1 %2 was deleted outside Daicho (last audit log entry %3).</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>The register's settings are not recorded in the audit log.</source>
        <translation>The register's settings are not recorded in the audit log.</translation>
    </message>
    <message>
        <source>The register's settings were changed outside Daicho after audit log entry %1.</source>
        <translation>The register's settings were changed outside Daicho after audit log entry %1.</translation>
    </message>
</context>
<context>
    <name>daicho::CalibrateTool</name>
    <message>
        <source>Click two points of the background whose distance you know (e.g. the ends of a dimension line).</source>
        <translation>Click two points of the background whose distance you know (e.g. the ends of a dimension line).</translation>
    </message>
    <message>
        <source>There is no background image to calibrate. Load one first.</source>
        <translation>There is no background image to calibrate. Load one first.</translation>
    </message>
    <message>
        <source>%1 mm as drawn now</source>
        <translation>%1 mm as drawn now</translation>
    </message>
</context>
<context>
    <name>daicho::ClassificationEditor</name>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Effective: %1</source>
        <translation>Effective: %1</translation>
    </message>
    <message>
        <source>Effective: not set</source>
        <translation>Effective: not set</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>set by hand</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>derived</translation>
    </message>
    <message>
        <source>Effective: %1 (%2)</source>
        <translation>Effective: %1 (%2)</translation>
    </message>
    <message>
        <source>Effective: not classified</source>
        <translation>Effective: not classified</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importance</translation>
    </message>
    <message>
        <source>Derived</source>
        <translation>Derived</translation>
    </message>
    <message>
        <source>Handling measures this class requires</source>
        <translation>Handling measures this class requires</translation>
    </message>
    <message>
        <source>Handling measures this class requires (%1/%2 done)</source>
        <translation>Handling measures this class requires (%1/%2 done)</translation>
    </message>
    <message>
        <source>None required.</source>
        <translation>None required.</translation>
    </message>
</context>
<context>
    <name>daicho::ClassificationEngine</name>
    <message>
        <source>%1 holds %2 (%3)</source>
        <translation>%1 holds %2 (%3)</translation>
    </message>
    <message>
        <source>%1 holds %2 (%3) via %4</source>
        <translation>%1 holds %2 (%3) via %4</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>own value</source>
        <translation>own value</translation>
    </message>
    <message>
        <source>%1: not set</source>
        <translation>%1: not set</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>Personal information: contained</source>
        <translation>Personal information: contained</translation>
    </message>
    <message>
        <source>Personal information: %1 holds %2</source>
        <translation>Personal information: %1 holds %2</translation>
    </message>
    <message>
        <source>Importance: not classified</source>
        <translation>Importance: not classified</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>set by hand</translation>
    </message>
    <message>
        <source>%1, from the values it holds</source>
        <translation>%1, from the values it holds</translation>
    </message>
    <message>
        <source>Importance: %1 — %2</source>
        <translation>Importance: %1 — %2</translation>
    </message>
    <message>
        <source>Access importance: %1 — can access %2</source>
        <translation>Access importance: %1 — can access %2</translation>
    </message>
    <message>
        <source>IPA importance: %1</source>
        <translation>IPA importance: %1</translation>
    </message>
    <message>
        <source>Stored in a loop with %1; the members share the highest value.</source>
        <translation>Stored in a loop with %1; the members share the highest value.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Required measures: %1</source>
        <translation>Required measures: %1</translation>
    </message>
</context>
<context>
    <name>daicho::ClassificationScheme</name>
    <message>
        <source>Invalid classification scheme: %1</source>
        <translation>Invalid classification scheme: %1</translation>
    </message>
    <message>
        <source>"%1" must be a list.</source>
        <translation>"%1" must be a list.</translation>
    </message>
    <message>
        <source>a measure has no tag.</source>
        <translation>a measure has no tag.</translation>
    </message>
    <message>
        <source>the measure "%1" appears twice.</source>
        <translation>the measure "%1" appears twice.</translation>
    </message>
    <message>
        <source>the measure "%1" has no label.</source>
        <translation>the measure "%1" has no label.</translation>
    </message>
    <message>
        <source>"%1" has no levels.</source>
        <translation>"%1" has no levels.</translation>
    </message>
    <message>
        <source>a level of "%1" has no id.</source>
        <translation>a level of "%1" has no id.</translation>
    </message>
    <message>
        <source>the level "%1" appears twice in "%2".</source>
        <translation>the level "%1" appears twice in "%2".</translation>
    </message>
    <message>
        <source>the level "%1" of "%2" has no label.</source>
        <translation>the level "%1" of "%2" has no label.</translation>
    </message>
    <message>
        <source>the level "%1" of "%2" has a score that is not a whole number of 0 or more.</source>
        <translation>the level "%1" of "%2" has a score that is not a whole number of 0 or more.</translation>
    </message>
    <message>
        <source>the scores of "%1" decrease from a lower to a higher level.</source>
        <translation>the scores of "%1" decrease from a lower to a higher level.</translation>
    </message>
    <message>
        <source>the level "%1" of "%2" requires the unknown measure "%3".</source>
        <translation>the level "%1" of "%2" requires the unknown measure "%3".</translation>
    </message>
    <message>
        <source>the scheme has no axes.</source>
        <translation>the scheme has no axes.</translation>
    </message>
    <message>
        <source>an axis has no id.</source>
        <translation>an axis has no id.</translation>
    </message>
    <message>
        <source>the axis "%1" appears twice.</source>
        <translation>the axis "%1" appears twice.</translation>
    </message>
    <message>
        <source>the axis "%1" has no name.</source>
        <translation>the axis "%1" has no name.</translation>
    </message>
    <message>
        <source>"otherwise" can only stand alone.</source>
        <translation>"otherwise" can only stand alone.</translation>
    </message>
    <message>
        <source>a condition must be "otherwise" or an object.</source>
        <translation>a condition must be "otherwise" or an object.</translation>
    </message>
    <message>
        <source>unknown condition key "%1".</source>
        <translation>unknown condition key "%1".</translation>
    </message>
    <message>
        <source>a condition needs exactly one of personal, sensitive, myNumber, axis (with atLeast), any or all.</source>
        <translation>a condition needs exactly one of personal, sensitive, myNumber, axis (with atLeast), any or all.</translation>
    </message>
    <message>
        <source>"%1" must be true or false.</source>
        <translation>"%1" must be true or false.</translation>
    </message>
    <message>
        <source>unknown axis "%1".</source>
        <translation>unknown axis "%1".</translation>
    </message>
    <message>
        <source>"%1" is not a level of the axis "%2".</source>
        <translation>"%1" is not a level of the axis "%2".</translation>
    </message>
    <message>
        <source>"any" and "all" need a non-empty list of conditions.</source>
        <translation>"any" and "all" need a non-empty list of conditions.</translation>
    </message>
    <message>
        <source>importance rule %1 follows an "otherwise" rule and can never apply.</source>
        <translation>importance rule %1 follows an "otherwise" rule and can never apply.</translation>
    </message>
    <message>
        <source>importance rule %1: %2</source>
        <translation>importance rule %1: %2</translation>
    </message>
    <message>
        <source>importance rule %1 leads to "%2", which is not an importance level.</source>
        <translation>importance rule %1 leads to "%2", which is not an importance level.</translation>
    </message>
    <message>
        <source>importance rule %1 has no label.</source>
        <translation>importance rule %1 has no label.</translation>
    </message>
    <message>
        <source>it is not a Daicho classification scheme (format "%1").</source>
        <translation>it is not a Daicho classification scheme (format "%1").</translation>
    </message>
    <message>
        <source>the format version is missing or not valid.</source>
        <translation>the format version is missing or not valid.</translation>
    </message>
    <message>
        <source>its format version %1 is newer than this version of Daicho can read (%2).</source>
        <translation>its format version %1 is newer than this version of Daicho can read (%2).</translation>
    </message>
    <message>
        <source>the scheme has no id.</source>
        <translation>the scheme has no id.</translation>
    </message>
    <message>
        <source>the scheme "%1" has no name.</source>
        <translation>the scheme "%1" has no name.</translation>
    </message>
    <message>
        <source>"%1" must be an object.</source>
        <translation>"%1" must be an object.</translation>
    </message>
    <message>
        <source>the importance has no rules and cannot be set by hand.</source>
        <translation>the importance has no rules and cannot be set by hand.</translation>
    </message>
    <message>
        <source>"ipaImportance" names the unknown axis "%1".</source>
        <translation>"ipaImportance" names the unknown axis "%1".</translation>
    </message>
    <message>
        <source>Unknown classification scheme preset "%1".</source>
        <translation>Unknown classification scheme preset "%1".</translation>
    </message>
    <message>
        <source>The classification scheme preset "%1" is missing.</source>
        <translation>The classification scheme preset "%1" is missing.</translation>
    </message>
    <message>
        <source>The classification scheme preset "%1" is not valid JSON: %2</source>
        <translation>The classification scheme preset "%1" is not valid JSON: %2</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>set by hand</translation>
    </message>
    <message>
        <source>not classified</source>
        <translation>not classified</translation>
    </message>
</context>
<context>
    <name>daicho::Cli</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>The option --%1 needs a value.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Unknown option --%1.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>new needs exactly one FILE.</source>
        <translation>new needs exactly one FILE.</translation>
    </message>
    <message>
        <source>Unknown preset %1. Choose one of: %2</source>
        <translation>Unknown preset %1. Choose one of: %2</translation>
    </message>
    <message>
        <source>Information asset register</source>
        <translation>Information asset register</translation>
    </message>
    <message>
        <source>Created %1 (classification scheme: %2).</source>
        <translation>Created %1 (classification scheme: %2).</translation>
    </message>
    <message>
        <source>demo needs exactly one FILE.</source>
        <translation>demo needs exactly one FILE.</translation>
    </message>
    <message>
        <source>--assets takes a whole number from 0 to 10000000.</source>
        <translation>--assets takes a whole number from 0 to 10000000.</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed takes a whole number.</translation>
    </message>
    <message>
        <source>Created the demo register %1 with %2 assets in %3 s.</source>
        <translation>Created the demo register %1 with %2 assets in %3 s.</translation>
    </message>
    <message>
        <source>export needs exactly one FILE.</source>
        <translation>export needs exactly one FILE.</translation>
    </message>
    <message>
        <source>export needs --out PATH.</source>
        <translation>export needs --out PATH.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>The file %1 could not be written: %2</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>Exported %1 to %2.</translation>
    </message>
    <message>
        <source>import needs a register FILE and an INPUT file.</source>
        <translation>import needs a register FILE and an INPUT file.</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>The file %1 could not be read: %2</translation>
    </message>
    <message>
        <source>Imported %1 assets into %2.</source>
        <translation>Imported %1 assets into %2.</translation>
    </message>
    <message>
        <source>verify needs exactly one FILE.</source>
        <translation>verify needs exactly one FILE.</translation>
    </message>
    <message>
        <source>OK: %1 rows match the audit log (%2 entries); the file is intact.</source>
        <translation>OK: %1 rows match the audit log (%2 entries); the file is intact.</translation>
    </message>
    <message numerus="yes">
        <source>Verification failed: %n problem(s).</source>
        <translation>
            <numerusform>Verification failed: %n problem(s).</numerusform>
            <numerusform>Verification failed: %n problem(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>check needs exactly one FILE.</source>
        <translation>check needs exactly one FILE.</translation>
    </message>
    <message>
        <source> (accepted)</source>
        <translation> (accepted)</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 notes, %4 accepted%5.</source>
        <translation>%1 errors, %2 warnings, %3 notes, %4 accepted%5.</translation>
    </message>
    <message>
        <source> (after hours)</source>
        <translation> (after hours)</translation>
    </message>
    <message>
        <source>plan needs exactly one FILE.</source>
        <translation>plan needs exactly one FILE.</translation>
    </message>
    <message>
        <source>plan needs --floor NAME (the floor's name, or its path such as 本庁舎 › 3階).</source>
        <translation>plan needs --floor NAME (the floor's name, or its path such as 本庁舎 › 3階).</translation>
    </message>
    <message>
        <source>plan needs --out PATH ending in .pdf, .png or .svg.</source>
        <translation>plan needs --out PATH ending in .pdf, .png or .svg.</translation>
    </message>
    <message>
        <source>--paper takes A3 or A4.</source>
        <translation>--paper takes A3 or A4.</translation>
    </message>
    <message>
        <source>--scale takes the N of 1:N (for example 200), or fit.</source>
        <translation>--scale takes the N of 1:N (for example 200), or fit.</translation>
    </message>
    <message>
        <source>--dpi takes a whole number from 36 to 600.</source>
        <translation>--dpi takes a whole number from 36 to 600.</translation>
    </message>
    <message>
        <source>This register has no floors.</source>
        <translation>This register has no floors.</translation>
    </message>
    <message>
        <source>No floor is called %1. The floors are:</source>
        <translation>No floor is called %1. The floors are:</translation>
    </message>
    <message>
        <source>%1 matches %2 floors; name the building too:</source>
        <translation>%1 matches %2 floors; name the building too:</translation>
    </message>
    <message>
        <source>Wrote the plan of %1 to %2 (%3; %4 areas, %5 markers, %6 findings).</source>
        <translation>Wrote the plan of %1 to %2 (%3; %4 areas, %5 markers, %6 findings).</translation>
    </message>
    <message>
        <source>not to scale</source>
        <translation>not to scale</translation>
    </message>
    <message>
        <source>--%1 applies to --format csv only.</source>
        <translation>--%1 applies to --format csv only.</translation>
    </message>
    <message>
        <source>--paper and --per-department apply to --format xlsx only.</source>
        <translation>--paper and --per-department apply to --format xlsx only.</translation>
    </message>
    <message>
        <source>--paper takes A4 or A3.</source>
        <translation>--paper takes A4 or A3.</translation>
    </message>
    <message>
        <source>--encoding takes utf-8 or cp932.</source>
        <translation>--encoding takes utf-8 or cp932.</translation>
    </message>
    <message>
        <source>--dates takes wareki or iso.</source>
        <translation>--dates takes wareki or iso.</translation>
    </message>
    <message>
        <source>Exported %1 assets of %2 to %3.</source>
        <translation>Exported %1 assets of %2 to %3.</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <source>… and %1 more problems%2.</source>
        <translation>… and %1 more problems%2.</translation>
    </message>
    <message>
        <source> (list them all with --report OUT.csv)</source>
        <translation> (list them all with --report OUT.csv)</translation>
    </message>
    <message>
        <source> (see %1)</source>
        <translation> (see %1)</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s).</source>
        <translation>
            <numerusform>Nothing was imported: %n problem(s).</numerusform>
            <numerusform>Nothing was imported: %n problem(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: %1 assets could be imported into %2; nothing was written.</source>
        <translation>Dry run: %1 assets could be imported into %2; nothing was written.</translation>
    </message>
    <message>
        <source>Imported %1 assets into %2 in %3 s.</source>
        <translation>Imported %1 assets into %2 in %3 s.</translation>
    </message>
    <message>
        <source>--header-row takes the number of the header's row (1 = the first).</source>
        <translation>--header-row takes the number of the header's row (1 = the first).</translation>
    </message>
    <message>
        <source>New department: %1 (code %2)</source>
        <translation>New department: %1 (code %2)</translation>
    </message>
    <message>
        <source>New member of staff: %1</source>
        <translation>New member of staff: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without a management number were numbered.</source>
        <translation>
            <numerusform>%n row(s) without a management number were numbered.</numerusform>
            <numerusform>%n row(s) without a management number were numbered.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: daicho-cli COMMAND ...

Commands:
  new FILE [--preset NAME] [--title TEXT]   create an empty register
  demo FILE [--assets N] [--seed S]         create a demo register of a fictional city
  export FILE --format json --out PATH      write the whole register as JSON
  export FILE --format csv --out PATH       write the ledger as CSV (UTF-8 with BOM unless told)
  export FILE --format xlsx --out PATH [--paper A4|A3] [--per-department]
                                            write the ledger as an Excel workbook
       [--department CODE] [--columns LIST] [--encoding utf-8|cp932] [--dates wareki|iso]
                                            CODE: that department and those under it;
                                            LIST: column keys separated by commas (number,name,...)
  export FILE --format pdf --out PATH [--layout list|sheet|check] [--paper A4|A3]
       [--department CODE] [--columns LIST] [--by NAME]
                                            print the ledger as PDF: list (landscape), one sheet
                                            per asset (portrait) or an inventory check sheet;
                                            --by: who prints it (the OS user unless told)
  import FILE INPUT --format json           add a JSON document to the register (all or nothing)
  import FILE INPUT --format csv            add the assets of a ledger CSV (UTF-8 or Shift_JIS; all or nothing)
  import FILE INPUT --format xlsx [--sheet NAME]
                                            add the assets of an Excel ledger (.xlsx; all or nothing): the
                                            sheet NAME, or the first sheet with a header row
                                            Without --format, INPUT's extension (.json, .csv, .xlsx) decides.
       [--department CODE] [--dry-run] [--report OUT.csv] [--header-row N] [--unknown-to-notes]
       [--create-missing] [--number-missing]
                                            --dry-run: only check; --report: list the problems as CSV;
                                            --unknown-to-notes: add unknown columns to the notes
  verify FILE                               check the file and its audit log
  check FILE [--json] [--after-hours]       list what breaks the zone, network and handling rules
  plan FILE --floor NAME --out PATH         draw a floor's security zone plan (.pdf, .png or .svg)
       [--paper A3|A4] [--scale N|fit] [--after-hours] [--mono] [--dpi N]
                                            NAME: the floor's name or path (本庁舎 › 3階 or 3階);
                                            A3 landscape fitted to the page unless told; 1:N with --scale N

Presets: %1
Exit codes: 0 ok, 1 rejected input, failed verification or findings of severity error,
2 usage, 3 file or database error.</source>
        <translation>Usage: daicho-cli COMMAND ...

Commands:
  new FILE [--preset NAME] [--title TEXT]   create an empty register
  demo FILE [--assets N] [--seed S]         create a demo register of a fictional city
  export FILE --format json --out PATH      write the whole register as JSON
  export FILE --format csv --out PATH       write the ledger as CSV (UTF-8 with BOM unless told)
  export FILE --format xlsx --out PATH [--paper A4|A3] [--per-department]
                                            write the ledger as an Excel workbook
       [--department CODE] [--columns LIST] [--encoding utf-8|cp932] [--dates wareki|iso]
                                            CODE: that department and those under it;
                                            LIST: column keys separated by commas (number,name,...)
  export FILE --format pdf --out PATH [--layout list|sheet|check] [--paper A4|A3]
       [--department CODE] [--columns LIST] [--by NAME]
                                            print the ledger as PDF: list (landscape), one sheet
                                            per asset (portrait) or an inventory check sheet;
                                            --by: who prints it (the OS user unless told)
  import FILE INPUT --format json           add a JSON document to the register (all or nothing)
  import FILE INPUT --format csv            add the assets of a ledger CSV (UTF-8 or Shift_JIS; all or nothing)
  import FILE INPUT --format xlsx [--sheet NAME]
                                            add the assets of an Excel ledger (.xlsx; all or nothing): the
                                            sheet NAME, or the first sheet with a header row
                                            Without --format, INPUT's extension (.json, .csv, .xlsx) decides.
       [--department CODE] [--dry-run] [--report OUT.csv] [--header-row N] [--unknown-to-notes]
       [--create-missing] [--number-missing]
                                            --dry-run: only check; --report: list the problems as CSV;
                                            --unknown-to-notes: add unknown columns to the notes
  verify FILE                               check the file and its audit log
  check FILE [--json] [--after-hours]       list what breaks the zone, network and handling rules
  plan FILE --floor NAME --out PATH         draw a floor's security zone plan (.pdf, .png or .svg)
       [--paper A3|A4] [--scale N|fit] [--after-hours] [--mono] [--dpi N]
                                            NAME: the floor's name or path (本庁舎 › 3階 or 3階);
                                            A3 landscape fitted to the page unless told; 1:N with --scale N

Presets: %1
Exit codes: 0 ok, 1 rejected input, failed verification or findings of severity error,
2 usage, 3 file or database error.</translation>
    </message>
    <message>
        <source>Unknown export format %1. This version exports: json, csv, xlsx, pdf</source>
        <translation>Unknown export format %1. This version exports: json, csv, xlsx, pdf</translation>
    </message>
    <message>
        <source>--layout and --by apply to --format pdf only.</source>
        <translation>--layout and --by apply to --format pdf only.</translation>
    </message>
    <message>
        <source>--%1 does not apply to --format pdf.</source>
        <translation>--%1 does not apply to --format pdf.</translation>
    </message>
    <message>
        <source>--layout takes list, sheet or check.</source>
        <translation>--layout takes list, sheet or check.</translation>
    </message>
    <message>
        <source>Wrote the %1 of %2 assets (%3 pages) to %4.</source>
        <translation>Wrote the %1 of %2 assets (%3 pages) to %4.</translation>
    </message>
    <message>
        <source>--sheet applies to --format xlsx only.</source>
        <translation>--sheet applies to --format xlsx only.</translation>
    </message>
    <message>
        <source>Unknown import format %1. This version imports: json, csv, xlsx</source>
        <translation>Unknown import format %1. This version imports: json, csv, xlsx</translation>
    </message>
    <message>
        <source>--department, --dry-run, --report, --header-row, --unknown-to-notes, --create-missing and --number-missing apply to ledger imports (csv, xlsx) only.</source>
        <translation>--department, --dry-run, --report, --header-row, --unknown-to-notes, --create-missing and --number-missing apply to ledger imports (csv, xlsx) only.</translation>
    </message>
    <message>
        <source>The workbook %1 has no sheet %2. Its sheets: %3</source>
        <translation>The workbook %1 has no sheet %2. Its sheets: %3</translation>
    </message>
    <message>
        <source>No sheet of %1 has a header row with 情報資産名称 (asset name). Its sheets: %2. Choose one with --sheet NAME and its header with --header-row N.</source>
        <translation>No sheet of %1 has a header row with 情報資産名称 (asset name). Its sheets: %2. Choose one with --sheet NAME and its header with --header-row N.</translation>
    </message>
    <message>
        <source>Sheet: %1</source>
        <translation>Sheet: %1</translation>
    </message>
</context>
<context>
    <name>daicho::ColumnsDialog</name>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
</context>
<context>
    <name>daicho::CsvFormat</name>
    <message>
        <source>Row %1, column %2: the character %3 (U+%4) cannot be written in Shift_JIS (CP932). Change it or export as UTF-8.</source>
        <translation>Row %1, column %2: the character %3 (U+%4) cannot be written in Shift_JIS (CP932). Change it or export as UTF-8.</translation>
    </message>
    <message>
        <source>Row %1 cannot be written in Shift_JIS (CP932).</source>
        <translation>Row %1 cannot be written in Shift_JIS (CP932).</translation>
    </message>
    <message>
        <source>The file starts as UTF-8 but holds bytes that are not UTF-8.</source>
        <translation>The file starts as UTF-8 but holds bytes that are not UTF-8.</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor Shift_JIS (CP932) text. Save it as CSV (UTF-8 or Shift_JIS) and try again.</source>
        <translation>The file is neither UTF-8 nor Shift_JIS (CP932) text. Save it as CSV (UTF-8 or Shift_JIS) and try again.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed.</source>
        <translation>Line %1: a quoted field is not closed.</translation>
    </message>
</context>
<context>
    <name>daicho::Database</name>
    <message>
        <source>The SQLite driver of Qt (QSQLITE) is not installed.</source>
        <translation>The SQLite driver of Qt (QSQLITE) is not installed.</translation>
    </message>
    <message>
        <source>The file %1 could not be opened as a database.</source>
        <translation>The file %1 could not be opened as a database.</translation>
    </message>
    <message>
        <source>Database message: %1</source>
        <translation>Database message: %1</translation>
    </message>
    <message>
        <source>A database statement could not be prepared.</source>
        <translation>A database statement could not be prepared.</translation>
    </message>
    <message>
        <source>A database statement failed.</source>
        <translation>A database statement failed.</translation>
    </message>
    <message>
        <source>The change was not saved because an earlier step of it failed.</source>
        <translation>The change was not saved because an earlier step of it failed.</translation>
    </message>
    <message>
        <source>The register %1 is damaged and cannot be read. Restore it from a backup.
%2</source>
        <translation>The register %1 is damaged and cannot be read. Restore it from a backup.
%2</translation>
    </message>
</context>
<context>
    <name>daicho::DemoGenerator</name>
    <message>
        <source>The number of demo assets must be 0 or more, not %1.</source>
        <translation>The number of demo assets must be 0 or more, not %1.</translation>
    </message>
</context>
<context>
    <name>daicho::DepartmentEditDialog</name>
    <message>
        <source>Edit department</source>
        <translation>Edit department</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>New department</translation>
    </message>
    <message>
        <source>None (top level)</source>
        <translation>None (top level)</translation>
    </message>
    <message>
        <source>Department code</source>
        <translation>Department code</translation>
    </message>
    <message>
        <source>Department name</source>
        <translation>Department name</translation>
    </message>
    <message>
        <source>Parent department</source>
        <translation>Parent department</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Valid to</translation>
    </message>
</context>
<context>
    <name>daicho::DepartmentTree</name>
    <message>
        <source>No longer in use since %1</source>
        <translation>No longer in use since %1</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>daicho::DepartmentsDialog</name>
    <message>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>Department code</source>
        <translation>Department code</translation>
    </message>
    <message>
        <source>Department name</source>
        <translation>Department name</translation>
    </message>
    <message>
        <source>Parent department</source>
        <translation>Parent department</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Valid to</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Department not deleted</source>
        <translation>Department not deleted</translation>
    </message>
</context>
<context>
    <name>daicho::Document</name>
    <message numerus="yes">
        <source>%n asset(s) were imported, but the register could not be read again: %1
Open the register again to see them.</source>
        <translation>
            <numerusform>%n asset(s) were imported, but the register could not be read again: %1
Open the register again to see them.</numerusform>
            <numerusform>%n asset(s) were imported, but the register could not be read again: %1
Open the register again to see them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daicho::DoorDialog</name>
    <message>
        <source>Door</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Can be locked</source>
        <translation>Can be locked</translation>
    </message>
    <message>
        <source>Locks by itself when closed</source>
        <translation>Locks by itself when closed</translation>
    </message>
    <message>
        <source>Alarm or monitoring</source>
        <translation>Alarm or monitoring</translation>
    </message>
    <message>
        <source>e.g. cylinder lock, IC card lock</source>
        <translation>e.g. cylinder lock, IC card lock</translation>
    </message>
    <message>
        <source>e.g. section chief</source>
        <translation>e.g. section chief</translation>
    </message>
    <message>
        <source>Lock type</source>
        <translation>Lock type</translation>
    </message>
    <message>
        <source>Keys held by</source>
        <translation>Keys held by</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>daicho::DoorItem</name>
    <message>
        <source>Lockable</source>
        <translation>Lockable</translation>
    </message>
    <message>
        <source>No lock</source>
        <translation>No lock</translation>
    </message>
</context>
<context>
    <name>daicho::DoorTool</name>
    <message>
        <source>Click on an area's wall to put a door there.</source>
        <translation>Click on an area's wall to put a door there.</translation>
    </message>
    <message>
        <source>Doors go on the wall of a drawn area: click closer to a wall.</source>
        <translation>Doors go on the wall of a drawn area: click closer to a wall.</translation>
    </message>
</context>
<context>
    <name>daicho::EntityJson</name>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>%1: field "%2" is missing.</source>
        <translation>%1: field "%2" is missing.</translation>
    </message>
    <message>
        <source>%1: field "%2" must be %3, not %4.</source>
        <translation>%1: field "%2" must be %3, not %4.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>an id (a whole number, 0 or more)</source>
        <translation>an id (a whole number, 0 or more)</translation>
    </message>
    <message>
        <source>an id (a positive whole number) or null</source>
        <translation>an id (a positive whole number) or null</translation>
    </message>
    <message>
        <source>a date (yyyy-MM-dd) or null</source>
        <translation>a date (yyyy-MM-dd) or null</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>a list of texts</translation>
    </message>
    <message>
        <source>%1: field "%2" has the unknown value "%3" (expected one of: %4).</source>
        <translation>%1: field "%2" has the unknown value "%3" (expected one of: %4).</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Audit entry</source>
        <translation>Audit entry</translation>
    </message>
    <message>
        <source>a whole number, 0 or more, or null</source>
        <translation>a whole number, 0 or more, or null</translation>
    </message>
    <message>
        <source>a list of {"tag": text, "done": true or false}</source>
        <translation>a list of {"tag": text, "done": true or false}</translation>
    </message>
    <message>
        <source>a whole number, 0 or more</source>
        <translation>a whole number, 0 or more</translation>
    </message>
    <message>
        <source>a date and time (ISO 8601, e.g. 2025-04-01T09:30:00.000Z) or null</source>
        <translation>a date and time (ISO 8601, e.g. 2025-04-01T09:30:00.000Z) or null</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>a list of {"field": text, "old": value, "new": value}</source>
        <translation>a list of {"field": text, "old": value, "new": value}</translation>
    </message>
    <message>
        <source>a date (yyyy-MM-dd)</source>
        <translation>a date (yyyy-MM-dd)</translation>
    </message>
    <message>
        <source>a date and time (ISO 8601, e.g. 2025-04-01T09:30:00.000Z)</source>
        <translation>a date and time (ISO 8601, e.g. 2025-04-01T09:30:00.000Z)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Acceptance</translation>
    </message>
    <message>
        <source>a level from 0 to 4</source>
        <translation>a level from 0 to 4</translation>
    </message>
    <message>
        <source>a list of points [x, y] in millimetres</source>
        <translation>a list of points [x, y] in millimetres</translation>
    </message>
    <message>
        <source>a point [x, y] in whole millimetres</source>
        <translation>a point [x, y] in whole millimetres</translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation>Floor plan</translation>
    </message>
    <message>
        <source>a grid in millimetres (1 to 100000)</source>
        <translation>a grid in millimetres (1 to 100000)</translation>
    </message>
    <message>
        <source>an angle from 0 to 359</source>
        <translation>an angle from 0 to 359</translation>
    </message>
    <message>
        <source>a whole number of pixels</source>
        <translation>a whole number of pixels</translation>
    </message>
    <message>
        <source>[width, height] in pixels</source>
        <translation>[width, height] in pixels</translation>
    </message>
    <message>
        <source>[x, y] in micrometres</source>
        <translation>[x, y] in micrometres</translation>
    </message>
    <message>
        <source>micrometres per pixel (1 or more)</source>
        <translation>micrometres per pixel (1 or more)</translation>
    </message>
    <message>
        <source>a percentage from 0 to 100</source>
        <translation>a percentage from 0 to 100</translation>
    </message>
    <message>
        <source>a PNG or JPEG image in base64</source>
        <translation>a PNG or JPEG image in base64</translation>
    </message>
    <message>
        <source>a list of doors</source>
        <translation>a list of doors</translation>
    </message>
    <message>
        <source>%1, door %2</source>
        <translation>%1, door %2</translation>
    </message>
</context>
<context>
    <name>daicho::Enums</name>
    <message>
        <source>Information (electronic)</source>
        <translation>Information (electronic)</translation>
    </message>
    <message>
        <source>Information (paper)</source>
        <translation>Information (paper)</translation>
    </message>
    <message>
        <source>Information system</source>
        <translation>Information system</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>PC</source>
        <translation>PC</translation>
    </message>
    <message>
        <source>Mobile device</source>
        <translation>Mobile device</translation>
    </message>
    <message>
        <source>Multifunction device</source>
        <translation>Multifunction device</translation>
    </message>
    <message>
        <source>Network device</source>
        <translation>Network device</translation>
    </message>
    <message>
        <source>Removable media</source>
        <translation>Removable media</translation>
    </message>
    <message>
        <source>System document</source>
        <translation>System document</translation>
    </message>
    <message>
        <source>Not applicable (paper)</source>
        <translation>Not applicable (paper)</translation>
    </message>
    <message>
        <source>My Number business segment</source>
        <translation>My Number business segment</translation>
    </message>
    <message>
        <source>LGWAN segment</source>
        <translation>LGWAN segment</translation>
    </message>
    <message>
        <source>Internet segment</source>
        <translation>Internet segment</translation>
    </message>
    <message>
        <source>Management segment</source>
        <translation>Management segment</translation>
    </message>
    <message>
        <source>Standalone</source>
        <translation>Standalone</translation>
    </message>
    <message>
        <source>External service (cloud)</source>
        <translation>External service (cloud)</translation>
    </message>
    <message>
        <source>Government cloud</source>
        <translation>Government cloud</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>Disposed</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Private</translation>
    </message>
    <message>
        <source>is stored on</source>
        <translation>is stored on</translation>
    </message>
    <message>
        <source>can access</source>
        <translation>can access</translation>
    </message>
    <message>
        <source>runs on</source>
        <translation>runs on</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Container (locker, cabinet, drawer)</source>
        <translation>Container (locker, cabinet, drawer)</translation>
    </message>
    <message>
        <source>Server rack</source>
        <translation>Server rack</translation>
    </message>
    <message>
        <source>Public side of the counter</source>
        <translation>Public side of the counter</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>IC card</source>
        <translation>IC card</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Biometric</source>
        <translation>Biometric</translation>
    </message>
    <message>
        <source>Entry log</source>
        <translation>Entry log</translation>
    </message>
    <message>
        <source>α model</source>
        <translation>α model</translation>
    </message>
    <message>
        <source>α′ model</source>
        <translation>α′ model</translation>
    </message>
    <message>
        <source>β model</source>
        <translation>β model</translation>
    </message>
    <message>
        <source>β′ model</source>
        <translation>β′ model</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>daicho::FilterBar</name>
    <message>
        <source>Search number, name, department, manager, notes…</source>
        <translation>Search number, name, department, manager, notes…</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Importance (effective)</source>
        <translation>Importance (effective)</translation>
    </message>
    <message>
        <source>Classification level (effective)</source>
        <translation>Classification level (effective)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Network segment</source>
        <translation>Network segment</translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation>Personal information</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any importance</source>
        <translation>Any importance</translation>
    </message>
    <message>
        <source>Any classification</source>
        <translation>Any classification</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Any kind</translation>
    </message>
    <message>
        <source>Any network segment</source>
        <translation>Any network segment</translation>
    </message>
    <message>
        <source>Any personal information</source>
        <translation>Any personal information</translation>
    </message>
    <message>
        <source>Special care-required</source>
        <translation>Special care-required</translation>
    </message>
    <message>
        <source>My Number</source>
        <translation>My Number</translation>
    </message>
    <message>
        <source>No personal information</source>
        <translation>No personal information</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Findings of the zone, network and handling rules (accepted ones do not count)</source>
        <translation>Findings of the zone, network and handling rules (accepted ones do not count)</translation>
    </message>
    <message>
        <source>Findings: any</source>
        <translation>Findings: any</translation>
    </message>
    <message>
        <source>With findings</source>
        <translation>With findings</translation>
    </message>
    <message>
        <source>With warnings or errors</source>
        <translation>With warnings or errors</translation>
    </message>
    <message>
        <source>With errors</source>
        <translation>With errors</translation>
    </message>
</context>
<context>
    <name>daicho::FindingChecker</name>
    <message>
        <source>Zone of use too low</source>
        <translation>Zone of use too low</translation>
    </message>
    <message>
        <source>Zone of storage too low</source>
        <translation>Zone of storage too low</translation>
    </message>
    <message>
        <source>Used in a storage-only zone</source>
        <translation>Used in a storage-only zone</translation>
    </message>
    <message>
        <source>Placed in zone L0</source>
        <translation>Placed in zone L0</translation>
    </message>
    <message>
        <source>Brought into zone L4</source>
        <translation>Brought into zone L4</translation>
    </message>
    <message>
        <source>Encryption advised</source>
        <translation>Encryption advised</translation>
    </message>
    <message>
        <source>No place recorded</source>
        <translation>No place recorded</translation>
    </message>
    <message>
        <source>Specific personal information outside the My Number segment</source>
        <translation>Specific personal information outside the My Number segment</translation>
    </message>
    <message>
        <source>My Number data on removable media</source>
        <translation>My Number data on removable media</translation>
    </message>
    <message>
        <source>Confidential information on the internet segment</source>
        <translation>Confidential information on the internet segment</translation>
    </message>
    <message>
        <source>Handling measure not done</source>
        <translation>Handling measure not done</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source> › </source>
        <translation> › </translation>
    </message>
    <message>
        <source> The room is not locked after hours, so it counts as L1 outside business hours.</source>
        <translation> The room is not locked after hours, so it counts as L1 outside business hours.</translation>
    </message>
    <message>
        <source> The anti-theft wire makes the device count as L2.</source>
        <translation> The anti-theft wire makes the device count as L2.</translation>
    </message>
    <message>
        <source>%1 must be used in zone %2 or higher, but "%3" is %4.%5 Use it in a zone of level %2 or higher.</source>
        <translation>%1 must be used in zone %2 or higher, but "%3" is %4.%5 Use it in a zone of level %2 or higher.</translation>
    </message>
    <message>
        <source>%1 must be kept in zone %2 or higher, but "%3" is %4.%5 Keep it in a zone of level %2 or higher (for L3, a locked cabinet, locker or drawer).</source>
        <translation>%1 must be kept in zone %2 or higher, but "%3" is %4.%5 Keep it in a zone of level %2 or higher (for L3, a locked cabinet, locker or drawer).</translation>
    </message>
    <message>
        <source>"%1" is a storage place (%2): nothing may be used there. Record the room where it is used as the place of use, and this place as the place of storage.</source>
        <translation>"%1" is a storage place (%2): nothing may be used there. Record the room where it is used as the place of use, and this place as the place of storage.</translation>
    </message>
    <message>
        <source>"%1" is zone L0, where information assets may not be kept.%2 Keep it in a zone of level L1 or higher; a documented exception needs an acceptance with a reason.</source>
        <translation>"%1" is zone L0, where information assets may not be kept.%2 Keep it in a zone of level L1 or higher; a documented exception needs an acceptance with a reason.</translation>
    </message>
    <message>
        <source>"%1" is zone L0, where information assets may not be used or kept.%2 Move it to a zone of level L1 or higher; a documented exception (a public kiosk, for example) needs an acceptance with a reason.</source>
        <translation>"%1" is zone L0, where information assets may not be used or kept.%2 Move it to a zone of level L1 or higher; a documented exception (a public kiosk, for example) needs an acceptance with a reason.</translation>
    </message>
    <message>
        <source> A wire prevents theft, not viewing.</source>
        <translation> A wire prevents theft, not viewing.</translation>
    </message>
    <message>
        <source>"%1" is zone L4 (server room). Only servers belong there; other devices and media unrelated to its systems need a stated reason. Accept this finding with the reason, or move the asset.</source>
        <translation>"%1" is zone L4 (server room). Only servers belong there; other devices and media unrelated to its systems need a stated reason. Accept this finding with the reason, or move the asset.</translation>
    </message>
    <message>
        <source>It holds information of the highest importance and is not encrypted. Encryption is desirable; it does not relax the zone rules.</source>
        <translation>It holds information of the highest importance and is not encrypted. Encryption is desirable; it does not relax the zone rules.</translation>
    </message>
    <message>
        <source>No place of use is recorded, so the zone rules cannot be checked. Choose the area where it is used and, if different, where it is kept.</source>
        <translation>No place of use is recorded, so the zone rules cannot be checked. Choose the area where it is used and, if different, where it is kept.</translation>
    </message>
    <message>
        <source>It holds specific personal information (My Number) but is on the %1. Such information belongs on the My Number business segment (or its government cloud standard systems). Correct the network segment, or move the data.</source>
        <translation>It holds specific personal information (My Number) but is on the %1. Such information belongs on the My Number business segment (or its government cloud standard systems). Correct the network segment, or move the data.</translation>
    </message>
    <message>
        <source>Removable media holding My Number segment data: exporting data from the My Number business segment to USB memory and other media is not allowed in principle. Record the permission and procedure, or remove the data.</source>
        <translation>Removable media holding My Number segment data: exporting data from the My Number business segment to USB memory and other media is not allowed in principle. Record the permission and procedure, or remove the data.</translation>
    </message>
    <message>
        <source>In the α model, information of confidentiality 2 or higher does not belong on the internet segment. Move it to the LGWAN segment, or lower its class if it is public.</source>
        <translation>In the α model, information of confidentiality 2 or higher does not belong on the internet segment. Move it to the LGWAN segment, or lower its class if it is public.</translation>
    </message>
    <message>
        <source>Its class requires the handling measure "%1", which is not marked as done. Carry it out and tick it, or accept this finding with a reason.</source>
        <translation>Its class requires the handling measure "%1", which is not marked as done. Carry it out and tick it, or accept this finding with a reason.</translation>
    </message>
</context>
<context>
    <name>daicho::FindingsModel</name>
    <message>
        <source>Accepted until %1</source>
        <translation>Accepted until %1</translation>
    </message>
    <message>
        <source>Lapsed %1</source>
        <translation>Lapsed %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Asset No.</source>
        <translation>Asset No.</translation>
    </message>
    <message>
        <source>Asset name</source>
        <translation>Asset name</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Acceptance</translation>
    </message>
</context>
<context>
    <name>daicho::FindingsPanel</name>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding(s)</numerusform>
            <numerusform>%n finding(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>All severities</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>All rules</translation>
    </message>
    <message>
        <source>Show accepted</source>
        <translation>Show accepted</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>Accept…</translation>
    </message>
    <message>
        <source>Accept the selected finding with a reason, until a date</source>
        <translation>Accept the selected finding with a reason, until a date</translation>
    </message>
</context>
<context>
    <name>daicho::JsonExchange</name>
    <message>
        <source>Department #%1</source>
        <translation>Department #%1</translation>
    </message>
    <message>
        <source>Person #%1</source>
        <translation>Person #%1</translation>
    </message>
    <message>
        <source>Asset #%1</source>
        <translation>Asset #%1</translation>
    </message>
    <message>
        <source>Link #%1</source>
        <translation>Link #%1</translation>
    </message>
    <message>
        <source>Audit entry #%1</source>
        <translation>Audit entry #%1</translation>
    </message>
    <message>
        <source>The document has no field "%1".</source>
        <translation>The document has no field "%1".</translation>
    </message>
    <message>
        <source>The document's field "%1" must be %2.</source>
        <translation>The document's field "%1" must be %2.</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation>%1 is not a JSON object.</translation>
    </message>
    <message>
        <source>%1: field "id" must be a positive whole number.</source>
        <translation>%1: field "id" must be a positive whole number.</translation>
    </message>
    <message>
        <source>%1 has the id %2, which %3 already has.</source>
        <translation>%1 has the id %2, which %3 already has.</translation>
    </message>
    <message>
        <source>%1: field "%2" refers to department id %3, which is not in the file.</source>
        <translation>%1: field "%2" refers to department id %3, which is not in the file.</translation>
    </message>
    <message>
        <source>%1: field "%2" refers to person id %3, which is not in the file.</source>
        <translation>%1: field "%2" refers to person id %3, which is not in the file.</translation>
    </message>
    <message>
        <source>%1: field "%2" refers to asset id %3, which is not in the file.</source>
        <translation>%1: field "%2" refers to asset id %3, which is not in the file.</translation>
    </message>
    <message>
        <source>%1: field "%2" must refer to a department.</source>
        <translation>%1: field "%2" must refer to a department.</translation>
    </message>
    <message>
        <source>%1: field "%2" must refer to an asset.</source>
        <translation>%1: field "%2" must refer to an asset.</translation>
    </message>
    <message>
        <source>%1 has the department code "%2", which %3 already has.</source>
        <translation>%1 has the department code "%2", which %3 already has.</translation>
    </message>
    <message>
        <source>%1: its parent departments form a loop.</source>
        <translation>%1: its parent departments form a loop.</translation>
    </message>
    <message>
        <source>%1 has no management number (field "number").</source>
        <translation>%1 has no management number (field "number").</translation>
    </message>
    <message>
        <source>%1 has the management number "%2", which %3 already has.</source>
        <translation>%1 has the management number "%2", which %3 already has.</translation>
    </message>
    <message>
        <source>%1: field "systemId" refers to asset id %2 (%3), which is not an information system.</source>
        <translation>%1: field "systemId" refers to asset id %2 (%3), which is not an information system.</translation>
    </message>
    <message>
        <source>%1 links an asset to itself.</source>
        <translation>%1 links an asset to itself.</translation>
    </message>
    <message>
        <source>%1 repeats %2: same assets, same type.</source>
        <translation>%1 repeats %2: same assets, same type.</translation>
    </message>
    <message>
        <source>%1 has the sequence number %2, which %3 already has.</source>
        <translation>%1 has the sequence number %2, which %3 already has.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at line %2, column %3 (byte %4).</source>
        <translation>The file is not valid JSON: %1 at line %2, column %3 (byte %4).</translation>
    </message>
    <message>
        <source>This is not a Daicho register document: its field "format" is missing or is not "%1".</source>
        <translation>This is not a Daicho register document: its field "format" is missing or is not "%1".</translation>
    </message>
    <message>
        <source>This Daicho document has no valid format version (field "version" must be a whole number, 1 or more).</source>
        <translation>This Daicho document has no valid format version (field "version" must be a whole number, 1 or more).</translation>
    </message>
    <message>
        <source>This file was written by a newer version of Daicho (format version %1); this version reads up to %2.</source>
        <translation>This file was written by a newer version of Daicho (format version %1); this version reads up to %2.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>an object whose values are texts</source>
        <translation>an object whose values are texts</translation>
    </message>
    <message>
        <source>Place #%1</source>
        <translation>Place #%1</translation>
    </message>
    <message>
        <source>Acceptance #%1</source>
        <translation>Acceptance #%1</translation>
    </message>
    <message>
        <source>%1: field "%2" refers to place id %3, which is not in the file.</source>
        <translation>%1: field "%2" refers to place id %3, which is not in the file.</translation>
    </message>
    <message>
        <source>%1: field "%2" must not be empty.</source>
        <translation>%1: field "%2" must not be empty.</translation>
    </message>
    <message>
        <source>%1: a place of kind "%2" must be inside another place (field "parentId"); only a site stands alone.</source>
        <translation>%1: a place of kind "%2" must be inside another place (field "parentId"); only a site stands alone.</translation>
    </message>
    <message>
        <source>%1: a place of kind "%2" cannot be inside a place of kind "%3".</source>
        <translation>%1: a place of kind "%2" cannot be inside a place of kind "%3".</translation>
    </message>
    <message>
        <source>%1: its parent places form a loop.</source>
        <translation>%1: its parent places form a loop.</translation>
    </message>
    <message>
        <source>%1: field "%2" refers to place id %3 (%4), which is not an area.</source>
        <translation>%1: field "%2" refers to place id %3 (%4), which is not an area.</translation>
    </message>
    <message>
        <source>The document's zone table is not valid: %1</source>
        <translation>The document's zone table is not valid: %1</translation>
    </message>
    <message>
        <source>Floor plan #%1</source>
        <translation>Floor plan #%1</translation>
    </message>
    <message>
        <source>%1: field "outline" must be a polygon of three or more points whose edges do not cross.</source>
        <translation>%1: field "outline" must be a polygon of three or more points whose edges do not cross.</translation>
    </message>
    <message>
        <source>%1: only an area has an outline.</source>
        <translation>%1: only an area has an outline.</translation>
    </message>
    <message>
        <source>%1: field "floorId" must refer to a floor.</source>
        <translation>%1: field "floorId" must refer to a floor.</translation>
    </message>
    <message>
        <source>%1 is a second plan of the floor that %2 already draws.</source>
        <translation>%1 is a second plan of the floor that %2 already draws.</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerColumns</name>
    <message>
        <source>Management number</source>
        <translation>Management number</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Business category</source>
        <translation>Business category</translation>
    </message>
    <message>
        <source>Asset name</source>
        <translation>Asset name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Related information system</source>
        <translation>Related information system</translation>
    </message>
    <message>
        <source>Network segment</source>
        <translation>Network segment</translation>
    </message>
    <message>
        <source>User scope</source>
        <translation>User scope</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Medium / storage location</source>
        <translation>Medium / storage location</translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation>Personal information</translation>
    </message>
    <message>
        <source>Special care-required personal information</source>
        <translation>Special care-required personal information</translation>
    </message>
    <message>
        <source>Specific personal information</source>
        <translation>Specific personal information</translation>
    </message>
    <message>
        <source>Number of data subjects</source>
        <translation>Number of data subjects</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importance</translation>
    </message>
    <message>
        <source>Handling restrictions</source>
        <translation>Handling restrictions</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Encrypted</translation>
    </message>
    <message>
        <source>Wire lock</source>
        <translation>Wire lock</translation>
    </message>
    <message>
        <source>Remote server operation</source>
        <translation>Remote server operation</translation>
    </message>
    <message>
        <source>Issued / private</source>
        <translation>Issued / private</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <source>Retention deadline</source>
        <translation>Retention deadline</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <source>Updated on</source>
        <translation>Updated on</translation>
    </message>
    <message>
        <source>Updated by</source>
        <translation>Updated by</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Place of use</source>
        <translation>Place of use</translation>
    </message>
    <message>
        <source>Place of storage</source>
        <translation>Place of storage</translation>
    </message>
    <message>
        <source>Effective %1</source>
        <translation>Effective %1</translation>
    </message>
    <message>
        <source>Effective importance</source>
        <translation>Effective importance</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrity</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Availability</translation>
    </message>
    <message>
        <source>Unknown ledger column %1. The columns are: %2</source>
        <translation>Unknown ledger column %1. The columns are: %2</translation>
    </message>
    <message>
        <source>Information asset ledger</source>
        <translation>Information asset ledger</translation>
    </message>
    <message>
        <source>No department has the code %1.</source>
        <translation>No department has the code %1.</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerExport</name>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>The file %1 could not be written: %2</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerExportDialog</name>
    <message>
        <source>Export the ledger</source>
        <translation>Export the ledger</translation>
    </message>
    <message>
        <source>E&amp;xcel workbook (.xlsx), ready to print</source>
        <translation>E&amp;xcel workbook (.xlsx), ready to print</translation>
    </message>
    <message>
        <source>&amp;CSV (for other systems and spreadsheets)</source>
        <translation>&amp;CSV (for other systems and spreadsheets)</translation>
    </message>
    <message>
        <source>&amp;All ledger columns (%1)</source>
        <translation>&amp;All ledger columns (%1)</translation>
    </message>
    <message>
        <source>The columns the &amp;table shows (%1)</source>
        <translation>The columns the &amp;table shows (%1)</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>A department's export includes the departments under it.</source>
        <translation>A department's export includes the departments under it.</translation>
    </message>
    <message>
        <source>Japanese era (R7.4.1)</source>
        <translation>Japanese era (R7.4.1)</translation>
    </message>
    <message>
        <source>Western (2025-04-01)</source>
        <translation>Western (2025-04-01)</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 landscape</translation>
    </message>
    <message>
        <source>A3 landscape</source>
        <translation>A3 landscape</translation>
    </message>
    <message>
        <source>One &amp;sheet per department</source>
        <translation>One &amp;sheet per department</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (Excel reads it as UTF-8)</source>
        <translation>UTF-8 with BOM (Excel reads it as UTF-8)</translation>
    </message>
    <message>
        <source>Shift_JIS (CP932, for older systems)</source>
        <translation>Shift_JIS (CP932, for older systems)</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>%1 asset(s)</source>
        <translation>%1 asset(s)</translation>
    </message>
    <message>
        <source>Exported %1 asset(s) to %2.</source>
        <translation>Exported %1 asset(s) to %2.</translation>
    </message>
    <message>
        <source>The ledger was not exported</source>
        <translation>The ledger was not exported</translation>
    </message>
    <message>
        <source>_ledger</source>
        <translation>_ledger</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerImport</name>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>No header row was found: the file needs a row of column headings that includes 情報資産名称 (asset name).</source>
        <translation>No header row was found: the file needs a row of column headings that includes 情報資産名称 (asset name).</translation>
    </message>
    <message>
        <source>Unknown column. Rename it to a ledger column, remove it, or import with its values added to the notes.</source>
        <translation>Unknown column. Rename it to a ledger column, remove it, or import with its values added to the notes.</translation>
    </message>
    <message>
        <source>This column appears twice.</source>
        <translation>This column appears twice.</translation>
    </message>
    <message>
        <source>No department has the code %1.</source>
        <translation>No department has the code %1.</translation>
    </message>
    <message>
        <source>A value outside the columns of the header.</source>
        <translation>A value outside the columns of the header.</translation>
    </message>
    <message>
        <source>A value in a column without a header.</source>
        <translation>A value in a column without a header.</translation>
    </message>
    <message>
        <source>Not a yes/no value: use 〇 (or 有, 1) for yes and leave it empty (or 無, 0) for no.</source>
        <translation>Not a yes/no value: use 〇 (or 有, 1) for yes and leave it empty (or 無, 0) for no.</translation>
    </message>
    <message>
        <source>Not a date: write it as R7.4.1, 令和7年4月1日, 2025/4/1 or 2025-04-01.</source>
        <translation>Not a date: write it as R7.4.1, 令和7年4月1日, 2025/4/1 or 2025-04-01.</translation>
    </message>
    <message>
        <source>No area of the register has this name or path.</source>
        <translation>No area of the register has this name or path.</translation>
    </message>
    <message>
        <source>Several areas have this name; give the path (本庁舎＞3階＞執務室).</source>
        <translation>Several areas have this name; give the path (本庁舎＞3階＞執務室).</translation>
    </message>
    <message>
        <source>Several departments have this name; give the department code.</source>
        <translation>Several departments have this name; give the department code.</translation>
    </message>
    <message>
        <source>No department has this code or name.</source>
        <translation>No department has this code or name.</translation>
    </message>
    <message>
        <source>This department is not %1 or under it.</source>
        <translation>This department is not %1 or under it.</translation>
    </message>
    <message>
        <source>Unknown kind of asset.</source>
        <translation>Unknown kind of asset.</translation>
    </message>
    <message>
        <source>No information system has this name or management number.</source>
        <translation>No information system has this name or management number.</translation>
    </message>
    <message>
        <source>Several information systems have this name; give the management number.</source>
        <translation>Several information systems have this name; give the management number.</translation>
    </message>
    <message>
        <source>Unknown network segment.</source>
        <translation>Unknown network segment.</translation>
    </message>
    <message>
        <source>Not a number of people.</source>
        <translation>Not a number of people.</translation>
    </message>
    <message>
        <source>Not a level of this register's scheme. The levels are: %1</source>
        <translation>Not a level of this register's scheme. The levels are: %1</translation>
    </message>
    <message>
        <source>Not an importance level of this register's scheme.</source>
        <translation>Not an importance level of this register's scheme.</translation>
    </message>
    <message>
        <source>Write 支給 (issued) or 私物 (private).</source>
        <translation>Write 支給 (issued) or 私物 (private).</translation>
    </message>
    <message>
        <source>Unknown status.</source>
        <translation>Unknown status.</translation>
    </message>
    <message>
        <source>No member of staff has this name.</source>
        <translation>No member of staff has this name.</translation>
    </message>
    <message>
        <source>Several members of staff of this department have this name.</source>
        <translation>Several members of staff of this department have this name.</translation>
    </message>
    <message>
        <source>The department is missing (give it in the file or with the import's department).</source>
        <translation>The department is missing (give it in the file or with the import's department).</translation>
    </message>
    <message>
        <source>This management number is already in the register.</source>
        <translation>This management number is already in the register.</translation>
    </message>
    <message>
        <source>This management number is also on row %1.</source>
        <translation>This management number is also on row %1.</translation>
    </message>
    <message>
        <source>The file has no rows below its header.</source>
        <translation>The file has no rows below its header.</translation>
    </message>
    <message numerus="yes">
        <source>The header row %1 is not in the file (it has %n rows).</source>
        <translation>
            <numerusform>The header row %1 is not in the file (it has %n rows).</numerusform>
            <numerusform>The header row %1 is not in the file (it has %n rows).</numerusform>
        </translation>
    </message>
    <message>
        <source>No column is the asset name (情報資産名称): choose one.</source>
        <translation>No column is the asset name (情報資産名称): choose one.</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerImportWizard</name>
    <message>
        <source>(file)</source>
        <translation>(file)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Import a ledger</source>
        <translation>Import a ledger</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Choose the Excel workbook (.xlsx) or CSV file of the ledger, its sheet and the department the assets belong to.</source>
        <translation>Choose the Excel workbook (.xlsx) or CSV file of the ledger, its sheet and the department the assets belong to.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Rows without a department get this one; rows of other departments must be under it.</source>
        <translation>Rows without a department get this one; rows of other departments must be under it.</translation>
    </message>
    <message>
        <source>Add &amp;departments and staff the register does not have yet</source>
        <translation>Add &amp;departments and staff the register does not have yet</translation>
    </message>
    <message>
        <source>New departments go under the department chosen above; new staff into the row's department.</source>
        <translation>New departments go under the department chosen above; new staff into the row's department.</translation>
    </message>
    <message>
        <source>Number rows without a &amp;management number (continuing the register's numbering)</source>
        <translation>Number rows without a &amp;management number (continuing the register's numbering)</translation>
    </message>
    <message>
        <source>Add the values of &amp;unknown columns to the notes (「heading: value」)</source>
        <translation>Add the values of &amp;unknown columns to the notes (「heading: value」)</translation>
    </message>
    <message>
        <source>Ledger file</source>
        <translation>Ledger file</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>When the file has…</source>
        <translation>When the file has…</translation>
    </message>
    <message>
        <source>Nothing is written until the last page: the import adds every row or, if any row has a problem, none.</source>
        <translation>Nothing is written until the last page: the import adds every row or, if any row has a problem, none.</translation>
    </message>
    <message>
        <source>Headings and columns</source>
        <translation>Headings and columns</translation>
    </message>
    <message>
        <source>Check which column of the ledger each column of the file goes into, and correct it where the heading was not recognised.</source>
        <translation>Check which column of the ledger each column of the file goes into, and correct it where the heading was not recognised.</translation>
    </message>
    <message>
        <source>Row of the headings</source>
        <translation>Row of the headings</translation>
    </message>
    <message>
        <source>Check (dry run)</source>
        <translation>Check (dry run)</translation>
    </message>
    <message>
        <source>What the import would do with these choices. Nothing has been written yet.</source>
        <translation>What the import would do with these choices. Nothing has been written yet.</translation>
    </message>
    <message>
        <source>&amp;Save the problems as CSV…</source>
        <translation>&amp;Save the problems as CSV…</translation>
    </message>
    <message>
        <source>The first rows as the ledger will show them (numbered as in the file; rows with problems tinted)</source>
        <translation>The first rows as the ledger will show them (numbered as in the file; rows with problems tinted)</translation>
    </message>
    <message>
        <source>Choose the ledger file</source>
        <translation>Choose the ledger file</translation>
    </message>
    <message>
        <source>Ledgers (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Ledgers (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>The file %1 could not be read: %2</translation>
    </message>
    <message>
        <source>%1 is an Excel 97–2003 workbook (.xls), which Daicho cannot read. Open it in Excel and save it as an Excel workbook (.xlsx) or as CSV.</source>
        <translation>%1 is an Excel 97–2003 workbook (.xls), which Daicho cannot read. Open it in Excel and save it as an Excel workbook (.xlsx) or as CSV.</translation>
    </message>
    <message>
        <source>The file could not be read</source>
        <translation>The file could not be read</translation>
    </message>
    <message>
        <source>%1 (%2 row(s))</source>
        <translation>%1 (%2 row(s))</translation>
    </message>
    <message>
        <source>UTF-8 (with BOM)</source>
        <translation>UTF-8 (with BOM)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Shift_JIS (CP932)</source>
        <translation>Shift_JIS (CP932)</translation>
    </message>
    <message>
        <source>CSV file, encoding %1, %2 row(s).</source>
        <translation>CSV file, encoding %1, %2 row(s).</translation>
    </message>
    <message numerus="yes">
        <source>Excel workbook with %n sheet(s).</source>
        <translation>
            <numerusform>Excel workbook with %n sheet(s).</numerusform>
            <numerusform>Excel workbook with %n sheet(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>The sheet is empty.</source>
        <translation>The sheet is empty.</translation>
    </message>
    <message>
        <source>The headings are on row %1.</source>
        <translation>The headings are on row %1.</translation>
    </message>
    <message>
        <source>No row of ledger headings was recognised: choose it on the next page.</source>
        <translation>No row of ledger headings was recognised: choose it on the next page.</translation>
    </message>
    <message>
        <source>(as the file's department column says)</source>
        <translation>(as the file's department column says)</translation>
    </message>
    <message>
        <source>(recognised: row %1)</source>
        <translation>(recognised: row %1)</translation>
    </message>
    <message>
        <source>(no row of ledger headings was recognised: choose the row)</source>
        <translation>(no row of ledger headings was recognised: choose the row)</translation>
    </message>
    <message>
        <source>Heading in the file</source>
        <translation>Heading in the file</translation>
    </message>
    <message>
        <source>Ledger column</source>
        <translation>Ledger column</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>(do not import)</translation>
    </message>
    <message>
        <source>(unknown: add to the notes)</source>
        <translation>(unknown: add to the notes)</translation>
    </message>
    <message>
        <source>(unknown column)</source>
        <translation>(unknown column)</translation>
    </message>
    <message>
        <source>No heading</source>
        <translation>No heading</translation>
    </message>
    <message>
        <source>Unknown: added to the notes</source>
        <translation>Unknown: added to the notes</translation>
    </message>
    <message>
        <source>Unknown: choose a ledger column</source>
        <translation>Unknown: choose a ledger column</translation>
    </message>
    <message>
        <source>Computed column: not imported</source>
        <translation>Computed column: not imported</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>Twice: another column has the same target</source>
        <translation>Twice: another column has the same target</translation>
    </message>
    <message>
        <source>Recognised from the heading</source>
        <translation>Recognised from the heading</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Chosen</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) will be imported.</source>
        <translation>
            <numerusform>%n column(s) will be imported.</numerusform>
            <numerusform>%n column(s) will be imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>No column goes into the asset name (情報資産名称): choose one.</source>
        <translation>No column goes into the asset name (情報資産名称): choose one.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) have a target that another column has too.</source>
        <translation>
            <numerusform>%n column(s) have a target that another column has too.</numerusform>
            <numerusform>%n column(s) have a target that another column has too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown column(s) go into the notes.</source>
        <translation>
            <numerusform>%n unknown column(s) go into the notes.</numerusform>
            <numerusform>%n unknown column(s) go into the notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown column(s): choose their ledger column or 「(do not import)」, or go back and add them to the notes.</source>
        <translation>
            <numerusform>%n unknown column(s): choose their ledger column or 「(do not import)」, or go back and add them to the notes.</numerusform>
            <numerusform>%n unknown column(s): choose their ledger column or 「(do not import)」, or go back and add them to the notes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 asset(s) can be imported.</source>
        <translation>%1 asset(s) can be imported.</translation>
    </message>
    <message>
        <source>%1 problem(s): nothing can be imported until every one is put right (in the file, or with the choices on the previous pages). The import adds all rows or none.</source>
        <translation>%1 problem(s): nothing can be imported until every one is put right (in the file, or with the choices on the previous pages). The import adds all rows or none.</translation>
    </message>
    <message>
        <source>The file has %1 row(s) of assets.</source>
        <translation>The file has %1 row(s) of assets.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>New departments (%1): %2</source>
        <translation>New departments (%1): %2</translation>
    </message>
    <message>
        <source>New staff (%1): %2</source>
        <translation>New staff (%1): %2</translation>
    </message>
    <message>
        <source>%1 row(s) without a management number get one.</source>
        <translation>%1 row(s) without a management number get one.</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>No problems.</translation>
    </message>
    <message>
        <source>Problems (%1):</source>
        <translation>Problems (%1):</translation>
    </message>
    <message>
        <source>The problems were not saved</source>
        <translation>The problems were not saved</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>The file %1 could not be written: %2</translation>
    </message>
    <message>
        <source>The problems were saved in %1.</source>
        <translation>The problems were saved in %1.</translation>
    </message>
    <message>
        <source>-problems</source>
        <translation>-problems</translation>
    </message>
    <message>
        <source>Save the problems</source>
        <translation>Save the problems</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The ledger was not imported</source>
        <translation>The ledger was not imported</translation>
    </message>
    <message>
        <source>%1 asset(s) were imported.</source>
        <translation>%1 asset(s) were imported.</translation>
    </message>
    <message numerus="yes">
        <source>%n department(s) were added.</source>
        <translation>
            <numerusform>%n department(s) were added.</numerusform>
            <numerusform>%n department(s) were added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) of staff were added.</source>
        <translation>
            <numerusform>%n member(s) of staff were added.</numerusform>
            <numerusform>%n member(s) of staff were added.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo does not take an import back; the history of each asset records it.</source>
        <translation>Undo does not take an import back; the history of each asset records it.</translation>
    </message>
    <message>
        <source>Ledger imported</source>
        <translation>Ledger imported</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerPrint</name>
    <message>
        <source>Ledger list</source>
        <translation>Ledger list</translation>
    </message>
    <message>
        <source>Asset sheets</source>
        <translation>Asset sheets</translation>
    </message>
    <message>
        <source>Inventory check sheet</source>
        <translation>Inventory check sheet</translation>
    </message>
    <message>
        <source>%1 (asset sheet)</source>
        <translation>%1 (asset sheet)</translation>
    </message>
    <message>
        <source>%1: inventory check sheet</source>
        <translation>%1: inventory check sheet</translation>
    </message>
    <message>
        <source>Checked ✓</source>
        <translation>Checked ✓</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message numerus="yes">
        <source>The %n column(s) need %1 mm at the smallest type (%2 pt), but %3 landscape has %4 mm. Choose fewer columns.</source>
        <translation>
            <numerusform>The %n column(s) need %1 mm at the smallest type (%2 pt), but %3 landscape has %4 mm. Choose fewer columns.</numerusform>
            <numerusform>The %n column(s) need %1 mm at the smallest type (%2 pt), but %3 landscape has %4 mm. Choose fewer columns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n column(s) need %1 mm at the smallest type (%2 pt), but %3 landscape has %4 mm. Choose fewer columns or A3.</source>
        <translation>
            <numerusform>The %n column(s) need %1 mm at the smallest type (%2 pt), but %3 landscape has %4 mm. Choose fewer columns or A3.</numerusform>
            <numerusform>The %n column(s) need %1 mm at the smallest type (%2 pt), but %3 landscape has %4 mm. Choose fewer columns or A3.</numerusform>
        </translation>
    </message>
    <message>
        <source>No assets match.</source>
        <translation>No assets match.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Registered details</source>
        <translation>Registered details</translation>
    </message>
    <message>
        <source>Handling restrictions</source>
        <translation>Handling restrictions</translation>
    </message>
    <message>
        <source>Handling restrictions and required measures</source>
        <translation>Handling restrictions and required measures</translation>
    </message>
    <message>
        <source>Required measure</source>
        <translation>Required measure</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>None required by the classification</source>
        <translation>None required by the classification</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Management number</source>
        <translation>Management number</translation>
    </message>
    <message>
        <source>Asset name</source>
        <translation>Asset name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>No entries</source>
        <translation>No entries</translation>
    </message>
    <message>
        <source>History (the last %1 of %2 entries)</source>
        <translation>History (the last %1 of %2 entries)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source> (continued)</source>
        <translation> (continued)</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>Department: %1</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>As of: %1</source>
        <translation>As of: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n asset(s)</numerusform>
            <numerusform>%n asset(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>Printed: %1</translation>
    </message>
    <message>
        <source>Printed by: %1</source>
        <translation>Printed by: %1</translation>
    </message>
    <message>
        <source>- %1 -</source>
        <translation>- %1 -</translation>
    </message>
    <message>
        <source>Check each asset where it is: tick the box, and write any difference in the notes.</source>
        <translation>Check each asset where it is: tick the box, and write any difference in the notes.</translation>
    </message>
    <message>
        <source>%1 ____/____/____</source>
        <comment>the date of the check, written in by hand; %1 = the era</comment>
        <translation>%1 ____/____/____</translation>
    </message>
    <message>
        <source>Date checked</source>
        <translation>Date checked</translation>
    </message>
    <message>
        <source>Checked by (department)</source>
        <translation>Checked by (department)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Seal</translation>
    </message>
    <message>
        <source>The ledger could not be printed: the printer or file did not open.</source>
        <translation>The ledger could not be printed: the printer or file did not open.</translation>
    </message>
    <message>
        <source>The ledger could not be printed: a new page could not be started.</source>
        <translation>The ledger could not be printed: a new page could not be started.</translation>
    </message>
    <message>
        <source>The ledger could not be printed.</source>
        <translation>The ledger could not be printed.</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerPrintBuilder</name>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>not done</translation>
    </message>
    <message>
        <source>Stored on</source>
        <translation>Stored on</translation>
    </message>
    <message>
        <source>Stored here</source>
        <translation>Stored here</translation>
    </message>
    <message>
        <source>Can access</source>
        <translation>Can access</translation>
    </message>
    <message>
        <source>Accessed from</source>
        <translation>Accessed from</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>Runs on</translation>
    </message>
    <message>
        <source>Runs here</source>
        <translation>Runs here</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Position on the plan</source>
        <translation>Position on the plan</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Registered in the ledger</source>
        <translation>Registered in the ledger</translation>
    </message>
    <message>
        <source>Imported into the ledger</source>
        <translation>Imported into the ledger</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) the classification requires are not done (see the measures above).</source>
        <translation>
            <numerusform>%n measure(s) the classification requires are not done (see the measures above).</numerusform>
            <numerusform>%n measure(s) the classification requires are not done (see the measures above).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerPrintDialog</name>
    <message>
        <source>Print the ledger</source>
        <translation>Print the ledger</translation>
    </message>
    <message>
        <source>Ledger list (landscape)</source>
        <translation>Ledger list (landscape)</translation>
    </message>
    <message>
        <source>Asset sheets, one per page (portrait)</source>
        <translation>Asset sheets, one per page (portrait)</translation>
    </message>
    <message>
        <source>Inventory check sheet (landscape)</source>
        <translation>Inventory check sheet (landscape)</translation>
    </message>
    <message>
        <source>The columns for paper</source>
        <translation>The columns for paper</translation>
    </message>
    <message>
        <source>All ledger columns (%1)</source>
        <translation>All ledger columns (%1)</translation>
    </message>
    <message>
        <source>The columns the table shows (%1)</source>
        <translation>The columns the table shows (%1)</translation>
    </message>
    <message>
        <source>The list and the check sheet; an asset sheet shows every field.</source>
        <translation>The list and the check sheet; an asset sheet shows every field.</translation>
    </message>
    <message>
        <source>One heading per line, left to right. Leave it empty for no approval boxes. A change is kept in the register when you print or save.</source>
        <translation>One heading per line, left to right. Leave it empty for no approval boxes. A change is kept in the register when you print or save.</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Approval boxes</source>
        <translation>Approval boxes</translation>
    </message>
    <message>
        <source>Printed by</source>
        <translation>Printed by</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>Page width</source>
        <translation>Page width</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>A department's ledger includes the departments under it.</source>
        <translation>A department's ledger includes the departments under it.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s); %1 assets; type %2 pt.</source>
        <translation>
            <numerusform>%n page(s); %1 assets; type %2 pt.</numerusform>
            <numerusform>%n page(s); %1 assets; type %2 pt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The approval boxes could not be kept in the register: %1</source>
        <translation>The approval boxes could not be kept in the register: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved the %1 (%n page(s)) to %2.</source>
        <translation>
            <numerusform>Saved the %1 (%n page(s)) to %2.</numerusform>
            <numerusform>Saved the %1 (%n page(s)) to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent the %1 to the printer.</source>
        <translation>Sent the %1 to the printer.</translation>
    </message>
    <message>
        <source>Save the ledger as PDF</source>
        <translation>Save the ledger as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>daicho::LinksEditor</name>
    <message>
        <source>Stored on: %1</source>
        <translation>Stored on: %1</translation>
    </message>
    <message>
        <source>Stored here: %1</source>
        <translation>Stored here: %1</translation>
    </message>
    <message>
        <source>Can access: %1</source>
        <translation>Can access: %1</translation>
    </message>
    <message>
        <source>Accessed from: %1</source>
        <translation>Accessed from: %1</translation>
    </message>
    <message>
        <source>Runs on: %1</source>
        <translation>Runs on: %1</translation>
    </message>
    <message>
        <source>Runs here: %1</source>
        <translation>Runs here: %1</translation>
    </message>
    <message>
        <source>Add link…</source>
        <translation>Add link…</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Remove link</translation>
    </message>
</context>
<context>
    <name>daicho::MainWindow</name>
    <message>
        <source>Not changed</source>
        <translation>Not changed</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>&amp;New Register…</source>
        <translation>&amp;New Register…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>New &amp;Asset</source>
        <translation>New &amp;Asset</translation>
    </message>
    <message>
        <source>&amp;Delete Asset</source>
        <translation>&amp;Delete Asset</translation>
    </message>
    <message>
        <source>Asset &amp;History…</source>
        <translation>Asset &amp;History…</translation>
    </message>
    <message>
        <source>De&amp;partments…</source>
        <translation>De&amp;partments…</translation>
    </message>
    <message>
        <source>P&amp;eople…</source>
        <translation>P&amp;eople…</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Columns…</translation>
    </message>
    <message>
        <source>&amp;About Daicho</source>
        <translation>&amp;About Daicho</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>Asset details</source>
        <translation>Asset details</translation>
    </message>
    <message>
        <source>Person: </source>
        <translation>Person: </translation>
    </message>
    <message>
        <source>The person recorded in the history of the changes you make</source>
        <translation>The person recorded in the history of the changes you make</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>The register could not be opened</source>
        <translation>The register could not be opened</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>The change was not saved</translation>
    </message>
    <message>
        <source>%1 — Daicho</source>
        <translation>%1 — Daicho</translation>
    </message>
    <message>
        <source>Daicho</source>
        <translation>Daicho</translation>
    </message>
    <message>
        <source>%1 shown / %2 in total</source>
        <translation>%1 shown / %2 in total</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <source>Add the departments first: every asset belongs to one.</source>
        <translation>Add the departments first: every asset belongs to one.</translation>
    </message>
    <message>
        <source>The register could not be created</source>
        <translation>The register could not be created</translation>
    </message>
    <message>
        <source>Open register</source>
        <translation>Open register</translation>
    </message>
    <message>
        <source>Daicho registers (*.daicho);;All files (*)</source>
        <translation>Daicho registers (*.daicho);;All files (*)</translation>
    </message>
    <message>
        <source>No departments</source>
        <translation>No departments</translation>
    </message>
    <message>
        <source>Add a department first (Edit ▸ Departments…): every asset belongs to one.</source>
        <translation>Add a department first (Edit ▸ Departments…): every asset belongs to one.</translation>
    </message>
    <message>
        <source>New asset</source>
        <translation>New asset</translation>
    </message>
    <message>
        <source>The asset could not be added</source>
        <translation>The asset could not be added</translation>
    </message>
    <message>
        <source>Delete %1? Its links go with it. You can undo this.</source>
        <translation>Delete %1? Its links go with it. You can undo this.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n assets? Their links go with them. You can undo this.</source>
        <translation>
            <numerusform>Delete %n assets? Their links go with them. You can undo this.</numerusform>
            <numerusform>Delete %n assets? Their links go with them. You can undo this.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete assets</source>
        <translation>Delete assets</translation>
    </message>
    <message>
        <source>The assets could not be deleted</source>
        <translation>The assets could not be deleted</translation>
    </message>
    <message>
        <source>The history could not be read</source>
        <translation>The history could not be read</translation>
    </message>
    <message>
        <source>About Daicho</source>
        <translation>About Daicho</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Daicho %1&lt;/h3&gt;&lt;p&gt;The information asset register (情報資産管理台帳) of a section: record and classify information assets, their links and handling measures.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Daicho %1&lt;/h3&gt;&lt;p&gt;The information asset register (情報資産管理台帳) of a section: record and classify information assets, their links and handling measures.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>&amp;After-Hours View</source>
        <translation>&amp;After-Hours View</translation>
    </message>
    <message>
        <source>Check use at the after-hours level too: rooms not locked after hours count one level lower</source>
        <translation>Check use at the after-hours level too: rooms not locked after hours count one level lower</translation>
    </message>
    <message>
        <source>Errors %1 · Warnings %2 · Notes %3</source>
        <translation>Errors %1 · Warnings %2 · Notes %3</translation>
    </message>
    <message>
        <source> · Accepted %1</source>
        <translation> · Accepted %1</translation>
    </message>
    <message>
        <source> (after hours)</source>
        <translation> (after hours)</translation>
    </message>
    <message>
        <source>Findings of the zone, network and handling rules; accepted findings are not counted</source>
        <translation>Findings of the zone, network and handling rules; accepted findings are not counted</translation>
    </message>
    <message>
        <source>Places and zones</source>
        <translation>Places and zones</translation>
    </message>
    <message>
        <source>&amp;Zone Rules…</source>
        <translation>&amp;Zone Rules…</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Zone plans</source>
        <translation>Zone plans</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>&amp;Zone Plans</source>
        <translation>&amp;Zone Plans</translation>
    </message>
    <message>
        <source>&amp;Copy Areas</source>
        <translation>&amp;Copy Areas</translation>
    </message>
    <message>
        <source>&amp;Paste Areas</source>
        <translation>&amp;Paste Areas</translation>
    </message>
    <message>
        <source>Delete from the &amp;Plan</source>
        <translation>Delete from the &amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Import a Ledger…</source>
        <translation>&amp;Import a Ledger…</translation>
    </message>
    <message>
        <source>Add the assets of a ledger kept in Excel (.xlsx) or CSV, with a check first</source>
        <translation>Add the assets of a ledger kept in Excel (.xlsx) or CSV, with a check first</translation>
    </message>
    <message>
        <source>E&amp;xport the Ledger…</source>
        <translation>E&amp;xport the Ledger…</translation>
    </message>
    <message>
        <source>Write the ledger as an Excel workbook (.xlsx) or CSV</source>
        <translation>Write the ledger as an Excel workbook (.xlsx) or CSV</translation>
    </message>
    <message>
        <source>&amp;Print the Ledger…</source>
        <translation>&amp;Print the Ledger…</translation>
    </message>
    <message>
        <source>Print the ledger list, one sheet per asset or an inventory check sheet, or save it as PDF</source>
        <translation>Print the ledger list, one sheet per asset or an inventory check sheet, or save it as PDF</translation>
    </message>
    <message>
        <source>%1 asset(s) were imported.</source>
        <translation>%1 asset(s) were imported.</translation>
    </message>
    <message>
        <source>The ledger could not be imported</source>
        <translation>The ledger could not be imported</translation>
    </message>
    <message>
        <source>The ledger could not be printed</source>
        <translation>The ledger could not be printed</translation>
    </message>
</context>
<context>
    <name>daicho::NewRegisterDialog</name>
    <message>
        <source>New register</source>
        <translation>New register</translation>
    </message>
    <message>
        <source>e.g. 総務課 情報資産管理台帳</source>
        <translation>e.g. 総務課 情報資産管理台帳</translation>
    </message>
    <message>
        <source>register</source>
        <translation>register</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Classification scheme</source>
        <translation>Classification scheme</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Importance set directly</source>
        <translation>Importance set directly</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Daicho registers (*.daicho);;All files (*)</source>
        <translation>Daicho registers (*.daicho);;All files (*)</translation>
    </message>
    <message>
        <source>Choose where to save the register.</source>
        <translation>Choose where to save the register.</translation>
    </message>
    <message>
        <source>The file %1 already exists. Choose another name.</source>
        <translation>The file %1 already exists. Choose another name.</translation>
    </message>
</context>
<context>
    <name>daicho::PanTool</name>
    <message>
        <source>Drag to move the plan. The wheel zooms.</source>
        <translation>Drag to move the plan. The wheel zooms.</translation>
    </message>
</context>
<context>
    <name>daicho::PeopleDialog</name>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>No departments</source>
        <translation>No departments</translation>
    </message>
    <message>
        <source>Add a department first: every person belongs to one.</source>
        <translation>Add a department first: every person belongs to one.</translation>
    </message>
    <message>
        <source>Person not deleted</source>
        <translation>Person not deleted</translation>
    </message>
</context>
<context>
    <name>daicho::PersonEditDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
</context>
<context>
    <name>daicho::PlaceAssetTool</name>
    <message>
        <source>Choose assets in the list on the right, then click where they are used. You can also drag them onto the plan.</source>
        <translation>Choose assets in the list on the right, then click where they are used. You can also drag them onto the plan.</translation>
    </message>
    <message>
        <source>Choose one or more assets in the list first.</source>
        <translation>Choose one or more assets in the list first.</translation>
    </message>
</context>
<context>
    <name>daicho::PlaceTreeModel</name>
    <message>
        <source>Controlled area</source>
        <translation>Controlled area</translation>
    </message>
    <message>
        <source>Handling area</source>
        <translation>Handling area</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Not locked (L1 after hours)</source>
        <translation>Not locked (L1 after hours)</translation>
    </message>
    <message>
        <source>Not locked</source>
        <translation>Not locked</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>After hours</source>
        <translation>After hours</translation>
    </message>
    <message>
        <source>Locked after hours</source>
        <translation>Locked after hours</translation>
    </message>
    <message>
        <source>Not locked after hours</source>
        <translation>Not locked after hours</translation>
    </message>
    <message>
        <source>Entry control: %1</source>
        <translation>Entry control: %1</translation>
    </message>
    <message>
        <source>Manager: %1</source>
        <translation>Manager: %1</translation>
    </message>
    <message>
        <source>L0: unspecified people move about fairly freely (public road, corridor, the public side of the counter)</source>
        <translation>L0: unspecified people move about fairly freely (public road, corridor, the public side of the counter)</translation>
    </message>
    <message>
        <source>L1: unspecified people come and go, watched by those in the room (an office not locked after hours)</source>
        <translation>L1: unspecified people come and go, watched by those in the room (an office not locked after hours)</translation>
    </message>
    <message>
        <source>L2: people come and go with the manager's explicit permission, watched by those in the room (an office locked after hours)</source>
        <translation>L2: people come and go with the manager's explicit permission, watched by those in the room (an office locked after hours)</translation>
    </message>
    <message>
        <source>L3: always locked; only a few people with the manager's explicit permission can get at it (locker, rack or desk drawer kept locked). For storage only</source>
        <translation>L3: always locked; only a few people with the manager's explicit permission can get at it (locker, rack or desk drawer kept locked). For storage only</translation>
    </message>
    <message>
        <source>L4: always locked, with strict entry control and controlled work inside (server room, server rack kept locked)</source>
        <translation>L4: always locked, with strict entry control and controlled work inside (server room, server rack kept locked)</translation>
    </message>
</context>
<context>
    <name>daicho::PlacesPanel</name>
    <message>
        <source>Business hours look like 08:30-17:15 (from-to, 24-hour clock); leave the field empty for the register's default.</source>
        <translation>Business hours look like 08:30-17:15 (from-to, 24-hour clock); leave the field empty for the register's default.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>%1 in the areas of this place</source>
        <translation>%1 in the areas of this place</translation>
    </message>
    <message>
        <source>Used here: %1, kept here: %2</source>
        <translation>Used here: %1, kept here: %2</translation>
    </message>
    <message>
        <source>%1 with the places inside it</source>
        <translation>%1 with the places inside it</translation>
    </message>
    <message>
        <source>New site</source>
        <translation>New site</translation>
    </message>
    <message>
        <source>New building</source>
        <translation>New building</translation>
    </message>
    <message>
        <source>Floor %1</source>
        <translation>Floor %1</translation>
    </message>
    <message>
        <source>New server rack</source>
        <translation>New server rack</translation>
    </message>
    <message>
        <source>New storage</source>
        <translation>New storage</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>New room</translation>
    </message>
    <message>
        <source>Place not deleted</source>
        <translation>Place not deleted</translation>
    </message>
    <message>
        <source>Add a site</source>
        <translation>Add a site</translation>
    </message>
    <message>
        <source>+ Site</source>
        <translation>+ Site</translation>
    </message>
    <message>
        <source>Add a building on the site of the selected place</source>
        <translation>Add a building on the site of the selected place</translation>
    </message>
    <message>
        <source>+ Building</source>
        <translation>+ Building</translation>
    </message>
    <message>
        <source>Add a floor to the building of the selected place</source>
        <translation>Add a floor to the building of the selected place</translation>
    </message>
    <message>
        <source>+ Floor</source>
        <translation>+ Floor</translation>
    </message>
    <message>
        <source>Add an area on the selected floor, or a storage place inside the selected area</source>
        <translation>Add an area on the selected floor, or a storage place inside the selected area</translation>
    </message>
    <message>
        <source>+ Area</source>
        <translation>+ Area</translation>
    </message>
    <message>
        <source>Delete the selected place (only when nothing is inside it)</source>
        <translation>Delete the selected place (only when nothing is inside it)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>After hours</source>
        <translation>After hours</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Business hours</translation>
    </message>
    <message>
        <source>Entry control</source>
        <translation>Entry control</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>Designation</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>Locked after hours</source>
        <translation>Locked after hours</translation>
    </message>
    <message>
        <source>An L2 office that is not locked after hours counts as L1 outside business hours; storage is always checked at that level.</source>
        <translation>An L2 office that is not locked after hours counts as L1 outside business hours; storage is always checked at that level.</translation>
    </message>
    <message>
        <source>%1 (register default)</source>
        <translation>%1 (register default)</translation>
    </message>
    <message>
        <source>From-to, e.g. 08:30-17:15. Outside these hours the after-hours level applies.</source>
        <translation>From-to, e.g. 08:30-17:15. Outside these hours the after-hours level applies.</translation>
    </message>
    <message>
        <source>Controlled area</source>
        <translation>Controlled area</translation>
    </message>
    <message>
        <source>管理区域: a room for servers and similar or for storing media; only permitted people enter, and entry is controlled.</source>
        <translation>管理区域: a room for servers and similar or for storing media; only permitted people enter, and entry is controlled.</translation>
    </message>
    <message>
        <source>Handling area (My Number)</source>
        <translation>Handling area (My Number)</translation>
    </message>
    <message>
        <source>取扱区域: where specific personal information (My Number) is handled; partitions and seating against shoulder-surfing.</source>
        <translation>取扱区域: where specific personal information (My Number) is handled; partitions and seating against shoulder-surfing.</translation>
    </message>
    <message>
        <source>Show assets</source>
        <translation>Show assets</translation>
    </message>
    <message>
        <source>Show the assets used or kept here in the register</source>
        <translation>Show the assets used or kept here in the register</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>Place name</translation>
    </message>
</context>
<context>
    <name>daicho::PlanContent</name>
    <message>
        <source>Security zone plan: %1</source>
        <translation>Security zone plan: %1</translation>
    </message>
</context>
<context>
    <name>daicho::PlanEditor</name>
    <message>
        <source>x %1 m  y %2 m</source>
        <translation>x %1 m  y %2 m</translation>
    </message>
    <message>
        <source>"%1" is not drawn yet: draw a rectangle or polygon and it becomes its outline.</source>
        <translation>"%1" is not drawn yet: draw a rectangle or polygon and it becomes its outline.</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>Not placed</translation>
    </message>
    <message>
        <source>Assets (%1 of %2 shown; type to narrow)</source>
        <translation>Assets (%1 of %2 shown; type to narrow)</translation>
    </message>
    <message>
        <source>Assets (%1)</source>
        <translation>Assets (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) copied.</source>
        <translation>
            <numerusform>%n area(s) copied.</numerusform>
            <numerusform>%n area(s) copied.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>Calibrate</source>
        <translation>Calibrate</translation>
    </message>
    <message>
        <source>Real distance between the two points, in millimetres (now %1 mm):</source>
        <translation>Real distance between the two points, in millimetres (now %1 mm):</translation>
    </message>
    <message>
        <source>Background image</source>
        <translation>Background image</translation>
    </message>
    <message>
        <source>Floor plans (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>Floor plans (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <source>%1 could not be read as a PDF.</source>
        <translation>%1 could not be read as a PDF.</translation>
    </message>
    <message>
        <source>Page of the PDF:</source>
        <translation>Page of the PDF:</translation>
    </message>
    <message>
        <source>%1 could not be read as an image: %2</source>
        <translation>%1 could not be read as an image: %2</translation>
    </message>
    <message>
        <source>%1 could not be read as an image.</source>
        <translation>%1 could not be read as an image.</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Select</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rectangle</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>Polygon</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Place asset</source>
        <translation>Place asset</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Pan</translation>
    </message>
    <message>
        <source>Select, move and reshape (Esc cancels a drag)</source>
        <translation>Select, move and reshape (Esc cancels a drag)</translation>
    </message>
    <message>
        <source>Draw a rectangular area</source>
        <translation>Draw a rectangular area</translation>
    </message>
    <message>
        <source>Draw a polygonal area corner by corner</source>
        <translation>Draw a polygonal area corner by corner</translation>
    </message>
    <message>
        <source>Put a door on a wall</source>
        <translation>Put a door on a wall</translation>
    </message>
    <message>
        <source>Click to place the assets chosen in the list</source>
        <translation>Click to place the assets chosen in the list</translation>
    </message>
    <message>
        <source>Calibrate the background with two points of known distance</source>
        <translation>Calibrate the background with two points of known distance</translation>
    </message>
    <message>
        <source>Move the plan (also: middle button, or Space + drag)</source>
        <translation>Move the plan (also: middle button, or Space + drag)</translation>
    </message>
    <message>
        <source>Room / area</source>
        <translation>Room / area</translation>
    </message>
    <message>
        <source>Cabinet / locker</source>
        <translation>Cabinet / locker</translation>
    </message>
    <message>
        <source>Server rack</source>
        <translation>Server rack</translation>
    </message>
    <message>
        <source>Counter (public side)</source>
        <translation>Counter (public side)</translation>
    </message>
    <message>
        <source>Kind of area the rectangle and polygon tools draw</source>
        <translation>Kind of area the rectangle and polygon tools draw</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Fit the plan to the window (Ctrl+0)</source>
        <translation>Fit the plan to the window (Ctrl+0)</translation>
    </message>
    <message>
        <source>After hours</source>
        <translation>After hours</translation>
    </message>
    <message>
        <source>Show the plan as it is at night: L2 rooms not locked after hours count as L1</source>
        <translation>Show the plan as it is at night: L2 rooms not locked after hours count as L1</translation>
    </message>
    <message>
        <source>Background…</source>
        <translation>Background…</translation>
    </message>
    <message>
        <source>Load a scanned floor plan (PNG, JPEG or a PDF page) to draw over</source>
        <translation>Load a scanned floor plan (PNG, JPEG or a PDF page) to draw over</translation>
    </message>
    <message>
        <source>Plan properties…</source>
        <translation>Plan properties…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Export the plan as PDF, PNG or SVG</source>
        <translation>Export the plan as PDF, PNG or SVG</translation>
    </message>
    <message>
        <source>Search assets to place</source>
        <translation>Search assets to place</translation>
    </message>
    <message>
        <source>Only assets not placed yet</source>
        <translation>Only assets not placed yet</translation>
    </message>
    <message>
        <source>Drag assets onto the plan to set where they are used</source>
        <translation>Drag assets onto the plan to set where they are used</translation>
    </message>
    <message>
        <source>Print the zone plan</source>
        <translation>Print the zone plan</translation>
    </message>
    <message>
        <source>Print preview of the zone plan</source>
        <translation>Print preview of the zone plan</translation>
    </message>
    <message>
        <source>Export the zone plan</source>
        <translation>Export the zone plan</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>Exported the zone plan to %1.</source>
        <translation>Exported the zone plan to %1.</translation>
    </message>
    <message>
        <source>This floor has no plan settings, background or doors to delete.</source>
        <translation>This floor has no plan settings, background or doors to delete.</translation>
    </message>
    <message>
        <source>Delete the zone plan</source>
        <translation>Delete the zone plan</translation>
    </message>
    <message>
        <source>Delete the background, doors and title block of the plan of %1? The areas and the assets' places stay. You can undo this.</source>
        <translation>Delete the background, doors and title block of the plan of %1? The areas and the assets' places stay. You can undo this.</translation>
    </message>
    <message>
        <source>Delete plan…</source>
        <translation>Delete plan…</translation>
    </message>
    <message>
        <source>Delete the floor's background, doors and title block (the areas stay)</source>
        <translation>Delete the floor's background, doors and title block (the areas stay)</translation>
    </message>
</context>
<context>
    <name>daicho::PlanOutputDialog</name>
    <message>
        <source>A3 landscape</source>
        <translation>A3 landscape</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 landscape</translation>
    </message>
    <message>
        <source>Fit to the page</source>
        <translation>Fit to the page</translation>
    </message>
    <message>
        <source>For a monochrome printer (hatches only)</source>
        <translation>For a monochrome printer (hatches only)</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
</context>
<context>
    <name>daicho::PlanPropertiesDialog</name>
    <message>
        <source>Plan properties</source>
        <translation>Plan properties</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>e.g. 1st edition</source>
        <translation>e.g. 1st edition</translation>
    </message>
    <message>
        <source>e.g. Confidentiality 2</source>
        <translation>e.g. Confidentiality 2</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Drawn by</source>
        <translation>Drawn by</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edition</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Created on</translation>
    </message>
    <message>
        <source>Updated on</source>
        <translation>Updated on</translation>
    </message>
    <message>
        <source>Classification mark</source>
        <translation>Classification mark</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>North (clockwise from up)</source>
        <translation>North (clockwise from up)</translation>
    </message>
    <message>
        <source>Background opacity</source>
        <translation>Background opacity</translation>
    </message>
</context>
<context>
    <name>daicho::PlanScene</name>
    <message>
        <source>Outside any area</source>
        <translation>Outside any area</translation>
    </message>
    <message>
        <source>(place of storage)</source>
        <translation>(place of storage)</translation>
    </message>
</context>
<context>
    <name>daicho::PlanSheet</name>
    <message>
        <source>The scale must be a whole number from 1 to 100000 (1:N), or 0 to fit the page.</source>
        <translation>The scale must be a whole number from 1 to 100000 (1:N), or 0 to fit the page.</translation>
    </message>
    <message>
        <source>At 1:%1 the plan (%2 m × %3 m) does not fit the drawing area of %4 landscape (%5 × %6 mm). Choose 1:%7 or fit it to the page.</source>
        <translation>At 1:%1 the plan (%2 m × %3 m) does not fit the drawing area of %4 landscape (%5 × %6 mm). Choose 1:%7 or fit it to the page.</translation>
    </message>
    <message>
        <source>The page could not be printed: the printer or file did not open.</source>
        <translation>The page could not be printed: the printer or file did not open.</translation>
    </message>
    <message>
        <source>The page could not be printed.</source>
        <translation>The page could not be printed.</translation>
    </message>
    <message>
        <source>The resolution must be from 36 to 600 dpi.</source>
        <translation>The resolution must be from 36 to 600 dpi.</translation>
    </message>
    <message>
        <source>There is not enough memory for an image of %1 × %2 pixels.</source>
        <translation>There is not enough memory for an image of %1 × %2 pixels.</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>The PDF could not be started.</translation>
    </message>
    <message>
        <source>The image could not be encoded: %1</source>
        <translation>The image could not be encoded: %1</translation>
    </message>
    <message>
        <source>The SVG could not be started.</source>
        <translation>The SVG could not be started.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>The file %1 could not be written: %2</translation>
    </message>
    <message>
        <source>No area of this floor is drawn yet.</source>
        <translation>No area of this floor is drawn yet.</translation>
    </message>
    <message>
        <source>After hours %1</source>
        <translation>After hours %1</translation>
    </message>
    <message>
        <source>Controlled area</source>
        <translation>Controlled area</translation>
    </message>
    <message>
        <source>Handling area</source>
        <translation>Handling area</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Areas not drawn: %1</source>
        <translation>Areas not drawn: %1</translation>
    </message>
    <message>
        <source>Asset numbers left out where markers are dense: %1</source>
        <translation>Asset numbers left out where markers are dense: %1</translation>
    </message>
    <message>
        <source>Scale %1</source>
        <translation>Scale %1</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>Not to scale</source>
        <translation>Not to scale</translation>
    </message>
    <message>
        <source>1:%1 (%2)</source>
        <translation>1:%1 (%2)</translation>
    </message>
    <message>
        <source>After-hours view</source>
        <translation>After-hours view</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>Department: %1</translation>
    </message>
    <message>
        <source>Building and floor: %1</source>
        <translation>Building and floor: %1</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Printed on %1</translation>
    </message>
    <message>
        <source>- %1 -</source>
        <translation>- %1 -</translation>
    </message>
    <message>
        <source>Anyone moves about fairly freely (corridor, public side of the counter)</source>
        <translation>Anyone moves about fairly freely (corridor, public side of the counter)</translation>
    </message>
    <message>
        <source>Anyone comes and goes, watched by those in the room</source>
        <translation>Anyone comes and goes, watched by those in the room</translation>
    </message>
    <message>
        <source>Only people the manager allows come and go; locked after hours</source>
        <translation>Only people the manager allows come and go; locked after hours</translation>
    </message>
    <message>
        <source>Always locked; only a few allowed people (locker, drawer). Storage only</source>
        <translation>Always locked; only a few allowed people (locker, drawer). Storage only</translation>
    </message>
    <message>
        <source>Always locked with strict entry control (server room, locked rack)</source>
        <translation>Always locked with strict entry control (server room, locked rack)</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>L2 not locked after hours (L1 at night)</source>
        <translation>L2 not locked after hours (L1 at night)</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Lockable door (■)</source>
        <translation>Lockable door (■)</translation>
    </message>
    <message>
        <source>Asset where it is used (kind code)</source>
        <translation>Asset where it is used (kind code)</translation>
    </message>
    <message>
        <source>Asset where it is kept</source>
        <translation>Asset where it is kept</translation>
    </message>
    <message>
        <source>Asset number beside the marker</source>
        <translation>Asset number beside the marker</translation>
    </message>
    <message>
        <source>Finding: error</source>
        <translation>Finding: error</translation>
    </message>
    <message>
        <source>Finding: warning</source>
        <translation>Finding: warning</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>kind code and kind</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Kind codes: %1</source>
        <translation>Kind codes: %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Building and floor</source>
        <translation>Building and floor</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Drawn by</source>
        <translation>Drawn by</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edition</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>%1 landscape</source>
        <translation>%1 landscape</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>After hours (nights and holidays)</source>
        <translation>After hours (nights and holidays)</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Business hours</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Findings (%1)</translation>
    </message>
    <message>
        <source>checked as after hours</source>
        <translation>checked as after hours</translation>
    </message>
    <message>
        <source>accepted findings not listed: %1</source>
        <translation>accepted findings not listed: %1</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Asset no.</source>
        <translation>Asset no.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>No findings</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <source>North arrow</source>
        <translation>North arrow</translation>
    </message>
    <message>
        <source>Several assets at one spot (how many)</source>
        <translation>Several assets at one spot (how many)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>severity and count</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>daicho::PlanSheetBuilder</name>
    <message>
        <source>Information security head (section chief)</source>
        <translation>Information security head (section chief)</translation>
    </message>
    <message>
        <source>Information security staff</source>
        <translation>Information security staff</translation>
    </message>
    <message>
        <source>There is no floor with the id %1.</source>
        <translation>There is no floor with the id %1.</translation>
    </message>
</context>
<context>
    <name>daicho::PlanStyle</name>
    <message>
        <source>%1 (after hours %2)</source>
        <translation>%1 (after hours %2)</translation>
    </message>
    <message>
        <source>Inf</source>
        <comment>marker: electronic information</comment>
        <translation>Inf</translation>
    </message>
    <message>
        <source>Ppr</source>
        <comment>marker: paper</comment>
        <translation>Ppr</translation>
    </message>
    <message>
        <source>Sys</source>
        <comment>marker: information system</comment>
        <translation>Sys</translation>
    </message>
    <message>
        <source>SW</source>
        <comment>marker: software</comment>
        <translation>SW</translation>
    </message>
    <message>
        <source>SV</source>
        <comment>marker: server</comment>
        <translation>SV</translation>
    </message>
    <message>
        <source>PC</source>
        <comment>marker: PC</comment>
        <translation>PC</translation>
    </message>
    <message>
        <source>MB</source>
        <comment>marker: mobile device</comment>
        <translation>MB</translation>
    </message>
    <message>
        <source>MFP</source>
        <comment>marker: multifunction device</comment>
        <translation>MFP</translation>
    </message>
    <message>
        <source>NW</source>
        <comment>marker: network device</comment>
        <translation>NW</translation>
    </message>
    <message>
        <source>Med</source>
        <comment>marker: removable media</comment>
        <translation>Med</translation>
    </message>
    <message>
        <source>Doc</source>
        <comment>marker: system document</comment>
        <translation>Doc</translation>
    </message>
    <message>
        <source>N</source>
        <comment>north arrow</comment>
        <translation>N</translation>
    </message>
</context>
<context>
    <name>daicho::PolygonTool</name>
    <message>
        <source>Click each corner; double-click, Enter or the first corner closes the area. Backspace: take back a corner. Esc: cancel.</source>
        <translation>Click each corner; double-click, Enter or the first corner closes the area. Backspace: take back a corner. Esc: cancel.</translation>
    </message>
    <message numerus="yes">
        <source>%n corner(s)</source>
        <translation>
            <numerusform>%n corner(s)</numerusform>
            <numerusform>%n corner(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daicho::RecentFiles</name>
    <message>
        <source>No recent registers</source>
        <translation>No recent registers</translation>
    </message>
</context>
<context>
    <name>daicho::RectangleTool</name>
    <message>
        <source>%1 m × %2 m</source>
        <translation>%1 m × %2 m</translation>
    </message>
    <message>
        <source>Drag from corner to corner to draw an area. Alt: no snapping. Esc: cancel.</source>
        <translation>Drag from corner to corner to draw an area. Alt: no snapping. Esc: cancel.</translation>
    </message>
</context>
<context>
    <name>daicho::RegisterStore</name>
    <message>
        <source>The file %1 already exists. Choose another name.</source>
        <translation>The file %1 already exists. Choose another name.</translation>
    </message>
    <message>
        <source>The file %1 could not be created: %2</source>
        <translation>The file %1 could not be created: %2</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>The file %1 could not be read: %2</translation>
    </message>
    <message>
        <source>%1 is not a Daicho register (it is not a database file).</source>
        <translation>%1 is not a Daicho register (it is not a database file).</translation>
    </message>
    <message>
        <source>The register %1 is damaged and cannot be read. Restore it from a backup.
%2</source>
        <translation>The register %1 is damaged and cannot be read. Restore it from a backup.
%2</translation>
    </message>
    <message>
        <source>%1 is a database, but not a Daicho register.</source>
        <translation>%1 is a database, but not a Daicho register.</translation>
    </message>
    <message>
        <source>The register %1 was written by a newer version of Daicho (format %2; this version reads up to %3). It was not opened and nothing in it was changed. Update Daicho to open it.</source>
        <translation>The register %1 was written by a newer version of Daicho (format %2; this version reads up to %3). It was not opened and nothing in it was changed. Update Daicho to open it.</translation>
    </message>
    <message>
        <source>The schema migration %1 is missing from this build.</source>
        <translation>The schema migration %1 is missing from this build.</translation>
    </message>
    <message>
        <source>The asset %1 no longer exists in the register.</source>
        <translation>The asset %1 no longer exists in the register.</translation>
    </message>
    <message>
        <source>The management number %1 is already used by another asset.</source>
        <translation>The management number %1 is already used by another asset.</translation>
    </message>
    <message>
        <source>The department %1 no longer exists in the register.</source>
        <translation>The department %1 no longer exists in the register.</translation>
    </message>
    <message>
        <source>This department still has assets, people or sub-departments. Move them first, or set an end date (valid to) instead of deleting it.</source>
        <translation>This department still has assets, people or sub-departments. Move them first, or set an end date (valid to) instead of deleting it.</translation>
    </message>
    <message>
        <source>The person %1 no longer exists in the register.</source>
        <translation>The person %1 no longer exists in the register.</translation>
    </message>
    <message>
        <source>This person is still the manager of assets. Choose another manager for them first.</source>
        <translation>This person is still the manager of assets. Choose another manager for them first.</translation>
    </message>
    <message>
        <source>An asset cannot be linked to itself.</source>
        <translation>An asset cannot be linked to itself.</translation>
    </message>
    <message>
        <source>These two assets are already linked in this way.</source>
        <translation>These two assets are already linked in this way.</translation>
    </message>
    <message>
        <source>The link %1 no longer exists in the register.</source>
        <translation>The link %1 no longer exists in the register.</translation>
    </message>
    <message>
        <source>Only a stored asset can be restored.</source>
        <translation>Only a stored asset can be restored.</translation>
    </message>
    <message>
        <source>The asset %1 cannot be restored: another asset has its id.</source>
        <translation>The asset %1 cannot be restored: another asset has its id.</translation>
    </message>
    <message>
        <source>Only a stored department can be restored.</source>
        <translation>Only a stored department can be restored.</translation>
    </message>
    <message>
        <source>Only a stored person can be restored.</source>
        <translation>Only a stored person can be restored.</translation>
    </message>
    <message>
        <source>Only a stored link can be restored.</source>
        <translation>Only a stored link can be restored.</translation>
    </message>
    <message>
        <source>The audit log in the imported data does not match its contents, so it was not imported (nothing was changed):
%1</source>
        <translation>The audit log in the imported data does not match its contents, so it was not imported (nothing was changed):
%1</translation>
    </message>
    <message>
        <source>The departments of the imported data refer to parents that do not exist or form a loop.</source>
        <translation>The departments of the imported data refer to parents that do not exist or form a loop.</translation>
    </message>
    <message>
        <source>The database file is damaged: %1</source>
        <translation>The database file is damaged: %1</translation>
    </message>
    <message>
        <source>The register has references to rows that do not exist (table %1).</source>
        <translation>The register has references to rows that do not exist (table %1).</translation>
    </message>
    <message>
        <source>The assets could not be read: %1</source>
        <translation>The assets could not be read: %1</translation>
    </message>
    <message>
        <source>The place %1 no longer exists in the register.</source>
        <translation>The place %1 no longer exists in the register.</translation>
    </message>
    <message>
        <source>Assets are used and kept in areas (rooms, containers, server racks …); "%1" is a %2.</source>
        <translation>Assets are used and kept in areas (rooms, containers, server racks …); "%1" is a %2.</translation>
    </message>
    <message>
        <source>A place needs a name.</source>
        <translation>A place needs a name.</translation>
    </message>
    <message>
        <source>The level of "%1" must be from 0 to 4 (L0–L4).</source>
        <translation>The level of "%1" must be from 0 to 4 (L0–L4).</translation>
    </message>
    <message>
        <source>"%1" must be inside another place: only a site stands alone.</source>
        <translation>"%1" must be inside another place: only a site stands alone.</translation>
    </message>
    <message>
        <source>"%1" (%2) cannot be inside "%3" (%4): buildings stand on sites, floors are in buildings, and areas are on floors or inside other areas.</source>
        <translation>"%1" (%2) cannot be inside "%3" (%4): buildings stand on sites, floors are in buildings, and areas are on floors or inside other areas.</translation>
    </message>
    <message>
        <source>"%1" cannot be moved inside itself or one of the places inside it.</source>
        <translation>"%1" cannot be moved inside itself or one of the places inside it.</translation>
    </message>
    <message>
        <source>"%1" cannot be a %2 while "%3" (%4) is inside it.</source>
        <translation>"%1" cannot be a %2 while "%3" (%4) is inside it.</translation>
    </message>
    <message>
        <source>"%1" must stay an area: %2 assets are used or kept there.</source>
        <translation>"%1" must stay an area: %2 assets are used or kept there.</translation>
    </message>
    <message>
        <source>"%1" has %2 places inside it. Move or delete them first.</source>
        <translation>"%1" has %2 places inside it. Move or delete them first.</translation>
    </message>
    <message>
        <source>"%1" is the place of use or storage of %2 assets. Move them first.</source>
        <translation>"%1" is the place of use or storage of %2 assets. Move them first.</translation>
    </message>
    <message>
        <source>"%1" is named by %2 risk acceptances. Delete them first.</source>
        <translation>"%1" is named by %2 risk acceptances. Delete them first.</translation>
    </message>
    <message>
        <source>A risk acceptance needs the code of the finding it accepts.</source>
        <translation>A risk acceptance needs the code of the finding it accepts.</translation>
    </message>
    <message>
        <source>A risk acceptance needs a reason.</source>
        <translation>A risk acceptance needs a reason.</translation>
    </message>
    <message>
        <source>A risk acceptance needs the name of the person who accepts it.</source>
        <translation>A risk acceptance needs the name of the person who accepts it.</translation>
    </message>
    <message>
        <source>A risk acceptance needs the date until which it holds.</source>
        <translation>A risk acceptance needs the date until which it holds.</translation>
    </message>
    <message>
        <source>The risk acceptance %1 no longer exists in the register.</source>
        <translation>The risk acceptance %1 no longer exists in the register.</translation>
    </message>
    <message>
        <source>Only a stored place can be restored.</source>
        <translation>Only a stored place can be restored.</translation>
    </message>
    <message>
        <source>The place %1 cannot be restored: another place has its id.</source>
        <translation>The place %1 cannot be restored: another place has its id.</translation>
    </message>
    <message>
        <source>Only a stored risk acceptance can be restored.</source>
        <translation>Only a stored risk acceptance can be restored.</translation>
    </message>
    <message>
        <source>The risk acceptance %1 cannot be restored: another one has its id.</source>
        <translation>The risk acceptance %1 cannot be restored: another one has its id.</translation>
    </message>
    <message>
        <source>%1 %2 is not recorded in the audit log (added outside Daicho).</source>
        <translation>%1 %2 is not recorded in the audit log (added outside Daicho).</translation>
    </message>
    <message>
        <source>%1 %2 was changed outside Daicho after audit log entry %3.</source>
        <translation>%1 %2 was changed outside Daicho after audit log entry %3.</translation>
    </message>
    <message>
        <source>%1 %2 was deleted outside Daicho (last audit log entry %3).</source>
        <translation>%1 %2 was deleted outside Daicho (last audit log entry %3).</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Risk acceptance</source>
        <translation>Risk acceptance</translation>
    </message>
    <message>
        <source>The register's zone table is not recorded in the audit log.</source>
        <translation>The register's zone table is not recorded in the audit log.</translation>
    </message>
    <message>
        <source>The register's zone table was changed outside Daicho after audit log entry %1.</source>
        <translation>The register's zone table was changed outside Daicho after audit log entry %1.</translation>
    </message>
    <message>
        <source>The asset %1 of the imported data refers to the place %2, which is not in the data.</source>
        <translation>The asset %1 of the imported data refers to the place %2, which is not in the data.</translation>
    </message>
    <message>
        <source>The asset %1 of the imported data is placed in "%2", which is not an area.</source>
        <translation>The asset %1 of the imported data is placed in "%2", which is not an area.</translation>
    </message>
    <message>
        <source>The places of the imported data refer to parents that do not exist or form a loop.</source>
        <translation>The places of the imported data refer to parents that do not exist or form a loop.</translation>
    </message>
    <message>
        <source>A risk acceptance of the imported data has no date and time of acceptance.</source>
        <translation>A risk acceptance of the imported data has no date and time of acceptance.</translation>
    </message>
    <message>
        <source>A risk acceptance of the imported data refers to the asset %1, which is not in the data.</source>
        <translation>A risk acceptance of the imported data refers to the asset %1, which is not in the data.</translation>
    </message>
    <message>
        <source>A risk acceptance of the imported data refers to the place %1, which is not in the data.</source>
        <translation>A risk acceptance of the imported data refers to the place %1, which is not in the data.</translation>
    </message>
    <message>
        <source>The links could not be read: %1</source>
        <translation>The links could not be read: %1</translation>
    </message>
    <message>
        <source>Floor plan %1</source>
        <translation>Floor plan %1</translation>
    </message>
    <message>
        <source>A floor plan must belong to a floor.</source>
        <translation>A floor plan must belong to a floor.</translation>
    </message>
    <message>
        <source>"%1" already has a floor plan.</source>
        <translation>"%1" already has a floor plan.</translation>
    </message>
    <message>
        <source>The department of the floor plan is not in the register.</source>
        <translation>The department of the floor plan is not in the register.</translation>
    </message>
    <message>
        <source>The floor plan's grid, scale, north direction or opacity is out of range.</source>
        <translation>The floor plan's grid, scale, north direction or opacity is out of range.</translation>
    </message>
    <message>
        <source>The floor plan %1 no longer exists in the register.</source>
        <translation>The floor plan %1 no longer exists in the register.</translation>
    </message>
    <message>
        <source>The floor plan %1 is already in the register.</source>
        <translation>The floor plan %1 is already in the register.</translation>
    </message>
    <message>
        <source>A floor plan of the imported data refers to the place %1, which is not in the data.</source>
        <translation>A floor plan of the imported data refers to the place %1, which is not in the data.</translation>
    </message>
    <message>
        <source>Floor plan %1 is not recorded in the audit log (added outside Daicho).</source>
        <translation>Floor plan %1 is not recorded in the audit log (added outside Daicho).</translation>
    </message>
    <message>
        <source>Floor plan %1 was changed outside Daicho after audit log entry %2.</source>
        <translation>Floor plan %1 was changed outside Daicho after audit log entry %2.</translation>
    </message>
    <message>
        <source>Floor plan %1 was deleted outside Daicho (last audit log entry %2).</source>
        <translation>Floor plan %1 was deleted outside Daicho (last audit log entry %2).</translation>
    </message>
    <message>
        <source>"%1" has a floor plan. Delete the plan first.</source>
        <translation>"%1" has a floor plan. Delete the plan first.</translation>
    </message>
    <message numerus="yes">
        <source>This department is named in the title block of %n floor plan(s). Choose another department there first (Plan properties).</source>
        <translation>
            <numerusform>This department is named in the title block of %n floor plan(s). Choose another department there first (Plan properties).</numerusform>
            <numerusform>This department is named in the title block of %n floor plan(s). Choose another department there first (Plan properties).</numerusform>
        </translation>
    </message>
    <message>
        <source>The imported data draws "%1" differently from this register's plan. Nothing was imported: remove the outline from one of them, or import into an empty register.</source>
        <translation>The imported data draws "%1" differently from this register's plan. Nothing was imported: remove the outline from one of them, or import into an empty register.</translation>
    </message>
    <message>
        <source>The ledger has problems; nothing was imported.</source>
        <translation>The ledger has problems; nothing was imported.</translation>
    </message>
</context>
<context>
    <name>daicho::SelectTool</name>
    <message>
        <source>%1 m, %2 m</source>
        <translation>%1 m, %2 m</translation>
    </message>
    <message>
        <source>Click to select, drag to move (areas take what is inside them), drag a corner of a selected area to reshape it, Delete to delete. Double-click an area to show it in the places panel, a door to edit it.</source>
        <translation>Click to select, drag to move (areas take what is inside them), drag a corner of a selected area to reshape it, Delete to delete. Double-click an area to show it in the places panel, a door to edit it.</translation>
    </message>
</context>
<context>
    <name>daicho::UndoText</name>
    <message>
        <source>Edit %1 of %2</source>
        <translation>Edit %1 of %2</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>New asset %1</source>
        <translation>New asset %1</translation>
    </message>
    <message>
        <source>Delete asset %1</source>
        <translation>Delete asset %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n asset(s)</source>
        <translation>
            <numerusform>Delete %n asset(s)</numerusform>
            <numerusform>Delete %n asset(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Add link</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Remove link</translation>
    </message>
    <message>
        <source>New department %1</source>
        <translation>New department %1</translation>
    </message>
    <message>
        <source>Edit department %1</source>
        <translation>Edit department %1</translation>
    </message>
    <message>
        <source>Delete department %1</source>
        <translation>Delete department %1</translation>
    </message>
    <message>
        <source>New person %1</source>
        <translation>New person %1</translation>
    </message>
    <message>
        <source>Edit person %1</source>
        <translation>Edit person %1</translation>
    </message>
    <message>
        <source>Delete person %1</source>
        <translation>Delete person %1</translation>
    </message>
    <message>
        <source>Mark measure done: %1</source>
        <translation>Mark measure done: %1</translation>
    </message>
    <message>
        <source>Mark measure not done: %1</source>
        <translation>Mark measure not done: %1</translation>
    </message>
    <message>
        <source>The management number %1 is already used by another asset.</source>
        <translation>The management number %1 is already used by another asset.</translation>
    </message>
    <message>
        <source>%1 has no level "%2" in this register's classification scheme.</source>
        <translation>%1 has no level "%2" in this register's classification scheme.</translation>
    </message>
    <message>
        <source>In this register's classification scheme the importance is derived and cannot be set by hand.</source>
        <translation>In this register's classification scheme the importance is derived and cannot be set by hand.</translation>
    </message>
    <message>
        <source>The importance "%1" does not exist in this register's classification scheme.</source>
        <translation>The importance "%1" does not exist in this register's classification scheme.</translation>
    </message>
    <message>
        <source>The chosen department does not exist in this register.</source>
        <translation>The chosen department does not exist in this register.</translation>
    </message>
    <message>
        <source>The chosen manager does not exist in this register.</source>
        <translation>The chosen manager does not exist in this register.</translation>
    </message>
    <message>
        <source>The related information system must be an asset of the kind "Information system" in this register.</source>
        <translation>The related information system must be an asset of the kind "Information system" in this register.</translation>
    </message>
    <message>
        <source>An asset cannot be its own related information system.</source>
        <translation>An asset cannot be its own related information system.</translation>
    </message>
    <message>
        <source>The asset no longer exists in the register.</source>
        <translation>The asset no longer exists in the register.</translation>
    </message>
    <message>
        <source>An asset cannot be linked to itself.</source>
        <translation>An asset cannot be linked to itself.</translation>
    </message>
    <message>
        <source>These two assets are already linked in this way.</source>
        <translation>These two assets are already linked in this way.</translation>
    </message>
    <message>
        <source>The link no longer exists in the register.</source>
        <translation>The link no longer exists in the register.</translation>
    </message>
    <message>
        <source>The department code %1 is already used by another department.</source>
        <translation>The department code %1 is already used by another department.</translation>
    </message>
    <message>
        <source>A department cannot be placed under itself or under one of its own sub-departments.</source>
        <translation>A department cannot be placed under itself or under one of its own sub-departments.</translation>
    </message>
    <message>
        <source>This department cannot be deleted: it still has %1 asset(s), %2 person(s) and %3 sub-department(s). Move them first, or set an end date (valid to) instead.</source>
        <translation>This department cannot be deleted: it still has %1 asset(s), %2 person(s) and %3 sub-department(s). Move them first, or set an end date (valid to) instead.</translation>
    </message>
    <message>
        <source>The department no longer exists in the register.</source>
        <translation>The department no longer exists in the register.</translation>
    </message>
    <message>
        <source>The person no longer exists in the register.</source>
        <translation>The person no longer exists in the register.</translation>
    </message>
    <message>
        <source>This person cannot be deleted: they are the manager of %1 asset(s). Choose another manager for them first.</source>
        <translation>This person cannot be deleted: they are the manager of %1 asset(s). Choose another manager for them first.</translation>
    </message>
    <message>
        <source>New place %1</source>
        <translation>New place %1</translation>
    </message>
    <message>
        <source>Edit place %1</source>
        <translation>Edit place %1</translation>
    </message>
    <message>
        <source>Delete place %1</source>
        <translation>Delete place %1</translation>
    </message>
    <message>
        <source>Accept %1 of %2</source>
        <translation>Accept %1 of %2</translation>
    </message>
    <message>
        <source>Withdraw the acceptance of %1 of %2</source>
        <translation>Withdraw the acceptance of %1 of %2</translation>
    </message>
    <message>
        <source>Edit the zone table</source>
        <translation>Edit the zone table</translation>
    </message>
    <message>
        <source>Set the network model to %1</source>
        <translation>Set the network model to %1</translation>
    </message>
    <message>
        <source>The place no longer exists.</source>
        <translation>The place no longer exists.</translation>
    </message>
    <message>
        <source>A place needs a name.</source>
        <translation>A place needs a name.</translation>
    </message>
    <message>
        <source>The level must be L0 to L4.</source>
        <translation>The level must be L0 to L4.</translation>
    </message>
    <message>
        <source>The place cannot be deleted: %1 assets are used or kept there and it contains %2 places. Move them first.</source>
        <translation>The place cannot be deleted: %1 assets are used or kept there and it contains %2 places. Move them first.</translation>
    </message>
    <message>
        <source>A site has no parent; a building belongs to a site, a floor to a building, and an area to a floor or to another area.</source>
        <translation>A site has no parent; a building belongs to a site, a floor to a building, and an area to a floor or to another area.</translation>
    </message>
    <message>
        <source>A place cannot be put inside itself or a place under it.</source>
        <translation>A place cannot be put inside itself or a place under it.</translation>
    </message>
    <message>
        <source>Assets can only be placed in an area (a room, container, rack or counter), not in a site, building or floor.</source>
        <translation>Assets can only be placed in an area (a room, container, rack or counter), not in a site, building or floor.</translation>
    </message>
    <message>
        <source>The acceptance no longer exists.</source>
        <translation>The acceptance no longer exists.</translation>
    </message>
    <message>
        <source>An acceptance needs a reason.</source>
        <translation>An acceptance needs a reason.</translation>
    </message>
    <message>
        <source>An acceptance needs the person who accepts it.</source>
        <translation>An acceptance needs the person who accepts it.</translation>
    </message>
    <message>
        <source>The acceptance must run until today or a later date.</source>
        <translation>The acceptance must run until today or a later date.</translation>
    </message>
    <message numerus="yes">
        <source>The place cannot be deleted: %n acceptance(s) of findings name it. Withdraw them first (in the asset's findings).</source>
        <translation>
            <numerusform>The place cannot be deleted: %n acceptance(s) of findings name it. Withdraw them first (in the asset's findings).</numerusform>
            <numerusform>The place cannot be deleted: %n acceptance(s) of findings name it. Withdraw them first (in the asset's findings).</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw %1</source>
        <translation>Draw %1</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n area(s)</source>
        <translation>
            <numerusform>Paste %n area(s)</numerusform>
            <numerusform>Paste %n area(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n area(s)</source>
        <translation>
            <numerusform>Delete %n area(s)</numerusform>
            <numerusform>Delete %n area(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s) on the plan</source>
        <translation>
            <numerusform>Move %n item(s) on the plan</numerusform>
            <numerusform>Move %n item(s) on the plan</numerusform>
        </translation>
    </message>
    <message>
        <source>Reshape %1</source>
        <translation>Reshape %1</translation>
    </message>
    <message>
        <source>Remove %1 from the plan</source>
        <translation>Remove %1 from the plan</translation>
    </message>
    <message>
        <source>Place %1 in %2</source>
        <translation>Place %1 in %2</translation>
    </message>
    <message>
        <source>Add door</source>
        <translation>Add door</translation>
    </message>
    <message>
        <source>Edit door</source>
        <translation>Edit door</translation>
    </message>
    <message>
        <source>Delete door</source>
        <translation>Delete door</translation>
    </message>
    <message>
        <source>Set background image</source>
        <translation>Set background image</translation>
    </message>
    <message>
        <source>Calibrate background</source>
        <translation>Calibrate background</translation>
    </message>
    <message>
        <source>Edit plan properties</source>
        <translation>Edit plan properties</translation>
    </message>
    <message>
        <source>The outline of %1 must have three or more corners and its edges must not cross.</source>
        <translation>The outline of %1 must have three or more corners and its edges must not cross.</translation>
    </message>
    <message>
        <source>%1 must stay inside %2.</source>
        <translation>%1 must stay inside %2.</translation>
    </message>
    <message>
        <source>%1 must be placed inside an area drawn on the plan.</source>
        <translation>%1 must be placed inside an area drawn on the plan.</translation>
    </message>
    <message>
        <source>The calibration is out of range: one image pixel must be between 0.001 mm and 100 m.</source>
        <translation>The calibration is out of range: one image pixel must be between 0.001 mm and 100 m.</translation>
    </message>
    <message>
        <source>Delete the zone plan of %1</source>
        <translation>Delete the zone plan of %1</translation>
    </message>
</context>
<context>
    <name>daicho::Validation</name>
    <message>
        <source>The management number must not be empty.</source>
        <translation>The management number must not be empty.</translation>
    </message>
    <message>
        <source>The management number must not contain line breaks or other control characters.</source>
        <translation>The management number must not contain line breaks or other control characters.</translation>
    </message>
    <message>
        <source>The management number must be at most %1 characters long (currently %2).</source>
        <translation>The management number must be at most %1 characters long (currently %2).</translation>
    </message>
    <message>
        <source>The department must be set.</source>
        <translation>The department must be set.</translation>
    </message>
    <message>
        <source>The business category must be at most %1 characters long (currently %2).</source>
        <translation>The business category must be at most %1 characters long (currently %2).</translation>
    </message>
    <message>
        <source>The asset name must not be empty.</source>
        <translation>The asset name must not be empty.</translation>
    </message>
    <message>
        <source>The asset name must be at most %1 characters long (currently %2).</source>
        <translation>The asset name must be at most %1 characters long (currently %2).</translation>
    </message>
    <message>
        <source>The user scope must be at most %1 characters long (currently %2).</source>
        <translation>The user scope must be at most %1 characters long (currently %2).</translation>
    </message>
    <message>
        <source>The medium / storage location must be at most %1 characters long (currently %2).</source>
        <translation>The medium / storage location must be at most %1 characters long (currently %2).</translation>
    </message>
    <message>
        <source>Personal information must be marked when the asset holds specific personal information (My Number) or special care-required personal information.</source>
        <translation>Personal information must be marked when the asset holds specific personal information (My Number) or special care-required personal information.</translation>
    </message>
    <message>
        <source>The number of data subjects must be zero or more, or -1 when it is unknown.</source>
        <translation>The number of data subjects must be zero or more, or -1 when it is unknown.</translation>
    </message>
    <message>
        <source>The retention deadline must not be before the registration date.</source>
        <translation>The retention deadline must not be before the registration date.</translation>
    </message>
    <message>
        <source>The update date must not be before the registration date.</source>
        <translation>The update date must not be before the registration date.</translation>
    </message>
    <message>
        <source>The notes must be at most %1 characters long (currently %2).</source>
        <translation>The notes must be at most %1 characters long (currently %2).</translation>
    </message>
    <message>
        <source>The department code must not be empty.</source>
        <translation>The department code must not be empty.</translation>
    </message>
    <message>
        <source>The department code must be at most %1 characters long (currently %2).</source>
        <translation>The department code must be at most %1 characters long (currently %2).</translation>
    </message>
    <message>
        <source>The department code may contain only letters A-Z and a-z, digits 0-9, hyphens and underscores.</source>
        <translation>The department code may contain only letters A-Z and a-z, digits 0-9, hyphens and underscores.</translation>
    </message>
    <message>
        <source>The department name must not be empty.</source>
        <translation>The department name must not be empty.</translation>
    </message>
    <message>
        <source>A department cannot be its own parent department.</source>
        <translation>A department cannot be its own parent department.</translation>
    </message>
    <message>
        <source>The end of the department's validity must not be before its start.</source>
        <translation>The end of the department's validity must not be before its start.</translation>
    </message>
    <message>
        <source>The person's name must not be empty.</source>
        <translation>The person's name must not be empty.</translation>
    </message>
    <message>
        <source>The person's department must be set.</source>
        <translation>The person's department must be set.</translation>
    </message>
</context>
<context>
    <name>daicho::WarekiDateEdit</name>
    <message>
        <source>"%1" is not a date. Enter a date such as 令和7年4月1日, R7.4.1 or 2025/4/1.</source>
        <translation>"%1" is not a date. Enter a date such as 令和7年4月1日, R7.4.1 or 2025/4/1.</translation>
    </message>
    <message>
        <source>e.g. 令和7年4月1日 or R7.4.1</source>
        <translation>e.g. 令和7年4月1日 or R7.4.1</translation>
    </message>
    <message>
        <source>和暦 (令和7年4月1日, R7.4.1) or 西暦 (2025/4/1). Leave empty for no date.</source>
        <translation>和暦 (令和7年4月1日, R7.4.1) or 西暦 (2025/4/1). Leave empty for no date.</translation>
    </message>
</context>
<context>
    <name>daicho::XlsxExport</name>
    <message>
        <source>The Excel file %1 could not be written: %2</source>
        <translation>The Excel file %1 could not be written: %2</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>Department: %1</translation>
    </message>
    <message>
        <source>As of: %1</source>
        <translation>As of: %1</translation>
    </message>
    <message>
        <source>The Excel file %1 could not be created.</source>
        <translation>The Excel file %1 could not be created.</translation>
    </message>
    <message>
        <source>The Excel file %1 could not be written.</source>
        <translation>The Excel file %1 could not be written.</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(no department)</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
</context>
<context>
    <name>daicho::XlsxReader</name>
    <message>
        <source>The Excel file %1 is damaged: %2</source>
        <translation>The Excel file %1 is damaged: %2</translation>
    </message>
    <message>
        <source>The file %1 could not be opened: %2</source>
        <translation>The file %1 could not be opened: %2</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>The file %1 could not be read: %2</translation>
    </message>
    <message>
        <source>%1 is an old Excel file (.xls) or a password-protected workbook. Save it in Excel as an Excel workbook (.xlsx) without a password and import that.</source>
        <translation>%1 is an old Excel file (.xls) or a password-protected workbook. Save it in Excel as an Excel workbook (.xlsx) without a password and import that.</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): it is not a zip archive.</source>
        <translation>%1 is not an Excel workbook (.xlsx): it is not a zip archive.</translation>
    </message>
    <message>
        <source>its table of contents cannot be read.</source>
        <translation>its table of contents cannot be read.</translation>
    </message>
    <message>
        <source>the part %1 is missing.</source>
        <translation>the part %1 is missing.</translation>
    </message>
    <message>
        <source>the part %1 is encrypted.</source>
        <translation>the part %1 is encrypted.</translation>
    </message>
    <message>
        <source>the part %1 cannot be unpacked.</source>
        <translation>the part %1 cannot be unpacked.</translation>
    </message>
    <message>
        <source>the part %1 is not valid XML (line %2: %3).</source>
        <translation>the part %1 is not valid XML (line %2: %3).</translation>
    </message>
    <message>
        <source>The Excel file %1 cannot be imported: its part %2 is larger than %3 MB.</source>
        <translation>The Excel file %1 cannot be imported: its part %2 is larger than %3 MB.</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): it holds no workbook.</source>
        <translation>%1 is not an Excel workbook (.xlsx): it holds no workbook.</translation>
    </message>
    <message>
        <source>the sheet %1 has no part.</source>
        <translation>the sheet %1 has no part.</translation>
    </message>
    <message>
        <source>the part %1 is not a workbook.</source>
        <translation>the part %1 is not a workbook.</translation>
    </message>
    <message>
        <source>the sheet %1 has a wrong cell reference %2.</source>
        <translation>the sheet %1 has a wrong cell reference %2.</translation>
    </message>
    <message>
        <source>the sheet %1 refers to a text that does not exist.</source>
        <translation>the sheet %1 refers to a text that does not exist.</translation>
    </message>
    <message>
        <source>The Excel file %1 cannot be imported: it has more than %3 cells (the sheet %2 reached the limit).</source>
        <translation>The Excel file %1 cannot be imported: it has more than %3 cells (the sheet %2 reached the limit).</translation>
    </message>
</context>
<context>
    <name>daicho::ZoneRulesDialog</name>
    <message>
        <source>Zone rules</source>
        <translation>Zone rules</translation>
    </message>
    <message>
        <source>The lowest area level each asset category may be used and kept in. L3 is a locked container: storage only. An L2 office not locked after hours counts as L1 then.</source>
        <translation>The lowest area level each asset category may be used and kept in. L3 is a locked container: storage only. An L2 office not locked after hours counts as L1 then.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Use</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Storage</translation>
    </message>
    <message>
        <source>Network model</source>
        <translation>Network model</translation>
    </message>
    <message>
        <source>Office terminals on the LGWAN segment; the internet only through screen transfer or sanitised files (the classic three-layer separation).</source>
        <translation>Office terminals on the LGWAN segment; the internet only through screen transfer or sanitised files (the classic three-layer separation).</translation>
    </message>
    <message>
        <source>α, plus limited direct use of specific cloud services from the LGWAN terminals (local breakout).</source>
        <translation>α, plus limited direct use of specific cloud services from the LGWAN terminals (local breakout).</translation>
    </message>
    <message>
        <source>Groupware and some business terminals moved to the internet segment, with extra controls.</source>
        <translation>Groupware and some business terminals moved to the internet segment, with extra controls.</translation>
    </message>
    <message>
        <source>Most business terminals on the internet segment, with extra controls; only the systems that need it stay on LGWAN.</source>
        <translation>Most business terminals on the internet segment, with extra controls; only the systems that need it stay on LGWAN.</translation>
    </message>
    <message>
        <source>Reset to preset</source>
        <translation>Reset to preset</translation>
    </message>
    <message>
        <source>The minimum levels of the shipped preset (岸和田市 表5). Applied only with OK.</source>
        <translation>The minimum levels of the shipped preset (岸和田市 表5). Applied only with OK.</translation>
    </message>
    <message>
        <source>Change the zone rules</source>
        <translation>Change the zone rules</translation>
    </message>
</context>
<context>
    <name>daicho::ZoneTable</name>
    <message>
        <source>The zone table preset is missing.</source>
        <translation>The zone table preset is missing.</translation>
    </message>
    <message>
        <source>This is not a zone table (format "%1" expected).</source>
        <translation>This is not a zone table (format "%1" expected).</translation>
    </message>
    <message>
        <source>The zone table is of a newer version (%1) than this Daicho reads (%2).</source>
        <translation>The zone table is of a newer version (%1) than this Daicho reads (%2).</translation>
    </message>
    <message>
        <source>The zone table has no categories.</source>
        <translation>The zone table has no categories.</translation>
    </message>
    <message>
        <source>A category of the zone table has no code.</source>
        <translation>A category of the zone table has no code.</translation>
    </message>
    <message>
        <source>The zone table names the category "%1" twice.</source>
        <translation>The zone table names the category "%1" twice.</translation>
    </message>
    <message>
        <source>The category "%1" of the zone table has a malformed condition.</source>
        <translation>The category "%1" of the zone table has a malformed condition.</translation>
    </message>
    <message>
        <source>The category "%1" of the zone table matches nothing.</source>
        <translation>The category "%1" of the zone table matches nothing.</translation>
    </message>
    <message>
        <source>The category "%1" of the zone table needs levels 0–4 for use and storage.</source>
        <translation>The category "%1" of the zone table needs levels 0–4 for use and storage.</translation>
    </message>
    <message>
        <source>The category "%1" of the zone table asks for L3 for use, but L3 is for storage only.</source>
        <translation>The category "%1" of the zone table asks for L3 for use, but L3 is for storage only.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Daicho — information asset register</source>
        <translation>Daicho — information asset register</translation>
    </message>
    <message>
        <source>Save a picture of the main window to FILE and exit.</source>
        <translation>Save a picture of the main window to FILE and exit.</translation>
    </message>
    <message>
        <source>The register file to open.</source>
        <translation>The register file to open.</translation>
    </message>
    <message>
        <source>No display was found, so Daicho cannot open its window here.</source>
        <translation>No display was found, so Daicho cannot open its window here.</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>The file %1 could not be written.</translation>
    </message>
    <message>
        <source>JSON export of the register: %1</source>
        <translation>JSON export of the register: %1</translation>
    </message>
    <message>
        <source>Screenshot of the main window: %1</source>
        <translation>Screenshot of the main window: %1</translation>
    </message>
    <message>
        <source>Select the asset with this management number.</source>
        <translation>Select the asset with this management number.</translation>
    </message>
    <message>
        <source>No asset has the management number %1.</source>
        <translation>No asset has the management number %1.</translation>
    </message>
    <message>
        <source>Show the zone plan of this floor (its name or path).</source>
        <translation>Show the zone plan of this floor (its name or path).</translation>
    </message>
    <message>
        <source>No floor is named %1.</source>
        <translation>No floor is named %1.</translation>
    </message>
</context>
</TS>
