<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
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
        <translation>リンク</translation>
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
        <translation>種別</translation>
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
        <translation>対策状況</translation>
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
        <translation>サーバ遠隔操作可</translation>
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
        <translation>状態</translation>
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
    <message>
        <source>Created</source>
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
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
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
        <translation>自動（導出）</translation>
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
    <name>daicho::AssetItemDelegate</name>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>daicho::AssetTableModel</name>
    <message>
        <source>Effective importance: the highest of the asset&apos;s own, the one derived from its values and the one of what it holds. &quot;(set by hand)&quot; marks a value set by hand.</source>
        <translation>実効の重要度：資産自身の重要度、分類から導いた重要度、保存している情報資産の重要度のうち最も高いもの。「（手動設定）」は手で設定した値です。</translation>
    </message>
    <message>
        <source>Effective value: the higher of the asset&apos;s own value and the highest value of what it holds. Italic: raised by what it holds.</source>
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
        <translation>自動（導出）</translation>
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
        <source>The register&apos;s settings are not recorded in the audit log.</source>
        <translation>台帳の設定が監査ログに記録されていません。</translation>
    </message>
    <message>
        <source>The register&apos;s settings were changed outside Daicho after audit log entry %1.</source>
        <translation>台帳の設定が監査ログの記録 %1 の後に Daicho の外で変更されています。</translation>
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
        <translation>自動（導出）</translation>
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
        <source>&quot;%1&quot; must be a list.</source>
        <translation>「%1」はリストでなければなりません。</translation>
    </message>
    <message>
        <source>a measure has no tag.</source>
        <translation>タグのない取扱制限があります。</translation>
    </message>
    <message>
        <source>the measure &quot;%1&quot; appears twice.</source>
        <translation>取扱制限「%1」が重複しています。</translation>
    </message>
    <message>
        <source>the measure &quot;%1&quot; has no label.</source>
        <translation>取扱制限「%1」に表示名がありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no levels.</source>
        <translation>「%1」に区分がありません。</translation>
    </message>
    <message>
        <source>a level of &quot;%1&quot; has no id.</source>
        <translation>「%1」に ID のない区分があります。</translation>
    </message>
    <message>
        <source>the level &quot;%1&quot; appears twice in &quot;%2&quot;.</source>
        <translation>「%2」の区分「%1」が重複しています。</translation>
    </message>
    <message>
        <source>the level &quot;%1&quot; of &quot;%2&quot; has no label.</source>
        <translation>「%2」の区分「%1」に表示名がありません。</translation>
    </message>
    <message>
        <source>the level &quot;%1&quot; of &quot;%2&quot; has a score that is not a whole number of 0 or more.</source>
        <translation>「%2」の区分「%1」の評価値が 0 以上の整数ではありません。</translation>
    </message>
    <message>
        <source>the scores of &quot;%1&quot; decrease from a lower to a higher level.</source>
        <translation>「%1」の評価値が、低い区分から高い区分に向かって小さくなっています。</translation>
    </message>
    <message>
        <source>the level &quot;%1&quot; of &quot;%2&quot; requires the unknown measure &quot;%3&quot;.</source>
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
        <source>the axis &quot;%1&quot; appears twice.</source>
        <translation>観点「%1」が重複しています。</translation>
    </message>
    <message>
        <source>the axis &quot;%1&quot; has no name.</source>
        <translation>観点「%1」に名称がありません。</translation>
    </message>
    <message>
        <source>&quot;otherwise&quot; can only stand alone.</source>
        <translation>「otherwise」は単独でのみ使えます。</translation>
    </message>
    <message>
        <source>a condition must be &quot;otherwise&quot; or an object.</source>
        <translation>条件は「otherwise」かオブジェクトでなければなりません。</translation>
    </message>
    <message>
        <source>unknown condition key &quot;%1&quot;.</source>
        <translation>不明な条件キー「%1」があります。</translation>
    </message>
    <message>
        <source>a condition needs exactly one of personal, sensitive, myNumber, axis (with atLeast), any or all.</source>
        <translation>条件には personal、sensitive、myNumber、axis（atLeast と組み合わせる）、any、all のうち一つだけを指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>「%1」は true か false でなければなりません。</translation>
    </message>
    <message>
        <source>unknown axis &quot;%1&quot;.</source>
        <translation>不明な観点「%1」です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level of the axis &quot;%2&quot;.</source>
        <translation>「%1」は観点「%2」の区分ではありません。</translation>
    </message>
    <message>
        <source>&quot;any&quot; and &quot;all&quot; need a non-empty list of conditions.</source>
        <translation>「any」と「all」には空でない条件のリストが必要です。</translation>
    </message>
    <message>
        <source>importance rule %1 follows an &quot;otherwise&quot; rule and can never apply.</source>
        <translation>重要度の規則 %1 は「otherwise」の規則より後にあるため、適用されることがありません。</translation>
    </message>
    <message>
        <source>importance rule %1: %2</source>
        <translation>重要度の規則 %1：%2</translation>
    </message>
    <message>
        <source>importance rule %1 leads to &quot;%2&quot;, which is not an importance level.</source>
        <translation>重要度の規則 %1 の結果「%2」は重要度の区分ではありません。</translation>
    </message>
    <message>
        <source>importance rule %1 has no label.</source>
        <translation>重要度の規則 %1 に表示名がありません。</translation>
    </message>
    <message>
        <source>it is not a Daicho classification scheme (format &quot;%1&quot;).</source>
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
        <source>the scheme &quot;%1&quot; has no name.</source>
        <translation>分類体系「%1」に名称がありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object.</source>
        <translation>「%1」はオブジェクトでなければなりません。</translation>
    </message>
    <message>
        <source>the importance has no rules and cannot be set by hand.</source>
        <translation>重要度の判定規則がなく、手入力も許可されていません。</translation>
    </message>
    <message>
        <source>&quot;ipaImportance&quot; names the unknown axis &quot;%1&quot;.</source>
        <translation>「ipaImportance」に不明な観点「%1」が指定されています。</translation>
    </message>
    <message>
        <source>Unknown classification scheme preset &quot;%1&quot;.</source>
        <translation>分類体系のプリセット「%1」は存在しません。</translation>
    </message>
    <message>
        <source>The classification scheme preset &quot;%1&quot; is missing.</source>
        <translation>分類体系のプリセット「%1」が見つかりません。</translation>
    </message>
    <message>
        <source>The classification scheme preset &quot;%1&quot; is not valid JSON: %2</source>
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
        <source>Usage: daicho-cli COMMAND ...

