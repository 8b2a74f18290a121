<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</TS>
