<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>daicho::AcceptFindingDialog</name>
    <message>
        <source>Accept finding</source>
        <translation>指摘の受容</translation>
    </message>
    <message>
        <source>Why the risk is accepted, and what is done instead</source>
        <translation>受容する理由と、代わりに講じている対策</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>承認者</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>The finding shows as accepted until that date and comes back the day after. The acceptance is recorded in the audit log.</source>
        <translation>期限の日まで受容済みと表示され、翌日から再び指摘されます。受容は監査ログに記録されます。</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>受容する</translation>
    </message>
</context>
<context>
    <name>daicho::AddLinkDialog</name>
    <message>
        <source>Add link to %1</source>
        <translation>%1 にリンクを追加</translation>
    </message>
    <message>
        <source>This asset is stored on …</source>
        <translation>この資産の保存先 …</translation>
    </message>
    <message>
        <source>… is stored on this asset</source>
        <translation>この資産に保存されている …</translation>
    </message>
    <message>
        <source>This asset can access …</source>
        <translation>この資産のアクセス先 …</translation>
    </message>
    <message>
        <source>… can access this asset</source>
        <translation>この資産にアクセスする …</translation>
    </message>
    <message>
        <source>This asset runs on …</source>
        <translation>この資産の稼働サーバ …</translation>
    </message>
    <message>
        <source>… runs on this asset</source>
        <translation>この資産で稼働する …</translation>
    </message>
    <message>
        <source>Type part of a number or name</source>
        <translation>管理番号または名称の一部を入力</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>関係</translation>
    </message>
    <message>
        <source>Other asset</source>
        <translation>相手の情報資産</translation>
    </message>
    <message>
        <source>… more: type more to narrow the list</source>
        <translation>… ほかにもあります。さらに入力して絞り込んでください</translation>
    </message>
</context>
<context>
    <name>daicho::AssetDetailPanel</name>
    <message>
        <source>No asset selected</source>
        <translation>情報資産が選択されていません</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>関係する情報資産</translation>
    </message>
    <message>
        <source>Findings (zones, network, handling)</source>
        <translation>指摘事項（区画・ネットワーク・取扱制限）</translation>
    </message>
</context>
<context>
    <name>daicho::AssetFields</name>
    <message>
        <source>Management number</source>
        <translation>管理番号</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Business category</source>
        <translation>業務分類</translation>
    </message>
    <message>
        <source>Asset name</source>
        <translation>情報資産名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>資産種別</translation>
    </message>
    <message>
        <source>Related information system</source>
        <translation>関連情報システム</translation>
    </message>
    <message>
        <source>Network segment</source>
        <translation>ネットワーク区分</translation>
    </message>
    <message>
        <source>User scope</source>
        <translation>利用者範囲</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>Medium / storage location</source>
        <translation>媒体・保存先</translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation>個人情報</translation>
    </message>
    <message>
        <source>Special care-required personal information</source>
        <translation>要配慮個人情報</translation>
    </message>
    <message>
        <source>Specific personal information (My Number)</source>
        <translation>特定個人情報</translation>
    </message>
    <message>
        <source>Number of data subjects</source>
        <translation>本人数</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>機密性</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>完全性</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用性</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Handling restrictions</source>
        <translation>取扱制限</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>取扱制限の実施状況</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>暗号化</translation>
    </message>
    <message>
        <source>Wire lock</source>
        <translation>ワイヤー固定</translation>
    </message>
    <message>
        <source>Remote server operation</source>
        <translation>サーバ遠隔操作</translation>
    </message>
    <message>
        <source>Issued / private</source>
        <translation>支給/私物</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>保存期間</translation>
    </message>
    <message>
        <source>Retention deadline</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>登録日</translation>
    </message>
    <message>
        <source>Updated on</source>
        <translation>更新日</translation>
    </message>
    <message>
        <source>Updated by</source>
        <translation>更新者</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>実施状況</translation>
    </message>
    <message>
        <source>Department code</source>
        <translation>所属コード</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Department name</source>
        <translation>所属名</translation>
    </message>
    <message>
        <source>Parent department</source>
        <translation>上位所属</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>有効開始日</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>有効終了日</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>From</source>
        <translation>リンク元</translation>
    </message>
    <message>
        <source>To</source>
        <translation>リンク先</translation>
    </message>
    <message>
        <source>Link type</source>
        <translation>リンクの種類</translation>
    </message>
    <message>
        <source>Place of use</source>
        <translation>使用場所</translation>
    </message>
    <message>
        <source>Place of storage</source>
        <translation>保管場所</translation>
    </message>
</context>
<context>
    <name>daicho::AssetFindingsView</name>
    <message>
        <source>Not placed: the zone rules apply to the devices, media and paper that hold it.</source>
        <translation>配置はありません。区画ルールは、この情報を保存する機器・媒体・紙に適用されます。</translation>
    </message>
    <message>
        <source>%1: not recorded</source>
        <translation>%1：未登録</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>, counts as %1</source>
        <translation>、%1相当</translation>
    </message>
    <message>
        <source>Place of use</source>
        <translation>使用場所</translation>
    </message>
    <message>
        <source>Place of storage (after hours)</source>
        <translation>保管場所（時間外）</translation>
    </message>
    <message>
        <source>Zone categories: none (it holds and reaches no classified information)</source>
        <translation>区画の区分：なし（分類された情報を保存せず、アクセスもしない）</translation>
    </message>
    <message>
        <source>%1 (use %2+, storage %3+)</source>
        <translation>%1（使用 %2以上・保管 %3以上）</translation>
    </message>
    <message>
        <source>Zone categories: %1</source>
        <translation>区画の区分：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No findings: it meets the zone, network and handling rules.</source>
        <translation>指摘事項はありません（区画・ネットワーク・取扱制限のルールを満たしています）。</translation>
    </message>
    <message>
        <source>Accepted by %1 until %2: %3</source>
        <translation>%1 が %2 まで受容：%3</translation>
    </message>
    <message>
        <source>The acceptance by %1 lapsed on %2: %3</source>
        <translation>%1 による受容は %2 で期限切れ：%3</translation>
    </message>
    <message>
        <source>Withdraw acceptance</source>
        <translation>受容を取り消す</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>受容…</translation>
    </message>
    <message>
        <source>Accept this finding with a reason, until a date</source>
        <translation>理由と期限を付けてこの指摘を受容します</translation>
    </message>
    <message>
        <source>Disposed: not checked against the rules.</source>
        <translation>廃棄済みのため、ルールの点検対象外です。</translation>
    </message>
    <message>
        <source>Acceptance of %1 (%2, until %3) no longer matches a finding: %4</source>
        <translation>%1 の受容（%2、%3 まで）に当たる指摘はもうありません：%4</translation>
    </message>
</context>
<context>
    <name>daicho::AssetForm</name>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>None (paper or standalone)</source>
        <translation>なし（紙・単独）</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>機器</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>最終更新</translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation>個人情報</translation>
    </message>
    <message>
        <source>Special care-required</source>
        <translation>要配慮個人情報</translation>
    </message>
    <message>
        <source>My Number</source>
        <translation>特定個人情報</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>e.g. 複製禁止、配付禁止 (separate with 、 or commas)</source>
        <translation>例：複製禁止、配付禁止（「、」またはカンマで区切る）</translation>
    </message>
    <message>
        <source>e.g. 5年</source>
        <translation>例：5年</translation>
    </message>
    <message>
        <source>(Not set)</source>
        <translation>（未設定）</translation>
    </message>
    <message>
        <source>(Same as the place of use)</source>
        <translation>（使用場所と同じ）</translation>
    </message>
    <message>
        <source>The area where the asset is used; the zone check compares its level with the minimum for use.</source>
        <translation>資産を使用する区画。区画チェックでは、この区画レベルを使用の最低レベルと比べます。</translation>
    </message>
    <message>
        <source>Where the asset is kept when not in use, e.g. a locked cabinet; not set means the place of use. Storage is checked at the after-hours level.</source>
        <translation>使用しないときに保管する区画（施錠キャビネットなど）。未設定なら使用場所で保管します。保管は時間外の区画レベルで判定します。</translation>
    </message>
    <message>
        <source>A PC or tablet fixed with an anti-theft wire counts as being in an L2 area (at least L2) where it is used and kept.</source>
        <translation>パソコン・タブレットを盗難防止用ワイヤーで固定すると、使用・保管場所を区画L2相当（L2以上）として扱います。</translation>
    </message>
    <message>
        <source>A device that can operate servers remotely falls in the category REMOTE: by default it must be used in L2 or higher and kept in L3 or higher.</source>
        <translation>サーバを遠隔操作できる機器は区分 REMOTE となり、既定では使用はL2以上、保管はL3以上の区画が必要です。</translation>
    </message>
    <message>
        <source>Encryption is advisable for PCs and media that store information of the highest importance; without it the check gives a note. It does not relax the zone rules.</source>
        <translation>最も重要度の高い情報を保存したパソコン・媒体は暗号化が望ましく、未暗号化は「情報」として指摘されます。暗号化しても区画の要件は緩和されません。</translation>
    </message>
</context>
<context>
    <name>daicho::AssetHistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>%1 の変更履歴</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>OS user</source>
        <translation>OSユーザー</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>職員</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>変更後</translation>
    </message>
</context>
<context>
    <name>daicho::AssetItemDelegate</name>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>daicho::AssetTableModel</name>
    <message>
        <source>Effective importance: the highest of the asset's own, the one derived from its values and the one of what it holds. "(set by hand)" marks a value set by hand.</source>
        <translation>実効の重要度：資産自身の重要度、分類から導いた重要度、保存している情報資産の重要度のうち最も高いもの。「（手動設定）」は手で設定した値です。</translation>
    </message>
    <message>
        <source>Effective value: the higher of the asset's own value and the highest value of what it holds. Italic: raised by what it holds.</source>
        <translation>実効値：資産自身の値と、保存している情報資産の最も高い値のうち高い方。斜体は保存している情報資産により引き上げられた値です。</translation>
    </message>
    <message>
        <source>%1 (set by hand)</source>
        <translation>%1（手動設定）</translation>
    </message>
    <message>
        <source>%1/%2 done</source>
        <translation>%1/%2 実施</translation>
    </message>
    <message>
        <source>None (paper or standalone)</source>
        <translation>なし（紙・単独）</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Derived</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>[%1, accepted] %2: %3</source>
        <translation>［%1・受容済み］%2：%3</translation>
    </message>
    <message>
        <source>[%1] %2: %3</source>
        <translation>［%1］%2：%3</translation>
    </message>
    <message>
        <source>Place of use</source>
        <translation>使用場所</translation>
    </message>
    <message>
        <source>Place of storage</source>
        <translation>保管場所</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>指摘事項</translation>
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
        <translation>登録</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>取込</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>有</translation>
    </message>
    <message>
        <source>No</source>
        <translation>無</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Derived</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>done</source>
        <translation>実施済</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>未実施</translation>
    </message>
</context>
<context>
    <name>daicho::AuditVerifier</name>
    <message>
        <source>Audit log entry %1 is missing: the log jumps from %2 to %3.</source>
        <translation>監査ログの記録 %1 がありません（%2 の次が %3 になっています）。</translation>
    </message>
    <message>
        <source>Audit log entry %1 does not follow the entry before it (the chain is broken).</source>
        <translation>監査ログの記録 %1 が直前の記録とつながっていません（ハッシュチェーンが切れています）。</translation>
    </message>
    <message>
        <source>Audit log entry %1 was changed after it was written.</source>
        <translation>監査ログの記録 %1 が書き込み後に変更されています。</translation>
    </message>
    <message>
        <source>%1 %2 is not recorded in the audit log (added outside Daicho).</source>
        <translation>%1 %2 が監査ログに記録されていません（Daicho の外で追加されています）。</translation>
    </message>
    <message>
        <source>%1 %2 was changed outside Daicho after audit log entry %3.</source>
        <translation>%1 %2 が監査ログの記録 %3 の後に Daicho の外で変更されています。</translation>
    </message>
    <message>
        <source>%1 %2 was deleted outside Daicho (last audit log entry %3).</source>
        <translation>%1 %2 が Daicho の外で削除されています（最後の監査ログの記録は %3）。</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>職員</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>情報資産</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>資産間の関係</translation>
    </message>
    <message>
        <source>The register's settings are not recorded in the audit log.</source>
        <translation>台帳の設定が監査ログに記録されていません。</translation>
    </message>
    <message>
        <source>The register's settings were changed outside Daicho after audit log entry %1.</source>
        <translation>台帳の設定が監査ログの記録 %1 の後に Daicho の外で変更されています。</translation>
    </message>
</context>
<context>
    <name>daicho::CalibrateTool</name>
    <message>
        <source>Click two points of the background whose distance you know (e.g. the ends of a dimension line).</source>
        <translation>背景上で距離の分かっている 2 点（寸法線の両端など）をクリックしてください。</translation>
    </message>
    <message>
        <source>There is no background image to calibrate. Load one first.</source>
        <translation>較正する背景画像がありません。先に読み込んでください。</translation>
    </message>
    <message>
        <source>%1 mm as drawn now</source>
        <translation>現在の図上で %1 mm</translation>
    </message>
</context>
<context>
    <name>daicho::ClassificationEditor</name>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Effective: %1</source>
        <translation>実効値：%1</translation>
    </message>
    <message>
        <source>Effective: not set</source>
        <translation>実効値：未設定</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>手入力</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>導出</translation>
    </message>
    <message>
        <source>Effective: %1 (%2)</source>
        <translation>実効値：%1（%2）</translation>
    </message>
    <message>
        <source>Effective: not classified</source>
        <translation>実効値：未分類</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Derived</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Handling measures this class requires</source>
        <translation>この分類に必要な取扱制限</translation>
    </message>
    <message>
        <source>Handling measures this class requires (%1/%2 done)</source>
        <translation>この分類に必要な取扱制限（%1/%2 実施）</translation>
    </message>
    <message>
        <source>None required.</source>
        <translation>必要な対策はありません。</translation>
    </message>
</context>
<context>
    <name>daicho::ClassificationEngine</name>
    <message>
        <source>%1 holds %2 (%3)</source>
        <translation>%1 が %2（%3）を保持</translation>
    </message>
    <message>
        <source>%1 holds %2 (%3) via %4</source>
        <translation>%1 が %4 を介して %2（%3）を保持</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>own value</source>
        <translation>自身の値</translation>
    </message>
    <message>
        <source>%1: not set</source>
        <translation>%1：未設定</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1：%2 — %3</translation>
    </message>
    <message>
        <source>Personal information: contained</source>
        <translation>個人情報：あり</translation>
    </message>
    <message>
        <source>Personal information: %1 holds %2</source>
        <translation>個人情報：%1 が %2 を保持</translation>
    </message>
    <message>
        <source>Importance: not classified</source>
        <translation>重要度：未分類</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>手入力</translation>
    </message>
    <message>
        <source>%1, from the values it holds</source>
        <translation>%1（保持する情報資産の分類から）</translation>
    </message>
    <message>
        <source>Importance: %1 — %2</source>
        <translation>重要度：%1 — %2</translation>
    </message>
    <message>
        <source>Access importance: %1 — can access %2</source>
        <translation>アクセス先の重要度：%1 — %2 にアクセス可能</translation>
    </message>
    <message>
        <source>IPA importance: %1</source>
        <translation>IPA 重要度：%1</translation>
    </message>
    <message>
        <source>Stored in a loop with %1; the members share the highest value.</source>
        <translation>%1 との間で保存関係が循環しています。循環内の資産は最も高い分類を共有します。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Required measures: %1</source>
        <translation>必要な取扱制限：%1</translation>
    </message>
</context>
<context>
    <name>daicho::ClassificationScheme</name>
    <message>
        <source>Invalid classification scheme: %1</source>
        <translation>分類体系が正しくありません：%1</translation>
    </message>
    <message>
        <source>"%1" must be a list.</source>
        <translation>「%1」はリストでなければなりません。</translation>
    </message>
    <message>
        <source>a measure has no tag.</source>
        <translation>タグのない取扱制限があります。</translation>
    </message>
    <message>
        <source>the measure "%1" appears twice.</source>
        <translation>取扱制限「%1」が重複しています。</translation>
    </message>
    <message>
        <source>the measure "%1" has no label.</source>
        <translation>取扱制限「%1」に表示名がありません。</translation>
    </message>
    <message>
        <source>"%1" has no levels.</source>
        <translation>「%1」に区分がありません。</translation>
    </message>
    <message>
        <source>a level of "%1" has no id.</source>
        <translation>「%1」に ID のない区分があります。</translation>
    </message>
    <message>
        <source>the level "%1" appears twice in "%2".</source>
        <translation>「%2」の区分「%1」が重複しています。</translation>
    </message>
    <message>
        <source>the level "%1" of "%2" has no label.</source>
        <translation>「%2」の区分「%1」に表示名がありません。</translation>
    </message>
    <message>
        <source>the level "%1" of "%2" has a score that is not a whole number of 0 or more.</source>
        <translation>「%2」の区分「%1」の評価値が 0 以上の整数ではありません。</translation>
    </message>
    <message>
        <source>the scores of "%1" decrease from a lower to a higher level.</source>
        <translation>「%1」の評価値が、低い区分から高い区分に向かって小さくなっています。</translation>
    </message>
    <message>
        <source>the level "%1" of "%2" requires the unknown measure "%3".</source>
        <translation>「%2」の区分「%1」に不明な取扱制限「%3」が指定されています。</translation>
    </message>
    <message>
        <source>the scheme has no axes.</source>
        <translation>分類の観点（機密性・完全性・可用性など）がありません。</translation>
    </message>
    <message>
        <source>an axis has no id.</source>
        <translation>ID のない観点があります。</translation>
    </message>
    <message>
        <source>the axis "%1" appears twice.</source>
        <translation>観点「%1」が重複しています。</translation>
    </message>
    <message>
        <source>the axis "%1" has no name.</source>
        <translation>観点「%1」に名称がありません。</translation>
    </message>
    <message>
        <source>"otherwise" can only stand alone.</source>
        <translation>「otherwise」は単独でのみ使えます。</translation>
    </message>
    <message>
        <source>a condition must be "otherwise" or an object.</source>
        <translation>条件は「otherwise」かオブジェクトでなければなりません。</translation>
    </message>
    <message>
        <source>unknown condition key "%1".</source>
        <translation>不明な条件キー「%1」があります。</translation>
    </message>
    <message>
        <source>a condition needs exactly one of personal, sensitive, myNumber, axis (with atLeast), any or all.</source>
        <translation>条件には personal、sensitive、myNumber、axis（atLeast と組み合わせる）、any、all のうち一つだけを指定してください。</translation>
    </message>
    <message>
        <source>"%1" must be true or false.</source>
        <translation>「%1」は true か false でなければなりません。</translation>
    </message>
    <message>
        <source>unknown axis "%1".</source>
        <translation>不明な観点「%1」です。</translation>
    </message>
    <message>
        <source>"%1" is not a level of the axis "%2".</source>
        <translation>「%1」は観点「%2」の区分ではありません。</translation>
    </message>
    <message>
        <source>"any" and "all" need a non-empty list of conditions.</source>
        <translation>「any」と「all」には空でない条件のリストが必要です。</translation>
    </message>
    <message>
        <source>importance rule %1 follows an "otherwise" rule and can never apply.</source>
        <translation>重要度の規則 %1 は「otherwise」の規則より後にあるため、適用されることがありません。</translation>
    </message>
    <message>
        <source>importance rule %1: %2</source>
        <translation>重要度の規則 %1：%2</translation>
    </message>
    <message>
        <source>importance rule %1 leads to "%2", which is not an importance level.</source>
        <translation>重要度の規則 %1 の結果「%2」は重要度の区分ではありません。</translation>
    </message>
    <message>
        <source>importance rule %1 has no label.</source>
        <translation>重要度の規則 %1 に表示名がありません。</translation>
    </message>
    <message>
        <source>it is not a Daicho classification scheme (format "%1").</source>
        <translation>台帳の分類体系ではありません（形式「%1」）。</translation>
    </message>
    <message>
        <source>the format version is missing or not valid.</source>
        <translation>形式のバージョンがないか、正しくありません。</translation>
    </message>
    <message>
        <source>its format version %1 is newer than this version of Daicho can read (%2).</source>
        <translation>形式のバージョン %1 は、このバージョンの台帳が読めるバージョン（%2）より新しいものです。</translation>
    </message>
    <message>
        <source>the scheme has no id.</source>
        <translation>分類体系の ID がありません。</translation>
    </message>
    <message>
        <source>the scheme "%1" has no name.</source>
        <translation>分類体系「%1」に名称がありません。</translation>
    </message>
    <message>
        <source>"%1" must be an object.</source>
        <translation>「%1」はオブジェクトでなければなりません。</translation>
    </message>
    <message>
        <source>the importance has no rules and cannot be set by hand.</source>
        <translation>重要度の判定規則がなく、手入力も許可されていません。</translation>
    </message>
    <message>
        <source>"ipaImportance" names the unknown axis "%1".</source>
        <translation>「ipaImportance」に不明な観点「%1」が指定されています。</translation>
    </message>
    <message>
        <source>Unknown classification scheme preset "%1".</source>
        <translation>分類体系のプリセット「%1」は存在しません。</translation>
    </message>
    <message>
        <source>The classification scheme preset "%1" is missing.</source>
        <translation>分類体系のプリセット「%1」が見つかりません。</translation>
    </message>
    <message>
        <source>The classification scheme preset "%1" is not valid JSON: %2</source>
        <translation>分類体系のプリセット「%1」は正しい JSON ではありません：%2</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>手入力</translation>
    </message>
    <message>
        <source>not classified</source>
        <translation>未分類</translation>
    </message>