Commands:
  new FILE [--preset NAME] [--title TEXT]   create an empty register
  demo FILE [--assets N] [--seed S]         create a demo register of a fictional city
  export FILE --format json --out PATH      write the whole register as JSON
  import FILE INPUT --format json           add a JSON document to the register (all or nothing)
  verify FILE                               check the file and its audit log

Presets: %1
Exit codes: 0 ok, 1 rejected input or failed verification, 2 usage, 3 file or database error.</source>
        <translation>使い方: daicho-cli コマンド ...

コマンド:
  new FILE [--preset NAME] [--title TEXT]   空の台帳を作成する
  demo FILE [--assets N] [--seed S]         架空の市のデモ台帳を作成する
  export FILE --format json --out PATH      台帳全体を JSON で書き出す
  import FILE INPUT --format json           JSON 文書を台帳に取り込む（全件成功か、何も変更しないか）
  verify FILE                               ファイルと監査ログを検証する

分類方式: %1
終了コード: 0 正常、1 入力の拒否・検証失敗、2 使い方の誤り、3 ファイル・データベースのエラー</translation>
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
        <source>Unknown export format %1. This version exports: json</source>
        <translation>出力形式 %1 には対応していません。このバージョンの出力形式：json</translation>
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
        <source>Unknown import format %1. This version imports: json</source>
        <translation>取込形式 %1 には対応していません。このバージョンの取込形式：json</translation>
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
</context>
<context>
    <name>daicho::ColumnsDialog</name>
    <message>
        <source>Columns</source>
        <translation>表示する列</translation>
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
    <name>daicho::EntityJson</name>
    <message>
        <source>nothing</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; is missing.</source>
        <translation>%1: 項目「%2」がありません。</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; must be %3, not %4.</source>
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
        <source>%1: field &quot;%2&quot; has the unknown value &quot;%3&quot; (expected one of: %4).</source>
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
        <source>a list of {&quot;tag&quot;: text, &quot;done&quot;: true or false}</source>
        <translation>{&quot;tag&quot;: 文字列, &quot;done&quot;: true または false} のリスト</translation>
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
        <source>a list of {&quot;field&quot;: text, &quot;old&quot;: value, &quot;new&quot;: value}</source>
        <translation>{&quot;field&quot;: 文字列, &quot;old&quot;: 値, &quot;new&quot;: 値} のリスト</translation>
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
        <translation>パソコン</translation>
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
        <translation>種別</translation>
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
        <translation>状態</translation>
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
        <source>The document has no field &quot;%1&quot;.</source>
        <translation>ファイルに項目「%1」がありません。</translation>
    </message>
    <message>
        <source>The document&apos;s field &quot;%1&quot; must be %2.</source>
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
        <source>%1: field &quot;id&quot; must be a positive whole number.</source>
        <translation>%1: 項目「id」には1以上の整数を指定してください。</translation>
    </message>
    <message>
        <source>%1 has the id %2, which %3 already has.</source>
        <translation>%1 の ID %2 は %3 と重複しています。</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; refers to department id %3, which is not in the file.</source>
        <translation>%1: 項目「%2」が参照している所属（ID %3）はファイル内にありません。</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; refers to person id %3, which is not in the file.</source>
        <translation>%1: 項目「%2」が参照している職員（ID %3）はファイル内にありません。</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; refers to asset id %3, which is not in the file.</source>
        <translation>%1: 項目「%2」が参照している情報資産（ID %3）はファイル内にありません。</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; must refer to a department.</source>
        <translation>%1: 項目「%2」には所属を指定してください。</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; must refer to an asset.</source>
        <translation>%1: 項目「%2」には情報資産を指定してください。</translation>
    </message>
    <message>
        <source>%1 has the department code &quot;%2&quot;, which %3 already has.</source>
        <translation>%1 の所属コード「%2」は %3 と重複しています。</translation>
    </message>
    <message>
        <source>%1: its parent departments form a loop.</source>
        <translation>%1: 上位所属をたどると循環しています。</translation>
    </message>
    <message>
        <source>%1 has no management number (field &quot;number&quot;).</source>
        <translation>%1 に管理番号（項目「number」）がありません。</translation>
    </message>
    <message>
        <source>%1 has the management number &quot;%2&quot;, which %3 already has.</source>
        <translation>%1 の管理番号「%2」は %3 と重複しています。</translation>
    </message>
    <message>
        <source>%1: field &quot;systemId&quot; refers to asset id %2 (%3), which is not an information system.</source>
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
        <source>This is not a Daicho register document: its field &quot;format&quot; is missing or is not &quot;%1&quot;.</source>
        <translation>Daicho の台帳ファイルではありません（項目「format」がないか、「%1」ではありません）。</translation>
    </message>
    <message>
        <source>This Daicho document has no valid format version (field &quot;version&quot; must be a whole number, 1 or more).</source>
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
        <translation>台帳名</translation>
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
    <name>daicho::RecentFiles</name>
    <message>
        <source>No recent registers</source>
        <translation>最近使った台帳はありません</translation>
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
        <source>%1 has no level &quot;%2&quot; in this register&apos;s classification scheme.</source>
        <translation>この台帳の分類基準では、%1に「%2」という区分はありません。</translation>
    </message>
    <message>
        <source>In this register&apos;s classification scheme the importance is derived and cannot be set by hand.</source>
        <translation>この台帳の分類基準では重要度は自動で導出されるため、手で設定できません。</translation>
    </message>
    <message>
        <source>The importance &quot;%1&quot; does not exist in this register&apos;s classification scheme.</source>
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
        <source>The related information system must be an asset of the kind &quot;Information system&quot; in this register.</source>
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
        <source>The end of the department&apos;s validity must not be before its start.</source>
        <translation>所属の有効期間の終了日は開始日以降の日付にしてください。</translation>
    </message>
    <message>
        <source>The person&apos;s name must not be empty.</source>
        <translation>氏名を入力してください。</translation>
    </message>
    <message>
        <source>The person&apos;s department must be set.</source>
        <translation>職員の所属を選択してください。</translation>
    </message>
</context>
<context>
    <name>daicho::WarekiDateEdit</name>
    <message>
        <source>&quot;%1&quot; is not a date. Enter a date such as 令和7年4月1日, R7.4.1 or 2025/4/1.</source>
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
</context>
</TS>
