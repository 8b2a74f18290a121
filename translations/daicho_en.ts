<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <message>
        <source>Created</source>
        <translation>Created</translation>
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
        <source>Usage: daicho-cli COMMAND ...

Commands:
  new FILE [--preset NAME] [--title TEXT]   create an empty register
  demo FILE [--assets N] [--seed S]         create a demo register of a fictional city
  export FILE --format json --out PATH      write the whole register as JSON
  import FILE INPUT --format json           add a JSON document to the register (all or nothing)
  verify FILE                               check the file and its audit log

Presets: %1
Exit codes: 0 ok, 1 rejected input or failed verification, 2 usage, 3 file or database error.</source>
        <translation>Usage: daicho-cli COMMAND ...

Commands:
  new FILE [--preset NAME] [--title TEXT]   create an empty register
  demo FILE [--assets N] [--seed S]         create a demo register of a fictional city
  export FILE --format json --out PATH      write the whole register as JSON
  import FILE INPUT --format json           add a JSON document to the register (all or nothing)
  verify FILE                               check the file and its audit log

Presets: %1
Exit codes: 0 ok, 1 rejected input or failed verification, 2 usage, 3 file or database error.</translation>
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
        <source>Unknown export format %1. This version exports: json</source>
        <translation>Unknown export format %1. This version exports: json</translation>
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
        <source>Unknown import format %1. This version imports: json</source>
        <translation>Unknown import format %1. This version imports: json</translation>
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
    <name>daicho::RecentFiles</name>
    <message>
        <source>No recent registers</source>
        <translation>No recent registers</translation>
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
</context>
</TS>
