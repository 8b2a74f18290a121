<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
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
</TS>