</context>
<context>
    <name>daicho::Cli</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>オプション --%1 には値が必要です。</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>不明なオプションです：--%1</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>不明なコマンドです：%1</translation>
    </message>
    <message>
        <source>new needs exactly one FILE.</source>
        <translation>new には台帳ファイルを一つだけ指定してください。</translation>
    </message>
    <message>
        <source>Unknown preset %1. Choose one of: %2</source>
        <translation>分類方式 %1 はありません。次のいずれかを指定してください：%2</translation>
    </message>
    <message>
        <source>Information asset register</source>
        <translation>情報資産管理台帳</translation>
    </message>
    <message>
        <source>Created %1 (classification scheme: %2).</source>
        <translation>%1 を作成しました（分類方式：%2）。</translation>
    </message>
    <message>
        <source>demo needs exactly one FILE.</source>
        <translation>demo には台帳ファイルを一つだけ指定してください。</translation>
    </message>
    <message>
        <source>--assets takes a whole number from 0 to 10000000.</source>
        <translation>--assets には 0 から 10000000 までの整数を指定してください。</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed には整数を指定してください。</translation>
    </message>
    <message>
        <source>Created the demo register %1 with %2 assets in %3 s.</source>
        <translation>デモ台帳 %1 を作成しました（情報資産 %2 件、%3 秒）。</translation>
    </message>
    <message>
        <source>export needs exactly one FILE.</source>
        <translation>export には台帳ファイルを一つだけ指定してください。</translation>
    </message>
    <message>
        <source>export needs --out PATH.</source>
        <translation>export には --out で出力先を指定してください。</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>ファイル %1 に書き込めませんでした：%2</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 を %2 に書き出しました。</translation>
    </message>
    <message>
        <source>import needs a register FILE and an INPUT file.</source>
        <translation>import には台帳ファイルと取り込むファイルを指定してください。</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>ファイル %1 を読み込めませんでした：%2</translation>
    </message>
    <message>
        <source>Imported %1 assets into %2.</source>
        <translation>情報資産 %1 件を %2 に取り込みました。</translation>
    </message>
    <message>
        <source>verify needs exactly one FILE.</source>
        <translation>verify には台帳ファイルを一つだけ指定してください。</translation>
    </message>
    <message>
        <source>OK: %1 rows match the audit log (%2 entries); the file is intact.</source>
        <translation>正常：%1 行が監査ログ（%2 件）と一致しました。ファイルは損なわれていません。</translation>
    </message>
    <message numerus="yes">
        <source>Verification failed: %n problem(s).</source>
        <translation>
            <numerusform>検証に失敗しました：問題 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>check needs exactly one FILE.</source>
        <translation>check には台帳ファイルを1つ指定してください。</translation>
    </message>
    <message>
        <source> (accepted)</source>
        <translation>（受容済み）</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 notes, %4 accepted%5.</source>
        <translation>エラー %1 件、警告 %2 件、情報 %3 件、受容済み %4 件%5。</translation>
    </message>
    <message>
        <source> (after hours)</source>
        <translation>（時間外）</translation>
    </message>
    <message>
        <source>plan needs exactly one FILE.</source>
        <translation>plan には台帳ファイルを1つ指定してください。</translation>
    </message>
    <message>
        <source>plan needs --floor NAME (the floor's name, or its path such as 本庁舎 › 3階).</source>
        <translation>plan には --floor で階を指定してください（階の名称、または 本庁舎 › 3階 のようなパス）。</translation>
    </message>
    <message>
        <source>plan needs --out PATH ending in .pdf, .png or .svg.</source>
        <translation>plan には --out で拡張子が .pdf、.png、.svg のいずれかの出力先を指定してください。</translation>
    </message>
    <message>
        <source>--paper takes A3 or A4.</source>
        <translation>--paper には A3 または A4 を指定してください。</translation>
    </message>
    <message>
        <source>--scale takes the N of 1:N (for example 200), or fit.</source>
        <translation>--scale には縮尺 1:N の N（例：200）か、fit を指定してください。</translation>
    </message>
    <message>
        <source>--dpi takes a whole number from 36 to 600.</source>
        <translation>--dpi には 36〜600 の整数を指定してください。</translation>
    </message>
    <message>
        <source>This register has no floors.</source>
        <translation>この台帳には階が登録されていません。</translation>
    </message>
    <message>
        <source>No floor is called %1. The floors are:</source>
        <translation>「%1」という階はありません。登録されている階：</translation>
    </message>
    <message>
        <source>%1 matches %2 floors; name the building too:</source>
        <translation>「%1」に当てはまる階が %2 つあります。庁舎名も指定してください：</translation>
    </message>
    <message>
        <source>Wrote the plan of %1 to %2 (%3; %4 areas, %5 markers, %6 findings).</source>
        <translation>%1 の区画図を %2 に書き出しました（%3、区画 %4、記号 %5、指摘事項 %6 件）。</translation>
    </message>
    <message>
        <source>not to scale</source>
        <translation>縮尺不定</translation>
    </message>
    <message>
        <source>--%1 applies to --format csv only.</source>
        <translation>--%1 は --format csv のときだけ指定できます。</translation>
    </message>
    <message>
        <source>--paper and --per-department apply to --format xlsx only.</source>
        <translation>--paper と --per-department は --format xlsx のときだけ使えます。</translation>
    </message>
    <message>
        <source>--paper takes A4 or A3.</source>
        <translation>--paper には A4 か A3 を指定してください。</translation>
    </message>
    <message>
        <source>--encoding takes utf-8 or cp932.</source>
        <translation>--encoding には utf-8 または cp932 を指定してください。</translation>
    </message>
    <message>
        <source>--dates takes wareki or iso.</source>
        <translation>--dates には wareki または iso を指定してください。</translation>
    </message>
    <message>
        <source>Exported %1 assets of %2 to %3.</source>
        <translation>%2 の情報資産 %1 件を %3 に書き出しました。</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>… and %1 more problems%2.</source>
        <translation>… ほか %1 件の問題%2。</translation>
    </message>
    <message>
        <source> (list them all with --report OUT.csv)</source>
        <translation>（すべては --report OUT.csv で一覧できます）</translation>
    </message>
    <message>
        <source> (see %1)</source>
        <translation>（%1 を参照）</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s).</source>
        <translation>
            <numerusform>問題が %n 件あるため、何も取り込みませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: %1 assets could be imported into %2; nothing was written.</source>
        <translation>点検のみ：情報資産 %1 件を %2 に取り込めます。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>Imported %1 assets into %2 in %3 s.</source>
        <translation>情報資産 %1 件を %2 に取り込みました（%3 秒）。</translation>
    </message>
    <message>
        <source>--header-row takes the number of the header's row (1 = the first).</source>
        <translation>--header-row には見出し行の行番号を指定してください（1 = 先頭行）。</translation>
    </message>
    <message>
        <source>New department: %1 (code %2)</source>
        <translation>新しい所属: %1（所属コード %2）</translation>
    </message>
    <message>
        <source>New member of staff: %1</source>
        <translation>新しい職員: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without a management number were numbered.</source>
        <translation>
            <numerusform>管理番号のない %n 行に管理番号を付けました。</numerusform>
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
        <translation>使い方: daicho-cli コマンド ...

コマンド:
  new FILE [--preset NAME] [--title TEXT]   空の台帳を作る
  demo FILE [--assets N] [--seed S]         架空の市のデモ台帳を作る
  export FILE --format json --out PATH      台帳全体を JSON で書き出す
  export FILE --format csv --out PATH       情報資産管理台帳を CSV で書き出す（既定は BOM 付き UTF-8）
  export FILE --format xlsx --out PATH [--paper A4|A3] [--per-department]
                                            台帳を Excel ブックとして書き出す
       [--department CODE] [--columns LIST] [--encoding utf-8|cp932] [--dates wareki|iso]
                                            CODE: その所属と配下の所属;
                                            LIST: 列のキーをカンマ区切りで（number,name,...）
  export FILE --format pdf --out PATH [--layout list|sheet|check] [--paper A4|A3]
       [--department CODE] [--columns LIST] [--by NAME]
                                            台帳を PDF で印刷する: list（一覧・横）、sheet（資産ごと
                                            の個票・縦）、check（棚卸し点検表）;
                                            --by: 印刷者（既定は OS のユーザ）
  import FILE INPUT --format json           JSON 文書を台帳に取り込む（全件成功か、何も変えないか）
  import FILE INPUT --format csv            台帳 CSV の情報資産を取り込む（UTF-8 または Shift_JIS。全件成功か、何も変えないか）
  import FILE INPUT --format xlsx [--sheet NAME]
                                            Excel の台帳（.xlsx）の情報資産を取り込む（全件成功か、何も
                                            変えないか）: シート NAME、または見出し行のある最初のシート
                                            --format がなければ INPUT の拡張子（.json、.csv、.xlsx）で決まる
       [--department CODE] [--dry-run] [--report OUT.csv] [--header-row N] [--unknown-to-notes]
       [--create-missing] [--number-missing]
                                            --dry-run: 点検のみ; --report: 問題の一覧を CSV で書き出す;
                                            --unknown-to-notes: 不明な列を備考に追加する
  verify FILE                               ファイルと監査ログを検証する
  check FILE [--json] [--after-hours]       区画・ネットワーク・取扱制限の指摘事項を一覧する
  plan FILE --floor NAME --out PATH         階の区画図を書き出す（.pdf、.png、.svg）
       [--paper A3|A4] [--scale N|fit] [--after-hours] [--mono] [--dpi N]
                                            NAME: 階の名称またはパス（本庁舎 › 3階 や 3階）。
                                            既定は A3 横で用紙に合わせる。--scale N で縮尺 1:N

分類方式: %1
終了コード: 0 正常、1 入力の拒否・検証失敗・エラーの指摘あり、
2 使い方の誤り、3 ファイル・データベースのエラー。</translation>
    </message>
    <message>
        <source>Unknown export format %1. This version exports: json, csv, xlsx, pdf</source>
        <translation>不明な書き出し形式です: %1。この版で書き出せる形式: json、csv、xlsx、pdf</translation>
    </message>
    <message>
        <source>--layout and --by apply to --format pdf only.</source>
        <translation>--layout と --by は --format pdf でのみ使えます。</translation>
    </message>
    <message>
        <source>--%1 does not apply to --format pdf.</source>
        <translation>--%1 は --format pdf では使えません。</translation>
    </message>
    <message>
        <source>--layout takes list, sheet or check.</source>
        <translation>--layout には list、sheet、check のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Wrote the %1 of %2 assets (%3 pages) to %4.</source>
        <translation>%1（情報資産 %2 件、%3 ページ）を %4 に出力しました。</translation>
    </message>
    <message>
        <source>--sheet applies to --format xlsx only.</source>
        <translation>--sheet は --format xlsx のときだけ指定できます。</translation>
    </message>
    <message>
        <source>Unknown import format %1. This version imports: json, csv, xlsx</source>
        <translation>取込形式 %1 には対応していません。このバージョンの取込形式：json、csv、xlsx</translation>
    </message>
    <message>
        <source>--department, --dry-run, --report, --header-row, --unknown-to-notes, --create-missing and --number-missing apply to ledger imports (csv, xlsx) only.</source>
        <translation>--department、--dry-run、--report、--header-row、--unknown-to-notes、--create-missing、--number-missing は台帳の取込み（csv、xlsx）にだけ使えます。</translation>
    </message>
    <message>
        <source>The workbook %1 has no sheet %2. Its sheets: %3</source>
        <translation>ブック %1 にシート %2 はありません。このブックのシート：%3</translation>
    </message>
    <message>
        <source>No sheet of %1 has a header row with 情報資産名称 (asset name). Its sheets: %2. Choose one with --sheet NAME and its header with --header-row N.</source>
        <translation>%1 には、情報資産名称の列見出しがある行を含むシートがありません（シート：%2）。--sheet NAME でシートを、--header-row N で見出しの行を指定してください。</translation>
    </message>
    <message>
        <source>Sheet: %1</source>
        <translation>シート：%1</translation>
    </message>
</context>
<context>
    <name>daicho::ColumnsDialog</name>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>初期状態に戻す</translation>
    </message>
</context>
<context>
    <name>daicho::CsvFormat</name>
    <message>
        <source>Row %1, column %2: the character %3 (U+%4) cannot be written in Shift_JIS (CP932). Change it or export as UTF-8.</source>
        <translation>%1 行目、列「%2」：文字「%3」（U+%4）は Shift_JIS（CP932）で書き出せません。文字を変えるか、UTF-8 で書き出してください。</translation>
    </message>
    <message>
        <source>Row %1 cannot be written in Shift_JIS (CP932).</source>
        <translation>%1 行目は Shift_JIS（CP932）で書き出せません。</translation>
    </message>
    <message>
        <source>The file starts as UTF-8 but holds bytes that are not UTF-8.</source>
        <translation>ファイルは UTF-8 で始まっていますが、UTF-8 でないバイトを含んでいます。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor Shift_JIS (CP932) text. Save it as CSV (UTF-8 or Shift_JIS) and try again.</source>
        <translation>ファイルは UTF-8 でも Shift_JIS（CP932）のテキストでもありません。CSV（UTF-8 または Shift_JIS）で保存し直してください。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed.</source>
        <translation>%1 行目：引用符（"）で始まる項目が閉じられていません。</translation>
    </message>
</context>
<context>
    <name>daicho::Database</name>
    <message>
        <source>The SQLite driver of Qt (QSQLITE) is not installed.</source>
        <translation>Qt の SQLite ドライバ（QSQLITE）がインストールされていません。</translation>
    </message>
    <message>
        <source>The file %1 could not be opened as a database.</source>
        <translation>ファイル %1 をデータベースとして開けませんでした。</translation>
    </message>
    <message>
        <source>Database message: %1</source>
        <translation>データベースからのメッセージ：%1</translation>
    </message>
    <message>
        <source>A database statement could not be prepared.</source>
        <translation>データベースの命令を準備できませんでした。</translation>
    </message>
    <message>
        <source>A database statement failed.</source>
        <translation>データベースの命令が失敗しました。</translation>
    </message>
    <message>
        <source>The change was not saved because an earlier step of it failed.</source>
        <translation>変更の途中の手順が失敗したため、変更は保存されませんでした。</translation>
    </message>
    <message>
        <source>The register %1 is damaged and cannot be read. Restore it from a backup.
%2</source>
        <translation>台帳 %1 は壊れていて読み込めません。バックアップから復元してください。
%2</translation>
    </message>
</context>
<context>
    <name>daicho::DemoGenerator</name>
    <message>
        <source>The number of demo assets must be 0 or more, not %1.</source>
        <translation>デモの情報資産数には0以上を指定してください（指定値: %1）。</translation>
    </message>
</context>
<context>
    <name>daicho::DepartmentEditDialog</name>
    <message>
        <source>Edit department</source>
        <translation>所属の編集</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>所属の追加</translation>
    </message>
    <message>
        <source>None (top level)</source>
        <translation>なし（最上位）</translation>
    </message>
    <message>
        <source>Department code</source>
        <translation>所属コード</translation>
    </message>
    <message>
        <source>Department name</source>
        <translation>所属名</translation>
    </message>
    <message>
        <source>Parent department</source>
        <translation>上位所属</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>有効開始日</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>有効終了日</translation>
    </message>
</context>
<context>
    <name>daicho::DepartmentTree</name>
    <message>
        <source>No longer in use since %1</source>
        <translation>%1 で廃止</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>すべての所属</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>daicho::DepartmentsDialog</name>
    <message>
        <source>Departments</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Department code</source>
        <translation>所属コード</translation>
    </message>
    <message>
        <source>Department name</source>
        <translation>所属名</translation>
    </message>
    <message>
        <source>Parent department</source>
        <translation>上位所属</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>有効開始日</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>有効終了日</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Department not deleted</source>
        <translation>所属を削除できません</translation>
    </message>
</context>
<context>
    <name>daicho::Document</name>
    <message numerus="yes">
        <source>%n asset(s) were imported, but the register could not be read again: %1
Open the register again to see them.</source>
        <translation>
            <numerusform>情報資産 %n 件を取り込みましたが、台帳を読み直せませんでした：%1
台帳を開き直すと表示されます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daicho::DoorDialog</name>
    <message>
        <source>Door</source>
        <translation>扉</translation>
    </message>
    <message>
        <source>Can be locked</source>
        <translation>施錠できる</translation>
    </message>
    <message>
        <source>Locks by itself when closed</source>
        <translation>閉めると自動で施錠（オートロック）</translation>
    </message>
    <message>
        <source>Alarm or monitoring</source>
        <translation>警報・監視あり</translation>
    </message>
    <message>
        <source>e.g. cylinder lock, IC card lock</source>
        <translation>例：シリンダー錠、ICカード錠</translation>
    </message>
    <message>
        <source>e.g. section chief</source>
        <translation>例：情報政策課長</translation>
    </message>
    <message>
        <source>Lock type</source>
        <translation>錠の種類</translation>
    </message>
    <message>
        <source>Keys held by</source>
        <translation>鍵の管理者</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
</context>
<context>
    <name>daicho::DoorItem</name>
    <message>
        <source>Lockable</source>
        <translation>施錠可</translation>
    </message>
    <message>
        <source>No lock</source>
        <translation>施錠なし</translation>
    </message>
</context>
<context>
    <name>daicho::DoorTool</name>
    <message>
        <source>Click on an area's wall to put a door there.</source>
        <translation>区画の壁をクリックすると、そこに扉を置きます。</translation>
    </message>
    <message>
        <source>Doors go on the wall of a drawn area: click closer to a wall.</source>
        <translation>扉は描いた区画の壁に置きます。壁の近くをクリックしてください。</translation>
    </message>
</context>
<context>
    <name>daicho::EntityJson</name>
    <message>
        <source>nothing</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>%1: field "%2" is missing.</source>
        <translation>%1: 項目「%2」がありません。</translation>
    </message>
    <message>
        <source>%1: field "%2" must be %3, not %4.</source>
        <translation>%1: 項目「%2」には%3を指定してください（指定値: %4）。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <source>an id (a whole number, 0 or more)</source>
        <translation>ID（0以上の整数）</translation>
    </message>
    <message>
        <source>an id (a positive whole number) or null</source>
        <translation>ID（1以上の整数）または null</translation>
    </message>
    <message>
        <source>a date (yyyy-MM-dd) or null</source>
        <translation>日付（yyyy-MM-dd）または null</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>文字列のリスト</translation>
    </message>
    <message>
        <source>%1: field "%2" has the unknown value "%3" (expected one of: %4).</source>
        <translation>%1: 項目「%2」の値「%3」は不明です（指定できる値: %4）。</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>職員</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>情報資産</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>資産間の関係</translation>
    </message>
    <message>
        <source>Audit entry</source>
        <translation>操作履歴</translation>
    </message>
    <message>
        <source>a whole number, 0 or more, or null</source>
        <translation>0以上の整数または null</translation>
    </message>
    <message>
        <source>a list of {"tag": text, "done": true or false}</source>
        <translation>{"tag": 文字列, "done": true または false} のリスト</translation>
    </message>
    <message>
        <source>a whole number, 0 or more</source>
        <translation>0以上の整数</translation>
    </message>
    <message>
        <source>a date and time (ISO 8601, e.g. 2025-04-01T09:30:00.000Z) or null</source>
        <translation>日時（ISO 8601形式。例: 2025-04-01T09:30:00.000Z）または null</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a list of {"field": text, "old": value, "new": value}</source>
        <translation>{"field": 文字列, "old": 値, "new": 値} のリスト</translation>
    </message>
    <message>
        <source>a date (yyyy-MM-dd)</source>
        <translation>日付（yyyy-MM-dd）</translation>
    </message>
    <message>
        <source>a date and time (ISO 8601, e.g. 2025-04-01T09:30:00.000Z)</source>
        <translation>日時（ISO 8601形式。例: 2025-04-01T09:30:00.000Z）</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>リスク受容</translation>
    </message>
    <message>
        <source>a level from 0 to 4</source>
        <translation>0～4 の区画レベル</translation>
    </message>
    <message>
        <source>a list of points [x, y] in millimetres</source>
        <translation>点 [x, y]（ミリメートル）のリスト</translation>
    </message>
    <message>
        <source>a point [x, y] in whole millimetres</source>
        <translation>点 [x, y]（ミリメートル単位の整数）</translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation>区画図</translation>
    </message>
    <message>
        <source>a grid in millimetres (1 to 100000)</source>
        <translation>グリッド間隔（1〜100000 mm）</translation>
    </message>
    <message>
        <source>an angle from 0 to 359</source>
        <translation>0〜359 の角度</translation>
    </message>
    <message>
        <source>a whole number of pixels</source>
        <translation>ピクセル数（整数）</translation>
    </message>
    <message>
        <source>[width, height] in pixels</source>
        <translation>[幅, 高さ]（ピクセル）</translation>
    </message>
    <message>
        <source>[x, y] in micrometres</source>
        <translation>[x, y]（マイクロメートル）</translation>
    </message>
    <message>
        <source>micrometres per pixel (1 or more)</source>
        <translation>1 ピクセルあたりのマイクロメートル（1 以上）</translation>
    </message>
    <message>
        <source>a percentage from 0 to 100</source>
        <translation>0〜100 のパーセント</translation>
    </message>
    <message>
        <source>a PNG or JPEG image in base64</source>
        <translation>base64 形式の PNG 又は JPEG 画像</translation>
    </message>
    <message>
        <source>a list of doors</source>
        <translation>扉のリスト</translation>
    </message>
    <message>
        <source>%1, door %2</source>
        <translation>%1 の扉 %2</translation>
    </message>
</context>
<context>
    <name>daicho::Enums</name>
    <message>
        <source>Information (electronic)</source>
        <translation>情報（電子）</translation>
    </message>
    <message>
        <source>Information (paper)</source>
        <translation>情報（紙）</translation>
    </message>
    <message>
        <source>Information system</source>
        <translation>情報システム</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>ソフトウェア</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバ</translation>
    </message>
    <message>
        <source>PC</source>
        <translation>PC</translation>
    </message>
    <message>
        <source>Mobile device</source>
        <translation>モバイル端末</translation>
    </message>
    <message>
        <source>Multifunction device</source>
        <translation>複合機</translation>
    </message>
    <message>
        <source>Network device</source>
        <translation>ネットワーク機器</translation>
    </message>
    <message>
        <source>Removable media</source>
        <translation>電磁的記録媒体</translation>
    </message>
    <message>
        <source>System document</source>
        <translation>システム関連文書</translation>
    </message>
    <message>
        <source>Not applicable (paper)</source>
        <translation>該当なし（紙）</translation>
    </message>
    <message>
        <source>My Number business segment</source>
        <translation>マイナンバー利用事務系</translation>
    </message>
    <message>
        <source>LGWAN segment</source>
        <translation>LGWAN接続系</translation>
    </message>
    <message>
        <source>Internet segment</source>
        <translation>インターネット接続系</translation>
    </message>
    <message>
        <source>Management segment</source>
        <translation>管理系</translation>
    </message>
    <message>
        <source>Standalone</source>
        <translation>スタンドアロン</translation>
    </message>
    <message>
        <source>External service (cloud)</source>
        <translation>外部サービス（クラウド）</translation>
    </message>
    <message>
        <source>Government cloud</source>
        <translation>ガバメントクラウド</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>運用中</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>廃棄済</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>支給</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>私物</translation>
    </message>
    <message>
        <source>is stored on</source>
        <translation>保存先</translation>
    </message>
    <message>
        <source>can access</source>
        <translation>アクセス先</translation>
    </message>
    <message>
        <source>runs on</source>
        <translation>稼働サーバ</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>敷地</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>庁舎・建物</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>階</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>室</translation>
    </message>
    <message>
        <source>Container (locker, cabinet, drawer)</source>
        <translation>保管庫（ロッカー・キャビネット・引出し）</translation>
    </message>
    <message>
        <source>Server rack</source>
        <translation>サーバラック</translation>
    </message>
    <message>
        <source>Public side of the counter</source>
        <translation>カウンターの来庁者側</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>鍵</translation>
    </message>
    <message>
        <source>IC card</source>
        <translation>ICカード</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>暗証番号</translation>
    </message>
    <message>
        <source>Biometric</source>
        <translation>生体認証</translation>
    </message>
    <message>
        <source>Entry log</source>
        <translation>入退室管理簿</translation>
    </message>
    <message>
        <source>α model</source>
        <translation>αモデル</translation>
    </message>
    <message>
        <source>α′ model</source>
        <translation>α′モデル</translation>
    </message>
    <message>
        <source>β model</source>
        <translation>βモデル</translation>
    </message>
    <message>
        <source>β′ model</source>
        <translation>β′モデル</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>daicho::FilterBar</name>
    <message>
        <source>Search number, name, department, manager, notes…</source>
        <translation>管理番号・名称・所属・管理者・備考を検索…</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>絞り込みを解除</translation>
    </message>
    <message>
        <source>Importance (effective)</source>
        <translation>重要度（実効値）</translation>
    </message>
    <message>
        <source>Classification level (effective)</source>
        <translation>分類（実効値）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>資産種別</translation>
    </message>
    <message>
        <source>Network segment</source>
        <translation>ネットワーク区分</translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation>個人情報</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>実施状況</translation>
    </message>
    <message>
        <source>Any importance</source>
        <translation>重要度：すべて</translation>
    </message>
    <message>
        <source>Any classification</source>
        <translation>分類：すべて</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>種別：すべて</translation>
    </message>
    <message>
        <source>Any network segment</source>
        <translation>ネットワーク区分：すべて</translation>
    </message>
    <message>
        <source>Any personal information</source>
        <translation>個人情報：すべて</translation>
    </message>
    <message>
        <source>Special care-required</source>
        <translation>要配慮個人情報</translation>
    </message>
    <message>
        <source>My Number</source>
        <translation>特定個人情報</translation>
    </message>
    <message>
        <source>No personal information</source>
        <translation>個人情報なし</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>状態：すべて</translation>
    </message>
    <message>
        <source>Findings of the zone, network and handling rules (accepted ones do not count)</source>
        <translation>区画・ネットワーク・取扱制限の指摘事項（受容済みは数えません）</translation>
    </message>
    <message>
        <source>Findings: any</source>
        <translation>指摘：すべて</translation>
    </message>
    <message>
        <source>With findings</source>
        <translation>指摘あり</translation>
    </message>
    <message>
        <source>With warnings or errors</source>
        <translation>警告・エラーあり</translation>
    </message>
    <message>
        <source>With errors</source>
        <translation>エラーあり</translation>
    </message>
</context>
<context>
    <name>daicho::FindingChecker</name>
    <message>
        <source>Zone of use too low</source>
        <translation>使用区画の不足</translation>
    </message>
    <message>
        <source>Zone of storage too low</source>
        <translation>保管区画の不足</translation>
    </message>
    <message>
        <source>Used in a storage-only zone</source>
        <translation>保管専用区画での使用</translation>
    </message>
    <message>
        <source>Placed in zone L0</source>
        <translation>区画L0への配置</translation>
    </message>
    <message>
        <source>Brought into zone L4</source>
        <translation>区画L4への持込み</translation>
    </message>
    <message>
        <source>Encryption advised</source>
        <translation>暗号化の推奨</translation>
    </message>
    <message>
        <source>No place recorded</source>
        <translation>場所の未登録</translation>
    </message>
    <message>
        <source>Specific personal information outside the My Number segment</source>
        <translation>マイナンバー利用事務系以外の特定個人情報</translation>
    </message>
    <message>
        <source>My Number data on removable media</source>
        <translation>媒体へのマイナンバー系情報の保存</translation>
    </message>
    <message>
        <source>Confidential information on the internet segment</source>
        <translation>インターネット接続系の機密情報</translation>
    </message>
    <message>
        <source>Handling measure not done</source>
        <translation>取扱制限の未実施</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source> › </source>
        <translation> › </translation>
    </message>
    <message>
        <source> The room is not locked after hours, so it counts as L1 outside business hours.</source>
        <translation>時間外施錠されない室のため、時間外は L1 とみなします。</translation>
    </message>
    <message>
        <source> The anti-theft wire makes the device count as L2.</source>
        <translation>盗難防止用ワイヤーで固定されているため L2 相当とみなします。</translation>
    </message>
    <message>
        <source>%1 must be used in zone %2 or higher, but "%3" is %4.%5 Use it in a zone of level %2 or higher.</source>
        <translation>%1は区画%2以上で使用する必要がありますが、「%3」は%4です。%5区画%2以上の場所で使用してください。</translation>
    </message>
    <message>
        <source>%1 must be kept in zone %2 or higher, but "%3" is %4.%5 Keep it in a zone of level %2 or higher (for L3, a locked cabinet, locker or drawer).</source>
        <translation>%1は区画%2以上に保管する必要がありますが、「%3」は%4です。%5区画%2以上の場所（L3 なら施錠できるキャビネット・ロッカー・引出し）に保管してください。</translation>
    </message>
    <message>
        <source>"%1" is a storage place (%2): nothing may be used there. Record the room where it is used as the place of use, and this place as the place of storage.</source>
        <translation>「%1」は保管専用の区画（%2）で、ここでは使用できません。使用する室を使用場所に、ここを保管場所に登録してください。</translation>
    </message>
    <message>
        <source>"%1" is zone L0, where information assets may not be kept.%2 Keep it in a zone of level L1 or higher; a documented exception needs an acceptance with a reason.</source>
        <translation>「%1」は区画L0で、情報資産を保管できません。%2区画L1以上の場所に保管してください。例外とする場合は理由を付けて受容してください。</translation>
    </message>
    <message>
        <source>"%1" is zone L0, where information assets may not be used or kept.%2 Move it to a zone of level L1 or higher; a documented exception (a public kiosk, for example) needs an acceptance with a reason.</source>
        <translation>「%1」は区画L0で、情報資産を使用・保管できません。%2区画L1以上の場所へ移してください。例外（来庁者用の案内端末など）とする場合は理由を付けて受容してください。</translation>
    </message>
    <message>
        <source> A wire prevents theft, not viewing.</source>
        <translation>ワイヤーは盗難を防ぎますが、覗き見は防げません。</translation>
    </message>
    <message>
        <source>"%1" is zone L4 (server room). Only servers belong there; other devices and media unrelated to its systems need a stated reason. Accept this finding with the reason, or move the asset.</source>
        <translation>「%1」は区画L4（サーバ室等）です。置けるのはサーバ等で、システムに関係のない機器・媒体には理由が必要です。理由を付けてこの指摘を受容するか、資産を移してください。</translation>
    </message>
    <message>
        <source>It holds information of the highest importance and is not encrypted. Encryption is desirable; it does not relax the zone rules.</source>
        <translation>最も重要度の高い情報を保存していますが、暗号化されていません。暗号化等の対策が望まれます（区画の基準は緩和されません）。</translation>
    </message>
    <message>
        <source>No place of use is recorded, so the zone rules cannot be checked. Choose the area where it is used and, if different, where it is kept.</source>
        <translation>使用場所が登録されていないため、区画ルールを点検できません。使用する区画と、異なる場合は保管する区画を選んでください。</translation>
    </message>
    <message>
        <source>It holds specific personal information (My Number) but is on the %1. Such information belongs on the My Number business segment (or its government cloud standard systems). Correct the network segment, or move the data.</source>
        <translation>特定個人情報を含みますが、%1にあります。特定個人情報はマイナンバー利用事務系（又はガバメントクラウドの標準準拠システム）で扱います。ネットワーク区分を正すか、情報を移してください。</translation>
    </message>
    <message>
        <source>Removable media holding My Number segment data: exporting data from the My Number business segment to USB memory and other media is not allowed in principle. Record the permission and procedure, or remove the data.</source>
        <translation>マイナンバー利用事務系の情報を保存した電磁的記録媒体です。マイナンバー利用事務系から USB メモリ等への持ち出しは原則として認められません。許可と手順を記録するか、情報を消去してください。</translation>
    </message>
    <message>
        <source>In the α model, information of confidentiality 2 or higher does not belong on the internet segment. Move it to the LGWAN segment, or lower its class if it is public.</source>
        <translation>αモデルでは、機密性2以上の情報をインターネット接続系に置きません。LGWAN接続系へ移すか、公開情報であれば分類を見直してください。</translation>
    </message>
    <message>
        <source>Its class requires the handling measure "%1", which is not marked as done. Carry it out and tick it, or accept this finding with a reason.</source>
        <translation>分類により取扱制限「%1」が必要ですが、実施済みになっていません。実施して実施済みにするか、理由を付けてこの指摘を受容してください。</translation>
    </message>
</context>
<context>
    <name>daicho::FindingsModel</name>
    <message>
        <source>Accepted until %1</source>
        <translation>%1 まで受容</translation>
    </message>
    <message>
        <source>Lapsed %1</source>
        <translation>%1 期限切れ</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Asset No.</source>
        <translation>管理番号</translation>
    </message>
    <message>
        <source>Asset name</source>
        <translation>情報資産名称</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区画</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>リスク受容</translation>
    </message>
</context>
<context>
    <name>daicho::FindingsPanel</name>
    <message>
        <source>All departments</source>
        <translation>すべての所属</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>すべての重大度</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>すべてのルール</translation>
    </message>
    <message>
        <source>Show accepted</source>
        <translation>受容済みも表示</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>受容…</translation>
    </message>
    <message>
        <source>Accept the selected finding with a reason, until a date</source>
        <translation>選んだ指摘を、理由と期限を付けて受容します</translation>
    </message>
</context>
<context>
    <name>daicho::JsonExchange</name>
    <message>
        <source>Department #%1</source>
        <translation>所属 #%1</translation>
    </message>
    <message>
        <source>Person #%1</source>
        <translation>職員 #%1</translation>
    </message>
    <message>
        <source>Asset #%1</source>
        <translation>情報資産 #%1</translation>
    </message>
    <message>
        <source>Link #%1</source>
        <translation>資産間の関係 #%1</translation>
    </message>
    <message>
        <source>Audit entry #%1</source>
        <translation>操作履歴 #%1</translation>
    </message>
    <message>
        <source>The document has no field "%1".</source>
        <translation>ファイルに項目「%1」がありません。</translation>
    </message>
    <message>
        <source>The document's field "%1" must be %2.</source>
        <translation>ファイルの項目「%1」には%2を指定してください。</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation>%1 が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>%1: field "id" must be a positive whole number.</source>
        <translation>%1: 項目「id」には1以上の整数を指定してください。</translation>
    </message>
    <message>
        <source>%1 has the id %2, which %3 already has.</source>
        <translation>%1 の ID %2 は %3 と重複しています。</translation>
    </message>
    <message>
        <source>%1: field "%2" refers to department id %3, which is not in the file.</source>
        <translation>%1: 項目「%2」が参照している所属（ID %3）はファイル内にありません。</translation>
    </message>
    <message>
        <source>%1: field "%2" refers to person id %3, which is not in the file.</source>
        <translation>%1: 項目「%2」が参照している職員（ID %3）はファイル内にありません。</translation>
    </message>
    <message>
        <source>%1: field "%2" refers to asset id %3, which is not in the file.</source>
        <translation>%1: 項目「%2」が参照している情報資産（ID %3）はファイル内にありません。</translation>
    </message>
    <message>
        <source>%1: field "%2" must refer to a department.</source>
        <translation>%1: 項目「%2」には所属を指定してください。</translation>
    </message>
    <message>
        <source>%1: field "%2" must refer to an asset.</source>
        <translation>%1: 項目「%2」には情報資産を指定してください。</translation>
    </message>
    <message>
        <source>%1 has the department code "%2", which %3 already has.</source>
        <translation>%1 の所属コード「%2」は %3 と重複しています。</translation>
    </message>
    <message>
        <source>%1: its parent departments form a loop.</source>
        <translation>%1: 上位所属をたどると循環しています。</translation>
    </message>
    <message>
        <source>%1 has no management number (field "number").</source>
        <translation>%1 に管理番号（項目「number」）がありません。</translation>
    </message>
    <message>
        <source>%1 has the management number "%2", which %3 already has.</source>
        <translation>%1 の管理番号「%2」は %3 と重複しています。</translation>
    </message>
    <message>
        <source>%1: field "systemId" refers to asset id %2 (%3), which is not an information system.</source>
        <translation>%1: 項目「systemId」が参照している情報資産（ID %2、%3）は情報システムではありません。</translation>
    </message>
    <message>
        <source>%1 links an asset to itself.</source>
        <translation>%1 は情報資産をそれ自身に関係付けています。</translation>
    </message>
    <message>
        <source>%1 repeats %2: same assets, same type.</source>
        <translation>%1 は %2 と同じ関係です（同じ資産・同じ種類）。</translation>
    </message>
    <message>
        <source>%1 has the sequence number %2, which %3 already has.</source>
        <translation>%1 の連番 %2 は %3 と重複しています。</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at line %2, column %3 (byte %4).</source>
        <translation>ファイルが正しい JSON ではありません: %2行目 %3文字目（%4バイト目）で %1。</translation>
    </message>
    <message>
        <source>This is not a Daicho register document: its field "format" is missing or is not "%1".</source>
        <translation>Daicho の台帳ファイルではありません（項目「format」がないか、「%1」ではありません）。</translation>
    </message>
    <message>
        <source>This Daicho document has no valid format version (field "version" must be a whole number, 1 or more).</source>
        <translation>この Daicho ファイルには有効な形式バージョンがありません（項目「version」には1以上の整数が必要です）。</translation>
    </message>
    <message>
        <source>This file was written by a newer version of Daicho (format version %1); this version reads up to %2.</source>
        <translation>このファイルは新しいバージョンの Daicho で作成されています（形式バージョン %1）。このバージョンで読み込めるのは形式バージョン %2 までです。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>an object whose values are texts</source>
        <translation>値がすべて文字列のオブジェクト</translation>
    </message>
    <message>
        <source>Place #%1</source>
        <translation>場所 #%1</translation>
    </message>
    <message>
        <source>Acceptance #%1</source>
        <translation>リスク受容 #%1</translation>
    </message>
    <message>
        <source>%1: field "%2" refers to place id %3, which is not in the file.</source>
        <translation>%1: 項目「%2」が参照している場所（ID %3）はファイル内にありません。</translation>
    </message>
    <message>
        <source>%1: field "%2" must not be empty.</source>
        <translation>%1: 項目「%2」が空です。</translation>
    </message>
    <message>
        <source>%1: a place of kind "%2" must be inside another place (field "parentId"); only a site stands alone.</source>
        <translation>%1: 種類「%2」の場所は他の場所の中に置く必要があります（項目「parentId」）。上位の場所を持たないのは敷地だけです。</translation>
    </message>
    <message>
        <source>%1: a place of kind "%2" cannot be inside a place of kind "%3".</source>
        <translation>%1: 種類「%2」の場所を種類「%3」の場所の中に置くことはできません。</translation>
    </message>
    <message>
        <source>%1: its parent places form a loop.</source>
        <translation>%1: 上位の場所が循環しています。</translation>
    </message>
    <message>
        <source>%1: field "%2" refers to place id %3 (%4), which is not an area.</source>
        <translation>%1: 項目「%2」が参照している場所（ID %3、%4）は区画ではありません。</translation>
    </message>
    <message>
        <source>The document's zone table is not valid: %1</source>
        <translation>ファイルの区画ルール表が正しくありません：%1</translation>
    </message>
    <message>
        <source>Floor plan #%1</source>
        <translation>区画図 #%1</translation>
    </message>
    <message>
        <source>%1: field "outline" must be a polygon of three or more points whose edges do not cross.</source>
        <translation>%1：項目「outline」は、辺が交差しない 3 点以上の多角形でなければなりません。</translation>
    </message>
    <message>
        <source>%1: only an area has an outline.</source>
        <translation>%1：外形を持てるのは区画だけです。</translation>
    </message>
    <message>
        <source>%1: field "floorId" must refer to a floor.</source>
        <translation>%1：項目「floorId」は階を指していなければなりません。</translation>
    </message>
    <message>
        <source>%1 is a second plan of the floor that %2 already draws.</source>
        <translation>%1 は、%2 が既に描いている階の 2 枚目の区画図です。</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerColumns</name>
    <message>
        <source>Management number</source>
        <translation>管理番号</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Business category</source>
        <translation>業務分類</translation>
    </message>
    <message>
        <source>Asset name</source>
        <translation>情報資産名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>資産種別</translation>
    </message>
    <message>
        <source>Related information system</source>
        <translation>関連情報システム</translation>
    </message>
    <message>
        <source>Network segment</source>
        <translation>ネットワーク区分</translation>
    </message>
    <message>
        <source>User scope</source>
        <translation>利用者範囲</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>Medium / storage location</source>
        <translation>媒体・保存先</translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation>個人情報</translation>
    </message>
    <message>
        <source>Special care-required personal information</source>
        <translation>要配慮個人情報</translation>
    </message>
    <message>
        <source>Specific personal information</source>
        <translation>特定個人情報</translation>
    </message>
    <message>
        <source>Number of data subjects</source>
        <translation>本人数</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Handling restrictions</source>
        <translation>取扱制限</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>暗号化</translation>
    </message>
    <message>
        <source>Wire lock</source>
        <translation>ワイヤー固定</translation>
    </message>
    <message>
        <source>Remote server operation</source>
        <translation>サーバ遠隔操作</translation>
    </message>
    <message>
        <source>Issued / private</source>
        <translation>支給/私物</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>保存期間</translation>
    </message>
    <message>
        <source>Retention deadline</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>登録日</translation>
    </message>
    <message>
        <source>Updated on</source>
        <translation>更新日</translation>
    </message>
    <message>
        <source>Updated by</source>
        <translation>更新者</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>実施状況</translation>
    </message>
    <message>
        <source>Place of use</source>
        <translation>使用場所</translation>
    </message>
    <message>
        <source>Place of storage</source>
        <translation>保管場所</translation>
    </message>
    <message>
        <source>Effective %1</source>
        <translation>実効%1</translation>
    </message>
    <message>
        <source>Effective importance</source>
        <translation>実効重要度</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>機密性</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>完全性</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用性</translation>
    </message>
    <message>
        <source>Unknown ledger column %1. The columns are: %2</source>
        <translation>台帳の列 %1 はありません。列：%2</translation>
    </message>
    <message>
        <source>Information asset ledger</source>
        <translation>情報資産管理台帳</translation>
    </message>
    <message>
        <source>No department has the code %1.</source>
        <translation>所属コード %1 の所属はありません。</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerExport</name>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>ファイル %1 に書き込めませんでした：%2</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerExportDialog</name>
    <message>
        <source>Export the ledger</source>
        <translation>台帳のエクスポート</translation>
    </message>
    <message>
        <source>E&amp;xcel workbook (.xlsx), ready to print</source>
        <translation>Excel ブック（.xlsx、印刷設定つき）(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;CSV (for other systems and spreadsheets)</source>
        <translation>CSV（他のシステム・表計算ソフト向け）(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;All ledger columns (%1)</source>
        <translation>台帳のすべての列（%1 列）(&amp;A)</translation>
    </message>
    <message>
        <source>The columns the &amp;table shows (%1)</source>
        <translation>表に表示している列（%1 列）(&amp;T)</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>すべての所属</translation>
    </message>
    <message>
        <source>A department's export includes the departments under it.</source>
        <translation>所属を選ぶと、その下位の所属も含めて出力します。</translation>
    </message>
    <message>
        <source>Japanese era (R7.4.1)</source>
        <translation>和暦（R7.4.1）</translation>
    </message>
    <message>
        <source>Western (2025-04-01)</source>
        <translation>西暦（2025-04-01）</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 横</translation>
    </message>
    <message>
        <source>A3 landscape</source>
        <translation>A3 横</translation>
    </message>
    <message>
        <source>One &amp;sheet per department</source>
        <translation>所属ごとにシートを分ける(&amp;S)</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>用紙</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (Excel reads it as UTF-8)</source>
        <translation>UTF-8（BOM付き、Excel で文字化けしません）</translation>
    </message>
    <message>
        <source>Shift_JIS (CP932, for older systems)</source>
        <translation>Shift_JIS（CP932、旧来のシステム向け）</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>文字コード</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>%1 asset(s)</source>
        <translation>情報資産 %1 件</translation>
    </message>
    <message>
        <source>Exported %1 asset(s) to %2.</source>
        <translation>情報資産 %1 件を %2 にエクスポートしました。</translation>
    </message>
    <message>
        <source>The ledger was not exported</source>
        <translation>台帳をエクスポートできませんでした</translation>
    </message>
    <message>
        <source>_ledger</source>
        <translation>_台帳</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerImport</name>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>No header row was found: the file needs a row of column headings that includes 情報資産名称 (asset name).</source>
        <translation>見出し行が見つかりません。「情報資産名称」を含む列見出しの行が必要です。</translation>
    </message>
    <message>
        <source>Unknown column. Rename it to a ledger column, remove it, or import with its values added to the notes.</source>
        <translation>不明な列です。台帳の列名に直すか、列を削除するか、値を備考に追加して取り込んでください。</translation>
    </message>
    <message>
        <source>This column appears twice.</source>
        <translation>この列が二つあります。</translation>
    </message>
    <message>
        <source>No department has the code %1.</source>
        <translation>所属コード %1 の所属はありません。</translation>
    </message>
    <message>
        <source>A value outside the columns of the header.</source>
        <translation>見出しのない位置に値があります。</translation>
    </message>
    <message>
        <source>A value in a column without a header.</source>
        <translation>見出しが空の列に値があります。</translation>
    </message>
    <message>
        <source>Not a yes/no value: use 〇 (or 有, 1) for yes and leave it empty (or 無, 0) for no.</source>
        <translation>有無の値ではありません。有は 〇（または 有、1）、無は空欄（または 無、0）としてください。</translation>
    </message>
    <message>
        <source>Not a date: write it as R7.4.1, 令和7年4月1日, 2025/4/1 or 2025-04-01.</source>
        <translation>日付ではありません。R7.4.1、令和7年4月1日、2025/4/1 または 2025-04-01 の形で書いてください。</translation>
    </message>
    <message>
        <source>No area of the register has this name or path.</source>
        <translation>この名称またはパスの区画は台帳にありません。</translation>
    </message>
    <message>
        <source>Several areas have this name; give the path (本庁舎＞3階＞執務室).</source>
        <translation>この名称の区画が複数あります。パス（本庁舎＞3階＞執務室）で指定してください。</translation>
    </message>
    <message>
        <source>Several departments have this name; give the department code.</source>
        <translation>この名称の所属が複数あります。所属コードで指定してください。</translation>
    </message>
    <message>
        <source>No department has this code or name.</source>
        <translation>このコードまたは名称の所属はありません。</translation>
    </message>
    <message>
        <source>This department is not %1 or under it.</source>
        <translation>この所属は %1 でもその配下でもありません。</translation>
    </message>
    <message>
        <source>Unknown kind of asset.</source>
        <translation>不明な資産種別です。</translation>
    </message>
    <message>
        <source>No information system has this name or management number.</source>
        <translation>この名称または管理番号の情報システムはありません。</translation>
    </message>
    <message>
        <source>Several information systems have this name; give the management number.</source>
        <translation>この名称の情報システムが複数あります。管理番号で指定してください。</translation>
    </message>
    <message>
        <source>Unknown network segment.</source>
        <translation>不明なネットワーク区分です。</translation>
    </message>
    <message>
        <source>Not a number of people.</source>
        <translation>人数ではありません。</translation>
    </message>
    <message>
        <source>Not a level of this register's scheme. The levels are: %1</source>
        <translation>この台帳の分類方式の区分ではありません。区分：%1</translation>
    </message>
    <message>
        <source>Not an importance level of this register's scheme.</source>
        <translation>この台帳の分類方式の重要度ではありません。</translation>
    </message>
    <message>
        <source>Write 支給 (issued) or 私物 (private).</source>
        <translation>支給 または 私物 と書いてください。</translation>
    </message>
    <message>
        <source>Unknown status.</source>
        <translation>不明な状態です。</translation>
    </message>
    <message>
        <source>No member of staff has this name.</source>
        <translation>この名前の職員はいません。</translation>
    </message>
    <message>
        <source>Several members of staff of this department have this name.</source>
        <translation>この所属にこの名前の職員が複数います。</translation>
    </message>
    <message>
        <source>The department is missing (give it in the file or with the import's department).</source>
        <translation>所属がありません（ファイルに書くか、取込の所属を指定してください）。</translation>
    </message>
    <message>
        <source>This management number is already in the register.</source>
        <translation>この管理番号はすでに台帳にあります。</translation>
    </message>
    <message>
        <source>This management number is also on row %1.</source>
        <translation>この管理番号は %1 行目にもあります。</translation>
    </message>
    <message>
        <source>The file has no rows below its header.</source>
        <translation>見出しの下に行がありません。</translation>
    </message>
    <message numerus="yes">
        <source>The header row %1 is not in the file (it has %n rows).</source>
        <translation>
            <numerusform>見出し行 %1 はファイルにありません（ファイルは %n 行です）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No column is the asset name (情報資産名称): choose one.</source>
        <translation>情報資産名称の列がありません。どの列が情報資産名称かを選んでください。</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerImportWizard</name>
    <message>
        <source>(file)</source>
        <translation>（ファイル全体）</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Import a ledger</source>
        <translation>台帳の取込み</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>取り込む(&amp;I)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Choose the Excel workbook (.xlsx) or CSV file of the ledger, its sheet and the department the assets belong to.</source>
        <translation>取り込む台帳の Excel ブック（.xlsx）または CSV ファイル、シート、情報資産の所属を選んでください。</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>ファイルが選ばれていません</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Rows without a department get this one; rows of other departments must be under it.</source>
        <translation>所属のない行はこの所属になります。ほかの所属の行は、この所属の下位の所属でなければなりません。</translation>
    </message>
    <message>
        <source>Add &amp;departments and staff the register does not have yet</source>
        <translation>台帳にない所属・職員を追加する(&amp;D)</translation>
    </message>
    <message>
        <source>New departments go under the department chosen above; new staff into the row's department.</source>
        <translation>新しい所属は上で選んだ所属の下に、新しい職員はその行の所属に追加します。</translation>
    </message>
    <message>
        <source>Number rows without a &amp;management number (continuing the register's numbering)</source>
        <translation>管理番号のない行に管理番号を付ける（台帳の番号の続きから）(&amp;M)</translation>
    </message>
    <message>
        <source>Add the values of &amp;unknown columns to the notes (「heading: value」)</source>
        <translation>不明な列の値を備考に追記する（「見出し: 値」）(&amp;U)</translation>
    </message>
    <message>
        <source>Ledger file</source>
        <translation>台帳ファイル</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>シート</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>When the file has…</source>
        <translation>ファイルに次のものがあるとき</translation>
    </message>
    <message>
        <source>Nothing is written until the last page: the import adds every row or, if any row has a problem, none.</source>
        <translation>最後のページまで何も書き込みません。取込みは全件を追加するか、1 行でも問題があれば何も追加しないかのどちらかです。</translation>
    </message>
    <message>
        <source>Headings and columns</source>
        <translation>見出しと列の対応</translation>
    </message>
    <message>
        <source>Check which column of the ledger each column of the file goes into, and correct it where the heading was not recognised.</source>
        <translation>ファイルの各列を台帳のどの列に取り込むかを確認し、見出しを認識できなかった列は取込先を選んでください。</translation>
    </message>
    <message>
        <source>Row of the headings</source>
        <translation>見出しの行</translation>
    </message>
    <message>
        <source>Check (dry run)</source>
        <translation>確認（プレビュー）</translation>
    </message>
    <message>
        <source>What the import would do with these choices. Nothing has been written yet.</source>
        <translation>この設定で取り込んだ場合の結果です。まだ何も書き込んでいません。</translation>
    </message>
    <message>
        <source>&amp;Save the problems as CSV…</source>
        <translation>問題をCSVで保存(&amp;S)…</translation>
    </message>
    <message>
        <source>The first rows as the ledger will show them (numbered as in the file; rows with problems tinted)</source>
        <translation>取込み後の台帳の表示（先頭の行。行番号はファイルの行、問題のある行は色付き）</translation>
    </message>
    <message>
        <source>Choose the ledger file</source>
        <translation>台帳ファイルを選択</translation>
    </message>
    <message>
        <source>Ledgers (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt);;All files (*)</source>
        <translation>台帳 (*.xlsx *.csv);;Excel ブック (*.xlsx);;CSV ファイル (*.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>ファイル %1 を読み込めませんでした：%2</translation>
    </message>
    <message>
        <source>%1 is an Excel 97–2003 workbook (.xls), which Daicho cannot read. Open it in Excel and save it as an Excel workbook (.xlsx) or as CSV.</source>
        <translation>%1 は Excel 97–2003 ブック（.xls）のため読み込めません。Excel で開き、Excel ブック（.xlsx）または CSV として保存してください。</translation>
    </message>
    <message>
        <source>The file could not be read</source>
        <translation>ファイルを読み込めませんでした</translation>
    </message>
    <message>
        <source>%1 (%2 row(s))</source>
        <translation>%1（%2 行）</translation>
    </message>
    <message>
        <source>UTF-8 (with BOM)</source>
        <translation>UTF-8（BOM付き）</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Shift_JIS (CP932)</source>
        <translation>Shift_JIS（CP932）</translation>
    </message>
    <message>
        <source>CSV file, encoding %1, %2 row(s).</source>
        <translation>CSV ファイル、文字コード %1、%2 行。</translation>
    </message>
    <message numerus="yes">
        <source>Excel workbook with %n sheet(s).</source>
        <translation>
            <numerusform>Excel ブック（%n シート）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The sheet is empty.</source>
        <translation>シートは空です。</translation>
    </message>
    <message>
        <source>The headings are on row %1.</source>
        <translation>見出しは %1 行目にあります。</translation>
    </message>
    <message>
        <source>No row of ledger headings was recognised: choose it on the next page.</source>
        <translation>台帳の見出しの行を認識できませんでした。次のページで選んでください。</translation>
    </message>
    <message>
        <source>(as the file's department column says)</source>
        <translation>（ファイルの所属列に従う）</translation>
    </message>
    <message>
        <source>(recognised: row %1)</source>
        <translation>（自動検出：%1 行目）</translation>
    </message>
    <message>
        <source>(no row of ledger headings was recognised: choose the row)</source>
        <translation>（台帳の見出しの行を認識できませんでした。行を選んでください）</translation>
    </message>
    <message>
        <source>Heading in the file</source>
        <translation>ファイルの見出し</translation>
    </message>
    <message>
        <source>Ledger column</source>
        <translation>台帳の列（取込先）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>実施状況</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>（取り込まない）</translation>
    </message>
    <message>
        <source>(unknown: add to the notes)</source>
        <translation>（不明：備考に追記）</translation>
    </message>
    <message>
        <source>(unknown column)</source>
        <translation>（不明な列）</translation>
    </message>
    <message>
        <source>No heading</source>
        <translation>見出しなし</translation>
    </message>
    <message>
        <source>Unknown: added to the notes</source>
        <translation>不明：備考に追記します</translation>
    </message>
    <message>
        <source>Unknown: choose a ledger column</source>
        <translation>不明：取込先を選んでください</translation>
    </message>
    <message>
        <source>Computed column: not imported</source>
        <translation>計算列：取り込みません</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>取り込みません</translation>
    </message>
    <message>
        <source>Twice: another column has the same target</source>
        <translation>重複：ほかの列と取込先が同じです</translation>
    </message>
    <message>
        <source>Recognised from the heading</source>
        <translation>見出しから認識</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>手動で指定</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) will be imported.</source>
        <translation>
            <numerusform>%n 列を取り込みます。</numerusform>
        </translation>
    </message>
    <message>
        <source>No column goes into the asset name (情報資産名称): choose one.</source>
        <translation>情報資産名称に取り込む列がありません。選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) have a target that another column has too.</source>
        <translation>
            <numerusform>%n 列の取込先がほかの列と重複しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown column(s) go into the notes.</source>
        <translation>
            <numerusform>不明な %n 列は備考に追記します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown column(s): choose their ledger column or 「(do not import)」, or go back and add them to the notes.</source>
        <translation>
            <numerusform>不明な列が %n 列あります。取込先または「（取り込まない）」を選ぶか、前のページに戻って備考に追記する設定にしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 asset(s) can be imported.</source>
        <translation>情報資産 %1 件を取り込めます。</translation>
    </message>
    <message>
        <source>%1 problem(s): nothing can be imported until every one is put right (in the file, or with the choices on the previous pages). The import adds all rows or none.</source>
        <translation>問題が %1 件あります。すべて直すまで（ファイルを直すか、前のページの設定を変えて）取り込めません。取込みは全件を追加するか、何も追加しないかのどちらかです。</translation>
    </message>
    <message>
        <source>The file has %1 row(s) of assets.</source>
        <translation>ファイルには情報資産が %1 行あります。</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>New departments (%1): %2</source>
        <translation>新しい所属（%1）：%2</translation>
    </message>
    <message>
        <source>New staff (%1): %2</source>
        <translation>新しい職員（%1）：%2</translation>
    </message>
    <message>
        <source>%1 row(s) without a management number get one.</source>
        <translation>管理番号のない %1 行に管理番号を付けます。</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>問題はありません。</translation>
    </message>
    <message>
        <source>Problems (%1):</source>
        <translation>問題（%1 件）：</translation>
    </message>
    <message>
        <source>The problems were not saved</source>
        <translation>問題を保存できませんでした</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>ファイル %1 に書き込めませんでした：%2</translation>
    </message>
    <message>
        <source>The problems were saved in %1.</source>
        <translation>問題を %1 に保存しました。</translation>
    </message>
    <message>
        <source>-problems</source>
        <translation>_問題</translation>
    </message>
    <message>
        <source>Save the problems</source>
        <translation>問題の保存</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>The ledger was not imported</source>
        <translation>台帳を取り込めませんでした</translation>
    </message>
    <message>
        <source>%1 asset(s) were imported.</source>
        <translation>情報資産 %1 件を取り込みました。</translation>
    </message>
    <message numerus="yes">
        <source>%n department(s) were added.</source>
        <translation>
            <numerusform>所属を %n 件追加しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) of staff were added.</source>
        <translation>
            <numerusform>職員を %n 人追加しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo does not take an import back; the history of each asset records it.</source>
        <translation>取込みは「元に戻す」では取り消せません。各情報資産の変更履歴に記録されています。</translation>
    </message>
    <message>
        <source>Ledger imported</source>
        <translation>台帳の取込み完了</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerPrint</name>
    <message>
        <source>Ledger list</source>
        <translation>台帳一覧</translation>
    </message>
    <message>
        <source>Asset sheets</source>
        <translation>台帳個票</translation>
    </message>
    <message>
        <source>Inventory check sheet</source>
        <translation>点検表</translation>
    </message>
    <message>
        <source>%1 (asset sheet)</source>
        <translation>%1（個票）</translation>
    </message>
    <message>
        <source>%1: inventory check sheet</source>
        <translation>%1 点検表</translation>
    </message>
    <message>
        <source>Checked ✓</source>
        <translation>確認 ✓</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message numerus="yes">
        <source>The %n column(s) need %1 mm at the smallest type (%2 pt), but %3 landscape has %4 mm. Choose fewer columns.</source>
        <translation>
            <numerusform>%n 列を並べると最小の文字（%2 pt）でも幅 %1 mm が必要ですが、%3 横の印刷幅は %4 mm です。列を減らしてください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n column(s) need %1 mm at the smallest type (%2 pt), but %3 landscape has %4 mm. Choose fewer columns or A3.</source>
        <translation>
            <numerusform>%n 列を並べると最小の文字（%2 pt）でも幅 %1 mm が必要ですが、%3 横の印刷幅は %4 mm です。列を減らすか、A3 を選んでください。</numerusform>
        </translation>
    </message>
    <message>
        <source>No assets match.</source>
        <translation>該当する情報資産はありません。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Registered details</source>
        <translation>登録内容</translation>
    </message>
    <message>
        <source>Handling restrictions</source>
        <translation>取扱制限</translation>
    </message>
    <message>
        <source>Handling restrictions and required measures</source>
        <translation>取扱制限と分類により必要な対策</translation>
    </message>
    <message>
        <source>Required measure</source>
        <translation>必要な対策</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>実施状況</translation>
    </message>
    <message>
        <source>None required by the classification</source>
        <translation>分類により必要な対策はありません</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>関係</translation>
    </message>
    <message>
        <source>Management number</source>
        <translation>管理番号</translation>
    </message>
    <message>
        <source>Asset name</source>
        <translation>情報資産名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>資産種別</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>関係する情報資産</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>指摘の内容</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受容</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>指摘事項</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作者</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>No entries</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <source>History (the last %1 of %2 entries)</source>
        <translation>変更履歴（全 %2 件のうち直近 %1 件）</translation>
    </message>
    <message>
        <source>History</source>
        <translation>変更履歴</translation>
    </message>
    <message>
        <source> (continued)</source>
        <translation>（続き）</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>所属：%1</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>すべての所属</translation>
    </message>
    <message>
        <source>As of: %1</source>
        <translation>基準日：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>全 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>出力日時：%1</translation>
    </message>
    <message>
        <source>Printed by: %1</source>
        <translation>出力者：%1</translation>
    </message>
    <message>
        <source>- %1 -</source>
        <translation>- %1 -</translation>
    </message>
    <message>
        <source>Check each asset where it is: tick the box, and write any difference in the notes.</source>
        <translation>現物を確認し、確認欄に ✓ を記入してください。台帳と異なる点は備考に記入してください。</translation>
    </message>
    <message>
        <source>%1 ____/____/____</source>
        <comment>the date of the check, written in by hand; %1 = the era</comment>
        <translation>%1　　　年　　　月　　　日</translation>
    </message>
    <message>
        <source>Date checked</source>
        <translation>点検日</translation>
    </message>
    <message>
        <source>Checked by (department)</source>
        <translation>点検者（所属）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>印</translation>
    </message>
    <message>
        <source>The ledger could not be printed: the printer or file did not open.</source>
        <translation>台帳を印刷できませんでした: プリンタまたはファイルを開けませんでした。</translation>
    </message>
    <message>
        <source>The ledger could not be printed: a new page could not be started.</source>
        <translation>台帳を印刷できませんでした: 次のページを始められませんでした。</translation>
    </message>
    <message>
        <source>The ledger could not be printed.</source>
        <translation>台帳を印刷できませんでした。</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerPrintBuilder</name>
    <message>
        <source>done</source>
        <translation>実施済</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>未実施</translation>
    </message>
    <message>
        <source>Stored on</source>
        <translation>保存先</translation>
    </message>
    <message>
        <source>Stored here</source>
        <translation>保存されている情報</translation>
    </message>
    <message>
        <source>Can access</source>
        <translation>アクセス先</translation>
    </message>
    <message>
        <source>Accessed from</source>
        <translation>アクセス元</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>稼働サーバ</translation>
    </message>
    <message>
        <source>Runs here</source>
        <translation>稼働するシステム</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>取扱制限の実施状況</translation>
    </message>
    <message>
        <source>Position on the plan</source>
        <translation>区画図上の位置</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Registered in the ledger</source>
        <translation>台帳に登録</translation>
    </message>
    <message>
        <source>Imported into the ledger</source>
        <translation>台帳に取込</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受容</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) the classification requires are not done (see the measures above).</source>
        <translation>
            <numerusform>分類により必要な対策のうち %n 件が未実施です（上の対策の表を参照）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 件中 %1 件</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerPrintDialog</name>
    <message>
        <source>Print the ledger</source>
        <translation>台帳を印刷</translation>
    </message>
    <message>
        <source>Ledger list (landscape)</source>
        <translation>台帳一覧（横）</translation>
    </message>
    <message>
        <source>Asset sheets, one per page (portrait)</source>
        <translation>台帳個票（1 件 1 ページ、縦）</translation>
    </message>
    <message>
        <source>Inventory check sheet (landscape)</source>
        <translation>点検表（横）</translation>
    </message>
    <message>
        <source>The columns for paper</source>
        <translation>印刷用の既定の列</translation>
    </message>
    <message>
        <source>All ledger columns (%1)</source>
        <translation>台帳のすべての列（%1）</translation>
    </message>
    <message>
        <source>The columns the table shows (%1)</source>
        <translation>表に表示している列（%1）</translation>
    </message>
    <message>
        <source>The list and the check sheet; an asset sheet shows every field.</source>
        <translation>台帳一覧と点検表の列です。台帳個票はすべての項目を印刷します。</translation>
    </message>
    <message>
        <source>One heading per line, left to right. Leave it empty for no approval boxes. A change is kept in the register when you print or save.</source>
        <translation>1 行に 1 つずつ、左から順に役職を書きます。空にすると承認欄を印刷しません。変更は印刷または保存したときに台帳に記録されます。</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>様式</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>用紙</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Approval boxes</source>
        <translation>承認欄</translation>
    </message>
    <message>
        <source>Printed by</source>
        <translation>出力者</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>PDFに保存(&amp;D)…</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>ページ全体</translation>
    </message>
    <message>
        <source>Page width</source>
        <translation>ページ幅</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>すべての所属</translation>
    </message>
    <message>
        <source>A department's ledger includes the departments under it.</source>
        <translation>所属を選ぶと、その配下の所属の情報資産も含みます。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s); %1 assets; type %2 pt.</source>
        <translation>
            <numerusform>%n ページ、情報資産 %1 件、文字 %2 pt。</numerusform>
        </translation>
    </message>
    <message>
        <source>The approval boxes could not be kept in the register: %1</source>
        <translation>承認欄の設定を台帳に記録できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved the %1 (%n page(s)) to %2.</source>
        <translation>
            <numerusform>%1（%n ページ）を %2 に保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent the %1 to the printer.</source>
        <translation>%1をプリンタに送りました。</translation>
    </message>
    <message>
        <source>Save the ledger as PDF</source>
        <translation>台帳を PDF に保存</translation>
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
        <translation>保存先：%1</translation>
    </message>
    <message>
        <source>Stored here: %1</source>
        <translation>保存されている情報：%1</translation>
    </message>
    <message>
        <source>Can access: %1</source>
        <translation>アクセス先：%1</translation>
    </message>
    <message>
        <source>Accessed from: %1</source>
        <translation>アクセス元：%1</translation>
    </message>
    <message>
        <source>Runs on: %1</source>
        <translation>稼働サーバ：%1</translation>
    </message>
    <message>
        <source>Runs here: %1</source>
        <translation>稼働するシステム：%1</translation>
    </message>
    <message>
        <source>Add link…</source>
        <translation>リンクを追加…</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>リンクを削除</translation>
    </message>
</context>
<context>
    <name>daicho::MainWindow</name>
    <message>
        <source>Not changed</source>
        <translation>変更されませんでした</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使った台帳(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>ツールバー</translation>
    </message>
    <message>
        <source>&amp;New Register…</source>
        <translation>新規作成(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>New &amp;Asset</source>
        <translation>情報資産を追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete Asset</source>
        <translation>情報資産を削除(&amp;D)</translation>
    </message>
    <message>
        <source>Asset &amp;History…</source>
        <translation>変更履歴(&amp;H)…</translation>
    </message>
    <message>
        <source>De&amp;partments…</source>
        <translation>所属の管理(&amp;P)…</translation>
    </message>
    <message>
        <source>P&amp;eople…</source>
        <translation>職員の管理(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>表示する列(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;About Daicho</source>
        <translation>Daicho について(&amp;A)</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Asset details</source>
        <translation>情報資産の詳細</translation>
    </message>
    <message>
        <source>Person: </source>
        <translation>担当者：</translation>
    </message>
    <message>
        <source>The person recorded in the history of the changes you make</source>
        <translation>変更履歴に記録される担当者</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>The register could not be opened</source>
        <translation>台帳を開けませんでした</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>変更を保存できませんでした</translation>
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
        <translation>%1 件 / 全 %2 件</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>（未選択）</translation>
    </message>
    <message>
        <source>Add the departments first: every asset belongs to one.</source>
        <translation>まず所属を登録してください。情報資産はいずれかの所属に属します。</translation>
    </message>
    <message>
        <source>The register could not be created</source>
        <translation>台帳を作成できませんでした</translation>
    </message>
    <message>
        <source>Open register</source>
        <translation>台帳を開く</translation>
    </message>
    <message>
        <source>Daicho registers (*.daicho);;All files (*)</source>
        <translation>Daicho 台帳 (*.daicho);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>No departments</source>
        <translation>所属がありません</translation>
    </message>
    <message>
        <source>Add a department first (Edit ▸ Departments…): every asset belongs to one.</source>
        <translation>まず所属を登録してください（編集 ▸ 所属の管理…）。情報資産はいずれかの所属に属します。</translation>
    </message>
    <message>
        <source>New asset</source>
        <translation>新しい情報資産</translation>
    </message>
    <message>
        <source>The asset could not be added</source>
        <translation>情報資産を追加できませんでした</translation>
    </message>
    <message>
        <source>Delete %1? Its links go with it. You can undo this.</source>
        <translation>%1 を削除しますか？リンクも削除されます。この操作は元に戻せます。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n assets? Their links go with them. You can undo this.</source>
        <translation>
            <numerusform>%n 件の情報資産を削除しますか？リンクも削除されます。この操作は元に戻せます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete assets</source>
        <translation>情報資産の削除</translation>
    </message>
    <message>
        <source>The assets could not be deleted</source>
        <translation>情報資産を削除できませんでした</translation>
    </message>
    <message>
        <source>The history could not be read</source>
        <translation>変更履歴を読み込めませんでした</translation>
    </message>
    <message>
        <source>About Daicho</source>
        <translation>Daicho について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Daicho %1&lt;/h3&gt;&lt;p&gt;The information asset register (情報資産管理台帳) of a section: record and classify information assets, their links and handling measures.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Daicho %1&lt;/h3&gt;&lt;p&gt;所属の情報資産管理台帳：情報資産を登録・分類し、資産間のリンクと取扱制限を管理します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>指摘事項</translation>
    </message>
    <message>
        <source>&amp;After-Hours View</source>
        <translation>時間外の状態で表示(&amp;A)</translation>
    </message>
    <message>
        <source>Check use at the after-hours level too: rooms not locked after hours count one level lower</source>
        <translation>使用も時間外の区画レベルで点検します（時間外施錠されない室は1段階低くみなします）</translation>
    </message>
    <message>
        <source>Errors %1 · Warnings %2 · Notes %3</source>
        <translation>エラー %1・警告 %2・情報 %3</translation>
    </message>
    <message>
        <source> · Accepted %1</source>
        <translation>・受容 %1</translation>
    </message>
    <message>
        <source> (after hours)</source>
        <translation>（時間外）</translation>
    </message>
    <message>
        <source>Findings of the zone, network and handling rules; accepted findings are not counted</source>
        <translation>区画・ネットワーク・取扱制限の指摘事項（受容済みは数えません）</translation>
    </message>
    <message>
        <source>Places and zones</source>
        <translation>場所・区画</translation>
    </message>
    <message>
        <source>&amp;Zone Rules…</source>
        <translation>区画ルールの設定(&amp;Z)…</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>台帳</translation>
    </message>
    <message>
        <source>Zone plans</source>
        <translation>区画図</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>台帳(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Zone Plans</source>
        <translation>区画図(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Copy Areas</source>
        <translation>区画をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste Areas</source>
        <translation>区画を貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Delete from the &amp;Plan</source>
        <translation>区画図から削除(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Import a Ledger…</source>
        <translation>台帳を取り込む(&amp;I)…</translation>
    </message>
    <message>
        <source>Add the assets of a ledger kept in Excel (.xlsx) or CSV, with a check first</source>
        <translation>Excel（.xlsx）や CSV で作成した台帳の情報資産を、事前の確認つきで追加します</translation>
    </message>
    <message>
        <source>E&amp;xport the Ledger…</source>
        <translation>台帳をエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the ledger as an Excel workbook (.xlsx) or CSV</source>
        <translation>台帳を Excel ブック（.xlsx）または CSV で出力します</translation>
    </message>
    <message>
        <source>&amp;Print the Ledger…</source>
        <translation>台帳を印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the ledger list, one sheet per asset or an inventory check sheet, or save it as PDF</source>
        <translation>台帳一覧・台帳個票・点検表を印刷し、または PDF に保存します</translation>
    </message>
    <message>
        <source>%1 asset(s) were imported.</source>
        <translation>情報資産 %1 件を取り込みました。</translation>
    </message>
    <message>
        <source>The ledger could not be imported</source>
        <translation>台帳を取り込めませんでした</translation>
    </message>
    <message>
        <source>The ledger could not be printed</source>
        <translation>台帳を印刷できませんでした</translation>
    </message>
</context>
<context>
    <name>daicho::NewRegisterDialog</name>
    <message>
        <source>New register</source>
        <translation>台帳の新規作成</translation>
    </message>
    <message>
        <source>e.g. 総務課 情報資産管理台帳</source>
        <translation>例：総務課 情報資産管理台帳</translation>
    </message>
    <message>
        <source>register</source>
        <translation>台帳</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>表題</translation>
    </message>
    <message>
        <source>Classification scheme</source>
        <translation>分類基準</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Importance set directly</source>
        <translation>重要度を直接設定</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Daicho registers (*.daicho);;All files (*)</source>
        <translation>Daicho 台帳 (*.daicho);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Choose where to save the register.</source>
        <translation>台帳の保存先を選んでください。</translation>
    </message>
    <message>
        <source>The file %1 already exists. Choose another name.</source>
        <translation>ファイル %1 は既にあります。別の名前を指定してください。</translation>
    </message>
</context>
<context>
    <name>daicho::PanTool</name>
    <message>
        <source>Drag to move the plan. The wheel zooms.</source>
        <translation>ドラッグで図を移動します。ホイールで拡大・縮小します。</translation>
    </message>
</context>
<context>
    <name>daicho::PeopleDialog</name>
    <message>
        <source>People</source>
        <translation>職員</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>No departments</source>
        <translation>所属がありません</translation>
    </message>
    <message>
        <source>Add a department first: every person belongs to one.</source>
        <translation>まず所属を登録してください。職員はいずれかの所属に属します。</translation>
    </message>
    <message>
        <source>Person not deleted</source>
        <translation>職員を削除できません</translation>
    </message>
</context>
<context>
    <name>daicho::PersonEditDialog</name>
    <message>
        <source>Edit person</source>
        <translation>職員の編集</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>職員の追加</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>役割</translation>
    </message>
</context>
<context>
    <name>daicho::PlaceAssetTool</name>
    <message>
        <source>Choose assets in the list on the right, then click where they are used. You can also drag them onto the plan.</source>
        <translation>右の一覧で情報資産を選び、使用する場所をクリックしてください。図へドラッグすることもできます。</translation>
    </message>
    <message>
        <source>Choose one or more assets in the list first.</source>
        <translation>先に一覧で情報資産を選んでください。</translation>
    </message>
</context>
<context>
    <name>daicho::PlaceTreeModel</name>
    <message>
        <source>Controlled area</source>
        <translation>管理区域</translation>
    </message>
    <message>
        <source>Handling area</source>
        <translation>取扱区域</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>施錠</translation>
    </message>
    <message>
        <source>Not locked (L1 after hours)</source>
        <translation>施錠なし（時間外はL1）</translation>
    </message>
    <message>
        <source>Not locked</source>
        <translation>施錠なし</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>区画レベル</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>資産種別</translation>
    </message>
    <message>
        <source>After hours</source>
        <translation>時間外</translation>
    </message>
    <message>
        <source>Locked after hours</source>
        <translation>時間外は施錠する</translation>
    </message>
    <message>
        <source>Not locked after hours</source>
        <translation>時間外は施錠しない</translation>
    </message>
    <message>
        <source>Entry control: %1</source>
        <translation>入退室管理: %1</translation>
    </message>
    <message>
        <source>Manager: %1</source>
        <translation>管理者: %1</translation>
    </message>
    <message>
        <source>L0: unspecified people move about fairly freely (public road, corridor, the public side of the counter)</source>
        <translation>L0: 不特定の者が比較的自由に行き来する（公道、廊下、カウンターの来庁者側）</translation>
    </message>
    <message>
        <source>L1: unspecified people come and go, watched by those in the room (an office not locked after hours)</source>
        <translation>L1: 不特定の者が出入りし、在室者の目が届く（時間外施錠されない事務室）</translation>
    </message>
    <message>
        <source>L2: people come and go with the manager's explicit permission, watched by those in the room (an office locked after hours)</source>
        <translation>L2: 管理者が明示的に許可した者が出入りし、在室者の目が届く（時間外施錠される事務室）</translation>
    </message>
    <message>
        <source>L3: always locked; only a few people with the manager's explicit permission can get at it (locker, rack or desk drawer kept locked). For storage only</source>
        <translation>L3: 常時施錠。管理者が明示的に許可した少数の者のみが扱える（施錠するロッカー・ラック・机の引出し）。保管専用</translation>
    </message>
    <message>
        <source>L4: always locked, with strict entry control and controlled work inside (server room, server rack kept locked)</source>
        <translation>L4: 常時施錠。厳格な入退室管理を行い、室内の作業も管理する（サーバ室、施錠するサーバラック）</translation>
    </message>
</context>
<context>
    <name>daicho::PlacesPanel</name>
    <message>
        <source>Business hours look like 08:30-17:15 (from-to, 24-hour clock); leave the field empty for the register's default.</source>
        <translation>業務時間は 08:30-17:15 のように開始-終了を24時間制で入力してください。空欄にすると台帳の既定値を使います。</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>%1 in the areas of this place</source>
        <translation>配下の区画の資産 %1件</translation>
    </message>
    <message>
        <source>Used here: %1, kept here: %2</source>
        <translation>使用 %1件・保管 %2件</translation>
    </message>
    <message>
        <source>%1 with the places inside it</source>
        <translation>内部の保管庫等を含め %1件</translation>
    </message>
    <message>
        <source>New site</source>
        <translation>新しい敷地</translation>
    </message>
    <message>
        <source>New building</source>
        <translation>新しい建物</translation>
    </message>
    <message>
        <source>Floor %1</source>
        <translation>%1階</translation>
    </message>
    <message>
        <source>New server rack</source>
        <translation>新しいサーバラック</translation>
    </message>
    <message>
        <source>New storage</source>
        <translation>新しい保管庫</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>新しい室</translation>
    </message>
    <message>
        <source>Place not deleted</source>
        <translation>場所を削除できません</translation>
    </message>
    <message>
        <source>Add a site</source>
        <translation>敷地を追加</translation>
    </message>
    <message>
        <source>+ Site</source>
        <translation>＋敷地</translation>
    </message>
    <message>
        <source>Add a building on the site of the selected place</source>
        <translation>選択した場所の敷地に建物を追加</translation>
    </message>
    <message>
        <source>+ Building</source>
        <translation>＋建物</translation>
    </message>
    <message>
        <source>Add a floor to the building of the selected place</source>
        <translation>選択した場所の建物に階を追加</translation>
    </message>
    <message>
        <source>+ Floor</source>
        <translation>＋階</translation>
    </message>
    <message>
        <source>Add an area on the selected floor, or a storage place inside the selected area</source>
        <translation>選択した階に区画を、または選択した区画の中に保管庫を追加</translation>
    </message>
    <message>
        <source>+ Area</source>
        <translation>＋区画</translation>
    </message>
    <message>
        <source>Delete the selected place (only when nothing is inside it)</source>
        <translation>選択した場所を削除（中に何もない場合のみ）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>資産種別</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>区画レベル</translation>
    </message>
    <message>
        <source>After hours</source>
        <translation>時間外</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>業務時間内の状態</translation>
    </message>
    <message>
        <source>Entry control</source>
        <translation>入退室管理</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>区域指定</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>Locked after hours</source>
        <translation>時間外は施錠する</translation>
    </message>
    <message>
        <source>An L2 office that is not locked after hours counts as L1 outside business hours; storage is always checked at that level.</source>
        <translation>時間外施錠されない区画L2の事務室は、業務時間外は区画L1として扱います。保管は常にこのレベルで判定します。</translation>
    </message>
    <message>
        <source>%1 (register default)</source>
        <translation>%1（台帳の既定値）</translation>
    </message>
    <message>
        <source>From-to, e.g. 08:30-17:15. Outside these hours the after-hours level applies.</source>
        <translation>開始-終了（例: 08:30-17:15）。この時間外は時間外の区画レベルを適用します。</translation>
    </message>
    <message>
        <source>Controlled area</source>
        <translation>管理区域</translation>
    </message>
    <message>
        <source>管理区域: a room for servers and similar or for storing media; only permitted people enter, and entry is controlled.</source>
        <translation>管理区域: サーバ等を設置する室や電磁的記録媒体の保管室。許可された者のみが入室し、入退室を管理します。</translation>
    </message>
    <message>
        <source>Handling area (My Number)</source>
        <translation>取扱区域（特定個人情報）</translation>
    </message>
    <message>
        <source>取扱区域: where specific personal information (My Number) is handled; partitions and seating against shoulder-surfing.</source>
        <translation>取扱区域: 特定個人情報を取り扱う区域。間仕切りの設置や、のぞき見されない座席配置を行います。</translation>
    </message>
    <message>
        <source>Show assets</source>
        <translation>資産を表示</translation>
    </message>
    <message>
        <source>Show the assets used or kept here in the register</source>
        <translation>ここで使用・保管している資産を台帳に表示</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>daicho::PlanContent</name>
    <message>
        <source>Security zone plan: %1</source>
        <translation>セキュリティ区画図：%1</translation>
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
        <translation>「%1」はまだ描かれていません。矩形か多角形を描くと、その外形になります。</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>未配置</translation>
    </message>
    <message>
        <source>Assets (%1 of %2 shown; type to narrow)</source>
        <translation>情報資産（%2 件中 %1 件を表示。入力して絞り込み）</translation>
    </message>
    <message>
        <source>Assets (%1)</source>
        <translation>情報資産（%1 件）</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) copied.</source>
        <translation>
            <numerusform>区画を %n 件コピーしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（コピー）</translation>
    </message>
    <message>
        <source>Calibrate</source>
        <translation>較正</translation>
    </message>
    <message>
        <source>Real distance between the two points, in millimetres (now %1 mm):</source>
        <translation>2 点間の実際の距離（mm。現在は %1 mm）：</translation>
    </message>
    <message>
        <source>Background image</source>
        <translation>背景画像</translation>
    </message>
    <message>
        <source>Floor plans (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>平面図（*.png *.jpg *.jpeg *.pdf）</translation>
    </message>
    <message>
        <source>%1 could not be read as a PDF.</source>
        <translation>%1 を PDF として読み込めませんでした。</translation>
    </message>
    <message>
        <source>Page of the PDF:</source>
        <translation>PDF のページ：</translation>
    </message>
    <message>
        <source>%1 could not be read as an image: %2</source>
        <translation>%1 を画像として読み込めませんでした：%2</translation>
    </message>
    <message>
        <source>%1 could not be read as an image.</source>
        <translation>%1 を画像として読み込めませんでした。</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>選択</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>多角形</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>扉</translation>
    </message>
    <message>
        <source>Place asset</source>
        <translation>資産を配置</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>Select, move and reshape (Esc cancels a drag)</source>
        <translation>選択・移動・変形（Esc でドラッグを取り消し）</translation>
    </message>
    <message>
        <source>Draw a rectangular area</source>
        <translation>矩形の区画を描く</translation>
    </message>
    <message>
        <source>Draw a polygonal area corner by corner</source>
        <translation>多角形の区画を頂点ごとに描く</translation>
    </message>
    <message>
        <source>Put a door on a wall</source>
        <translation>壁に扉を置く</translation>
    </message>
    <message>
        <source>Click to place the assets chosen in the list</source>
        <translation>一覧で選んだ情報資産をクリックした位置に配置する</translation>
    </message>
    <message>
        <source>Calibrate the background with two points of known distance</source>
        <translation>距離の分かっている 2 点で背景の縮尺を較正する</translation>
    </message>
    <message>
        <source>Move the plan (also: middle button, or Space + drag)</source>
        <translation>図を移動する（中ボタン、又は Space + ドラッグでも可）</translation>
    </message>
    <message>
        <source>Room / area</source>
        <translation>室・区画</translation>
    </message>
    <message>
        <source>Cabinet / locker</source>
        <translation>保管庫・ロッカー</translation>
    </message>
    <message>
        <source>Server rack</source>
        <translation>サーバラック</translation>
    </message>
    <message>
        <source>Counter (public side)</source>
        <translation>窓口（来庁者側）</translation>
    </message>
    <message>
        <source>Kind of area the rectangle and polygon tools draw</source>
        <translation>矩形・多角形ツールで描く区画の種類</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <source>Fit the plan to the window (Ctrl+0)</source>
        <translation>図全体をウィンドウに合わせる（Ctrl+0）</translation>
    </message>
    <message>
        <source>After hours</source>
        <translation>時間外</translation>
    </message>
    <message>
        <source>Show the plan as it is at night: L2 rooms not locked after hours count as L1</source>
        <translation>夜間の状態で表示する：時間外に施錠しない L2 の室は L1 として扱う</translation>
    </message>
    <message>
        <source>Background…</source>
        <translation>背景…</translation>
    </message>
    <message>
        <source>Load a scanned floor plan (PNG, JPEG or a PDF page) to draw over</source>
        <translation>下絵にする平面図（PNG・JPEG・PDF のページ）を読み込む</translation>
    </message>
    <message>
        <source>Plan properties…</source>
        <translation>区画図の設定…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <source>Export the plan as PDF, PNG or SVG</source>
        <translation>区画図を PDF・PNG・SVG で書き出す</translation>
    </message>
    <message>
        <source>Search assets to place</source>
        <translation>配置する情報資産を検索</translation>
    </message>
    <message>
        <source>Only assets not placed yet</source>
        <translation>未配置の情報資産のみ</translation>
    </message>
    <message>
        <source>Drag assets onto the plan to set where they are used</source>
        <translation>情報資産を図へドラッグすると使用場所を設定できます</translation>
    </message>
    <message>
        <source>Print the zone plan</source>
        <translation>区画図を印刷</translation>
    </message>
    <message>
        <source>Print preview of the zone plan</source>
        <translation>区画図の印刷プレビュー</translation>
    </message>
    <message>
        <source>Export the zone plan</source>
        <translation>区画図を書き出す</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像（*.png）</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 図形（*.svg）</translation>
    </message>
    <message>
        <source>Exported the zone plan to %1.</source>
        <translation>区画図を %1 に書き出しました。</translation>
    </message>
    <message>
        <source>This floor has no plan settings, background or doors to delete.</source>
        <translation>この階には削除する区画図の設定・背景・扉がありません。</translation>
    </message>
    <message>
        <source>Delete the zone plan</source>
        <translation>区画図を削除</translation>
    </message>
    <message>
        <source>Delete the background, doors and title block of the plan of %1? The areas and the assets' places stay. You can undo this.</source>
        <translation>%1 の区画図の背景・扉・表題欄を削除しますか？区画と情報資産の場所はそのまま残ります。元に戻せます。</translation>
    </message>
    <message>
        <source>Delete plan…</source>
        <translation>区画図を削除…</translation>
    </message>
    <message>
        <source>Delete the floor's background, doors and title block (the areas stay)</source>
        <translation>この階の背景・扉・表題欄を削除する（区画は残る）</translation>
    </message>
</context>
<context>
    <name>daicho::PlanOutputDialog</name>
    <message>
        <source>A3 landscape</source>
        <translation>A3 横</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 横</translation>
    </message>
    <message>
        <source>Fit to the page</source>
        <translation>用紙に合わせる</translation>
    </message>
    <message>
        <source>For a monochrome printer (hatches only)</source>
        <translation>白黒プリンタ用（ハッチングのみ）</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>用紙</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>縮尺</translation>
    </message>
</context>
<context>
    <name>daicho::PlanPropertiesDialog</name>
    <message>
        <source>Plan properties</source>
        <translation>区画図の設定</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>e.g. 1st edition</source>
        <translation>例：第1版</translation>
    </message>
    <message>
        <source>e.g. Confidentiality 2</source>
        <translation>例：機密性2</translation>
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
        <translation>表題</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Drawn by</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>版数</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>作成日</translation>
    </message>
    <message>
        <source>Updated on</source>
        <translation>更新日</translation>
    </message>
    <message>
        <source>Classification mark</source>
        <translation>格付表示</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>グリッド</translation>
    </message>
    <message>
        <source>North (clockwise from up)</source>
        <translation>方位（上から時計回りの北の向き）</translation>
    </message>
    <message>
        <source>Background opacity</source>
        <translation>背景の不透明度</translation>
    </message>
</context>
<context>
    <name>daicho::PlanScene</name>
    <message>
        <source>Outside any area</source>
        <translation>区画の外</translation>
    </message>
    <message>
        <source>(place of storage)</source>
        <translation>（保管場所）</translation>
    </message>
</context>
<context>
    <name>daicho::PlanSheet</name>
    <message>
        <source>The scale must be a whole number from 1 to 100000 (1:N), or 0 to fit the page.</source>
        <translation>縮尺は1〜100000の整数（1:N）で指定するか、用紙に合わせる場合は0を指定してください。</translation>
    </message>
    <message>
        <source>At 1:%1 the plan (%2 m × %3 m) does not fit the drawing area of %4 landscape (%5 × %6 mm). Choose 1:%7 or fit it to the page.</source>
        <translation>縮尺1:%1では、図面（%2 m × %3 m）が%4横の図面枠（%5 × %6 mm）に収まりません。縮尺を1:%7にするか、用紙に合わせてください。</translation>
    </message>
    <message>
        <source>The page could not be printed: the printer or file did not open.</source>
        <translation>印刷できませんでした。プリンタまたは出力先のファイルを開けません。</translation>
    </message>
    <message>
        <source>The page could not be printed.</source>
        <translation>印刷できませんでした。</translation>
    </message>
    <message>
        <source>The resolution must be from 36 to 600 dpi.</source>
        <translation>解像度は36〜600 dpiで指定してください。</translation>
    </message>
    <message>
        <source>There is not enough memory for an image of %1 × %2 pixels.</source>
        <translation>%1 × %2 ピクセルの画像を作るためのメモリが足りません。</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>PDFを作成できませんでした。</translation>
    </message>
    <message>
        <source>The image could not be encoded: %1</source>
        <translation>画像を作成できませんでした：%1</translation>
    </message>
    <message>
        <source>The SVG could not be started.</source>
        <translation>SVGを作成できませんでした。</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>ファイル %1 に書き込めませんでした：%2</translation>
    </message>
    <message>
        <source>No area of this floor is drawn yet.</source>
        <translation>この階の区画はまだ描かれていません。</translation>
    </message>
    <message>
        <source>After hours %1</source>
        <translation>時間外%1</translation>
    </message>
    <message>
        <source>Controlled area</source>
        <translation>管理区域</translation>
    </message>
    <message>
        <source>Handling area</source>
        <translation>取扱区域</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Areas not drawn: %1</source>
        <translation>図示されていない区画：%1</translation>
    </message>
    <message>
        <source>Asset numbers left out where markers are dense: %1</source>
        <translation>記号が密集しているため管理番号を省略：%1件</translation>
    </message>
    <message>
        <source>Scale %1</source>
        <translation>縮尺 %1</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>Not to scale</source>
        <translation>縮尺不定</translation>
    </message>
    <message>
        <source>1:%1 (%2)</source>
        <translation>1:%1（%2）</translation>
    </message>
    <message>
        <source>After-hours view</source>
        <translation>時間外の状態</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>所属：%1</translation>
    </message>
    <message>
        <source>Building and floor: %1</source>
        <translation>庁舎・階：%1</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>出力日：%1</translation>
    </message>
    <message>
        <source>- %1 -</source>
        <translation>- %1 -</translation>
    </message>
    <message>
        <source>Anyone moves about fairly freely (corridor, public side of the counter)</source>
        <translation>不特定の者が比較的自由に行き来する（廊下、カウンターの来庁者側）</translation>
    </message>
    <message>
        <source>Anyone comes and goes, watched by those in the room</source>
        <translation>不特定の者が出入りし、在室者の目が届く</translation>
    </message>
    <message>
        <source>Only people the manager allows come and go; locked after hours</source>
        <translation>管理者が許可した者のみが出入りする（時間外施錠）</translation>
    </message>
    <message>
        <source>Always locked; only a few allowed people (locker, drawer). Storage only</source>
        <translation>常時施錠。許可された少数の者のみが扱う（ロッカー、机の引出し）。保管専用</translation>
    </message>
    <message>
        <source>Always locked with strict entry control (server room, locked rack)</source>
        <translation>常時施錠。厳格な入退室管理を行う（サーバ室、施錠するサーバラック）</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>凡例</translation>
    </message>
    <message>
        <source>L2 not locked after hours (L1 at night)</source>
        <translation>時間外施錠しないL2（時間外はL1）</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>扉</translation>
    </message>
    <message>
        <source>Lockable door (■)</source>
        <translation>施錠できる扉（■）</translation>
    </message>
    <message>
        <source>Asset where it is used (kind code)</source>
        <translation>資産の使用場所（種別記号）</translation>
    </message>
    <message>
        <source>Asset where it is kept</source>
        <translation>資産の保管場所</translation>
    </message>
    <message>
        <source>Asset number beside the marker</source>
        <translation>記号の横は管理番号</translation>
    </message>
    <message>
        <source>Finding: error</source>
        <translation>指摘あり（エラー）</translation>
    </message>
    <message>
        <source>Finding: warning</source>
        <translation>指摘あり（警告）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>kind code and kind</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Kind codes: %1</source>
        <translation>種別記号：%1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>表題</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Building and floor</source>
        <translation>庁舎・階</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日</translation>
    </message>
    <message>
        <source>Drawn by</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>版数</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>縮尺</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>用紙</translation>
    </message>
    <message>
        <source>%1 landscape</source>
        <translation>%1横</translation>
    </message>
    <message>
        <source>View</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>After hours (nights and holidays)</source>
        <translation>時間外（夜間・休日）の状態</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>業務時間内の状態</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>指摘事項（%1件）</translation>
    </message>
    <message>
        <source>checked as after hours</source>
        <translation>時間外の状態で点検</translation>
    </message>
    <message>
        <source>accepted findings not listed: %1</source>
        <translation>受容済みで記載しない指摘 %1件</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Asset no.</source>
        <translation>管理番号</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区画</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>指摘の内容</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>指摘事項なし</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>ほか %1 件</translation>
    </message>
    <message>
        <source>North arrow</source>
        <translation>方位</translation>
    </message>
    <message>
        <source>Several assets at one spot (how many)</source>
        <translation>同じ位置の複数の資産（件数）</translation>
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
        <translation>情報セキュリティ責任者（所属長）</translation>
    </message>
    <message>
        <source>Information security staff</source>
        <translation>情報セキュリティ担当者</translation>
    </message>
    <message>
        <source>There is no floor with the id %1.</source>
        <translation>ID %1 の階はありません。</translation>
    </message>
</context>
<context>
    <name>daicho::PlanStyle</name>
    <message>
        <source>%1 (after hours %2)</source>
        <translation>%1（時間外%2）</translation>
    </message>
    <message>
        <source>Inf</source>
        <comment>marker: electronic information</comment>
        <translation>情</translation>
    </message>
    <message>
        <source>Ppr</source>
        <comment>marker: paper</comment>
        <translation>紙</translation>
    </message>
    <message>
        <source>Sys</source>
        <comment>marker: information system</comment>
        <translation>シス</translation>
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
        <translation>複</translation>
    </message>
    <message>
        <source>NW</source>
        <comment>marker: network device</comment>
        <translation>NW</translation>
    </message>
    <message>
        <source>Med</source>
        <comment>marker: removable media</comment>
        <translation>媒</translation>
    </message>
    <message>
        <source>Doc</source>
        <comment>marker: system document</comment>
        <translation>文</translation>
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
        <translation>頂点ごとにクリックします。ダブルクリック、Enter 又は最初の頂点のクリックで閉じます。Backspace：頂点を 1 つ戻す。Esc：取り消し。</translation>
    </message>
    <message numerus="yes">
        <source>%n corner(s)</source>
        <translation>
            <numerusform>頂点 %n 個</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daicho::RecentFiles</name>
    <message>
        <source>No recent registers</source>
        <translation>最近使った台帳はありません</translation>
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
        <translation>角から角へドラッグして区画を描きます。Alt：スナップしない。Esc：取り消し。</translation>
    </message>
</context>
<context>
    <name>daicho::RegisterStore</name>
    <message>
        <source>The file %1 already exists. Choose another name.</source>
        <translation>ファイル %1 は既にあります。別の名前を指定してください。</translation>
    </message>
    <message>
        <source>The file %1 could not be created: %2</source>
        <translation>ファイル %1 を作成できませんでした：%2</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>ファイル %1 がありません。</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>ファイル %1 を読み込めませんでした：%2</translation>
    </message>
    <message>
        <source>%1 is not a Daicho register (it is not a database file).</source>
        <translation>%1 は Daicho の台帳ではありません（データベースファイルではありません）。</translation>
    </message>
    <message>
        <source>The register %1 is damaged and cannot be read. Restore it from a backup.
%2</source>
        <translation>台帳 %1 は壊れていて読み込めません。バックアップから復元してください。
%2</translation>
    </message>
    <message>
        <source>%1 is a database, but not a Daicho register.</source>
        <translation>%1 はデータベースですが、Daicho の台帳ではありません。</translation>
    </message>
    <message>
        <source>The register %1 was written by a newer version of Daicho (format %2; this version reads up to %3). It was not opened and nothing in it was changed. Update Daicho to open it.</source>
        <translation>台帳 %1 は新しいバージョンの Daicho で書かれています（形式 %2。このバージョンが読めるのは %3 まで）。開かずに、何も変更していません。開くには Daicho を更新してください。</translation>
    </message>
    <message>
        <source>The schema migration %1 is missing from this build.</source>
        <translation>このビルドにはスキーマ移行 %1 が含まれていません。</translation>
    </message>
    <message>
        <source>The asset %1 no longer exists in the register.</source>
        <translation>情報資産 %1 は台帳にもうありません。</translation>
    </message>
    <message>
        <source>The management number %1 is already used by another asset.</source>
        <translation>管理番号 %1 は既に他の情報資産で使われています。</translation>
    </message>
    <message>
        <source>The department %1 no longer exists in the register.</source>
        <translation>所属 %1 は台帳にもうありません。</translation>
    </message>
    <message>
        <source>This department still has assets, people or sub-departments. Move them first, or set an end date (valid to) instead of deleting it.</source>
        <translation>この所属にはまだ情報資産、職員または下位の所属があります。先に移すか、削除せずに有効期間の終了日を設定してください。</translation>
    </message>
    <message>
        <source>The person %1 no longer exists in the register.</source>
        <translation>職員 %1 は台帳にもうありません。</translation>
    </message>
    <message>
        <source>This person is still the manager of assets. Choose another manager for them first.</source>
        <translation>この職員はまだ情報資産の管理者です。先に別の管理者を選んでください。</translation>
    </message>
    <message>
        <source>An asset cannot be linked to itself.</source>
        <translation>情報資産を自分自身と関連付けることはできません。</translation>
    </message>
    <message>
        <source>These two assets are already linked in this way.</source>
        <translation>この二つの情報資産は既にこの関係で関連付けられています。</translation>
    </message>
    <message>
        <source>The link %1 no longer exists in the register.</source>
        <translation>関連 %1 は台帳にもうありません。</translation>
    </message>
    <message>
        <source>Only a stored asset can be restored.</source>
        <translation>保存済みの情報資産だけを復元できます。</translation>
    </message>
    <message>
        <source>The asset %1 cannot be restored: another asset has its id.</source>
        <translation>情報資産 %1 を復元できません：他の情報資産が同じ ID を使っています。</translation>
    </message>
    <message>
        <source>Only a stored department can be restored.</source>
        <translation>保存済みの所属だけを復元できます。</translation>
    </message>
    <message>
        <source>Only a stored person can be restored.</source>
        <translation>保存済みの職員だけを復元できます。</translation>
    </message>
    <message>
        <source>Only a stored link can be restored.</source>
        <translation>保存済みの関連だけを復元できます。</translation>
    </message>
    <message>
        <source>The audit log in the imported data does not match its contents, so it was not imported (nothing was changed):
%1</source>
        <translation>取り込むデータの監査ログが内容と一致しないため、取り込みませんでした（何も変更していません）：
%1</translation>
    </message>
    <message>
        <source>The departments of the imported data refer to parents that do not exist or form a loop.</source>
        <translation>取り込むデータの所属が、存在しない上位所属を参照しているか、循環しています。</translation>
    </message>
    <message>
        <source>The database file is damaged: %1</source>
        <translation>データベースファイルが壊れています：%1</translation>
    </message>
    <message>
        <source>The register has references to rows that do not exist (table %1).</source>
        <translation>台帳に存在しない行への参照があります（テーブル %1）。</translation>
    </message>
    <message>
        <source>The assets could not be read: %1</source>
        <translation>情報資産を読み込めませんでした：%1</translation>
    </message>
    <message>
        <source>The place %1 no longer exists in the register.</source>
        <translation>場所 %1 は台帳にもうありません。</translation>
    </message>
    <message>
        <source>Assets are used and kept in areas (rooms, containers, server racks …); "%1" is a %2.</source>
        <translation>情報資産の使用場所・保管場所には区画（室・保管庫・サーバラック等）を指定してください。「%1」は%2です。</translation>
    </message>
    <message>
        <source>A place needs a name.</source>
        <translation>場所の名称を入力してください。</translation>
    </message>
    <message>
        <source>The level of "%1" must be from 0 to 4 (L0–L4).</source>
        <translation>「%1」の区画レベルは 0～4（L0～L4）で指定してください。</translation>
    </message>
    <message>
        <source>"%1" must be inside another place: only a site stands alone.</source>
        <translation>「%1」は他の場所の中に置く必要があります。上位の場所を持たないのは敷地だけです。</translation>
    </message>
    <message>
        <source>"%1" (%2) cannot be inside "%3" (%4): buildings stand on sites, floors are in buildings, and areas are on floors or inside other areas.</source>
        <translation>「%1」（%2）を「%3」（%4）の中に置くことはできません。庁舎・建物は敷地に、階は庁舎・建物に、区画は階または他の区画の中に置きます。</translation>
    </message>
    <message>
        <source>"%1" cannot be moved inside itself or one of the places inside it.</source>
        <translation>「%1」を自分自身またはその下位の場所の中に移動することはできません。</translation>
    </message>
    <message>
        <source>"%1" cannot be a %2 while "%3" (%4) is inside it.</source>
        <translation>「%3」（%4）が中にあるため、「%1」を%2にすることはできません。</translation>
    </message>
    <message>
        <source>"%1" must stay an area: %2 assets are used or kept there.</source>
        <translation>「%1」は区画のままにする必要があります。ここを使用場所または保管場所とする情報資産が%2件あります。</translation>
    </message>
    <message>
        <source>"%1" has %2 places inside it. Move or delete them first.</source>
        <translation>「%1」には下位の場所が%2件あります。先に移動または削除してください。</translation>
    </message>
    <message>
        <source>"%1" is the place of use or storage of %2 assets. Move them first.</source>
        <translation>「%1」を使用場所または保管場所とする情報資産が%2件あります。先に移動してください。</translation>
    </message>
    <message>
        <source>"%1" is named by %2 risk acceptances. Delete them first.</source>
        <translation>「%1」を対象とするリスク受容が%2件あります。先に削除してください。</translation>
    </message>
    <message>
        <source>A risk acceptance needs the code of the finding it accepts.</source>
        <translation>リスク受容には、受容する指摘のコードが必要です。</translation>
    </message>
    <message>
        <source>A risk acceptance needs a reason.</source>
        <translation>リスク受容には理由が必要です。</translation>
    </message>
    <message>
        <source>A risk acceptance needs the name of the person who accepts it.</source>
        <translation>リスク受容には承認者の氏名が必要です。</translation>
    </message>
    <message>
        <source>A risk acceptance needs the date until which it holds.</source>
        <translation>リスク受容には期限が必要です。</translation>
    </message>
    <message>
        <source>The risk acceptance %1 no longer exists in the register.</source>
        <translation>リスク受容 %1 は台帳にもうありません。</translation>
    </message>
    <message>
        <source>Only a stored place can be restored.</source>
        <translation>保存済みの場所だけを復元できます。</translation>
    </message>
    <message>
        <source>The place %1 cannot be restored: another place has its id.</source>
        <translation>場所 %1 を復元できません：他の場所が同じ ID を使っています。</translation>
    </message>
    <message>
        <source>Only a stored risk acceptance can be restored.</source>
        <translation>保存済みのリスク受容だけを復元できます。</translation>
    </message>
    <message>
        <source>The risk acceptance %1 cannot be restored: another one has its id.</source>
        <translation>リスク受容 %1 を復元できません：他のリスク受容が同じ ID を使っています。</translation>
    </message>
    <message>
        <source>%1 %2 is not recorded in the audit log (added outside Daicho).</source>
        <translation>%1 %2 が監査ログに記録されていません（Daicho の外で追加されています）。</translation>
    </message>
    <message>
        <source>%1 %2 was changed outside Daicho after audit log entry %3.</source>
        <translation>%1 %2 が監査ログの記録 %3 の後に Daicho の外で変更されています。</translation>
    </message>
    <message>
        <source>%1 %2 was deleted outside Daicho (last audit log entry %3).</source>
        <translation>%1 %2 が Daicho の外で削除されています（最後の監査ログの記録は %3）。</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Risk acceptance</source>
        <translation>リスク受容</translation>
    </message>
    <message>
        <source>The register's zone table is not recorded in the audit log.</source>
        <translation>台帳の区画ルール表が監査ログに記録されていません。</translation>
    </message>
    <message>
        <source>The register's zone table was changed outside Daicho after audit log entry %1.</source>
        <translation>台帳の区画ルール表が監査ログの記録 %1 の後に Daicho の外で変更されています。</translation>
    </message>
    <message>
        <source>The asset %1 of the imported data refers to the place %2, which is not in the data.</source>
        <translation>取り込むデータの情報資産 %1 が、データ内にない場所 %2 を参照しています。</translation>
    </message>
    <message>
        <source>The asset %1 of the imported data is placed in "%2", which is not an area.</source>
        <translation>取り込むデータの情報資産 %1 の場所「%2」は区画ではありません。</translation>
    </message>
    <message>
        <source>The places of the imported data refer to parents that do not exist or form a loop.</source>
        <translation>取り込むデータの場所が、存在しない上位の場所を参照しているか、循環しています。</translation>
    </message>
    <message>
        <source>A risk acceptance of the imported data has no date and time of acceptance.</source>
        <translation>取り込むデータのリスク受容に受容日時がありません。</translation>
    </message>
    <message>
        <source>A risk acceptance of the imported data refers to the asset %1, which is not in the data.</source>
        <translation>取り込むデータのリスク受容が、データ内にない情報資産 %1 を参照しています。</translation>
    </message>
    <message>
        <source>A risk acceptance of the imported data refers to the place %1, which is not in the data.</source>
        <translation>取り込むデータのリスク受容が、データ内にない場所 %1 を参照しています。</translation>
    </message>
    <message>
        <source>The links could not be read: %1</source>
        <translation>関係を読み込めませんでした：%1</translation>
    </message>
    <message>
        <source>Floor plan %1</source>
        <translation>区画図 %1</translation>
    </message>
    <message>
        <source>A floor plan must belong to a floor.</source>
        <translation>区画図は階に属していなければなりません。</translation>
    </message>
    <message>
        <source>"%1" already has a floor plan.</source>
        <translation>「%1」には既に区画図があります。</translation>
    </message>
    <message>
        <source>The department of the floor plan is not in the register.</source>
        <translation>区画図の所属が台帳にありません。</translation>
    </message>
    <message>
        <source>The floor plan's grid, scale, north direction or opacity is out of range.</source>
        <translation>区画図のグリッド、縮尺、方位又は不透明度が範囲外です。</translation>
    </message>
    <message>
        <source>The floor plan %1 no longer exists in the register.</source>
        <translation>区画図 %1 は台帳にもうありません。</translation>
    </message>
    <message>
        <source>The floor plan %1 is already in the register.</source>
        <translation>区画図 %1 は既に台帳にあります。</translation>
    </message>
    <message>
        <source>A floor plan of the imported data refers to the place %1, which is not in the data.</source>
        <translation>取り込むデータの区画図が、データにない場所 %1 を指しています。</translation>
    </message>
    <message>
        <source>Floor plan %1 is not recorded in the audit log (added outside Daicho).</source>
        <translation>区画図 %1 が監査ログに記録されていません（Daicho の外で追加されました）。</translation>
    </message>
    <message>
        <source>Floor plan %1 was changed outside Daicho after audit log entry %2.</source>
        <translation>区画図 %1 は監査ログ %2 の後に Daicho の外で変更されました。</translation>
    </message>
    <message>
        <source>Floor plan %1 was deleted outside Daicho (last audit log entry %2).</source>
        <translation>区画図 %1 は Daicho の外で削除されました（最後の監査ログ %2）。</translation>
    </message>
    <message>
        <source>"%1" has a floor plan. Delete the plan first.</source>
        <translation>「%1」には区画図があります。先に区画図を削除してください。</translation>
    </message>
    <message numerus="yes">
        <source>This department is named in the title block of %n floor plan(s). Choose another department there first (Plan properties).</source>
        <translation>
            <numerusform>この所属は %n 件の区画図の表題欄に記載されています。先に「区画図の設定」で別の所属を選んでください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The imported data draws "%1" differently from this register's plan. Nothing was imported: remove the outline from one of them, or import into an empty register.</source>
        <translation>取り込むデータでは「%1」の外形がこの台帳の区画図と異なります。何も取り込みませんでした。どちらかの外形を削除するか、空の台帳に取り込んでください。</translation>
    </message>
    <message>
        <source>The ledger has problems; nothing was imported.</source>
        <translation>台帳に問題があるため、何も取り込みませんでした。</translation>
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
        <translation>クリックで選択、ドラッグで移動（区画は中のものと一緒に動きます）、選択した区画の頂点をドラッグで変形、Delete で削除。区画をダブルクリックすると「場所・区画」に表示し、扉をダブルクリックすると編集します。</translation>
    </message>
</context>
<context>
    <name>daicho::UndoText</name>
    <message>
        <source>Edit %1 of %2</source>
        <translation>%2 の%1を編集</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 を編集</translation>
    </message>
    <message>
        <source>New asset %1</source>
        <translation>情報資産 %1 を追加</translation>
    </message>
    <message>
        <source>Delete asset %1</source>
        <translation>情報資産 %1 を削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n asset(s)</source>
        <translation>
            <numerusform>%n 件の情報資産を削除</numerusform>
        </translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>リンクを追加</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>リンクを削除</translation>
    </message>
    <message>
        <source>New department %1</source>
        <translation>所属 %1 を追加</translation>
    </message>
    <message>
        <source>Edit department %1</source>
        <translation>所属 %1 を編集</translation>
    </message>
    <message>
        <source>Delete department %1</source>
        <translation>所属 %1 を削除</translation>
    </message>
    <message>
        <source>New person %1</source>
        <translation>職員 %1 を追加</translation>
    </message>
    <message>
        <source>Edit person %1</source>
        <translation>職員 %1 を編集</translation>
    </message>
    <message>
        <source>Delete person %1</source>
        <translation>職員 %1 を削除</translation>
    </message>
    <message>
        <source>Mark measure done: %1</source>
        <translation>対策を実施済にする：%1</translation>
    </message>
    <message>
        <source>Mark measure not done: %1</source>
        <translation>対策を未実施にする：%1</translation>
    </message>
    <message>
        <source>The management number %1 is already used by another asset.</source>
        <translation>管理番号 %1 は既に他の情報資産で使われています。</translation>
    </message>
    <message>
        <source>%1 has no level "%2" in this register's classification scheme.</source>
        <translation>この台帳の分類基準では、%1に「%2」という区分はありません。</translation>
    </message>
    <message>
        <source>In this register's classification scheme the importance is derived and cannot be set by hand.</source>
        <translation>この台帳の分類基準では重要度は自動で導出されるため、手で設定できません。</translation>
    </message>
    <message>
        <source>The importance "%1" does not exist in this register's classification scheme.</source>
        <translation>重要度「%1」はこの台帳の分類基準にありません。</translation>
    </message>
    <message>
        <source>The chosen department does not exist in this register.</source>
        <translation>選択した所属はこの台帳にありません。</translation>
    </message>
    <message>
        <source>The chosen manager does not exist in this register.</source>
        <translation>選択した管理者はこの台帳にいません。</translation>
    </message>
    <message>
        <source>The related information system must be an asset of the kind "Information system" in this register.</source>
        <translation>関連情報システムには、この台帳の種別「情報システム」の情報資産を指定してください。</translation>
    </message>
    <message>
        <source>An asset cannot be its own related information system.</source>
        <translation>情報資産を自分自身の関連情報システムにすることはできません。</translation>
    </message>
    <message>
        <source>The asset no longer exists in the register.</source>
        <translation>この情報資産は台帳にもう存在しません。</translation>
    </message>
    <message>
        <source>An asset cannot be linked to itself.</source>
        <translation>情報資産を自分自身と関連付けることはできません。</translation>
    </message>
    <message>
        <source>These two assets are already linked in this way.</source>
        <translation>この二つの情報資産は既にこの関係で関連付けられています。</translation>
    </message>
    <message>
        <source>The link no longer exists in the register.</source>
        <translation>このリンクは台帳にもう存在しません。</translation>
    </message>
    <message>
        <source>The department code %1 is already used by another department.</source>
        <translation>所属コード %1 は他の所属で使用されています。</translation>
    </message>
    <message>
        <source>A department cannot be placed under itself or under one of its own sub-departments.</source>
        <translation>所属を自分自身や自分の下位所属の下に置くことはできません。</translation>
    </message>
    <message>
        <source>This department cannot be deleted: it still has %1 asset(s), %2 person(s) and %3 sub-department(s). Move them first, or set an end date (valid to) instead.</source>
        <translation>この所属は削除できません。情報資産 %1 件、職員 %2 人、下位所属 %3 件が残っています。先に移動するか、削除せずに有効終了日を設定してください。</translation>
    </message>
    <message>
        <source>The department no longer exists in the register.</source>
        <translation>この所属は台帳にもう存在しません。</translation>
    </message>
    <message>
        <source>The person no longer exists in the register.</source>
        <translation>この職員は台帳にもう存在しません。</translation>
    </message>
    <message>
        <source>This person cannot be deleted: they are the manager of %1 asset(s). Choose another manager for them first.</source>
        <translation>この職員は削除できません。情報資産 %1 件の管理者になっています。先に別の管理者を指定してください。</translation>
    </message>
    <message>
        <source>New place %1</source>
        <translation>場所 %1 の追加</translation>
    </message>
    <message>
        <source>Edit place %1</source>
        <translation>場所 %1 の変更</translation>
    </message>
    <message>
        <source>Delete place %1</source>
        <translation>場所 %1 の削除</translation>
    </message>
    <message>
        <source>Accept %1 of %2</source>
        <translation>%2 の %1 の受容</translation>
    </message>
    <message>
        <source>Withdraw the acceptance of %1 of %2</source>
        <translation>%2 の %1 の受容の取消し</translation>
    </message>
    <message>
        <source>Edit the zone table</source>
        <translation>区画ルールの変更</translation>
    </message>
    <message>
        <source>Set the network model to %1</source>
        <translation>ネットワークモデルを%1に変更</translation>
    </message>
    <message>
        <source>The place no longer exists.</source>
        <translation>その場所はもうありません。</translation>
    </message>
    <message>
        <source>A place needs a name.</source>
        <translation>場所の名称を入力してください。</translation>
    </message>
    <message>
        <source>The level must be L0 to L4.</source>
        <translation>区画レベルは L0〜L4 です。</translation>
    </message>
    <message>
        <source>The place cannot be deleted: %1 assets are used or kept there and it contains %2 places. Move them first.</source>
        <translation>この場所は削除できません。%1 件の資産がここで使用・保管され、下位の場所が %2 件あります。先に移してください。</translation>
    </message>
    <message>
        <source>A site has no parent; a building belongs to a site, a floor to a building, and an area to a floor or to another area.</source>
        <translation>敷地は最上位です。庁舎・建物は敷地に、階は庁舎・建物に、区画は階又は他の区画に属します。</translation>
    </message>
    <message>
        <source>A place cannot be put inside itself or a place under it.</source>
        <translation>場所を、それ自身やその下位の場所の中に入れることはできません。</translation>
    </message>
    <message>
        <source>Assets can only be placed in an area (a room, container, rack or counter), not in a site, building or floor.</source>
        <translation>資産を配置できるのは区画（室・保管庫・ラック・カウンター）で、敷地・庁舎・階には配置できません。</translation>
    </message>
    <message>
        <source>The acceptance no longer exists.</source>
        <translation>その受容はもうありません。</translation>
    </message>
    <message>
        <source>An acceptance needs a reason.</source>
        <translation>受容には理由が必要です。</translation>
    </message>
    <message>
        <source>An acceptance needs the person who accepts it.</source>
        <translation>受容には承認者が必要です。</translation>
    </message>
    <message>
        <source>The acceptance must run until today or a later date.</source>
        <translation>受容の期限は今日以降の日付にしてください。</translation>
    </message>
    <message numerus="yes">
        <source>The place cannot be deleted: %n acceptance(s) of findings name it. Withdraw them first (in the asset's findings).</source>
        <translation>
            <numerusform>この場所は削除できません。%n 件の指摘の受容がこの場所を指しています。先に（資産の指摘事項で）受容を取り消してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw %1</source>
        <translation>%1 を作図</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n area(s)</source>
        <translation>
            <numerusform>区画を %n 件貼り付け</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n area(s)</source>
        <translation>
            <numerusform>区画を %n 件削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s) on the plan</source>
        <translation>
            <numerusform>区画図上で %n 件を移動</numerusform>
        </translation>
    </message>
    <message>
        <source>Reshape %1</source>
        <translation>%1 を変形</translation>
    </message>
    <message>
        <source>Remove %1 from the plan</source>
        <translation>%1 を区画図から外す</translation>
    </message>
    <message>
        <source>Place %1 in %2</source>
        <translation>%1 を %2 に配置</translation>
    </message>
    <message>
        <source>Add door</source>
        <translation>扉を追加</translation>
    </message>
    <message>
        <source>Edit door</source>
        <translation>扉を編集</translation>
    </message>
    <message>
        <source>Delete door</source>
        <translation>扉を削除</translation>
    </message>
    <message>
        <source>Set background image</source>
        <translation>背景画像を設定</translation>
    </message>
    <message>
        <source>Calibrate background</source>
        <translation>背景を較正</translation>
    </message>
    <message>
        <source>Edit plan properties</source>
        <translation>区画図の設定を変更</translation>
    </message>
    <message>
        <source>The outline of %1 must have three or more corners and its edges must not cross.</source>
        <translation>%1 の外形は 3 つ以上の頂点を持ち、辺が交差してはなりません。</translation>
    </message>
    <message>
        <source>%1 must stay inside %2.</source>
        <translation>%1 は %2 の内側になければなりません。</translation>
    </message>
    <message>
        <source>%1 must be placed inside an area drawn on the plan.</source>
        <translation>%1 は区画図に描いた区画の中に配置してください。</translation>
    </message>
    <message>
        <source>The calibration is out of range: one image pixel must be between 0.001 mm and 100 m.</source>
        <translation>較正値が範囲外です。画像の 1 ピクセルは 0.001 mm〜100 m でなければなりません。</translation>
    </message>
    <message>
        <source>Delete the zone plan of %1</source>
        <translation>%1 の区画図を削除</translation>
    </message>
</context>
<context>
    <name>daicho::Validation</name>
    <message>
        <source>The management number must not be empty.</source>
        <translation>管理番号を入力してください。</translation>
    </message>
    <message>
        <source>The management number must not contain line breaks or other control characters.</source>
        <translation>管理番号に改行や制御文字は使用できません。</translation>
    </message>
    <message>
        <source>The management number must be at most %1 characters long (currently %2).</source>
        <translation>管理番号は%1文字以内で入力してください（現在%2文字）。</translation>
    </message>
    <message>
        <source>The department must be set.</source>
        <translation>所属を選択してください。</translation>
    </message>
    <message>
        <source>The business category must be at most %1 characters long (currently %2).</source>
        <translation>業務分類は%1文字以内で入力してください（現在%2文字）。</translation>
    </message>
    <message>
        <source>The asset name must not be empty.</source>
        <translation>情報資産名称を入力してください。</translation>
    </message>
    <message>
        <source>The asset name must be at most %1 characters long (currently %2).</source>
        <translation>情報資産名称は%1文字以内で入力してください（現在%2文字）。</translation>
    </message>
    <message>
        <source>The user scope must be at most %1 characters long (currently %2).</source>
        <translation>利用者範囲は%1文字以内で入力してください（現在%2文字）。</translation>
    </message>
    <message>
        <source>The medium / storage location must be at most %1 characters long (currently %2).</source>
        <translation>媒体・保存先は%1文字以内で入力してください（現在%2文字）。</translation>
    </message>
    <message>
        <source>Personal information must be marked when the asset holds specific personal information (My Number) or special care-required personal information.</source>
        <translation>特定個人情報又は要配慮個人情報を含む場合は、個人情報も「あり」にしてください。</translation>
    </message>
    <message>
        <source>The number of data subjects must be zero or more, or -1 when it is unknown.</source>
        <translation>本人数は0以上で入力してください（不明の場合は-1）。</translation>
    </message>
    <message>
        <source>The retention deadline must not be before the registration date.</source>
        <translation>保存期限は登録日以降の日付にしてください。</translation>
    </message>
    <message>
        <source>The update date must not be before the registration date.</source>
        <translation>更新日は登録日以降の日付にしてください。</translation>
    </message>
    <message>
        <source>The notes must be at most %1 characters long (currently %2).</source>
        <translation>備考は%1文字以内で入力してください（現在%2文字）。</translation>
    </message>
    <message>
        <source>The department code must not be empty.</source>
        <translation>所属コードを入力してください。</translation>
    </message>
    <message>
        <source>The department code must be at most %1 characters long (currently %2).</source>
        <translation>所属コードは%1文字以内で入力してください（現在%2文字）。</translation>
    </message>
    <message>
        <source>The department code may contain only letters A-Z and a-z, digits 0-9, hyphens and underscores.</source>
        <translation>所属コードに使用できるのは半角英数字、ハイフン（-）、アンダースコア（_）のみです。</translation>
    </message>
    <message>
        <source>The department name must not be empty.</source>
        <translation>所属名を入力してください。</translation>
    </message>
    <message>
        <source>A department cannot be its own parent department.</source>
        <translation>所属を自身の上位所属にすることはできません。</translation>
    </message>
    <message>
        <source>The end of the department's validity must not be before its start.</source>
        <translation>所属の有効期間の終了日は開始日以降の日付にしてください。</translation>
    </message>
    <message>
        <source>The person's name must not be empty.</source>
        <translation>氏名を入力してください。</translation>
    </message>
    <message>
        <source>The person's department must be set.</source>
        <translation>職員の所属を選択してください。</translation>
    </message>
</context>
<context>
    <name>daicho::WarekiDateEdit</name>
    <message>
        <source>"%1" is not a date. Enter a date such as 令和7年4月1日, R7.4.1 or 2025/4/1.</source>
        <translation>「%1」は日付ではありません。令和7年4月1日、R7.4.1、2025/4/1 のように入力してください。</translation>
    </message>
    <message>
        <source>e.g. 令和7年4月1日 or R7.4.1</source>
        <translation>例：令和7年4月1日、R7.4.1</translation>
    </message>
    <message>
        <source>和暦 (令和7年4月1日, R7.4.1) or 西暦 (2025/4/1). Leave empty for no date.</source>
        <translation>和暦（令和7年4月1日、R7.4.1）または西暦（2025/4/1）で入力します。日付がない場合は空欄にします。</translation>
    </message>
</context>
<context>
    <name>daicho::XlsxExport</name>
    <message>
        <source>The Excel file %1 could not be written: %2</source>
        <translation>Excel ファイル %1 を書き込めませんでした：%2</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>所属：%1</translation>
    </message>
    <message>
        <source>As of: %1</source>
        <translation>基準日：%1</translation>
    </message>
    <message>
        <source>The Excel file %1 could not be created.</source>
        <translation>Excel ファイル %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>The Excel file %1 could not be written.</source>
        <translation>Excel ファイル %1 を書き込めませんでした。</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>（所属なし）</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>台帳</translation>
    </message>
</context>
<context>
    <name>daicho::XlsxReader</name>
    <message>
        <source>The Excel file %1 is damaged: %2</source>
        <translation>Excel ファイル %1 は壊れています：%2</translation>
    </message>
    <message>
        <source>The file %1 could not be opened: %2</source>
        <translation>ファイル %1 を開けませんでした：%2</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>ファイル %1 を読み込めませんでした：%2</translation>
    </message>
    <message>
        <source>%1 is an old Excel file (.xls) or a password-protected workbook. Save it in Excel as an Excel workbook (.xlsx) without a password and import that.</source>
        <translation>%1 は旧形式の Excel ファイル（.xls）か、パスワード付きのブックです。Excel で「Excel ブック（.xlsx）」としてパスワードなしで保存し直し、そのファイルを取り込んでください。</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): it is not a zip archive.</source>
        <translation>%1 は Excel ブック（.xlsx）ではありません：ZIP 形式になっていません。</translation>
    </message>
    <message>
        <source>its table of contents cannot be read.</source>
        <translation>ファイルの目次（ZIP の中央ディレクトリ）を読み取れません。</translation>
    </message>
    <message>
        <source>the part %1 is missing.</source>
        <translation>構成部品 %1 がありません。</translation>
    </message>
    <message>
        <source>the part %1 is encrypted.</source>
        <translation>構成部品 %1 が暗号化されています。</translation>
    </message>
    <message>
        <source>the part %1 cannot be unpacked.</source>
        <translation>構成部品 %1 を展開できません。</translation>
    </message>
    <message>
        <source>the part %1 is not valid XML (line %2: %3).</source>
        <translation>構成部品 %1 が正しい XML ではありません（%2 行目：%3）。</translation>
    </message>
    <message>
        <source>The Excel file %1 cannot be imported: its part %2 is larger than %3 MB.</source>
        <translation>Excel ファイル %1 は取り込めません：構成部品 %2 が %3 MB を超えています。</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): it holds no workbook.</source>
        <translation>%1 は Excel ブック（.xlsx）ではありません：ブック本体（workbook）が含まれていません。</translation>
    </message>
    <message>
        <source>the sheet %1 has no part.</source>
        <translation>シート %1 の本体がありません。</translation>
    </message>
    <message>
        <source>the part %1 is not a workbook.</source>
        <translation>構成部品 %1 はブックではありません。</translation>
    </message>
    <message>
        <source>the sheet %1 has a wrong cell reference %2.</source>
        <translation>シート %1 に誤ったセル参照 %2 があります。</translation>
    </message>
    <message>
        <source>the sheet %1 refers to a text that does not exist.</source>
        <translation>シート %1 が存在しない文字列を参照しています。</translation>
    </message>
    <message>
        <source>The Excel file %1 cannot be imported: it has more than %3 cells (the sheet %2 reached the limit).</source>
        <translation>Excel ファイル %1 は取り込めません：セルが %3 個を超えています（シート %2 で上限に達しました）。</translation>
    </message>
</context>
<context>
    <name>daicho::ZoneRulesDialog</name>
    <message>
        <source>Zone rules</source>
        <translation>区画ルール</translation>
    </message>
    <message>
        <source>The lowest area level each asset category may be used and kept in. L3 is a locked container: storage only. An L2 office not locked after hours counts as L1 then.</source>
        <translation>資産区分ごとに、使用・保管できる最低の区画レベルを定めます。L3は施錠された保管庫のため保管専用です。時間外施錠されないL2の事務室は時間外はL1として扱います。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>保管</translation>
    </message>
    <message>
        <source>Network model</source>
        <translation>ネットワークモデル</translation>
    </message>
    <message>
        <source>Office terminals on the LGWAN segment; the internet only through screen transfer or sanitised files (the classic three-layer separation).</source>
        <translation>業務端末をLGWAN接続系に置き、インターネットは画面転送や無害化を経由して利用する（従来の三層分離）。</translation>
    </message>
    <message>
        <source>α, plus limited direct use of specific cloud services from the LGWAN terminals (local breakout).</source>
        <translation>αモデルに加え、LGWAN接続系の端末から特定のクラウドサービスを限定的に直接利用する（ローカルブレイクアウト）。</translation>
    </message>
    <message>
        <source>Groupware and some business terminals moved to the internet segment, with extra controls.</source>
        <translation>グループウェアと一部の業務端末をインターネット接続系に移す（追加の対策が必要）。</translation>
    </message>
    <message>
        <source>Most business terminals on the internet segment, with extra controls; only the systems that need it stay on LGWAN.</source>
        <translation>大部分の業務端末をインターネット接続系に置く（追加の対策が必要）。LGWAN接続系には必要なシステムのみ残す。</translation>
    </message>
    <message>
        <source>Reset to preset</source>
        <translation>プリセットに戻す</translation>
    </message>
    <message>
        <source>The minimum levels of the shipped preset (岸和田市 表5). Applied only with OK.</source>
        <translation>同梱のプリセット（岸和田市 表5）の最低レベルに戻します。OKを押すまで適用されません。</translation>
    </message>
    <message>
        <source>Change the zone rules</source>
        <translation>区画ルールの変更</translation>
    </message>
</context>
<context>
    <name>daicho::ZoneTable</name>
    <message>
        <source>The zone table preset is missing.</source>
        <translation>区画ルールの初期値がありません。</translation>
    </message>
    <message>
        <source>This is not a zone table (format "%1" expected).</source>
        <translation>区画ルールの形式ではありません（形式「%1」が必要です）。</translation>
    </message>
    <message>
        <source>The zone table is of a newer version (%1) than this Daicho reads (%2).</source>
        <translation>区画ルールの版（%1）が、この Daicho で読める版（%2）より新しいものです。</translation>
    </message>
    <message>
        <source>The zone table has no categories.</source>
        <translation>区画ルールに区分がありません。</translation>
    </message>
    <message>
        <source>A category of the zone table has no code.</source>
        <translation>区画ルールの区分にコードがありません。</translation>
    </message>
    <message>
        <source>The zone table names the category "%1" twice.</source>
        <translation>区画ルールに区分「%1」が重複しています。</translation>
    </message>
    <message>
        <source>The category "%1" of the zone table has a malformed condition.</source>
        <translation>区画ルールの区分「%1」の条件が正しくありません。</translation>
    </message>
    <message>
        <source>The category "%1" of the zone table matches nothing.</source>
        <translation>区画ルールの区分「%1」はどの資産にも当てはまりません。</translation>
    </message>
    <message>
        <source>The category "%1" of the zone table needs levels 0–4 for use and storage.</source>
        <translation>区画ルールの区分「%1」には、使用と保管の区画レベル（0〜4）が必要です。</translation>
    </message>
    <message>
        <source>The category "%1" of the zone table asks for L3 for use, but L3 is for storage only.</source>
        <translation>区画ルールの区分「%1」は使用に L3 を求めていますが、L3 は保管専用です。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Daicho — information asset register</source>
        <translation>Daicho — 情報資産管理台帳</translation>
    </message>
    <message>
        <source>Save a picture of the main window to FILE and exit.</source>
        <translation>主画面の画像を FILE に保存して終了します。</translation>
    </message>
    <message>
        <source>The register file to open.</source>
        <translation>開く台帳ファイル。</translation>
    </message>
    <message>
        <source>No display was found, so Daicho cannot open its window here.</source>
        <translation>ディスプレイが見つからないため、ここでは Daicho の画面を開けません。</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>ファイル %1 に書き込めませんでした。</translation>
    </message>
    <message>
        <source>JSON export of the register: %1</source>
        <translation>台帳の JSON 出力：%1</translation>
    </message>
    <message>
        <source>Screenshot of the main window: %1</source>
        <translation>主画面のスクリーンショット：%1</translation>
    </message>
    <message>
        <source>Select the asset with this management number.</source>
        <translation>この管理番号の情報資産を選択した状態で開きます。</translation>
    </message>
    <message>
        <source>No asset has the management number %1.</source>
        <translation>管理番号 %1 の情報資産はありません。</translation>
    </message>
    <message>
        <source>Show the zone plan of this floor (its name or path).</source>
        <translation>この階（名称又はパス）の区画図を表示する。</translation>
    </message>
    <message>
        <source>No floor is named %1.</source>
        <translation>%1 という階はありません。</translation>
    </message>
</context>
</TS>
